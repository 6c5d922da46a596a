/**
 * A stored run's weights by layer: the TensorFlow.js manifest (`dense/kernel`, `conv2d/bias`,
 * `batch_normalization/moving_mean`, ...) over one little-endian float32 buffer, read without
 * loading TensorFlow.js.
 */
import { said } from '../../contract/error-text.ts';
import { EngineError } from '../../engine/errors.ts';
import type { StoredModel } from '../../store/run-store.ts';

export interface Weight {
  shape: number[];
  values: Float32Array;
}

interface Spec {
  name: string;
  shape: number[];
  dtype: string;
}

const WEIGHT_NAMES = ['kernel', 'bias', 'gamma', 'beta', 'moving_mean', 'moving_variance'];

const size = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/**
 * The weights of each layer by their short names (`kernel`, `bias`, `gamma`, `beta`, `moving_mean`,
 * `moving_variance`). TensorFlow.js adds `_1`, `_2` to a weight's name when a process built the
 * same layer name before; that suffix is dropped.
 */
export function layerWeights(model: StoredModel): Map<string, Map<string, Weight>> {
  const data = model.weightData;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const byLayer = new Map<string, Map<string, Weight>>();
  let offset = 0;
  for (const raw of model.weightSpecs) {
    const spec = raw as Spec;
    if (spec.dtype !== 'float32')
      throw new EngineError(
        'unsupported',
        said('error_onnx_weight_dtype', { weight: spec.name, dtype: spec.dtype }),
      );
    const count = size(spec.shape);
    if (offset + count * 4 > data.byteLength)
      throw new EngineError(
        'corrupt',
        said('error_onnx_weights_end', { weight: spec.name, bytes: data.byteLength }),
      );
    const values = new Float32Array(count);
    for (let i = 0; i < count; i++) values[i] = view.getFloat32(offset + 4 * i, true);
    offset += count * 4;
    const slash = spec.name.lastIndexOf('/');
    const layer = spec.name.slice(0, slash);
    const rest = spec.name.slice(slash + 1);
    const short = WEIGHT_NAMES.find(
      (w) => rest === w || (rest.startsWith(w) && /^_\d+$/.test(rest.slice(w.length))),
    );
    if (!short)
      throw new EngineError(
        'unsupported',
        said('error_onnx_weight_unknown', { weight: spec.name }),
      );
    if (!byLayer.has(layer)) byLayer.set(layer, new Map());
    byLayer.get(layer)!.set(short, { shape: spec.shape, values });
  }
  return byLayer;
}
