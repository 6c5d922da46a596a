/**
 * Runs trainers and keeps the run store current: one trainer process per run, every epoch written as
 * it arrives, a crashed trainer recorded as a failed run (the caller survives), and events fanned out
 * to whoever listens (the CLI's progress bar, the hosts' UI channel).
 */
import { randomUUID } from 'node:crypto';
import type { BackendReport, ErrorInfo, RunEvent, RunRequest, RunStatus, RunSummary } from '../contract/api.ts';
import type { DatasetRef } from '../contract/datasets.ts';
import { DocumentError } from '../contract/graph.ts';
import { parseLab } from '../contract/lab.ts';
import { analyzeGraph } from '../contract/validate.ts';
import type { RunStore, RunTags } from '../store/run-store.ts';
import type { BackendPreference } from './backend.ts';
import { EngineError } from './errors.ts';
import type { TrainerPort } from './protocol.ts';
import { defaultMaxTrainers, TrainerQueue, type QueuedPort } from './trainer-queue.ts';

export interface RunOutcome {
  runId: string;
  status: RunStatus;
  summary: RunSummary;
  backend: BackendReport | null;
  error: ErrorInfo | null;
  tensors: { before: number; after: number } | null;
}

interface ActiveRun {
  port: QueuedPort;
  status: RunStatus;
  done: Promise<RunOutcome>;
  /** Ends a run still waiting for a trainer as 'stopped'. */
  cancel: () => void;
}

export function datasetIdOf(ref: DatasetRef): string {
  switch (ref.kind) {
    case 'builtin':
      return ref.name;
    case 'synthetic':
      return `synthetic:${ref.shape}`;
    case 'file':
      return ref.path;
  }
}

export interface RunManagerOptions {
  store: RunStore;
  dataDirs: string[];
  spawnTrainer: () => TrainerPort;
  backend?: BackendPreference;
  progressIntervalMs?: number;
  /** Trainer processes at once; more runs wait as 'queued'. Default: `defaultMaxTrainers()`. */
  maxConcurrent?: number;
}

export class RunManager {
  private readonly active = new Map<string, ActiveRun>();
  private readonly listeners = new Set<(e: RunEvent) => void>();
  private readonly trainers: TrainerQueue;

  constructor(private readonly options: RunManagerOptions) {
    this.trainers = new TrainerQueue(options.maxConcurrent ?? defaultMaxTrainers());
  }

  onRunEvent(listener: (e: RunEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: RunEvent) {
    for (const l of this.listeners) l(e);
  }

  /**
   * Validates the request again (the UI is not trusted), records the run and starts its trainer, or
   * queues it ('queued') while `maxConcurrent` trainers run. Returns at once; `done` settles when the
   * run ends, however it ends.
   */
  startRun(request: RunRequest, tags?: RunTags, options: { threads?: number } = {}): { runId: string; done: Promise<RunOutcome> } {
    let lab;
    try {
      lab = parseLab(request.lab, 'the lab');
    } catch (e) {
      throw new EngineError('invalid-lab', (e as DocumentError).message);
    }
    const analysis = analyzeGraph(lab.graph);
    if (!analysis.ok) {
      const first = analysis.issues[0];
      throw new EngineError('invalid-graph', first.message, { nodeId: first.nodeId });
    }
    const { store } = this.options;
    const runId = randomUUID();
    const name = request.name?.trim() || `${lab.name} #${store.countRuns() + 1}`;
    store.createRun({ id: runId, name, lab, datasetId: datasetIdOf(lab.dataset), tags });

    let entry: ActiveRun | undefined;
    const port = this.trainers.port(this.options.spawnTrainer, () => entry && setStatus('running'));
    let backend: BackendReport | null = null;
    let error: ErrorInfo | null = null;
    let tensors: RunOutcome['tensors'] = null;
    let settled = false;
    const active: ActiveRun = { port, status: port.queued ? 'queued' : 'running', done: null as never, cancel: () => {} };
    entry = active;
    const setStatus = (status: RunStatus) => {
      active.status = status;
      store.setStatus(runId, status);
      this.emit({ type: 'status', runId, status });
    };

    active.done = new Promise<RunOutcome>((resolve) => {
      const finish = (status: RunStatus, extra: { stoppedEpoch?: number | null; seconds?: number } = {}) => {
        if (settled) return;
        settled = true;
        store.finish(runId, status, error, extra);
        this.active.delete(runId);
        port.kill();
        const summary = store.getRun(runId)!;
        const { lab: _lab, metrics: _metrics, ...run } = summary;
        this.emit({ type: 'status', runId, status });
        this.emit({ type: 'finished', runId, run });
        resolve({ runId, status, summary: run, backend, error, tensors });
      };
      active.cancel = () => finish('stopped');
      port.onMessage((m) => {
        switch (m.type) {
          case 'backend':
            backend = m.backend;
            store.setBackend(runId, m.backend.name);
            break;
          case 'started':
            store.setStarted(runId, { backend: backend!.name, totalParams: m.totalParams, datasetId: m.dataset.id });
            this.emit({
              type: 'started',
              runId,
              dataset: m.dataset,
              backend: backend!,
              stepsPerEpoch: m.stepsPerEpoch,
              epochs: m.epochs,
              trainCount: m.trainCount,
              validationCount: m.validationCount,
              totalParams: m.totalParams,
            });
            break;
          case 'progress': {
            const { type: _t, ...p } = m;
            this.emit({ type: 'progress', runId, ...p });
            break;
          }
          case 'epoch':
            store.addEpoch(runId, m.metrics);
            this.emit({ type: 'epoch', runId, metrics: m.metrics });
            break;
          case 'paused':
            setStatus('paused');
            break;
          case 'resumed':
            setStatus('running');
            break;
          case 'done':
            tensors = m.tensors;
            store.saveModel(runId, {
              modelTopology: m.model.modelTopology,
              weightSpecs: m.model.weightSpecs,
              weightData: new Uint8Array(m.model.weightData),
            });
            finish(m.status, { stoppedEpoch: m.stoppedEpoch, seconds: m.seconds });
            break;
          case 'error':
            error = m.error;
            finish('failed');
            break;
        }
      });
      port.onExit((problem) => {
        if (settled) return;
        error = { code: 'trainer-crashed', message: problem ?? 'The trainer process ended without a result.' };
        finish('failed');
      });
    });
    this.active.set(runId, active);
    if (active.status === 'queued') store.setStatus(runId, 'queued');
    port.send({
      type: 'start',
      runId,
      lab,
      dataDirs: this.options.dataDirs,
      backend: this.options.backend,
      threads: options.threads,
      progressIntervalMs: this.options.progressIntervalMs,
    });
    this.emit({ type: 'status', runId, status: active.status });
    return { runId, done: active.done };
  }

  private get(runId: string, queuedToo = false): ActiveRun {
    const run = this.active.get(runId);
    if (!run) throw new EngineError('not-running', `Run ${runId} is not running (it may have finished already).`);
    if (run.port.queued && !queuedToo) throw new EngineError('not-running', `Run ${runId} is waiting for a free trainer (${this.trainers.max} train at once); stop it, or wait until it starts.`);
    return run;
  }

  pauseRun(runId: string): void {
    this.get(runId).port.send({ type: 'pause' });
  }

  resumeRun(runId: string): void {
    this.get(runId).port.send({ type: 'resume' });
  }

  /**
   * Asks the trainer to stop after the current batch; the run keeps its epochs and weights. A run
   * still queued leaves the queue as 'stopped' and never starts a trainer.
   */
  stopRun(runId: string): void {
    const run = this.get(runId, true);
    if (run.port.queued) run.cancel();
    else run.port.send({ type: 'stop' });
  }

  isActive(runId: string): boolean {
    return this.active.has(runId);
  }

  /** Stops every run and waits for them (app quit). */
  async stopAll(): Promise<void> {
    const runs = [...this.active.entries()];
    // The queued first, so none of them takes a slot the others free.
    for (const [id, run] of runs) if (run.port.queued) this.stopRun(id);
    for (const [id, run] of runs) if (!run.port.queued && this.active.has(id)) this.stopRun(id);
    await Promise.all(runs.map(([, r]) => r.done));
  }
}
