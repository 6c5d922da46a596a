/** A guided lab's topic named in the user's language (the library, the teacher's guide editor, `layerlab labs`). */
import type { Topic } from './guide.ts';
import { m } from './i18n.ts';

const TOPIC_MESSAGES: Record<Topic, () => string> = {
  playground: m.lab_topic_playground,
  capacity: m.lab_topic_capacity,
  'weight-regularization': m.lab_topic_weight_regularization,
  dropout: m.lab_topic_dropout,
  'batch-normalization': m.lab_topic_batch_normalization,
  'early-stopping': m.lab_topic_early_stopping,
  augmentation: m.lab_topic_augmentation,
  'label-smoothing': m.lab_topic_label_smoothing,
  'learning-rate': m.lab_topic_learning_rate,
  memorization: m.lab_topic_memorization,
  text: m.lab_topic_text,
  cnn: m.lab_topic_cnn,
  'grid-search': m.lab_topic_grid_search,
};

/** A topic's title in the interface's language. */
export const topicTitle = (topic: Topic): string => TOPIC_MESSAGES[topic]();
