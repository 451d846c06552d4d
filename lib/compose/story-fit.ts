import type { AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import type { StoryFacts } from '@/lib/kinds/family/facts';
import type { WordsGroup } from '@/lib/kinds/family/words';
import { voiced } from '@/lib/i18n/voice';
import { say } from '@/lib/text/say';
import { STEPS, shortFacts, shrinkToFit, type Essential, type Fitted, type Piece } from './fact-trim';
import type { LeftOut } from './left-out';
import { sentences } from './thread';

/*
 * The story post's body: the parent's words in blocks under gentle headings, and how many of them fit
 * beside the facts on a site (whole blocks, most wanted first; else the start of one, in whole sentences).
 */

/** One group of the parent's words under its heading. */
interface BodyBlock {
  readonly heading: string;
  /** The answers, exactly as typed, each its own paragraph line. */
  readonly texts: readonly string[];
}

/** The parent's words (or the adult's), grouped under gentle headings in their voice, exactly as typed. */
export function storyBody(f: StoryFacts, tr: Translate, name: string): Record<WordsGroup, BodyBlock> {
  const t = voiced(tr, f.voice);
  return {
    who: { heading: say(t, 'posts.who', { name }), texts: f.words.who },
    day: { heading: t('posts.day'), texts: f.words.day },
    us: { heading: t('posts.us'), texts: f.words.us },
    hopes: { heading: t('posts.hopes'), texts: f.words.hopes },
    message: { heading: say(t, 'posts.message', { name }), texts: f.words.message },
  };
}

export const blockText = (block: BodyBlock, texts: readonly string[] = block.texts) =>
  texts.length ? [block.heading, ...texts].join('\n') : '';

/**
 * The start of a block, whole sentences only, as long as `fits` allows: the heading and the first sentence,
 * then each next one while it still fits. Null when not even the first sentence fits.
 */
function blockStart(block: BodyBlock, fits: (text: string) => boolean): string | null {
  const units = sentences(block.texts.join('\n'));
  let best: string | null = null;
  let taken = '';
  for (const unit of units) {
    taken += unit;
    const text = blockText(block, [taken.trimEnd()]);
    // A unit that is only white space or punctuation is not a sentence of the parent's.
    if (!/[\p{L}\p{N}]/u.test(taken)) continue;
    if (!fits(text)) break;
    best = text;
  }
  return best;
}

/**
 * Keeps the required blocks and as many optional ones as fit, most wanted first, in story order.
 * Returns null when even the required blocks do not fit.
 */
function fitBlocks(
  blocks: readonly { text: string; keep: number }[],
  separator: string,
  fits: (text: string) => boolean,
): { text: string; dropped: number[] } | null {
  const join = (chosen: ReadonlySet<number>) =>
    blocks
      .filter((b, i) => b.text && chosen.has(i))
      .map((b) => b.text)
      .join(separator);
  const chosen = new Set(blocks.flatMap((b, i) => (b.keep === 0 ? [i] : [])));
  if (!fits(join(chosen))) return null;
  const byWant = blocks
    .map((b, i) => ({ ...b, i }))
    .filter((b) => b.keep > 0)
    .sort((a, b) => a.keep - b.keep);
  const dropped: number[] = [];
  for (const b of byWant) {
    chosen.add(b.i);
    if (!fits(join(chosen))) {
      chosen.delete(b.i);
      if (b.text) dropped.push(b.i);
    }
  }
  return { text: join(chosen), dropped };
}

interface StoryBlock {
  readonly text: string;
  readonly keep: number;
  /** The parent's words in this block (the facts blocks have none). */
  readonly body?: BodyBlock;
}

export interface FittedStory extends Fitted {
  readonly words: 'all' | 'some' | 'none';
}

const byWant = (blocks: readonly StoryBlock[], indices: readonly number[]) =>
  [...indices].sort((a, b) => (blocks[a]?.keep ?? 0) - (blocks[b]?.keep ?? 0));

/**
 * The story post when the facts and the ask fit: whole blocks of the parent's words, most wanted first.
 * When not one whole block fits, the start of the most wanted one, in whole sentences, in its place (before
 * how the child looks, which the alert and the cards carry). Null when the facts and the ask alone do not fit.
 */
export function fitStory(blocks: readonly StoryBlock[], fits: (text: string) => boolean, unread: readonly LeftOut[]): FittedStory | null {
  const fitted = fitBlocks(blocks, '\n\n', fits);
  if (!fitted) return null;
  const isWords = (i: number) => Boolean(blocks[i]?.body && blocks[i]?.text);
  const droppedWords = fitted.dropped.filter(isWords);
  const looksDropped = fitted.dropped.includes(1);
  const leftOut = (looks: boolean): LeftOut[] => [
    ...(looks ? ['looks' as const] : []),
    ...(droppedWords.length > 0 ? ['story' as const] : []),
    ...unread,
  ];
  if (droppedWords.length === 0) return { text: fitted.text, leftOut: leftOut(looksDropped), words: 'all' };
  if (blocks.some((b, i) => isWords(i) && !fitted.dropped.includes(i)))
    return { text: fitted.text, leftOut: leftOut(looksDropped), words: 'some' };
  const kept = new Set(blocks.flatMap((b, i) => (b.text && !fitted.dropped.includes(i) ? [i] : [])));
  // With how the child looks if the sentence fits beside it, else without.
  for (const withLooks of kept.has(1) ? [true, false] : [false]) {
    for (const i of byWant(blocks, droppedWords)) {
      const join = (start: string) =>
        blocks
          .map((b, j) => (j === i ? start : kept.has(j) && (withLooks || j !== 1) ? b.text : ''))
          .filter(Boolean)
          .join('\n\n');
      const body = blocks[i]?.body;
      const start = body ? blockStart(body, (text) => fits(join(text))) : null;
      if (start) return { text: join(start), leftOut: leftOut(looksDropped || !withLooks), words: 'some' };
    }
  }
  return { text: fitted.text, leftOut: leftOut(looksDropped), words: 'none' };
}

interface ShortStoryInput {
  readonly f: StoryFacts;
  readonly t: Translate;
  readonly language: AppLanguage;
  readonly tags: string;
  readonly blocks: readonly StoryBlock[];
  readonly fits: (text: string) => boolean;
  readonly cut: (text: string) => string;
  readonly essentials: readonly Essential[];
  readonly unread: readonly LeftOut[];
  readonly alert: Fitted;
}

/**
 * The story post when even the facts in full and the ask do not fit with the story's opening: the short
 * facts, cut down as the alert is, with the first sentence of the most wanted of the parent's blocks. Who the
 * child is and whom to tell are never given up for it; when it cannot fit, the post is the alert and says so
 * (`words: 'none'`): never silently.
 */
export function storyInShortFacts({ f, t, language, tags, blocks, fits, cut, essentials, unread, alert }: ShortStoryInput): FittedStory {
  const keepForIdentity: readonly Piece[] = ['story', 'stillLooking', 'ageNow', 'gender', 'nickname', 'station', 'phone'];
  const steps = STEPS.filter((step) => !keepForIdentity.includes(step.piece));
  const words = blocks.flatMap((b, i) => (b.body && b.text ? [i] : []));
  for (const i of byWant(blocks, words)) {
    const body = blocks[i]?.body;
    const sentence = body ? firstSentence(body) : null;
    if (!sentence) continue;
    const fitted = shrinkToFit(f, steps, (trim) => shortFacts(f, t, language, tags, trim, sentence), fits, cut, essentials);
    if (fitted.leftOut.includes('cut')) continue;
    const all = words.length === 1 && body !== undefined && sentence === blockText(body);
    return { text: fitted.text, leftOut: [...fitted.leftOut, ...(all ? [] : ['story' as const]), ...unread], words: all ? 'all' : 'some' };
  }
  return { text: alert.text, leftOut: words.length > 0 ? ['story', ...alert.leftOut] : alert.leftOut, words: 'none' };
}

/** The heading and the first sentence of a block of the parent's words. */
function firstSentence(block: BodyBlock): string | null {
  let taken = '';
  for (const unit of sentences(block.texts.join('\n'))) {
    taken += unit;
    if (/[\p{L}\p{N}]/u.test(taken)) return blockText(block, [taken.trimEnd()]);
  }
  return null;
}
