/**
 * The facts a backend report gives beside its name (SIMD, threads, fast kernels) as codes, worded
 * in one place: in English for the report's `details` (the CLI, logs, `--json`), in the user's
 * language where the app shows them (the backend badge).
 */
import { m, type MessageLocale } from './i18n.ts';

export type BackendFact =
  | { kind: 'simd'; on: boolean }
  /** How many threads the wasm backend runs (1: a single thread). */
  | { kind: 'threads'; count: number }
  /** A single thread, because `count` threads could not start (`detail` is TensorFlow.js' text). */
  | { kind: 'threads-failed'; count: number; detail: string }
  | { kind: 'fast-kernels'; kernels: string[] };

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
