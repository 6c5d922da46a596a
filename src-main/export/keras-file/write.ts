/**
 * Keras 3 `.keras` (zip) and legacy HDF5 `.h5` writers: a trained run's model for
 * `keras.models.load_model`, compiled with the lab's optimizer, learning rate and loss. The layouts
 * are Keras 3.15's own (`keras/src/saving/saving_lib.py`, `keras/src/legacy/saving/legacy_h5_format.py`);
 * test/keras/export-keras-files.test.ts loads both in real Keras and compares predictions.
 */
import { zipSync } from 'fflate';
import type { LabFile } from '../../contract/lab.ts';
import type { StoredModel } from '../../store/run-store.ts';
import { exportKerasJson } from '../keras/export.ts';
import { pythonJson, type Json, type JsonObject } from '../keras/format.ts';
import {
  compileConfig,
  kerasOptimizer,
  optimizerVariables,
  trainingConfig,
} from './compile-config.ts';
import {
  groupAt,
  writeFloat32,
  writeHdf5,
  writeInt64Scalar,
  writeStringList,
  type H5Group,
} from './hdf5.ts';
import { kerasLayout, type KerasLayout } from './layout.ts';

/** The Keras version whose file layout these writers follow (and the tests load them with). */
export const KERAS_VERSION = '3.15.1';

/** Keras' `date_saved`: `2026-11-30@07:46:42` (here in UTC). */
export function kerasDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${p(date.getUTCMonth() + 1)}-${p(date.getUTCDate())}@${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())}`;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const nameAttr = (group: H5Group, name: string) => group.create_attribute('name', name);

/**
 * `model.weights.h5` of a `.keras` file: `layers/<class-based name>/vars/<i>` per layer of
 * `model.layers` (`dense`, `dense_1`, ..., whatever the layers are called), the model's own empty
 * `vars`, and `optimizer/vars/<i>`.
 */
export function kerasWeightsH5(layout: KerasLayout, lab: LabFile): Promise<Uint8Array> {
  return writeHdf5((file) => {
    const layers = file.create_group('layers');
    for (const layer of layout.layers) {
      const vars = groupAt(layers, `${layer.path}/vars`);
      nameAttr(vars, layer.node.name);
      layer.weights.forEach((w, i) => writeFloat32(vars, String(i), w.values, w.shape));
    }
    const optimizer = groupAt(file, 'optimizer/vars');
    nameAttr(optimizer, kerasOptimizer(lab.training).config.name as string);
    optimizerVariables(lab.training, layout).forEach((v, i) => {
      if (v.kind === 'iteration') writeInt64Scalar(optimizer, String(i), BigInt(v.value));
      else {
        const size = v.shape.reduce((a, b) => a * b, 1);
        writeFloat32(optimizer, String(i), new Float32Array(size).fill(v.value), v.shape);
      }
    });
    nameAttr(file.create_group('vars'), layout.modelName);
  });
}

/** config.json: the model as `exportKerasJson` writes it, plus how it was compiled. */
export function kerasConfigJson(lab: LabFile): string {
  const model = JSON.parse(exportKerasJson(lab.graph)) as JsonObject;
  return pythonJson({ ...model, compile_config: compileConfig(lab.training) });
}

export async function toKerasFile(
  lab: LabFile,
  model: StoredModel,
  generator: string,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const layout = kerasLayout(lab.graph, model);
  const config = kerasConfigJson(lab);
  const weights = await kerasWeightsH5(layout, lab);
  const metadata = pythonJson({
    keras_version: KERAS_VERSION,
    date_saved: kerasDate(now),
    generated_by: generator,
  });
  // Stored, not deflated, in Keras' own order.
  return zipSync(
    {
      'metadata.json': utf8(metadata),
      'config.json': utf8(config),
      'model.weights.h5': weights,
    },
    { level: 0 },
  );
}

/**
 * What Keras 3's `model.save('m.h5')` writes: root attributes `backend`, `keras_version`,
 * `model_config` and `training_config`, and `model_weights/<layer name>/` groups whose
 * `weight_names` attribute lists the datasets below them (`sequential/dense/kernel`). Keras matches
 * weights to layers by order, so `layer_names` follows `model.layers`. No optimizer state is written:
 * Keras then compiles a fresh optimizer without a warning.
 */
export async function toLegacyH5(
  lab: LabFile,
  model: StoredModel,
  generator: string,
): Promise<Uint8Array> {
  const layout = kerasLayout(lab.graph, model);
  const modelConfig = exportKerasJson(lab.graph);
  const prefix = layout.sequential ? `${layout.modelName}/` : '';
  return writeHdf5((file) => {
    file.create_attribute('backend', 'tensorflow');
    file.create_attribute('keras_version', KERAS_VERSION);
    file.create_attribute('model_config', modelConfig);
    file.create_attribute('training_config', pythonJson(trainingConfig(lab.training) as Json));
    file.create_attribute('generated_by', generator);
    const weights = file.create_group('model_weights');
    weights.create_attribute('backend', 'tensorflow');
    weights.create_attribute('keras_version', KERAS_VERSION);
    writeStringList(
      weights,
      'layer_names',
      layout.layers.map((l) => l.node.name),
    );
    for (const layer of layout.layers) {
      const group = weights.create_group(layer.node.name);
      const names = layer.weights.map((w) => `${prefix}${layer.node.name}/${w.name}`);
      writeStringList(group, 'weight_names', names);
      layer.weights.forEach((w, i) => {
        const path = names[i].split('/');
        writeFloat32(groupAt(group, path.slice(0, -1).join('/')), path.at(-1)!, w.values, w.shape);
      });
    }
    writeStringList(weights.create_group('top_level_model_weights'), 'weight_names', []);
  });
}
