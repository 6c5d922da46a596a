/**
 * Every template, every lab in assets/labs and a table of labs that use the rest of LayerLab, each
 * exported as a Keras script and run as it is by the real Keras (one Python process for all: stubbed
 * data, one epoch), and its model compared with ours: count_params() against validate.ts's count,
 * and the layer list (classes, every setting, connections) against our Keras JSON exporter's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandGrid } from '../../src-main/contract/grid.ts';
import { parseLabText, type LabFile } from '../../src-main/contract/lab.ts';
import { analyzeGraph } from '../../src-main/contract/validate.ts';
import { exportKerasJson } from '../../src-main/export/keras/export.ts';
import { kerasScript } from '../../src-main/export/python/script.ts';
import { TEMPLATES, TEMPLATE_IDS } from '../../src-renderer/lib/templates.ts';
import { runPython, runPythonJson } from '../helpers/keras-python.ts';
import { SCRIPT_LABS, fileLabs } from '../helpers/python-script-labs.ts';

const LABS_DIR = path.resolve(import.meta.dirname, '../../assets/labs');
const RUNNER = path.resolve(import.meta.dirname, 'py/run_scripts.py');

interface LayerEntry {
  class_name: string;
  config: Record<string, unknown>;
  inbound: number[];
}
interface Result {
  id: string;
  ok: boolean;
  error?: string;
  params: number;
  layers: LayerEntry[];
  history: Record<string, number>;
  plots: number[];
  grid: number;
}

/** Our exporter's layer list in the runner's form (names replaced by positions). */
function expectedLayers(lab: LabFile): LayerEntry[] {
  const model = JSON.parse(exportKerasJson(lab.graph)) as {
    config: {
      layers: {
        class_name: string;
        name?: string;
        config: Record<string, unknown>;
        inbound_nodes?: { args: unknown[] }[];
      }[];
    };
  };
  const entries = model.config.layers;
  const index = new Map(entries.map((e, i) => [e.name ?? (e.config.name as string), i]));
  type Tensor = { config: { keras_history: [string] } };
  return entries.map((e) => {
    const { name: _name, ...config } = e.config;
    const inbound = (e.inbound_nodes ?? []).flatMap((node) =>
      node.args.flatMap((arg) =>
        (Array.isArray(arg) ? arg : [arg]).map((t) =>
          index.get((t as Tensor).config.keras_history[0])!,
        ),
      ),
    );
    return { class_name: e.class_name, config, inbound };
  });
}

/**
 * `received` without the keys `expected` lacks whose value is None, False or an inert default, at
 * every depth: Keras 3.15 writes a few settings our exporter leaves out (`quantization_config`, an
 * Input's `optional`, BatchNormalization's `renorm_momentum`).
 */
/** Settings Keras 3.15 writes that our exporter leaves out, at values that change nothing. */
const EXTRA_DEFAULTS: Record<string, unknown> = { renorm_momentum: 0.99 };

function onlyKeysOf(received: unknown, expected: unknown): unknown {
  // Keras 3's L1 keeps its factor as float32 (0.009999999776482582 for 0.01): the same model.
  if (typeof received === 'number' && typeof expected === 'number')
    return Math.fround(received) === Math.fround(expected) ? expected : received;
  if (Array.isArray(received) && Array.isArray(expected))
    return received.map((r, i) => onlyKeysOf(r, expected[i]));
  if (
    typeof received !== 'object' ||
    received === null ||
    typeof expected !== 'object' ||
    expected === null ||
    Array.isArray(expected)
  )
    return received;
  const e = expected as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(received)
      // An extra key set to something other than None or False still shows up as a difference.
      .filter(([k, v]) => k in e || (v !== null && v !== false && EXTRA_DEFAULTS[k] !== v))
      .map(([k, v]) => [k, onlyKeysOf(v, e[k])]),
  );
}

const cases: { id: string; lab: LabFile }[] = [
  ...TEMPLATE_IDS.map((id) => ({ id: `template ${id}`, lab: TEMPLATES[id].make() })),
  ...fs
    .readdirSync(LABS_DIR)
    .filter((f) => f.endsWith('.layerlab.json'))
    .map((f) => ({
      id: `assets/labs/${f}`,
      lab: parseLabText(fs.readFileSync(path.join(LABS_DIR, f), 'utf8'), f),
    })),
  ...Object.entries(SCRIPT_LABS).map(([id, make]) => ({ id, lab: make() })),
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-pyscript-'));
for (const [id, lab] of Object.entries(fileLabs(dir))) cases.push({ id, lab });
/** The script as exported; the small grid labs' loops turned on (the assets' grid would train 27 models). */
const script = (id: string, lab: LabFile) => {
  const code = kerasScript(lab).code;
  return id.startsWith('grid loop')
    ? code.replace('\nRUN_GRID = False\n', '\nRUN_GRID = True\n')
    : code;
};

let results: Map<string, Result>;

beforeAll(async () => {
  // Small files for the file-dataset labs: 4 features and 3 classes; 8x8 grey images of 2 classes.
  await runPython(
    {
      code: `
import os, sys, numpy as np
from PIL import Image
d = sys.argv[1]
rng = np.random.default_rng(0)
np.savez(os.path.join(d, 'data.npz'), x_train=rng.random((60, 4)), y_train=np.arange(60) % 3 + 5,
         x_test=rng.random((12, 4)), y_test=np.arange(12) % 3 + 5)
for c in ('cats', 'dogs'):
    os.makedirs(os.path.join(d, 'images', c))
    for i in range(8):
        Image.fromarray(rng.integers(0, 256, (10, 12), dtype=np.uint8)).save(os.path.join(d, 'images', c, f'{i}.png'))
`,
    },
    { args: [dir] },
  );
  const out = await runPythonJson<{ results: Result[] }>(
    { file: RUNNER },
    {
      cases: cases.map((c) => ({ id: c.id, code: script(c.id, c.lab) })),
      data: 'random',
      n_train: 256,
      n_test: 64,
    },
    // About 70 s alone and 200 s beside the other test lanes; 15 minutes for a machine far busier.
    { timeoutMs: 900_000 },
  );
  results = new Map(out.results.map((r) => [r.id, r]));
}, 900_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('generated Keras scripts, run by the real Keras', () => {
  it('covers every template and every lab in assets/labs', () => {
    for (const id of TEMPLATE_IDS) expect(results.has(`template ${id}`)).toBe(true);
    expect(cases.filter((c) => c.id.startsWith('assets/')).length).toBeGreaterThanOrEqual(6);
    expect(results.size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.id]))('%s runs and builds our model', (id) => {
    const { lab } = cases.find((c) => c.id === id)!;
    const r = results.get(id)!;
    expect(r.error ?? '').toBe('');
    expect(r.ok).toBe(true);
    expect(r.params).toBe(analyzeGraph(lab.graph).totalParams);
    const expected = expectedLayers(lab);
    expect(onlyKeysOf(r.layers, expected)).toEqual(expected);
    // One epoch trained, with validation exactly when the lab has some.
    expect(r.history.loss).toBe(1);
    expect(r.history.accuracy).toBe(1);
    expect('val_loss' in r.history).toBe(lab.training.validation.kind !== 'none');
    // The plot was shown once, with training (and validation) curves of loss and accuracy.
    expect(r.plots).toEqual([lab.training.validation.kind === 'none' ? 2 : 4]);
    // The grid loop scored every setting, where it was turned on.
    expect(r.grid).toBe(id.startsWith('grid loop') ? expandGrid(lab.grid!).length : 0);
  });
});
