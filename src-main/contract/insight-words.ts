/**
 * What a run recorded inside its model (contract/insights.ts), in words and numbers a student reads
 * at a glance: per weight layer its sparsity, norms and gradient norm, per layer its activations,
 * and a one-line summary for a runs-list row. Pure: `layerlab inspect` and the renderer share it,
 * so both say the same numbers the same way; a weight or activation line in the user's language.
 */
import type {
  ActivationStats,
  EpochInsight,
  InsightMeta,
  RunInsights,
  WeightStats,
} from './insights.ts';
import { m } from './i18n.ts';

/** 1234.5 -> "1,235" (whole numbers from 1000 up, grouped by thousands). */
function grouped(x: number): string {
  const digits = String(Math.round(Math.abs(x)));
  const groups = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (x < 0 ? '-' : '') + groups;
}

/**
 * A norm, mean or gradient with three significant digits: `1,234`, `12.3`, `0.0412`, `3.1e-5`, `0`.
 * Not-a-number and infinities (a run that blew up) read as `NaN` and `∞`.
 */
export function statNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1000) return grouped(x);
  if (abs < 1e-3)
    return x
      .toExponential(1)
      .replace(/e([+-])0*(\d)/, 'e$1$2')
      .replace('e+', 'e');
  return String(Number(x.toPrecision(3)));
}

/** A fraction as a percentage with one decimal: 0.8712 -> "87.1%". */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** "dense 784x512" (the kernel's shape as Keras prints it, without parentheses). */
export function weightLayerTitle(meta: InsightMeta, layer: string): string {
  const m = meta.weightLayers.find((w) => w.name === layer);
  return m ? `${layer} ${m.kernelShape.join('x')}` : layer;
}

/** "dense 784x512: 87.1% of weights ~0 · L1 1,234 · L2 12.3 · grad 0.0412" */
export function describeWeights(meta: InsightMeta, w: WeightStats): string {
  const grad =
    w.gradNorm === null
      ? m.cli_insight_no_gradient()
      : m.cli_insight_gradient({ norm: statNumber(w.gradNorm) });
  return m.cli_insight_weights({
    layer: weightLayerTitle(meta, w.layer),
    sparsity: percent(w.sparsity),
    l1: statNumber(w.l1),
    l2: statNumber(w.l2),
    grad,
  });
}

/** "dense: mean 0.31 ± 0.52, 41.0% dead ReLU" (the dead part for ReLU outputs only). */
export function describeActivation(a: ActivationStats): string {
  const words = { layer: a.layer, mean: statNumber(a.mean), std: statNumber(a.std) };
  return a.dead === null
    ? m.cli_insight_activation(words)
    : m.cli_insight_activation_dead({ ...words, dead: percent(a.dead) });
}

/** Accuracy on the validation data the confusion matrix counts (its diagonal over its sum). */
export function confusionAccuracy(confusion: number[][]): number | null {
  let right = 0;
  let all = 0;
  confusion.forEach((row, i) =>
    row.forEach((n, j) => {
      all += n;
      if (i === j) right += n;
    }),
  );
  return all ? right / all : null;
}

/** Every line of one epoch: weight layers, then activations, then the validation counts. */
export function describeInsight(meta: InsightMeta, insight: EpochInsight): string[] {
  const lines = insight.weights.map((w) => describeWeights(meta, w));
  lines.push(...insight.activations.map(describeActivation));
  if (insight.confusion) {
    const accuracy = confusionAccuracy(insight.confusion);
    const wrong = insight.wrong?.length ?? 0;
    lines.push(
      `validation: ${accuracy === null ? 'no examples' : `${percent(accuracy)} right`} of ${meta.validationCount}` +
        (wrong ? `, ${wrong} most confident mistakes kept` : ''),
    );
  }
  return lines;
}

/**
 * A runs-list row's summary: the first weight layer's sparsity and L2 norm at the run's last
 * epoch ("dense: 87.1% ~0 · L2 12.3"); null when the run recorded no weight layer.
 */
export function insightSummary(insights: Pick<RunInsights, 'epochs'>): string | null {
  const last = insights.epochs.at(-1);
  const w = last?.weights[0];
  if (!w) return null;
  return `${w.layer}: ${percent(w.sparsity)} ~0 · L2 ${statNumber(w.l2)}`;
}

const BLOCKS = ' ▁▂▃▄▅▆▇█';

/**
 * Counts as a row of unicode blocks, tallest = the largest count; any non-zero count shows at least
 * the lowest block. `width` bins are summed into each character when there are more counts.
 */
export function sparkline(counts: number[], width = counts.length): string {
  const per = Math.max(1, Math.ceil(counts.length / width));
  const cells: number[] = [];
  for (let i = 0; i < counts.length; i += per)
    cells.push(counts.slice(i, i + per).reduce((a, b) => a + b, 0));
  const top = Math.max(0, ...cells);
  return cells
    .map((n) => {
      if (n <= 0 || top === 0) return BLOCKS[0];
      return BLOCKS[Math.max(1, Math.round((n / top) * (BLOCKS.length - 1)))];
    })
    .join('');
}
