/**
 * IMDB movie reviews (Maas et al. 2011) as the classic Keras lab uses them: the `numWords` most
 * frequent training words, each review a multi-hot row (`vectorize_sequences`), positive = 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { said, type ErrorText } from '../contract/error-text.ts';
import type { BuiltinSet, Located } from './builtin-set.ts';
import { type Dataset, type MultiHotFeatures, type Split } from './dataset.ts';
import { ioError, isDir, isFile } from './files.ts';
import { cacheFile, cacheKey, readCache, writeCache } from './imdb-cache.ts';
import { readImdbCorpus, type ImdbCorpus, type ReviewSet } from './imdb-corpus.ts';
import { Rng } from './rng.ts';

const ARCHIVE = 'aclImdb_v1.tar.gz';
const ARCHIVE_RE = /^aclImdb.*\.(tar\.gz|tgz)$/;
const SUBFOLDERS = ['train/pos', 'train/neg', 'test/pos', 'test/neg'];
/** The seed Keras' `imdb.load_data` shuffles with; the order differs from Keras' (another generator). */
const SHUFFLE_SEED = 113;

function candidates(folder: string): string[] {
  const out = [path.join(folder, 'aclImdb'), path.join(folder, ARCHIVE)];
  try {
    const others = fs.readdirSync(folder).filter((n) => ARCHIVE_RE.test(n) && n !== ARCHIVE);
    out.push(...others.sort().map((n) => path.join(folder, n)));
  } catch {
    // A folder that does not exist holds nothing.
  }
  return out;
}

function locateImdb(dataDirs: string[]): Located {
  let partial: ErrorText | undefined;
  for (const dataDir of dataDirs) {
    for (const c of [...candidates(path.join(dataDir, 'imdb')), ...candidates(dataDir)]) {
      if (isFile(c)) return { location: c };
      if (isDir(c)) {
        const missing = SUBFOLDERS.filter((s) => !isDir(path.join(c, s)));
        if (missing.length === 0) return { location: c };
        partial ??= said(
          missing.length > 1 ? 'error_data_partial_folders' : 'error_data_partial_folder',
          { folder: c, missing: { list: missing, join: 'comma' } },
        );
      }
    }
  }
  return { location: null, partial };
}

/** Multi-hot rows over ranks 1..numWords-1 (column 0 unused, as with Keras' `num_words`). */
export function vectorize(set: ReviewSet, numWords: number, order: Uint32Array): Split {
  const count = set.labels.length;
  const stamp = new Int32Array(numWords).fill(-1);
  const offsets = new Uint32Array(count + 1);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const r = order[i];
    for (let k = set.offsets[r]; k < set.offsets[r + 1]; k++) {
      const w = set.tokens[k];
      if (w < numWords && stamp[w] !== i) {
        stamp[w] = i;
        total++;
      }
    }
    offsets[i + 1] = total;
  }
  stamp.fill(-1);
  const indices = new Uint32Array(total);
  const labels = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const r = order[i];
    labels[i] = set.labels[r];
    let at = offsets[i];
    for (let k = set.offsets[r]; k < set.offsets[r + 1]; k++) {
      const w = set.tokens[k];
      if (w < numWords && stamp[w] !== i) {
        stamp[w] = i;
        indices[at++] = w;
      }
    }
    indices.subarray(offsets[i], at).sort();
  }
  const features: MultiHotFeatures = { kind: 'multi-hot', offsets, indices, rowSize: numWords };
  return { count, features, labels };
}

/** A review's first `words` words (those the training vocabulary knows), '...' when there are more. */
export function reviewText(
  set: ReviewSet,
  review: number,
  vocabulary: string[],
  words = 40,
): string {
  const from = set.offsets[review];
  const to = Math.min(set.offsets[review + 1], from + words);
  const text = Array.from(set.tokens.subarray(from, to), (w) => vocabulary[w]).join(' ');
  return to < set.offsets[review + 1] ? `${text} ...` : text;
}

/** The tokenized reviews, from the cache when it is sound, else read from `source` and cached. */
export async function loadImdbCorpus(
  source: string,
  cacheDir: string,
  onProgress: (phase: string, fraction: number) => void = () => {},
): Promise<{ corpus: ImdbCorpus; fromCache: boolean }> {
  let key;
  try {
    key = cacheKey(source);
  } catch (err) {
    throw ioError(source, err);
  }
  const file = cacheFile(cacheDir, key);
  const cached = readCache(file, key);
  if (!('reason' in cached)) return { corpus: cached, fromCache: true };
  const corpus = await readImdbCorpus(source, (f) => onProgress('read', f));
  try {
    onProgress('cache', 0);
    writeCache(file, key, corpus);
  } catch {
    // A read-only or full disk only costs speed next time; the data itself is complete.
  }
  return { corpus, fromCache: false };
}

export const imdb: BuiltinSet = {
  name: 'imdb',
  title: 'IMDB movie reviews',
  locate: locateImdb,
  place: (targetDir) => ({
    files: ARCHIVE,
    folder: `${path.join(targetDir, 'imdb')}${path.sep}`,
  }),
  download: {
    folder: 'imdb',
    baseUrl: 'https://ai.stanford.edu/~amaas/data/sentiment/',
    files: [{ name: ARCHIVE, md5: '7c2ac02c03563afcf9b574c7e56c153a' }],
  },
  async load(source, ref, ctx): Promise<Dataset> {
    const { corpus } = await loadImdbCorpus(source, ctx.cacheDir, ctx.onProgress);
    ctx.onProgress('vectorize', 0);
    const numWords = ref.numWords;
    const rng = new Rng(SHUFFLE_SEED);
    const trainOrder = rng.permutation(corpus.train.labels.length);
    const testOrder = rng.permutation(corpus.test.labels.length);
    const train = vectorize(corpus.train, numWords, trainOrder);
    const test = vectorize(corpus.test, numWords, testOrder);
    ctx.onProgress('vectorize', 1);
    return {
      info: {
        id: 'imdb',
        title: 'IMDB movie reviews',
        task: 'binary',
        classNames: ['negative', 'positive'],
        featureShape: [numWords],
        trainCount: train.count,
        testCount: test.count,
        source,
      },
      train,
      test,
      vocabulary: corpus.vocabulary.slice(0, numWords),
      text: (split, row, words) =>
        split === 'train'
          ? reviewText(corpus.train, trainOrder[row], corpus.vocabulary, words)
          : reviewText(corpus.test, testOrder[row], corpus.vocabulary, words),
    };
  },
};
