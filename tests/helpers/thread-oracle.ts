/**
 * The thread splitter as it was before it measured text piece by piece (issue 11): every candidate part is
 * counted whole. Kept as the slow oracle the property test compares `splitThread` with; not used by the app.
 */
import type { TextCount } from '@/lib/platforms/types';
import { sentences } from '@/lib/compose/thread';

type Count = (text: string, limit: number) => TextCount;

/** Cuts one over-long sentence at clause marks, then, as a last resort, where it stops fitting. */
function cutLong(unit: string, budget: number, count: Count): string[] {
  const clauses = unit.split(/(?<=[，、；：,;:]\s*|\s+)/u).filter(Boolean);
  const out: string[] = [];
  let current = '';
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
    if (count(current + clause, budget).used <= budget) {
      current += clause;
      continue;
    }
    if (current) out.push(current);
    current = pushCut(clause);
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

function pack(units: readonly string[], budget: number, count: Count): string[] {
  const parts: string[] = [];
  let current = '';
  const close = () => {
    if (current.trim()) parts.push(current.trim());
    current = '';
  };
  for (const unit of units) {
    if (count(current + unit, budget).used <= budget) {
      current += unit;
      continue;
    }
    close();
    if (count(unit, budget).used <= budget) {
      current = unit;
    } else {
      const pieces = cutLong(unit, budget, count);
      for (const piece of pieces.slice(0, -1)) {
        current = piece;
        close();
      }
      current = pieces.at(-1) ?? '';
    }
  }
  close();
  return parts;
}

const numbering = (i: number, n: number) => ` (${i}/${n})`;

/**
 * Splits text into numbered posts at sentence boundaries (then clauses), each within `limit` with its
 * number, never inside a grapheme or a link. Text that fits in one post stays one, unnumbered.
 */
export function splitThreadWhole(text: string, count: Count, limit: number): string[] {
  if (count(text, limit).used <= limit) return [text];
  const units = keepHeadingsWithText(sentences(text));
  for (const digits of [1, 2, 3]) {
    const widest = '9'.repeat(digits);
    const budget = limit - count(numbering(Number(widest), Number(widest)), limit).used;
    const parts = pack(units, budget, count);
    // More parts than the site allows still come back whole: the panel says so rather than dropping text.
    if (parts.length < 10 ** digits) return parts.map((part, i) => part + numbering(i + 1, parts.length));
  }
  return [text];
}
