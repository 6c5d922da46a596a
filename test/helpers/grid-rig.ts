/**
 * A grid runner over its own run store, as the CLI and the hosts wire one: for the process tests of
 * grids, local or on a pool. Trainers are forked on the cpu backend.
 */
import { GridRunner } from '../../src-main/engine/grid-runner.ts';
import { RunManager } from '../../src-main/engine/run-manager.ts';
import { forkTrainer } from '../../src-main/engine/trainer-client.ts';
import { GridStore } from '../../src-main/store/grid-store.ts';
import { RunStore } from '../../src-main/store/run-store.ts';

export function gridRig(file: string, parallel: number) {
  const store = new RunStore(file);
  const grids = new GridStore(store);
  const runs = new RunManager({
    store,
    dataDirs: [],
    backend: 'cpu',
    spawnTrainer: () => forkTrainer(),
  });
  const runner = new GridRunner(runs, grids, () => parallel);
  return { store, grids, runs, runner };
}
