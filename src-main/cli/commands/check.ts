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
import type { Step } from '../../contract/guide.ts';
import { resultTexts } from '../../contract/check-text.ts';
import { errorSentence } from '../../contract/errors.ts';
import { STATUS_LABELS } from '../../contract/run-status-text.ts';
import { topicTitle } from '../../contract/topic-text.ts';
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
import { displayWidth, padColumns, printable } from '../output.ts';
import { datasetTitle } from '../../contract/dataset-text.ts';
import { said } from '../../contract/error-text.ts';
import { inLocale, m, messageLocale } from '../../contract/i18n.ts';
import { isLocale } from '../../contract/locale.ts';

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

/**
 * A result as `check` prints it: its verdict and label, the sentence lined up under the label, worded
 * from the result's message codes in the CLI's language.
 */
export function resultLines(r: CheckResult): string {
  const { label, sentence } = resultTexts(r);
  const width = Math.max(displayWidth(m.cli_check_pass()), displayWidth(m.cli_check_fail()));
  const verdict = padColumns(r.passed ? m.cli_check_pass() : m.cli_check_fail(), width);
  return `  ${verdict} ${printable(label)}\n${' '.repeat(width + 3)}${printable(sentence)}\n`;
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
    else {
      process.stdout.write(resultLines(r));
    }
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
    // What the step did, said in the CLI's language; English (and the status's code) for --json.
    let what: (english: boolean) => string;
    if (step.checks.some((c) => c.kind === 'grid')) {
      const { gridId, done } = runner.start(current, { restart: true });
      mine.add(gridId);
      const { status } = await done;
      what = (english) =>
        m.cli_check_ran_grid({
          grid: gridId.slice(0, 8),
          status: english ? status : STATUS_LABELS[status],
        });
    } else {
      const { runId, done } = manager.startRun({ lab: current });
      mine.add(runId);
      const { summary, status, error } = await done;
      what = (english) => {
        const words = {
          name: summary.name,
          status: english ? status : STATUS_LABELS[status],
        };
        return error
          ? m.cli_check_trained_failed({ ...words, error: errorSentence(error) })
          : m.cli_check_trained(words);
      };
    }
    const seconds = (performance.now() - started) / 1000;
    const results = evaluateChecks(
      guide,
      guideRuns(store, guide.id).filter((r) => mine.has(r.id)),
      guideGrids(store, gridStore, guide.id).filter((g) => mine.has(g.id)),
    ).filter((r) => r.stepId === step.id);
    if (o.json)
      printJson({
        step: step.id,
        title: step.title,
        seconds,
        did: inLocale('en', () => what(true)),
      });
    else
      process.stdout.write(
        `${m.cli_check_step({ step: i + 1, title: printable(step.title), did: printable(what(false)), seconds: seconds.toFixed(1) })}\n`,
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
        `${m.cli_check_lab({ name: printable(lab.name), id: guide.id, count: guide.steps.length })}\n`,
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
      `${(options.walk ? m.cli_check_passed_in : m.cli_check_passed)({ passed: results.length - failed, count: results.length, seconds: seconds.toFixed(1) })}\n`,
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
  const locale = messageLocale();
  for (const [i, e] of entries.entries()) {
    // The host's short English title; in another language, named from its reference as the app does.
    const dataset =
      locale === 'en' ? e.dataset : datasetTitle(labs[i].lab.dataset, { title: e.dataset });
    if (e.topic !== topic) {
      topic = e.topic;
      process.stdout.write(`${topicTitle(e.topic)}\n`);
    }
    const name = (isLocale(locale) && e.translations?.[locale]?.name) || e.name;
    const minutes = m.cli_labs_minutes({
      minutes: e.minutes ?? '?',
      quick: e.quickMinutes ?? '-',
    });
    process.stdout.write(
      `  ${e.id.padEnd(24)} ${printable(name)} · ${printable(dataset)} · ${m.cli_labs_steps({ count: e.steps })} · ${minutes}\n`,
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
