/**
 * What the runs list does with a run's trained model, where the editor has a say: a run's lab put in
 * the editor (its Lab button, or opening its Keras file) is the one its Evaluate and Continue use,
 * so a dataset chosen there, or more epochs, count.
 */
import type { AppContext } from './context.ts';
import { train } from './commands.ts';

/** Puts the run's lab in the editor (one undoable step) and remembers whose it is. */
export async function showRunLab(c: AppContext, id: string): Promise<void> {
  const lab = await c.runs.lab(id);
  if (!lab) return;
  c.editor.replace(lab, null);
  c.runs.editorRun = { runId: id, loads: c.editor.loads };
}

/** True while the editor still holds the lab that came from this run (edited or not). */
export function editorHolds(c: AppContext, id: string): boolean {
  return c.runs.editorRun?.runId === id && c.runs.editorRun.loads === c.editor.loads;
}

/** Scores the run on a test set: the editor's dataset when its lab is there, else its own. */
export function evaluateRun(c: AppContext, id: string): Promise<void> {
  return c.runs.evaluate(id, editorHolds(c, id) ? c.editor.lab.dataset : undefined);
}

/**
 * Trains the run's model again from the weights it ended with: the editor's lab when it is this
 * run's (through the Train button's checks), else the run's own lab as it was trained.
 */
export async function continueTraining(c: AppContext, id: string): Promise<void> {
  const name = `${c.runs.list.find((r) => r.id === id)?.name ?? 'run'} (continued)`;
  if (editorHolds(c, id)) await train(c, { name, initialWeightsFrom: id });
  else await c.runs.continueTraining(id, name);
}
