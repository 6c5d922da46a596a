/**
 * Keras model JSON import and export: the one place LayerLab reads and writes Keras' layout (see
 * `keras/format.ts`). Import takes what `model.to_json()` writes in tf.keras 2.x and Keras 3; export
 * writes Keras 3, which `keras.models.model_from_json` reads.
 */
export { importKerasJson } from './keras/import.ts';
export { exportKerasJson } from './keras/export.ts';
export { KerasJsonError, type KerasJsonReason } from './keras/format.ts';
