/**
 * The API's reach: in the browser host a request may only name paths inside the labs, exports and
 * data folders (after symbolic links are resolved); the desktop host, whose user picks paths with
 * dialogs, keeps full paths. Errors about a file never quote its content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequential } from '../../../src-main/contract/graph.ts';
import {
  LAB_FORMAT,
  parseLab,
  serializeLab,
  type LabFile,
} from '../../../src-main/contract/lab.ts';
import { forkTrainer, probeBackend } from '../../../src-main/engine/trainer-client.ts';
import { LayerLabService } from '../../../src-main/hosts/service.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { call, deadline, openClient, startTestHost, type TestHost } from './host-harness.ts';

const lab = (dataset: unknown = { kind: 'synthetic', shape: 'moons', samples: 100 }): LabFile =>
  parseLab({
    format: LAB_FORMAT,
    version: 1,
    name: 'paths',
    graph: sequential([
      { kind: 'Input', params: { shape: [2] } },
      { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
    ]),
    dataset,
    training: { epochs: 1, batchSize: 16 },
  });

let host: TestHost;
let ws: WebSocket;
let outside: string;
beforeAll(async () => {
  host = await startTestHost();
  ws = await openClient(host);
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-outside-'));
  fs.writeFileSync(path.join(outside, 'secret.layerlab.json'), 'root:x:0:0:root:/root:/bin/bash\n');
  fs.writeFileSync(path.join(outside, 'secret.csv'), 'x,y,label\n1,2,0\n');
  const labs = path.join(host.home, 'labs');
  fs.mkdirSync(labs);
  fs.symlinkSync(path.join(outside, 'secret.layerlab.json'), path.join(labs, 'link.layerlab.json'));
  fs.symlinkSync(outside, path.join(labs, 'out'));
  fs.symlinkSync(path.join(outside, 'secret.csv'), path.join(host.dataDir, 'link.csv'));
  fs.mkdirSync(path.join(host.home, 'exports'));
  fs.symlinkSync(outside, path.join(host.home, 'exports', 'out'));
});
afterAll(async () => {
  ws?.close();
  await host?.stop();
  fs.rmSync(outside, { recursive: true, force: true });
});

const fileSet = (p: string) => ({ kind: 'file', path: p, labelColumn: 'label' });

describe('the browser host refuses paths outside its folders with forbidden-path', () => {
  const cases: { name: string; method: string; args: () => unknown[]; names: () => string }[] = [
    {
      name: 'saveLab to an absolute path outside',
      method: 'saveLab',
      args: () => [path.join(outside, 'x'), lab()],
      names: () => path.join(outside, 'x.layerlab.json'),
    },
    {
      name: 'saveLab with a .. escape',
      method: 'saveLab',
      args: () => ['../../escape', lab()],
      names: () => 'escape.layerlab.json',
    },
    {
      name: 'saveLab through a linked folder in labs',
      method: 'saveLab',
      args: () => ['out/x', lab()],
      names: () => 'out/x.layerlab.json',
    },
    {
      name: 'saveLab to /proc/nope/lab',
      method: 'saveLab',
      args: () => ['/proc/nope/lab', lab()],
      names: () => '/proc/nope/lab.layerlab.json',
    },
    {
      name: 'saveLab into a data folder',
      method: 'saveLab',
      args: () => [path.join(host.dataDir, 'planted'), lab()],
      names: () => 'planted.layerlab.json',
    },
    {
      name: 'openLab of an absolute path outside',
      method: 'openLab',
      args: () => [path.join(outside, 'secret')],
      names: () => 'secret.layerlab.json',
    },
    {
      name: 'openLab with a .. escape',
      method: 'openLab',
      args: () => [`../../../../../..${outside}/secret`],
      names: () => 'secret.layerlab.json',
    },
    {
      name: 'openLab of a link in labs to a file outside',
      method: 'openLab',
      args: () => ['link'],
      names: () => 'link.layerlab.json',
    },
    {
      name: 'exportRun to an absolute folder outside',
      method: 'exportRun',
      args: () => ['no-such-run', { format: 'tfjs', dir: outside }],
      names: () => outside,
    },
    {
      name: 'exportRun with a .. escape',
      method: 'exportRun',
      args: () => ['no-such-run', { format: 'tfjs', dir: '../../../tmp' }],
      names: () => '/tmp',
    },
    {
      name: 'exportRun through a linked folder in exports',
      method: 'exportRun',
      args: () => ['no-such-run', { format: 'tfjs', dir: 'out' }],
      names: () => 'out',
    },
    {
      name: 'describeDataset of a file outside',
      method: 'describeDataset',
      args: () => [fileSet(path.join(outside, 'secret.csv'))],
      names: () => 'secret.csv',
    },
    {
      name: 'describeDataset with a .. escape',
      method: 'describeDataset',
      args: () => [fileSet(`${host.dataDir}/../../../${outside}/secret.csv`)],
      names: () => 'secret.csv',
    },
    {
      name: 'describeDataset of a link in a data folder',
      method: 'describeDataset',
      args: () => [fileSet(path.join(host.dataDir, 'link.csv'))],
      names: () => 'link.csv',
    },
    {
      name: 'startRun on a dataset file outside',
      method: 'startRun',
      args: () => [{ lab: lab(fileSet('/etc/passwd')) }],
      names: () => '/etc/passwd',
    },
    {
      name: 'startGrid on a dataset file outside',
      method: 'startGrid',
      args: () => [
        {
          ...lab(fileSet('/etc/passwd')),
          grid: {
            params: [{ path: 'training.batchSize', values: [8, 16] }],
            evaluation: { kind: 'holdout', fraction: 0.2 },
          },
        },
      ],
      names: () => '/etc/passwd',
    },
  ];
  it.each(cases)('$name', async ({ method, args, names }) => {
    const reply = await call(ws, method, args());
    expect(reply.error?.code).toBe('forbidden-path');
    expect(reply.error?.message).toContain(names());
    expect(reply.error?.message).toContain(path.join(host.home, 'labs'));
    expect(reply.error?.message).not.toContain('root:x');
    expect(fs.readdirSync(outside).sort()).toEqual(['secret.csv', 'secret.layerlab.json']);
  });

  it('paths inside the folders get through to the work itself', async () => {
    const saved = await call(ws, 'saveLab', ['mine', lab()]);
    expect(saved.result).toEqual({ path: path.join(host.home, 'labs', 'mine.layerlab.json') });
    expect((await call(ws, 'openLab', ['mine'])).error).toBeUndefined();
    // No such run, but the folder was allowed: the refusal is about the run.
    expect(
      (await call(ws, 'exportRun', ['no-such-run', { format: 'tfjs', dir: 'model' }])).error?.code,
    ).toBe('not-found');
  });

  it('the recent list (shared with the desktop host) shows only labs this host may open', async () => {
    const desk = path.join(outside, 'desk-only.layerlab.json');
    fs.writeFileSync(desk, serializeLab({ ...lab(), name: 'private desk lab' }));
    const mine = path.join(host.home, 'labs', 'mine.layerlab.json');
    fs.writeFileSync(path.join(host.home, 'recent-labs.json'), JSON.stringify([desk, mine]));
    const listing = (await call(ws, 'listLabs')).result as {
      recent: { path: string; name: string }[];
    };
    expect(listing.recent.map((e) => e.path)).toEqual([mine]);
    expect(JSON.stringify(listing)).not.toContain('private desk lab');
  });

  it('a dataset file inside a data folder reaches the trainer', async () => {
    fs.writeFileSync(
      path.join(host.dataDir, 'points.csv'),
      'x,y,label\n1,2,0\n2,1,1\n3,3,0\n0,1,1\n',
    );
    const reply = await call(ws, 'describeDataset', [
      fileSet(path.join(host.dataDir, 'points.csv')),
    ]);
    expect(reply.error).toBeUndefined();
    expect(reply.result).toMatchObject({ featureShape: [2] });
  });
});

describe('errors about a file name it and the place, never its content', () => {
  const cases = [
    {
      name: 'a password file saved as a lab',
      text: 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1\n',
      secret: 'root:x',
      place: 'a character JSON does not allow',
    },
    {
      name: 'a secret before the syntax error',
      text: '{\n  "token": "sk-live-123" x\n}',
      secret: 'sk-live-123',
      place: 'line 2, column 26',
    },
    {
      name: 'a string cut short',
      text: '{"token": "sk-live-123',
      secret: 'sk-live-123',
      place: 'line 1, column 23',
    },
    { name: 'an empty file', text: '', secret: 'undefined', place: 'ends before the JSON does' },
    {
      name: 'text after the JSON',
      text: '{}\nsk-live-123',
      secret: 'sk-live-123',
      place: 'line 2, column 1',
    },
  ];
  it.each(cases)('$name', async ({ text, secret, place }) => {
    const file = path.join(
      host.home,
      'labs',
      `quoted-${Math.random().toString(36).slice(2)}.layerlab.json`,
    );
    fs.writeFileSync(file, text);
    const reply = await call(ws, 'openLab', [file]);
    expect(reply.error?.code).toBe('invalid-lab');
    expect(reply.error?.message).toContain(file);
    expect(reply.error?.message).toContain(place);
    expect(reply.error?.message).not.toContain(secret);
  });
});

describe('the desktop host keeps full paths (its user picks them with dialogs)', () => {
  it('saves and opens outside the labs folder, and /proc gets a sentence, not a hang', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-dialogs-'));
    const store = new RunStore(path.join(home, 'runs.sqlite'));
    const spawnTrainer = () => forkTrainer();
    const service = new LayerLabService({
      host: 'electron',
      pathPolicy: 'dialogs',
      store,
      dataDirs: [],
      spawnTrainer,
      probeBackend: () => probeBackend(spawnTrainer),
      appDir: home,
    });
    try {
      const target = path.join(outside, 'desk');
      expect(await service.saveLab(target, lab())).toEqual({ path: `${target}.layerlab.json` });
      expect((await service.openLab(target)).lab.name).toBe('paths');
      fs.writeFileSync(path.join(outside, 'plain.layerlab.json'), serializeLab(lab()));
      const error = await deadline(
        service.saveLab('/proc/nope/lab', lab()).then(
          () => null,
          (e: Error & { code: string }) => e,
        ),
        10_000,
        'saveLab under /proc',
      );
      expect(error?.code).toBe('bad-path');
      expect(error?.message).toContain('/proc/nope');
    } finally {
      store.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
