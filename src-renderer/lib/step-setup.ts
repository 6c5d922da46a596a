/**
 * "Set up this step": the step's model, settings and dataset go into the lab as one edit. It is the
 * lab's own change (lib/locks.ts lists it), so locks do not stop it, and one Undo takes it back.
 */
import { changesText, diffLabs } from '../../src-main/contract/lab-diff.ts';
import type { StepSetup } from '../../src-main/contract/guide.ts';
import { m } from '../../src-main/contract/i18n.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import type { EditResult } from './actions.ts';

/** The lab with the setup's parts in it; the lab itself when the setup changes nothing. */
export function setupLab(lab: LabFile, setup: StepSetup): LabFile {
  const next: LabFile = {
    ...lab,
    graph: setup.graph ?? lab.graph,
    training: setup.training ?? lab.training,
    dataset: setup.dataset ?? lab.dataset,
  };
  const same =
    JSON.stringify([next.graph, next.training, next.dataset]) ===
    JSON.stringify([lab.graph, lab.training, lab.dataset]);
  return same ? lab : next;
}

/** What "Set up this step" changed, in one sentence for the notice. */
export function setupNotice(title: string, before: LabFile, after: LabFile): string {
  if (before === after) return m.guide_setup_nothing({ title });
  const changes = diffLabs(before, after);
  const what = changes.length ? changesText(changes) : m.guide_setup_laid_out();
  return m.guide_setup_done({ title, what });
}

const setUpStep = (lab: LabFile, p: { setup: StepSetup }): EditResult => ({
  lab: setupLab(lab, p.setup),
});

export const STEP_ACTIONS = { setUpStep };
