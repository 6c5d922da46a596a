/**
 * A lab's report data from the run store: its checks on the lab's runs, and the runs it shows
 * (`runIds`, else every finished run of the lab, oldest first). The service and the CLI share it.
 */
import { evaluateChecks } from '../../contract/guide-checks.ts';
import type { LabFile } from '../../contract/lab.ts';
import type { Locale } from '../../contract/locale.ts';
import { buildReport, type Report } from '../../contract/report.ts';
import { said } from '../../contract/error-text.ts';
import { EngineError } from '../../engine/errors.ts';
import type { GridStore } from '../../store/grid-store.ts';
import { guideGrids, guideRuns } from '../../store/guide-runs.ts';
import type { RunStore } from '../../store/run-store.ts';

export function labReport(
  store: RunStore,
  grids: GridStore,
  lab: LabFile,
  options: { runIds?: string[]; app: string; locale?: Locale },
): Report {
  const guide = lab.guide;
  const labRuns = guide ? guideRuns(store, guide.id) : [];
  const ids =
    options.runIds ??
    labRuns
      .filter((run) => run.status === 'completed' || run.status === 'early-stopped')
      .map((run) => run.id)
      .reverse();
  const runs = ids.map((id) => {
    const run = store.getRun(id);
    if (!run) throw new EngineError('not-found', said('error_not_found_run', { run: id }));
    return run;
  });
  return buildReport({
    lab,
    checks: guide ? evaluateChecks(guide, labRuns, guideGrids(store, grids, guide.id)) : [],
    runs,
    app: options.app,
    locale: options.locale,
    createdAt: new Date().toISOString(),
  });
}
