/**
 * The CLI's own words in Chinese, without a process: commander's parse errors with the values they
 * name (English and --json as commander writes them), --help's options, defaults and choices, and
 * the tables of `grid` and `inspect`.
 */
import { Command, CommanderError, Option } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { speakCommander } from '../../../src-main/cli/commander-text.ts';
import { positiveInt } from '../../../src-main/cli/context.ts';
import { HELP_TEXT } from '../../../src-main/cli/help-text.ts';
import { resultsTable } from '../../../src-main/cli/commands/grid.ts';
import { inspectText } from '../../../src-main/cli/commands/inspect.ts';
import { resultLines } from '../../../src-main/cli/commands/check.ts';
import { said, wordError } from '../../../src-main/contract/error-text.ts';
import type { GridDetail } from '../../../src-main/contract/api.ts';
import { useLocale, type MessageLocale } from '../../../src-main/contract/i18n.ts';
import { epochInsight, insightMeta } from '../../helpers/insights.ts';
import { benchTable, insightsText } from '../../../src-main/bench/bench.ts';
import type { BenchResult } from '../../../src-main/bench/bench-worker.ts';
import { peerTable } from '../../../src-main/bench/peer.ts';
import { displayWidth } from '../../../src-main/cli/output.ts';

afterEach(() => useLocale(() => 'en'));

/** What `layerlab ...args` writes on stderr when commander refuses it, in `locale`. */
function refused(locale: MessageLocale, args: string[], argv = args): string {
  useLocale(() => locale);
  let err = '';
  const program = speakCommander(new Command('layerlab').exitOverride(), argv).configureOutput({
    writeErr: (s) => (err += s),
  });
  program
    .command('grid')
    .argument('<lab>')
    .option('--folds <k>', 'k folds', positiveInt)
    .addOption(new Option('--rank-by <metric>').choices(['val_loss', 'val_accuracy']))
    .requiredOption('--out <dir>')
    .option('--json');
  program.command('grids');
  expect(() => program.parse(args, { from: 'user' })).toThrow(CommanderError);
  return err;
}

describe("commander's errors", () => {
  const cases = [
    ['grid', 'a', '--out', 'o', '--foldz', '3'],
    ['gird'],
    ['grid', '--out', 'o'],
    ['grid', 'a'],
    ['grid', 'a', 'b', '--out', 'o'],
    ['grid', 'a', '--out', 'o', '--folds', '0'],
    ['grid', 'a', '--out', 'o', '--rank-by', 'loss'],
    ['grid', 'a', '--out'],
  ];

  it('name the option, value or command in Chinese, with the suggestion', () => {
    expect(cases.map((args) => refused('zh-Hans', args))).toEqual([
      '错误：未知选项 --foldz\n（你是想用 --folds 吗？）\n（加上 --help 查看用法）\n',
      '错误：未知命令 gird\n（你是想用 grid 吗？）\n（加上 --help 查看用法）\n',
      '错误：缺少必需的参数 lab\n（加上 --help 查看用法）\n',
      '错误：没有给出必需的选项 --out <dir>\n（加上 --help 查看用法）\n',
      '错误：grid 的参数太多。应该有 1 个，实际给了 2 个。\n（加上 --help 查看用法）\n',
      '错误：选项 --folds <k> 的值“0”无效。“0”不是大于或等于 1 的整数。\n（加上 --help 查看用法）\n',
      '错误：选项 --rank-by <metric> 的值“loss”无效。可选的值有：val_loss, val_accuracy。\n（加上 --help 查看用法）\n',
      '错误：选项 --out <dir> 缺少值\n（加上 --help 查看用法）\n',
    ]);
    expect(refused('zh-Hant', ['grid', 'a', '--out', 'o', '--folds', '-2'])).toBe(
      '錯誤：選項 --folds <k> 的值「-2」無效。「-2」不是大於或等於 1 的整數。\n（加上 --help 查看用法）\n',
    );
  });

  it('stay as commander writes them in English, and under --json in every language', () => {
    const english = cases.map((args) => refused('en', args));
    expect(english[0]).toBe(
      "error: unknown option '--foldz'\n(Did you mean --folds?)\n(run with --help for usage)\n",
    );
    expect(english[5]).toBe(
      "error: option '--folds <k>' argument '0' is invalid. '0' is not a whole number of at least 1.\n(run with --help for usage)\n",
    );
    expect(english[6]).toContain('Allowed choices are val_loss, val_accuracy.');
    const withJson = ([command, ...rest]: string[]) => [command, '--json', ...rest];
    const json = cases.map((args) => refused('zh-Hant', withJson(args)));
    expect(json).toEqual(cases.map((args) => refused('en', withJson(args))));
    expect(json[5]).toContain("'0' is not a whole number of at least 1.");
  });
});

it("--help words an option's default and choices; English as commander has it", () => {
  const help = (locale: MessageLocale) => {
    useLocale(() => locale);
    const program = new Command('layerlab').configureHelp(HELP_TEXT);
    program
      .command('report')
      .option('--format <format>', 'html or pdf', 'html')
      .addOption(new Option('--rank-by <metric>', 'metric').choices(['val_loss', 'val_accuracy']));
    return program.commands[0].helpInformation();
  };
  expect(help('en')).toContain('html or pdf (default: "html")');
  expect(help('en')).toContain('metric (choices: "val_loss", "val_accuracy")');
  expect(help('zh-Hans')).toContain('html or pdf（默认："html"）');
  expect(help('zh-Hant')).toContain('metric（可選："val_loss", "val_accuracy"）');
});

it("grid's results table and inspect's text carry the values under Chinese headings", () => {
  useLocale(() => 'zh-Hant');
  const trial = (n: number, mean: number | null) => ({
    trial: n,
    label: `dropout.rate=0.${n}`,
    foldScores: mean === null ? [null, null] : [mean - 0.01, mean + 0.01],
    mean,
    std: mean === null ? null : 0.01,
    status: mean === null ? 'failed' : 'done',
  });
  const grid = {
    trials: [trial(3, 0.42), trial(5, null)],
    bestTrial: 3,
    rankBy: 'val_loss',
    spec: { evaluation: { kind: 'kfold', folds: 2 } },
  } as unknown as GridDetail;
  const lines = resultsTable(grid).split('\n');
  expect(lines[0]).toMatch(/^ {3}設定 +第 1 折 +第 2 折 +val_loss 平均值 ± 標準差$/);
  expect(lines[1]).toMatch(/^\* +dropout\.rate=0\.3 +0\.4100 +0\.4300 +0\.4200 ± 0\.0100$/);
  expect(lines[2]).toMatch(/^ +dropout\.rate=0\.5 +- +- +失敗$/);

  useLocale(() => 'zh-Hans');
  const insights = {
    runId: 'abcdef123456',
    meta: insightMeta('images'),
    epochs: [0, 1].map((e) => epochInsight(e, 'images')),
  };
  const text = inspectText({ id: 'abcdef123456', name: 'L1' }, insights, insights.epochs[1]);
  expect(text).toContain('运行 abcdef12“L1”，第 1 轮（已记录：0 到 1；0 是训练之前）');
  expect(text).toContain('（0 个低于范围，1 个高于范围）');
  expect(text).toMatch(/\n {2}真实 \\ 预测\s+zero\s+one\n/);
  expect(text).toMatch(/\n {2}dense[^\n]*：[\d.]+% 的权重约为 0 · L1 /);
});

it("every command's options and arguments are declared in the CLI's language", async () => {
  useLocale(() => 'zh-Hant');
  const program = new Command('layerlab');
  const modules = await Promise.all([
    import('../../../src-main/cli/commands/train.ts'),
    import('../../../src-main/cli/commands/datasets.ts'),
    import('../../../src-main/cli/commands/runs.ts'),
    import('../../../src-main/cli/commands/export.ts'),
    import('../../../src-main/cli/commands/serve.ts'),
    import('../../../src-main/cli/commands/start.ts'),
    import('../../../src-main/cli/commands/grid.ts'),
    import('../../../src-main/bench/bench.ts'),
    import('../../../src-main/cli/commands/store.ts'),
    import('../../../src-main/cli/commands/import.ts'),
    import('../../../src-main/cli/commands/evaluate.ts'),
    import('../../../src-main/cli/commands/inspect.ts'),
    import('../../../src-main/cli/commands/worker.ts'),
    import('../../../src-main/cli/commands/check.ts'),
    import('../../../src-main/cli/commands/report.ts'),
  ]);
  for (const module of modules)
    for (const [name, register] of Object.entries(module))
      if (name.startsWith('register')) (register as (p: Command) => void)(program);
  const english: string[] = [];
  const walk = (command: Command, path: string) => {
    const texts = [
      ...command.options.map((o) => [`${path} ${o.flags}`, o.description]),
      ...command.registeredArguments.map((a) => [`${path} <${a.name()}>`, a.description]),
      ...command.commands.map((c) => [`${path} ${c.name()}`, c.description()]),
    ];
    for (const [where, text] of texts) if (!/[\u4e00-\u9fff]/.test(text)) english.push(where);
    for (const c of command.commands) walk(c, `${path} ${c.name()}`);
  };
  for (const command of program.commands) walk(command, command.name());
  // Top-level commands are described by help-text.ts when help is shown.
  expect(english.filter((w) => w.includes(' '))).toEqual([]);
  expect(program.commands).toHaveLength(18);
});

it("check's verdicts and an internal error's log note are said in Chinese", () => {
  const result = {
    stepId: 's',
    index: 0,
    label: 'A run',
    sentence: 'Found one.',
    runIds: [],
  };
  const passed = resultLines({ ...result, passed: true });
  const failed = resultLines({ ...result, passed: false });
  expect(passed).toBe('  PASS A run\n       Found one.\n');
  expect(failed).toBe('  FAIL A run\n       Found one.\n');
  useLocale(() => 'zh-Hans');
  // The sentence lines up under the label whichever verdict is longer.
  expect(resultLines({ ...result, passed: true })).toBe('  通过   A run\n         Found one.\n');
  expect(resultLines({ ...result, passed: false })).toBe('  未通过 A run\n         Found one.\n');

  const internal = said('error_internal', { detail: 'x is undefined' });
  const logged = said('error_details_in_log', { sentence: internal, log: '/home/u/layerlab.log' });
  expect(wordError(logged, 'en')).toBe(
    'LayerLab hit an internal error (x is undefined); please report it with what you were doing. Details are in /home/u/layerlab.log.',
  );
  expect(wordError(logged, 'zh-Hant')).toBe(
    'LayerLab 遇到了內部錯誤（x is undefined）；請回報這個問題，並說明你當時在做什麼。詳細資訊見 /home/u/layerlab.log。',
  );
});

describe("bench's tables and lines", () => {
  const measured = (
    workload: BenchResult['workload'],
    backend: BenchResult['backend'],
    mode: BenchResult['mode'],
    median: number | null,
  ): BenchResult => ({
    workload,
    backend,
    mode,
    repeats: 3,
    seconds: 4,
    ok: median !== null,
    ...(median !== null ? { median, msPerStep: 12.34, epochSeconds: 5.6 } : { error: 'x' }),
    peakRssMB: 1234,
    details: [],
  });
  const results = [
    measured('mlp-b128', 'wasm', 'stock', 1500),
    measured('mlp-b128', 'wasm', 'engine1', 12345.6),
    measured('mlp-b128', 'wasm', 'engine', null),
  ];

  it('words the results table and right-aligns its figures under Chinese headings', () => {
    const english = benchTable(results).split('\n');
    expect(english[0]).toMatch(
      /^workload +backend +stock +engine 1 thread +engine all cores +speedup +ms\/step +epoch s +peak MB$/,
    );
    expect(english[1]).toMatch(
      /^mlp-b128 +wasm +1,500 +12,346 +cannot train +8\.2x +12\.3 +5\.6 +1,234$/,
    );
    useLocale(() => 'zh-Hans');
    const lines = benchTable(results).split('\n');
    expect(lines[0]).toMatch(
      /^工作负载 +后端 +原版 TF\.js +引擎 1 个线程 +引擎 全部核心 +加速比 +毫秒\/步 +每轮秒数 +峰值 MB$/,
    );
    expect(lines[1]).toMatch(/ +1,500 +12,346 +无法训练 +8\.2x +12\.3 +5\.6 +1,234$/);
    // Columns line up in a terminal: the figures end where their (wide) headings end.
    expect(displayWidth(lines[1])).toBe(displayWidth(lines[0]));
  });

  it("words the peer table's limits, headings and missing row, the values kept", () => {
    const peer = {
      note: 'no TensorFlow peer row: no Python test environment at .venv-keras/bin/python (see test/keras/run-keras-checks.mjs)',
      missing: { python: '.venv-keras/bin/python' },
      results: [],
    };
    const limits = [
      { threads: 1, gflops: 25 },
      { threads: 4, gflops: 1234.56 },
    ];
    const english = peerTable(results.slice(0, 2), limits, peer);
    expect(english).toContain(
      'Matrix-multiply limit: wasm (XNNPACK, 1024^3) 25.0 GFLOP/s on 1 thread, 1,234.6 GFLOP/s on 4 threads',
    );
    expect(english).toContain(peer.note);
    useLocale(() => 'zh-Hant');
    const text = peerTable(results.slice(0, 2), limits, peer);
    expect(text).toContain(
      '矩陣乘法上限：wasm（XNNPACK，1024^3）1 個執行緒 25.0 GFLOP/s，4 個執行緒 1,234.6 GFLOP/s',
    );
    expect(text).toContain('沒有 TensorFlow 對照列：.venv-keras/bin/python 處沒有 Python 測試環境');
    expect(text).toMatch(
      /工作負載 +LayerLab +Python 版 TF +LayerLab\/TF +GFLOP\/s +占 wasm 矩陣乘法 % +占原生矩陣乘法 %/,
    );
    expect(text).toMatch(/mlp-b128 +12,346 +- +- /);
  });

  it("words the insights' measurement, its figures kept", () => {
    const r = {
      ok: true,
      backend: 'wasm',
      repeats: 3,
      epochSeconds: 2.5,
      epochSecondsRecorded: 2.625,
      overhead: 0.05,
      cpuSeconds: 10,
      cpuSecondsRecorded: 10.5,
      cpuOverhead: 0.05,
      insightSeconds: 0.05,
      initialSeconds: 0.4,
      mnistInsightBytes: 20480,
      mnistMetaBytes: 1024,
      moonsInsightBytes: 2048,
      moonsMetaBytes: 512,
    };
    expect(insightsText(r)).toBe(
      'Insights (wasm, MLP 784-512-512-10, one 60,000-example epoch, medians of 3): 2.50 s without recording, 2.63 s with, overhead 5.0% (target <= 10%); CPU 10.0 s and 10.5 s (5.0%, epoch 0 included); making the insight 50 ms (2.0%); epoch 0 before training 0.40 s.\n' +
        'Stored per epoch: MNIST-shaped 20.0 KB (meta 1.0 KB), moons-shaped 2.0 KB (meta 0.5 KB).',
    );
    useLocale(() => 'zh-Hans');
    expect(insightsText(r)).toBe(
      '内部数据（wasm，MLP 784-512-512-10，一轮 60,000 个样本，3 次的中位数）：不记录 2.50 秒，记录 2.63 秒，开销 5.0%（目标 <= 10%）；CPU 10.0 秒和 10.5 秒（5.0%，含第 0 轮）；生成内部数据 50 毫秒（2.0%）；训练前的第 0 轮 0.40 秒。\n' +
        '每轮存储：MNIST 形状 20.0 KB（元数据 1.0 KB），moons 形状 2.0 KB（元数据 0.5 KB）。',
    );
  });
});
