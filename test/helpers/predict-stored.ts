/**
 * Predicts with a stored model's weights in this process (TensorFlow.js, cpu backend), to compare
 * with what Keras or ONNX Runtime computes from an exported or imported file. Starts no process.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import type { StoredModel } from '../../src-main/store/run-store.ts';

/** The stored model's outputs for `x` (shape `[n, ...inputShape]`), computed by TensorFlow.js. */
export async function predictStored(
  model: StoredModel,
  x: Float32Array,
  shape: number[],
): Promise<{ values: Float32Array; shape: number[] }> {
  await tf.setBackend('cpu');
  const m = await tfl.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: model.modelTopology as tf.io.ModelJSON['modelTopology'],
      weightSpecs: model.weightSpecs as tf.io.WeightsManifestEntry[],
      weightData: model.weightData.slice().buffer,
    }),
  );
  const input = tf.tensor(x, shape);
  const out = m.predict(input) as tf.Tensor;
  const values = (await out.data()) as Float32Array;
  const outShape = out.shape;
  tf.dispose([input, out]);
  m.dispose();
  return { values, shape: outShape };
}
