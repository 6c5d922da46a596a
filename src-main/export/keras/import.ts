/**
 * Keras model JSON -> GraphDocument. Reads what `model.to_json()` writes in tf.keras 2.x (TF 2.0 to
 * 2.15) and Keras 3 (TF 2.16 on), Sequential and functional, and a TensorFlow.js model.json around it.
 */
import { said } from '../../contract/errors.ts';
import { distinctWarnings, type WarningText } from '../../contract/error-text.ts';
import { GRAPH_VERSION, parseGraph, type GraphDocument } from '../../contract/graph.ts';
import { LAYERS, LAYER_KINDS, type LayerKind } from '../../contract/layers.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import { CODECS } from './codecs.ts';
import { KerasJsonError, isObject, type Json, type JsonObject, type KerasModel } from './format.ts';
import {
  ConfigReader,
  layerText,
  placeStart,
  refusal,
  reportChange,
  show,
  type ImportLog,
} from './reader.ts';
import { foldHardSigmoid } from './tfjs-hard-sigmoid.ts';

/** One layer on its way into the graph: `inputs` are layer names, in call order. */
interface Draft {
  name: string;
  kind: LayerKind;
  params: Record<string, unknown>;
  inputs: string[];
  /** BatchNormalization's axis as written; checked against shapes at the end. */
  axis?: Json;
}

const KIND_OF_CLASS = new Map<string, LayerKind>(LAYER_KINDS.map((k) => [LAYERS[k].kerasClass, k]));
const SUPPORTED = LAYER_KINDS.map((k) => LAYERS[k].kerasClass).join(', ');
const MODEL_CLASSES = ['Sequential', 'Functional', 'Model'];
const ROW = 120;
const COLUMN = 240;

export interface ImportOptions {
  /**
   * Refuse (a `KerasJsonError` with reason 'changes-meaning') a setting LayerLab does not have whose
   * loss would train another model: an unknown activation or regularizer, a constraint, dilation,
   * channels_first... Lenient (the default) imports those with a warning each.
   */
  strict?: boolean;
}

/**
 * The graph of a Keras model JSON, and a sentence for each setting that was left out or changed
 * (each naming its layer).
 */
export function importKerasJson(
  text: string,
  where = 'the Keras model',
  options: ImportOptions = {},
): { graph: GraphDocument; warnings: WarningText[] } {
  const model = readModel(text, where);
  const log: ImportLog = { warnings: [], strict: options.strict ?? false };
  const drafts =
    model.class_name === 'Sequential'
      ? readSequential(model, where, log)
      : readFunctional(model, where, log);
  const graph = toGraph(drafts);
  checkBatchNormAxes(graph, drafts, where, log);
  return { graph, warnings: distinctWarnings(log.warnings) };
}

function readModel(text: string, where: string): KerasModel {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new KerasJsonError(
      'not-json',
      said('error_keras_not_json', { where: placeStart(where), detail: (e as Error).message }),
    );
  }
  // A TensorFlow.js model.json (and Keras' H5 model_config) wraps the same object.
  if (isObject(value) && isObject(value.modelTopology)) {
    const topology = value.modelTopology;
    value = isObject(topology.model_config) ? topology.model_config : topology;
  }
  if (isObject(value)) foldHardSigmoid(value);
  if (!isObject(value) || typeof value.class_name !== 'string' || value.config === undefined) {
    throw new KerasJsonError(
      'not-a-model',
      said('error_keras_not_model', { where: placeStart(where) }),
    );
  }
  if (!MODEL_CLASSES.includes(value.class_name)) {
    throw new KerasJsonError(
      'not-a-model',
      said('error_keras_not_model_class', { where: placeStart(where), kind: value.class_name }),
    );
  }
  return value as unknown as KerasModel;
}

function layerEntries(config: unknown, where: string): JsonObject[] {
  // Keras before 2.2.5 wrote a Sequential's config as the bare list of layers.
  const layers = Array.isArray(config) ? config : isObject(config) ? config.layers : undefined;
  if (!Array.isArray(layers))
    throw new KerasJsonError(
      'not-a-model',
      said('error_keras_no_layers', { where: placeStart(where) }),
    );
  return layers.map((entry, i) => {
    if (!isObject(entry) || typeof entry.class_name !== 'string')
      throw new KerasJsonError(
        'not-a-model',
        refusal(where, said('error_keras_no_class_name', { number: i + 1 })),
      );
    return entry;
  });
}

function readLayer(entry: JsonObject, where: string, log: ImportLog, names: Set<string>): Draft {
  const className = entry.class_name as string;
  const config = isObject(entry.config) ? entry.config : {};
  const written = typeof entry.name === 'string' ? entry.name : config.name;
  const kind = KIND_OF_CLASS.get(className);
  if (!kind) {
    const layer =
      typeof written === 'string'
        ? said('error_keras_layer_named', { name: written })
        : said('error_keras_layer_number', { number: names.size + 1 });
    const nested = MODEL_CLASSES.includes(className) ? said('error_keras_nested_model') : '';
    throw new KerasJsonError(
      'unsupported-layer',
      refusal(
        where,
        said('error_keras_unsupported_class', { layer, className, nested, supported: SUPPORTED }),
      ),
    );
  }
  const name =
    typeof written === 'string' ? written : freeName(LAYERS[kind].kerasClass.toLowerCase(), names);
  if (names.has(name))
    throw new KerasJsonError('bad-graph', refusal(where, said('error_keras_same_name', { name })));
  names.add(name);
  const reader = new ConfigReader(config, kind, name, where, log);
  if (config.trainable === false) reader.warn(said('error_kwarn_frozen'));
  const dtype = dtypeName(config.dtype);
  if (dtype && dtype !== 'float32') reader.warn(said('error_kwarn_dtype', { dtype }));
  const params = CODECS[kind].read(reader) as Record<string, unknown>;
  reader.finish();
  return { name, kind, params, inputs: [], axis: reader.axis };
}

function dtypeName(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (isObject(v) && isObject(v.config) && typeof v.config.name === 'string') return v.config.name;
  return undefined;
}

function freeName(base: string, names: Set<string>): string {
  if (!names.has(base)) return base;
  for (let i = 1; ; i++) if (!names.has(`${base}_${i}`)) return `${base}_${i}`;
}

function readSequential(model: KerasModel, where: string, log: ImportLog): Draft[] {
  const entries = layerEntries(model.config, where);
  if (!entries.length)
    throw new KerasJsonError(
      'bad-graph',
      said('error_keras_no_layers_sequential', { where: placeStart(where) }),
    );
  const names = new Set<string>();
  const drafts = entries.map((entry) => readLayer(entry, where, log, names));
  drafts.forEach((d, i) => {
    if (d.kind === 'Input' && i > 0)
      throw new KerasJsonError(
        'bad-graph',
        refusal(where, said('error_keras_input_not_first', { name: d.name })),
      );
    if (LAYERS[d.kind].inputs.min > 1)
      throw new KerasJsonError(
        'bad-graph',
        refusal(
          where,
          said('error_keras_merge_in_sequential', { layer: layerText(d.kind, d.name) }),
        ),
      );
  });
  if (drafts[0].kind !== 'Input')
    drafts.unshift(sequentialInput(model, entries[0], drafts[0].name, where, log, names));
  drafts.forEach((d, i) => (d.inputs = i ? [drafts[i - 1].name] : []));
  return drafts;
}

/** A Sequential without an InputLayer: the shape is on the first layer, or where `build()` left it. */
function sequentialInput(
  model: KerasModel,
  first: JsonObject,
  firstName: string,
  where: string,
  log: ImportLog,
  names: Set<string>,
): Draft {
  const name = freeName(`${firstName}_input`, names);
  names.add(name);
  const reader = new ConfigReader({}, 'Input', name, where, log);
  const firstConfig = isObject(first.config) ? first.config : {};
  const config = isObject(model.config) ? (model.config as unknown as JsonObject) : {};
  const candidates: [string, Json | undefined][] = [
    ['batch_input_shape', firstConfig.batch_input_shape],
    ['batch_shape', firstConfig.batch_shape],
    ['build_input_shape', config.build_input_shape],
    ['build_config', model.build_config?.input_shape],
    ['build_config', isObject(first.build_config) ? first.build_config.input_shape : undefined],
  ];
  for (const [key, value] of candidates) {
    const shape = reader.inputShape(key, value);
    if (shape) return { name, kind: 'Input', params: { shape }, inputs: [] };
  }
  throw new KerasJsonError(
    'no-input-shape',
    said('error_keras_no_input_shape', { where: placeStart(where) }),
  );
}

function readFunctional(model: KerasModel, where: string, log: ImportLog): Draft[] {
  const entries = layerEntries(model.config, where);
  const names = new Set<string>();
  const drafts = entries.map((entry) => {
    const draft = readLayer(entry, where, log, names);
    draft.inputs = inboundLayers(entry, draft, where);
    return draft;
  });
  for (const d of drafts)
    for (const source of d.inputs)
      if (!names.has(source))
        throw new KerasJsonError(
          'bad-graph',
          refusal(
            where,
            said('error_keras_unknown_source', { layer: layerText(d.kind, d.name), source }),
          ),
        );
  const config = isObject(model.config) ? (model.config as unknown as JsonObject) : {};
  for (const key of ['input_layers', 'output_layers']) {
    for (const ref of historyRefs(config[key]))
      if (!names.has(ref[0]))
        throw new KerasJsonError(
          'bad-graph',
          refusal(where, said('error_keras_unknown_end', { key, name: ref[0] })),
        );
  }
  const loop = layersOnLoops(drafts);
  if (loop.length)
    throw new KerasJsonError(
      'bad-graph',
      refusal(
        where,
        said('error_keras_loop', { names: loop.map((d) => `'${d.name}'`).join(', ') }),
      ),
    );
  return drafts;
}

/** The layer names one call of a layer reads, from either layout of `inbound_nodes`. */
function inboundLayers(entry: JsonObject, draft: Draft, where: string): string[] {
  const nodes = entry.inbound_nodes;
  const layer = layerText(draft.kind, draft.name);
  if (nodes === undefined || nodes === null) return [];
  if (!Array.isArray(nodes))
    throw new KerasJsonError(
      'bad-graph',
      refusal(where, said('error_keras_inbound_not_list', { layer, value: show(nodes) })),
    );
  if (nodes.length > 1)
    throw new KerasJsonError(
      'bad-graph',
      refusal(where, said('error_keras_shared_layer', { layer, count: nodes.length })),
    );
  if (!nodes.length) return [];
  const node = nodes[0];
  // Keras 3 keeps the call's arguments; tf.keras 2 lists [layer, node, tensor, kwargs] (or one of them).
  const refs =
    isObject(node) && 'args' in node ? historyRefs([node.args, node.kwargs]) : historyRefs(node);
  if (!refs.length)
    throw new KerasJsonError(
      'bad-graph',
      refusal(where, said('error_keras_inbound_empty', { layer })),
    );
  for (const [source, nodeIndex, tensorIndex] of refs)
    if (nodeIndex !== 0 || tensorIndex !== 0)
      throw new KerasJsonError(
        'bad-graph',
        refusal(
          where,
          said('error_keras_reads_other_output', {
            layer,
            tensor: tensorIndex,
            node: nodeIndex,
            source,
          }),
        ),
      );
  return refs.map((r) => r[0]);
}

type Ref = [string, number, number];

/** Every tensor reference in a structure: `[name, node, tensor, ...]` lists or Keras 3 `__keras_tensor__`s. */
function historyRefs(value: Json | undefined, out: Ref[] = []): Ref[] {
  const isRef = (v: Json[]) =>
    v.length >= 3 &&
    typeof v[0] === 'string' &&
    typeof v[1] === 'number' &&
    typeof v[2] === 'number';
  if (Array.isArray(value)) {
    if (isRef(value)) out.push([value[0] as string, value[1] as number, value[2] as number]);
    else for (const v of value) historyRefs(v, out);
  } else if (isObject(value)) {
    if (value.class_name === '__keras_tensor__')
      historyRefs(isObject(value.config) ? value.config.keras_history : null, out);
    else for (const v of Object.values(value)) historyRefs(v, out);
  }
  return out;
}

/**
 * The layers on a loop: Kahn's algorithm from the inputs leaves the loops and what hangs below them;
 * peeling layers that feed nothing left over then leaves the loops.
 */
function layersOnLoops(drafts: Draft[]): Draft[] {
  const indegree = new Map(drafts.map((d) => [d.name, d.inputs.length]));
  const queue = drafts.filter((d) => !d.inputs.length);
  const done = new Set<string>();
  while (queue.length) {
    const d = queue.shift()!;
    done.add(d.name);
    for (const next of drafts)
      for (const source of next.inputs)
        if (source === d.name) {
          indegree.set(next.name, indegree.get(next.name)! - 1);
          if (indegree.get(next.name) === 0) queue.push(next);
        }
  }
  let left = drafts.filter((d) => !done.has(d.name));
  for (;;) {
    const feeding = new Set(left.flatMap((d) => d.inputs));
    const kept = left.filter((d) => feeding.has(d.name));
    if (kept.length === left.length) return left;
    left = kept;
  }
}

/** Builds the document; positions go top to bottom by depth (longest path from the input). */
function toGraph(drafts: Draft[]): GraphDocument {
  const id = new Map(drafts.map((d, i) => [d.name, `n${i}`]));
  const depth = new Map<string, number>();
  const depthOf = (d: Draft): number => {
    if (!depth.has(d.name)) {
      const sources = d.inputs.map((name) => drafts.find((x) => x.name === name)!);
      depth.set(d.name, sources.length ? Math.max(...sources.map(depthOf)) + 1 : 0);
    }
    return depth.get(d.name)!;
  };
  const rows = new Map<number, Draft[]>();
  for (const d of drafts) rows.set(depthOf(d), [...(rows.get(depthOf(d)) ?? []), d]);
  const position = (d: Draft) => {
    const row = rows.get(depthOf(d))!;
    return { x: (row.indexOf(d) - (row.length - 1) / 2) * COLUMN, y: depthOf(d) * ROW };
  };
  return parseGraph({
    version: GRAPH_VERSION,
    nodes: drafts.map((d) => ({
      id: id.get(d.name),
      kind: d.kind,
      name: d.name,
      params: d.params,
      position: position(d),
    })),
    edges: drafts.flatMap((d) =>
      d.inputs.map((source) => ({ source: id.get(source), target: id.get(d.name) })),
    ),
  });
}

/** LayerLab normalizes the last axis; Keras writes it as -1 or, once built, as its index counting the batch. */
function checkBatchNormAxes(
  graph: GraphDocument,
  drafts: Draft[],
  where: string,
  log: ImportLog,
): void {
  const analysis = analyzeGraph(graph);
  drafts.forEach((d, i) => {
    if (d.kind !== 'BatchNormalization' || d.axis === undefined || d.axis === -1) return;
    const axes = Array.isArray(d.axis) ? d.axis : [d.axis];
    const source = graph.edges.find((e) => e.target === graph.nodes[i].id)?.source;
    const rank = source ? analysis.nodes[source]?.shape?.length : undefined;
    if (axes.length === 1 && (axes[0] === -1 || axes[0] === rank)) return;
    if (rank === undefined && axes.length === 1) return;
    const layer = layerText('BatchNormalization', d.name);
    const axis = JSON.stringify(d.axis);
    reportChange(
      log,
      where,
      layer,
      said('error_kwarn_batchnorm_axis', { axis }),
      said('error_keras_batchnorm_axis', { layer, axis }),
    );
  });
}
