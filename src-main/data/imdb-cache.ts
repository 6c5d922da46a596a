/**
 * A cache of the tokenized IMDB reviews, so only the first load pays for reading 50,000 reviews out of
 * a .tar.gz. One file per source, keyed by its path, size and modification time; the file carries a
 * SHA-256 of its body and is checked field by field on reading, and anything odd means "rebuild".
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImdbCorpus, ReviewSet } from './imdb-corpus.ts';
import { ensureDir, fsError } from '../store/safe-fs.ts';

const MAGIC = 'LLIMDB01';
const VERSION = 1;

export interface CacheKey {
  source: string;
  size: number;
  mtimeMs: number;
}

interface Header {
  version: number;
  key: CacheKey;
  trainCount: number;
  testCount: number;
  trainTokens: number;
  testTokens: number;
  vocabSize: number;
  vocabBytes: number;
  sha256: string;
}

/** An archive's size and mtime; for a folder, the review count and the newest of its four folders. */
export function cacheKey(source: string): CacheKey {
  const abs = path.resolve(source);
  const st = fs.statSync(abs);
  if (!st.isDirectory()) return { source: abs, size: st.size, mtimeMs: st.mtimeMs };
  let size = 0;
  let mtimeMs = st.mtimeMs;
  for (const sub of ['train/neg', 'train/pos', 'test/neg', 'test/pos']) {
    const dir = path.join(abs, sub);
    size += fs.readdirSync(dir).length;
    mtimeMs = Math.max(mtimeMs, fs.statSync(dir).mtimeMs);
  }
  return { source: abs, size, mtimeMs };
}

export function cacheFile(cacheDir: string, key: CacheKey): string {
  const hash = crypto.createHash('sha1').update(JSON.stringify(key)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `imdb-${hash}.bin`);
}

const u8 = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function writeCache(file: string, key: CacheKey, corpus: ImdbCorpus): void {
  const vocab = Buffer.from(corpus.vocabulary.slice(1).join('\n'), 'utf8');
  const { train, test } = corpus;
  const parts = [
    train.offsets,
    train.tokens,
    test.offsets,
    test.tokens,
    train.labels,
    test.labels,
    vocab,
  ];
  const hash = crypto.createHash('sha256');
  for (const p of parts) hash.update(u8(p));
  const header: Header = {
    version: VERSION,
    key,
    trainCount: train.labels.length,
    testCount: test.labels.length,
    trainTokens: train.tokens.length,
    testTokens: test.tokens.length,
    vocabSize: corpus.vocabulary.length - 1,
    vocabBytes: vocab.length,
    sha256: hash.digest('hex'),
  };
  let json = JSON.stringify(header);
  while ((MAGIC.length + 4 + Buffer.byteLength(json)) % 8 !== 0) json += ' ';
  const head = Buffer.alloc(MAGIC.length + 4);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(Buffer.byteLength(json), MAGIC.length);
  ensureDir(path.dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeSync(fd, head);
      fs.writeSync(fd, Buffer.from(json, 'utf8'));
      for (const p of parts) fs.writeSync(fd, u8(p));
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw fsError(e, file, 'write');
  }
}

/** The cached corpus, or the reason it cannot be used. */
export function readCache(file: string, key: CacheKey): ImdbCorpus | { reason: string } {
  let buf: Uint8Array;
  try {
    const b = fs.readFileSync(file);
    // Typed-array views need 4-byte alignment; a fresh large read is aligned, a pooled one may not be.
    buf = b.byteOffset % 8 === 0 ? u8(b) : new Uint8Array(b);
  } catch {
    return { reason: 'no cache yet' };
  }
  const text = (a: number, b: number) =>
    Buffer.from(buf.buffer, buf.byteOffset + a, b - a).toString();
  if (buf.length < 12 || text(0, 8) !== MAGIC) return { reason: 'not a LayerLab IMDB cache' };
  const headerLen = new DataView(buf.buffer, buf.byteOffset + 8, 4).getUint32(0, true);
  let header: Header;
  try {
    header = JSON.parse(text(12, 12 + headerLen));
  } catch {
    return { reason: 'unreadable header' };
  }
  if (header.version !== VERSION) return { reason: `cache version ${header.version}` };
  if (JSON.stringify(header.key) !== JSON.stringify(key))
    return { reason: 'made from another file' };
  const { trainCount: nTr, testCount: nTe, trainTokens: tTr, testTokens: tTe } = header;
  const bodyStart = 12 + headerLen;
  const bodyLen = 4 * (nTr + 1 + tTr + nTe + 1 + tTe) + nTr + nTe + header.vocabBytes;
  if (buf.length !== bodyStart + bodyLen) return { reason: 'wrong length' };
  const body = buf.subarray(bodyStart);
  if (crypto.createHash('sha256').update(body).digest('hex') !== header.sha256) {
    return { reason: 'checksum mismatch' };
  }
  let at = buf.byteOffset + bodyStart;
  const u32 = (n: number) => {
    const a = new Uint32Array(buf.buffer, at, n);
    at += 4 * n;
    return a;
  };
  const [trOff, trTok, teOff, teTok] = [u32(nTr + 1), u32(tTr), u32(nTe + 1), u32(tTe)];
  const trLab = new Uint8Array(buf.buffer, at, nTr);
  const teLab = new Uint8Array(buf.buffer, at + nTr, nTe);
  const vocabStart = at + nTr + nTe - buf.byteOffset;
  const vocabulary = ['', ...text(vocabStart, vocabStart + header.vocabBytes).split('\n')];
  if (vocabulary.length !== header.vocabSize + 1) return { reason: 'vocabulary size' };
  const train: ReviewSet = { labels: trLab, offsets: trOff, tokens: trTok };
  const test: ReviewSet = { labels: teLab, offsets: teOff, tokens: teTok };
  for (const set of [train, test]) {
    const { offsets, tokens, labels } = set;
    if (offsets[0] !== 0 || offsets[offsets.length - 1] !== tokens.length)
      return { reason: 'offsets' };
    for (let i = 1; i < offsets.length; i++)
      if (offsets[i] < offsets[i - 1]) return { reason: 'offsets' };
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i] === 0 || tokens[i] > header.vocabSize) return { reason: 'word ids' };
    }
    for (let i = 0; i < labels.length; i++) if (labels[i] > 1) return { reason: 'labels' };
  }
  return { vocabulary, train, test };
}
