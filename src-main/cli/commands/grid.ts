/**
 * `layerlab grid LAB`: runs the lab's hyperparameter grid (or one given with --sweep) with k-fold
 * cross-validation in parallel trainer processes; resumes an unfinished grid of the same lab.
 * `layerlab grids`: the stored grids.
 */
import os from 'node:os';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { GridDetail } from '../../contract/api.ts';
import { errorKind, LayerLabError } from '../../contract/errors.ts';
import {
  expandGrid,
  parseGridSpec,
  trialLab,
  type GridParam,
  type GridSpec,
  type GridSpecInput,
} from '../../contract/grid.ts';
import { checkRedisUrl, type PoolStatus } from '../../contract/pool.ts';
import type { LabFile } from '../../contract/lab.ts';
import { GridRunner } from '../../engine/grid-runner.ts';
import { PoolClient } from '../../engine/pool/pool-client.ts';
import { RunManager } from '../../engine/run-manager.ts';
import { forkTrainer, probeBackend } from '../../engine/trainer-client.ts';
import { GridStore } from '../../store/grid-store.ts';
import {
  dataDirs,
  openStore,
  positiveInt,
  printJson,
  UsageError,
  type GlobalOptions,
} from '../context.ts';
import { alignColumns, printable, printError } from '../output.ts';
import { STATUS_LABELS } from '../../contract/run-status-text.ts';
import { addTrainingFlags, loadLab, type TrainOptions } from './train.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';
import { namesLocale } from '../language.ts';

interface GridOptions extends TrainOptions {
  sweep?: string[];
  folds?: number;
  holdout?: number;
  rankBy?: 'val_loss' | 'val_accuracy';
  refit?: boolean;
  random?: number;
  parallel?: number;
  restart?: boolean;
  redis?: string;
}

/** `layers.dropout.rate=0.3,0.5,0.7`, `layers.*Dropout.rate=0.3,0.5` or `training.learningRate=0.0001:0.1:4:log` */
export function parseSweep(text: string): GridParam {
  const eq = text.indexOf('=');
  if (eq < 0) throw new UsageError(said('error_cli_sweep_syntax', { text }));
  const path = text.slice(0, eq);
  const rest = text.slice(eq + 1);
  const range = rest.match(/^([^:,]+):([^:,]+):(\d+)(?::(log|linear))?$/);
  if (range)
    return {
      path,
      range: {
        from: Number(range[1]),
        to: Number(range[2]),
        steps: Number(range[3]),
        scale: (range[4] as 'log' | 'linear') ?? 'linear',
      },
    };
  const values = rest
    .split(',')
    .map((v) =>
      v === 'true'
        ? true
        : v === 'false'
          ? false
          : v !== '' && !Number.isNaN(Number(v))
            ? Number(v)
            : v,
    );
  return { path, values };
}

function gridSpec(base: GridSpecInput | null, o: GridOptions): GridSpec {
  if (!base && !o.sweep?.length) throw new UsageError(said('error_cli_no_grid'));
  const spec: GridSpecInput = { ...(base ?? { params: [] }) };
  if (o.sweep?.length) spec.params = o.sweep.map(parseSweep);
  if (o.folds !== undefined) spec.evaluation = { kind: 'kfold', folds: o.folds };
  if (o.holdout !== undefined) spec.evaluation = { kind: 'holdout', fraction: o.holdout };
  if (o.rankBy) spec.rankBy = o.rankBy;
  if (o.refit === false) spec.refit = false;
  if (o.random !== undefined) spec.search = { kind: 'random', trials: o.random };
  if (o.parallel !== undefined) spec.parallel = o.parallel;
  return parseGridSpec(spec);
}

const TRIAL_STATUS: Record<GridDetail['trials'][number]['status'], () => string> = {
  pending: m.cli_grid_trial_pending,
  running: m.status_running,
  done: m.cli_grid_trial_done,
  failed: m.status_failed,
};

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '-' : x.toFixed(4));

export function resultsTable(grid: GridDetail): string {
  const rows = grid.trials.map((t) => [
    t.trial === grid.bestTrial ? '*' : '',
    printable(t.label),
    ...t.foldScores.map(fmt),
    t.mean === null ? TRIAL_STATUS[t.status]() : `${fmt(t.mean)} ± ${fmt(t.std)}`,
  ]);
  const head = [
    '',
    m.cli_grid_setting(),
    ...grid.trials[0].foldScores.map((_, i) =>
      grid.spec.evaluation.kind === 'kfold'
        ? m.cli_grid_fold({ fold: i + 1 })
        : m.cli_grid_holdout(),
    ),
    m.cli_grid_mean({ metric: grid.rankBy }),
  ];
  return alignColumns([head, ...rows]).join('\n');
}

/** What `grid --redis` says before the folds go: where, how many, who is there to take them. */
function poolLines(status: PoolStatus, queued: number, resumed: boolean, lab: LabFile): string {
  const names = status.workers.map((w) => printable(w.name));
  const who = names.length
    ? m.cli_grid_workers_now({ count: names.length, names: names.join(', ') })
    : m.cli_grid_no_worker();
  const queuing = resumed ? m.cli_grid_pool_resuming : m.cli_grid_pool_queuing;
  const lines = [queuing({ count: queued, url: String(status.url), who })];
  const dataset = lab.dataset.kind === 'builtin' ? lab.dataset.name : null;
  if (dataset && names.length && !status.workers.some((w) => w.datasets.includes(dataset)))
    lines.push(m.cli_grid_no_dataset({ dataset }));
  return lines.map((l) => `${l}\n`).join('');
}

/** `--redis`: the pool, connected, or one sentence (exit 1) when the server does not answer. */
async function openPool(url: string): Promise<{ pool: PoolClient; status: PoolStatus }> {
  checkRedisUrl(url);
  const pool = new PoolClient(url);
  try {
    await pool.ready(5000);
    const status = await pool.status();
    if (status.state !== 'connected') throw new LayerLabError('pool-unavailable', status.message!);
    return { pool, status };
  } catch (e) {
    await pool.close();
    throw e;
  }
}

async function runGrid(file: string, _options: GridOptions, command: Command) {
  const o = command.optsWithGlobals<GridOptions>();
  const lab0 = await loadLab(file, o);
  const lab = { ...lab0, grid: gridSpec(lab0.grid, o) };
  // Every trial is checked before the store is opened: a refused sweep leaves no grid behind.
  const settings = expandGrid(lab.grid);
  for (const trial of settings) trialLab(lab, trial);
  const trials = settings.length;
  const { pool, status: poolStatus } = o.redis
    ? await openPool(o.redis)
    : { pool: null, status: null };
  try {
    await runGridOn(lab, trials, o, pool, poolStatus);
  } finally {
    await pool?.close();
  }
}

async function runGridOn(
  lab: LabFile & { grid: GridSpec },
  trials: number,
  o: GridOptions,
  pool: PoolClient | null,
  poolStatus: PoolStatus | null,
) {
  const store = openStore();
  const grids = new GridStore(store);
  const manager = new RunManager({
    store,
    dataDirs: dataDirs(o),
    spawnTrainer: () => forkTrainer(),
    backend: o.backend,
  });
  // On a pool the workers train (the refit only is here): no local backend to probe.
  const backend = pool ? null : await probeBackend(() => forkTrainer()).catch(() => null);
  const parallel =
    backend?.name === 'tensorflow-gpu' || backend?.name === 'webgpu' ? 1 : os.cpus().length;
  const runner = new GridRunner(manager, grids, () => parallel);
  const json = !!o.json;
  const bar =
    process.stderr.isTTY && !json
      ? new cliProgress.SingleBar(
          {
            // cli-progress fills in its own {placeholders}.
            format: m.cli_grid_bar({
              bar: '{bar}',
              value: '{value}',
              total: '{total}',
              trials: '{trials}',
              eta: '{eta_formatted}',
            }),
            stream: process.stderr,
            etaBuffer: 4,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
  runner.onGridEvent((e) => {
    if (e.type === 'grid-started') {
      if (!json && !pool)
        process.stderr.write(
          `${(e.resumed ? m.cli_grid_resuming : m.cli_grid_running)({
            total: e.trialsTotal,
            done: e.trialsDone,
            backend: backend?.label ?? m.cli_grid_default_backend(),
            count: e.parallel,
          })}\n`,
        );
    } else if (e.type === 'grid-progress') {
      if (bar) {
        if (!bar.getTotal()) bar.start(e.jobsTotal, e.jobsDone, { trials: 0 });
        bar.update(e.jobsDone);
      } else if (!json)
        process.stderr.write(
          `  ${
            e.etaSeconds
              ? m.cli_grid_progress_eta({
                  done: e.jobsDone,
                  total: e.jobsTotal,
                  seconds: Math.ceil(e.etaSeconds),
                })
              : m.cli_grid_progress({ done: e.jobsDone, total: e.jobsTotal })
          }\n`,
        );
    } else if (e.type === 'trial-finished') {
      bar?.update({ trials: grids.detail(e.gridId)!.trialsDone });
      if (json)
        printJson({
          trial: e.trial.trial,
          params: e.trial.params,
          fold_scores: e.trial.foldScores,
          mean: e.trial.mean,
          std: e.trial.std,
        });
    }
  });
  const { gridId, queued, resumed, done } = runner.start(lab, {
    name: o.name,
    restart: o.restart,
    pool: pool ?? undefined,
    locale: namesLocale(),
  });
  let interrupts = 0;
  const onSigint = () => {
    if (++interrupts > 1) process.exit(130);
    process.stderr.write(`\n${m.cli_grid_stopping()}\n`);
    runner.stop(gridId);
  };
  // Before anything is printed: whoever reads it may press Ctrl-C at once.
  process.on('SIGINT', onSigint);
  if (pool && !json) process.stderr.write(poolLines(poolStatus!, queued, resumed, lab));
  const outcome = await done;
  process.off('SIGINT', onSigint);
  bar?.stop();
  const grid = grids.detail(gridId)!;
  store.close();
  const best = grid.bestTrial !== null ? grid.trials[grid.bestTrial] : null;
  if (json) {
    printJson({
      summary: true,
      grid: gridId,
      status: outcome.status,
      trials: trials,
      rank_by: grid.rankBy,
      best: best && { trial: best.trial, params: best.params, mean: best.mean, std: best.std },
      refit: grid.refit && {
        run: grid.refit.runId,
        test_loss: grid.refit.testLoss,
        test_accuracy: grid.refit.testAccuracy,
      },
      error: grid.error?.message ?? null,
    });
  } else {
    process.stdout.write(resultsTable(grid) + '\n');
    if (best)
      process.stdout.write(
        `\n${m.cli_grid_best({ setting: printable(best.label), metric: grid.rankBy, mean: fmt(best.mean), std: fmt(best.std) })}\n`,
      );
    if (grid.refit)
      process.stdout.write(
        `${m.cli_grid_refit({ loss: fmt(grid.refit.testLoss), accuracy: fmt(grid.refit.testAccuracy) })}\n`,
      );
    if (grid.error) printError(grid.error);
  }
  // As `train`: trials that failed on bad input (a model that does not fit the data) exit 2.
  if (outcome.status === 'failed')
    process.exitCode = grid.error && errorKind(grid.error.code) === 'input' ? 2 : 1;
  if (outcome.status === 'stopped') process.exitCode = 130;
}

export function registerGrid(program: Command): void {
  const grid = program
    .command('grid')
    .description(
      "Run a lab's hyperparameter grid with cross-validation (resumes an unfinished one).",
    )
    .argument('<lab>', m.cliopt_grid_lab())
    .option('--sweep <path=values>', m.cliopt_grid_sweep(), (v: string, prev: string[] = []) => [
      ...prev,
      v,
    ])
    .option('--folds <k>', m.cliopt_grid_folds(), positiveInt)
    .option('--holdout <fraction>', m.cliopt_grid_holdout(), Number)
    .addOption(
      new Option('--rank-by <metric>', m.cliopt_grid_rank_by()).choices([
        'val_loss',
        'val_accuracy',
      ]),
    )
    .option('--no-refit', m.cliopt_grid_no_refit())
    .option('--random <trials>', m.cliopt_grid_random(), positiveInt)
    .option('--parallel <n>', m.cliopt_grid_parallel(), positiveInt)
    .option('--restart', m.cliopt_grid_restart())
    .option('--redis <url>', m.cliopt_grid_redis());
  addTrainingFlags(grid);
  grid.action((lab: string, options: GridOptions, command: Command) =>
    runGrid(lab, options, command),
  );

  program
    .command('grids')
    .description('List the stored grids.')
    .option('--json', m.cliopt_grids_json())
    .action((options: GlobalOptions) => {
      const store = openStore();
      const list = new GridStore(store).list();
      store.close();
      if (options.json) return list.forEach((g) => printJson(g));
      if (!list.length) return void process.stdout.write(`${m.cli_grids_empty()}\n`);
      for (const g of list)
        process.stdout.write(
          `${g.id.slice(0, 8)}  ${printable(g.name)}  ${STATUS_LABELS[g.status]}  ${m.cli_grids_row({ done: g.trialsDone, total: g.trialsTotal, metric: g.rankBy, best: fmt(g.bestMean) })}\n`,
        );
    });
}
