/**
 * LayerLab's engine builds Keras 3's hard_sigmoid from stock TensorFlow.js layers (engine/build-model.ts):
 * the layer with a linear activation, a Rescaling by 5/6 and an Activation('hard_sigmoid'), which is
 * Keras 2's 0.2 x + 0.5. A TensorFlow.js model.json LayerLab exported says so; this folds each such
 * pair back into its layer's activation, so the file imports as the graph it was built from.
 */
import { isObject, type Json, type JsonObject } from './format.ts';

const SCALE = 5 / 6;

function inboundNames(layer: JsonObject): string[] {
  const names: string[] = [];
  const walk = (v: Json) => {
    if (!Array.isArray(v)) return;
    if (typeof v[0] === 'string' && typeof v[1] === 'number') names.push(v[0]);
    else v.forEach(walk);
  };
  walk(layer.inbound_nodes ?? null);
  return names;
}

/** Every `[name, node, tensor, ...]` reference to `from` in `v`, renamed `to`. */
function rename(v: Json, from: string, to: string): void {
  if (!Array.isArray(v)) {
    if (isObject(v)) Object.values(v).forEach((x) => rename(x, from, to));
    return;
  }
  if (v[0] === from && typeof v[1] === 'number') v[0] = to;
  else v.forEach((x) => rename(x, from, to));
}

/** Folds the pairs in place; only in a TensorFlow.js topology (`keras_version: 'tfjs-layers ...'`). */
export function foldHardSigmoid(topology: JsonObject): void {
  const version = topology.keras_version;
  const config = topology.config;
  if (typeof version !== 'string' || !version.startsWith('tfjs-layers') || !isObject(config))
    return;
  const layers = config.layers;
  if (!Array.isArray(layers)) return;
  const byName = new Map<string, JsonObject>();
  for (const l of layers) if (isObject(l) && typeof l.name === 'string') byName.set(l.name, l);
  for (const scale of [...byName.values()]) {
    const c = scale.config;
    if (scale.class_name !== 'Rescaling' || !isObject(c)) continue;
    if (typeof c.scale !== 'number' || Math.abs(c.scale - SCALE) > 1e-9 || c.offset) continue;
    const from = inboundNames(scale);
    const producer = from.length === 1 ? byName.get(from[0]) : undefined;
    const users = [...byName.values()].filter((l) =>
      inboundNames(l).includes(scale.name as string),
    );
    const act = users.length === 1 ? users[0] : undefined;
    if (!producer || !isObject(producer.config) || producer.config.activation !== 'linear')
      continue;
    if (act?.class_name !== 'Activation' || !isObject(act.config)) continue;
    if (act.config.activation !== 'hard_sigmoid') continue;
    producer.config.activation = 'hard_sigmoid';
    config.layers = (config.layers as Json[]).filter((l) => l !== scale && l !== act);
    byName.delete(scale.name as string);
    byName.delete(act.name as string);
    rename(config, act.name as string, producer.name as string);
  }
}
