/**
 * `layerlab check LAB`: a guided lab's checks on the runs in the store. `--walk` walks the lab the
 * way a student does (each step: its setup, one run or grid when it has checks, then its checks):
 * the teacher's way to test a lab. `layerlab labs`: the library, by topic.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import type { CheckResult } from '../../contract/api.ts';
import { evaluateChecks } from '../../contract/guide-checks.ts';
import { TOPIC_TITLES, type Step } from '../../contract/guide.ts';
import { parseLabText, type LabFile } from '../../contract/lab.ts';
import { GridRunner } from '../../engine/grid-runner.ts';
import { RunManager } from '../../engine/run-manager.ts';
import { forkTrainer } from '../../engine/trainer-client.ts';
import {
  LIBRARY_PREFIX,
  libraryEntry,
  libraryLab,
  quickLab,
  readLibrary,
} from '../../hosts/lab-library.ts';
import { GridStore } from '../../store/grid-store.ts';
import { guideGrids, guideRuns } from '../../store/guide-runs.ts';
import { readDocument } from '../../store/read-document.ts';
import type { RunStore } from '../../store/run-store.ts';
import {
  backendOption,
  dataDirs,
  openStore,
  printJson,
  UsageError,
  type GlobalOptions,
} from '../context.ts';
import { printable } from '../output.ts';
import { said } from '../../contract/error-text.ts';
import { m } from '../../contract/i18n.ts';

interface CheckOptions extends GlobalOptions {
  walk?: boolean;
  quick?: boolean;
  backend?: 'auto' | 'tensorflow-gpu' | 'webgpu' | 'tensorflow' | 'wasm' | 'cpu';
}

/** A lab file, or a library lab by id; `quick` takes a library lab's quick version. */
function loadGuidedLab(arg: string, quick: boolean): LabFile {
  let lab: LabFile;
  if (existsSync(arg)) {
    lab = parseLabText(readDocument(arg, 'lab'), arg);
    if (quick) {
      const id = lab.guide?.id.startsWith(LIBRARY_PREFIX)
        ? lab.guide.id.slice(LIBRARY_PREFIX.length)
        : null;
      const found = readLibrary().labs.find((l) => l.id === id);
      if (!found?.quick) throw new UsageError(said('error_cli_no_quick', { arg }));
      lab = quickLab(lab, found.quick);
    }
  } else lab = libraryLab(arg, { quick });
  if (!lab.guide) throw new UsageError(said('error_cli_not_guided', { arg }));
  return lab;
}

/** The lab after "Set up this step". */
export function applySetup(lab: LabFile, step: Step): LabFile {
  const s = step.setup;
  if (!s) return lab;
  return {
    ...lab,
    graph: s.graph ?? lab.graph,
    training: s.training ?? lab.training,
    dataset: s.dataset ?? lab.dataset,
  };
}

function printResults(results: CheckResult[], json: boolean) {
  for (const r of results) {
    if (json)
      printJson({
        step: r.stepId,
        index: r.index,
        passed: r.passed,
        label: r.label,
        sentence: r.sentence,
        runs: r.runIds,
      });
    else
      process.stdout.write(
        `  ${r.passed ? 'PASS' : 'FAIL'} ${printable(r.label)}\n       ${printable(r.sentence)}\n`,
      );
  }
}

async function walk(lab: LabFile, store: RunStore, o: CheckOptions): Promise<CheckResult[]> {
  const guide = lab.guide!;
  const manager = new RunManager({
    store,
    dataDirs: dataDirs(o),
    spawnTrainer: () => forkTrainer(),
    backend: o.backend,
  });
  const gridStore = new GridStore(store);
  const runner = new GridRunner(manager, gridStore, () => os.cpus().length);
  const mine = new Set<string>();
  const all: CheckResult[] = [];
  let current = lab;
  for (const [i, step] of guide.steps.entries()) {
    current = applySetup(current, step);
    if (!step.checks.length) continue;
    const started = performance.now();
    let what: string;
    if (step.checks.some((c) => c.kind === 'grid')) {
      const { gridId, done } = runner.start(current, { restart: true });
      mine.add(gridId);
      const outcome = await done;
      what = `ran grid ${gridId.slice(0, 8)} (${outcome.status})`;
    } else {
      const { runId, done } = manager.startRun({ lab: current });
      mine.add(runId);
      const outcome = await done;
      what = `trained run '${outcome.summary.name}' (${outcome.status}${outcome.error ? `: ${outcome.error.message}` : ''})`;
    }
    const seconds = (performance.now() - started) / 1000;
    const results = evaluateChecks(
      guide,
      guideRuns(store, guide.id).filter((r) => mine.has(r.id)),
      guideGrids(store, gridStore, guide.id).filter((g) => mine.has(g.id)),
    ).filter((r) => r.stepId === step.id);
    if (o.json) printJson({ step: step.id, title: step.title, seconds, did: what });
    else
      process.stdout.write(
        `Step ${i + 1} '${printable(step.title)}': ${printable(what)} in ${seconds.toFixed(1)} s.\n`,
      );
    printResults(results, !!o.json);
    all.push(...results);
  }
  return all;
}

async function check(arg: string, options: CheckOptions, command: Command) {
  const o = command.optsWithGlobals<CheckOptions>();
  const lab = loadGuidedLab(arg, !!o.quick);
  const guide = lab.guide!;
  const store = openStore();
  let results: CheckResult[];
  const started = performance.now();
  try {
    if (!o.json)
      process.stdout.write(
        `Lab '${printable(lab.name)}' (${guide.id}), ${guide.steps.length} steps.\n`,
      );
    if (options.walk) results = await walk(lab, store, o);
    else {
      results = evaluateChecks(
        guide,
        guideRuns(store, guide.id),
        guideGrids(store, new GridStore(store), guide.id),
      );
      printResults(results, !!o.json);
    }
  } finally {
    store.close();
  }
  const failed = results.filter((r) => !r.passed).length;
  const seconds = (performance.now() - started) / 1000;
  if (o.json)
    printJson({
      summary: true,
      lab: guide.id,
      checks: results.length,
      passed: results.length - failed,
      failed,
      seconds,
    });
  else
    process.stdout.write(
      `${results.length - failed} of ${results.length} checks passed${options.walk ? ` in ${seconds.toFixed(1)} s` : ''}.\n`,
    );
  // Like a test runner: a failing check is a non-zero exit, for scripts that test labs.
  if (failed) process.exitCode = 1;
}

function labs(options: GlobalOptions) {
  const { labs, problems } = readLibrary();
  for (const problem of problems) process.stderr.write(`layerlab: ${printable(problem)}\n`);
  const entries = labs.map(libraryEntry);
  if (options.json) {
    for (const e of entries) printJson(e);
    return;
  }
  let topic = '';
  for (const e of entries) {
    if (e.topic !== topic) {
      topic = e.topic;
      process.stdout.write(`${TOPIC_TITLES[e.topic]}\n`);
    }
    const minutes = `${e.minutes ?? '?'} min (quick ${e.quickMinutes ?? '-'})`;
    process.stdout.write(
      `  ${e.id.padEnd(24)} ${e.name} · ${e.dataset} · ${e.steps} steps · ${minutes}\n`,
    );
  }
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      "Evaluate a guided lab's checks on the stored runs (--walk: train it step by step first).",
    )
    .argument('<lab>', m.cliopt_check_lab())
    .option('--walk', m.cliopt_check_walk())
    .option('--quick', m.cliopt_check_quick())
    .addOption(backendOption())
    .option('--data-dir <dir>', m.cliopt_data_dir())
    .option('--json', m.cliopt_json_lines())
    .action((lab: string, options: CheckOptions, command: Command) => check(lab, options, command));
}

export function registerLabs(program: Command): void {
  program
    .command('labs')
    .description('List the library of guided labs, by topic, with their expected minutes.')
    .option('--json', m.cliopt_labs_json())
    .action((options: GlobalOptions) => labs(options));
}
