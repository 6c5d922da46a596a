/**
 * The run filter of a check as the teacher types it: layer kinds as a comma list ("Dense,
 * Dropout"), yes/no/either flags. Parsing says what is wrong in one sentence.
 */
import type { RunFilter } from '../../src-main/contract/guide.ts';
import { LAYER_KINDS, type LayerKind } from '../../src-main/contract/layers.ts';

export function parseKinds(text: string): { kinds: LayerKind[] } | { problem: string } {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Map(LAYER_KINDS.map((k) => [k.toLowerCase(), k]));
  const bad = names.find((n) => !known.has(n.toLowerCase()));
  if (bad !== undefined)
    return {
      problem: `'${bad}' is not a layer kind: write kinds as Keras does, like Dense, Dropout, Conv2D.`,
    };
  return { kinds: [...new Set(names.map((n) => known.get(n.toLowerCase())!))] };
}

export const kindsText = (kinds: readonly string[] | undefined) => (kinds ?? []).join(', ');

/** Sets or drops one condition: undefined, an empty list or '' mean "any". */
export function withCondition<K extends keyof RunFilter>(
  where: RunFilter,
  key: K,
  value: RunFilter[K] | null | undefined,
): RunFilter {
  const next = { ...where };
  if (value === undefined || value === null || (Array.isArray(value) && !value.length))
    delete next[key];
  else next[key] = value;
  return next;
}

export type Flag = 'any' | 'yes' | 'no';
export const flagOf = (v: boolean | undefined): Flag =>
  v === undefined ? 'any' : v ? 'yes' : 'no';
export const flagValue = (f: Flag): boolean | undefined => (f === 'any' ? undefined : f === 'yes');
