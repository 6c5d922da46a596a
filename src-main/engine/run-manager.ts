/**
 * Runs trainers and keeps the run store current: one trainer process per run, every epoch (and its
 * insight) written as it arrives, a crashed trainer recorded as a failed run (the caller survives),
 * and events fanned out to whoever listens (the CLI's progress bar, the hosts' UI channel).
 */
import { randomUUID } from 'node:crypto';
import type {
  BackendReport,
  ErrorInfo,
  RunEvent,
  RunRequest,
  RunStatus,
  RunSummary,
} from '../contract/api.ts';
import type { DatasetRef } from '../contract/datasets.ts';
import type { EpochMetrics } from '../contract/training.ts';
import { DocumentError } from '../contract/graph.ts';
import { parseLab } from '../contract/lab.ts';
import { analyzeGraph } from '../contract/validate.ts';
import type { RunStore, RunTags, StoredModel } from '../store/run-store.ts';
import type { BackendPreference } from './backend.ts';
import { EngineError, logIfInternal, notifyAll } from './errors.ts';
import { said, saidIssue } from '../contract/errors.ts';
import { checkModelBudget } from './model-budget.ts';
import { PendingWrites, summaryFromMemory, weightsKeptMessage } from './pending-writes.ts';
import type { TrainerMessage, TrainerPort } from './protocol.ts';
import { defaultMaxTrainers, TrainerQueue, type TrainerSlots } from './trainer-queue.ts';
import { weightsMismatch } from './model-weights.ts';
import { evaluateInTrainer } from './trainer-client.ts';
import type { InitialWeights } from './trainer.ts';
import type { LabFile } from '../contract/lab.ts';
import { insightSummary } from '../contract/insight-words.ts';

export interface RunOutcome {
  runId: string;
  status: RunStatus;
  summary: RunSummary;
  backend: BackendReport | null;
  error: ErrorInfo | null;
  tensors: { before: number; after: number } | null;
}

interface ActiveRun {
  port: TrainerPort;
  status: RunStatus;
  done: Promise<RunOutcome>;
  /** Ends a run still waiting for a trainer as 'stopped'. */
  cancel: () => void;
  /** Asked to stop: a remote fold that goes back to its queue meanwhile ends 'stopped' there. */
  stopping?: boolean;
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
  /** A queue shared with other run managers (a class server's, one view per student). */
  trainers?: TrainerSlots;
}

export class RunManager {
  private readonly active = new Map<string, ActiveRun>();
  private readonly listeners = new Set<(e: RunEvent) => void>();
  private readonly pending: PendingWrites;
  private readonly trainers: TrainerSlots;

  constructor(private readonly options: RunManagerOptions) {
    this.pending = new PendingWrites(options.store);
    this.trainers =
      options.trainers ?? new TrainerQueue(options.maxConcurrent ?? defaultMaxTrainers());
  }

  onRunEvent(listener: (e: RunEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: RunEvent) {
    notifyAll(this.listeners, e, `a listener of run events (${e.type})`);
  }

  /**
   * Validates the request again (the UI is not trusted), records the run and starts its trainer, or
   * queues it ('queued') while `maxConcurrent` trainers run. Returns at once; `done` settles when the
   * run ends, however it ends.
   */
  startRun(
    request: RunRequest,
    tags?: RunTags,
    options: {
      threads?: number;
      /**
       * A trainer elsewhere (a pool's worker: engine/pool) instead of a local process: it takes no
       * local slot, and says itself when it is taken ('taken') or goes back to its queue ('requeued').
       */
      remote?: () => TrainerPort;
    } = {},
  ): { runId: string; done: Promise<RunOutcome> } {
    let lab;
    try {
      lab = parseLab(request.lab, 'the lab');
    } catch (e) {
      throw new EngineError('invalid-lab', (e as DocumentError).words);
    }
    const analysis = analyzeGraph(lab.graph);
    if (!analysis.ok) {
      const first = analysis.issues[0];
      throw new EngineError(
        first.code === 'too-large' ? 'too-large' : 'invalid-graph',
        saidIssue(first),
        { nodeId: first.nodeId },
      );
    }
    checkModelBudget(lab, analysis);
    const initialWeights = request.initialWeightsFrom
      ? this.weightsFor(request.initialWeightsFrom, lab)
      : undefined;
    const { store } = this.options;
    const runId = randomUUID();
    const name = request.name?.trim() || `${lab.name} #${store.countRuns() + 1}`;
    const memory = {
      id: runId,
      name,
      lab,
      datasetId: datasetIdOf(lab.dataset),
      createdAt: new Date().toISOString(),
      metrics: [] as EpochMetrics[],
      totalParams: analysis.totalParams,
      inside: null as string | null,
    };
    store.createRun({
      id: runId,
      name,
      lab,
      datasetId: memory.datasetId,
      tags,
      totalParams: analysis.totalParams,
    });
    if (this.pending.size) this.savePending();

    // A queued run becomes 'running' when its trainer starts (never during this call: it is not active yet).
    const port: TrainerPort = options.remote
      ? options.remote()
      : this.trainers.port(
          this.options.spawnTrainer,
          () => this.active.has(runId) && setStatus('running'),
          {
            label: runId,
            onPlace: (position, waiting) => this.emit({ type: 'queue', runId, position, waiting }),
          },
        );
    let backend: BackendReport | null = null;
    let error: ErrorInfo | null = null;
    let tensors: RunOutcome['tensors'] = null;
    let settled = false;
    // A store that fails mid-run (full, damaged) ends the run: the trainer sends its weights within a batch.
    let storeFailure: ErrorInfo | null = null;
    const failed = (e: unknown) => {
      storeFailure ??= logIfInternal(e, `run ${runId}`);
      if (!settled) port.send({ type: 'stop' });
    };
    const write = (call: () => void) => {
      if (storeFailure) return;
      try {
        call();
      } catch (e) {
        return failed(e);
      }
      if (this.pending.size) this.savePending();
    };
    const active: ActiveRun = {
      port,
      status: port.queued ? 'queued' : 'running',
      done: null as never,
      cancel: () => {},
    };
    const setStatus = (status: RunStatus) => {
      active.status = status;
      write(() => store.setStatus(runId, status));
      this.emit({ type: 'status', runId, status });
    };

    active.done = new Promise<RunOutcome>((resolve) => {
      const finish = (
        trainerStatus: RunStatus,
        extra: { stoppedEpoch?: number | null; seconds?: number } = {},
        model: StoredModel | null = null,
      ) => {
        if (settled) return;
        settled = true;
        this.active.delete(runId);
        port.kill();
        // What the row says once the store takes it; until then the run is 'failed' with the store's sentence.
        const final = {
          status: storeFailure ? 'failed' : trainerStatus,
          error: storeFailure ?? error,
          extra,
        };
        let unsaved = model;
        if (model && !storeFailure) {
          try {
            store.saveModel(runId, model);
            unsaved = null;
          } catch (e) {
            storeFailure = logIfInternal(e, `run ${runId}`);
          }
        }
        const failedAs = (failure: ErrorInfo) => (unsaved ? weightsKeptMessage(failure) : failure);
        let status = storeFailure ? 'failed' : final.status;
        error = storeFailure ? failedAs(storeFailure) : final.error;
        if (unsaved) this.pending.add(runId, { model: unsaved, run: { lab, name }, ...final });
        let run: RunSummary;
        try {
          store.finish(runId, status, error, extra);
          const { lab: _lab, metrics: _metrics, ...stored } = store.getRun(runId)!;
          run = { ...stored, hasWeights: stored.hasWeights || !!unsaved };
        } catch (e) {
          storeFailure ??= logIfInternal(e, `run ${runId}`);
          this.pending.add(runId, { model: unsaved, run: { lab, name }, ...final });
          [status, error] = ['failed', failedAs(storeFailure)];
          run = summaryFromMemory(memory, {
            status,
            error,
            backend: backend?.name ?? null,
            hasWeights: !!unsaved,
            stoppedEpoch: extra.stoppedEpoch ?? null,
          });
        }
        this.emit({ type: 'status', runId, status });
        this.emit({ type: 'finished', runId, run });
        resolve({ runId, status, summary: run, backend, error, tensors });
      };
      active.cancel = () => finish('stopped');
      const handle = (m: TrainerMessage) => {
        switch (m.type) {
          case 'backend':
            backend = m.backend;
            write(() => store.setBackend(runId, m.backend.name));
            break;
          case 'started':
            [memory.totalParams, memory.datasetId] = [m.totalParams, m.dataset.id];
            write(() =>
              store.setStarted(runId, {
                backend: backend!.name,
                totalParams: m.totalParams,
                datasetId: m.dataset.id,
              }),
            );
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
            memory.metrics.push(m.metrics);
            write(() => store.addEpoch(runId, m.metrics));
            this.emit({ type: 'epoch', runId, metrics: m.metrics });
            break;
          case 'insight':
            memory.inside = insightSummary({ epochs: [m.insight] });
            write(() => store.addInsight(runId, m.insight, m.meta));
            this.emit({ type: 'insight', runId, meta: m.meta, insight: m.insight });
            break;
          case 'paused':
            setStatus('paused');
            break;
          case 'resumed':
            setStatus('running');
            break;
          case 'taken':
            setStatus('running');
            break;
          case 'requeued':
            if (active.stopping) {
              finish('stopped');
              break;
            }
            // The lost attempt's epochs are void: the fold trains again from the start, recorded once.
            memory.metrics = [];
            memory.inside = null;
            write(() => store.resetRun(runId));
            active.status = 'queued';
            this.emit({ type: 'requeued', runId, reason: m.reason });
            this.emit({ type: 'status', runId, status: 'queued' });
            break;
          case 'done':
            tensors = m.tensors;
            finish(
              m.status,
              { stoppedEpoch: m.stoppedEpoch, seconds: m.seconds },
              {
                modelTopology: m.model.modelTopology,
                weightSpecs: m.model.weightSpecs,
                weightData: new Uint8Array(m.model.weightData),
              },
            );
            break;
          case 'error':
            error = m.error;
            finish('failed');
            break;
        }
      };
      // Nothing a message brings may throw into the trainer's channel (that would take the host down).
      port.onMessage((m) => {
        try {
          handle(m);
        } catch (e) {
          failed(e);
        }
      });
      port.onExit((problem) => {
        if (settled) return;
        error = new EngineError('trainer-crashed', problem ?? said('error_trainer_ended')).info();
        finish('failed');
      });
    });
    this.active.set(runId, active);
    if (active.status === 'queued') write(() => store.setStatus(runId, 'queued'));
    port.send({
      type: 'start',
      runId,
      lab,
      dataDirs: this.options.dataDirs,
      backend: this.options.backend,
      threads: options.threads,
      progressIntervalMs: this.options.progressIntervalMs,
      initialWeights,
    });
    this.emit({ type: 'status', runId, status: active.status });
    return { runId, done: active.done };
  }

  /** A run's stored weights, checked against `lab`'s graph; one sentence when they do not fit. */
  weightsFor(runId: string, lab: LabFile): InitialWeights {
    const model = this.unsavedModel(runId) ?? this.options.store.loadModel(runId);
    const name = this.options.store.getRun(runId)?.name;
    if (!model)
      throw new EngineError(
        'no-weights',
        name
          ? said('error_no_weights_run', { name })
          : said('error_no_weights_gone', { run: runId }),
      );
    const specs = model.weightSpecs as InitialWeights['weightSpecs'];
    const problem = weightsMismatch(
      specs,
      lab.graph,
      said('error_weights_run', { name: name ?? runId }),
    );
    if (problem) throw new EngineError('mismatch', problem);
    return { weightSpecs: specs, weightData: model.weightData };
  }

  /**
   * Scores a run's stored weights on the test set of `lab`'s dataset in a trainer process, taking
   * its turn in the same queue as runs.
   */
  async evaluate(
    runId: string,
    lab: LabFile,
  ): Promise<{ datasetId: string; count: number; loss: number; accuracy: number }> {
    const weights = this.weightsFor(runId, lab);
    const m = await evaluateInTrainer(() => this.trainers.port(this.options.spawnTrainer), {
      type: 'evaluate',
      lab,
      weights,
      dataDirs: this.options.dataDirs,
      backend: this.options.backend,
    });
    return { datasetId: m.datasetId, count: m.count, loss: m.loss, accuracy: m.accuracy };
  }

  private get(runId: string, queuedToo = false): ActiveRun {
    const run = this.active.get(runId);
    if (!run) throw new EngineError('not-running', said('error_not_running_run', { run: runId }));
    if (run.port.queued && !queuedToo)
      throw new EngineError(
        'not-running',
        said('error_not_running_queued', { run: runId, max: this.trainers.max }),
      );
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
    else {
      run.stopping = true;
      run.port.send({ type: 'stop' });
    }
  }

  /**
   * Writes the weights and rows a failing store could not take (called after every successful store
   * write, and by a retry); announces each run written. Returns their ids.
   */
  savePending(): string[] {
    const written = this.pending.flush();
    for (const runId of written) {
      try {
        const { lab: _lab, metrics: _metrics, ...run } = this.options.store.getRun(runId)!;
        this.emit({ type: 'status', runId, status: run.status });
        this.emit({ type: 'finished', runId, run });
      } catch {
        /* written, but not readable back: the next listRuns says the rest */
      }
    }
    return written;
  }

  /** Trained weights kept only in memory because the store could not take them (exportable still). */
  unsavedModel(runId: string): StoredModel | null {
    return this.pending.model(runId);
  }

  /** The lab and name of a run whose weights are kept only in memory. */
  unsavedRun(runId: string): { lab: LabFile; name: string } | null {
    return this.pending.run(runId);
  }

  /** How many runs are training now. */
  get activeCount(): number {
    return this.active.size;
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
    if (this.pending.size) this.savePending(); // a last try before the weights in memory go
  }

  /**
   * Ends every trainer process still alive (quit, after `stopAll` had its grace period): a trainer
   * that does not answer its stop would otherwise keep the host's process alive through its channel.
   */
  killAll(): void {
    for (const run of this.active.values()) run.port.kill();
  }
}
