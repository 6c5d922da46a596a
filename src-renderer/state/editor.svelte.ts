/**
 * The lab being edited: its history (every edit is a named action from `lib/actions.ts`), the
 * selection, and the live analysis the canvas and inspector show: shapes, parameter counts, and
 * the engine's own sentences for whatever is wrong, at the layer at fault.
 */
import { checkCompatibility } from '../../src-main/contract/compat.ts';
import type { DatasetInfo, DatasetRef } from '../../src-main/contract/datasets.ts';
import type { AnyGraphNode } from '../../src-main/contract/graph.ts';
import type { Work } from '../../src-main/contract/guide.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { analyzeGraph, type GraphIssue } from '../../src-main/contract/validate.ts';
import { ROW, copyClip, type ActionName, type ActionPayload, type Clip } from '../lib/actions.ts';
import { layoutMissing } from '../lib/flow-sync.ts';
import { createHistory, record } from '../lib/history.ts';
import { edit, redoEdit, undoEdit, type Doc, type Moved } from '../lib/lab-history.ts';
import { blankLab } from '../lib/templates.ts';
import { readStored, writeStored } from './stored.ts';

const TEACHER_MODE_KEY = 'layerlab.teacherMode';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export class EditorState {
  private history = $state.raw(createHistory<Doc>({ lab: blankLab(), path: null }));
  readonly lab = $derived(this.history.present.lab);
  /** The file this lab was opened from or saved to. */
  readonly path = $derived(this.history.present.path);
  readonly canUndo = $derived(this.history.past.length > 0);
  readonly canRedo = $derived(this.history.future.length > 0);

  selection = $state.raw<string[]>([]);
  edgeSelection = $state.raw<string[]>([]);
  /** The lab as it is on disk at `path`; `dirty` compares by identity (documents are immutable). */
  private saved = $state.raw<LabFile | null>(this.history.present.lab);
  readonly dirty = $derived(this.lab !== this.saved);
  /** Bumped when a whole lab is loaded, so the canvas can fit it into view. */
  loads = $state(0);
  /** A layer the canvas should bring into view (one added from the palette or the keyboard). */
  reveal = $state.raw<{ id: string } | null>(null);

  /** The description of the lab's dataset, once the host has loaded it. */
  dataset = $state.raw<{ ref: string; info: DatasetInfo | null; error: string | null } | null>(
    null,
  );

  readonly analysis = $derived(analyzeGraph(this.lab.graph));
  readonly datasetInfo = $derived(
    this.dataset && this.dataset.ref === JSON.stringify(this.lab.dataset)
      ? this.dataset.info
      : null,
  );
  readonly compatIssues = $derived<GraphIssue[]>(
    this.datasetInfo && this.analysis.ok
      ? checkCompatibility(this.lab.graph, this.datasetInfo, this.lab.training)
      : [],
  );
  /** Every problem, the graph's first, then the data's; what Train refuses on. */
  readonly issues = $derived([...this.analysis.issues, ...this.compatIssues]);
  readonly issuesByNode = $derived.by(() => {
    const out: Record<string, GraphIssue[]> = {};
    for (const i of this.issues) if (i.nodeId) (out[i.nodeId] ??= []).push(i);
    return out;
  });
  readonly nodeById = $derived(new Map(this.lab.graph.nodes.map((n) => [n.id, n])));
  readonly selectedNode = $derived<AnyGraphNode | null>(
    this.selection.length === 1 ? (this.nodeById.get(this.selection[0]) ?? null) : null,
  );
  /** Layers in model order (Input first), for moving the selection with the arrow keys. */
  readonly order = $derived(
    this.analysis.order.length === this.lab.graph.nodes.length
      ? this.analysis.order
      : [...this.lab.graph.nodes]
          .sort((a, b) => (a.position?.y ?? 0) - (b.position?.y ?? 0))
          .map((n) => n.id),
  );

  private clipboard: Clip | null = null;

  /** Teacher mode: the guide is edited and locks are set, not enforced. A window's preference. */
  teacherMode = $state<boolean>(readStored(TEACHER_MODE_KEY, false));
  /** Says why an edit was refused (the app shows it as a notice). */
  onRefuse: (message: string) => void = () => {};

  setTeacherMode(on: boolean): void {
    this.teacherMode = on;
    writeStored(TEACHER_MODE_KEY, on);
  }

  /** Every edit, undo and redo passes here: a student's change of a locked part stops (lab-history). */
  private move(moved: Moved): boolean {
    if (moved.refused) this.onRefuse(moved.refused);
    if (moved.history === this.history) return false;
    this.history = moved.history;
    if (moved.selection) this.select(moved.selection, []);
    else this.prune();
    return true;
  }

  /** Applies a named edit. Edits with the same `mergeKey` in quick succession are one undo step. */
  run<A extends ActionName>(
    name: A,
    payload: ActionPayload<A>,
    mergeKey: string | null = null,
  ): void {
    this.move(edit(this.history, name, payload, { mergeKey, teacher: this.teacherMode }));
  }

  undo(): void {
    this.move(undoEdit(this.history, this.teacherMode));
  }

  redo(): void {
    this.move(redoEdit(this.history, this.teacherMode));
  }

  /**
   * The student's work (answers, ticks, name) goes into every version of the lab, outside the undo
   * history: typing an answer is not an undo step, and undoing a model edit keeps the answers.
   */
  setWork(work: Work): void {
    const put = (doc: Doc): Doc => ({ ...doc, lab: { ...doc.lab, work } });
    const h = this.history;
    this.history = {
      ...h,
      past: h.past.map(put),
      present: put(h.present),
      future: h.future.map(put),
    };
  }

  /** Starts over with this lab and a fresh history (restoring the autosave on start). */
  load(lab: LabFile, options: { path?: string | null; dirty?: boolean } = {}): void {
    const placed = { ...lab, graph: layoutMissing(lab.graph, ROW) };
    this.history = createHistory<Doc>({ lab: placed, path: options.path ?? null });
    this.saved = options.dirty ? null : placed;
    this.afterLoad();
  }

  /** Puts another lab in (open, template, new) as one undoable step: nothing unsaved is lost. */
  replace(lab: LabFile, path: string | null): void {
    const placed = { ...lab, graph: layoutMissing(lab.graph, ROW) };
    this.history = record(this.history, { lab: placed, path, own: true });
    if (path) this.saved = placed;
    this.afterLoad();
  }

  markSaved(path: string, lab: LabFile): void {
    const present = this.history.present;
    if (present.lab === lab) this.history = { ...this.history, present: { ...present, path } };
    this.saved = lab;
  }

  private afterLoad(): void {
    this.selection = [];
    this.edgeSelection = [];
    this.loads += 1;
  }

  select(nodes: string[], edges: string[] = []): void {
    if (!sameList(nodes, this.selection)) this.selection = nodes;
    if (!sameList(edges, this.edgeSelection)) this.edgeSelection = edges;
  }

  /** Moves the selection to the previous or next layer in model order. */
  step(delta: 1 | -1): string | null {
    const order = this.order;
    if (!order.length) return null;
    const current = this.selection.length
      ? order.indexOf(this.selection[this.selection.length - 1])
      : -1;
    const next =
      current < 0
        ? delta > 0
          ? 0
          : order.length - 1
        : Math.max(0, Math.min(order.length - 1, current + delta));
    this.select([order[next]]);
    return order[next];
  }

  deleteSelection(): void {
    if (this.selection.length || this.edgeSelection.length)
      this.run('deleteItems', { nodeIds: this.selection, edgeIds: this.edgeSelection });
  }

  copy(): Clip | null {
    const clip = copyClip(this.lab, this.selection);
    if (clip) this.clipboard = clip;
    return clip;
  }

  paste(clip: Clip | null = this.clipboard): void {
    if (clip) this.run('paste', { clip });
  }

  setDataset(ref: DatasetRef): void {
    this.run('setDataset', ref);
  }

  /** Drops selections of layers and connections that an undo or an edit removed. */
  private prune(): void {
    const nodes = this.selection.filter((id) => this.nodeById.has(id));
    const edgeIds = new Set(this.lab.graph.edges.map((e) => e.id));
    this.select(
      nodes,
      this.edgeSelection.filter((id) => edgeIds.has(id)),
    );
  }
}
