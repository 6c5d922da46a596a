/**
 * TensorFlow.js Layers format: `model.json` (topology + weights manifest) and `weights.bin`, the pair
 * `tf.loadLayersModel` reads. Written from a stored run without loading TensorFlow.js.
 */
import path from 'node:path';
import type { StoredModel } from '../store/run-store.ts';
import { ensureDir, writeFileAtomic } from '../store/safe-fs.ts';

export const TFJS_LAYERS_VERSION = '4.22.0';

export interface TfjsFiles {
  'model.json': Uint8Array;
  'weights.bin': Uint8Array;
}

export function toTfjsFiles(model: StoredModel, generator: string): TfjsFiles {
  const json = {
    format: 'layers-model',
    generatedBy: `TensorFlow.js tfjs-layers v${TFJS_LAYERS_VERSION}`,
    convertedBy: generator,
    modelTopology: model.modelTopology,
    weightsManifest: [{ paths: ['weights.bin'], weights: model.weightSpecs }],
  };
  return {
    'model.json': new TextEncoder().encode(JSON.stringify(json)),
    'weights.bin': model.weightData,
  };
}

/**
 * Writes both files into `dir` (created if needed) and returns their paths. `weights.bin` goes first:
 * when it cannot be written, no `model.json` is left pointing at weights that are not there.
 */
export function writeTfjs(model: StoredModel, dir: string, generator: string): string[] {
  ensureDir(dir);
  const files = toTfjsFiles(model, generator);
  for (const name of ['weights.bin', 'model.json'] as const)
    writeFileAtomic(path.join(dir, name), files[name]);
  return (Object.keys(files) as (keyof TfjsFiles)[]).map((name) => path.join(dir, name));
}
