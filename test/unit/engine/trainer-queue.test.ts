/**
 * The shared trainer queue of a class server: a total cap, a cap per owner, owners taking turns, and
 * each waiting port told its place in line. Fake trainers: a port "exits" when the test says so.
 */
import { describe, expect, it } from 'vitest';
import type { TrainerPort } from '../../../src-main/engine/protocol.ts';
import { TrainerQueue } from '../../../src-main/engine/trainer-queue.ts';

function fakeTrainers() {
  const started: string[] = [];
  const exits = new Map<string, () => void>();
  const fake = (label: string) => (): TrainerPort => {
    started.push(label);
    let onExit: (problem: string | null) => void = () => {};
    exits.set(label, () => onExit(null));
    return { send() {}, onMessage() {}, onExit: (l) => (onExit = l), kill() {} };
  };
  return { started, fake, exit: (label: string) => exits.get(label)!() };
}

describe('TrainerQueue', () => {
  it('starts no more than the total, and owners take turns instead of first come first served', () => {
    const queue = new TrainerQueue(2, 1);
    const t = fakeTrainers();
    const places: Record<string, string> = {};
    const add = (owner: string, label: string) =>
      queue.port(t.fake(label), undefined, {
        owner,
        label,
        onPlace: (position, waiting) => (places[label] = `${position}/${waiting}`),
      });
    // Ann sends a grid of four runs first; Ben and Cy press Train after her.
    for (const n of [1, 2, 3, 4]) add('ann', `ann${n}`);
    add('ben', 'ben1');
    add('cy', 'cy1');
    // Ann may have one trainer (per owner), Ben the second: the total of two is reached.
    expect(t.started).toEqual(['ann1', 'ben1']);
    // Cy, who has no trainer yet, is next; Ann's others follow, though she asked first.
    expect(queue.line().map((w) => w.label)).toEqual(['cy1', 'ann2', 'ann3', 'ann4']);
    expect(places).toMatchObject({ cy1: '1/4', ann2: '2/4', ann4: '4/4' });
    expect(places.ann1).toBeUndefined();
    // Ann's run ends: Cy (served never) goes before Ann's second (Ann was served a moment ago).
    t.exit('ann1');
    expect(t.started).toEqual(['ann1', 'ben1', 'cy1']);
    expect(places).toMatchObject({ ann2: '1/3', ann3: '2/3', ann4: '3/3' });
    t.exit('ben1');
    expect(t.started.at(-1)).toBe('ann2');
    expect(queue.runningFor('ann')).toBe(1);
  });

  it('is first come, first served for one owner, and a cancelled port never starts', () => {
    const queue = new TrainerQueue(1);
    const t = fakeTrainers();
    queue.port(t.fake('a'));
    const b = queue.port(t.fake('b'), undefined, { label: 'b' });
    queue.port(t.fake('c'), undefined, { label: 'c' });
    expect(queue.line().map((w) => [w.label, w.position])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
    b.kill();
    t.exit('a');
    expect(t.started).toEqual(['a', 'c']);
  });
});
