/** Every lab of the library (the library lists them by topic, in the course's order). */
import { CAPACITY_LABS } from './labs-capacity.ts';
import { DATA_LABS } from './labs-data.ts';
import type { LabSource } from './lab-kit.ts';
import { MODEL_LABS } from './labs-models.ts';
import { REGULARIZATION_LABS } from './labs-regularization.ts';

export const LIBRARY_SOURCES: LabSource[] = [
  ...CAPACITY_LABS,
  ...REGULARIZATION_LABS,
  ...DATA_LABS,
  ...MODEL_LABS,
];
