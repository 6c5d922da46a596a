/**
 * Which runs are on the charts, in which colour, and what each changed. A run keeps one colour for
 * its whole life (remembered by the runs state across reloads), so ticking others never recolours
 * it; a run stays on the charts until it is unticked; the pinned baseline is always there. Pure and
 * framework-free: the runs state keeps the results in `$state.raw`.
 */
import { m, messageLocale } from '../../src-main/contract/i18n.ts';
import type { LabFile } from '../../src-main/contract/lab.ts';
import { changesText, describeLab, diffLabs } from '../../src-main/contract/lab-diff.ts';
import { RUN_COLORS } from './curves.ts';

/**
 * Colours for every listed run: the ones it had, and for each new run (oldest first) the palette's
 * colour fewest ticked runs use, then fewest runs at all, then the palette's order. Runs that are
 * gone lose theirs.
 */
export function assignColors(
  runsOldestFirst: string[],
  known: Record<string, string>,
  ticked: string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of runsOldestFirst) if (known[id]) out[id] = known[id];
  const uses = (ids: string[], color: string) => ids.filter((id) => out[id] === color).length;
  for (const id of runsOldestFirst) {
    if (out[id]) continue;
    // Palette order breaks ties: `reduce` keeps the earlier colour unless a later one is less used.
    const cost = (c: string) => [uses(ticked, c), uses(runsOldestFirst, c)];
    out[id] = RUN_COLORS.reduce((best, c) => {
      const [a, b] = [cost(c), cost(best)];
      return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? c : best;
    });
  }
  return out;
}

/** The runs on the charts once a run starts: everything that was there stays, and the new one joins. */
export function overlayAfterStart(
  overlay: string[],
  runId: string,
  baseline: string | null,
): string[] {
  return withBaseline([...overlay.filter((id) => id !== runId), runId], baseline);
}

/** Ticks or unticks a run; the baseline stays ticked (unpin it first). */
export function overlayToggled(overlay: string[], id: string, baseline: string | null): string[] {
  if (id === baseline) return withBaseline(overlay, baseline);
  return overlay.includes(id) ? overlay.filter((x) => x !== id) : [...overlay, id];
}

/** The baseline is drawn first, so the runs compared with it draw over it. */
export function withBaseline(overlay: string[], baseline: string | null): string[] {
  if (!baseline || overlay.includes(baseline)) return overlay;
  return [baseline, ...overlay];
}

/**
 * The runs on the charts once guided lab `guideId` opens: the runs of other labs (another guide, or
 * none) leave the charts, and so does a baseline from another lab, so a student moving on to the
 * next lab sees that lab's curves only. A run whose lab is not known (yet) stays.
 */
export function overlayForGuide(
  overlay: string[],
  baseline: string | null,
  labs: Record<string, LabFile>,
  guideId: string,
): { overlay: string[]; baseline: string | null } {
  const other = (id: string) => !!labs[id] && labs[id].guide?.id !== guideId;
  const kept = baseline && other(baseline) ? null : baseline;
  return {
    overlay: withBaseline(
      overlay.filter((id) => !other(id)),
      kept,
    ),
    baseline: kept,
  };
}

/** What a run is compared with: the baseline, or else the run before it (none for the first). */
export function referenceOf(
  id: string,
  runsNewestFirst: string[],
  baseline: string | null,
): string | null {
  if (baseline && baseline !== id && runsNewestFirst.includes(baseline)) return baseline;
  if (baseline === id) return null;
  const i = runsNewestFirst.indexOf(id);
  return i >= 0 && i + 1 < runsNewestFirst.length ? runsNewestFirst[i + 1] : null;
}

export interface RunDescription {
  /** What the run was trained with, in one line. */
  settings: string;
  /** The run it is compared with (the baseline, or the run before it); null for none. */
  reference: string | null;
  /** Whether `reference` is the pinned baseline. */
  byBaseline: boolean;
  /** How it differs from `reference`; null while either lab is still loading. */
  changes: string[] | null;
}

type InLocale<T> = { locale: string; text: T };
const settingsOf = new WeakMap<LabFile, InLocale<string>>();
const changesOf = new WeakMap<LabFile, WeakMap<LabFile, InLocale<string[]>>>();

/** `make()` remembered for `lab` in the current language (reading it makes the caller reactive). */
function inLocale<T>(map: WeakMap<LabFile, InLocale<T>>, lab: LabFile, make: () => T): T {
  const locale = messageLocale();
  let known = map.get(lab);
  if (known?.locale !== locale) map.set(lab, (known = { locale, text: make() }));
  return known.text;
}

function changesFrom(base: LabFile): WeakMap<LabFile, InLocale<string[]>> {
  if (!changesOf.has(base)) changesOf.set(base, new WeakMap());
  return changesOf.get(base)!;
}

/** Settings and changes of every run whose lab is loaded; labs are compared once, then remembered. */
export function describeRuns(
  runsNewestFirst: string[],
  labs: Record<string, LabFile>,
  baseline: string | null,
): Record<string, RunDescription> {
  const out: Record<string, RunDescription> = {};
  for (const id of runsNewestFirst) {
    const lab = labs[id];
    if (!lab) continue;
    const reference = referenceOf(id, runsNewestFirst, baseline);
    const base = reference === null ? undefined : labs[reference];
    out[id] = {
      settings: inLocale(settingsOf, lab, () => describeLab(lab)),
      reference,
      byBaseline: reference !== null && reference === baseline,
      changes:
        reference === null
          ? []
          : base
            ? inLocale(changesFrom(base), lab, () => diffLabs(base, lab))
            : null,
    };
  }
  return out;
}

/**
 * The runs list's line about a run's changes, and its tooltip; null while there is nothing to say
 * yet. The line names no run (the one before is the row below; the baseline is marked), so a row's
 * text is about its own run; the tooltip names the run compared with.
 */
export function changesLine(
  described: RunDescription,
  referenceName: string | null,
  isBaseline: boolean,
): { text: string; title: string } | null {
  if (isBaseline) {
    const text = m.overlay_baseline();
    return { text, title: text };
  }
  if (described.reference === null || described.changes === null) return null;
  const byBaseline = described.byBaseline;
  const title = referenceName
    ? byBaseline
      ? m.overlay_compared_baseline_named({ name: referenceName })
      : m.overlay_compared_before_named({ name: referenceName })
    : byBaseline
      ? m.overlay_compared_baseline()
      : m.overlay_compared_before();
  if (!described.changes.length)
    return { text: byBaseline ? m.overlay_same_baseline() : m.overlay_same_before(), title };
  const changes = changesText(described.changes);
  return {
    text: byBaseline ? m.overlay_vs_baseline({ changes }) : m.overlay_vs_before({ changes }),
    title: `${title}:\n${described.changes.join('\n')}`,
  };
}
