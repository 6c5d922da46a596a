/**
 * The one entry point for data: `loadDataset(ref)` for any dataset reference a lab can hold,
 * `listBuiltinDatasets` for what is installed where, and `downloadDataset` for the CLI.
 */
import path from 'node:path';
import { englishError, said } from '../contract/error-text.ts';
import { builtinTitleWords, placeWords } from '../contract/dataset-text.ts';
import {
  BUILTIN_DATASETS,
  type DatasetAvailability,
  type DatasetRef,
} from '../contract/datasets.ts';
import type { LoadContext } from './builtin-set.ts';
import { BUILTIN_SETS } from './builtins.ts';
import { loadCsv } from './csv.ts';
import { userCacheDir, userDatasetsDir } from './data-dirs.ts';
import { DataError, type Dataset } from './dataset.ts';
import { exists, isDir } from './files.ts';
import { loadImageFolder } from './images.ts';
import { loadNpz } from './npz.ts';
import { generateSynthetic } from './synthetic.ts';

export { DataError, writeRow, fullView } from './dataset.ts';
export type { Dataset, Features, Split, SplitView } from './dataset.ts';
export { resolveDataDirs, userDataDir, userDatasetsDir, userCacheDir } from './data-dirs.ts';
export { downloadDataset, type DownloadOptions } from './download.ts';
export { BUILTIN_SETS } from './builtins.ts';

export type Progress = { phase: string; fraction: number };

export interface LoadOptions {
  /** The folders to search for built-in sets, in order (see `resolveDataDirs`). */
  dataDirs: string[];
  /** Where tokenized IMDB is cached; default `<userDataDir>/cache`. */
  cacheDir?: string;
  onProgress?: (p: Progress) => void;
}

type FileRef = Extract<DatasetRef, { kind: 'file' }>;
type FileFormat = NonNullable<FileRef['format']>;
type Loader<R> = (ref: R, opts: LoadOptions, ctx: LoadContext) => Promise<Dataset>;

const FILE_LOADERS: Record<FileFormat, Loader<FileRef>> = {
  csv: (ref) => loadCsv(ref.path, ref.labelColumn),
  npz: (ref) => loadNpz(ref.path),
  images: (ref, _opts, ctx) =>
    loadImageFolder(ref.path, {
      imageSize: ref.imageSize,
      grayscale: ref.grayscale,
      onProgress: ctx.onProgress,
    }),
};

function fileFormat(ref: FileRef): FileFormat {
  if (ref.format) return ref.format;
  if (!exists(ref.path)) {
    throw new DataError('not-found', said('error_data_missing', { file: ref.path }), ref.path);
  }
  if (isDir(ref.path)) return 'images';
  const ext = path.extname(ref.path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.npz') return 'npz';
  const why = ext === '.npy' ? 'error_data_npy_alone' : 'error_data_unknown_kind';
  throw new DataError('unsupported', said(why, { path: ref.path }), ref.path);
}

const LOADERS: { [K in DatasetRef['kind']]: Loader<Extract<DatasetRef, { kind: K }>> } = {
  builtin: async (ref, opts, ctx) => {
    const set = BUILTIN_SETS[ref.name];
    const { location, partial } = set.locate(opts.dataDirs);
    if (!location) {
      const about = {
        title: builtinTitleWords(ref.name),
        name: ref.name,
        searched: opts.dataDirs.length
          ? opts.dataDirs.join(', ')
          : said('error_builtin_no_folders'),
        hint: placeWords(ref.name, set.place(userDatasetsDir())),
      };
      throw new DataError(
        'not-found',
        partial
          ? said('error_builtin_missing_partial', { ...about, partial })
          : said('error_builtin_missing', about),
      );
    }
    return set.load(location, ref, ctx);
  },
  synthetic: async (ref) => generateSynthetic(ref),
  file: async (ref, opts, ctx) => {
    const abs = { ...ref, path: path.resolve(ref.path) };
    ctx.onProgress('read', 0);
    const ds = await FILE_LOADERS[fileFormat(abs)](abs, opts, ctx);
    ctx.onProgress('read', 1);
    return ds;
  },
};

/** Loads any dataset a lab can name. Failures are `DataError`s with a sentence for people. */
export async function loadDataset(ref: DatasetRef, opts: LoadOptions): Promise<Dataset> {
  const ctx: LoadContext = {
    cacheDir: opts.cacheDir ?? userCacheDir(),
    onProgress: (phase, fraction) => opts.onProgress?.({ phase, fraction }),
  };
  const loader = LOADERS[ref.kind] as Loader<DatasetRef>;
  return loader(ref, opts, ctx);
}

/** Which built-in sets are installed, where, and for missing ones what to put where. */
export function listBuiltinDatasets(
  dataDirs: string[],
  targetDir: string = userDatasetsDir(),
): DatasetAvailability[] {
  return BUILTIN_DATASETS.map((name) => {
    const set = BUILTIN_SETS[name];
    const { location, partial } = set.locate(dataDirs);
    if (location) return { name, title: set.title, found: true, location, searched: dataDirs };
    const place = set.place(targetDir);
    const words = placeWords(name, place);
    const hint = englishError(
      partial ? said('error_two_sentences', { first: partial, second: words }) : words,
    );
    return { name, title: set.title, found: false, searched: dataDirs, hint, place, partial };
  });
}
