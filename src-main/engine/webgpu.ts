/**
 * The WebGPU rung: Dawn's Node binding (the `webgpu` package) gives this process `navigator.gpu`
 * (Vulkan on Linux, Metal on macOS, Direct3D 12 on Windows), and TensorFlow.js' WebGPU backend trains
 * on the device opened here. The backend package registers itself only when `navigator.gpu` exists
 * as it loads, so it is imported after the set-up; its own factory is replaced by one that uses this
 * device, so the adapter is asked for once, under a deadline, and can be refused when it is software.
 */
import * as tf from '@tensorflow/tfjs-core';
import { gpuName, type GpuAdapterInfo } from '../contract/api.ts';
import type { BackendSkip } from '../contract/backend-text.ts';

/** A GPU that never answers must not hang the trainer: `LAYERLAB_WEBGPU_START_MS` moves it. */
const DEFAULT_START_MS = 10_000;

/** Rasterizers on the CPU (Chrome's, Mesa's, Windows'): slower than the wasm backend. */
const SOFTWARE = /swiftshader|llvmpipe|lavapipe|softpipe|microsoft basic render|\bwarp\b/i;

export type WebGpuStart =
  { ok: true; adapter: GpuAdapterInfo } | { ok: false; why: BackendSkip; adapter?: GpuAdapterInfo };

let opened: { device: GPUDevice; adapter: GpuAdapterInfo } | null = null;

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

function startMs(): number {
  const env = Number(process.env.LAYERLAB_WEBGPU_START_MS);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_START_MS;
}

/** `promise`, or a rejection saying what did not answer once `ms` have passed. */
function withDeadline<T>(promise: Promise<T>, what: string, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The facts worth showing about an adapter, and whether it is a software rasterizer. */
export function describeAdapter(info: Partial<GPUAdapterInfo> & { isFallbackAdapter?: boolean }) {
  const adapter: GpuAdapterInfo = {
    vendor: info.vendor ?? '',
    architecture: info.architecture ?? '',
    description: info.description || info.device || '',
    software: false,
  };
  const text = [info.vendor, info.architecture, info.device, info.description].join(' ');
  adapter.software = info.isFallbackAdapter === true || SOFTWARE.test(text);
  return adapter;
}

/** Gives this process `navigator.gpu` and the WebGPU globals (GPUBuffer, GPUBufferUsage...). */
async function installNavigatorGpu(): Promise<GPU> {
  const { create, globals } = await import('webgpu');
  for (const [name, value] of Object.entries(globals))
    if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value, writable: true });
  const gpu = create([]);
  const current = (globalThis as { navigator?: object }).navigator;
  // Node 21+ has a navigator of its own (without gpu): extend it; older Node has none.
  if (current && Object.isExtensible(current))
    Object.defineProperty(current, 'gpu', { value: gpu, configurable: true });
  else
    Object.defineProperty(globalThis, 'navigator', {
      value: { ...current, gpu },
      configurable: true,
      writable: true,
    });
  return gpu;
}

/**
 * Opens a WebGPU device and registers TensorFlow.js' 'webgpu' backend on it. A software adapter is
 * refused (with the reason) unless `allowSoftware`. Never throws: every failure is a reason.
 */
export async function startWebGpu(allowSoftware: boolean): Promise<WebGpuStart> {
  if (opened) {
    if (allowSoftware || !opened.adapter.software) return { ok: true, adapter: opened.adapter };
    await releaseWebGpu();
  }
  let gpu: GPU;
  try {
    gpu = await installNavigatorGpu();
  } catch (e) {
    return { ok: false, why: { kind: 'webgpu-binding', detail: firstLine(e) } };
  }
  const ms = startMs();
  let adapter: GPUAdapter | null;
  try {
    adapter = await withDeadline(
      gpu.requestAdapter({ powerPreference: 'high-performance' }),
      'the GPU driver',
      ms,
    );
  } catch (e) {
    return { ok: false, why: { kind: 'no-adapter', detail: firstLine(e) } };
  }
  if (!adapter) return { ok: false, why: { kind: 'no-adapter' } };
  const info = describeAdapter(adapter.info);
  if (info.software && !allowSoftware)
    return {
      ok: false,
      adapter: info,
      why: { kind: 'software-adapter', gpu: gpuName(info) },
    };
  let device: GPUDevice;
  try {
    device = await withDeadline(adapter.requestDevice(deviceDescriptor(adapter)), 'the GPU', ms);
  } catch (e) {
    return { ok: false, adapter: info, why: { kind: 'device-refused', detail: firstLine(e) } };
  }
  try {
    const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
    dropBackend();
    const adapterInfo = adapter.info;
    tf.registerBackend('webgpu', () => new WebGPUBackend(device, adapterInfo), 0);
  } catch (e) {
    device.destroy();
    return { ok: false, adapter: info, why: { kind: 'webgpu-backend', detail: firstLine(e) } };
  }
  opened = { device, adapter: info };
  return { ok: true, adapter: info };
}

/** What tfjs-backend-webgpu asks for: the adapter's own limits for big buffers and workgroups. */
function deviceDescriptor(adapter: GPUAdapter): GPUDeviceDescriptor {
  const limits = adapter.limits;
  return {
    requiredFeatures: adapter.features.has('timestamp-query') ? ['timestamp-query'] : [],
    requiredLimits: {
      maxComputeWorkgroupStorageSize: limits.maxComputeWorkgroupStorageSize,
      maxComputeWorkgroupsPerDimension: limits.maxComputeWorkgroupsPerDimension,
      maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize,
      maxBufferSize: limits.maxBufferSize,
      maxComputeWorkgroupSizeX: limits.maxComputeWorkgroupSizeX,
      maxComputeInvocationsPerWorkgroup: limits.maxComputeInvocationsPerWorkgroup,
    },
  };
}

/** Removes the 'webgpu' backend, disposing its buffers if it started (the registry throws if none). */
function dropBackend(): void {
  if ('webgpu' in tf.engine().registryFactory) tf.removeBackend('webgpu');
}

/**
 * Frees the GPU: the backend's buffers (removing it disposes it) and the device. The next
 * `startWebGpu` opens a new one. Resolves with the device's end ('destroyed'), null if none was open.
 */
export function releaseWebGpu(): Promise<string | null> {
  if (!opened) return Promise.resolve(null);
  const { device } = opened;
  opened = null;
  dropBackend();
  device.destroy();
  // A driver that never reports the loss must not hold the trainer's end.
  return withDeadline(
    device.lost.then((info): string => info.reason),
    'the GPU',
    startMs(),
  ).catch(() => 'timeout');
}
