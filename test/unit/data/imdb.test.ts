import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImdbCorpus } from '../../../src-main/data/imdb.ts';
import { listBuiltinDatasets, loadDataset } from '../../../src-main/data/index.ts';
import { tarGz, tempDir, write } from './helpers.ts';

const REVIEWS: Record<string, string> = {
  'aclImdb/train/neg/0_1.txt': 'Bad movie. Bad!',
  'aclImdb/train/neg/1_2.txt': 'the worst',
  'aclImdb/train/pos/0_9.txt': 'A great movie<br />the best',
  'aclImdb/train/pos/1_10.txt': 'Great, great fun.',
  'aclImdb/test/neg/0_3.txt': 'Awful movie, unseen words',
  'aclImdb/test/pos/0_8.txt': 'great fun',
  'aclImdb/README': 'not a review',
  'aclImdb/train/unsup/0_0.txt': 'unlabelled reviews are ignored',
};
// Training counts: great 3; bad, movie, the 2 (first seen in that order); worst, a, best, fun 1.
const VOCAB = ['', 'great', 'bad', 'movie', 'the', 'worst', 'a', 'best', 'fun'];

/** Each row as "label:sorted columns", sorted, so the check does not depend on the shuffle. */
function rowsOf(split: NonNullable<Awaited<ReturnType<typeof loadDataset>>['test']>): string[] {
  const f = split.features;
  if (f.kind !== 'multi-hot') throw new Error('expected multi-hot');
  const rows = [];
  for (let i = 0; i < split.count; i++) {
    const cols = Array.from(f.indices.subarray(f.offsets[i], f.offsets[i + 1])).sort(
      (a, b) => a - b,
    );
    rows.push(`${split.labels[i]}:${cols.join(',')}`);
  }
  return rows.sort();
}

async function archiveIn(dir: string, name = 'aclImdb_v1.tar.gz'): Promise<string> {
  return write(path.join(dir, 'imdb', name), await tarGz(REVIEWS));
}

const ref = (numWords: number) => ({ kind: 'builtin' as const, name: 'imdb' as const, numWords });

describe('IMDB', () => {
  it('tokenizes and ranks the training words as Keras does, and builds multi-hot rows', async () => {
    const dir = tempDir();
    await archiveIn(dir);
    const ds = await loadDataset(ref(4), { dataDirs: [dir], cacheDir: path.join(dir, 'cache') });
    expect(ds.info).toMatchObject({
      id: 'imdb',
      task: 'binary',
      classNames: ['negative', 'positive'],
      featureShape: [4],
      trainCount: 4,
      testCount: 2,
    });
    expect(ds.vocabulary).toEqual(VOCAB.slice(0, 4));
    // numWords 4 keeps ranks 1..3 (great, bad, movie); column 0 is never set.
    expect(rowsOf(ds.train)).toEqual(['0:', '0:2,3', '1:1', '1:1,3']);
    expect(rowsOf(ds.test!)).toEqual(['0:3', '1:1']);
  });

  it("gives each row's review text in order, whatever numWords keeps (Dataset.text)", async () => {
    const dir = tempDir();
    await archiveIn(dir);
    const ds = await loadDataset(ref(4), { dataDirs: [dir], cacheDir: path.join(dir, 'cache') });
    const texts = (split: 'train' | 'test', count: number, words?: number) =>
      Array.from({ length: count }, (_, row) => {
        const labels = split === 'train' ? ds.train.labels : ds.test!.labels;
        return `${labels[row]}:${ds.text!(split, row, words)}`;
      }).sort();
    // Words never seen in training ('awful', 'unseen') are not in the corpus.
    expect(texts('test', 2)).toEqual(['0:movie', '1:great fun']);
    expect(texts('train', 4)).toEqual([
      '0:bad movie bad',
      '0:the worst',
      '1:a great movie the best',
      '1:great great fun',
    ]);
    expect(texts('train', 4, 2)).toContain('1:a great ...');
  });

  it('keeps every training word when numWords is large', async () => {
    const dir = tempDir();
    await archiveIn(dir);
    const ds = await loadDataset(ref(100), { dataDirs: [dir], cacheDir: path.join(dir, 'cache') });
    expect(ds.vocabulary).toEqual(VOCAB);
    expect(ds.info.featureShape).toEqual([100]);
    expect(rowsOf(ds.train)).toEqual(['0:2,3', '0:4,5', '1:1,3,4,6,7', '1:1,8']);
    // Words seen only in test reviews ("awful", "unseen", "words") have no rank and are dropped.
    expect(rowsOf(ds.test!)).toEqual(['0:3', '1:1,8']);
  });

  it('reads the unpacked aclImdb folder the same as the archive', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await archiveIn(a);
    for (const [name, text] of Object.entries(REVIEWS)) write(path.join(b, name), text);
    const opts = (d: string) => ({ dataDirs: [d], cacheDir: path.join(d, 'cache') });
    const fromTar = await loadDataset(ref(100), opts(a));
    const fromDir = await loadDataset(ref(100), opts(b));
    expect(fromDir.info.source).toBe(path.join(b, 'aclImdb'));
    expect(fromDir.vocabulary).toEqual(fromTar.vocabulary);
    expect(rowsOf(fromDir.train)).toEqual(rowsOf(fromTar.train));
    expect(rowsOf(fromDir.test!)).toEqual(rowsOf(fromTar.test!));
  });

  it('finds any aclImdb*.tar.gz in <dir>/imdb or <dir>', async () => {
    const dir = tempDir();
    const file = write(path.join(dir, 'aclImdb_v1_subset.tar.gz'), await tarGz(REVIEWS));
    const [, , imdb] = listBuiltinDatasets([dir], '/t');
    expect(imdb).toMatchObject({ name: 'imdb', found: true, location: file });
  });

  it('caches the tokenized reviews and rebuilds a broken or stale cache', async () => {
    const dir = tempDir();
    const source = await archiveIn(dir);
    const cacheDir = path.join(dir, 'cache');
    const first = await loadImdbCorpus(source, cacheDir);
    expect(first.fromCache).toBe(false);
    const second = await loadImdbCorpus(source, cacheDir);
    expect(second.fromCache).toBe(true);
    expect(second.corpus.vocabulary).toEqual(first.corpus.vocabulary);
    expect(Array.from(second.corpus.train.tokens)).toEqual(Array.from(first.corpus.train.tokens));
    expect(Array.from(second.corpus.test.offsets)).toEqual(Array.from(first.corpus.test.offsets));

    const [cacheFile] = fs.readdirSync(cacheDir).map((n) => path.join(cacheDir, n));
    const bytes = fs.readFileSync(cacheFile);
    bytes[bytes.length - 20] ^= 0xff; // flip a byte in the body
    fs.writeFileSync(cacheFile, bytes);
    const rebuilt = await loadImdbCorpus(source, cacheDir);
    expect(rebuilt.fromCache).toBe(false);
    expect(Array.from(rebuilt.corpus.train.tokens)).toEqual(Array.from(first.corpus.train.tokens));
    expect((await loadImdbCorpus(source, cacheDir)).fromCache).toBe(true);

    fs.truncateSync(cacheFile, 100);
    expect((await loadImdbCorpus(source, cacheDir)).fromCache).toBe(false);

    // A changed source (new mtime) is a different cache entry.
    fs.utimesSync(source, new Date(), new Date(Date.now() + 60_000));
    expect((await loadImdbCorpus(source, cacheDir)).fromCache).toBe(false);
  });
});
