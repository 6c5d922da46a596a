/**
 * A pool of workers on a Redis server (BullMQ): what goes onto the queue and what comes back, as
 * schemas. Redis on a classroom network is open to anyone on it, so nothing read off it is trusted:
 * a worker checks every job (`parsePoolJob`), the teacher checks every record (`parsePoolRecord`),
 * and a malformed one is refused, never run or recorded.
 *
 * The protocol, one (setting, fold) job at a time (keys: engine/pool/keys.ts):
 * - the teacher adds a job `{ gridId, trial, fold, name, lab }` under a job id derived from
 *   (grid, trial, fold), so a restarted teacher finds the jobs it queued before;
 * - a worker that takes it picks an attempt token, reports it as the job's progress (`PoolProgress`),
 *   and appends every record of its training (`PoolRecord`: backend, started, epoch, insight, done
 *   or error) to the attempt's list, in order; the job's return value is `PoolResult`;
 * - a worker killed mid-job stops renewing its lock: BullMQ moves the job back to the queue, another
 *   worker takes it with a new token, and the teacher drops what the lost attempt had recorded.
 */
import { z } from 'zod';
import {
  errorInfoFrom,
  isErrorCode,
  LayerLabError,
  said,
  type ErrorCode,
  type ErrorInfo,
} from './errors.ts';
import { BackendFactSchema, BackendSkipSchema } from './backend-text.ts';
import type { ErrorParams } from './error-text.ts';
import type { DatasetInfo } from './datasets.ts';
import type { EpochInsight, InsightMeta } from './insights.ts';
import type { EpochMetrics } from './training.ts';

/** The job format's version: a worker refuses a job of another version with a sentence. */
export const POOL_JOB_VERSION = 1;

/** A job's name is shown in logs and lists; the lab is checked by `parseLab` on the worker. */
export const PoolJobSchema = z.strictObject({
  version: z.literal(POOL_JOB_VERSION),
  gridId: z.string().min(1).max(64),
  trial: z.number().int().min(0).max(100_000),
  /** -1: the holdout split; 0..k-1: a fold of k-fold cross-validation. */
  fold: z.number().int().min(-1).max(100),
  name: z.string().max(500),
  /** The fold's own lab (its validation says which fold); checked with `parseLab` by the worker. */
  lab: z.unknown(),
});
export type PoolJob = z.infer<typeof PoolJobSchema>;

/** What a worker publishes as the job's progress: which attempt is current, and how far it got. */
export const PoolProgressSchema = z.strictObject({
  token: z.string().min(1).max(100),
  worker: z.string().max(100),
  /** Records appended to the attempt's list so far. */
  records: z.number().int().min(0),
  /** The running means of the epoch so far (the live progress bar), when training. */
  live: z
    .strictObject({
      epoch: z.number().int().min(0),
      batch: z.number().int().min(0),
      batches: z.number().int().min(0),
      loss: z.number(),
      accuracy: z.number(),
    })
    .nullable(),
});
export type PoolProgress = z.infer<typeof PoolProgressSchema>;

/** A job's return value: how the attempt that finished it ended. */
export const PoolResultSchema = z.strictObject({
  token: z.string().min(1).max(100),
  status: z.enum(['completed', 'early-stopped', 'stopped', 'failed']),
  records: z.number().int().min(0),
});
export type PoolResult = z.infer<typeof PoolResultSchema>;

const ErrorCodeSchema = z.custom<ErrorCode>(isErrorCode, 'a known error code');
const finite = z.number().refine(Number.isFinite, 'a finite number');
// JSON has no NaN: `encodeWire` writes a diverged run's NaN as null, which reads back as NaN here.
const nan = z.union([finite, z.nan(), z.null().transform(() => NaN)]);
const BackendNameSchema = z.enum(['tensorflow-gpu', 'webgpu', 'tensorflow', 'wasm', 'cpu']);
const BackendSchema = z.strictObject({
  name: BackendNameSchema,
  label: z.string().max(200),
  skipped: z.array(
    z.strictObject({
      name: BackendNameSchema,
      reason: z.string().max(1000),
      why: BackendSkipSchema.optional(),
    }),
  ),
  details: z.array(z.string().max(500)),
  facts: z.array(BackendFactSchema).max(20).optional(),
  gpu: z
    .strictObject({
      vendor: z.string().max(200),
      architecture: z.string().max(200),
      description: z.string().max(500),
      software: z.boolean(),
    })
    .optional(),
});
const DatasetInfoSchema = z.strictObject({
  id: z.string().max(1000),
  title: z.string().max(500),
  task: z.enum(['binary', 'multiclass']),
  classNames: z.array(z.string().max(200)).max(10_000),
  featureShape: z.array(z.number().int().min(0)).max(8),
  trainCount: z.number().int().min(0),
  testCount: z.number().int().min(0),
  source: z.string().max(2000).optional(),
});
const MetricsSchema = z.strictObject({
  epoch: z.number().int().min(1),
  // A diverged run reports NaN losses: they are results, not malformed records.
  loss: nan,
  accuracy: nan,
  val_loss: nan.optional(),
  val_accuracy: nan.optional(),
  regularization_loss: nan,
  seconds: finite,
});
const bytes = z.instanceof(Uint8Array);
const InsightMetaSchema = z.strictObject({
  weightLayers: z.array(
    z.strictObject({
      name: z.string(),
      kind: z.string(),
      kernelShape: z.array(z.number().int()),
      range: finite,
    }),
  ),
  activationLayers: z.array(
    z.strictObject({
      name: z.string(),
      kind: z.string(),
      activation: z.string().nullable(),
      relu: z.boolean(),
    }),
  ),
  classNames: z.array(z.string()),
  validationCount: z.number().int().min(0),
  validationSplit: z.enum(['test', 'train']).nullable(),
  surface: z
    .strictObject({
      x: z.tuple([finite, finite]),
      y: z.tuple([finite, finite]),
      points: z.array(z.strictObject({ x: finite, y: finite, label: z.number().int() })),
    })
    .nullable(),
  featureShape: z.array(z.number().int().min(0)),
});
const EpochInsightSchema = z.strictObject({
  epoch: z.number().int().min(0),
  weights: z.array(
    z.strictObject({
      layer: z.string(),
      counts: z.array(z.number().int().min(0)),
      under: z.number().int().min(0),
      over: z.number().int().min(0),
      sparsity: nan,
      l1: nan,
      l2: nan,
      gradNorm: nan.nullable(),
    }),
  ),
  activations: z.array(
    z.strictObject({ layer: z.string(), mean: nan, std: nan, dead: nan.nullable() }),
  ),
  confusion: z.array(z.array(z.number().int().min(0))).nullable(),
  wrong: z
    .array(
      z.strictObject({
        index: z.number().int().min(0),
        label: z.number().int(),
        predicted: z.number().int(),
        confidence: nan,
        image: z
          .strictObject({
            shape: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
            pixels: bytes,
          })
          .optional(),
        text: z.string().optional(),
      }),
    )
    .nullable(),
  surface: z.strictObject({ classes: bytes, confidence: bytes }).nullable(),
});

/**
 * One record of an attempt's training, in the order the trainer sent it. The list is JSON with byte
 * arrays as `{ $bytes: base64 }` (contract/wire.ts): the weights, thumbnails and surfaces.
 */
export const PoolRecordSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('backend'), backend: BackendSchema }),
  z.strictObject({
    type: z.literal('started'),
    dataset: DatasetInfoSchema,
    stepsPerEpoch: z.number().int().min(0),
    epochs: z.number().int().min(0),
    trainCount: z.number().int().min(0),
    validationCount: z.number().int().min(0),
    totalParams: z.number().int().min(0),
  }),
  z.strictObject({ type: z.literal('epoch'), metrics: MetricsSchema }),
  z.strictObject({
    type: z.literal('insight'),
    meta: InsightMetaSchema.optional(),
    insight: EpochInsightSchema,
  }),
  z.strictObject({
    type: z.literal('done'),
    status: z.enum(['completed', 'early-stopped', 'stopped']),
    stoppedEpoch: z.number().int().nullable(),
    seconds: finite,
    model: z.strictObject({
      modelTopology: z.unknown(),
      weightSpecs: z.array(
        z.looseObject({
          name: z.string(),
          shape: z.array(z.number().int().min(0)),
          dtype: z.string(),
        }),
      ),
      weightData: bytes,
    }),
  }),
  z.strictObject({
    type: z.literal('error'),
    // The error as ErrorInfo carries it: its message key and values (checked by errorInfoFrom, which
    // drops values that do not fit a message) word it in the reader's language.
    error: z
      .strictObject({
        code: ErrorCodeSchema,
        message: z.string().max(4000),
        key: z.string().max(100).optional(),
        params: z.record(z.string(), z.unknown()).optional(),
        file: z.string().max(4000).optional(),
        nodeId: z.string().max(200).optional(),
      })
      .transform((e) => errorInfoFrom(e)),
  }),
]);

/** The records' TypeScript shapes are the protocol's own (the schema checks them at the boundary). */
export type PoolRecord =
  | { type: 'backend'; backend: z.infer<typeof BackendSchema> }
  | ({ type: 'started'; dataset: DatasetInfo } & {
      stepsPerEpoch: number;
      epochs: number;
      trainCount: number;
      validationCount: number;
      totalParams: number;
    })
  | { type: 'epoch'; metrics: EpochMetrics }
  | { type: 'insight'; meta?: InsightMeta; insight: EpochInsight }
  | {
      type: 'done';
      status: 'completed' | 'early-stopped' | 'stopped';
      stoppedEpoch: number | null;
      seconds: number;
      model: {
        modelTopology: unknown;
        weightSpecs: { name: string; shape: number[]; dtype: string }[];
        weightData: Uint8Array;
      };
    }
  | { type: 'error'; error: ErrorInfo };

/** A worker as it announces itself (refreshed every few seconds; gone when it stops doing so). */
export const WorkerInfoSchema = z.strictObject({
  name: z.string().min(1).max(100),
  host: z.string().max(255),
  pid: z.number().int(),
  concurrency: z.number().int().min(1).max(64),
  /** Jobs it is training now. */
  active: z.number().int().min(0),
  /** What it trains on ("WebAssembly", "native CPU (TensorFlow)"...). */
  backend: z.string().max(200),
  /** The built-in datasets its data folders hold (`mnist`, `imdb`...). */
  datasets: z.array(z.string().max(100)).max(100),
  since: z.string().max(40),
  lastSeen: z.string().max(40),
});
export type WorkerInfo = z.infer<typeof WorkerInfoSchema>;

/** The teacher's view of the pool, for the grid panel and `layerlab grid --redis`. */
export interface PoolStatus {
  /** The server, its password replaced by `***`; null when no pool is set. */
  url: string | null;
  state: 'off' | 'connecting' | 'connected' | 'unreachable';
  /** Why it is unreachable, in one sentence (never with the password). */
  message: string | null;
  /** That sentence as a message key and its values, which the app words in the user's language. */
  key?: string;
  params?: ErrorParams;
  workers: WorkerInfo[];
  /** Jobs waiting for a worker, and being trained, across every grid on this server. */
  waiting: number;
  active: number;
}

/** No pool set: what `getPool` says before `connectPool`, and after a disconnect. */
export const POOL_OFF: PoolStatus = {
  url: null,
  state: 'off',
  message: null,
  workers: [],
  waiting: 0,
  active: 0,
};

/** `redis://` and `rediss://` (TLS) only; a password in it is never printed (`redactRedisUrl`). */
export function checkRedisUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new LayerLabError(
      'invalid-arguments',
      said('error_pool_not_redis_url', { url: redactRedisUrl(text) }),
    );
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new LayerLabError(
      'invalid-arguments',
      said('error_pool_wrong_scheme', { url: redactRedisUrl(text), scheme: url.protocol }),
    );
  if (!url.hostname)
    throw new LayerLabError(
      'invalid-arguments',
      said('error_pool_no_host', { url: redactRedisUrl(text) }),
    );
  return url;
}

/** The address with any password (and a user's, too) replaced by `***`: what logs and the UI show. */
export function redactRedisUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.password) url.password = '***';
    return url.toString().replace(/\/$/, '');
  } catch {
    // Not a URL: blank whatever sits between '//' and '@' (where a password would be).
    return text.replace(/\/\/[^@/]*@/, '//***@');
  }
}

/** Checks a job taken off the queue; the sentence says what is wrong with it (the lab: by `parseLab`). */
export function parsePoolJob(data: unknown): PoolJob {
  const parsed = PoolJobSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== POOL_JOB_VERSION)
    throw new LayerLabError(
      'malformed-job',
      said('error_pool_job_version', { version, current: POOL_JOB_VERSION }),
    );
  const issue = parsed.error.issues[0];
  throw new LayerLabError(
    'malformed-job',
    said('error_pool_job_malformed', {
      where: issue.path.join('.') || said('error_pool_the_job'),
      detail: issue.message,
    }),
  );
}

/** Checks a record read off an attempt's list (already decoded from JSON with `decodeWire`). */
export function parsePoolRecord(data: unknown): PoolRecord {
  const parsed = PoolRecordSchema.safeParse(data);
  if (parsed.success) return parsed.data as PoolRecord;
  const issue = parsed.error.issues[0];
  throw new LayerLabError(
    'malformed-job',
    said('error_pool_record_malformed', {
      where: issue.path.join('.') || said('error_pool_the_record'),
      detail: issue.message,
    }),
  );
}
