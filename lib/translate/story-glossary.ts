/**
 * The glossary a helper sees for one story and one language (docs/translation.md): the appeals' words
 * (glossary.ts) as this story's helpers write them, the words they added, and the names and places they
 * checked, so a name corrected once is written the same way wherever it comes back. No pinyin here.
 */
import type { AppLanguage } from '@/lib/i18n/languages';
import type { GlossaryWord, Story } from '@/lib/story/schema';
import { fingerprint } from './fingerprint';
import { GLOSSARY, glossaryIn, type GlossaryEntry } from './glossary';
import { stateOf, translatableParts, translationOf } from './story-translation';

export interface Word {
  readonly id: string;
  /** The Chinese forms matched in a text. */
  readonly zh: readonly string[];
  readonly zhTW?: string;
  /** How it is written in the target language. */
  readonly text: string;
  /**
   * `glossary`: the appeals' word as Homeward writes it; `changed`: the same word as this story's helpers
   * write it (`usual` is Homeward's); `own`: a word a helper added; `checked`: a name or place a helper
   * translated and checked (`part` is where).
   */
  readonly origin: 'glossary' | 'changed' | 'own' | 'checked';
  readonly usual?: string;
  readonly note?: string;
  readonly part?: string;
}

/** The longest a word of the glossary may be (a name, a place, a phrase; not a sentence). */
export const MAX_WORD_LENGTH = 40;

/** A built-in entry in one language. */
function usualText(entry: GlossaryEntry, target: AppLanguage): string {
  return target === 'en' ? entry.en : target === 'zh-TW' ? entry.zhTW : (entry.zh[0] ?? '');
}

/** The id a helper's own word is kept under: from its Chinese, so the same word added twice is one. */
export function ownWordId(zh: string): string {
  return `own-${fingerprint(zh).split(':')[1] ?? '0'}`;
}

const own = (record: Readonly<Record<string, GlossaryWord>> | undefined, id: string) =>
  record && Object.hasOwn(record, id) ? record[id] : undefined;

/** Every word of the story's glossary in `target`, the appeals' words first, then the helpers', then names. */
export function storyWords(story: Story, target: AppLanguage): readonly Word[] {
  const mine = story.glossary?.[target];
  const words: Word[] = GLOSSARY.map((entry) => {
    const changed = own(mine, entry.id);
    const usual = usualText(entry, target);
    return {
      id: entry.id,
      zh: entry.zh,
      zhTW: entry.zhTW,
      ...(entry.note ? { note: entry.note } : {}),
      ...(changed && changed.text !== usual
        ? { text: changed.text, origin: 'changed' as const, usual }
        : { text: usual, origin: 'glossary' as const }),
    };
  });
  for (const [id, word] of Object.entries(mine ?? {})) {
    if (id.startsWith('own-')) words.push({ id, zh: [word.zh], text: word.text, origin: 'own' });
  }
  for (const part of translatableParts(story)) {
    const source = part.source.trim();
    if (!part.reads || source.length > MAX_WORD_LENGTH || !/\p{Script=Han}/u.test(source)) continue;
    if (stateOf(story, target, part) !== 'checked') continue;
    const text = translationOf(story, target, part.questionId, part.partId)?.text.trim() ?? '';
    words.push({
      id: `checked:${part.questionId}/${part.partId}`,
      zh: [source],
      text,
      origin: 'checked',
      part: `${part.questionId}/${part.partId}`,
    });
  }
  return words;
}

/** The words of `words` in this text (the longest form at each place), without the part's own checked name. */
export function wordsIn(text: string, words: readonly Word[], part?: string): readonly Word[] {
  return glossaryIn(text, words).filter((w) => w.part === undefined || w.part !== part);
}

/**
 * The story with a helper's word set (null: removed; for an appeals' word, back to Homeward's rendering).
 * Words are one line; spaces at the ends do not count.
 */
export function withGlossaryWord(story: Story, language: string, id: string, word: GlossaryWord | null, now: string): Story {
  const languages: Record<string, Readonly<Record<string, GlossaryWord>>> = { ...story.glossary };
  const words: Record<string, GlossaryWord> = { ...languages[language] };
  const clean = word && { zh: word.zh.replace(/\s+/g, ' ').trim(), text: word.text.replace(/\s+/g, ' ').trim() };
  const builtIn = GLOSSARY.find((entry) => entry.id === id);
  // An appeals' word written as Homeward writes it is no change of the helpers'.
  const usual = builtIn && (language === 'en' || language === 'zh-CN' || language === 'zh-TW') ? usualText(builtIn, language) : null;
  if (clean && clean.zh && clean.text && clean.text !== usual) words[id] = clean;
  else delete words[id];
  if (Object.keys(words).length > 0) languages[language] = words;
  else delete languages[language];
  const next: { -readonly [K in keyof Story]: Story[K] } = { ...story, updatedAt: now };
  if (Object.keys(languages).length > 0) next.glossary = languages;
  else delete next.glossary;
  return next;
}
