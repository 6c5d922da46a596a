/**
 * `.keras` and `.h5` models saved by Keras -> graph + weights. A `.keras` file is a zip of
 * config.json (the model, as `model.to_json()` writes it, with its compile settings) and
 * model.weights.h5 (`layers/<path>/vars/0..n`, each `vars` group naming its layer in a `name`
 * attribute); a legacy `.h5` keeps the model in the root attribute `model_config` and the weights
 * in `model_weights/<layer>/<weight_names[i]>`. The architecture goes through the Keras JSON
 * importer (strict: a setting that would train another model is refused); the weights must have
 * exactly the shapes the graph needs.
 */
import { unzipSync } from 'fflate';
import type { GraphDocument } from '../../contract/graph.ts';
import { LayerLabError, said, type ErrorText } from '../../contract/errors.ts';
import { distinctWarnings, warningOf, type WarningText } from '../../contract/error-text.ts';
import type { TrainingConfig } from '../../contract/training.ts';
import { graphWeights, shapeText } from '../../engine/model-weights.ts';
import type { StoredModel } from '../../store/run-store.ts';
import { importKerasJson } from '../keras-json.ts';
import { isObject, type JsonObject } from '../keras/format.ts';
import { refusal } from '../keras/reader.ts';
import { trainingFromCompile } from './compile.ts';
import {
  dataset,
  group,
  isHdf5,
  stringAttr,
  readStringList,
  withHdf5,
  type H5File,
  type H5Group,
} from './hdf5.ts';

export interface ReadModelFile {
  graph: GraphDocument;
  model: StoredModel;
  warnings: WarningText[];
  /** The compile settings the file carries (optimizer, learning rate, loss), when it has them. */
  training?: Partial<TrainingConfig>;
}

/** A `.keras` / `.h5` file LayerLab cannot take; the sentence names the file and the layer. */
export class ModelFileError extends LayerLabError {
  constructor(
    code: 'corrupt' | 'unsupported' | 'mismatch' | 'too-large',
    message: string | ErrorText,
    file: string,
  ) {
    super(code, message, { file });
    this.name = 'ModelFileError';
  }
}

/** Caps on what a `.keras` zip may inflate to (a small zip can inflate to gigabytes). */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;
export const MAX_WEIGHTS_BYTES = 1024 * 1024 * 1024;

type Arrays = { values: Float32Array; shape: number[] }[];

export async function readModelFile(fileName: string, bytes: Uint8Array): Promise<ReadModelFile> {
  if (isZip(bytes)) return readKeras3(fileName, bytes);
  if (isHdf5(bytes)) return readLegacyH5(fileName, bytes);
  throw new ModelFileError(
    'unsupported',
    said('error_model_file_not_keras', { file: fileName }),
    fileName,
  );
}

const isZip = (b: Uint8Array) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

function unzipMembers(fileName: string, bytes: Uint8Array): Record<string, Uint8Array> {
  const caps: Record<string, number> = {
    'config.json': MAX_CONFIG_BYTES,
    'model.weights.h5': MAX_WEIGHTS_BYTES,
  };
  const declared = new Map<string, number>();
  const unreadable = (e: unknown) =>
    new ModelFileError(
      'corrupt',
      said('error_model_file_bad_zip', {
        file: fileName,
        detail: e instanceof Error ? e.message : String(e),
      }),
      fileName,
    );
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (f.name in caps) declared.set(f.name, f.originalSize);
        return false;
      },
    });
  } catch (e) {
    throw unreadable(e);
  }
  for (const name of Object.keys(caps)) {
    if (!declared.has(name))
      throw new ModelFileError(
        'unsupported',
        said('error_model_file_zip_without', { file: fileName, name }),
        fileName,
      );
    if (declared.get(name)! > caps[name])
      throw new ModelFileError(
        'too-large',
        said('error_model_file_member_too_large', {
          file: fileName,
          name,
          megabytes: (declared.get(name)! / 1024 / 1024).toFixed(0),
          cap: caps[name] / 1024 / 1024,
        }),
        fileName,
      );
  }
  let members: Record<string, Uint8Array>;
  try {
    members = unzipSync(bytes, { filter: (f) => declared.has(f.name) });
  } catch (e) {
    throw unreadable(e);
  }
  for (const [name, size] of declared)
    if (members[name]?.length !== size)
      throw new ModelFileError(
        'corrupt',
        said('error_model_file_member_size', {
          file: fileName,
          name,
          size,
          actual: members[name]?.length ?? 0,
        }),
        fileName,
      );
  return members;
}

async function readKeras3(fileName: string, bytes: Uint8Array): Promise<ReadModelFile> {
  const members = unzipMembers(fileName, bytes);
  const text = new TextDecoder().decode(members['config.json']);
  const { graph, warnings } = importKerasJson(text, fileName, { strict: true });
  let config: JsonObject = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (isObject(parsed)) config = parsed;
  } catch {
    /* importKerasJson refused it already */
  }
  const training = trainingFromCompile(
    isObject(config.compile_config) ? config.compile_config : null,
    fileName,
    warnings,
  );
  const found = await withHdf5(members['model.weights.h5'], `${fileName} (model.weights.h5)`, (f) =>
    keras3Weights(f, config, fileName),
  );
  return finish(fileName, graph, found, warnings, training);
}

/**
 * Keras 3 keeps each layer's weights in `layers/<path>/vars`, where `<path>` is made from the class
 * name (`dense`, `dense_1`...) and the group's `name` attribute is the layer's own name. Files from
 * Keras before 3.4 have no `name` attribute: there the path is rebuilt from the layer list.
 */
function keras3Weights(file: H5File, config: JsonObject, fileName: string): Map<string, Arrays> {
  const out = new Map<string, Arrays>();
  const layers = group(file, 'layers');
  if (!layers) return out;
  const byPath = new Map<string, string>();
  const modelConfig = isObject(config.config) ? config.config : {};
  const entries = Array.isArray(modelConfig.layers) ? modelConfig.layers : [];
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!isObject(entry) || typeof entry.class_name !== 'string') continue;
    const base = snakeCase(entry.class_name);
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    const layerConfig = isObject(entry.config) ? entry.config : {};
    const name = typeof entry.name === 'string' ? entry.name : layerConfig.name;
    if (typeof name === 'string') byPath.set(n ? `${base}_${n}` : base, name);
  }
  for (const path of layers.keys()) {
    const vars = group(layers, `${path}/vars`);
    if (!vars) continue;
    const name = stringAttr(vars, 'name') ?? byPath.get(path) ?? path;
    const keys = vars
      .keys()
      .filter((k) => /^\d+$/.test(k))
      .sort((a, b) => Number(a) - Number(b));
    if (keys.length)
      out.set(
        name,
        keys.map((k) => readArray(vars, k, fileName, name)),
      );
  }
  return out;
}

/** Keras' `to_snake_case` of a class name: `BatchNormalization` -> `batch_normalization`. */
const snakeCase = (name: string) =>
  name
    .replace(/(.)([A-Z][a-z]+)/g, '$1_$2')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase();

async function readLegacyH5(fileName: string, bytes: Uint8Array): Promise<ReadModelFile> {
  const read = await withHdf5(bytes, fileName, (file) => {
    const modelConfig = stringAttr(file, 'model_config');
    const weightsRoot = group(file, 'model_weights') ?? (modelConfig ? null : file);
    if (!modelConfig)
      throw new ModelFileError(
        'unsupported',
        said('error_model_file_weights_only', { file: fileName }),
        fileName,
      );
    const trainingConfig = stringAttr(file, 'training_config');
    return {
      modelConfig,
      trainingConfig,
      weights: weightsRoot ? legacyWeights(weightsRoot, fileName) : new Map<string, Arrays>(),
    };
  });
  const { graph, warnings } = importKerasJson(read.modelConfig, fileName, { strict: true });
  let compile: JsonObject | null = null;
  if (read.trainingConfig) {
    try {
      const parsed: unknown = JSON.parse(read.trainingConfig);
      if (isObject(parsed)) compile = parsed;
    } catch {
      warnings.push(warningOf(said('error_kwarn_training_config', { file: fileName })));
    }
  }
  const training = trainingFromCompile(compile, fileName, warnings);
  return finish(fileName, graph, read.weights, warnings, training);
}

/** `model_weights/<layer>` lists its weights, in order, in the attribute `weight_names`. */
function legacyWeights(root: H5File | H5Group, fileName: string): Map<string, Arrays> {
  const out = new Map<string, Arrays>();
  const layerNames = readStringList(root, 'layer_names') ?? root.keys();
  for (const layer of layerNames) {
    const g = group(root, layer);
    if (!g) continue;
    const names = readStringList(g, 'weight_names') ?? [];
    if (names.length)
      out.set(
        layer,
        names.map((n) => readArray(g, n, fileName, layer)),
      );
  }
  return out;
}

function readArray(node: H5Group, path: string, fileName: string, layer: string) {
  const d = dataset(node, path);
  const value = d?.value;
  if (!d || !(value instanceof Float32Array || value instanceof Float64Array))
    throw new ModelFileError(
      'corrupt',
      refusal(fileName, said('error_model_file_weight_missing', { path, layer })),
      fileName,
    );
  return { values: Float32Array.from(value), shape: [...(d.shape ?? [])] };
}

/** Checks every layer's weights against the graph, then builds the stored model. */
async function finish(
  fileName: string,
  graph: GraphDocument,
  found: Map<string, Arrays>,
  warnings: WarningText[],
  training: Partial<TrainingConfig>,
): Promise<ReadModelFile> {
  const needed = graphWeights(graph);
  const names = new Set(needed.map((l) => l.layer));
  for (const layer of found.keys())
    if (!names.has(layer))
      throw new ModelFileError(
        'mismatch',
        refusal(fileName, said('error_model_file_weights_orphan', { layer })),
        fileName,
      );
  for (const { layer, weights } of needed) {
    const arrays = found.get(layer);
    if (!arrays)
      throw new ModelFileError(
        'mismatch',
        refusal(fileName, said('error_model_file_no_weights', { layer })),
        fileName,
      );
    if (arrays.length !== weights.length)
      throw new ModelFileError(
        'mismatch',
        refusal(
          fileName,
          said('error_model_file_weight_count', {
            layer,
            count: arrays.length,
            needed: weights.length,
            names: weights.map((w) => w.name.split('/').pop()).join(', '),
          }),
        ),
        fileName,
      );
    weights.forEach((w, i) => {
      if (arrays[i].shape.join() !== w.shape.join())
        throw new ModelFileError(
          'mismatch',
          refusal(
            fileName,
            said('error_model_file_weight_shape', {
              layer,
              weight: w.name.split('/').pop()!,
              shape: shapeText(arrays[i].shape),
              needed: shapeText(w.shape),
            }),
          ),
          fileName,
        );
    });
  }
  const { storedModelOf } = await import('./stored-model.ts');
  const model = await storedModelOf(graph, found);
  return { graph, model, warnings: distinctWarnings(warnings), training };
}
