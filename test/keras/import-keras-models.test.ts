/**
 * Models trained and saved by real Keras come into LayerLab with their weights: Keras trains a small
 * MLP (Dropout + L2) and a small CNN (Conv2D, BatchNormalization, MaxPooling2D, Dense) on 2000 real
 * MNIST images, saves each as .keras and .h5, and prints `model.evaluate` on the 10000 real test
 * images; LayerLab imports each file and scores it through a real trainer process. Then an imported
 * model trains on, starting from its weights.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readModelFile } from '../../src-main/export/keras-file/read.ts';
import { forkTrainer } from '../../src-main/engine/trainer-client.ts';
import { LayerLabService } from '../../src-main/hosts/service.ts';
import { RunStore } from '../../src-main/store/run-store.ts';
import { runPythonJson } from '../helpers/keras-python.ts';
import { SHARED_DATA_DIR } from '../helpers/stored-model.ts';
import { withDeadline } from '../helpers/wait.ts';

interface KerasScore {
  loss: number;
  accuracy: number;
  /** The regularization penalty of the trained weights (sum of model.losses). */
  penalty: number;
}

const SCRIPT = `
import json, sys, stubs
stubs.install(data='real', n_train=2000, n_test=10000)
import keras
from keras import layers, regularizers
keras.utils.set_random_seed(1)
out = json.load(sys.stdin)['dir']
(x, y), (xt, yt) = keras.datasets.mnist.load_data()
x = x.astype('float32') / 255.0
xt = xt.astype('float32') / 255.0
mlp = keras.Sequential([
    keras.Input(shape=(28, 28)),
    layers.Flatten(),
    layers.Dense(64, activation='relu', kernel_regularizer=regularizers.l2(0.001)),
    layers.Dropout(0.3),
    layers.Dense(10, activation='softmax'),
])
inputs = keras.Input(shape=(28, 28, 1))
h = layers.Conv2D(8, (3, 3), activation='relu')(inputs)
h = layers.BatchNormalization()(h)
h = layers.MaxPooling2D((2, 2))(h)
h = layers.Flatten()(h)
cnn = keras.Model(inputs, layers.Dense(10, activation='softmax')(h))
scores = {}
for name, model, data in [('mlp', mlp, x), ('cnn', cnn, x[..., None])]:
    model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
    model.fit(data, y, epochs=3, batch_size=32, verbose=0)
    test = xt if name == 'mlp' else xt[..., None]
    loss, acc = model.evaluate(test, yt, verbose=0)
    model.save(f'{out}/{name}.keras')
    model.save(f'{out}/{name}.h5')
    penalty = float(sum(float(l) for l in model.losses)) if model.losses else 0.0
    scores[name] = {'loss': float(loss), 'accuracy': float(acc), 'penalty': penalty}
# A .keras file as Keras before 3.4 wrote it: the weights' groups do not name their layers.
import h5py, shutil, zipfile
src = json.load(open(f'{out}/input.json'))['tiny']
with zipfile.ZipFile(src) as z:
    z.extractall(f'{out}/tiny')
with h5py.File(f'{out}/tiny/model.weights.h5', 'r+') as f:
    f.visititems(lambda name, obj: obj.attrs.__delitem__('name') if 'name' in obj.attrs else None)
with zipfile.ZipFile(f'{out}/tiny-unnamed.keras', 'w') as z:
    for member in ('metadata.json', 'config.json', 'model.weights.h5'):
        z.write(f'{out}/tiny/{member}', member)
print(json.dumps(scores))
`;

/** Real MNIST: the shared data folder (next to the main checkout, also from a worktree). */
const DATA_DIR =
  [process.env.LAYERLAB_DATA_DIR, SHARED_DATA_DIR, '/work/shared/datasets'].find(
    (d) => d && existsSync(path.join(d, 'mnist')),
  ) ?? SHARED_DATA_DIR;

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/keras/models');

const FILES = ['mlp.keras', 'mlp.h5', 'cnn.keras', 'cnn.h5'];

describe('models trained and saved by real Keras', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'layerlab-keras-in-'));
  let keras: Record<'mlp' | 'cnn', KerasScore>;
  let store: RunStore;
  let service: LayerLabService;

  beforeAll(async () => {
    writeFileSync(
      path.join(dir, 'input.json'),
      JSON.stringify({ tiny: path.join(FIXTURES, 'tiny.keras') }),
    );
    keras = await runPythonJson(
      { code: SCRIPT },
      { dir },
      { timeoutMs: 600_000, env: { LAYERLAB_DATA_DIR: DATA_DIR } },
    );
    store = new RunStore(path.join(dir, 'runs.sqlite'));
    const spawnTrainer = () => forkTrainer();
    service = new LayerLabService({
      host: 'browser',
      store,
      dataDirs: [DATA_DIR, '/usr/share/datasets'],
      spawnTrainer,
      probeBackend: async () => ({ name: 'cpu', label: 'JavaScript', skipped: [], details: [] }),
      appDir: dir,
      maxTrainers: 2,
    });
  }, 700_000);

  afterAll(() => {
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(FILES)(
    '%s scores the test accuracy Keras printed, within 0.001, and its loss',
    async (file) => {
      const bytes = new Uint8Array(readFileSync(path.join(dir, file)));
      const read = await readModelFile(file, bytes);
      expect(read.graph.nodes.map((n) => n.kind)).toContain('Dense');
      const imported = await service.importModelFile(file, bytes);
      expect(imported.lab.dataset).toMatchObject({ kind: 'builtin', name: 'mnist' });
      expect(imported.lab.training.optimizer).toBe('adam');
      expect((await service.getRun(imported.runId)).hasWeights).toBe(true);
      const ours = await withDeadline(
        service.evaluateRun(imported.runId),
        `evaluating ${file}`,
        300_000,
      );
      const theirs = keras[file.startsWith('mlp') ? 'mlp' : 'cnn'];
      console.log(`${file}: LayerLab`, ours, 'Keras', theirs);
      expect(ours.count).toBe(10000);
      expect(Math.abs(ours.accuracy - theirs.accuracy)).toBeLessThanOrEqual(0.001);
      expect(Math.abs(ours.loss - theirs.loss)).toBeLessThan(1e-4);
    },
    400_000,
  );

  it('reads a .keras file whose weight groups do not name their layers (Keras before 3.4) by their paths', async () => {
    const named = await readModelFile(
      'tiny.keras',
      readFileSync(path.join(FIXTURES, 'tiny.keras')),
    );
    const unnamed = await readModelFile(
      'tiny-unnamed.keras',
      new Uint8Array(readFileSync(path.join(dir, 'tiny-unnamed.keras'))),
    );
    expect(unnamed.model.weightSpecs).toEqual(named.model.weightSpecs);
    expect(Buffer.from(unnamed.model.weightData).equals(Buffer.from(named.model.weightData))).toBe(
      true,
    );
  });

  it('trains an imported model on from its weights: the first epoch starts near its level, not from scratch', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(dir, 'mlp.keras')));
    const imported = await service.importModelFile('mlp.keras', bytes);
    const lab = {
      ...imported.lab,
      training: { ...imported.lab.training, epochs: 1, trainSubset: 2000, seed: 3 },
    };
    const epochOne = async (initialWeightsFrom?: string) => {
      const { runId, done } = service.runs.startRun({ lab, initialWeightsFrom });
      await withDeadline(done, 'one epoch', 300_000);
      const run = await service.getRun(runId);
      expect(run.status).toBe('completed');
      return run.metrics[0];
    };
    const continued = await epochOne(imported.runId);
    const scratch = await epochOne();
    console.log('continued', continued, 'scratch', scratch, 'keras', keras.mlp);
    // Keras' last epoch on these 2000 images ended well below the first epoch from scratch.
    expect(continued.loss).toBeLessThan(keras.mlp.loss + 0.15);
    expect(continued.loss).toBeLessThan(scratch.loss * 0.6);
  }, 700_000);
});
