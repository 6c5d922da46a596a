/** A real forked trainer sends the insights over its channel, byte arrays intact, tensors freed. */
import { describe, expect, it } from 'vitest';
import { SURFACE_SIZE } from '../../../src-main/contract/insights.ts';
import type { TrainerMessage } from '../../../src-main/engine/protocol.ts';
import { forkTrainer } from '../../../src-main/engine/trainer-client.ts';
import { moons } from '../../helpers/labs.ts';
import { withDeadline } from '../../helpers/wait.ts';

describe('trainer process insights', () => {
  it("sends 'insight' messages: epoch 0 with meta, then one per epoch after its 'epoch'", async () => {
    const port = forkTrainer();
    const messages: TrainerMessage[] = [];
    const done = new Promise<void>((resolve) =>
      port.onMessage((m) => {
        messages.push(m);
        if (m.type === 'done' || m.type === 'error') resolve();
      }),
    );
    port.send({
      type: 'start',
      runId: 'r1',
      lab: moons({ samples: 400, training: { epochs: 2, batchSize: 32 } }),
      dataDirs: [],
      backend: 'cpu',
    });
    await withDeadline(done, "the trainer's 'done'");
    port.kill();
    const kinds = messages
      .filter((m) => m.type === 'epoch' || m.type === 'insight')
      .map((m) => (m.type === 'epoch' ? `epoch ${m.metrics.epoch}` : `insight ${m.insight.epoch}`));
    expect(kinds).toEqual(['insight 0', 'epoch 1', 'insight 1', 'epoch 2', 'insight 2']);
    const insights = messages.filter((m) => m.type === 'insight');
    expect(insights.map((m) => m.meta !== undefined)).toEqual([true, false, false]);
    expect(insights[0].meta!.surface!.points.length).toBeGreaterThan(0);
    const surface = insights[2].insight.surface!;
    expect(surface.classes).toBeInstanceOf(Uint8Array);
    expect(surface.confidence.length).toBe(SURFACE_SIZE * SURFACE_SIZE);
    const end = messages.at(-1)!;
    expect(end.type).toBe('done');
    if (end.type === 'done') expect(end.tensors.after).toBe(end.tensors.before);
  });
});
