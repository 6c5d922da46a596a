/**
 * The trust boundary, shared by both hosts: a method name from the allowlist, arguments checked
 * with the same schemas the editor uses, then the call. Whatever fails comes back as an `ErrorInfo`
 * with a stable code.
 */
import { z } from 'zod';
import { API_METHODS, type ApiMethod, type ErrorInfo, type LayerLabApi } from '../contract/api.ts';
import { DatasetRefSchema } from '../contract/datasets.ts';
import { AugmentationSchema } from '../contract/training.ts';
import { EXPORT_FORMAT_NAMES } from '../contract/export-formats.ts';
import { describeIssues } from '../contract/graph.ts';
import { parseLab, type LabFile } from '../contract/lab.ts';
import { REPORT_FORMATS } from '../contract/report.ts';
import { LOCALES } from '../contract/locale.ts';
import { LayerLabError } from '../contract/errors.ts';
import { said, type ErrorText } from '../contract/error-text.ts';
import { logIfInternal } from '../engine/errors.ts';

/** A lab from the UI: guarded, migrated and repaired exactly as a lab file from disk. */
const Lab = z.unknown().transform((value, ctx): LabFile => {
  try {
    return parseLab(value, 'the lab');
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});
const RunId = z.string().min(1).max(100);
/** Pasted Keras code: a course notebook's model cell is a few kB; 1 MB is far beyond any. */
const MAX_CODE_CHARS = 1_000_000;
/** A `.keras` / `.h5` upload: the 2x512 MLP is 2.7 MB, the course's CNN 4 MB. */
const MAX_MODEL_FILE_BYTES = 200 * 1024 * 1024;
/** A lab or Keras model JSON upload: the course's largest models are a few hundred kB of JSON. */
const MAX_LAB_TEXT_CHARS = 16 * 1024 * 1024;
/** A student's report: text, a few charts and a diagram; a class sends a few hundred at most. */
const MAX_REPORT_BYTES = 20 * 1024 * 1024;
const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a path cannot contain a NUL character');

type MethodArgs = { [M in ApiMethod]: Parameters<LayerLabApi[M]> };

/** One schema per method, so a method without one is a compile error. */
const ARGS: { [M in ApiMethod]: z.ZodType<MethodArgs[M]> } = {
  getAppInfo: z.tuple([]),
  listDatasets: z.tuple([]),
  describeDataset: z.tuple([DatasetRefSchema]),
  startRun: z.tuple([
    z.object({
      lab: Lab,
      name: z.string().max(200).optional(),
      initialWeightsFrom: RunId.optional(),
    }),
  ]),
  pauseRun: z.tuple([RunId]),
  resumeRun: z.tuple([RunId]),
  stopRun: z.tuple([RunId]),
  listRuns: z.tuple([]),
  getRun: z.tuple([RunId]),
  deleteRun: z.tuple([RunId]),
  renameRun: z.tuple([RunId, z.string().min(1).max(200)]),
  exportRun: z.tuple([
    RunId,
    z.object({ format: z.enum(EXPORT_FORMAT_NAMES), dir: FilePath.optional() }),
  ]),
  evaluateRun: z.tuple([RunId, z.object({ dataset: DatasetRefSchema.optional() }).optional()]),
  getInsights: z.tuple([RunId]),
  previewAugmentation: z.tuple([
    z.object({
      dataset: DatasetRefSchema,
      augmentation: AugmentationSchema,
      images: z.number().int().min(1).max(8).optional(),
      count: z.number().int().min(1).max(32),
      seed: z.number().int().min(0).optional(),
    }),
  ]),
  importKerasCode: z.tuple([z.string().max(MAX_CODE_CHARS), z.string().max(300).optional()]),
  kerasScript: z.tuple([Lab]),
  importModelFile: z.tuple([
    z.string().min(1).max(300),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_MODEL_FILE_BYTES, {
      message: `a model file can be at most ${MAX_MODEL_FILE_BYTES / 1024 / 1024} MB`,
    }),
    z.object({ locale: z.enum(LOCALES).optional() }).optional(),
  ]),
  listLabs: z.tuple([]),
  openLab: z.tuple([FilePath]),
  readLabFile: z.tuple([z.string().min(1).max(300), z.string().max(MAX_LAB_TEXT_CHARS)]),
  saveLab: z.tuple([FilePath, Lab]),
  autosaveLab: z.tuple([z.object({ lab: Lab, path: FilePath.nullable(), dirty: z.boolean() })]),
  restoreAutosave: z.tuple([]),
  chooseLabPath: z.tuple([z.enum(['open', 'save']), z.string().max(200).optional()]),
  startGrid: z.tuple([
    Lab,
    z
      .object({
        restart: z.boolean().optional(),
        name: z.string().max(200).optional(),
        onPool: z.boolean().optional(),
        locale: z.enum(LOCALES).optional(),
      })
      .optional(),
  ]),
  connectPool: z.tuple([z.string().max(2000).nullable()]),
  getPool: z.tuple([]),
  stopGrid: z.tuple([RunId]),
  listGrids: z.tuple([]),
  getGrid: z.tuple([RunId]),
  deleteGrid: z.tuple([RunId]),
  exportGridCsv: z.tuple([RunId]),
  listLibrary: z.tuple([]),
  openLibraryLab: z.tuple([
    z.string().min(1).max(100),
    z.object({ quick: z.boolean().optional(), locale: z.enum(LOCALES).optional() }).optional(),
  ]),
  checkLab: z.tuple([Lab]),
  exportReport: z.tuple([
    Lab,
    z.object({
      format: z.enum(REPORT_FORMATS),
      runIds: z.array(RunId).max(1000).optional(),
      dir: FilePath.optional(),
      locale: z.enum(LOCALES).optional(),
    }),
  ]),
  classOverview: z.tuple([
    z.union([
      z.object({ dir: FilePath }),
      z.object({
        files: z
          .array(
            z.object({
              name: z.string().min(1).max(300),
              bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_REPORT_BYTES, {
                message: `a report can be at most ${MAX_REPORT_BYTES / 1024 / 1024} MB`,
              }),
            }),
          )
          .max(500),
      }),
    ]),
    z.object({ lab: Lab.optional() }).optional(),
  ]),
  repairStore: z.tuple([]),
};

// Every method of the interface is in the allowlist (`API_METHODS` checks the other direction):
// a method left out names itself in the compile error here.
type Unlisted = Exclude<Exclude<keyof LayerLabApi, `on${string}`>, ApiMethod>;
export const ALL_METHODS_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

/** A request refused at the boundary. */
export class HostError extends LayerLabError {
  constructor(
    code:
      | 'unknown-method'
      | 'invalid-arguments'
      | 'invalid-message'
      | 'unauthorized'
      | 'forbidden-path',
    message: string | ErrorText,
  ) {
    super(code, message);
    this.name = 'HostError';
  }
}

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/** Checks a call from the UI and makes it; throws `HostError` for a refused request. */
export async function dispatch(api: LayerLabApi, method: unknown, args: unknown): Promise<unknown> {
  if (!isApiMethod(method))
    throw new HostError(
      'unknown-method',
      said('error_host_unknown_method', { method: String(method).slice(0, 60) }),
    );
  const parsed = ARGS[method].safeParse(Array.isArray(args) ? args : []);
  if (!parsed.success)
    throw new HostError(
      'invalid-arguments',
      said('error_host_invalid_arguments', { method, issues: describeIssues(parsed.error) }),
    );
  const call = api[method] as (...a: unknown[]) => Promise<unknown>;
  return call.apply(api, parsed.data as unknown[]);
}

/** Any failure as it crosses a process boundary; an unexpected one is logged with its stack first. */
export function errorInfo(e: unknown, method = 'a request'): ErrorInfo {
  return logIfInternal(e, method);
}
