/**
 * A trained LayerLab model for the export checks: train a lab in a real trainer process into a
 * fresh run store; `predictStored` (predict-stored.ts, re-exported here) predicts with its weights.
 */
import path from 'node:path';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { RunManager, type RunOutcome } from '../../src-main/engine/run-manager.ts';
import { forkTrainer } from '../../src-main/engine/trainer-client.ts';
import { RunStore, type StoredModel } from '../../src-main/store/run-store.ts';
import { withDeadline } from './wait.ts';
export { predictStored } from './predict-stored.ts';

export const SHARED_DATA_DIR = path.resolve(import.meta.dirname, '../../../shared/datasets');

/** Trains `lab` (on the cpu backend, reproducible with the lab's seed) and returns its stored model. */
export async function trainStored(
  lab: LabFile,
  dir: string,
  dataDirs: string[] = [SHARED_DATA_DIR, '/usr/share/datasets'],
): Promise<{ outcome: RunOutcome; model: StoredModel; runId: string; storeFile: string }> {
  const storeFile = path.join(dir, `runs-${Math.random().toString(36).slice(2)}.sqlite`);
  const store = new RunStore(storeFile);
  const manager = new RunManager({
    store,
    dataDirs,
    backend: 'cpu',
    spawnTrainer: () => forkTrainer(),
  });
  try {
    const run = manager.startRun({ lab });
    const outcome = await withDeadline(run.done, `training ${lab.name}`, 600_000);
    const model = store.loadModel(run.runId);
    if (!model) throw new Error(`${lab.name} stored no weights: ${JSON.stringify(outcome)}`);
    return { outcome, model, runId: run.runId, storeFile };
  } finally {
    store.close();
  }
}
