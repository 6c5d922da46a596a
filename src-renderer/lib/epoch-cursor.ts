/**
 * The inspect panel's epoch slider as pure steps. While `follow` is on, the cursor moves to each new
 * epoch a training run records; moving the slider back turns it off (the user is looking at an
 * earlier epoch), moving it to the last epoch turns it on again. Play steps from the cursor (from 0
 * when it is at the end) to the last epoch, then follows again.
 */

export interface EpochCursor {
  epoch: number;
  follow: boolean;
}

export const followingCursor = (last: number): EpochCursor => ({ epoch: last, follow: true });

/** The runs now reach `last`: a following cursor goes there; any cursor stays within 0..last. */
export function cursorForLast(cursor: EpochCursor, last: number): EpochCursor {
  if (cursor.follow) return cursor.epoch === last ? cursor : { ...cursor, epoch: last };
  return cursor.epoch > last ? { epoch: last, follow: true } : cursor;
}

/** The user put the slider on `epoch`. */
export function cursorMoved(epoch: number, last: number): EpochCursor {
  const at = Math.max(0, Math.min(last, Math.round(epoch)));
  return { epoch: at, follow: at >= last };
}

/** Where Play starts: where the cursor is, or from the beginning when it is at the end already. */
export function playStart(cursor: EpochCursor, last: number): EpochCursor {
  return { epoch: cursor.epoch >= last ? 0 : cursor.epoch, follow: false };
}

/** One step of Play; `done` once the last epoch is shown (and the cursor follows again). */
export function playStep(
  cursor: EpochCursor,
  last: number,
): { cursor: EpochCursor; done: boolean } {
  const epoch = Math.min(last, cursor.epoch + 1);
  const done = epoch >= last;
  return { cursor: { epoch, follow: done }, done };
}
