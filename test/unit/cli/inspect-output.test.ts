/** What `layerlab inspect` prints, without a process: byte arrays summarized in --json, names escaped in text. */
import { describe, expect, it } from 'vitest';
import { inspectJson, inspectText } from '../../../src-main/cli/commands/inspect.ts';
import type { RunInsights } from '../../../src-main/contract/insights.ts';
import { epochInsight, insightMeta } from '../../helpers/insights.ts';

const run = { id: 'abcdef123456', name: 'L1 \x1b[2J run' };
const recorded = (kind: 'moons' | 'images'): RunInsights => ({
  runId: run.id,
  meta: insightMeta(kind),
  epochs: [0, 1].map((e) => epochInsight(e, kind)),
});

describe('inspect output', () => {
  it('--json keeps every number and leaves the bytes out: an image keeps its shape, the surface its class counts', () => {
    const images = recorded('images');
    const shown = inspectJson(run, images, images.epochs[1]);
    expect(shown.insight.wrong![0]).toEqual({
      index: 7,
      label: 1,
      predicted: 0,
      confidence: 0.875,
      image: { shape: [28, 28, 1] },
    });
    expect(shown.insight.weights).toEqual(images.epochs[1].weights);
    expect(JSON.stringify(shown)).not.toContain('pixels');

    const moons = recorded('moons');
    const surface = inspectJson(run, moons, moons.epochs[0]).insight.surface!;
    expect(surface.cells).toBe(10_000);
    expect(surface.classCells).toEqual([5000, 5000]); // the left half predicts class 0
    expect(surface.meanConfidence).toBeCloseTo(127.5 / 255, 2);
    expect(inspectJson(run, moons, moons.epochs[0]).meta.surface).toEqual({
      x: [-1.5, 2.5],
      y: [-1, 1.5],
      pointCount: 2,
    });
  });

  it('text: a run name cannot drive the terminal; histograms show what falls outside their range', () => {
    const text = inspectText(run, recorded('images'), epochInsight(1, 'images'));
    expect(text).toContain(
      "Run abcdef12 'L1 \\x1b[2J run', epoch 1 (recorded: 0 to 1; 0 is before training)",
    );
    expect(text).not.toContain('\x1b');
    expect(text).toMatch(/\n {4}-1 [ ▁▂▃▄▅▆▇█]{32} 1 {3}\(0 below, 1 above\)\n/);
    expect(text).toMatch(/\n {2}zero\s+4\s+1\n {2}one\s+2\s+3\n/);
    expect(text).toMatch(/\n\s+7\s+one\s+zero\s+87\.5%\n/);
  });
});
