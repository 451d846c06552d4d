/**
 * The child's age when lost and today, from what the parent gave: a date of birth, the age they typed, the
 * day the child was lost. Each gives a span of months; where two say something about the same age, the
 * answer is what both allow. A date known only to the year or month widens its span, so "born 2015, lost
 * June 2019" is "3–4", never a guessed 4. Before, the stated age plus the whole years since was published
 * as the age now, which is a year short for a child who was nearly five.
 */
import type { AgeSpan } from './age';
import { firstDay, lastDay, monthsBetween, type Day, type PartialDate } from './dates';

/** Under three, a child's age is said in months too (1岁8个月); after that in years. */
const MONTHS_UNDER = 36;

export interface ChildAges {
  /** Age when lost; null when nothing gives it. */
  readonly then: AgeSpan | null;
  /** Age today; null when nothing gives it. */
  readonly now: AgeSpan | null;
  /** The dates' age when lost, when it cannot be the age the parent typed (the posts use the dates). */
  readonly datesDisagree: AgeSpan | null;
  /** The date of birth is after the day the child was lost: no age comes from the dates. */
  readonly birthAfterLoss: boolean;
}

/** The span of months from a partial date to another (the widest it can be), or null if all of it is negative. */
function between(from: PartialDate, to: PartialDate | Day): AgeSpan | null {
  const lo = monthsBetween(lastDay(from), firstDay(to));
  const hi = monthsBetween(firstDay(from), lastDay(to));
  if (hi < 0) return null;
  const clamped = Math.max(0, lo);
  return { lo: clamped, hi, approx: false, months: hi < MONTHS_UNDER };
}

function overlap(a: AgeSpan, b: AgeSpan): AgeSpan | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo > hi) return null;
  return { lo, hi, approx: a.approx && b.approx, months: a.months || b.months || hi < MONTHS_UNDER };
}

const exactYears = (a: AgeSpan) => Math.floor(a.lo / 12) === Math.floor(a.hi / 12);

export function childAges(input: { birth: PartialDate | null; lost: PartialDate | null; stated: AgeSpan | null; today: Day }): ChildAges {
  const { birth, lost, stated, today } = input;
  const fromDates = birth && lost ? between(birth, lost) : null;
  const birthAfterLoss = birth !== null && lost !== null && fromDates === null;

  let then: AgeSpan | null = fromDates ?? stated;
  let datesDisagree: AgeSpan | null = null;
  if (fromDates && stated) {
    if (stated.approx) then = exactYears(fromDates) ? fromDates : stated;
    else {
      const both = overlap(fromDates, stated);
      if (both) then = both;
      else datesDisagree = fromDates;
    }
  }

  const fromBirth = birth ? between(birth, today) : null;
  const sinceLost = lost ? between(lost, today) : null;
  const fromThen =
    then && sinceLost
      ? { lo: then.lo + sinceLost.lo, hi: then.hi + sinceLost.hi, approx: then.approx, months: then.hi + sinceLost.hi < MONTHS_UNDER }
      : null;
  const now = fromBirth && fromThen ? (overlap(fromBirth, fromThen) ?? fromBirth) : (fromBirth ?? fromThen);
  return { then, now, datesDisagree, birthAfterLoss };
}

/** Whole years since the child was lost, when the date says it exactly (June 2019 does; 2019 may not). */
export function yearsSince(lost: PartialDate | null, today: Day): number | null {
  if (!lost) return null;
  const span = between(lost, today);
  if (!span) return null;
  return exactYears(span) ? Math.floor(span.lo / 12) : null;
}
