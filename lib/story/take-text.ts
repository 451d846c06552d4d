import type { Question } from '@/prompts/types';
import { MAX_PART_LENGTH, MAX_SOURCE_LENGTH, MAX_SOURCES, isWebAddress, type Story } from './schema';
import { answerPart, withAnswerPart } from './story';

/** One piece of text a helper chose to put into one part of one answer ("Use text from this page"). */
export interface TextPick {
  readonly questionId: string;
  readonly partId: string;
  readonly text: string;
}

/** Why a pick was not taken: no such part, a value the choice does not offer, or the part would be too long. */
export type PickProblem = 'no-such-part' | 'not-an-option' | 'too-long';

export interface TakenText {
  readonly story: Story;
  /** How many parts changed. */
  readonly changed: number;
  readonly refused: readonly { readonly pick: TextPick; readonly problem: PickProblem }[];
}

/** Blank lines between what was there and what is added: two pieces stay two paragraphs. */
const BETWEEN = '\n\n';

/**
 * Puts the helper's picks into the story, never losing what is there: an empty part takes the text; a part
 * that already holds it is left alone; any other text part gets it added after a blank line. A choice part
 * takes only one of its options (and replaces the old choice: a choice holds one). The page's address is
 * remembered in `sources` (http(s) only, each once, the newest kept when there are too many).
 */
export function withTakenText(
  story: Story,
  questions: readonly Question[],
  picks: readonly TextPick[],
  source: string,
  now: string,
): TakenText {
  let next = story;
  let changed = 0;
  const refused: { pick: TextPick; problem: PickProblem }[] = [];
  for (const pick of picks) {
    const text = pick.text.trim();
    if (!text) continue;
    const part = questions.find((q) => q.id === pick.questionId && q.kind === 'parts')?.parts.find((p) => p.id === pick.partId);
    if (!part) {
      refused.push({ pick, problem: 'no-such-part' });
      continue;
    }
    const before = answerPart(next, pick.questionId, pick.partId);
    let after: string;
    if (part.input === 'choice') {
      if (!part.options?.includes(text)) {
        refused.push({ pick, problem: 'not-an-option' });
        continue;
      }
      after = text;
    } else if (before.trim() === '') after = text;
    else if (before.includes(text)) after = before;
    else after = `${before.replace(/\s+$/u, '')}${BETWEEN}${text}`;
    if (after.length > MAX_PART_LENGTH) {
      refused.push({ pick, problem: 'too-long' });
      continue;
    }
    if (after === before) continue;
    next = withAnswerPart(next, pick.questionId, pick.partId, after, now);
    changed += 1;
  }
  const sources = withSource(next.sources ?? [], source);
  if (sources.length > (next.sources?.length ?? 0) || sources[0] !== next.sources?.[0]) next = { ...next, sources, updatedAt: now };
  return { story: next, changed, refused };
}

/** The story's sources with this page's address added (the newest kept when there are too many). */
export function withSource(sources: readonly string[], source: string): readonly string[] {
  if (!isWebAddress(source) || source.length > MAX_SOURCE_LENGTH || sources.includes(source)) return sources;
  return [...sources, source].slice(-MAX_SOURCES);
}
