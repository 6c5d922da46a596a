/**
 * One training of a pool job in the normal trainer process: every message the trainer sends becomes
 * a record of the attempt (the batches' progress becomes its live progress), and the outcome is what
 * the job returns. A training that ends in an error is an outcome too ('failed'), not a retry.
 */
import type { LabFile } from '../../contract/lab.ts';
import type { PoolResult } from '../../contract/pool.ts';
import type { BackendPreference } from '../backend.ts';
import type { TrainerPort } from '../protocol.ts';
import { EngineError } from '../errors.ts';
import { recordOf, type PoolAttempt } from './pool-attempt.ts';

/** How a training ended; 'handed-back': the worker is leaving and the job goes back to the queue. */
export type TrainingOutcome = PoolResult['status'] | 'handed-back';

/** A training in progress, as the worker reaches it (control messages, leaving). */
export interface Training {
  send(action: 'stop' | 'pause' | 'resume'): void;
  handBack(): void;
}

export interface TrainingOptions {
  spawnTrainer: () => TrainerPort;
  dataDirs: string[];
  backend?: BackendPreference;
  threads: number;
  onBackend(label: string): void;
}

export async function trainAttempt(
  jobId: string,
  lab: LabFile,
  attempt: PoolAttempt,
  trainings: Map<string, Training>,
  options: TrainingOptions,
): Promise<TrainingOutcome> {
  const port = options.spawnTrainer();
  let handingBack = false;
  const ended = new Promise<TrainingOutcome>((resolve) => {
    port.onMessage((m) => {
      if (handingBack) return;
      if (m.type === 'progress') {
        const { epoch, batch, batches, loss, accuracy } = m;
        return attempt.live({ epoch, batch, batches, loss, accuracy });
      }
      if (m.type === 'backend') options.onBackend(m.backend.label);
      const record = recordOf(m);
      if (record) void attempt.append(record);
      if (m.type === 'done') resolve(m.status);
      else if (m.type === 'error') resolve('failed');
    });
    port.onExit((problem) => {
      if (handingBack) return resolve('handed-back');
      if (!problem) return;
      const error = new EngineError('trainer-crashed', problem).info();
      void attempt.append({ type: 'error', error });
      resolve('failed');
    });
  });
  trainings.set(jobId, {
    send: (action) => port.send({ type: action }),
    handBack() {
      handingBack = true;
      port.kill();
    },
  });
  port.send({
    type: 'start',
    runId: jobId,
    lab,
    dataDirs: options.dataDirs,
    backend: options.backend,
    threads: options.threads,
  });
  let outcome: TrainingOutcome;
  try {
    outcome = await ended;
  } finally {
    trainings.delete(jobId);
    port.kill();
  }
  if (outcome !== 'handed-back') await attempt.settled();
  return outcome;
}
