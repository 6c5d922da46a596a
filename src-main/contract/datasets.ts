/**
 * What a lab says about its data (a reference, never the data itself), and what the main side
 * reports about the datasets it can find.
 */
import { z } from 'zod';
import type { ErrorText } from './error-text.ts';

export const BUILTIN_DATASETS = ['mnist', 'fashion-mnist', 'imdb'] as const;
export type BuiltinDatasetName = (typeof BUILTIN_DATASETS)[number];

export const SYNTHETIC_SHAPES = ['spirals', 'moons', 'circles', 'xor'] as const;
export type SyntheticShape = (typeof SYNTHETIC_SHAPES)[number];

export const DatasetRefSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('builtin'),
    name: z.enum(BUILTIN_DATASETS),
    /** IMDB only: keep the N most frequent words (Keras' `num_words`). */
    numWords: z.number().int().min(10).max(100000).default(10000),
  }),
  z.object({
    kind: z.literal('synthetic'),
    shape: z.enum(SYNTHETIC_SHAPES),
    samples: z.number().int().min(10).max(1000000).default(1000),
    noise: z.number().min(0).max(5).default(0.1),
    /** Two-class shapes; spirals may have more arms. */
    classes: z.number().int().min(2).max(10).default(2),
    seed: z.number().int().min(0).default(0),
  }),
  z.object({
    kind: z.literal('file'),
    /** A CSV file, a NumPy .npz archive, or a folder with one sub-folder of images per class. */
    path: z.string().min(1),
    format: z.enum(['csv', 'npz', 'images']).optional(),
    /** CSV: the label column, by name or 0-based index; default the last column. */
    labelColumn: z.union([z.string(), z.number().int().min(0)]).optional(),
    /** Images: resize every image to [height, width]. */
    imageSize: z.tuple([z.number().int().min(1), z.number().int().min(1)]).default([28, 28]),
    grayscale: z.boolean().default(true),
  }),
]);
export type DatasetRef = z.infer<typeof DatasetRefSchema>;
export type DatasetRefInput = z.input<typeof DatasetRefSchema>;

/** Binary tasks have one sigmoid output; multiclass tasks one softmax unit per class. */
export type Task = 'binary' | 'multiclass';

/** A description of a loaded (or loadable) dataset, safe to send to the renderer. */
export interface DatasetInfo {
  /** `mnist`, `synthetic:spirals`, or the file path. */
  id: string;
  title: string;
  task: Task;
  classNames: string[];
  /** Shape of one example, e.g. [28, 28, 1], [10000] or [2]. */
  featureShape: number[];
  trainCount: number;
  testCount: number;
  /** Where it was found (a folder or file); absent for generated sets. */
  source?: string;
}

/** A built-in set's availability, for `layerlab datasets` and the app's dataset picker. */
export interface DatasetAvailability {
  name: BuiltinDatasetName;
  title: string;
  found: boolean;
  /** Where it was found, or every folder that was searched. */
  location?: string;
  searched: string[];
  /** When missing: what to put where. */
  hint?: string;
  /** The hint's parts, for saying it in the user's language (contract/dataset-text.ts). */
  place?: DatasetPlace;
  /** When part of a copy was found: what is there and what is missing, as words. */
  partial?: ErrorText;
}

/** Where a missing built-in set's files go: `files` in `folder`, or a Debian `apt` package. */
export interface DatasetPlace {
  files: string;
  folder: string;
  apt?: string;
}
