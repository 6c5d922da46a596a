/**
 * The library of guided labs: one `.layerlab.json` per lab in `labs/library/` (shipped with the app),
 * and `quick.json` beside them with each lab's quick version (fewer epochs, smaller subsets: a demo,
 * or a slow PC). A library lab opens as a copy the student owns, saved in their labs folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { LibraryEntry } from '../contract/api.ts';
import type { DatasetRef } from '../contract/datasets.ts';
import { GridSpecSchema } from '../contract/grid.ts';
import { LayerLabError, said } from '../contract/errors.ts';
import { labFingerprint, TOPICS, type Guide, type Step } from '../contract/guide.ts';
import { LAB_EXTENSION, parseLabText, type LabFile } from '../contract/lab.ts';
import { m } from '../contract/i18n.ts';
import { isLocale, type Locale } from '../contract/locale.ts';
import { TrainingConfigSchema, type TrainingConfig } from '../contract/training.ts';
import { BUILTIN_SETS } from '../data/builtins.ts';

/** A library lab's guide id is `library.<id>`; its file is `<id>.layerlab.json`. */
export const LIBRARY_PREFIX = 'library.';

const SYNTHETIC_TITLES = {
  spirals: 'Spirals',
  moons: 'Two moons',
  circles: 'Circles',
  xor: 'XOR',
} as const;

export function datasetTitle(ref: DatasetRef): string {
  if (ref.kind === 'builtin') return BUILTIN_SETS[ref.name].title;
  if (ref.kind === 'synthetic') return `${SYNTHETIC_TITLES[ref.shape]} (generated)`;
  return path.basename(ref.path);
}

/**
 * A lab's quick version: training settings laid over the lab's and every step setup's (`steps`:
 * more for one step), the generated set's size, and its expected minutes.
 */
const TrainingPatch = z.record(z.string(), z.unknown());
export const QuickSchema = z.object({
  minutes: z.number().min(0).max(600),
  training: TrainingPatch.default({}),
  steps: z.record(z.string(), TrainingPatch).default({}),
  /** For a generated set only: fewer samples. */
  samples: z.number().int().min(10).optional(),
  /** A smaller grid in place of the lab's. */
  grid: GridSpecSchema.optional(),
});
export type Quick = z.infer<typeof QuickSchema>;

/** Where the library is: beside the sources in a checkout, inside the app once packaged. */
export function libraryDir(): string {
  const candidates = [
    process.env.LAYERLAB_LIBRARY_DIR,
    // src-main/hosts/ in a checkout; out/main/ in the built app (electron-builder `files`).
    fileURLToPath(new URL('../../labs/library', import.meta.url)),
    (process as { resourcesPath?: string }).resourcesPath
      ? path.join((process as { resourcesPath?: string }).resourcesPath!, 'labs', 'library')
      : undefined,
  ].filter((c): c is string => !!c);
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
}

function patchTraining(training: TrainingConfig, patch: Record<string, unknown>, where: string) {
  const parsed = TrainingConfigSchema.safeParse({ ...training, ...patch });
  if (!parsed.success)
    throw new LayerLabError(
      'invalid-lab',
      said('error_library_quick_invalid', {
        where,
        issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      }),
    );
  return parsed.data;
}

/** The lab scaled down by its quick patch (a new object; the lab is not changed). */
export function quickLab(lab: LabFile, quick: Quick): LabFile {
  const where = `library lab '${lab.name}'`;
  const patchSteps = (step: Step): Step => {
    if (!step.setup?.training) return step;
    const training = patchTraining(
      step.setup.training,
      { ...quick.training, ...quick.steps[step.id] },
      `${where}, step "${step.title}"`,
    );
    return { ...step, setup: { ...step.setup, training } };
  };
  const dataset =
    lab.dataset.kind === 'synthetic' && quick.samples
      ? { ...lab.dataset, samples: quick.samples }
      : lab.dataset;
  const first = lab.guide?.steps[0];
  const training = patchTraining(
    lab.training,
    { ...quick.training, ...(first ? quick.steps[first.id] : {}) },
    where,
  );
  const steps = lab.guide?.steps.map((step) =>
    step.setup?.dataset?.kind === 'synthetic' && quick.samples
      ? patchSteps({
          ...step,
          setup: { ...step.setup, dataset: { ...step.setup.dataset, samples: quick.samples } },
        })
      : patchSteps(step),
  );
  // The steps' text describes the full lab: say once, at the top, what the quick copy trains.
  const sizes: QuickSizes = {
    quick: { count: trainCount(training, dataset), epochs: training.epochs },
    full: { count: trainCount(lab.training, lab.dataset), epochs: lab.training.epochs },
  };
  if (steps?.length)
    steps[0] = { ...steps[0], text: `${quickNotice(sizes, 'en')}\n\n${steps[0].text}` };
  return {
    ...lab,
    name: m.lab_quick_name({ name: lab.name }, { locale: 'en' }),
    dataset,
    grid: quick.grid ?? lab.grid,
    training,
    guide: lab.guide && {
      ...lab.guide,
      minutes: quick.minutes,
      steps: steps!,
      translations: quickTranslations(lab.guide, sizes),
    },
  };
}

const trainCount = (t: TrainingConfig, d: DatasetRef) =>
  t.trainSubset ?? (d.kind === 'synthetic' ? d.samples : null);

type QuickSizes = Record<'quick' | 'full', { count: number | null; epochs: number }>;

type Size = QuickSizes['quick'];
const n = (x: number) => x.toLocaleString('en-US');
const enSize = ({ count, epochs }: Size) =>
  count === null ? `${epochs} epochs` : `${n(count)} examples for ${epochs} epochs`;
const zhSize = ({ count, epochs }: Size, examples: string, rounds: string) =>
  count === null ? `${epochs} ${rounds}` : `${n(count)} ${examples}、${epochs} ${rounds}`;

/** "Quick version: this copy trains on 500 examples for 10 epochs (the full lab: 5,000 ...)". */
const QUICK_NOTICES: Record<Locale, (sizes: QuickSizes) => string> = {
  en: ({ quick, full }) =>
    `> **Quick version:** this copy trains on ${enSize(quick)} (the full lab: ${enSize(full)}), ` +
    `so the numbers in the text are the full lab's; your curves tell the same story on a smaller scale.`,
  'zh-Hans': ({ quick, full }) =>
    `> **快速版**：这个副本只训练 ${zhSize(quick, '个样本', '轮')}（完整实验为 ` +
    `${zhSize(full, '个样本', '轮')}），所以文中的数字是完整实验的；你的曲线会在较小的规模上讲述同一个故事。`,
  'zh-Hant': ({ quick, full }) =>
    `> **快速版**：這個副本只訓練 ${zhSize(quick, '個樣本', '輪')}（完整實驗為 ` +
    `${zhSize(full, '個樣本', '輪')}），所以文中的數字是完整實驗的；你的曲線會在較小的規模上講述同一個故事。`,
};
const quickNotice = (sizes: QuickSizes, locale: Locale) => QUICK_NOTICES[locale](sizes);

/** The notice on each translation of the first step that has its own text. */
function quickTranslations(guide: Guide, sizes: QuickSizes): Guide['translations'] {
  const first = guide.steps[0];
  if (!guide.translations || !first) return guide.translations;
  const entries = Object.entries(guide.translations).map(([locale, texts]) => {
    const step = texts?.steps?.[first.id];
    if (!isLocale(locale) || !texts) return [locale, texts];
    const name = texts.name && m.lab_quick_name({ name: texts.name }, { locale });
    const named = name ? { ...texts, name } : texts;
    if (!step?.text) return [locale, named];
    const text = `${quickNotice(sizes, locale)}\n\n${step.text}`;
    return [locale, { ...named, steps: { ...texts.steps, [first.id]: { ...step, text } } }];
  });
  return Object.fromEntries(entries) as Guide['translations'];
}

export interface LibraryLab {
  id: string;
  file: string;
  lab: LabFile;
  quick: Quick | null;
}

/** Reads the library: its labs in the course's order, and one sentence per file that is broken. */
export function readLibrary(dir = libraryDir()): { labs: LibraryLab[]; problems: string[] } {
  const problems: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith(LAB_EXTENSION));
  } catch {
    return { labs: [], problems: [`The lab library was not found in ${dir}.`] };
  }
  let quicks: Record<string, unknown> = {};
  const quickFile = path.join(dir, 'quick.json');
  try {
    quicks = JSON.parse(fs.readFileSync(quickFile, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    problems.push(`${quickFile} cannot be read (${(e as Error).message}): labs open in full only.`);
  }
  const labs: LibraryLab[] = [];
  for (const name of names.sort()) {
    const file = path.join(dir, name);
    const id = name.slice(0, -LAB_EXTENSION.length);
    try {
      const lab = parseLabText(fs.readFileSync(file, 'utf8'), file);
      if (lab.guide?.id !== LIBRARY_PREFIX + id || !lab.guide.topic)
        throw new Error(
          `${file} needs a guide with the id "${LIBRARY_PREFIX}${id}" and a topic to be in the library.`,
        );
      const q = quicks[id] === undefined ? null : QuickSchema.safeParse(quicks[id]);
      if (q && !q.success) problems.push(`${quickFile}: the quick version of '${id}' is invalid.`);
      labs.push({ id, file, lab, quick: q?.success ? q.data : null });
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  // By topic, then as quick.json lists them (make-library writes it in the course's order).
  const listed = Object.keys(quicks);
  const order = (l: LibraryLab) =>
    TOPICS.indexOf(l.lab.guide!.topic!) * 1000 + (listed.indexOf(l.id) + 1 || 999);
  labs.sort((a, b) => order(a) - order(b));
  return { labs, problems };
}

export function libraryEntry({ id, lab, quick }: LibraryLab): LibraryEntry {
  return {
    id,
    name: lab.name,
    description: lab.description,
    topic: lab.guide!.topic!,
    minutes: lab.guide!.minutes,
    quickMinutes: quick?.minutes ?? null,
    steps: lab.guide!.steps.length,
    dataset: datasetTitle(lab.dataset),
    translations: lab.guide!.translations
      ? Object.fromEntries(
          Object.entries(lab.guide!.translations).map(([locale, t]) => [
            locale,
            { name: t?.name, description: t?.description },
          ]),
        )
      : undefined,
  };
}

/** The library lab `id` (or `library.<id>`), full or quick, with its fingerprint set. */
export function libraryLab(id: string, options: { quick?: boolean } = {}, dir?: string): LabFile {
  const key = String(id).startsWith(LIBRARY_PREFIX) ? id.slice(LIBRARY_PREFIX.length) : id;
  const { labs, problems } = readLibrary(dir);
  const found = labs.find((l) => l.id === key);
  if (!found) {
    const broken = problems.find((p) => p.includes(`${key}${LAB_EXTENSION}`));
    throw new LayerLabError(
      'not-found',
      broken ?? said('error_library_no_lab', { key, labs: labs.map((l) => l.id).join(', ') }),
    );
  }
  let lab = found.lab;
  if (options.quick) {
    if (!found.quick) throw new LayerLabError('not-found', said('error_library_no_quick', { key }));
    lab = quickLab(lab, found.quick);
  }
  return { ...lab, guide: lab.guide && { ...lab.guide, fingerprint: labFingerprint(lab) } };
}

/** A file name in `dir` not taken yet: `capacity`, `capacity-2`... */
export function freeLabName(dir: string, base: string): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}-${i}`;
    if (!fs.existsSync(path.join(dir, name + LAB_EXTENSION))) return name;
  }
}
