/**
 * The ONNX writer, proven by ONNX Runtime: models trained by LayerLab (in real trainer processes)
 * are exported and run by onnxruntime-node, and must predict what LayerLab predicts from the same
 * stored weights within 1e-5 on 100 inputs. Together the labs use every layer kind and activation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LabFile } from '../../../src-main/contract/lab.ts';
import { toOnnx } from '../../../src-main/export/onnx/write.ts';
import { mulberry32 } from '../../../src-main/engine/random.ts';
import {
  activationsLab,
  barImages,
  imageLab,
  mergesLab,
  writeBarImages,
} from '../../helpers/export-labs.ts';
import { runOnnx } from '../../helpers/run-onnx.ts';
import { predictStored, trainStored } from '../../helpers/stored-model.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-onnx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const maxAbsDiff = (a: Float32Array, b: Float32Array) =>
  a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

/** Trains `lab`, exports it and compares both predictions on `x`; returns the largest difference. */
async function compare(lab: LabFile, x: Float32Array, shape: number[]) {
  const { model } = await trainStored(lab, dir);
  const bytes = await toOnnx(lab, model, 'LayerLab 0.1.0');
  const expected = await predictStored(model, x, shape);
  const got = await runOnnx(bytes, x, shape);
  const names = lab.graph.nodes;
  expect(got.input).toBe(names.find((n) => n.kind === 'Input')!.name);
  expect(got.output).toBe(names.at(-1)!.name);
  expect(got.shape).toEqual(expected.shape);
  const diff = maxAbsDiff(got.values, expected.values);
  console.log(`${lab.name}: max abs diff ${diff.toExponential(2)} over ${shape[0]} inputs`);
  return diff;
}

/** 100 points around the two moons. */
function points(): Float32Array {
  const random = mulberry32(7);
  return Float32Array.from({ length: 200 }, (_, i) => (i % 2 ? 3 : 4) * random() - 1.5);
}

describe('ONNX export, run by ONNX Runtime', () => {
  it('an MLP with every activation, BatchNormalization and Dropout predicts as LayerLab does', async () => {
    expect(await compare(activationsLab(), points(), [100, 2])).toBeLessThan(1e-5);
  });

  it('a functional model with Add and Concatenate predicts as LayerLab does', async () => {
    expect(await compare(mergesLab(), points(), [100, 2])).toBeLessThan(1e-5);
  });

  it('an image model (convolutions, poolings, normalizations, merges, reshapes) predicts as LayerLab does', async () => {
    const lab = imageLab(
      [16, 16, 1],
      3,
      { kind: 'file', path: writeBarImages(dir), format: 'npz' },
      { epochs: 2, batchSize: 32, seed: 1, validation: { kind: 'none' } },
    );
    const x = Float32Array.from(barImages(100, 2).x, (v) => v / 255);
    expect(await compare(lab, x, [100, 16, 16, 1])).toBeLessThan(1e-5);
  });
});
