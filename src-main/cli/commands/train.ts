/**
 * `layerlab train LAB.layerlab.json` or `layerlab train --model keras.json --dataset mnist`, with a
 * flag for every training setting. A progress bar on a terminal; `--json` prints one object per epoch
 * and a final summary.
 */
import { errorKind } from '../../contract/errors.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { DatasetRefSchema, type DatasetRefInput } from '../../contract/datasets.ts';
import {
  LAB_FORMAT,
  LAB_VERSION,
  parseLab,
  parseLabText,
  type LabFile,
} from '../../contract/lab.ts';
import {
  LOSSES,
  MONITORS,
  OPTIMIZERS,
  TrainingConfigSchema,
  type EpochMetrics,
} from '../../contract/training.ts';
import { analyzeGraph } from '../../contract/validate.ts';
import type { BackendPreference } from '../../engine/backend.ts';
import { RunManager } from '../../engine/run-manager.ts';
import { forkTrainer } from '../../engine/trainer-client.ts';
import {
  backendOption,
  dataDirs,
  nonNegative,
  openStore,
  positiveInt,
  printJson,
  UsageError,
  type GlobalOptions,
} from '../context.ts';
import { formatNumber, m } from '../../contract/i18n.ts';
import { STATUS_LABELS } from '../../contract/run-status-text.ts';
import { printable, printError, saidHere, warn, whenOutputCloses } from '../output.ts';
import { readDocument } from '../../store/read-document.ts';
import { importModelFileArg, isModelFileName } from './model-file.ts';
import { said } from '../../contract/error-text.ts';
import type { IssueWords } from '../../contract/issue-words.ts';
import { backendSkipText } from '../../contract/backend-text.ts';

export interface TrainOptions extends GlobalOptions {
  model?: string;
  dataset?: string;
  name?: string;
  epochs?: number;
  batchSize?: number;
  optimizer?: (typeof OPTIMIZERS)[number];
  learningRate?: number;
  momentum?: number;
  loss?: (typeof LOSSES)[number];
  labelSmoothing?: number;
  validation?: string;
  earlyStoppingPatience?: number;
  earlyStoppingMonitor?: (typeof MONITORS)[number];
  earlyStoppingMinDelta?: number;
  restoreBestWeights?: boolean;
  trainSubset?: number;
  shuffleLabels?: boolean;
  seed?: number;
  backend?: BackendPreference;
}

/** `mnist`, `imdb`, `synthetic:spirals` or a path to a CSV / .npz / image folder. */
export function parseDatasetFlag(value: string): DatasetRefInput {
  const [kind, rest] = value.split(':', 2);
  if (['mnist', 'fashion-mnist', 'imdb'].includes(value))
    return { kind: 'builtin', name: value as 'mnist' };
  if (kind === 'synthetic') return { kind: 'synthetic', shape: rest as 'spirals' };
  if (existsSync(value)) return { kind: 'file', path: path.resolve(value) };
  throw new UsageError(said('error_cli_unknown_dataset', { value }));
}

export async function loadLab(file: string | undefined, options: TrainOptions): Promise<LabFile> {
  if (file && options.model) throw new UsageError(said('error_cli_lab_and_model'));
  let lab: LabFile;
  if (file?.endsWith('.py')) {
    // Keras code: imported as `layerlab import` does, its warnings printed; flags still override.
    const { importCodeFile } = await import('./import.ts');
    lab = importCodeFile(file).lab;
  } else if (file) {
    lab = parseLabText(readDocument(file, 'lab'), file);
  } else if (options.model) {
    if (!options.dataset) throw new UsageError(said('error_cli_model_needs_dataset'));
    const { importKerasJson } = await import('../../export/keras-json.ts');
    // Strict: what would train another model (an unknown activation, a constraint...) is refused;
    // what only differs in detail (an initializer, a frozen layer) is trained with a warning.
    const { graph, warnings } = importKerasJson(
      readDocument(options.model, 'keras-json'),
      options.model,
      { strict: true },
    );
    for (const w of warnings) warn(saidHere(w));
    lab = parseLab({
      format: LAB_FORMAT,
      version: LAB_VERSION,
      name: path.basename(options.model, '.json'),
      graph,
      dataset: parseDatasetFlag(options.dataset),
    });
  } else {
    throw new UsageError(said('error_cli_train_what'));
  }
  return applyFlags(lab, options);
}

/**
 * `layerlab train model.keras|model.h5`: the file is imported into the run store first, and the run
 * starts from its weights (its lab: the file's model and compile settings, then the flags).
 */
async function modelFileRun(
  file: string | undefined,
  options: TrainOptions,
): Promise<{ lab: LabFile; runId: string } | null> {
  if (!file || !isModelFileName(file)) return null;
  if (options.model) throw new UsageError(said('error_cli_model_file_and_model'));
  const store = openStore();
  try {
    const imported = await importModelFileArg(store, file);
    return { lab: applyFlags(imported.lab, options), runId: imported.runId };
  } finally {
    store.close();
  }
}

function applyFlags(lab: LabFile, o: TrainOptions): LabFile {
  const t: Record<string, unknown> = { ...lab.training };
  const set = (key: string, value: unknown) => value !== undefined && (t[key] = value);
  set('epochs', o.epochs);
  set('batchSize', o.batchSize);
  set('optimizer', o.optimizer);
  set('learningRate', o.learningRate);
  set('momentum', o.momentum);
  set('loss', o.loss);
  set('labelSmoothing', o.labelSmoothing);
  set('trainSubset', o.trainSubset);
  set('shuffleLabels', o.shuffleLabels);
  set('seed', o.seed);
  if (o.validation !== undefined) {
    const v = o.validation;
    const fraction = Number(v);
    if (v === 'test' || v === 'none') t.validation = { kind: v };
    else if (fraction > 0 && fraction < 1) t.validation = { kind: 'split', fraction };
    else throw new UsageError(said('error_cli_validation', { value: v }));
  }
  if (o.earlyStoppingPatience !== undefined || o.earlyStoppingMonitor || o.restoreBestWeights) {
    t.earlyStopping = {
      monitor: o.earlyStoppingMonitor ?? 'val_loss',
      patience: o.earlyStoppingPatience ?? 0,
      minDelta: o.earlyStoppingMinDelta ?? 0,
      restoreBestWeights: o.restoreBestWeights ?? false,
    };
  }
  const parsed = TrainingConfigSchema.safeParse(t);
  if (!parsed.success)
    throw new UsageError(
      said('error_cli_training_setting', {
        issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      }),
    );
  const dataset =
    o.dataset && lab.dataset ? DatasetRefSchema.parse(parseDatasetFlag(o.dataset)) : lab.dataset;
  return { ...lab, dataset, training: parsed.data };
}

const fmt = (x: number | undefined) => (x === undefined ? '' : x.toFixed(4));

export function kerasLine(m: EpochMetrics, epochs: number): string {
  const parts = [
    `Epoch ${m.epoch}/${epochs}`,
    `${m.seconds.toFixed(1)}s`,
    `loss: ${fmt(m.loss)}`,
    `accuracy: ${fmt(m.accuracy)}`,
  ];
  if (m.val_loss !== undefined)
    parts.push(`val_loss: ${fmt(m.val_loss)}`, `val_accuracy: ${fmt(m.val_accuracy)}`);
  if (m.regularization_loss > 0) parts.push(`regularization_loss: ${fmt(m.regularization_loss)}`);
  return parts.join(' - ');
}

/** "The model is not valid: " and every issue, each worded where the sentence is shown. */
export const invalidModel = (issues: readonly IssueWords[]) =>
  said('error_cli_model_invalid', {
    issues: { list: issues.map(({ key, params }) => ({ key, params })), join: 'sentences' },
  });

async function train(file: string | undefined, options: TrainOptions, command: Command) {
  const global = command.optsWithGlobals<TrainOptions>();
  const fromModel = await modelFileRun(file, { ...global, ...options });
  const lab = fromModel?.lab ?? (await loadLab(file, { ...global, ...options }));
  const analysis = analyzeGraph(lab.graph);
  if (!analysis.ok) throw new UsageError(invalidModel(analysis.issues));

  const store = openStore();
  const manager = new RunManager({
    store,
    dataDirs: dataDirs(global),
    spawnTrainer: () => forkTrainer(),
    backend: options.backend,
    progressIntervalMs: 200,
  });
  const json = !!global.json;
  const tty = process.stderr.isTTY && !json;
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          format:
            'Epoch {epoch} |{bar}| {value}/{total} batches - loss: {loss} - accuracy: {accuracy}',
          hideCursor: true,
          clearOnComplete: true,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let barEpoch = 0;
  manager.onRunEvent((e) => {
    if (e.type === 'started' && !json) {
      const skipped = e.backend.skipped
        .filter((s) => (s.why ? s.why.kind !== 'requested' : !s.reason.startsWith('skipped')))
        .map((s) =>
          s.why
            ? backendSkipText(s.why, undefined, true)
            : s.reason.replace(/ \(optional;.*\)$/, ''),
        );
      const training = m.cli_train_started({
        name: printable(lab.name),
        dataset: printable(e.dataset.title),
        train: formatNumber(e.trainCount),
        val: formatNumber(e.validationCount),
        epochs: e.epochs,
      });
      const why = skipped.length ? ` (${printable(skipped.join('; '))})` : '';
      process.stderr.write(
        `${training}\n${m.cli_train_backend({ backend: `${e.backend.label}${why}` })}\n`,
      );
    } else if (e.type === 'progress' && bar) {
      if (barEpoch !== e.epoch) {
        if (barEpoch) bar.stop();
        barEpoch = e.epoch;
        bar.start(e.batches, 0, {
          epoch: `${e.epoch}/${lab.training.epochs}`,
          loss: '-',
          accuracy: '-',
        });
      }
      bar.update(e.batch, { loss: fmt(e.loss), accuracy: fmt(e.accuracy) });
    } else if (e.type === 'epoch') {
      if (bar && barEpoch) {
        bar.stop();
        barEpoch = 0;
      }
      const metrics = e.metrics;
      if (json)
        printJson({
          epoch: metrics.epoch,
          loss: metrics.loss,
          accuracy: metrics.accuracy,
          val_loss: metrics.val_loss ?? null,
          val_accuracy: metrics.val_accuracy ?? null,
          regularization_loss: metrics.regularization_loss,
          seconds: metrics.seconds,
        });
      else process.stdout.write(kerasLine(metrics, lab.training.epochs) + '\n');
    }
  });

  // Problems between model and data (input shape, output units) are found by the trainer once the
  // data is loaded, and come back as a failed run with the same sentence the editor shows.
  const { runId, done } = manager.startRun({
    lab,
    name: options.name,
    initialWeightsFrom: fromModel?.runId,
  });
  const stop = () => {
    try {
      manager.stopRun(runId);
    } catch {
      /* already finishing */
    }
  };
  // A reader that went away (`layerlab train --json | head -2`) stops the run; its epochs are kept.
  const forget = whenOutputCloses(stop);
  let interrupts = 0;
  const onSigint = () => {
    interrupts += 1;
    if (interrupts === 1) {
      process.stderr.write(`\n${m.cli_train_stopping()}\n`);
      stop();
    } else process.exit(130);
  };
  process.on('SIGINT', onSigint);
  const outcome = await done;
  process.off('SIGINT', onSigint);
  forget();
  bar?.stop();
  const s = outcome.summary;
  const summary = {
    summary: true,
    run: runId,
    name: s.name,
    status: outcome.status,
    epochs: s.epochsDone,
    best_epoch: s.bestEpoch,
    best_val_loss: s.bestValLoss,
    best_val_accuracy: s.bestValAccuracy,
    stopped_epoch: s.stoppedEpoch,
    backend: outcome.backend?.name ?? null,
    total_params: s.totalParams,
    error: outcome.error?.message ?? null,
  };
  store.close();
  if (json) printJson(summary);
  if (outcome.status === 'failed') {
    printError(outcome.error ?? { code: 'internal', message: 'the run failed' });
    process.exitCode = outcome.error && errorKind(outcome.error.code) === 'input' ? 2 : 1;
  } else if (!json) {
    const best = s.bestEpoch
      ? m.cli_train_best({ loss: fmt(s.bestValLoss ?? undefined), epoch: s.bestEpoch })
      : '';
    const how =
      outcome.status === 'early-stopped'
        ? m.cli_train_early_stopped({ epoch: s.stoppedEpoch ?? s.epochsDone })
        : '';
    const done = m.cli_train_done({
      run: runId.slice(0, 8),
      name: printable(s.name),
      status: STATUS_LABELS[outcome.status],
      how,
      epochs: s.epochsDone,
      best,
    });
    process.stderr.write(`${done}\n`);
  }
  if (outcome.status === 'stopped' && interrupts > 0) process.exitCode = 130;
}

/** The flags of every training setting, shared by `train` and `grid`. */
export function addTrainingFlags(command: Command): Command {
  return command
    .option('--model <file>', m.cliopt_train_model())
    .option('--dataset <name>', m.cliopt_train_dataset())
    .option('--name <name>', m.cliopt_train_name())
    .option('--epochs <n>', m.cliopt_train_epochs(), positiveInt)
    .option('--batch-size <n>', m.cliopt_train_batch_size(), positiveInt)
    .addOption(new Option('--optimizer <name>', m.cliopt_train_optimizer()).choices(OPTIMIZERS))
    .option('--learning-rate <lr>', m.cliopt_train_learning_rate(), nonNegative)
    .option('--momentum <m>', m.cliopt_train_momentum(), nonNegative)
    .addOption(new Option('--loss <name>', m.cliopt_train_loss()).choices(LOSSES))
    .option('--label-smoothing <x>', m.cliopt_train_label_smoothing(), nonNegative)
    .option('--validation <v>', m.cliopt_train_validation())
    .option('--early-stopping-patience <n>', m.cliopt_train_early_stopping_patience(), (v) =>
      nonNegative(v),
    )
    .addOption(
      new Option(
        '--early-stopping-monitor <metric>',
        m.cliopt_train_early_stopping_monitor(),
      ).choices(MONITORS),
    )
    .option(
      '--early-stopping-min-delta <x>',
      m.cliopt_train_early_stopping_min_delta(),
      nonNegative,
    )
    .option('--restore-best-weights', m.cliopt_train_restore_best_weights())
    .option('--train-subset <n>', m.cliopt_train_train_subset(), positiveInt)
    .option('--shuffle-labels', m.cliopt_train_shuffle_labels())
    .option('--seed <n>', m.cliopt_train_seed(), (v) => Math.floor(nonNegative(v)))
    .addOption(backendOption())
    .option('--data-dir <dir>', m.cliopt_data_dir())
    .option('--json', m.cliopt_json_lines());
}

export function registerTrain(program: Command): void {
  const train_ = program
    .command('train')
    .description('Train a lab (or a Keras model JSON on a dataset) and store the run.')
    .argument('[lab]', m.cliopt_train_lab());
  addTrainingFlags(train_).action(
    (lab: string | undefined, options: TrainOptions, command: Command) =>
      train(lab, options, command),
  );
}
