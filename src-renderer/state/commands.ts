/**
 * Every command the keyboard, the toolbar and the host's menus can give, in one table, and the keys
 * that give them. A command is a function of the app's state.
 */
import type { AppCommand } from '../../src-main/contract/api.ts';
import { m } from '../../src-main/contract/i18n.ts';
import type { LayerKind } from '../../src-main/contract/layers.ts';
import { issueText } from '../lib/issue-text.ts';
import type { AppContext } from './context.ts';

export type CommandName =
  | AppCommand
  | 'delete'
  | 'duplicate'
  | 'select-next'
  | 'select-previous'
  | 'move-up'
  | 'move-down'
  | 'deselect'
  | 'nudge-left'
  | 'nudge-right'
  | 'nudge-up'
  | 'nudge-down'
  | 'focus-palette';

const NUDGE = 20;

/** Focuses a layer on the canvas, waiting a few frames for a new one to be drawn. */
export function focusLayer(id: string | null, frames = 10): void {
  if (!id) return;
  const el = document.querySelector<HTMLElement>(`.svelte-flow__node[data-id="${CSS.escape(id)}"]`);
  // Svelte Flow keeps a new node hidden until it has measured it, and hidden elements take no focus.
  if (el && getComputedStyle(el).visibility !== 'hidden') el.focus({ preventScroll: true });
  else if (frames > 0) requestAnimationFrame(() => focusLayer(id, frames - 1));
}

function nudge(c: AppContext, dx: number, dy: number): void {
  const positions: Record<string, { x: number; y: number }> = {};
  for (const id of c.editor.selection) {
    const p = c.editor.nodeById.get(id)?.position ?? { x: 0, y: 0 };
    positions[id] = { x: p.x + dx, y: p.y + dy };
  }
  if (Object.keys(positions).length) c.editor.run('moveNodes', { positions }, 'nudge');
}

/** Adds a layer after the selected one (splicing it into the chain), selects and focuses it. */
export function addLayerAfterSelection(c: AppContext, kind: LayerKind): void {
  const after =
    c.editor.selection[c.editor.selection.length - 1] ?? c.editor.order[c.editor.order.length - 1];
  c.editor.run('addLayer', { kind, after });
  const id = c.editor.selection[0] ?? null;
  if (id) c.editor.reveal = { id };
  focusLayer(id);
}

/**
 * Starts training the current lab, or points at the first problem that keeps it from training;
 * `from` continues from a run's trained weights.
 */
export async function train(
  c: AppContext,
  from?: { name: string; initialWeightsFrom: string },
): Promise<void> {
  if (c.runs.isTraining) return;
  const dataError = c.editor.dataset?.error;
  if (dataError) {
    c.app.sideTab = 'training';
    c.app.report({ code: 'data', message: m.issue_not_ready_to_train({ why: dataError }) });
    return;
  }
  const first = c.editor.issues[0];
  if (first) {
    if (first.nodeId) c.editor.select([first.nodeId]);
    const why = issueText(first);
    c.app.report({ code: 'invalid-graph', message: m.issue_not_ready_to_train({ why }) });
    return;
  }
  await c.runs.start(c.editor.lab, from?.name, from?.initialWeightsFrom);
}

export const COMMANDS: Record<CommandName, (c: AppContext) => void> = {
  'new-lab': (c) => c.files.newLab(),
  'open-lab': (c) => void c.files.showOpen(),
  'save-lab': (c) => void c.files.save(),
  'save-lab-as': (c) => void c.files.showSaveAs(),
  'import-keras-code': (c) => c.kerasCode.showImport(),
  'export-python': (c) => void c.kerasCode.exportScript(),
  undo: (c) => c.editor.undo(),
  redo: (c) => c.editor.redo(),
  train: (c) => void train(c),
  stop: (c) => {
    if (c.runs.activeId && c.runs.isTraining) void c.runs.stop(c.runs.activeId);
  },
  delete: (c) => c.editor.deleteSelection(),
  duplicate: (c) => c.editor.run('duplicate', { nodeIds: c.editor.selection }),
  'select-next': (c) => focusLayer(c.editor.step(1)),
  'select-previous': (c) => focusLayer(c.editor.step(-1)),
  'move-up': (c) =>
    c.editor.selectedNode &&
    c.editor.run('reorder', { nodeId: c.editor.selectedNode.id, direction: 'up' }),
  'move-down': (c) =>
    c.editor.selectedNode &&
    c.editor.run('reorder', { nodeId: c.editor.selectedNode.id, direction: 'down' }),
  deselect: (c) => c.editor.select([], []),
  'nudge-left': (c) => nudge(c, -NUDGE, 0),
  'nudge-right': (c) => nudge(c, NUDGE, 0),
  'nudge-up': (c) => nudge(c, 0, -NUDGE),
  'nudge-down': (c) => nudge(c, 0, NUDGE),
  'focus-palette': () => document.querySelector<HTMLElement>('[data-palette-search]')?.focus(),
};

export function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return (
    el.tagName === 'INPUT' &&
    !['checkbox', 'radio', 'button', 'range'].includes((el as HTMLInputElement).type)
  );
}

/** The command a key press gives, if any. Text fields keep their own keys, except save and train. */
export function shortcutFor(e: KeyboardEvent): CommandName | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod && key === 's') return e.shiftKey ? 'save-lab-as' : 'save-lab';
  if (mod && key === 'o') return 'open-lab';
  if (mod && key === 'Enter') return 'train';
  if (isTextField(e.target)) return null;
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod && key === 'd') return 'duplicate';
  if (mod) return null;
  // Editing keys act on layers only from the canvas or the palette (not from, say, the runs list).
  const el = e.target as HTMLElement | null;
  const inEditor = !el || el.tagName === 'BODY' || !!el.closest?.('[data-editor-keys]');
  if (!inEditor) return null;
  if (e.altKey && key === 'ArrowUp') return 'move-up';
  if (e.altKey && key === 'ArrowDown') return 'move-down';
  if (e.shiftKey && key === 'ArrowLeft') return 'nudge-left';
  if (e.shiftKey && key === 'ArrowRight') return 'nudge-right';
  if (e.shiftKey && key === 'ArrowUp') return 'nudge-up';
  if (e.shiftKey && key === 'ArrowDown') return 'nudge-down';
  if (key === 'ArrowDown' || key === 'j') return 'select-next';
  if (key === 'ArrowUp' || key === 'k') return 'select-previous';
  if (key === 'Delete' || key === 'Backspace') return 'delete';
  if (key === 'Escape') return 'deselect';
  if (key === '/' || key === 'a') return 'focus-palette';
  return null;
}
