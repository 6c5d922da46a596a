/**
 * The WebGPU rung without a GPU: Chromium's SwiftShader Vulkan driver (Debian's chromium-common) is
 * a software adapter, set only in the child processes' environment. Training on it must match the
 * cpu backend; the ladder must skip it unless forced, and say so; no driver at all is a reason too.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../../src-main/contract/api.ts';
import { RunManager } from '../../../src-main/engine/run-manager.ts';
import { forkTrainer, probeBackend } from '../../../src-main/engine/trainer-client.ts';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { moons } from '../../helpers/labs.ts';
import { withDeadline } from '../../helpers/wait.ts';

const ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';
// LAYERLAB_BACKEND would override the backend each probe asks for.
const base = { ...process.env, LAYERLAB_BACKEND: '' };
const swiftShader = { ...base, VK_ICD_FILENAMES: ICD, LD_LIBRARY_PATH: '/usr/lib/chromium' };
/** No Vulkan driver: the loader finds no ICD in a file that does not exist. */
const noDriver = { ...base, VK_ICD_FILENAMES: '/nonexistent/icd.json' };

/** The same tolerance as the kernel equivalence tests (kernels.test.ts). */
const TOLERANCE = 1e-4;

const probe = (env: NodeJS.ProcessEnv, backend: 'auto' | 'webgpu') =>
  withDeadline(
    probeBackend(() => forkTrainer(undefined, env), backend),
    `a ${backend} probe`,
  );

describe.runIf(fs.existsSync(ICD))('WebGPU on SwiftShader', () => {
  it('trains the MLP, a CNN and its BatchNormalization + Dropout variant as the cpu backend does', () => {
    const script = fileURLToPath(
      new URL('../../../src-main/engine/webgpu-check.ts', import.meta.url),
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 100_000,
      env: swiftShader,
    });
    expect(child.error, 'the check did not exit by itself').toBeUndefined();
    const result = JSON.parse(child.stdout.trim().split('\n').pop() || '{}');
    expect(result, child.stderr).toMatchObject({
      ok: true,
      backend: 'webgpu',
      adapter: { vendor: 'google', architecture: 'swiftshader', software: true },
      leaked: 0,
      // The runs free their tensors' buffers, and releasing ends the device and the backend.
      gpuBytes: 0,
      released: 'destroyed',
      backendAfter: null,
    });
    expect(result.models.map((m: { name: string }) => m.name)).toEqual([
      'mlp',
      'cnn',
      'cnn-bn-dropout',
    ]);
    for (const m of result.models) {
      // tf.getBackend() while training, reported back: the GPU path really ran.
      expect(m.backend, m.name).toBe('webgpu');
      expect(m.lossError, m.name).toBeLessThanOrEqual(TOLERANCE);
      expect(m.weightError, m.name).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it('runs a lab in a trainer process forced to WebGPU, insights and all, leaking nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-webgpu-'));
    const store = new RunStore(path.join(dir, 'runs.sqlite'));
    try {
      const manager = new RunManager({
        store,
        dataDirs: [],
        backend: 'webgpu',
        spawnTrainer: () => forkTrainer(undefined, swiftShader),
      });
      const insights: RunEvent[] = [];
      manager.onRunEvent((e) => e.type === 'insight' && insights.push(e));
      const lab = moons({ hidden: [8], dropout: 0.2, samples: 100, training: { epochs: 1 } });
      const outcome = await withDeadline(manager.startRun({ lab }).done, 'a run on WebGPU');
      expect(outcome.error).toBeNull();
      expect(outcome).toMatchObject({ status: 'completed', backend: { name: 'webgpu' } });
      expect(outcome.tensors!.after).toBe(outcome.tensors!.before);
      expect(insights).toHaveLength(2); // epoch 0, then one per epoch
      expect(store.getRun(outcome.runId)!.hasWeights).toBe(true);
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips a software adapter with its reason, and uses it when forced', async () => {
    const auto = await probe(swiftShader, 'auto');
    expect(auto.name).not.toBe('webgpu');
    expect(auto.gpu).toMatchObject({ vendor: 'google', software: true });
    expect(auto.skipped.find((s) => s.name === 'webgpu')?.reason).toBe(
      'the only adapter is a software one (google SwiftShader driver 5.0.0 (swiftshader)), slower than WebAssembly; --backend webgpu uses it anyway',
    );
    const forced = await probe(swiftShader, 'webgpu');
    expect(forced).toMatchObject({
      name: 'webgpu',
      label: 'GPU (WebGPU)',
      gpu: { description: 'SwiftShader driver 5.0.0', software: true },
    });
  });
});

it.runIf(process.platform === 'linux')(
  'goes down the ladder with one sentence when no GPU driver answers',
  async () => {
    const report = await probe(noDriver, 'webgpu');
    expect(['tensorflow', 'wasm']).toContain(report.name);
    expect(report.gpu).toBeUndefined();
    expect(report.skipped.find((s) => s.name === 'webgpu')?.reason).toBe(
      'no WebGPU adapter: no Vulkan, Metal or Direct3D 12 driver offered a GPU',
    );
  },
);
