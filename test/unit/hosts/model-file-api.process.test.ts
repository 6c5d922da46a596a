/**
 * `importModelFile` and `evaluateRun` through the browser host, as the UI calls them: the file's
 * bytes over the WebSocket, a finished run with weights in the runs list, and each refusal as an
 * error with its code and one sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWire } from '../../../src-main/contract/wire.ts';
import { call, openClient, startTestHost, type TestHost } from './host-harness.ts';

let host: TestHost;
let ws: WebSocket;
beforeAll(async () => {
  host = await startTestHost();
  ws = await openClient(host);
});
afterAll(async () => {
  ws?.close();
  await host?.stop();
});

const bytesArg = (bytes: Uint8Array) => JSON.parse(encodeWire(bytes));
const fixture = (name: string) =>
  new Uint8Array(
    fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/keras/models', name)),
  );

describe('Keras model files through the API', () => {
  it('imports a .h5 file as a finished run with weights, then evaluates it on a dataset it fits or says why not', async () => {
    const reply = await call(ws, 'importModelFile', ['tiny.h5', bytesArg(fixture('tiny.h5'))]);
    expect(reply.error).toBeUndefined();
    const imported = reply.result as {
      runId: string;
      lab: { name: string };
      warnings: { message: string }[];
    };
    expect(imported.lab.name).toBe('tiny');
    expect(imported.warnings.map((w) => w.message).join(' ')).toMatch(/choose the dataset/);
    const runs = (await call(ws, 'listRuns')).result as {
      id: string;
      name: string;
      status: string;
      hasWeights: boolean;
      totalParams: number;
      epochsPlanned: number;
    }[];
    expect(runs.find((r) => r.id === imported.runId)).toMatchObject({
      name: 'tiny.h5 (imported)',
      status: 'completed',
      hasWeights: true,
      // Keras' count_params() of the file's model; no epochs were planned in LayerLab.
      totalParams: 96,
      epochsPlanned: 0,
    });
    const evaluated = await call(ws, 'evaluateRun', [
      imported.runId,
      { dataset: { kind: 'synthetic', shape: 'moons', samples: 100 } },
    ]);
    expect(evaluated.error?.code).toBe('invalid-graph');
    expect(evaluated.error?.message).toMatch(/Input layer 'pixels' has shape \[6, 6, 1\]/);
  }, 60_000);

  it('refuses bytes that are not a Keras model in one sentence, with its message key for the UI', async () => {
    const reply = await call(ws, 'importModelFile', [
      'notes.keras',
      bytesArg(new TextEncoder().encode('hello')),
    ]);
    expect(reply.error).toEqual({
      code: 'unsupported',
      message:
        "notes.keras is neither a Keras .keras file (a zip) nor an HDF5 .h5 file; save the model from Keras with model.save('model.keras') or model.save('model.h5').",
      file: 'notes.keras',
      key: 'error_model_file_not_keras',
      params: { file: 'notes.keras' },
    });
  });
});
