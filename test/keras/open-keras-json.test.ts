/**
 * Open… in the app takes what real Keras' model.to_json() writes: Keras 3 writes the course's CNN
 * and a small residual network, as text and JSON-encoded again (json.dump(model.to_json(), f)), and
 * LayerLab's lab files open each as a lab with Keras' layer names and parameter count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeGraph } from '../../src-main/contract/validate.ts';
import { LabFiles } from '../../src-main/hosts/lab-files.ts';
import { runPythonJson } from '../helpers/keras-python.ts';

const SCRIPT = `
import json, sys
import keras
from keras import layers
out = json.load(sys.stdin)['dir']
cnn = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(32, (3, 3), activation='relu'),
    layers.MaxPooling2D((2, 2)),
    layers.Flatten(),
    layers.Dropout(0.5),
    layers.Dense(10, activation='softmax'),
], name='course_cnn')
inputs = keras.Input(shape=(784,))
h = layers.Dense(32, activation='relu')(inputs)
r = layers.Add()([h, layers.Dense(32)(h)])
residual = keras.Model(inputs, layers.Dense(10, activation='softmax')(r))
models = {}
for name, model in [('cnn', cnn), ('residual', residual)]:
    with open(f'{out}/{name}.json', 'w') as f:
        f.write(model.to_json())
    with open(f'{out}/{name}-dumped.json', 'w') as f:
        json.dump(model.to_json(), f)
    models[name] = {'params': model.count_params(), 'names': [l.name for l in model.layers]}
print(json.dumps(models))
`;

type Models = Record<'cnn' | 'residual', { params: number; names: string[] }>;

let dir: string;
let keras: Models;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'layerlab-open-json-'));
  keras = await runPythonJson<Models>({ code: SCRIPT }, { dir });
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('opening real Keras model.to_json() files as labs', () => {
  it.each(['cnn.json', 'cnn-dumped.json', 'residual.json', 'residual-dumped.json'])(
    '%s',
    (file) => {
      const opened = new LabFiles(dir).open(path.join(dir, file));
      const model = keras[file.startsWith('cnn') ? 'cnn' : 'residual'];
      expect(opened.kerasWarnings).toBeDefined();
      expect(opened.lab.name).toBe(file.replace(/\.json$/, ''));
      const analysis = analyzeGraph(opened.lab.graph);
      expect(analysis.ok).toBe(true);
      expect(analysis.totalParams).toBe(model.params);
      const names = opened.lab.graph.nodes.map((n) => n.name);
      for (const name of model.names) expect(names).toContain(name);
    },
  );
});
