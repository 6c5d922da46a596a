/**
 * The memory a model takes to train, estimated before a trainer is spawned, against the machine: a
 * model that cannot fit is refused with the figures instead of swapping the machine to a halt.
 */
import os from 'node:os';
import type { LabFile } from '../contract/lab.ts';
import { fmtCount, type GraphAnalysis } from '../contract/validate.ts';
import { fmtBytes } from '../data/files.ts';
import { said } from '../contract/error-text.ts';
import { EngineError } from './errors.ts';

/** Weights, their gradients and Adam's two moment slots: four float32 copies of every parameter. */
const BYTES_PER_PARAM = 4 * 4;
/** Every layer's output for one batch, float32, kept for the backward pass with its gradient. */
const BYTES_PER_ACTIVATION = 4 * 2;
/** A trainer may take at most this share of the machine's memory. */
const SHARE_OF_MACHINE = 0.5;

export interface MachineMemory {
  totalBytes: number;
  freeBytes: number;
}

export interface TrainingEstimate {
  params: number;
  paramBytes: number;
  activationBytes: number;
  totalBytes: number;
}

export const thisMachine = (): MachineMemory => ({
  totalBytes: os.totalmem(),
  freeBytes: os.freemem(),
});

/** Parameters x 16 bytes, plus one batch of every layer's outputs x 8 bytes. */
export function estimateTraining(lab: LabFile, analysis: GraphAnalysis): TrainingEstimate {
  const outputs = Object.values(analysis.nodes).reduce(
    (sum, n) => sum + (n.shape ? n.shape.reduce((a, b) => a * b, 1) : 0),
    0,
  );
  const paramBytes = analysis.totalParams * BYTES_PER_PARAM;
  const activationBytes = lab.training.batchSize * outputs * BYTES_PER_ACTIVATION;
  return {
    params: analysis.totalParams,
    paramBytes,
    activationBytes,
    totalBytes: paramBytes + activationBytes,
  };
}

/** Throws `too-large` with the figures when the lab's model would not fit in this machine's memory. */
export function checkModelBudget(
  lab: LabFile,
  analysis: GraphAnalysis,
  machine: MachineMemory = thisMachine(),
): TrainingEstimate {
  const e = estimateTraining(lab, analysis);
  const needs = said('error_budget_needs', {
    total: fmtBytes(e.totalBytes),
    params: fmtCount(e.params),
    paramBytes: fmtBytes(e.paramBytes),
    batch: lab.training.batchSize,
    activations: fmtBytes(e.activationBytes),
  });
  const cap = machine.totalBytes * SHARE_OF_MACHINE;
  if (e.totalBytes > cap)
    throw new EngineError(
      'too-large',
      said('error_budget_over_half', {
        needs,
        machine: fmtBytes(machine.totalBytes),
        cap: fmtBytes(cap),
      }),
    );
  if (e.totalBytes > machine.freeBytes)
    throw new EngineError(
      'too-large',
      said('error_budget_not_free', { needs, free: fmtBytes(machine.freeBytes) }),
    );
  return e;
}
