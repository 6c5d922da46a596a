/**
 * The inspect panel's shared shapes: which view is open, and the runs it shows. Every view takes
 * `{ runs: InspectRun[]; epoch: number }`: the runs ticked in the runs list that recorded insights
 * (in their overlay colours), and the epoch the panel's slider is on (0 is before training; a run
 * with fewer epochs shows its last one).
 */
import type { RunInsights } from '../../src-main/contract/insights.ts';

export type InspectTab = 'weights' | 'predictions' | 'activations' | 'boundary';

export interface InspectRun {
  id: string;
  name: string;
  /** The run's colour on the charts (lib/run-overlay.ts). */
  color: string;
  insights: RunInsights;
  /** True while the run trains: its last epoch grows. */
  live: boolean;
}

export interface InspectViewProps {
  runs: InspectRun[];
  epoch: number;
}

/** The insight a run has for `epoch`: that epoch, else its last one before it, else its first. */
export function insightAt(run: InspectRun, epoch: number) {
  const epochs = run.insights.epochs;
  let found = epochs[0] ?? null;
  for (const e of epochs) if (e.epoch <= epoch) found = e;
  return found;
}
