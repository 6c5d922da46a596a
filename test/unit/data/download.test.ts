/** Downloads against a local HTTP server on 127.0.0.1 serving generated files: no other address. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src-main/data/dataset.ts';
import { BUILTIN_SETS, downloadDataset, loadDataset } from '../../../src-main/data/index.ts';
import { gzip, idx, tarGz, tempDir, tinyIdxSet } from './helpers.ts';

const set = tinyIdxSet(4, 2, 2, 2);
const FILES: Record<string, Uint8Array> = {
  'train-images-idx3-ubyte.gz': gzip(idx(0x803, [4, 2, 2], set.trainImages)),
  'train-labels-idx1-ubyte.gz': gzip(idx(0x801, [4], set.trainLabels)),
  't10k-images-idx3-ubyte.gz': gzip(idx(0x803, [2, 2, 2], set.testImages)),
  't10k-labels-idx1-ubyte.gz': gzip(idx(0x801, [2], set.testLabels)),
};
const md5 = (b: Uint8Array) => crypto.createHash('md5').update(b).digest('hex');
const GOOD = Object.fromEntries(Object.entries(FILES).map(([k, v]) => [k, md5(v)]));

let server: http.Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  FILES['aclImdb_v1.tar.gz'] = await tarGz({ 'aclImdb/train/pos/0_9.txt': 'fine' });
  server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '').split('/').pop() ?? '');
    requests.push(req.url ?? '');
    const body = FILES[name];
    if (req.url?.startsWith('/cut/') && body) {
      // Announce the full length, send half, then drop the connection.
      res.writeHead(200, { 'content-length': String(body.length) });
      res.write(body.subarray(0, body.length >> 1), () => res.destroy());
      return;
    }
    if (!body || req.url !== '/' + name) {
      res.writeHead(404).end('not here');
      return;
    }
    res.writeHead(200, { 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const leftovers = (dir: string) => fs.readdirSync(dir).filter((n) => n.endsWith('.part'));

describe('downloadDataset', () => {
  it('fetches every file, checks it and leaves a loadable set', async () => {
    const target = tempDir();
    const phases: string[] = [];
    const folder = await downloadDataset('mnist', {
      targetDir: target,
      baseUrl: base,
      checksums: GOOD,
      onProgress: (p) => phases.push(`${p.phase}:${p.fraction}`),
    });
    expect(folder).toBe(path.join(target, 'mnist'));
    expect(fs.readdirSync(folder).sort()).toEqual(Object.keys(GOOD).sort());
    expect(phases).toContain('download train-images-idx3-ubyte.gz:1');
    const ds = await loadDataset(
      { kind: 'builtin', name: 'mnist', numWords: 10000 },
      { dataDirs: [target] },
    );
    expect(ds.info.trainCount).toBe(4);
    expect(Array.from(ds.test!.labels)).toEqual(set.testLabels);

    // A second call finds the files in place and fetches nothing.
    const before = requests.length;
    await downloadDataset('mnist', { targetDir: target, baseUrl: base, checksums: GOOD });
    expect(requests.length).toBe(before);
  });

  it('refuses a file whose checksum does not match and keeps no partial file', async () => {
    const target = tempDir();
    const checksums = { ...GOOD, 'train-labels-idx1-ubyte.gz': '0'.repeat(32) };
    const err = await downloadDataset('mnist', {
      targetDir: target,
      baseUrl: base,
      checksums,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err.code).toBe('download');
    expect(err.message).toContain(
      `${base}train-labels-idx1-ubyte.gz has the md5 checksum ${GOOD['train-labels-idx1-ubyte.gz']}`,
    );
    expect(err.message).toContain('so it was not kept');
    const folder = path.join(target, 'mnist');
    expect(fs.existsSync(path.join(folder, 'train-labels-idx1-ubyte.gz'))).toBe(false);
    expect(leftovers(folder)).toEqual([]);
  });

  it('uses the official checksums by default, so generated files are refused', async () => {
    const target = tempDir();
    const err = await downloadDataset('imdb', { targetDir: target, baseUrl: base }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toContain(`not the expected ${BUILTIN_SETS.imdb.download.files[0].md5}`);
    expect(fs.readdirSync(path.join(target, 'imdb'))).toEqual([]);
  });

  it('reports an HTTP error with the address', async () => {
    const target = tempDir();
    const err = await downloadDataset('fashion-mnist', {
      targetDir: target,
      baseUrl: base + 'missing/',
      checksums: GOOD,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toContain(
      `Downloading ${base}missing/train-images-idx3-ubyte.gz failed with HTTP 404`,
    );
  });

  it('reports a connection that breaks off, and keeps nothing', async () => {
    const target = tempDir();
    const err = await downloadDataset('mnist', {
      targetDir: target,
      baseUrl: base + 'cut/',
      checksums: GOOD,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(DataError);
    expect(err.code).toBe('download');
    expect(err.message).toContain(`${base}cut/train-images-idx3-ubyte.gz`);
    expect(fs.readdirSync(path.join(target, 'mnist'))).toEqual([]);
  });

  it('names the official mirrors', () => {
    expect(BUILTIN_SETS.mnist.download.baseUrl).toBe(
      'https://storage.googleapis.com/cvdf-datasets/mnist/',
    );
    expect(BUILTIN_SETS['fashion-mnist'].download.baseUrl).toBe(
      'http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/',
    );
    expect(BUILTIN_SETS.imdb.download.baseUrl + BUILTIN_SETS.imdb.download.files[0].name).toBe(
      'https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz',
    );
  });
});
