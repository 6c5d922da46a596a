/**
 * `layerlab inspect <run> [--epoch N] [--json]`: what a run recorded inside its model at one epoch
 * (the last by default; 0 is before training): per weight layer its sparsity, norms, gradient norm
 * and kernel histogram, the activations, the validation confusion matrix and the most confidently
 * wrong examples. The numbers are `getInsights`' (contract/insights.ts); the words are
 * contract/insight-words.ts', which the runs list shares.
 */
import type { Command } from 'commander';
import { refusal } from '../commander-text.ts';
import {
  confusionAccuracy,
  describeActivation,
  describeWeights,
  percent,
  sparkline,
  statNumber,
} from '../../contract/insight-words.ts';
import type { EpochInsight, RunInsights, WrongExample } from '../../contract/insights.ts';
import { openStore, printJson, UsageError, type GlobalOptions } from '../context.ts';
import { alignColumns, printable } from '../output.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';

/** Characters of a text histogram: the kernel's 64 bins, two to a character. */
const HISTOGRAM_WIDTH = 32;
/** Class names and text snippets are cut to this many characters in tables. */
const CELL = 12;

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw refusal(() => m.clierr_not_whole({ value, min: 0 }));
  return n;
}

const cut = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;

function className(insights: RunInsights, i: number): string {
  return printable(insights.meta.classNames[i] ?? String(i));
}

function confusionLines(insights: RunInsights, confusion: number[][]): string[] {
  const names = confusion.map((_, i) => cut(className(insights, i), CELL));
  const rows = [[m.cli_inspect_corner(), ...names]];
  confusion.forEach((row, i) => rows.push([names[i], ...row.map(String)]));
  const accuracy = confusionAccuracy(confusion);
  return [
    ...alignColumns(rows, (c) => c > 0).map((l) => `  ${l}`),
    `  ${(accuracy === null ? m.cli_inspect_no_examples : m.cli_inspect_right)({
      percent: percent(accuracy ?? 0),
      count: insights.meta.validationCount,
      split: insights.meta.validationSplit ?? m.cli_inspect_no_split(),
    })}`,
  ];
}

function wrongLines(insights: RunInsights, wrong: WrongExample[]): string[] {
  if (!wrong.length) return [`  ${m.cli_inspect_none_wrong()}`];
  const rows = [
    [
      m.cli_inspect_index(),
      m.cli_inspect_true(),
      m.cli_inspect_predicted(),
      m.cli_inspect_confidence(),
      '',
    ],
  ];
  for (const w of wrong)
    rows.push([
      String(w.index),
      cut(className(insights, w.label), CELL),
      cut(className(insights, w.predicted), CELL),
      percent(w.confidence),
      w.text ? `"${printable(cut(w.text, 40))}"` : '',
    ]);
  return alignColumns(rows, (c) => c === 0 || c === 3).map((l) => `  ${l}`);
}

/** The text `layerlab inspect` prints for one epoch. */
export function inspectText(
  run: { id: string; name: string },
  insights: RunInsights,
  insight: EpochInsight,
): string {
  const { meta } = insights;
  const last = insights.epochs.at(-1)!.epoch;
  const lines = [
    m.cli_inspect_title({
      run: run.id.slice(0, 8),
      name: printable(run.name),
      epoch: insight.epoch,
      last,
    }),
    '',
    m.cli_inspect_weights(),
  ];
  for (const w of insight.weights) {
    const range = meta.weightLayers.find((l) => l.name === w.layer)?.range ?? 0;
    lines.push(`  ${printable(describeWeights(meta, w))}`);
    lines.push(
      `    ${statNumber(-range)} ${sparkline(w.counts, HISTOGRAM_WIDTH)} ${statNumber(range)}` +
        (w.under || w.over ? `   ${m.cli_inspect_outside({ under: w.under, over: w.over })}` : ''),
    );
  }
  lines.push('', m.cli_inspect_activations());
  lines.push(...insight.activations.map((a) => `  ${printable(describeActivation(a))}`));
  if (insight.confusion) {
    lines.push('', m.cli_inspect_confusion());
    lines.push(...confusionLines(insights, insight.confusion));
  }
  if (insight.wrong) {
    lines.push('', m.cli_inspect_wrong());
    lines.push(...wrongLines(insights, insight.wrong));
  }
  if (!insight.confusion) lines.push('', m.cli_inspect_no_validation());
  return lines.join('\n') + '\n';
}

/**
 * The one JSON object of `--json`: the contract's own names and numbers (contract/insights.ts),
 * with the byte arrays summarized: a wrong example's image keeps its shape, the decision surface
 * becomes the cells per predicted class and the mean confidence, and the surface's data points
 * become their count.
 */
export function inspectJson(
  run: { id: string; name: string },
  insights: RunInsights,
  insight: EpochInsight,
) {
  const { surface, ...meta } = insights.meta;
  const classCells = (classes: Uint8Array) => {
    const counts = meta.classNames.map(() => 0);
    for (const c of classes) counts[c] = (counts[c] ?? 0) + 1;
    return counts;
  };
  const mean = (bytes: Uint8Array) => bytes.reduce((a, b) => a + b, 0) / (bytes.length * 255);
  return {
    run: run.id,
    name: run.name,
    epoch: insight.epoch,
    epochs: insights.epochs.map((e) => e.epoch),
    meta: {
      ...meta,
      surface: surface && { x: surface.x, y: surface.y, pointCount: surface.points.length },
    },
    insight: {
      ...insight,
      wrong:
        insight.wrong?.map(({ image, ...w }) =>
          image ? { ...w, image: { shape: image.shape } } : w,
        ) ?? null,
      surface: insight.surface && {
        cells: insight.surface.classes.length,
        classCells: classCells(insight.surface.classes),
        meanConfidence: mean(insight.surface.confidence),
      },
    },
  };
}

function inspect(arg: string, options: GlobalOptions & { epoch?: number }) {
  const store = openStore();
  let run;
  let insights;
  try {
    const id = store.resolve(arg);
    if (!id) throw new UsageError(said('error_cli_no_run', { arg }));
    run = store.getRun(id)!;
    insights = store.getInsights(id);
  } finally {
    store.close();
  }
  const name = run.name;
  if (!insights?.epochs.length) throw new UsageError(said('error_cli_no_insights', { name }));
  const last = insights.epochs.at(-1)!.epoch;
  const epoch = options.epoch ?? last;
  const insight = insights.epochs.find((e) => e.epoch === epoch);
  if (!insight) throw new UsageError(said('error_cli_no_epoch', { name, epoch, last }));
  if (options.json) printJson(inspectJson(run, insights, insight));
  else process.stdout.write(inspectText(run, insights, insight));
}

export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description(
      'Show what a run recorded inside its model at an epoch: weights (sparsity, norms, histogram), activations, confusion matrix, most confident mistakes.',
    )
    .argument('<run>', m.cliopt_inspect_run())
    .option('--epoch <n>', m.cliopt_inspect_epoch(), wholeNumber)
    .option('--json', m.cliopt_json_one())
    .action((arg: string, options: GlobalOptions & { epoch?: number }) => inspect(arg, options));
}
