/**
 * A story's translations (docs/translation.md): which answer parts a helper translates, the state of each
 * (not yet, a draft, checked, or "the original changed"), editing and checking, and the story as posts and
 * cards in another language read it: the checked translations of the parent's words, with every fact that is
 * not free text (dates, ages, choices, phone numbers) taken from the original as typed, so that the locale
 * files and `Intl` write them in the target language. No pinyin here: this loads with the panel.
 */
import { questionsFor } from '@/lib/kinds';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Story, TranslatedPart } from '@/lib/story/schema';
import { answerPart } from '@/lib/story/story';
import { fingerprint } from './fingerprint';

/** One answer part a helper can translate: free text the parent wrote (not a date, an age, a choice, a phone). */
export interface TranslatablePart {
  readonly questionId: string;
  readonly partId: string;
  readonly input: 'text' | 'longtext';
  readonly source: string;
  /** A name or a place: the translate view suggests its pinyin. */
  readonly reads?: 'name' | 'childName' | 'place';
}

/**
 * `missing`: not translated yet; `draft`: translated, not checked (a person's or the browser's); `checked`:
 * a person checked it against the source as it is now; `changed`: made or checked from an older source.
 */
export type TranslationState = 'missing' | 'draft' | 'checked' | 'changed';

/**
 * The parts to translate, in interview order: the story's free-text parts that hold text. Private answers
 * (for the police only) are left out: no post or card in any language uses them; so are numbers and names in
 * another script (`reads: 'asTyped'`), which every language writes as typed.
 */
export function translatableParts(story: Story): readonly TranslatablePart[] {
  return questionsFor(story.kind).flatMap((question) =>
    question.kind !== 'parts' || question.private
      ? []
      : question.parts.flatMap((part) => {
          const source = answerPart(story, question.id, part.id);
          // A number or a name in another script is not translated: it is kept as typed in every language.
          return (part.input === 'text' || part.input === 'longtext') && source.trim() !== '' && part.reads !== 'asTyped'
            ? [{ questionId: question.id, partId: part.id, input: part.input, source, ...(part.reads ? { reads: part.reads } : {}) }]
            : [];
        }),
  );
}

export function translationOf(story: Story, language: string, questionId: string, partId: string): TranslatedPart | undefined {
  const parts = story.translations?.[language]?.[questionId];
  return parts && Object.hasOwn(parts, partId) ? parts[partId] : undefined;
}

export function stateOf(
  story: Story,
  language: string,
  part: Pick<TranslatablePart, 'questionId' | 'partId' | 'source'>,
): TranslationState {
  const found = translationOf(story, language, part.questionId, part.partId);
  if (!found || found.text.trim() === '') return 'missing';
  if (found.source !== fingerprint(part.source)) return 'changed';
  return found.state;
}

/** How many of the parts to translate are checked (against the source as it is now). */
export function translationProgress(story: Story, language: string): { readonly checked: number; readonly total: number } {
  const parts = translatableParts(story);
  return { checked: parts.filter((p) => stateOf(story, language, p) === 'checked').length, total: parts.length };
}

function withPart(story: Story, language: string, questionId: string, partId: string, part: TranslatedPart | null, now: string): Story {
  const languages = { ...story.translations };
  const questions = { ...languages[language] };
  const parts: Record<string, TranslatedPart> = { ...questions[questionId] };
  if (part) parts[partId] = part;
  else delete parts[partId];
  if (Object.keys(parts).length > 0) questions[questionId] = parts;
  else delete questions[questionId];
  if (Object.keys(questions).length > 0) languages[language] = questions;
  else delete languages[language];
  const next: { -readonly [K in keyof Story]: Story[K] } = { ...story, updatedAt: now };
  if (Object.keys(languages).length > 0) next.translations = languages;
  else delete next.translations;
  return next;
}

/**
 * The translation of one part as typed (by a person) or drafted (by the browser's translator): a draft made
 * from the source as it is now. Emptied, the part's translation goes.
 */
export function withTranslatedText(
  story: Story,
  language: string,
  questionId: string,
  partId: string,
  text: string,
  by: TranslatedPart['by'],
  now: string,
): Story {
  if (text.trim() === '') return withPart(story, language, questionId, partId, null, now);
  const source = fingerprint(answerPart(story, questionId, partId));
  return withPart(story, language, questionId, partId, { text, by, state: 'draft', source }, now);
}

/** A person has read the translation against the source as it is now: checked (or back to a draft). */
export function withChecked(story: Story, language: string, questionId: string, partId: string, checked: boolean, now: string): Story {
  const found = translationOf(story, language, questionId, partId);
  if (!found || found.text.trim() === '') return story;
  const source = fingerprint(answerPart(story, questionId, partId));
  return withPart(story, language, questionId, partId, { ...found, state: checked ? 'checked' : 'draft', source }, now);
}

/** The languages a story has at least one checked translation in, for the posts' and cards' language choice. */
export function checkedLanguages(story: Story): readonly AppLanguage[] {
  const languages: AppLanguage[] = [];
  for (const language of Object.keys(story.translations ?? {})) {
    if (language === story.language || !isApp(language)) continue;
    if (translatableParts(story).some((p) => stateOf(story, language, p) === 'checked')) languages.push(language);
  }
  return languages;
}

const isApp = (language: string): language is AppLanguage => language === 'en' || language === 'zh-CN' || language === 'zh-TW';

/**
 * The story as posts and cards in `language` read it: written in that language; each free-text part is its
 * checked translation, or left out when it has none (a draft, or one made from an older source, never
 * reaches a post), except a name or a place, which is then written as the parent wrote it; dates, ages, choices and phone numbers stay as the parent typed them (the facts readers
 * read them whatever the language, and the locale writes them). The parent's own edits of posts and their
 * card sentence are in the story's language, so they are left out. The story's own language: the story.
 */
export function storyInLanguage(story: Story, language: AppLanguage): Story {
  if (language === story.language) return story;
  const answers: Record<string, Record<string, string>> = {};
  for (const question of questionsFor(story.kind)) {
    const answer = story.answers[question.id];
    if (!answer || question.kind !== 'parts') continue;
    const kept: Record<string, string> = {};
    for (const part of question.parts) {
      const source = answerPart(story, question.id, part.id);
      if (source === '') continue;
      if ((part.input !== 'text' && part.input !== 'longtext') || part.reads === 'asTyped') kept[part.id] = source;
      else if (question.private) continue;
      else if (stateOf(story, language, { questionId: question.id, partId: part.id, source }) === 'checked')
        kept[part.id] = translationOf(story, language, question.id, part.id)?.text ?? '';
      // A name or place not checked yet is written as the parent wrote it: "Have you seen 李小雨?" names the
      // child; without it the post would ask for "our child". Its draft is never used.
      else if (part.reads) kept[part.id] = source;
    }
    if (Object.keys(kept).length > 0) answers[question.id] = kept;
  }
  const view: { -readonly [K in keyof Story]: Story[K] } = { ...story, language, answers };
  delete view.drafts;
  const style = story.cardStyle ? Object.fromEntries(Object.entries(story.cardStyle).filter(([key]) => key !== 'sentence')) : {};
  if (Object.keys(style).length > 0) view.cardStyle = style;
  else delete view.cardStyle;
  return view;
}
