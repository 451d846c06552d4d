import type { TextCount } from '@/lib/platforms/types';
import { isInertJoin } from '@/lib/text/inert-join';

type Count = (text: string, limit: number) => TextCount;

/**
 * Counts a part as it grows piece by piece: where the piece joins inertly (lib/text/inert-join.ts), the
 * part's count plus the piece's, so each sentence is counted once instead of the whole part again and again.
 * The same numbers as `count(part + piece).used`, at a fraction of the work on X, whose parser is slow.
 */
interface Measure {
  /** The count of `text` alone. */
  used(text: string): number;
  /** The count of `part + piece`, given the count of `part`. */
  joined(part: string, partUsed: number, piece: string): number;
}

/** `used` is the site's own number, whatever the limit: one measure serves every budget of a thread. */
function measureWith(count: Count, limit: number): Measure {
  const known = new Map<string, number>();
  const used = (text: string) => {
    let n = known.get(text);
    if (n === undefined) {
      n = count(text, limit).used;
      known.set(text, n);
    }
    return n;
  };
  return {
    used,
    joined: (part, partUsed, piece) => (isInertJoin(part, piece) ? partUsed + used(piece) : used(part + piece)),
  };
}

/** Sentences (with the spaces and line breaks after them), the units a thread is cut between. */
export function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    // A line break also ends a unit (headings, tags), even where the segmenter runs on.
    const lines = segment.split(/(?<=\n)/);
    out.push(...lines);
  }
  return out.filter((s) => s.length > 0);
}

/** Cuts one over-long sentence at clause marks, then, as a last resort, where it stops fitting. */
function cutLong(unit: string, budget: number, count: Count, measure: Measure): string[] {
  const clauses = unit.split(/(?<=[，、；：,;:]\s*|\s+)/u).filter(Boolean);
  const out: string[] = [];
  let current = '';
  let currentUsed = 0;
  const pushCut = (text: string) => {
    let rest = text;
    while (rest && count(rest, budget).used > budget) {
      const at = count(rest, budget).fitsUntil;
      if (at === 0) break; // a single grapheme or link wider than the budget: keep it whole
      out.push(rest.slice(0, at));
      rest = rest.slice(at);
    }
    return rest;
  };
  for (const clause of clauses) {
    const joined = measure.joined(current, currentUsed, clause);
    if (joined <= budget) {
      current += clause;
      currentUsed = joined;
      continue;
    }
    if (current) out.push(current);
    current = pushCut(clause);
    currentUsed = measure.used(current);
  }
  if (current) out.push(current);
  return out;
}

/**
 * A heading ("【那一天】", "That day:") is the first line of a paragraph that goes on: it is kept with the line
 * after it, so no post of a thread ends on a heading whose words are in the next post.
 */
function keepHeadingsWithText(units: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] ?? '';
    const next = units[i + 1];
    const startsParagraph = i === 0 || units[i - 1] === '\n';
    if (startsParagraph && unit.endsWith('\n') && unit !== '\n' && next !== undefined && next !== '\n') {
      out.push(unit + next);
      i++;
    } else out.push(unit);
  }
  return out;
}

function pack(units: readonly string[], budget: number, count: Count, measure: Measure): string[] {
  const parts: string[] = [];
  let current = '';
  let currentUsed = 0;
  const close = () => {
    if (current.trim()) parts.push(current.trim());
    current = '';
    currentUsed = 0;
  };
  for (const unit of units) {
    const joined = measure.joined(current, currentUsed, unit);
    if (joined <= budget) {
      current += unit;
      currentUsed = joined;
      continue;
    }
    close();
    if (measure.used(unit) <= budget) {
      current = unit;
    } else {
      const pieces = cutLong(unit, budget, count, measure);
      for (const piece of pieces.slice(0, -1)) {
        current = piece;
        close();
      }
      current = pieces.at(-1) ?? '';
    }
    currentUsed = measure.used(current);
  }
  close();
  return parts;
}

/**
 * The count of the whole text, cut between units where the join is inert with all of the rest (so it stays
 * inert with any part of it): each piece is counted alone, and most pieces are single units.
 */
function wholeCount(text: string, units: readonly string[], measure: Measure): number {
  let used = 0;
  let start = 0;
  let at = 0;
  for (const unit of units) {
    if (at > 0 && isInertJoin(text.slice(0, at), text.slice(at))) {
      used += measure.used(text.slice(start, at));
      start = at;
    }
    at += unit.length;
  }
  return used + measure.used(text.slice(start));
}

const numbering = (i: number, n: number) => ` (${i}/${n})`;

/**
 * Splits text into numbered posts at sentence boundaries (then clauses), each within `limit` with its
 * number, never inside a grapheme or a link. Text that fits in one post stays one, unnumbered. `count` must
 * add up over inert joins (lib/text/inert-join.ts), as every site with threads does.
 */
export function splitThread(text: string, count: Count, limit: number): string[] {
  return splitThreads([text], count, limit);
}

/**
 * Several texts as one numbered thread (a bilingual story: the Chinese, then the English): each text is cut
 * as splitThread cuts one, no post holds the end of one text and the start of the next, and the numbers run
 * on across them. One text that fits in one post stays one, unnumbered.
 */
export function splitThreads(texts: readonly string[], count: Count, limit: number): string[] {
  const measure = measureWith(count, limit);
  const all = (texts.length > 1 ? texts.filter((text) => text.trim() !== '') : texts).map((text) => ({
    text,
    units: keepHeadingsWithText(sentences(text)),
  }));
  const only = all.length === 1 ? all[0] : undefined;
  if (only && wholeCount(only.text, only.units, measure) <= limit) return [only.text];
  for (const digits of [1, 2, 3]) {
    const widest = '9'.repeat(digits);
    const budget = limit - count(numbering(Number(widest), Number(widest)), limit).used;
    const parts = all.flatMap(({ units }) => pack(units, budget, count, measure));
    // More parts than the site allows still come back whole: the panel says so rather than dropping text.
    if (parts.length < 10 ** digits) return parts.map((part, i) => part + numbering(i + 1, parts.length));
  }
  return all.map(({ text }) => text);
}
