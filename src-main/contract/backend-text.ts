/**
 * The facts a backend report gives beside its name (SIMD, threads, fast kernels) as codes, worded
 * in one place: in English for the report's `details` (the CLI, logs, `--json`), in the user's
 * language where the app shows them (the backend badge).
 */
import { z } from 'zod';
import { m, type MessageLocale } from './i18n.ts';

/** The facts as they cross a wire (the pool's job results); `BackendFact` is its type. */
export const BackendFactSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('simd'), on: z.boolean() }),
  /** How many threads the wasm backend runs (1: a single thread). */
  z.strictObject({ kind: z.literal('threads'), count: z.number().int().min(0) }),
  /** A single thread, because `count` threads could not start (`detail` is TensorFlow.js' text). */
  z.strictObject({
    kind: z.literal('threads-failed'),
    count: z.number().int().min(0),
    detail: z.string().max(500),
  }),
  z.strictObject({
    kind: z.literal('fast-kernels'),
    kernels: z.array(z.string().max(100)).max(100),
  }),
]);
export type BackendFact = z.infer<typeof BackendFactSchema>;

/** A fact in `locale` (the current language when omitted). */
export function backendFactText(fact: BackendFact, locale?: MessageLocale): string {
  const o = locale ? { locale } : {};
  switch (fact.kind) {
    case 'simd':
      return (fact.on ? m.hosttext_simd : m.hosttext_no_simd)({}, o);
    case 'threads':
      return fact.count > 1
        ? m.hosttext_threads({ count: fact.count }, o)
        : m.hosttext_single_thread({}, o);
    case 'threads-failed':
      return m.hosttext_threads_failed({ count: fact.count, detail: fact.detail }, o);
    case 'fast-kernels':
      return m.hosttext_fast_kernels({ kernels: fact.kernels.join(', ') }, o);
  }
}

/** A report's facts in the user's language, or its English `details` when it has no facts. */
export const backendDetailsText = (b: { details: string[]; facts?: BackendFact[] }): string[] =>
  b.facts ? b.facts.map((f) => backendFactText(f)) : b.details;

/**
 * Why a faster rung of the ladder was skipped, as a code: worded in English for the report's
 * `reason` (the CLI's `--json`, logs), in the user's language in the badge and the CLI's line.
 * `failed` is TensorFlow.js' own text, shown as is. The schema checks it where it crosses a wire
 * (the pool's job results); `BackendSkip` is its type.
 */
const text = z.string().max(1000);
export const BackendSkipSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('requested'), wanted: text }),
  z.strictObject({ kind: z.literal('not-installed'), pkg: text }),
  z.strictObject({ kind: z.literal('load-failed'), pkg: text, detail: text }),
  z.strictObject({ kind: z.literal('no-cuda'), pkg: text }),
  z.strictObject({ kind: z.literal('not-started'), backend: text, detail: text.optional() }),
  z.strictObject({ kind: z.literal('failed'), detail: text }),
  z.strictObject({ kind: z.literal('webgpu-binding'), detail: text }),
  /** No adapter; without `detail`, no driver offered one. */
  z.strictObject({ kind: z.literal('no-adapter'), detail: text.optional() }),
  z.strictObject({ kind: z.literal('software-adapter'), gpu: text }),
  z.strictObject({ kind: z.literal('device-refused'), detail: text }),
  z.strictObject({ kind: z.literal('webgpu-backend'), detail: text }),
]);
export type BackendSkip = z.infer<typeof BackendSkipSchema>;

/**
 * A skip's reason in `locale` (the current language when omitted); `short` leaves out the note that
 * a native package is optional (the CLI's one line).
 */
export function backendSkipText(skip: BackendSkip, locale?: MessageLocale, short = false): string {
  const o = locale ? { locale } : {};
  switch (skip.kind) {
    case 'requested':
      return m.hosttext_skip_requested({ wanted: skip.wanted }, o);
    case 'not-installed': {
      const reason = m.hosttext_skip_not_installed({ pkg: skip.pkg }, o);
      return short ? reason : m.hosttext_skip_optional({ reason }, o);
    }
    case 'load-failed':
      return m.hosttext_skip_load_failed({ pkg: skip.pkg, detail: skip.detail }, o);
    case 'no-cuda':
      return m.hosttext_skip_no_cuda({ pkg: skip.pkg }, o);
    case 'not-started':
      return skip.detail === undefined
        ? m.hosttext_skip_not_started({ backend: skip.backend }, o)
        : m.hosttext_skip_not_started_because({ backend: skip.backend, detail: skip.detail }, o);
    case 'failed':
      return skip.detail;
    case 'webgpu-binding':
      return m.hosttext_skip_webgpu_binding({ detail: skip.detail }, o);
    case 'no-adapter':
      return skip.detail === undefined
        ? m.hosttext_skip_no_driver({}, o)
        : m.hosttext_skip_no_adapter({ detail: skip.detail }, o);
    case 'software-adapter':
      return m.hosttext_skip_software({ gpu: skip.gpu }, o);
    case 'device-refused':
      return m.hosttext_skip_device_refused({ detail: skip.detail }, o);
    case 'webgpu-backend':
      return m.hosttext_skip_webgpu_backend({ detail: skip.detail }, o);
  }
}

/** A skipped rung for people: "webgpu: ..." with its reason in the user's language when it has a code. */
export const skippedText = (s: { name: string; reason: string; why?: BackendSkip }): string =>
  `${s.name}: ${s.why ? backendSkipText(s.why) : s.reason}`;
