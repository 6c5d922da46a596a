/** The app's state, shared with every component through one typed context. */
import { createContext } from 'svelte';
import type { AppState } from './app.svelte.ts';
import { EditorState } from './editor.svelte.ts';
import { FilesState } from './files.svelte.ts';
import { GridsState } from './grids.svelte.ts';
import { GuideState } from './guide.svelte.ts';
import { InsightsState } from './insights.svelte.ts';
import { KerasCodeState } from './keras-code.svelte.ts';
import { PoolState } from './pool.svelte.ts';
import { ReportsState } from './reports.svelte.ts';
import { RunsState } from './runs.svelte.ts';

export interface AppContext {
  app: AppState;
  editor: EditorState;
  runs: RunsState;
  files: FilesState;
  grids: GridsState;
  kerasCode: KerasCodeState;
  insights: InsightsState;
  pool: PoolState;
  reports: ReportsState;
  guide: GuideState;
}

export const [getAppContext, setAppContext] = createContext<AppContext>();

export function createAppContext(app: AppState): AppContext {
  const editor = new EditorState();
  editor.onRefuse = (message) => app.notify(message);
  const runs = new RunsState(app);
  const files = new FilesState(app, editor);
  return {
    app,
    editor,
    runs,
    files,
    guide: new GuideState(app, editor, files, runs),
    grids: new GridsState(app),
    kerasCode: new KerasCodeState(app, editor),
    insights: new InsightsState(app, runs),
    pool: new PoolState(app),
    reports: new ReportsState(app, editor),
  };
}
