/**
 * A writer killed mid-run (SIGKILL: no chance to close the store) keeps every insight it wrote:
 * each is committed as it arrives.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RunStore } from '../../../src-main/store/run-store.ts';
import { epochInsight, insightMeta } from '../../helpers/insights.ts';
import { exitOf, nextLine } from '../../helpers/wait.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layerlab-insights-killed-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a killed writer', () => {
  it('keeps the meta and every epoch it wrote; the run reads as interrupted', async () => {
    const file = path.join(dir, 'runs.sqlite');
    const at = (p: string) => JSON.stringify(path.resolve(p));
    // Writes epochs 0..2, says so, then waits to be killed with the store open.
    const script = `
      import { RunStore } from ${at('src-main/store/run-store.ts')};
      import { epochInsight, insightMeta } from ${at('test/helpers/insights.ts')};
      import { moons } from ${at('test/helpers/labs.ts')};
      const store = new RunStore(${JSON.stringify(file)});
      store.createRun({ id: 'r1', name: 'killed', lab: moons(), datasetId: 'synthetic:moons' });
      store.addInsight('r1', epochInsight(0), insightMeta());
      for (const e of [1, 2]) store.addInsight('r1', epochInsight(e));
      console.log('written 2');
      setInterval(() => {}, 1 << 30);`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await nextLine(child.stdout, (l) => l === 'written 2', 'the writer to write epoch 2');
    } finally {
      child.kill('SIGKILL');
    }
    expect((await exitOf(child)).signal).toBe('SIGKILL');

    const store = new RunStore(file);
    expect(store.getRun('r1')!.status).toBe('interrupted');
    expect(store.getInsights('r1')).toEqual({
      runId: 'r1',
      meta: insightMeta(),
      epochs: [0, 1, 2].map((e) => epochInsight(e)),
    });
    store.close();
  });
});
