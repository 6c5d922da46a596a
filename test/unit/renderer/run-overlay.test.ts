import { describe, expect, it } from 'vitest';
import { sequential } from '../../../src-main/contract/graph.ts';
import { useLocale } from '../../../src-main/contract/i18n.ts';
import { LAB_FORMAT, parseLab, type LabFile } from '../../../src-main/contract/lab.ts';
import { RUN_COLORS } from '../../../src-renderer/lib/curves.ts';
import {
  assignColors,
  changesLine,
  describeRuns,
  overlayAfterStart,
  overlayForGuide,
  overlayToggled,
  referenceOf,
  withBaseline,
} from '../../../src-renderer/lib/run-overlay.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`);

describe('run colours', () => {
  it('give runs the palette in the order they were made, the first time they are seen', () => {
    const colors = assignColors(ids(12), {}, []);
    expect(ids(12).map((id) => colors[id])).toEqual([...RUN_COLORS, RUN_COLORS[0], RUN_COLORS[1]]);
  });

  it('keep a run its colour whatever is ticked, unticked or added', () => {
    const first = assignColors(ids(3), {}, []);
    const later = assignColors(['r0', 'r1', 'r2', 'r3'], first, ['r2']);
    expect(later).toMatchObject(first);
    expect(assignColors(['r1', 'r2'], later, ['r1', 'r2'])).toEqual({ r1: later.r1, r2: later.r2 });
  });

  it('give a new run a colour no ticked run has, while the palette has one', () => {
    // Ten runs, each with its colour; r0 and r3 are on the charts. Run r4 was deleted.
    const known = assignColors(ids(10), {}, []);
    delete known.r4;
    const colors = assignColors([...ids(10).filter((id) => id !== 'r4'), 'new'], known, [
      'r0',
      'r3',
    ]);
    expect(colors.new).toBe(RUN_COLORS[4]);
    // Every colour used by a ticked run: the new run takes the least used one.
    const all = assignColors([...ids(10), 'new'], assignColors(ids(10), {}, []), ids(10));
    expect(all.new).toBe(RUN_COLORS[0]);
  });

  it('never give two ticked runs one colour when another is free', () => {
    const known = { a: RUN_COLORS[0], b: RUN_COLORS[1] };
    const colors = assignColors(['a', 'b', 'c', 'd'], known, ['a', 'b']);
    expect(new Set([colors.a, colors.b, colors.c]).size).toBe(3);
    expect(colors.c).toBe(RUN_COLORS[2]);
  });
});

describe('runs on the charts', () => {
  it('keep the run trained before when the next one starts', () => {
    expect(overlayAfterStart(['a'], 'b', null)).toEqual(['a', 'b']);
    expect(overlayAfterStart(['a', 'b'], 'c', null)).toEqual(['a', 'b', 'c']);
  });

  it('keep the baseline on every chart, ticked', () => {
    expect(overlayAfterStart([], 'b', 'base')).toEqual(['base', 'b']);
    expect(overlayToggled(['base', 'b'], 'base', 'base')).toEqual(['base', 'b']);
    expect(overlayToggled(['base', 'b'], 'b', 'base')).toEqual(['base']);
    expect(overlayToggled(['b'], 'c', null)).toEqual(['b', 'c']);
    expect(withBaseline(['a'], 'base')).toEqual(['base', 'a']);
    expect(withBaseline(['a'], null)).toEqual(['a']);
  });
});

describe('a guided lab opening', () => {
  const lab = (guideId: string | null) =>
    ({ guide: guideId ? { id: guideId } : null }) as unknown as LabFile;
  const labs = {
    a: lab('library.capacity'),
    b: lab('library.l2'),
    c: lab(null),
    d: lab('library.l2'),
  };

  it("takes other labs' runs and baseline off the charts, and keeps its own", () => {
    expect(overlayForGuide(['a', 'b', 'c', 'd'], 'a', labs, 'library.l2')).toEqual({
      overlay: ['b', 'd'],
      baseline: null,
    });
    expect(overlayForGuide(['b', 'a'], 'd', labs, 'library.l2')).toEqual({
      overlay: ['d', 'b'],
      baseline: 'd',
    });
  });

  it('keeps a run whose lab is not loaded', () => {
    expect(overlayForGuide(['x', 'a'], null, labs, 'library.l2').overlay).toEqual(['x']);
  });
});

describe('what a run is compared with', () => {
  const newestFirst = ['r3', 'r2', 'r1'];
  it('is the run before it, or the baseline when one is pinned', () => {
    expect(referenceOf('r3', newestFirst, null)).toBe('r2');
    expect(referenceOf('r1', newestFirst, null)).toBeNull();
    expect(referenceOf('r3', newestFirst, 'r1')).toBe('r1');
    expect(referenceOf('r1', newestFirst, 'r1')).toBeNull();
    // A baseline that is gone is no reference.
    expect(referenceOf('r3', newestFirst, 'deleted')).toBe('r2');
  });

  it('describes each loaded run and its changes', () => {
    const lab = (units: number, epochs: number) =>
      parseLab({
        format: LAB_FORMAT,
        version: 1,
        graph: sequential([
          { kind: 'Input', params: { shape: [2] } },
          { kind: 'Dense', params: { units } },
          { kind: 'Dense', params: { units: 2, activation: 'softmax' } },
        ]),
        training: { epochs },
      });
    const labs = { r1: lab(8, 5), r2: lab(16, 5), r3: lab(16, 10) };
    const described = describeRuns(['r4', ...newestFirst], labs, null);
    expect(described.r4).toBeUndefined();
    expect(described.r1).toEqual({
      settings: 'Dense 8-2 · Adam lr 0.001 · batch 32 · 5 epochs',
      reference: null,
      byBaseline: false,
      changes: [],
    });
    expect(described.r2.changes).toEqual(['units 16 instead of 8 on dense']);
    expect(described.r3.changes).toEqual(['epochs 10 instead of 5']);
    expect(describeRuns(newestFirst, labs, 'r1').r3).toMatchObject({
      reference: 'r1',
      byBaseline: true,
      changes: ['units 16 instead of 8 on dense', 'epochs 10 instead of 5'],
    });
    // The run compared with is still loading: no changes yet, rather than wrong ones.
    expect(describeRuns(newestFirst, { r3: labs.r3 }, null).r3.changes).toBeNull();
  });
});

describe("the runs list's changes line", () => {
  const described = (reference: string | null, changes: string[] | null, byBaseline = false) => ({
    settings: 'Dense 8-2',
    reference,
    byBaseline,
    changes,
  });
  it('says what changed, and names the run compared with in its tooltip only', () => {
    const changes = ['+ Dropout(0.5) after dense', 'epochs 20 instead of 10'];
    expect(changesLine(described('r1', changes), 'Wide #1', false)).toEqual({
      text: 'vs the run before: + Dropout(0.5) after dense; epochs 20 instead of 10',
      title:
        'Compared with the run before, Wide #1:\n+ Dropout(0.5) after dense\nepochs 20 instead of 10',
    });
    expect(changesLine(described('r1', changes, true), 'Wide #1', false)?.text).toMatch(
      /^vs the baseline: /,
    );
    expect(changesLine(described('r1', []), 'Wide #1', false)).toEqual({
      text: 'Same settings as the run before',
      title: 'Compared with the run before, Wide #1',
    });
  });
  it("joins the changes as the user's language does", () => {
    useLocale(() => 'zh-Hant');
    try {
      expect(
        changesLine(described('r1', ['批次大小 64（原為 32）', 'lr 0.01']), 'A', false)?.text,
      ).toBe('與前一次相比：批次大小 64（原為 32）；lr 0.01');
    } finally {
      useLocale(() => 'en');
    }
  });
  it('says nothing for the first run or while loading, and marks the baseline', () => {
    expect(changesLine(described(null, []), null, false)).toBeNull();
    expect(changesLine(described('r1', null), 'Wide #1', false)).toBeNull();
    expect(changesLine(described(null, []), null, true)?.text).toMatch(/^Baseline/);
  });
});
