/**
 * Edit stamps: a hybrid logical clock, one per open view.
 *
 * Every field of a story carries the stamp of its last edit (see fields.ts). A stamp is the wall-clock time
 * in ms, a counter for edits within the same ms (or while the clock stands behind one already seen), and
 * the view's id, written so that comparing two stamps as strings orders them: the later edit is the greater.
 * A view that sees a stamp from another view moves its own clock past it, so an edit made after seeing
 * another view's edit always wins over it, even if the two views' clocks disagree.
 */

/** `<ms, base36, 9 digits>.<counter, base36, 4 digits>.<view id>` */
export const STAMP = /^[0-9a-z]{9}\.[0-9a-z]{4}\.[0-9a-z]{1,16}$/;

const MS_DIGITS = 9; // base36: good until the year 5188
const COUNTER_DIGITS = 4;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;

export interface EditClock {
  /** A stamp greater than every stamp this clock has made or seen. */
  tick(): string;
  /** Takes note of a stamp made elsewhere. */
  observe(stamp: string): void;
}

export function createEditClock(viewId: string, nowMs: () => number): EditClock {
  if (!/^[0-9a-z]{1,16}$/.test(viewId)) throw new Error(`bad view id ${viewId}`);
  let ms = 0;
  let counter = 0;
  return {
    tick() {
      const now = Math.floor(nowMs());
      if (now > ms) {
        ms = now;
        counter = 0;
      } else if (counter < MAX_COUNTER) {
        counter++;
      } else {
        ms++; // a million edits in one ms: borrow the next ms rather than repeat a stamp
        counter = 0;
      }
      return ms.toString(36).padStart(MS_DIGITS, '0') + '.' + counter.toString(36).padStart(COUNTER_DIGITS, '0') + '.' + viewId;
    },
    observe(stamp) {
      if (!STAMP.test(stamp)) return;
      const [msPart, counterPart] = stamp.split('.') as [string, string];
      const seenMs = parseInt(msPart, 36);
      const seenCounter = parseInt(counterPart, 36);
      if (seenMs > ms || (seenMs === ms && seenCounter > counter)) {
        ms = seenMs;
        counter = seenCounter;
      }
    },
  };
}

/** A short random id for one open view (a panel, a tab). */
export function newViewId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 8; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
