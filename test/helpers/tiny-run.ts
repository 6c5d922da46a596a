/** One tiny training run (two epochs of moons) through a given trainer entry and a fresh run store. */
import path from 'node:path';
import type { BackendPreference } from '../../src-main/engine/backend.ts';
import { RunManager, type RunOutcome } from '../../src-main/engine/run-manager.ts';
import { forkTrainer } from '../../src-main/engine/trainer-client.ts';
import { RunStore } from '../../src-main/store/run-store.ts';
import { moons } from './labs.ts';
import { withDeadline } from './wait.ts';

export const tinyLab = moons({ hidden: [16], samples: 300, training: { epochs: 2 } });

/** Trains `tinyLab` in a process forked from `entry`, with its store in `dir`. */
export async function tinyRun(
  entry: string,
  backend: BackendPreference,
  dir: string,
): Promise<RunOutcome> {
  const store = new RunStore(path.join(dir, `${path.basename(entry)}-${backend}.sqlite`));
  const manager = new RunManager({
    store,
    dataDirs: [],
    backend,
    spawnTrainer: () => forkTrainer(entry),
  });
  try {
    return await withDeadline(
      manager.startRun({ lab: tinyLab }).done,
      `a run on ${path.basename(entry)}`,
    );
  } finally {
    store.close();
  }
}
