/**
 * What a guided lab's check asks and finds, as data: a message code and its parameters, which
 * each side words in its reader's language (the renderer with its messages; `checkText` here in
 * English, the base language the CLI, its `--json` and the reports print). Numbers come formatted
 * as the English sentences show them, and layers as Keras names them: the same in every language.
 */
import type { RunFilter } from './guide.ts';
import { fmtCount } from './validate.ts';
import { onLayers, pyFloat } from './lab-words.ts';

/** A run as the sentences describe it: "Run 'lab 3' (Dense 512-512-10 · L2 0.002 on 2 layers)". */
export interface RunRef {
  name: string;
  /** Keras' words: `Dense 512-512-10`, `Dropout 0.5`. */
  layers: string[];
  /** Each penalty (`L2 0.002`, `bias L1 0.01`) and the layers that have it. */
  penalties: { phrase: string; layers: string[] }[];
  learningRate: string | null;
  shuffleLabels: boolean;
  augmentation: boolean;
  labelSmoothing: string | null;
  earlyStopping: boolean;
}

type Where = { where: RunFilter };
type On = { run: RunRef };
type Of<C extends string, P = Record<string, never>> = { code: C; params: P };

/** What a check asks. */
export type CheckLabelMessage =
  | Of<'overfits', Where & { epochs: number }>
  | Of<'sparsity', Where & { layer: string | null; above: string }>
  | Of<'compared', { runs: RunFilter[] }>
  | Of<
      'metric',
      Where & { at: 'best' | 'last'; metric: string; above: string | null; below: string | null }
    >
  | Of<'early-stopped', Where>
  | Of<'grid', { settings: number; folds: number }>;

/** What a check found: the run that passes it, or why none does yet. */
export type CheckMessage =
  | Of<'no-val-loss', On>
  | Of<
      'overfit',
      On & { best: number; bestValue: string; rose: number; last: string; lastEpoch: number }
    >
  | Of<'not-overfit-yet', On & { best: number; bestValue: string; after: number; epochs: number }>
  | Of<'no-weights', On & { layer: string | null }>
  | Of<'sparsity', On & { layer: string; sparsity: string; needed: string | null }>
  | Of<'no-metric', On & { metric: string }>
  | Of<'metric', On & { at: 'best' | 'last'; metric: string; value: string }>
  | Of<'early-stopped', On & { epoch: number; planned: number }>
  | Of<'not-early-stopped', On & { planned: number }>
  | Of<'no-run', Where>
  | Of<'compared', { runs: RunRef[] }>
  | Of<'same-run'>
  | Of<'grid-done', { name: string; settings: number; folds: number }>
  | Of<
      'grid-unfinished',
      {
        name: string; /** A `GridStatus` (api.ts). */
        status: string;
        settings: number;
        folds: number;
      }
    >
  | Of<'no-grid'>;

const list = (xs: string[]) =>
  xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : (xs[0] ?? '');

/** "with Dropout, L2 and a learning rate of at most 0.01"; '' for an empty filter. */
export function filterWords(where: RunFilter): string {
  const parts: string[] = [];
  if (where.layers?.length) parts.push(where.layers.join(' and '));
  if (where.regularizer === 'l1') parts.push('L1');
  if (where.regularizer === 'l2') parts.push('L2');
  if (where.regularizer === 'any') parts.push('L1 or L2');
  if (where.learningRateAtLeast !== undefined)
    parts.push(`a learning rate of at least ${pyFloat(where.learningRateAtLeast)}`);
  if (where.learningRateAtMost !== undefined)
    parts.push(`a learning rate of at most ${pyFloat(where.learningRateAtMost)}`);
  if (where.shuffleLabels) parts.push('shuffled labels');
  if (where.augmentation) parts.push('data augmentation');
  if (where.labelSmoothingAtLeast !== undefined)
    parts.push(`label smoothing of at least ${pyFloat(where.labelSmoothingAtLeast)}`);
  if (where.earlyStopping) parts.push('early stopping');
  if (where.paramsAtLeast !== undefined)
    parts.push(`at least ${fmtCount(where.paramsAtLeast)} parameters`);
  if (where.paramsAtMost !== undefined)
    parts.push(`at most ${fmtCount(where.paramsAtMost)} parameters`);
  const without: string[] = [...(where.withoutLayers ?? [])];
  if (where.regularizer === 'none') without.push('a weight penalty');
  if (where.shuffleLabels === false) without.push('shuffled labels');
  if (where.augmentation === false) without.push('augmentation');
  if (where.earlyStopping === false) without.push('early stopping');
  return [
    parts.length ? `with ${list(parts)}` : '',
    without.length ? `without ${list(without)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const withWords = (where: RunFilter) => {
  const w = filterWords(where);
  return w ? ` ${w}` : '';
};

/** "Run 'lab 3' (Dense 512-512-10 · L2 0.002 on 2 layers)". */
export function runText(run: RunRef): string {
  const parts = [...run.layers, ...run.penalties.map((p) => onLayers(p.phrase, p.layers, 'en'))];
  if (run.learningRate !== null) parts.push(`learning rate ${run.learningRate}`);
  if (run.shuffleLabels) parts.push('shuffled labels');
  if (run.augmentation) parts.push('augmentation');
  if (run.labelSmoothing !== null) parts.push(`label smoothing ${run.labelSmoothing}`);
  if (run.earlyStopping) parts.push('early stopping');
  return `Run '${run.name}' (${parts.join(' · ')})`;
}

/** What a check asks, in English. */
export function checkLabelText({ code, params: p }: CheckLabelMessage): string {
  switch (code) {
    case 'overfits':
      return `A run${withWords(p.where)} whose val_loss rises for ${p.epochs} epochs in a row after its minimum`;
    case 'sparsity':
      return `A run${withWords(p.where)} whose ${p.layer ? `layer '${p.layer}'` : 'first layer'} has more than ${p.above} of its weights at ~0`;
    case 'compared':
      return `${p.runs.length} finished runs compared: ${p.runs
        .map((f) => `one${withWords(f) || ' of any kind'}`)
        .join('; ')}`;
    case 'metric': {
      const bounds = [
        p.above !== null ? `above ${p.above}` : '',
        p.below !== null ? `below ${p.below}` : '',
      ].filter(Boolean);
      return `A run${withWords(p.where)} whose ${p.at} ${p.metric} is ${bounds.join(' and ') || 'recorded'}`;
    }
    case 'early-stopped':
      return `A run${withWords(p.where)} that early stopping stopped before its last epoch`;
    case 'grid':
      return `A finished grid with at least ${p.settings} settings of ${p.folds} folds each`;
  }
}

/** What a check found, in English. */
export function checkText(message: CheckMessage): string {
  switch (message.code) {
    case 'no-val-loss':
      return `${runText(message.params.run)} has no val_loss (no validation).`;
    case 'overfit': {
      const p = message.params;
      return `${runText(p.run)}: val_loss lowest at epoch ${p.best} (${p.bestValue}), then rose for ${p.rose} epochs (${p.last} at epoch ${p.lastEpoch}).`;
    }
    case 'not-overfit-yet': {
      const p = message.params;
      const then = p.after
        ? `then ${p.after} ${p.after === 1 ? 'epoch' : 'epochs'} more`
        : 'its last epoch';
      return `${runText(p.run)}: val_loss lowest at epoch ${p.best} (${p.bestValue}), ${then}: it has not risen for ${p.epochs} epochs yet. Train longer, or a bigger model.`;
    }
    case 'no-weights': {
      const p = message.params;
      return `${runText(p.run)} recorded no weights${p.layer ? ` for layer '${p.layer}'` : ''}: train it again in this version of LayerLab.`;
    }
    case 'sparsity': {
      const p = message.params;
      return `${runText(p.run)}: ${p.layer} has ${p.sparsity} of its weights at ~0${p.needed === null ? '.' : ` (more than ${p.needed} needed).`}`;
    }
    case 'no-metric':
      return `${runText(message.params.run)} has no ${message.params.metric}.`;
    case 'metric': {
      const p = message.params;
      return `${runText(p.run)}: ${p.at} ${p.metric} ${p.value}.`;
    }
    case 'early-stopped': {
      const p = message.params;
      return `${runText(p.run)}: early stopping stopped it after epoch ${p.epoch} of ${p.planned}.`;
    }
    case 'not-early-stopped': {
      const p = message.params;
      return `${runText(p.run)} trained all ${p.planned} epochs: early stopping did not stop it.`;
    }
    case 'no-run':
      return `No finished run${withWords(message.params.where)} yet: train one.`;
    case 'compared':
      return `${message.params.runs.map(runText).join('; ')}.`;
    case 'same-run':
      return 'The same run cannot stand for two of these: train one run for each.';
    case 'grid-done': {
      const p = message.params;
      return `Grid '${p.name}' finished ${p.settings} settings of ${p.folds} folds.`;
    }
    case 'grid-unfinished': {
      const p = message.params;
      return `Grid '${p.name}' is ${p.status} with ${p.settings} settings of ${p.folds} folds done: run the grid to the end.`;
    }
    case 'no-grid':
      return 'No grid of this lab yet: press "Run grid".';
  }
}
