/** What every built-in dataset provides to the registry in `index.ts`. */
import type { BuiltinDatasetName, DatasetPlace, DatasetRef } from '../contract/datasets.ts';
import type { ErrorText } from '../contract/error-text.ts';
import type { Dataset } from './dataset.ts';

export type BuiltinRef = Extract<DatasetRef, { kind: 'builtin' }>;

export interface LoadContext {
  /** Where derived data (tokenized IMDB) may be cached. */
  cacheDir: string;
  onProgress: (phase: string, fraction: number) => void;
}

/** Where to fetch a set from: `baseUrl + file` for each file, checked against its md5. */
export interface DownloadPlan {
  /** The sub-folder of the target folder the files go to (also where `locate` looks). */
  folder: string;
  baseUrl: string;
  files: { name: string; md5: string }[];
}

export interface Located {
  /** The folder or archive that holds a complete copy, or null. */
  location: string | null;
  /** When only part of a copy was found: a sentence saying what is there and what is missing. */
  partial?: ErrorText;
}

export interface BuiltinSet {
  name: BuiltinDatasetName;
  title: string;
  locate(dataDirs: string[]): Located;
  /**
   * What to put where (in `targetDir`, the folder downloads go to) when the set is missing, worded
   * by contract/dataset-text.ts (`placeWords`).
   */
  place(targetDir: string): DatasetPlace;
  load(location: string, ref: BuiltinRef, ctx: LoadContext): Promise<Dataset>;
  download: DownloadPlan;
}
