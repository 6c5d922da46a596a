/**
 * The layer catalog's explanations in the user's language. Keras' own names (the kinds, the
 * parameters' labels such as `units` or `kernel regularizer`) stay as in code; what explains them
 * is translated here, one message per entry, keyed by the catalog's own keys.
 */
import { m } from './i18n.ts';
import type { LayerCategory, LayerKind, ParamSpec } from './layers.ts';

export const LAYER_SUMMARIES: Record<LayerKind, () => string> = {
  Input: m.layer_input_summary,
  Dense: m.layer_dense_summary,
  Conv2D: m.layer_conv2d_summary,
  MaxPooling2D: m.layer_maxpooling2d_summary,
  AveragePooling2D: m.layer_averagepooling2d_summary,
  GlobalAveragePooling2D: m.layer_globalaveragepooling2d_summary,
  Flatten: m.layer_flatten_summary,
  Reshape: m.layer_reshape_summary,
  Dropout: m.layer_dropout_summary,
  BatchNormalization: m.layer_batchnormalization_summary,
  Activation: m.layer_activation_summary,
  Add: m.layer_add_summary,
  Concatenate: m.layer_concatenate_summary,
};

export const LAYER_CATEGORIES: Record<LayerCategory, () => string> = {
  input: m.layer_category_input,
  core: m.layer_category_core,
  convolution: m.layer_category_convolution,
  pooling: m.layer_category_pooling,
  regularization: m.layer_category_regularization,
  merge: m.layer_category_merge,
};

/** The help of the parameters that have one, by parameter name (the same help wherever it is). */
const PARAM_HELP: Record<string, () => string> = {
  shape: m.param_shape_help,
  kernelRegularizer: m.param_kernel_regularizer_help,
  biasRegularizer: m.param_bias_regularizer_help,
  activityRegularizer: m.param_activity_regularizer_help,
  strides: m.param_pool_strides_help,
  rate: m.param_rate_help,
};

/** A parameter's help in the user's language (the catalog's English if a message is missing). */
export function paramHelp(name: string, spec: ParamSpec): string | undefined {
  return spec.help ? (PARAM_HELP[name]?.() ?? spec.help) : undefined;
}
