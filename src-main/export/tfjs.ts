/**
 * TensorFlow.js Layers format: `model.json` (topology + weights manifest) and `weights.bin`, the pair
 * `tf.loadLayersModel` reads. Written from a stored run without loading TensorFlow.js.
 */
import type { StoredModel } from '../store/run-store.ts';

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
