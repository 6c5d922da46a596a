/**
 * Keras weights -> the `StoredModel` a trainer would have stored for the same graph: the model is
 * built by the same builder (TensorFlow.js, cpu backend, in this process), given the weights layer
 * by layer, and saved by the trainer's own save step. Loaded lazily: only reading a model file
 * needs TensorFlow.js in the host.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { GraphDocument } from '../../contract/graph.ts';
import { buildModel } from '../../engine/build-model.ts';
import { saveModel } from '../../engine/trainer.ts';
import type { StoredModel } from '../../store/run-store.ts';

/** `weights` holds, per layer name, its arrays in Keras' order (checked against the graph already). */
export async function storedModelOf(
  graph: GraphDocument,
  weights: Map<string, { values: Float32Array; shape: number[] }[]>,
): Promise<StoredModel> {
  // PROD as in the trainer: no debug checks, and no hint about tfjs-node on the host's console.
  tf.env().set('PROD', true);
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  const built = buildModel(graph);
  try {
    for (const layer of built.model.layers) {
      const arrays = weights.get(layer.name);
      if (!arrays?.length) continue;
      const tensors = arrays.map((a) => tf.tensor(a.values, a.shape, 'float32'));
      layer.setWeights(tensors);
      tf.dispose(tensors);
    }
    const saved = await saveModel(built.model);
    return {
      modelTopology: saved.modelTopology,
      weightSpecs: saved.weightSpecs,
      weightData: new Uint8Array(saved.weightData),
    };
  } finally {
    built.trainModel.dispose();
  }
}
