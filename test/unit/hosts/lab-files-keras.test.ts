import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedLab } from '../../../src-main/contract/api.ts';
import { errorSentence } from '../../../src-main/contract/error-text.ts';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { parseLab, serializeLab } from '../../../src-main/contract/lab.ts';
import { LabFileError, LabFiles } from '../../../src-main/hosts/lab-files.ts';
import { blankLab } from '../../../src-renderer/lib/templates.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/keras/', import.meta.url));
/** `model.to_json()` of Keras 3's mnist_mlp (784-512-512-10 with Dropout), as `train --model` reads it. */
const MLP = fs.readFileSync(path.join(fixtures, 'keras3/mlp.json'), 'utf8');

let dir: string;
let labs: LabFiles;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-labs-'));
  labs = new LabFiles(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('opening a Keras model JSON as a lab', () => {
  it('opens model.to_json() by path as a new lab, named after the file, with warnings', () => {
    const file = write('mnist_mlp.json', MLP);
    const opened = labs.open(file);
    expect(opened.path).toBe(file);
    expect(opened.lab.name).toBe('mnist_mlp');
    expect(opened.lab.graph.nodes.map((n) => n.kind)).toEqual([
      'Input',
      'Dense',
      'Dropout',
      'Dense',
      'Dropout',
      'Dense',
    ]);
    expect(opened.lab.dataset).toMatchObject({ kind: 'builtin', name: 'mnist' });
    // The dataset is a guess from the input shape, and the warnings say so.
    expect(opened.kerasWarnings?.map((w) => w.message).join(' ')).toMatch(/mnist_mlp\.json.*MNIST/);
    // A Keras file is not a lab: it does not join the recent labs.
    expect(labs.list().recent).toEqual([]);
  });

  it("sends the warnings as sentences the app words in the user's language", () => {
    const opened = labs.open(write('mnist_mlp.json', MLP));
    const [guess] = (JSON.parse(JSON.stringify(opened)) as OpenedLab).kerasWarnings!.filter((w) =>
      w.message.includes('MNIST'),
    );
    expect(guess.key).toBe('error_kwarn_mnist');
    useLocale(() => 'zh-Hant');
    try {
      expect(errorSentence(guess)).toBe(
        'LayerLab 根據輸入形狀 [784] 把 mnist_mlp.json 當作 MNIST 模型；如果它學的是 Fashion-MNIST，請改選 Fashion-MNIST。',
      );
    } finally {
      useLocale(() => 'en');
    }
  });

  it('reads to_json() text saved JSON-encoded again (json.dump(model.to_json(), f))', () => {
    const opened = labs.read(JSON.stringify(MLP), 'encoded.json');
    expect(opened.kerasWarnings).toBeDefined();
    expect(opened.lab.graph.nodes).toHaveLength(6);
  });

  it('still opens a lab, and a lab is no Keras import', () => {
    const lab = { ...blankLab(), name: 'mine', description: 'Two lines\nof notes.' };
    const file = write('mine.layerlab.json', serializeLab(lab));
    const opened = labs.open(file);
    expect(opened.kerasWarnings).toBeUndefined();
    expect(opened.lab).toEqual(parseLab(lab));
    expect(labs.list().recent.map((e) => e.path)).toEqual([file]);
  });

  it('refuses JSON that is neither, in one sentence naming the file and what to do', () => {
    const file = write('notes.json', '{"hello": "world"}');
    expect(() => labs.open(file)).toThrow(LabFileError);
    expect(() => labs.open(file)).toThrow(
      /^\S*notes\.json is neither a LayerLab lab nor a Keras model JSON: open a lab saved by LayerLab \(\.layerlab\.json\), or a file holding the text that Keras' model\.to_json\(\) returns\.$/,
    );
    expect(() => labs.read('[1, 2]', 'list.json')).toThrow(/^list\.json is neither/);
  });

  it('refuses a Keras model it cannot build with the importer sentence naming the file', () => {
    const broken = JSON.parse(MLP);
    broken.config.layers[2].class_name = 'Frobnicate';
    expect(() => labs.read(JSON.stringify(broken), 'odd.json')).toThrow(
      /In odd\.json, layer .*Frobnicate/,
    );
  });
});
