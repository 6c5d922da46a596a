/** The built-in sets, one entry per name: a missing entry is a compile error. */
import type { BuiltinDatasetName } from '../contract/datasets.ts';
import type { BuiltinSet } from './builtin-set.ts';
import { imdb } from './imdb.ts';
import { fashionMnist, mnist } from './mnist.ts';

export const BUILTIN_SETS: Record<BuiltinDatasetName, BuiltinSet> = {
  mnist,
  'fashion-mnist': fashionMnist,
  imdb,
};
