/**
 * A guided lab's checks in the student's language: what a check asks and what it found, worded
 * from the message code and parameters the service sends (contract/check-words.ts), as the English
 * `label` and `sentence` are on the service's side. Keras' names (val_loss, Dropout, L2) and the
 * run's layers stay as in code.
 */
import type { CheckResult } from './api.ts';
import type { CheckLabelMessage, CheckMessage, RunRef } from './check-words.ts';
import type { RunFilter } from './guide.ts';
import { formatNumber, m } from './i18n.ts';
import { pyFloat } from './lab-words.ts';

/**
 * A space between Chinese and Latin words where the pieces meet ("带 Dropout 的"), as Chinese
 * typesetting writes them; a no-op on English.
 */
export const spaced = (text: string): string =>
  text
    .replace(/([A-Za-z0-9_)\]%])(?=[\u4e00-\u9fff])/g, '$1 ')
    .replace(/([\u4e00-\u9fff])(?=[A-Za-z0-9_([])/g, '$1 ');

/** "a, b and c" in the language's words. */
function list(xs: string[]): string {
  if (xs.length < 2) return xs[0] ?? '';
  return m.guide_list_and({ head: xs.slice(0, -1).join(m.guide_list_comma()), last: xs.at(-1)! });
}

/** "with Dropout and L2 without BatchNormalization"; '' for an empty filter. */
export function filterText(where: RunFilter): string {
  const parts: string[] = [];
  if (where.layers?.length) parts.push(list(where.layers));
  if (where.regularizer === 'l1') parts.push('L1');
  if (where.regularizer === 'l2') parts.push('L2');
  if (where.regularizer === 'any') parts.push(m.guide_filter_l1_or_l2());
  if (where.learningRateAtLeast !== undefined)
    parts.push(m.guide_filter_lr_at_least({ value: pyFloat(where.learningRateAtLeast) }));
  if (where.learningRateAtMost !== undefined)
    parts.push(m.guide_filter_lr_at_most({ value: pyFloat(where.learningRateAtMost) }));
  if (where.shuffleLabels) parts.push(m.guide_filter_shuffled_labels());
  if (where.augmentation) parts.push(m.guide_filter_data_augmentation());
  if (where.labelSmoothingAtLeast !== undefined)
    parts.push(m.guide_filter_smoothing_at_least({ value: pyFloat(where.labelSmoothingAtLeast) }));
  if (where.earlyStopping) parts.push(m.guide_filter_early_stopping());
  if (where.paramsAtLeast !== undefined)
    parts.push(m.guide_filter_params_at_least({ count: formatNumber(where.paramsAtLeast) }));
  if (where.paramsAtMost !== undefined)
    parts.push(m.guide_filter_params_at_most({ count: formatNumber(where.paramsAtMost) }));
  const without: string[] = [...(where.withoutLayers ?? [])];
  if (where.regularizer === 'none') without.push(m.guide_filter_weight_penalty());
  if (where.shuffleLabels === false) without.push(m.guide_filter_shuffled_labels());
  if (where.augmentation === false) without.push(m.guide_filter_augmentation());
  if (where.earlyStopping === false) without.push(m.guide_filter_early_stopping());
  const withText = parts.length ? m.guide_filter_with({ list: list(parts) }) : '';
  const withoutText = without.length ? m.guide_filter_without({ list: list(without) }) : '';
  if (withText && withoutText) return m.guide_filter_both({ with: withText, without: withoutText });
  return withText || withoutText;
}

const aRun = (where: RunFilter) => {
  const filter = filterText(where);
  return filter ? m.guide_check_a_run_where({ filter }) : m.guide_check_a_run();
};

/** "Run 'lab 3' (Dense 512-512-10 · L2 0.002 on 2 layers)". */
export function runText(run: RunRef): string {
  const parts = [
    ...run.layers,
    ...run.penalties.map(
      (p) =>
        `${p.phrase} ${p.layers.length === 1 ? m.guide_check_on_layer({ name: p.layers[0] }) : m.guide_check_on_layers({ count: p.layers.length })}`,
    ),
  ];
  if (run.learningRate !== null)
    parts.push(m.guide_check_learning_rate({ value: run.learningRate }));
  if (run.shuffleLabels) parts.push(m.guide_filter_shuffled_labels());
  if (run.augmentation) parts.push(m.guide_filter_augmentation());
  if (run.labelSmoothing !== null)
    parts.push(m.guide_check_label_smoothing({ value: run.labelSmoothing }));
  if (run.earlyStopping) parts.push(m.guide_filter_early_stopping());
  return m.guide_check_run({ name: run.name, parts: parts.join(' · ') });
}

const atText = (at: 'best' | 'last') =>
  at === 'best' ? m.guide_check_at_best() : m.guide_check_at_last();

const GRID_STATUS: Record<string, () => string> = {
  running: m.grid_status_running,
  completed: m.grid_status_completed,
  stopped: m.grid_status_stopped,
  interrupted: m.grid_status_interrupted,
  failed: m.grid_status_failed,
};

/** A grid's status ('stopped', 'completed'...) in the interface's language. */
export const gridStatusText = (status: string): string => GRID_STATUS[status]?.() ?? status;

/** What a check asks. */
export const checkLabelText = (message: CheckLabelMessage): string => spaced(labelText(message));

function labelText({ code, params: p }: CheckLabelMessage): string {
  switch (code) {
    case 'overfits':
      return m.guide_check_label_overfits({ aRun: aRun(p.where), epochs: p.epochs });
    case 'sparsity':
      return m.guide_check_label_sparsity({
        aRun: aRun(p.where),
        layer: p.layer ? m.guide_check_layer_named({ name: p.layer }) : m.guide_check_first_layer(),
        above: p.above,
      });
    case 'compared':
      return m.guide_check_label_compared({
        count: p.runs.length,
        runs: p.runs
          .map((f) => {
            const filter = filterText(f);
            return filter ? m.guide_check_one_where({ filter }) : m.guide_check_one_any();
          })
          .join(m.guide_list_semicolon()),
      });
    case 'metric': {
      const bounds = [
        p.above !== null ? m.guide_check_above({ value: p.above }) : '',
        p.below !== null ? m.guide_check_below({ value: p.below }) : '',
      ].filter(Boolean);
      return m.guide_check_label_metric({
        aRun: aRun(p.where),
        at: atText(p.at),
        metric: p.metric,
        bounds: bounds.length ? list(bounds) : m.guide_check_recorded(),
      });
    }
    case 'early-stopped':
      return m.guide_check_label_early_stopped({ aRun: aRun(p.where) });
    case 'grid':
      return m.guide_check_label_grid({ settings: p.settings, folds: p.folds });
  }
}

/** What a check found. */
export const checkFoundText = (message: CheckMessage): string => spaced(foundText(message));

function foundText(message: CheckMessage): string {
  switch (message.code) {
    case 'no-val-loss':
      return m.guide_check_no_val_loss({ run: runText(message.params.run) });
    case 'overfit': {
      const p = message.params;
      return m.guide_check_overfit({ ...p, run: runText(p.run), value: p.bestValue });
    }
    case 'not-overfit-yet': {
      const p = message.params;
      const params = { ...p, run: runText(p.run), value: p.bestValue };
      if (!p.after) return m.guide_check_not_overfit_last(params);
      return p.after === 1
        ? m.guide_check_not_overfit_one(params)
        : m.guide_check_not_overfit_more(params);
    }
    case 'no-weights': {
      const p = message.params;
      const run = runText(p.run);
      return p.layer
        ? m.guide_check_no_weights_layer({ run, layer: p.layer })
        : m.guide_check_no_weights({ run });
    }
    case 'sparsity': {
      const p = message.params;
      const params = { run: runText(p.run), layer: p.layer, sparsity: p.sparsity };
      return p.needed === null
        ? m.guide_check_sparsity(params)
        : m.guide_check_sparsity_short({ ...params, needed: p.needed });
    }
    case 'no-metric':
      return m.guide_check_no_metric({
        run: runText(message.params.run),
        metric: message.params.metric,
      });
    case 'metric': {
      const p = message.params;
      return m.guide_check_metric({
        run: runText(p.run),
        at: atText(p.at),
        metric: p.metric,
        value: p.value,
      });
    }
    case 'early-stopped': {
      const p = message.params;
      return m.guide_check_early_stopped({
        run: runText(p.run),
        epoch: p.epoch,
        planned: p.planned,
      });
    }
    case 'not-early-stopped':
      return m.guide_check_not_early_stopped({
        run: runText(message.params.run),
        planned: message.params.planned,
      });
    case 'no-run': {
      const filter = filterText(message.params.where);
      return filter ? m.guide_check_no_run_where({ filter }) : m.guide_check_no_run();
    }
    case 'compared':
      return m.guide_check_compared({
        runs: message.params.runs.map(runText).join(m.guide_list_semicolon()),
      });
    case 'same-run':
      return m.guide_check_same_run();
    case 'grid-done':
      return m.guide_check_grid_done(message.params);
    case 'grid-unfinished': {
      const p = message.params;
      return m.guide_check_grid_unfinished({ ...p, status: gridStatusText(p.status) });
    }
    case 'no-grid':
      return m.guide_check_no_grid();
  }
}

/** A result's label and sentence in the student's language (the English ones from an older host). */
export function resultTexts(result: CheckResult): { label: string; sentence: string } {
  return {
    label: result.labelMessage ? checkLabelText(result.labelMessage) : result.label,
    sentence: result.message ? checkFoundText(result.message) : result.sentence,
  };
}
