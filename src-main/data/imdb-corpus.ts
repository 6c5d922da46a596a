/**
 * The IMDB reviews as ranked word ids, read from the official `aclImdb` folder or a `.tar.gz` of it.
 * This is the numWords-independent part of loading IMDB, and what the cache in `imdb-cache.ts` keeps.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import tar from 'tar-stream';
import { DataError } from './dataset.ts';
import { said } from '../contract/error-text.ts';
import { fmt, ioError } from './files.ts';
import { rankWords, WordIds } from './tokenizer.ts';

export interface ReviewSet {
  /** 0 = negative, 1 = positive. */
  labels: Uint8Array;
  /** Review `i`'s word ranks are `tokens[offsets[i] .. offsets[i + 1])`. */
  offsets: Uint32Array;
  /** Word ranks (1 = most frequent training word); words never seen in training are left out. */
  tokens: Uint32Array;
}

export interface ImdbCorpus {
  /** The word of each rank; index 0 is ''. */
  vocabulary: string[];
  train: ReviewSet;
  test: ReviewSet;
}

interface RawReview {
  split: number;
  label: number;
  id: number;
  seq: Uint32Array;
}

type Progress = (fraction: number) => void;

const SPLITS = ['train', 'test'] as const;
const LABELS = ['neg', 'pos'] as const;
const ENTRY_RE = /(?:^|\/)aclImdb\/(train|test)\/(pos|neg)\/(\d+)_(\d+)\.txt$/;
const FILE_RE = /^(\d+)_(\d+)\.txt$/;

async function readArchive(
  file: string,
  dict: WordIds,
  onProgress: Progress,
): Promise<RawReview[]> {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch (err) {
    throw ioError(file, err);
  }
  const reviews: RawReview[] = [];
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  const extract = tar.extract();
  input.on('error', (err) => extract.destroy(err));
  gunzip.on('error', (err) => extract.destroy(err));
  let read = 0;
  input.on('data', (chunk) => {
    read += chunk.length;
    onProgress(read / size);
  });
  input.pipe(gunzip).pipe(extract);
  try {
    for await (const entry of extract) {
      const m = ENTRY_RE.exec(entry.header.name);
      if (entry.header.type !== 'file' || !m) {
        entry.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      reviews.push({
        split: SPLITS.indexOf(m[1] as 'train'),
        label: LABELS.indexOf(m[2] as 'pos'),
        id: Number(m[3]),
        seq: dict.encode(Buffer.concat(chunks).toString('utf8')),
      });
    }
  } catch (err) {
    if (err instanceof DataError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw new DataError(
      'corrupt',
      said('error_imdb_archive', { file, detail, count: fmt(reviews.length) }),
      file,
    );
  } finally {
    input.destroy();
  }
  return reviews;
}

async function readFolder(
  folder: string,
  dict: WordIds,
  onProgress: Progress,
): Promise<RawReview[]> {
  const jobs: { file: string; split: number; label: number; id: number }[] = [];
  for (const [split, s] of SPLITS.entries()) {
    for (const [label, l] of LABELS.entries()) {
      const dir = path.join(folder, s, l);
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch (err) {
        throw ioError(dir, err);
      }
      for (const name of names) {
        const m = FILE_RE.exec(name);
        if (m) jobs.push({ file: path.join(dir, name), split, label, id: Number(m[1]) });
      }
    }
  }
  const reviews: RawReview[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i];
      let text: string;
      try {
        text = await fs.promises.readFile(job.file, 'utf8');
      } catch (err) {
        throw ioError(job.file, err);
      }
      reviews[i] = { ...job, seq: dict.encode(text) };
      if (++done % 500 === 0) onProgress(done / jobs.length);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return reviews;
}

function toReviewSet(reviews: RawReview[], rankOf: Uint32Array): ReviewSet {
  const offsets = new Uint32Array(reviews.length + 1);
  let total = 0;
  for (const [i, r] of reviews.entries()) {
    for (const id of r.seq) if (rankOf[id] !== 0) total++;
    offsets[i + 1] = total;
  }
  const tokens = new Uint32Array(total);
  const labels = new Uint8Array(reviews.length);
  let k = 0;
  for (const [i, r] of reviews.entries()) {
    labels[i] = r.label;
    for (const id of r.seq) if (rankOf[id] !== 0) tokens[k++] = rankOf[id];
  }
  return { labels, offsets, tokens };
}

/**
 * Reads every labelled review and ranks the words of the training reviews. Reviews are put in a
 * fixed order (split, negative before positive, review id) before ranking, so ties between equally
 * frequent words are broken the same way whether the source is a folder or an archive.
 */
export async function readImdbCorpus(source: string, onProgress: Progress): Promise<ImdbCorpus> {
  const dict = new WordIds();
  let isFolder: boolean;
  try {
    isFolder = fs.statSync(source).isDirectory();
  } catch (err) {
    throw ioError(source, err);
  }
  const reviews = isFolder
    ? await readFolder(source, dict, onProgress)
    : await readArchive(source, dict, onProgress);
  reviews.sort((a, b) => a.split - b.split || a.label - b.label || a.id - b.id);
  for (const [split, s] of SPLITS.entries()) {
    for (const [label, l] of LABELS.entries()) {
      if (!reviews.some((r) => r.split === split && r.label === label)) {
        const where = isFolder
          ? path.join(source, s, l)
          : said('error_imdb_inside', { folder: `aclImdb/${s}/${l}/`, source });
        throw new DataError(
          'empty',
          said('error_imdb_no_reviews', {
            where,
            layout: 'aclImdb/{train,test}/{pos,neg}/<id>_<rating>.txt',
          }),
          source,
        );
      }
    }
  }
  const train = reviews.filter((r) => r.split === 0);
  const test = reviews.filter((r) => r.split === 1);
  const { rankOf, words } = rankWords(
    train.map((r) => r.seq),
    dict.words,
  );
  return { vocabulary: words, train: toReviewSet(train, rankOf), test: toReviewSet(test, rankOf) };
}
