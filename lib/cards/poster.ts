import type { StoryFacts } from '@/lib/kinds/family/facts';
import type { Translate } from '@/lib/i18n/translate';
import { voiced } from '@/lib/i18n/voice';
import { agePhrases, bornPhrase, headline, lostPhrase, namePhrases, policePhrase, spotPhrase } from '@/lib/kinds/family/phrases';
import { joinPhrases } from '@/lib/text/join';
import { say } from '@/lib/text/say';
import type { CardSize } from './sizes';
import { fitText, fitWhole, type FittedText, type Measure } from './text-layout';

/** What to draw, in order; the renderer turns these into canvas calls. Coordinates in card pixels. */
export type DrawOp =
  | {
      readonly kind: 'background';
      readonly role: 'page' | 'band' | 'ask';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
    }
  | { readonly kind: 'photo'; readonly x: number; readonly y: number; readonly w: number; readonly h: number }
  | {
      readonly kind: 'text';
      readonly role: 'banner' | 'name' | 'facts' | 'details' | 'ask' | 'quote';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      /** The whole text the box was given, before wrapping (and any cut): what the safety check reads. */
      readonly value: string;
      /** What is drawn of it. */
      readonly text: FittedText;
      readonly lineHeight: number;
      readonly bold: boolean;
    }
  /** `value`: the link the code carries. */
  | { readonly kind: 'qr'; readonly x: number; readonly y: number; readonly size: number; readonly value: string };

type TextRole = 'banner' | 'name' | 'facts' | 'details' | 'ask' | 'quote';

export interface PosterInput {
  readonly facts: StoryFacts;
  readonly t: Translate;
  readonly size: CardSize;
  readonly measure: Measure;
  /** Bold text is wider; defaults to `measure`. */
  readonly measureBold?: Measure;
  readonly hasPhoto: boolean;
  /** A link the family gives (their account, the police notice), drawn as a QR code. */
  readonly qr?: string;
  /** Today's date as words, for "age now"; posts already know it through facts. */
  readonly dateText: (iso: string) => string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A text box whose text is already fitted. */
const fittedText = (role: TextRole, value: string, box: Box, fitted: FittedText, lineHeight: number, bold: boolean): DrawOp => ({
  kind: 'text',
  role,
  ...box,
  value,
  lineHeight,
  bold,
  text: fitted,
});

export const text = (
  role: TextRole,
  value: string,
  box: Box,
  sizes: { max: number; min: number; lineHeight?: number; maxLines?: number },
  measureFor: (bold: boolean) => Measure,
  bold = false,
): DrawOp => {
  const lineHeight = sizes.lineHeight ?? 1.25;
  const fitted = fitText(
    value,
    { width: box.w, height: box.h },
    { maxFontSize: sizes.max, minFontSize: sizes.min, lineHeight, maxLines: sizes.maxLines },
    measureFor(bold),
  );
  return fittedText(role, value, box, fitted, lineHeight, bold);
};

/**
 * Whom to tell (the station, its phone, the case number) is never cut with "…": when the usual box cannot
 * hold it, it wraps onto more lines and its box grows upward, up to `maxHeight`, taking the room from the rest
 * of the card, whose text shrinks (or, last of all, is cut) instead. Returns the fitted text and the height
 * its box needs (at least `height`).
 */
function wholeContact(
  value: string,
  width: number,
  usual: { height: number; maxHeight: number; max: number; min: number; maxLines: number },
  measure: Measure,
): { fitted: FittedText; height: number } {
  const lineHeight = 1.25;
  const fitted = fitText(
    value,
    { width, height: usual.height },
    { maxFontSize: usual.max, minFontSize: usual.min, lineHeight, maxLines: usual.maxLines },
    measure,
  );
  if (!fitted.truncated) return { fitted, height: usual.height };
  const floor = Math.max(1, Math.round(usual.min * 0.7));
  return fitWhole(
    value,
    width,
    {
      maxFontSize: usual.max,
      minFontSize: usual.min,
      floorFontSize: floor,
      lineHeight,
      height: usual.height,
      maxHeight: Math.max(usual.height, usual.maxHeight),
    },
    measure,
  );
}

/**
 * The sentences a card shows, in one language, built from the same templates as the posts. An adult's card
 * (facts.voice 'adult') lays out its own facts: the names then and now; woman or man, born, the age when they
 * came and now; when and where they came to the family that raised them; marks and the DNA sample; how to reach
 * them and their 宝贝回家 registration number.
 */
export function cardFacts(f: StoryFacts, tr: Translate, dateText: (iso: string) => string) {
  const t = voiced(tr, f.voice);
  const { name, nameLine } = namePhrases(f, t);
  const gender = f.gender ? t(`posts.${f.gender}`) : '';
  const ages =
    f.voice === 'adult'
      ? [gender, bornPhrase(f, t, dateText), ...agePhrases(f, t)].filter(Boolean)
      : [...agePhrases(f, t), gender].filter(Boolean);
  const date = f.lostDate ? dateText(f.lostDate) : '';
  const lost = [lostPhrase(f, t, date), spotPhrase(f, t)].filter(Boolean).join(t('posts.listSep'));
  const details = [
    f.height ? say(t, 'posts.height', { height: f.height }) : '',
    f.marks ? say(t, 'posts.marks', { marks: f.marks }) : '',
    f.clothing ? say(t, 'posts.clothing', { clothing: f.clothing }) : '',
    // "已采血" tells a family a match is possible: on the adult's card with their marks.
    f.voice === 'adult' && f.dna === 'yes' ? t('posts.dna') : '',
  ].filter(Boolean);
  const ask = joinPhrases([policePhrase(f, t), f.caseNumber ? say(t, 'posts.caseNumber', { caseNumber: f.caseNumber }) : '']);

  return { name, nameLine, ages, lost, details, ask };
}

/**
 * The poster: the photo large; name; ages then and now; date and place; height, marks, clothing; the ask and
 * the police contact. Landscape cards put the photo on the left, portrait and square ones on top. Font
 * sizes scale with the card so they stay readable at feed size; text shrinks, wraps, and only then ends
 * with "…".
 */
type Role = TextRole;

interface Frame {
  readonly ops: DrawOp[];
  /** The free area between the banner and the ask band. */
  readonly area: Box;
  readonly pad: number;
  readonly unit: number;
  readonly measure: (bold: boolean) => Measure;
}

/** What a card's frame needs of its input: the size, the text widths, the QR code's link. */
type FrameInput = Pick<PosterInput, 'size' | 'measure' | 'measureBold' | 'qr'>;

/** What every card shares: the page, the "Have you seen …?" band on top, the ask band (and QR) at the bottom. */
export function frame(input: FrameInput, banner: string, ask: string): Frame {
  const { width: W, height: H } = input.size;
  const measure = (bold: boolean) => (bold ? (input.measureBold ?? input.measure) : input.measure);
  const unit = Math.min(W, H) / 1080; // 1 at 1080 px
  const pad = Math.round(48 * unit);
  const ops: DrawOp[] = [{ kind: 'background', role: 'page', x: 0, y: 0, w: W, h: H }];
  const bannerH = Math.round(110 * unit);
  ops.push({ kind: 'background', role: 'band', x: 0, y: 0, w: W, h: bannerH });
  ops.push(
    text(
      'banner',
      banner,
      { x: pad, y: Math.round(18 * unit), w: W - 2 * pad, h: bannerH - Math.round(30 * unit) },
      { max: Math.round(64 * unit), min: Math.round(36 * unit), maxLines: 1 },
      measure,
      true,
    ),
  );
  // The ask band: usually 150 units with up to three lines; taller when whom to tell needs more (never cut).
  const usualAskH = Math.round(150 * unit);
  const askPad = Math.round(16 * unit);
  const gap = Math.round(24 * unit);
  const qrSize = input.qr ? usualAskH - Math.round(24 * unit) : 0;
  const askW = W - 2 * pad - (qrSize ? qrSize + pad / 2 : 0);
  // The band may take up to 60 % of the card, leaving the area between the bands at least 120 units.
  const maxAskH = Math.max(usualAskH, Math.min(Math.round(H * 0.6), H - bannerH - 2 * gap - Math.round(120 * unit)));
  const contact = wholeContact(
    ask,
    askW,
    {
      height: usualAskH - 2 * askPad,
      maxHeight: maxAskH - 2 * askPad,
      max: Math.round(36 * unit),
      min: Math.round(22 * unit),
      maxLines: 3,
    },
    measure(true),
  );
  const askH = contact.height + 2 * askPad;
  ops.push({ kind: 'background', role: 'ask', x: 0, y: H - askH, w: W, h: askH });
  ops.push(fittedText('ask', ask, { x: pad, y: H - askH + askPad, w: askW, h: contact.height }, contact.fitted, 1.25, true));
  if (input.qr) ops.push({ kind: 'qr', x: W - pad - qrSize, y: H - askH + Math.round(12 * unit), size: qrSize, value: input.qr });
  const top = bannerH + gap;
  const bottom = H - askH - gap;
  return { ops, area: { x: pad, y: top, w: W - 2 * pad, h: bottom - top }, pad, unit, measure };
}

/** The photo beside (landscape) or above (portrait, square) the text; returns where the text goes. */
export function photoAndText(fr: Frame, input: Pick<PosterInput, 'size' | 'hasPhoto'>, photoShare: number): Box {
  const { area, pad, unit } = fr;
  const landscape = input.size.width > input.size.height * 1.2;
  if (!input.hasPhoto) return area;
  if (landscape) {
    const photoW = Math.round((area.w - pad) * 0.42);
    fr.ops.push({ kind: 'photo', x: area.x, y: area.y, w: photoW, h: area.h });
    return { x: area.x + photoW + pad, y: area.y, w: area.w - photoW - pad, h: area.h };
  }
  const photoH = Math.round(area.h * photoShare);
  fr.ops.push({ kind: 'photo', x: area.x, y: area.y, w: area.w, h: photoH });
  const gap = Math.round(24 * unit);
  return { x: area.x, y: area.y + photoH + gap, w: area.w, h: area.h - photoH - gap };
}

interface Block {
  readonly role: Role;
  readonly value: string;
  /** The most of the area's height it may take. */
  readonly share: number;
  readonly max: number;
  readonly min: number;
  readonly lineHeight: number;
  readonly bold: boolean;
}

/**
 * Blocks top-down: each may take up to its share of the height; the next starts right below what the previous
 * one used, and the room left is shared out above and between them, so the text sits together.
 */
export function stack(fr: Frame, area: Box, blocks: readonly Block[], above = 0.25): void {
  const gap = Math.round(20 * fr.unit);
  const fitted = blocks
    .filter((b) => b.value)
    .map((b) => {
      const op = text(
        b.role,
        b.value,
        { x: area.x, y: 0, w: area.w, h: Math.round(area.h * b.share) - gap },
        { max: Math.round(b.max * fr.unit), min: Math.round(b.min * fr.unit), lineHeight: b.lineHeight },
        fr.measure,
        b.bold,
      );
      const used = op.kind === 'text' ? Math.ceil(op.text.lines.length * op.text.fontSize * op.lineHeight) : 0;
      return { op, used };
    });
  const usedAll = fitted.reduce((sum, f) => sum + f.used, 0) + gap * Math.max(0, fitted.length - 1);
  const spare = Math.max(0, area.h - usedAll);
  let y = area.y + Math.round(spare * above);
  const between = fitted.length > 1 ? Math.round((spare * 0.35) / (fitted.length - 1)) : 0;
  for (const { op, used } of fitted) {
    if (op.kind === 'text') fr.ops.push({ ...op, y, h: used });
    y += used + gap + between;
  }
}

export const block = (role: Role, value: string, share: number, max: number, min: number, bold = false, lineHeight = 1.25): Block => ({
  role,
  value,
  share,
  max,
  min,
  bold,
  lineHeight,
});

/**
 * The poster: the photo large; name; ages then and now; date and place; height, marks, clothing; the ask and
 * the police contact. Landscape cards put the photo on the left, portrait and square ones on top. Font
 * sizes scale with the card so they stay readable at feed size; text shrinks, wraps, and only then ends
 * with "…".
 */
export function layoutPoster(input: PosterInput): DrawOp[] {
  const t = voiced(input.t, input.facts.voice);
  const c = cardFacts(input.facts, t, input.dateText);
  const fr = frame(input, headline(input.facts, t, c.name), c.ask);
  const area = photoAndText(fr, input, 0.55);
  stack(fr, area, [
    block('name', c.nameLine, 0.3, 96, 44, true, 1.15),
    block('facts', [c.ages.join(t('posts.listSep')), c.lost].filter(Boolean).join('\n'), 0.34, 44, 28),
    block('details', c.details.join('\n'), 0.36, 34, 22),
  ]);
  return fr.ops;
}

/** The story card: one sentence the parent wrote, large; a smaller photo beside the name and date. */
export function layoutStoryCard(input: PosterInput & { readonly sentence: string }): DrawOp[] {
  const t = voiced(input.t, input.facts.voice);
  const c = cardFacts(input.facts, t, input.dateText);
  const fr = frame(input, headline(input.facts, t, c.name), c.ask);
  const { area, unit } = fr;
  const quoteH = Math.round(area.h * 0.62);
  // No sentence yet (the panel asks for one): no empty quotation marks.
  const quote = input.sentence.trim() ? `“${input.sentence.trim()}”` : '';
  // The parent's words sit in the middle of their space.
  stack(fr, { ...area, h: quoteH }, [block('quote', quote, 1, 88, 34, true, 1.3)], 0.5);
  const rowY = area.y + quoteH + Math.round(20 * unit);
  const rowH = area.y + area.h - rowY;
  let textX = area.x;
  if (input.hasPhoto) {
    const side = Math.min(rowH, Math.round(area.w * 0.3));
    fr.ops.push({ kind: 'photo', x: area.x, y: rowY, w: side, h: side });
    textX = area.x + side + Math.round(32 * unit);
  }
  stack(fr, { x: textX, y: rowY, w: area.x + area.w - textX, h: rowH }, [
    block('name', c.nameLine, 0.45, 64, 32, true, 1.15),
    block('facts', [c.ages.join(t('posts.listSep')), c.lost].filter(Boolean).join('\n'), 0.55, 36, 22),
  ]);
  return fr.ops;
}

/** The bilingual poster: the facts in two languages (Chinese first, then English), for helpers who translate. */
export function layoutBilingual(
  input: PosterInput & {
    readonly second: { readonly t: Translate; readonly dateText: (iso: string) => string; readonly facts?: StoryFacts | null };
  },
): DrawOp[] {
  const t = voiced(input.t, input.facts.voice);
  const second = voiced(input.second.t, input.facts.voice);
  const a = cardFacts(input.facts, t, input.dateText);
  const f = input.facts;
  // The second half says the parent's words in that language when a person checked them there (a checked
  // translation, or the story's own words under a translated card). Else it repeats a detail only where the
  // parent did not write it in the first language's script: "Height 约105厘米" helps nobody, and the room goes
  // to larger type.
  const other = input.second.facts;
  const han = (v: string) => (/\p{Script=Han}/u.test(v) ? '' : v);
  const b = other
    ? cardFacts(other, second, input.second.dateText)
    : cardFacts({ ...f, height: han(f.height), marks: han(f.marks), clothing: han(f.clothing) }, second, input.second.dateText);
  const fr = frame(input, `${headline(f, t, a.name)} ${headline(f, second, input.facts.otherName || b.name)}`, `${a.ask}\n${b.ask}`);
  const area = photoAndText(fr, input, 0.45);
  stack(fr, area, [
    block('name', [a.nameLine, input.facts.otherName].filter(Boolean).join('\n'), 0.26, 88, 40, true, 1.15),
    block('facts', [a.ages.join(t('posts.listSep')), a.lost].filter(Boolean).join('\n'), 0.25, 40, 24),
    block('facts', [b.ages.join(second('posts.listSep')), b.lost].filter(Boolean).join('\n'), 0.25, 36, 22),
    block('details', [...a.details, ...b.details].join('\n'), 0.24, 30, 20),
  ]);
  return fr.ops;
}

/**
 * The photo card: the photo fills the card; a band at the bottom keeps the name, the date and the place with
 * it, so the picture still says who is missing when it travels alone (one of Weibo's nine tiles).
 */
export function layoutPhotoCard(input: PosterInput): DrawOp[] {
  const t = voiced(input.t, input.facts.voice);
  const { width: W, height: H } = input.size;
  const c = cardFacts(input.facts, t, input.dateText);
  const measure = (bold: boolean) => (bold ? (input.measureBold ?? input.measure) : input.measure);
  const unit = Math.min(W, H) / 1080;
  const pad = Math.round(48 * unit);
  const usualBandH = Math.round(280 * unit);
  const qrSize = input.qr ? usualBandH - Math.round(40 * unit) : 0;
  const textW = W - 2 * pad - (qrSize ? qrSize + pad / 2 : 0);
  const nameH = Math.round(88 * unit);
  // From the band's top to the facts, and below them.
  const above = Math.round(24 * unit) + nameH + Math.round(8 * unit);
  const below = Math.round(20 * unit);
  const room = usualBandH - above - below;
  const sizes = { max: Math.round(34 * unit), min: Math.round(22 * unit) };
  // The tile travels alone: when and where, and who to tell. The case number is on the poster.
  const police = policePhrase(input.facts, t);
  const facts = [c.lost, police].filter(Boolean).join('\n');
  const together = fitText(
    facts,
    { width: textW, height: room },
    { maxFontSize: sizes.max, minFontSize: sizes.min, lineHeight: 1.25, maxLines: 4 },
    measure(false),
  );
  // Usually both fit in the band's four lines. Otherwise whom to tell comes first, whole, and the band grows
  // (the photo gives way); when and where takes the room left, at most the contact's size, cut if it must be.
  const maxRoom = Math.max(room, Math.round(H * 0.6) - above - below);
  const blocks: { value: string; fitted: FittedText; h: number }[] = [];
  if (!together.truncated) blocks.push({ value: facts, fitted: together, h: room });
  else {
    const lineAtMin = Math.ceil(sizes.min * 1.25);
    const lostRoom = c.lost ? Math.max(lineAtMin, Math.min(room - lineAtMin, Math.ceil(2 * sizes.min * 1.25))) : 0;
    const contact = wholeContact(
      police,
      textW,
      { height: Math.max(lineAtMin, room - lostRoom), maxHeight: maxRoom - lostRoom, max: sizes.max, min: sizes.min, maxLines: 4 },
      measure(false),
    );
    if (c.lost) {
      const size = contact.fitted.fontSize;
      const lost = fitText(
        c.lost,
        { width: textW, height: lostRoom },
        { maxFontSize: size, minFontSize: Math.min(size, sizes.min), lineHeight: 1.25 },
        measure(false),
      );
      blocks.push({ value: c.lost, fitted: lost, h: lostRoom });
    }
    blocks.push({ value: police, fitted: contact.fitted, h: contact.height });
  }
  const bandH = Math.max(usualBandH, above + blocks.reduce((sum, b) => sum + b.h, 0) + below);
  const ops: DrawOp[] = [{ kind: 'background', role: 'page', x: 0, y: 0, w: W, h: H }];
  if (input.hasPhoto) ops.push({ kind: 'photo', x: 0, y: 0, w: W, h: H - bandH });
  ops.push({ kind: 'background', role: 'band', x: 0, y: H - bandH, w: W, h: bandH });
  if (input.qr) ops.push({ kind: 'qr', x: W - pad - qrSize, y: H - bandH + Math.round(20 * unit), size: qrSize, value: input.qr });
  ops.push(
    text(
      'banner',
      headline(input.facts, t, c.name),
      { x: pad, y: H - bandH + Math.round(24 * unit), w: textW, h: nameH },
      { max: Math.round(64 * unit), min: Math.round(36 * unit), maxLines: 1 },
      measure,
      true,
    ),
  );
  let y = H - bandH + above;
  for (const b of blocks) {
    ops.push(fittedText('banner', b.value, { x: pad, y, w: textW, h: b.h }, b.fitted, 1.25, false));
    y += b.h;
  }
  return ops;
}
