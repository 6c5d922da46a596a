/** A run as the charts get it, with what a test leaves out at neutral values. */
import { runColor, type CurveRun } from '../../src-renderer/lib/curves.ts';

export const curveRun = (over: Partial<CurveRun>): CurveRun => ({
  id: 'r1',
  name: 'Run 1',
  color: runColor(0),
  metrics: [],
  progress: null,
  stoppedEpoch: null,
  settings: '',
  changes: [],
  baseline: false,
  ...over,
});
