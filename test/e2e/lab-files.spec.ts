/**
 * The host side of lab files, without a browser: a table of good, old and broken files, the recent
 * list, and the autosave slot. (Runs in the Playwright runner because it belongs with the hosts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LAB_FORMAT } from '../../src-main/contract/lab.ts';
import { LabFiles } from '../../src-main/hosts/lab-files.ts';
import { TEMPLATES } from '../../src-renderer/lib/templates.ts';

let dir: string;
let files: LabFiles;
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-labs-'));
  files = new LabFiles(dir);
});
test.afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a bare name is saved in the labs folder with the extension, and opens again', () => {
  const lab = TEMPLATES.cnn.make();
  const { path: saved } = files.save('my cnn', lab);
  expect(saved).toBe(path.join(dir, 'labs', 'my cnn.layerlab.json'));
  expect(files.open('my cnn').lab).toEqual(lab);
  const listing = files.list();
  expect(listing.recent.map((e) => e.path)).toEqual([saved]);
  expect(listing.files.map((e) => e.name)).toEqual(['Small CNN']);
});

const BROKEN: [string, string, RegExp][] = [
  ['not JSON', '{ "format": ', /is not valid JSON/],
  [
    'another format',
    JSON.stringify({ format: 'keras', version: 1 }),
    /is neither a LayerLab lab nor a Keras model JSON/,
  ],
  [
    'a future version',
    JSON.stringify({ format: LAB_FORMAT, version: 99, graph: {} }),
    /newer LayerLab/,
  ],
  [
    'an unknown layer',
    JSON.stringify({
      format: LAB_FORMAT,
      version: 1,
      graph: { version: 1, nodes: [{ id: 'a', kind: 'Magic' }], edges: [] },
    }),
    /graph is not valid/,
  ],
];
for (const [label, text, message] of BROKEN) {
  test(`opening ${label} fails with a sentence naming the file`, () => {
    const file = path.join(dir, 'labs', `${label}.layerlab.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    let error: Error & { code?: string } = new Error('no error');
    try {
      files.open(file);
    } catch (e) {
      error = e as Error & { code?: string };
    }
    expect(error.code).toBe('invalid-lab');
    expect(error.message).toMatch(message);
    expect(error.message).toContain(file);
  });
}

test('a missing file and a bad lab to save are refused with codes', () => {
  expect(() => files.open('nothing-here')).toThrow(/does not exist/);
  expect(() => files.save('x', { format: 'nope' } as never)).toThrow(/is not a LayerLab lab/);
  expect(fs.existsSync(path.join(dir, 'labs', 'x.layerlab.json'))).toBe(false);
});

test('autosave keeps the lab, its file and whether it was saved; a damaged slot is ignored', () => {
  expect(files.restore()).toBeNull();
  const lab = TEMPLATES.imdb.make();
  files.autosave({ lab, path: 'imdb', dirty: true });
  const restored = files.restore()!;
  expect(restored.lab).toEqual(lab);
  expect(restored.path).toBe(path.join(dir, 'labs', 'imdb.layerlab.json'));
  expect(restored.dirty).toBe(true);
  fs.writeFileSync(path.join(dir, 'autosave.json'), '{ half a file');
  expect(files.restore()).toBeNull();
});
