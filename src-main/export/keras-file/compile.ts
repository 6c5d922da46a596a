/**
 * Keras' compile settings as a saved model carries them (`compile_config` in a `.keras` file's
 * config.json, `training_config` in a legacy `.h5`) -> LayerLab training settings. What has no
 * LayerLab setting is left at LayerLab's default with a warning naming the file.
 */
import {
  KERAS_LOSS_CLASS,
  KERAS_OPTIMIZER_CLASS,
  LOSSES,
  OPTIMIZERS,
  type LossName,
  type OptimizerName,
  type TrainingConfig,
} from '../../contract/training.ts';
import { said } from '../../contract/errors.ts';
import { warningOf, type WarningText } from '../../contract/error-text.ts';
import { tidyFloat32 } from '../keras/reader.ts';
import { isObject, type Json, type JsonObject } from '../keras/format.ts';

const key = (s: string) => s.replace(/_/g, '').toLowerCase();

/** Keras class names, by `key` (so `rmsprop`, `RMSprop` and `rm_sprop` all find RMSprop). */
const OPTIMIZER = Object.fromEntries(
  OPTIMIZERS.map((name) => [key(KERAS_OPTIMIZER_CLASS[name]), name]),
) as Record<string, OptimizerName>;

const LOSS_CLASS = Object.fromEntries(
  LOSSES.map((name) => [key(KERAS_LOSS_CLASS[name]), name]),
) as Record<string, LossName>;

/** Training settings from a compile config (either layout); `warnings` gets one sentence per loss. */
export function trainingFromCompile(
  compile: JsonObject | null,
  fileName: string,
  warnings: WarningText[],
): Partial<TrainingConfig> {
  if (!compile) return {};
  const out: Partial<TrainingConfig> = {};
  const optimizer = compile.optimizer ?? compile.optimizer_config;
  if (optimizer !== undefined && optimizer !== null)
    readOptimizer(optimizer, fileName, out, warnings);
  const loss = compile.loss;
  if (loss !== undefined && loss !== null) readLoss(loss, fileName, out, warnings);
  return out;
}

function readOptimizer(
  value: Json,
  fileName: string,
  out: Partial<TrainingConfig>,
  warnings: WarningText[],
) {
  const className = typeof value === 'string' ? value : isObject(value) ? value.class_name : null;
  const name = typeof className === 'string' ? OPTIMIZER[key(className)] : undefined;
  if (!name) {
    warnings.push(
      warningOf(
        said('error_kwarn_optimizer', { file: fileName, name: String(JSON.stringify(className)) }),
      ),
    );
    return;
  }
  out.optimizer = name;
  const config = isObject(value) && isObject(value.config) ? value.config : {};
  const lr = config.learning_rate ?? config.lr;
  if (typeof lr === 'number' && lr > 0) out.learningRate = tidyFloat32(lr);
  else if (lr !== undefined && lr !== null)
    warnings.push(
      warningOf(said('error_kwarn_lr_schedule', { file: fileName, optimizer: String(className) })),
    );
  if (name === 'sgd' && typeof config.momentum === 'number' && config.momentum > 0)
    out.momentum = tidyFloat32(config.momentum);
  if (config.nesterov === true)
    warnings.push(warningOf(said('error_kwarn_nesterov', { file: fileName })));
}

function readLoss(
  value: Json,
  fileName: string,
  out: Partial<TrainingConfig>,
  warnings: WarningText[],
) {
  let loss: LossName | undefined;
  let config: JsonObject = {};
  if (typeof value === 'string') {
    loss = (LOSSES as readonly string[]).includes(value)
      ? (value as LossName)
      : LOSS_CLASS[key(value)];
  } else if (isObject(value) && typeof value.class_name === 'string') {
    loss = LOSS_CLASS[key(value.class_name)];
    config = isObject(value.config) ? value.config : {};
  }
  if (!loss) {
    const loss = String(JSON.stringify(isObject(value) ? value.class_name : value));
    warnings.push(warningOf(said('error_kwarn_loss', { file: fileName, loss })));
    return;
  }
  out.loss = loss;
  if (typeof config.label_smoothing === 'number' && config.label_smoothing > 0)
    out.labelSmoothing = tidyFloat32(config.label_smoothing);
  if (config.from_logits === true)
    warnings.push(warningOf(said('error_kwarn_from_logits', { file: fileName })));
}
