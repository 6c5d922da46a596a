/** Texts the host makes in English, said again in the user's language from codes and parameters. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { HELP_TEXT } from '../../../src-main/cli/help-text.ts';
import {
  backendDetailsText,
  backendFactText,
  backendSkipText,
  skippedText,
  type BackendFact,
  type BackendSkip,
} from '../../../src-main/contract/backend-text.ts';
import { datasetHint, datasetTitle } from '../../../src-main/contract/dataset-text.ts';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { listBuiltinDatasets } from '../../../src-main/data/index.ts';
import { parseValues } from '../../../src-renderer/lib/grid-spec.ts';

afterEach(() => useLocale(() => 'en'));

describe('datasets', () => {
  const moons = {
    kind: 'synthetic',
    shape: 'moons',
    samples: 1000,
    noise: 0.2,
    seed: 3,
    classes: 2,
  } as const;

  it('are named from their reference in the language shown; files by their name', () => {
    useLocale(() => 'zh-Hans');
    expect(datasetTitle(moons, { title: 'Moons (…)' })).toBe(
      '双月（1,000 个点，噪声 0.2，种子 3）',
    );
    expect(datasetTitle({ kind: 'builtin', name: 'mnist', numWords: 10000 }, { title: '' })).toBe(
      'MNIST 手写数字',
    );
    const file = { kind: 'file', path: '/d/iris.csv' } as const;
    expect(datasetTitle(file as never, { title: 'iris.csv' })).toBe('iris.csv');
    useLocale(() => 'en');
    expect(datasetTitle(moons, { title: '' })).toBe('Moons (1,000 points, noise 0.2, seed 3)');
  });

  it("a missing set's hint names the files and folder, in Chinese too", () => {
    const [fashion] = listBuiltinDatasets([], '/tmp/no-data').filter(
      (d) => d.name === 'fashion-mnist',
    );
    expect(fashion.place?.folder).toMatch(/no-data.fashion-mnist/);
    useLocale(() => 'zh-Hant');
    const hint = datasetHint(fashion)!;
    expect(hint).toContain('train-images-idx3-ubyte.gz');
    expect(hint).toContain(fashion.place!.folder);
    expect(hint).toContain('layerlab datasets --download fashion-mnist');
    expect(hint).toContain('apt-get install dataset-fashion-mnist');
    expect(hint).toMatch(/放進/);
  });

  it("a partial copy's hint says what is there and what is missing, in Chinese too", () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-part-'));
    for (const sub of ['train/pos', 'train/neg', 'test/pos'])
      fs.mkdirSync(path.join(data, 'imdb', 'aclImdb', sub), { recursive: true });
    const [imdb] = listBuiltinDatasets([data], '/tmp/no-data').filter((d) => d.name === 'imdb');
    const folder = path.join(data, 'imdb', 'aclImdb');
    expect(imdb.hint).toBe(
      `${folder} has no test/neg folder. Put aclImdb_v1.tar.gz (or its unpacked aclImdb/ folder) in ${path.join('/tmp/no-data', 'imdb')}${path.sep}, or run \`layerlab datasets --download imdb\` when online.`,
    );
    expect(datasetHint(imdb)).toBe(imdb.hint);
    useLocale(() => 'zh-Hans');
    expect(datasetHint(imdb)).toBe(
      `${folder} 中没有 test/neg 文件夹。把 aclImdb_v1.tar.gz（或解压出的 aclImdb/ 文件夹）放进 ${path.join('/tmp/no-data', 'imdb')}${path.sep}，或在联网时运行 \`layerlab datasets --download imdb\`。`,
    );
  });
});

it("the backend's details are said from their codes; English as the report's details", () => {
  const facts: BackendFact[] = [
    { kind: 'simd', on: true },
    { kind: 'threads', count: 1 },
    { kind: 'threads-failed', count: 4, detail: 'no SharedArrayBuffer' },
    { kind: 'fast-kernels', kernels: ['BatchMatMul', 'Conv2D'] },
  ];
  const report = { details: facts.map((f) => backendFactText(f, 'en')), facts };
  expect(report.details).toEqual([
    'SIMD',
    'single thread',
    'single thread (4 threads could not start: no SharedArrayBuffer)',
    'fast kernels: BatchMatMul, Conv2D',
  ]);
  useLocale(() => 'zh-Hans');
  expect(backendDetailsText(report)).toEqual([
    '支持 SIMD',
    '单线程',
    '单线程（4 个线程无法启动：no SharedArrayBuffer）',
    '快速内核：BatchMatMul, Conv2D',
  ]);
  // A host that sends no facts: its English details.
  expect(backendDetailsText({ details: ['SIMD'] })).toEqual(['SIMD']);
});

it("the reasons for skipped backends are said from their codes; English as the report's reason", () => {
  const skips: BackendSkip[] = [
    { kind: 'requested', wanted: 'wasm' },
    { kind: 'not-installed', pkg: '@tensorflow/tfjs-node' },
    { kind: 'load-failed', pkg: '@tensorflow/tfjs-node', detail: 'libtensorflow.so: not found' },
    { kind: 'not-started', backend: 'wasm', detail: 'no wasm file' },
    { kind: 'no-adapter' },
    { kind: 'software-adapter', gpu: 'google SwiftShader driver 5.0.0 (swiftshader)' },
    { kind: 'failed', detail: 'Backend name "cpu" not found' },
  ];
  expect(skips.map((s) => backendSkipText(s, 'en'))).toEqual([
    'skipped: wasm was requested',
    '@tensorflow/tfjs-node is not installed (optional; see docs/architecture.md#backends)',
    '@tensorflow/tfjs-node is installed but failed to load: libtensorflow.so: not found',
    'TensorFlow.js could not start the wasm backend: no wasm file',
    'no WebGPU adapter: no Vulkan, Metal or Direct3D 12 driver offered a GPU',
    'the only adapter is a software one (google SwiftShader driver 5.0.0 (swiftshader)), slower than WebAssembly; --backend webgpu uses it anyway',
    'Backend name "cpu" not found',
  ]);
  expect(backendSkipText(skips[1], 'en', true)).toBe('@tensorflow/tfjs-node is not installed');
  useLocale(() => 'zh-Hans');
  expect(skips.map((s) => backendSkipText(s))).toEqual([
    '已跳过：指定了 wasm',
    '未安装 @tensorflow/tfjs-node（可选；见 docs/architecture.md#backends）',
    '已安装 @tensorflow/tfjs-node，但加载失败：libtensorflow.so: not found',
    'TensorFlow.js 无法启动 wasm 后端：no wasm file',
    '没有 WebGPU 适配器：没有 Vulkan、Metal 或 Direct3D 12 驱动提供 GPU',
    '唯一的适配器是软件适配器（google SwiftShader driver 5.0.0 (swiftshader)），比 WebAssembly 慢；--backend webgpu 仍会使用它',
    'Backend name "cpu" not found',
  ]);
  useLocale(() => 'zh-Hant');
  expect(skippedText({ name: 'webgpu', reason: 'x', why: skips[5] })).toBe(
    'webgpu: 唯一的介面卡是軟體介面卡（google SwiftShader driver 5.0.0 (swiftshader)），比 WebAssembly 慢；--backend webgpu 仍會使用它',
  );
  // A host that sends no code: its English reason.
  expect(skippedText({ name: 'tensorflow', reason: 'gone' })).toBe('tensorflow: gone');
});

it("a sweep's problems are said in the user's language, the value and setting kept", () => {
  const kind = { type: 'number', integer: true, min: 1, max: 100 } as const;
  useLocale(() => 'zh-Hans');
  expect(parseValues('8, x', kind, 'units')).toEqual({
    ok: false,
    message: '“x”不是数字；units 的值请写成 0.3, 0.5, 0.7 这样。',
  });
  expect(parseValues('0.5', kind, 'units')).toMatchObject({
    message: 'units 只接受整数，不能是 0.5。',
  });
});

it('--help speaks the CLI language: headings, commands, global options; English as before', () => {
  const make = () => {
    const program = new Command('layerlab').description('Build, train…').configureHelp(HELP_TEXT);
    program
      .command('runs')
      .description('List the stored runs (newest first).')
      .option('--json', 'print JSON');
    return program;
  };
  const english = make().helpInformation();
  expect(english).toContain('Usage: layerlab');
  expect(english).toContain('List the stored runs (newest first).');
  useLocale(() => 'zh-Hans');
  const chinese = make().helpInformation();
  expect(chinese).toContain('用法：');
  expect(chinese).toContain('列出已保存的训练（最新的在前）。');
  expect(chinese).toContain('显示命令的帮助');
  expect(chinese).not.toMatch(/Usage:|Commands:|display help/);
});
