import { appealFacts, type StoryFacts } from '@/lib/kinds/facts';
import { formatDate } from '@/lib/compose/posts';
import { cardSecondLanguage, type AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import type { PhotoRef, Story } from '@/lib/story/story';
import { CENTRED, type PhotoPlacement } from './placement';
import type { DrawOp } from './poster';
import { firstLink, qrMatrix } from './qr';
import { pickSentence, sentenceChoices, type SentenceChoice } from './sentences';
import type { CardSize } from './sizes';
import { cardPhotoKey, layoutCard, photoFrame, type CardTemplate, type SecondLanguage } from './templates';
import type { Measure } from './text-layout';
import { checkedLanguages, storyInLanguage } from '@/lib/translate/story-translation';

/**
 * The first half of the one card pipeline (the second is lib/cards/paint.ts): a story and the person's
 * choices → what the card says → where everything goes (draw operations). The cards view, the Weibo set's
 * tiles and the bench (scripts/bench/cards-page.ts) all make their cards through these two functions.
 */

/** What the cards of one story say, whatever their shape. */
export interface CardWords {
  readonly facts: StoryFacts;
  readonly language: AppLanguage;
  /** The parent's sentences the story card can show (see lib/cards/sentences.ts). */
  readonly choices: readonly SentenceChoice[];
  /** The sentence the story card shows: the chosen one if usable, else the first safe one, else ''. */
  readonly sentence: string;
  /** The family's first link, whether or not the card carries it. */
  readonly link: string | null;
  /** The QR code of that link, when the card carries one. */
  readonly qr: boolean[][] | null;
  readonly t: Translate;
  readonly dateText: (iso: string) => string;
  /**
   * The second language, for the bilingual poster: Homeward's words in it, and the story's facts in it when a
   * person has checked them there (the story's own language, or a checked translation), else null.
   */
  readonly second: SecondLanguage;
}

export interface WordsInput {
  readonly story: Story;
  /** The card's language: the story's (the default), or one it has a checked translation in. */
  readonly language?: AppLanguage;
  /** Today as YYYY-MM-DD, for "age now". */
  readonly today: string;
  /** Homeward's own words in a language (i18next's getFixedT in the panel and in the bench). */
  readonly translate: (language: AppLanguage) => Translate;
  /** The sentence the person chose for the story card (the story's cardStyle.sentence). */
  readonly chosenSentence: string | null;
  /** Sentences with a phone number, ID number or address the person put on the card anyway, in this view. */
  readonly confirmed: ReadonlySet<string>;
  /** Whether the card carries the family's link as a QR code. */
  readonly withQr: boolean;
}

/**
 * The story as the cards say it: facts, sentence, link and QR code, in the story's language and the second one.
 * A family's or an adult's appeal (`appealFacts`: a witness's story has no cards through here).
 */
export function cardWords({
  story,
  language = story.language,
  today,
  translate,
  chosenSentence,
  confirmed,
  withQr,
}: WordsInput): CardWords {
  // A card in a translation says the checked words only (lib/translate/story-translation.ts).
  const shown = storyInLanguage(story, language);
  const facts = appealFacts(shown, today);
  const second: AppLanguage = cardSecondLanguage(language);
  const choices = sentenceChoices(shown);
  const link = firstLink(facts.links);
  // The bilingual poster's second half: the parent's words there too when a person has put them into it.
  const secondFacts =
    second === story.language || checkedLanguages(story).includes(second) ? appealFacts(storyInLanguage(story, second), today) : null;
  return {
    facts,
    language,
    choices,
    // The parent's chosen sentence is in the story's language: a card in a translation picks from its own.
    sentence: pickSentence(choices, language === story.language ? chosenSentence : null, confirmed)?.text ?? '',
    link,
    qr: link && withQr ? qrMatrix(link) : null,
    t: translate(language),
    dateText: (iso) => formatDate(iso, language),
    second: { t: translate(second), dateText: (iso) => formatDate(iso, second), facts: secondFacts },
  };
}

/** One card's shape. `hasPhoto`: whether it has a photo to show (a card without one gives the room to text). */
export interface CardShape {
  readonly template: CardTemplate;
  readonly size: CardSize;
  readonly hasPhoto: boolean;
}

/** Text widths for the layout: the browser's font metrics (canvasMeasure) or a rough table where there is none. */
export interface Measurers {
  readonly measure: Measure;
  readonly measureBold: Measure;
}

/** A card laid out: everything to draw, in card pixels, and the QR code's modules. */
export interface CardPlan {
  readonly template: CardTemplate;
  readonly size: CardSize;
  readonly ops: readonly DrawOp[];
  readonly qr: readonly (readonly boolean[])[] | null;
  /** Where the photo goes, if the card shows one. */
  readonly frame: { readonly x: number; readonly y: number; readonly w: number; readonly h: number } | null;
}

/** Where everything on one card goes. */
export function planCard(words: CardWords, shape: CardShape, measurers: Measurers): CardPlan {
  const ops = layoutCard(shape.template, {
    facts: words.facts,
    t: words.t,
    size: shape.size,
    ...measurers,
    hasPhoto: shape.hasPhoto,
    ...(words.qr && words.link ? { qr: words.link } : {}),
    dateText: words.dateText,
    sentence: words.sentence,
    second: words.second,
  });
  return { template: shape.template, size: shape.size, ops, qr: words.qr, frame: photoFrame(ops) };
}

/** Which photo a card shape shows and where: the saved choice, else the first photo, centred. */
export function chosenPhoto(story: Story, template: CardTemplate, sizeId: string): { photo: PhotoRef | null; placement: PhotoPlacement } {
  const saved = story.cardPhotos?.[cardPhotoKey(template, sizeId)];
  const savedRef = saved && story.photos.find((p) => p.id === saved.photoId);
  const photo = savedRef ?? story.photos[0] ?? null;
  return { photo, placement: savedRef && saved ? { zoom: saved.zoom, cx: saved.cx, cy: saved.cy } : CENTRED };
}
