/**
 * Sweeps that drive several layers with one value, as a course's `build_model(rate)` gives every
 * Dropout the same rate: the choices "+ sweep" offers for a layer's setting (only this layer, every
 * layer of its kind, the hidden ones), the layers a sweep can tick, and the path for a ticked set.
 */
import { m } from '../../src-main/contract/i18n.ts';
import {
  kindSelector,
  layerPath,
  namesSelector,
  selectLayers,
  type GridParam,
} from '../../src-main/contract/grid.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { describePath, layerSweep, type LayerSweep } from './grid-sweep.ts';

export interface SweepChoice extends LayerSweep {
  /** The menu's words: "only dense", "every Dense layer (3)". */
  choice: string;
}

/** A layer whose output goes nowhere: the model's output (Keras courses leave it unregularized). */
const isOutput = (lab: LabFile, id: string) => !lab.graph.edges.some((e) => e.source === id);

/** Whether two sweep paths set the same setting (rate, kernel L2...) of layers in common. */
function overlaps(lab: LabFile, a: string, b: string): boolean {
  const pa = layerPath(a);
  const pb = layerPath(b);
  if (!pa || !pb) return a === b;
  if (pa.param !== pb.param || pa.sub !== pb.sub) return false;
  const la = selectLayers(lab.graph.nodes, pa.selector);
  const lb = selectLayers(lab.graph.nodes, pb.selector);
  if ('problem' in la || 'problem' in lb) return pa.selector === pb.selector;
  return la.layers.some((n) => lb.layers.includes(n));
}

/** The grid's sweeps that set what `path` sets (in at least one layer), but for `except`. */
export const overlappingSweeps = (lab: LabFile, path: string, except?: string): GridParam[] =>
  lab.grid?.params.filter((p) => p.path !== except && overlaps(lab, p.path, path)) ?? [];

/**
 * What "+ sweep" on one layer's setting offers: only this layer; with two or more layers of its
 * kind, every one of them; and when the output layer is one of them, the hidden ones only.
 */
export function sweepChoices(lab: LabFile, path: string): SweepChoice[] {
  const at = layerPath(path);
  const node = at && lab.graph.nodes.find((n) => n.name === at.selector);
  const one = node && layerSweep(node, at.param);
  if (!at || !node || !one) return [];
  const choices: SweepChoice[] = [{ ...one, choice: m.sweep_only({ layer: node.name }) }];
  const same = lab.graph.nodes.filter((n) => n.kind === node.kind);
  if (same.length < 2) return choices;
  const rest = one.path.slice(`layers.${node.name}`.length);
  const choice = (selector: string, words: string): SweepChoice => {
    const p = `layers.${selector}${rest}`;
    return { ...one, path: p, label: describePath(lab, p).label, choice: words };
  };
  choices.push(
    choice(kindSelector(node.kind), m.sweep_every({ kind: node.kind, count: same.length })),
  );
  const hidden = same.filter((n) => !isOutput(lab, n.id));
  if (hidden.length >= 2 && hidden.length < same.length)
    choices.push(
      choice(
        namesSelector(hidden.map((n) => n.name)),
        m.sweep_hidden({ count: hidden.length, kind: node.kind }),
      ),
    );
  return choices;
}

export interface LayerTick {
  name: string;
  ticked: boolean;
  output: boolean;
  /** Another sweep that sets this layer's setting, which keeps it from being ticked here. */
  sweptBy: string | null;
}

/**
 * The layers a sweep could drive (every layer of its kind), which it drives, and which another
 * sweep already drives; null for a training setting, a sweep whose layers are gone, or a kind with
 * one layer (nothing to choose).
 */
export function layerTicks(lab: LabFile, path: string): LayerTick[] | null {
  const at = layerPath(path);
  if (!at) return null;
  const selected = selectLayers(lab.graph.nodes, at.selector);
  if ('problem' in selected) return null;
  const kind = selected.layers[0].kind;
  if (selected.layers.some((n) => n.kind !== kind)) return null;
  const same = lab.graph.nodes.filter((n) => n.kind === kind);
  if (same.length < 2) return null;
  const rest = path.slice(`layers.${at.selector}`.length);
  return same.map((n) => ({
    name: n.name,
    ticked: selected.layers.includes(n),
    output: isOutput(lab, n.id),
    sweptBy: overlappingSweeps(lab, `layers.${n.name}${rest}`, path)[0]?.path ?? null,
  }));
}

/** The path that drives `names` (every layer of the kind when all of them are ticked). */
export function pathForLayers(lab: LabFile, path: string, names: readonly string[]): string {
  const at = layerPath(path)!;
  const rest = path.slice(`layers.${at.selector}`.length);
  const nodes = lab.graph.nodes.filter((n) => names.includes(n.name));
  const same = lab.graph.nodes.filter((n) => n.kind === nodes[0]?.kind);
  const selector =
    nodes.length >= 2 && nodes.length === same.length
      ? kindSelector(nodes[0].kind)
      : namesSelector(nodes.map((n) => n.name));
  return `layers.${selector}${rest}`;
}
