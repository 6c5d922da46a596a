/**
 * Starts trainer processes. In Node (CLI, browser host) a forked process; the Electron host passes its
 * own `TrainerPort` factory built on utilityProcess.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BackendReport } from '../contract/api.ts';
import type { DatasetInfo, DatasetRef } from '../contract/datasets.ts';
import type { BackendPreference } from './backend.ts';
import { EngineError } from './errors.ts';
import { said } from '../contract/errors.ts';
import { bundledTrainerEntry } from './trainer-bundle.ts';
import type { ExitProblem, TrainerMessage, TrainerPort, TrainerRequest } from './protocol.ts';

/**
 * The trainer entry: in a built app the .js next to this module; from a checkout the bundled trainer
 * (trainer-bundle.ts), or the .ts source under tsx where the bundle cannot be had.
 */
export function defaultTrainerEntry(): string {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const next = fileURLToPath(new URL(`./trainer-process${ext}`, import.meta.url));
  return ext === '.ts' ? (bundledTrainerEntry() ?? next) : next;
}

export interface ForkedTrainer extends TrainerPort {
  readonly pid: number | undefined;
}

export function forkTrainer(
  entry = defaultTrainerEntry(),
  env: NodeJS.ProcessEnv = process.env,
): ForkedTrainer {
  const execArgv = entry.endsWith('.ts') ? ['--import', import.meta.resolve('tsx')] : [];
  const child = fork(entry, [], {
    execArgv,
    env,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let finished = false;
  return {
    get pid() {
      return child.pid;
    },
    send(request: TrainerRequest) {
      if (child.connected) child.send(request);
    },
    onMessage(listener: (m: TrainerMessage) => void) {
      child.on('message', (m) => {
        const message = m as TrainerMessage;
        if (message.type === 'done' || message.type === 'error') finished = true;
        listener(message);
      });
    },
    onExit(listener: (problem: ExitProblem) => void) {
      child.on('exit', (code, signal) => {
        if (finished) return listener(null);
        const how = signal
          ? said('error_trainer_how_killed', { signal })
          : said('error_trainer_how_exited', { code: String(code) });
        const tail = stderr.trim().split('\n').slice(-3).join(' | ');
        listener(
          tail
            ? said('error_trainer_stopped_said', { how, tail })
            : said('error_trainer_stopped', { how }),
        );
      });
      child.on('error', (e) => listener(said('error_trainer_no_start', { detail: e.message })));
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/** One request to a fresh trainer process, answered by one message; the process is then ended. */
function ask<T>(
  spawn: () => TrainerPort,
  request: TrainerRequest,
  pick: (m: TrainerMessage) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const port = spawn();
    port.onMessage((m) => {
      const value = pick(m);
      if (value !== undefined) resolve(value);
      else if (m.type === 'error')
        reject(new EngineError(m.error.code, m.error.message, { file: m.error.file }));
      else return;
      port.kill();
    });
    port.onExit((problem) =>
      reject(new EngineError('trainer-crashed', problem ?? said('error_trainer_no_answer'))),
    );
    port.send(request);
  });
}

/** Asks a fresh trainer process which backend it would use (the host's own process has no TF.js). */
export function probeBackend(
  spawn: () => TrainerPort,
  backend?: BackendPreference,
): Promise<BackendReport> {
  return ask(spawn, { type: 'probe', backend }, (m) =>
    m.type === 'backend' ? m.backend : undefined,
  );
}

/**
 * Describes a dataset by loading it in a trainer process, so a host (Electron's main process above
 * all) never blocks on reading and decoding a large set.
 */
export function describeDataset(
  spawn: () => TrainerPort,
  ref: DatasetRef,
  dataDirs: string[],
): Promise<DatasetInfo> {
  return ask(spawn, { type: 'describe', ref, dataDirs }, (m) =>
    m.type === 'described' ? m.info : undefined,
  );
}

/** A dataset's description and its first `count` training examples, loaded in a trainer process. */
export function datasetSamples(
  spawn: () => TrainerPort,
  ref: DatasetRef,
  dataDirs: string[],
  count: number,
): Promise<{ info: DatasetInfo; examples: Float32Array[] }> {
  return ask(spawn, { type: 'samples', ref, dataDirs, count }, (m) =>
    m.type === 'samples' ? m : undefined,
  );
}

/** Scores stored weights on the lab's dataset's test set in a trainer process (`evaluateRun`). */
export function evaluateInTrainer(
  spawn: () => TrainerPort,
  request: Extract<TrainerRequest, { type: 'evaluate' }>,
): Promise<Extract<TrainerMessage, { type: 'evaluated' }>> {
  return ask(spawn, request, (m) => (m.type === 'evaluated' ? m : undefined));
}
