/**
 * One student's LayerLab on a class server: the ordinary service over the student's own folder and
 * run store, plus who is signed in, the lab the student has open (for the teacher's view), and no
 * way to reach the server's network on the student's behalf (a pool of workers).
 */
import type { AppInfo, AutosaveState, LayerLabApi } from '../../contract/api.ts';
import type { PoolStatus } from '../../contract/pool.ts';
import type { LabFile } from '../../contract/lab.ts';
import { said } from '../../contract/error-text.ts';
import { EngineError } from '../../engine/errors.ts';
import type { RunStore } from '../../store/run-store.ts';
import { LayerLabService, type ServiceOptions } from '../service.ts';
import type { Locale } from '../../contract/locale.ts';

const NO_POOL = said('error_class_no_pool');

export class StudentService extends LayerLabService implements LayerLabApi {
  /** The name of the lab the student last had open (from the autosave), for the teacher. */
  labName: string | null = null;
  /** The newest epoch heard per run: the teacher's view shows the latest run's. */
  readonly lastEpoch = new Map<string, { epoch: number; valAccuracy: number | null }>();

  readonly store: RunStore;

  constructor(
    readonly studentName: string,
    options: ServiceOptions,
  ) {
    super(options);
    this.store = options.store;
    this.onRunEvent((e) => {
      if (e.type === 'epoch')
        this.lastEpoch.set(e.runId, {
          epoch: e.metrics.epoch,
          valAccuracy: e.metrics.val_accuracy ?? null,
        });
    });
  }

  /** A run's name for the teacher's queue list. */
  runName(runId: string): string | null {
    return this.store.getRun(runId)?.name ?? null;
  }

  override async getAppInfo(): Promise<AppInfo> {
    return { ...(await super.getAppInfo()), student: this.studentName };
  }

  override async autosaveLab(state: Omit<AutosaveState, 'savedAt'>): Promise<void> {
    this.labName = state.lab.name;
    return super.autosaveLab(state);
  }

  /** Another student's run id is not found here, as for every other call (the store is quiet). */
  override async deleteRun(runId: string): Promise<void> {
    await this.getRun(runId);
    return super.deleteRun(runId);
  }

  override async renameRun(runId: string, name: string): Promise<void> {
    await this.getRun(runId);
    return super.renameRun(runId, name);
  }

  override async connectPool(_url: string | null): Promise<PoolStatus> {
    throw new EngineError('unsupported', NO_POOL);
  }

  override async startGrid(
    lab: LabFile,
    options: { restart?: boolean; name?: string; onPool?: boolean; locale?: Locale } = {},
  ): Promise<{ gridId: string; resumed: boolean }> {
    if (options.onPool) throw new EngineError('unsupported', NO_POOL);
    return super.startGrid(lab, options);
  }
}
