/**
 * Three simulated students, each on a machine of their own (a service and a run store each): their
 * runs trained through the API on two moons for a few epochs, their answers in their labs, one of
 * them with a lab edited by hand to unlock a layer and change it; their reports exported through the
 * API. Then the teacher opens the three reports in the class overview: each student's checks and
 * best val_accuracy as their runs have them, the flag on the edited lab, and the CSV.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { parseLab } from '../../src-main/contract/lab.ts';
import { forkTrainer } from '../../src-main/engine/trainer-client.ts';
import { LayerLabService } from '../../src-main/hosts/service.ts';
import { readReport } from '../../src-main/export/report/read.ts';
import { RunStore } from '../../src-main/store/run-store.ts';
import { guidedLab } from '../helpers/report-labs.ts';
import { withDeadline } from '../helpers/wait.ts';
import { SCREENSHOTS, expect, test } from './fixtures.ts';
import { shotAtSizes } from './own-server.ts';

interface Student {
  name: string;
  lab: LabFile;
  /** Learning rates of the runs they train (the lab's other settings as they are). */
  rates: number[];
}

/** The lab with its first locked layer unlocked and widened, as an edit of the file by hand. */
function unlockedByHand(lab: LabFile): LabFile {
  const id = lab.guide!.locks.layers[0];
  return parseLab({
    ...lab,
    graph: {
      ...lab.graph,
      nodes: lab.graph.nodes.map((n) =>
        n.id === id ? { ...n, params: { ...n.params, units: 24 } } : n,
      ),
    },
    guide: { ...lab.guide!, locks: { ...lab.guide!.locks, layers: [] } },
  });
}

const STUDENTS: Student[] = [
  {
    name: 'Ada',
    lab: guidedLab('Ada', {
      'train/why': 'It learns the noise',
      'train/which': 1,
      'train/epoch': 3,
    }),
    rates: [0.01],
  },
  {
    name: 'Bo',
    lab: guidedLab('Bo', { 'train/why': 'Too many weights, "really"', 'train/epoch': 2 }),
    rates: [0.01, 0.05],
  },
  { name: 'Cy', lab: unlockedByHand(guidedLab('Cy', { 'train/why': 'no idea' })), rates: [0.02] },
];

interface Made {
  name: string;
  file: string;
  checks: string;
  bestValAccuracy: number;
}

let dir: string;
let made: Made[];

/** One student's machine: trains their runs, exports their report into `dir`. */
async function student(s: Student): Promise<Made> {
  const home = fs.mkdtempSync(path.join(dir, `${s.name}-`));
  const store = new RunStore(path.join(home, 'runs.sqlite'));
  const service = new LayerLabService({
    host: 'electron',
    store,
    dataDirs: [],
    appDir: home,
    pathPolicy: 'dialogs',
    spawnTrainer: () => forkTrainer(),
    probeBackend: () => Promise.reject(new Error('not probed in this test')),
  });
  try {
    let best = -Infinity;
    for (const learningRate of s.rates) {
      const lab = parseLab({ ...s.lab, training: { ...s.lab.training, epochs: 4, learningRate } });
      const { runId, done } = service.runs.startRun({ lab });
      const outcome = await withDeadline(done, `${s.name}'s run`);
      expect(outcome.status, `${s.name}'s run`).toBe('completed');
      best = Math.max(best, (await service.getRun(runId)).bestValAccuracy!);
    }
    const checks = await service.checkLab(s.lab);
    const out = await service.exportReport(s.lab, {
      format: 'html',
      dir: path.join(dir, 'reports'),
    });
    return {
      name: s.name,
      file: out.files[0].path!,
      checks: `${checks.filter((c) => c.passed).length}/${checks.length}`,
      bestValAccuracy: best,
    };
  } finally {
    await service.runs.stopAll();
    store.close();
  }
}

test.describe('three students and their teacher', () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-class-'));
    // Three machines at once: each run is mostly a trainer process starting.
    made = await Promise.all(STUDENTS.map(student));
  });
  test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the teacher opens three students' reports: their numbers, the flag, the CSV", async ({
    lab,
    page,
  }) => {
    test.setTimeout(120_000);
    await expect(lab.canvas).toBeVisible();
    const teacherLab = path.join(dir, 'teacher.layerlab.json');
    fs.writeFileSync(teacherLab, JSON.stringify(guidedLab('')));
    const junk = path.join(dir, 'reports', 'notes.html');
    fs.writeFileSync(junk, '<p>not a report</p>');

    await page.locator('summary', { hasText: 'Class' }).click();
    await page.getByRole('menuitem', { name: /Class overview/ }).click();
    const view = page.getByRole('dialog', { name: 'Class overview' });
    await view.getByTestId('class-lab-input').setInputFiles(teacherLab);
    await expect(view.getByTestId('class-teacher-lab')).toContainText('Moons report lab');
    await view.getByTestId('class-files-input').setInputFiles([...made.map((m) => m.file), junk]);

    const rows = view.getByTestId('class-row');
    await expect(rows).toHaveCount(3);
    for (const m of made) {
      const row = rows.filter({ has: page.locator(`th:text-is("${m.name}")`) });
      await expect(row.getByTestId('checks')).toHaveText(m.checks);
      await expect(row.getByTestId('best-accuracy')).toHaveAttribute(
        'data-value',
        String(m.bestValAccuracy),
      );
      await expect(row).toHaveAttribute('data-locked', m.name === 'Cy' ? 'changed' : 'ok');
    }
    await expect(rows.nth(2).getByTestId('locked').locator('.flag')).toHaveAttribute(
      'title',
      /^Cy's report was made from a lab whose locked parts were changed \(fingerprint [0-9a-f]{4}… instead of [0-9a-f]{4}…, the teacher's lab\)\.$/,
    );
    await expect(view.getByTestId('class-problems')).toContainText(
      'notes.html is not a LayerLab report',
    );
    await expect(view.getByTestId('class-curves')).toHaveAttribute('data-runs', '3');
    await expect(view.getByTestId('class-chart-loss')).toHaveAttribute('data-runs', '3');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      view.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = fs
      .readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(
      /^file,student,locked parts,note,checks passed,checks total,best val_accuracy/,
    );
    expect(csv.slice(1).map((line) => line.split(',').slice(1, 3))).toEqual([
      ['Ada', 'ok'],
      ['Bo', 'ok'],
      ['Cy', 'changed'],
    ]);
    expect(csv[1]).toContain(`,${made[0].bestValAccuracy},`);
    expect(csv[2]).toContain('"Too many weights, ""really"""');

    await shotAtSizes(page, 'class-overview');

    // The HTML report as a student's browser shows it, from the file alone.
    const report = await page.context().newPage();
    await report.goto(`file://${made[1].file}`);
    await expect(report.locator('h1')).toHaveText('Moons report lab');
    await expect(report.locator('svg[data-metric="loss"] polyline')).toHaveCount(4);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await report.screenshot({ path: path.join(SCREENSHOTS, 'report-html.png'), fullPage: true });
    await report.close();
  });
});

test("a student's Report button in the steps panel saves their report", async ({ lab, page }) => {
  await expect(lab.canvas).toBeVisible();
  await page.getByRole('button', { name: 'Labs', exact: true }).click();
  await page
    .getByTestId('library-entry')
    .first()
    .getByRole('button', { name: /^Open the quick/ })
    .click();
  const panel = page.getByTestId('steps-panel');
  await panel.getByLabel('Your name').fill('Dee');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('group', { name: 'Report' }).getByRole('button', { name: 'HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^\w*[A-Za-z0-9]-Dee-report\.html$/);
  const report = readReport('download', fs.readFileSync((await download.path())!));
  expect(report.student).toBe('Dee');
  expect(report.steps.length).toBeGreaterThan(0);
  await lab.shot('steps-panel-report');
});
