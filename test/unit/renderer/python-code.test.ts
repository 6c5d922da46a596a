import { describe, expect, it } from 'vitest';
import { exportBaseName } from '../../../src-main/contract/export-formats.ts';
import {
  highlightPython,
  lineRange,
  pythonFileName,
} from '../../../src-renderer/lib/python-code.ts';

const CODE = `import keras
# the model
model.add(layers.Dense(512, activation="relu"))
`;

describe('highlightPython', () => {
  const lines = highlightPython(CODE);
  const text = (i: number) => lines[i].map((p) => p.text).join('');
  const classOf = (i: number, piece: string) => lines[i].find((p) => p.text === piece)?.classes;

  it('keeps every character, one entry per line (the last newline ends a line)', () => {
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.map((p) => p.text).join('')).join('\n') + '\n').toBe(CODE);
    expect(text(2)).toBe('model.add(layers.Dense(512, activation="relu"))');
  });

  it("classes lezer's Python tokens: keywords, comments, strings, numbers", () => {
    expect(classOf(0, 'import')).toBe('tok-keyword');
    expect(classOf(1, '# the model')).toBe('tok-comment');
    expect(classOf(2, '"relu"')).toBe('tok-string');
    expect(classOf(2, '512')).toBe('tok-number');
  });

  it('passes markup through as text (the view never uses innerHTML)', () => {
    const [line] = highlightPython('x = "<b>&amp;</b>"');
    expect(line.map((p) => p.text).join('')).toBe('x = "<b>&amp;</b>"');
  });
});

describe('pythonFileName', () => {
  it.each([
    ['MLP 16', 'MLP_16.py'],
    ['MNIST 2x512 MLP', 'MNIST_2x512_MLP.py'],
    ['  Dropout + L2 (0.001)!', 'Dropout_L2_0.001.py'],
    ['Réseau', 'Re_seau.py'],
    ['', 'model.py'],
    ['***', 'model.py'],
  ])('%j -> %s (as `layerlab export --format python` names it)', (name, file) => {
    expect(pythonFileName(name)).toBe(file);
    expect(pythonFileName(name)).toBe(exportBaseName(name) + '.py');
  });
});

describe('lineRange', () => {
  it('finds a 1-based line, the last one without a newline too, and nothing past the end', () => {
    const code = 'a = 1\nbb = 2\nccc = 3';
    expect(lineRange(code, 1)).toEqual({ start: 0, end: 5 });
    expect(code.slice(lineRange(code, 2)!.start, lineRange(code, 2)!.end)).toBe('bb = 2');
    expect(code.slice(lineRange(code, 3)!.start, lineRange(code, 3)!.end)).toBe('ccc = 3');
    expect(lineRange(code, 4)).toBeNull();
  });
});
