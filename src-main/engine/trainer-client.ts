/**
 * Starts trainer processes. In Node (CLI, browser host) a forked process; the Electron host passes its
 * own `TrainerPort` factory built on utilityProcess.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BackendReport } from '../contract/api.ts';
import type { TrainerMessage, TrainerPort, TrainerRequest } from './protocol.ts';

/** The trainer entry next to this module: the .ts source under tsx, or the built .js. */
export function defaultTrainerEntry(): string {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return fileURLToPath(new URL(`./trainer-process${ext}`, import.meta.url));
}

export interface ForkedTrainer extends TrainerPort {
  readonly pid: number | undefined;
}

export function forkTrainer(entry = defaultTrainerEntry(), env: NodeJS.ProcessEnv = process.env): ForkedTrainer {
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
    onExit(listener: (problem: string | null) => void) {
      child.on('exit', (code, signal) => {
        if (finished) return listener(null);
        const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
        const tail = stderr.trim().split('\n').slice(-3).join(' | ');
        listener(`The trainer process ${how} before the run finished${tail ? `: ${tail}` : ''}.`);
      });
      child.on('error', (e) => listener(`The trainer process could not start: ${e.message}`));
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

/** Asks a fresh trainer process which backend it would use (the host's own process has no TF.js). */
export function probeBackend(spawn: () => TrainerPort): Promise<BackendReport> {
  return new Promise((resolve, reject) => {
    const port = spawn();
    port.onMessage((m) => {
      if (m.type === 'backend') resolve(m.backend);
      else if (m.type === 'error') reject(new Error(m.error.message));
      else return;
      port.kill();
    });
    port.onExit((problem) => reject(new Error(problem ?? 'The trainer ended before reporting its backend.')));
    port.send({ type: 'probe' });
  });
}
