/**
 * A `TrainerPort` over Electron's utilityProcess: the same protocol as the forked Node process of
 * the CLI and the browser host; the trainer entry finds `process.parentPort` on its own.
 */
import type { TrainerMessage, TrainerPort, TrainerRequest } from '../../engine/protocol.ts';
import type { ElectronMain } from './electron-api.ts';

export function utilityTrainer(electron: ElectronMain, entry: string): TrainerPort {
  const child = electron.utilityProcess.fork(entry, [], {
    serviceName: 'LayerLab trainer',
    stdio: 'pipe',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let spawned = false;
  let finished = false;
  let exited = false;
  const queue: TrainerRequest[] = [];
  child.on('spawn', () => {
    spawned = true;
    for (const request of queue.splice(0)) child.postMessage(request);
  });
  child.on('exit', () => {
    exited = true;
  });
  return {
    send(request) {
      if (exited) return;
      if (spawned) child.postMessage(request);
      else queue.push(request);
    },
    onMessage(listener) {
      child.on('message', (m) => {
        const message = m as TrainerMessage;
        if (message.type === 'done' || message.type === 'error') finished = true;
        listener(message);
      });
    },
    onExit(listener) {
      child.on('exit', (code) => {
        if (finished) return listener(null);
        const tail = stderr.trim().split('\n').slice(-3).join(' | ');
        listener(
          `The trainer process exited with code ${code} before the run finished${tail ? `: ${tail}` : ''}.`,
        );
      });
    },
    kill() {
      if (!exited) child.kill();
    },
  };
}
