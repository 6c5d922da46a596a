/**
 * What a run records about the inside of its model, epoch by epoch (epoch 0 is before training):
 * kernel histograms, sparsity and norms, gradient norms, activation statistics, the validation
 * confusion matrix and most confidently wrong examples, and for 2-input models the decision
 * surface. The trainer computes them (engine/insights.ts), the store keeps them with the run, the
 * renderer's Weights, Predictions and Boundary views and `layerlab inspect` read them.
 */

/** Bins of every kernel histogram: equal bins over [-range, range], plus under- and overflow. */
export const HISTOGRAM_BINS = 64;
/** A weight is "zero" for the sparsity figure when |w| < this (the course's L1 lesson). */
export const SPARSITY_THRESHOLD = 1e-3;
/** How many validation examples the activation statistics are taken on (the first ones). */
export const ACTIVATION_SAMPLE = 256;
/** The most confidently wrong validation examples kept per epoch. */
export const WRONG_EXAMPLES = 24;
/** The decision surface is predicted on a SURFACE_SIZE x SURFACE_SIZE grid. */
export const SURFACE_SIZE = 100;
/** At most this many data points are kept to draw over the surface. */
export const SURFACE_POINTS = 1000;

/** A layer with a kernel (Dense, Conv2D, Embedding...): what its histogram bins are. */
export interface WeightLayerMeta {
  /** The layer's name in the graph (dense, dense_1...). */
  name: string;
  /** Its kind in the layer catalog (Dense, Conv2D...). */
  kind: string;
  kernelShape: number[];
  /**
   * The histogram covers [-range, range] in HISTOGRAM_BINS equal bins. It depends only on the
   * kernel's shape (a nice number above its Glorot limit), so runs of the same layer compare bin
   * for bin, and every epoch of a run uses the same bins.
   */
  range: number;
}

/** A layer whose output the activation statistics describe. */
export interface ActivationLayerMeta {
  name: string;
  kind: string;
  /** Its activation when it has one (relu, softmax...), else null. */
  activation: string | null;
  /** True when its output comes out of a ReLU (its dead-unit fraction is recorded). */
  relu: boolean;
}

/** The decision surface's grid: SURFACE_SIZE cells along each of the two inputs. */
export interface SurfaceMeta {
  /** [min, max] of input 0 (x, across) and input 1 (y, up) the grid covers, the data plus a margin. */
  x: [number, number];
  y: [number, number];
  /** Training points to draw over the surface (at most SURFACE_POINTS, spread over the set). */
  points: { x: number; y: number; label: number }[];
}

/** Recorded once per run, before epoch 0. */
export interface InsightMeta {
  weightLayers: WeightLayerMeta[];
  activationLayers: ActivationLayerMeta[];
  classNames: string[];
  /** Validation examples the confusion matrix counts (0: the run has no validation data). */
  validationCount: number;
  /** Which split the validation examples come from: 'test' (the test set) or 'train' (a held-out part). */
  validationSplit: 'test' | 'train' | null;
  /** Present when the model takes exactly 2 inputs (the generated 2-D sets, a 2-column CSV). */
  surface: SurfaceMeta | null;
  /** Shape of one example, as the dataset describes it ([28, 28, 1], [10000], [2]). */
  featureShape: number[];
}

export interface WeightStats {
  /** The layer's name (as in `InsightMeta.weightLayers`). */
  layer: string;
  /** HISTOGRAM_BINS counts over [-range, range]; a value on a bin edge goes to the bin above it. */
  counts: number[];
  /** Values below -range, and above range (the last bin includes range itself). */
  under: number;
  over: number;
  /** Fraction of the kernel's values with |w| < SPARSITY_THRESHOLD. */
  sparsity: number;
  /** Sum of |w|, and the square root of the sum of w² (the Frobenius norm). */
  l1: number;
  l2: number;
  /**
   * L2 norm of the loss's gradient for this kernel on the epoch's last batch (epoch 0: the first
   * batch, at the initial weights); null when there was no batch (a stopped run).
   */
  gradNorm: number | null;
}

export interface ActivationStats {
  layer: string;
  /** Mean and standard deviation of the layer's outputs over the sample and all units. */
  mean: number;
  std: number;
  /** For ReLU outputs: the fraction of units that are 0 for every example of the sample; else null. */
  dead: number | null;
}

/** An image drawn as bytes: [height, width, channels] (1 or 3), row-major, 0..255. */
export interface ExampleImage {
  shape: [number, number, number];
  pixels: Uint8Array;
}

export interface WrongExample {
  /** Its row in the validation split (`InsightMeta.validationSplit`). */
  index: number;
  label: number;
  predicted: number;
  /** The model's probability for `predicted`. */
  confidence: number;
  /** Images (MNIST, Fashion-MNIST, image folders), scaled down to at most 32 px a side. */
  image?: ExampleImage;
  /** Text sets (IMDB): the review's first words. */
  text?: string;
}

export interface EpochInsight {
  /** 0 before training, then 1, 2... as in `EpochMetrics.epoch`. */
  epoch: number;
  weights: WeightStats[];
  activations: ActivationStats[];
  /**
   * confusion[true][predicted] counts over the validation data (sums to `validationCount`; for one
   * sigmoid unit, class 1 is p > 0.5, as Keras' binary accuracy decides). Null without validation
   * data.
   */
  confusion: number[][] | null;
  /** The WRONG_EXAMPLES most confidently wrong, most confident first; null without validation. */
  wrong: WrongExample[] | null;
  /**
   * The decision surface when `InsightMeta.surface` is set: per cell (row 0 at the top, i.e. the
   * largest y), the predicted class and its probability * 255, SURFACE_SIZE² bytes each.
   */
  surface: { classes: Uint8Array; confidence: Uint8Array } | null;
}

/** Everything a run recorded (`getInsights`); epochs ascending from 0. */
export interface RunInsights {
  runId: string;
  meta: InsightMeta;
  epochs: EpochInsight[];
}
