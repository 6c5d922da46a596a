/**
 * The lab file (`*.layerlab.json`): a graph, a dataset reference and a training configuration,
 * versioned with a migration table. It is what the desktop app saves and opens and what
 * `layerlab train LAB` runs.
 */
import { z } from 'zod';
import { DatasetRefSchema, type DatasetRef } from './datasets.ts';
import { DocumentError, describeIssues, migrate, parseGraph, type GraphDocument } from './graph.ts';
import { said } from './errors.ts';
import { GridSpecSchema, type GridSpec } from './grid.ts';
import { GuideSchema, WorkSchema, emptyWork, type Guide, type Work } from './guide.ts';
import { TrainingConfigSchema, type TrainingConfig } from './training.ts';

export const LAB_FORMAT = 'layerlab-lab';
export const LAB_VERSION = 1;
export const LAB_EXTENSION = '.layerlab.json';

export const LAB_MIGRATIONS: Record<
  number,
  (doc: Record<string, unknown>) => Record<string, unknown>
> = {};

const LabInputSchema = z.object({
  format: z.literal(LAB_FORMAT),
  version: z.number().int().min(1),
  name: z.string().default('Untitled lab'),
  description: z.string().default(''),
  graph: z.unknown(),
  dataset: DatasetRefSchema.default({ kind: 'builtin', name: 'mnist', numWords: 10000 }),
  training: TrainingConfigSchema.default(TrainingConfigSchema.parse({})),
  /** A hyperparameter grid over this lab, run by `layerlab grid` and the app's grid panel. */
  grid: GridSpecSchema.nullable().default(null),
  /** A guided lab's steps, questions, checks and locks (contract/guide.ts); null for a plain lab. */
  guide: GuideSchema.nullable().default(null),
  /** The student's answers and ticked steps, saved with the lab. */
  work: WorkSchema.default(emptyWork()),
});

export interface LabFile {
  format: typeof LAB_FORMAT;
  version: typeof LAB_VERSION;
  name: string;
  description: string;
  graph: GraphDocument;
  dataset: DatasetRef;
  training: TrainingConfig;
  grid: GridSpec | null;
  guide: Guide | null;
  work: Work;
}

/** Guard + migrate + repair. `where` names the file in messages. */
export function parseLab(input: unknown, where = 'the lab file'): LabFile {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new DocumentError('invalid-document', said('error_lab_not_object', { where }));
  const raw = input as Record<string, unknown>;
  if (raw.format !== LAB_FORMAT)
    throw new DocumentError(
      'invalid-document',
      said('error_lab_wrong_format', {
        where,
        format: String(JSON.stringify(raw.format)),
        expected: LAB_FORMAT,
      }),
    );
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw, LAB_VERSION, LAB_MIGRATIONS, 'lab');
  } catch (e) {
    if (e instanceof DocumentError) throw inWhere(e, where);
    throw e;
  }
  const parsed = LabInputSchema.safeParse(migrated);
  if (!parsed.success)
    throw new DocumentError(
      'invalid-document',
      said('error_lab_settings', { where, issues: describeIssues(parsed.error) }),
    );
  let graph: GraphDocument;
  try {
    graph = parseGraph(parsed.data.graph);
  } catch (e) {
    if (e instanceof DocumentError) throw inWhere(e, where);
    throw e;
  }
  let guide: Guide | null = null;
  if (parsed.data.guide) {
    const steps = parsed.data.guide.steps.map((step) => {
      if (!step.setup) return { ...step, setup: null };
      const { graph: stepGraph, ...rest } = step.setup;
      try {
        return {
          ...step,
          setup: stepGraph === undefined ? rest : { ...rest, graph: parseGraph(stepGraph) },
        };
      } catch (e) {
        if (e instanceof DocumentError)
          throw new DocumentError(
            e.code,
            said('error_in_step', { where, step: step.title, detail: e.words }),
          );
        throw e;
      }
    });
    guide = { ...parsed.data.guide, steps };
  }
  return { ...parsed.data, format: LAB_FORMAT, version: LAB_VERSION, graph, guide };
}

/** Parses the text of a lab file; `where` is its path, for messages. */
export function parseLabText(text: string, where: string): LabFile {
  let json: unknown;
  try {
    // Windows editors save UTF-8 with a byte order mark, which JSON.parse refuses.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // V8's message quotes the text ("Unexpected token 'r', "root:x:0:0"..."): give the place only.
    const message = (e as Error).message;
    const at = /^(.*?)(?: in JSON)? at position (\d+)/.exec(message);
    const before = at ? text.slice(0, Number(at[2])).split('\n') : [];
    const why = at
      ? said('error_json_at', {
          where,
          problem: `${at[1][0].toLowerCase()}${at[1].slice(1)}`,
          line: before.length,
          column: before.at(-1)!.length + 1,
        })
      : said(/end of JSON input/.test(message) ? 'error_json_ends' : 'error_json_character', {
          where,
        });
    throw new DocumentError('invalid-json', why);
  }
  return parseLab(json, where);
}

/** A document's error, as found in the file `where`. */
const inWhere = (e: DocumentError, where: string) =>
  new DocumentError(e.code, said('error_in_where', { where, detail: e.words }));

export function serializeLab(lab: LabFile): string {
  return JSON.stringify(lab, null, 2) + '\n';
}
