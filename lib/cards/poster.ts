import type { StoryFacts } from '@/lib/compose/facts';
import type { Translate } from '@/lib/compose/posts';
import type { CardSize } from './sizes';
import { fitText, type FittedText, type Measure } from './text-layout';

/** What to draw, in order; the renderer turns these into canvas calls. Coordinates in card pixels. */
export type DrawOp =
  | { readonly kind: 'background'; readonly role: 'page' | 'band' | 'ask'; readonly x: number; readonly y: number; readonly w: number; readonly h: number }
  | { readonly kind: 'photo'; readonly x: number; readonly y: number; readonly w: number; readonly h: number }
  | {
      readonly kind: 'text';
      readonly role: 'banner' | 'name' | 'facts' | 'details' | 'ask';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly text: FittedText;
      readonly lineHeight: number;
      readonly bold: boolean;
    }
  | { readonly kind: 'qr'; readonly x: number; readonly y: number; readonly size: number };

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

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const text = (
  role: 'banner' | 'name' | 'facts' | 'details' | 'ask',
  value: string,
  box: Box,
  sizes: { max: number; min: number; lineHeight?: number; maxLines?: number },
  measureFor: (bold: boolean) => Measure,
  bold = false,
): DrawOp => {
  const measure = measureFor(bold);
  const lineHeight = sizes.lineHeight ?? 1.25;
  return {
    kind: 'text',
    role,
    ...box,
    lineHeight,
    bold,
    text: fitText(value, { width: box.w, height: box.h }, { maxFontSize: sizes.max, minFontSize: sizes.min, lineHeight, maxLines: sizes.maxLines }, measure),
  };
};

/**
 * The poster: the photo large; name; ages then and now; date and place; height, marks, clothing; the ask and
 * the police contact. Landscape cards put the photo on the left, portrait and square ones on top. Font
 * sizes scale with the card so they stay readable at feed size; text shrinks, wraps, and only then ends
 * with "…".
 */
export function layoutPoster(input: PosterInput): DrawOp[] {
  const { facts: f, t, size } = input;
  const measure = (bold: boolean) => (bold ? (input.measureBold ?? input.measure) : input.measure);
  const { width: W, height: H } = size;
  const unit = Math.min(W, H) / 1080; // 1 at 1080 px
  const pad = Math.round(48 * unit);
  const ops: DrawOp[] = [{ kind: 'background', role: 'page', x: 0, y: 0, w: W, h: H }];

  const name = f.name || f.nickname || t('posts.unnamed');
  const nameLine = f.name && f.nickname ? t('posts.nickname', { name: f.name, nickname: f.nickname }) : name;
  const ages = [
    f.ageThen !== null ? t('posts.ageThen', { age: f.ageThen }) : '',
    f.ageNow !== null && f.ageNow !== f.ageThen ? t('posts.ageNow', { age: f.ageNow }) : '',
    f.gender ? t(`posts.${f.gender}`) : '',
  ].filter(Boolean);
  const date = f.lostDate ? input.dateText(f.lostDate) : '';
  const lost = date && f.area ? t('posts.lostBoth', { date, place: f.area }) : date ? t('posts.lostDate', { date }) : f.area ? t('posts.lostPlace', { place: f.area }) : '';
  const details = [
    f.height ? t('posts.height', { height: f.height }) : '',
    f.marks ? t('posts.marks', { marks: f.marks }) : '',
    f.clothing ? t('posts.clothing', { clothing: f.clothing }) : '',
  ].filter(Boolean);
  const police =
    f.station && f.stationPhone
      ? t('posts.policeStation', { station: f.station, phone: f.stationPhone })
      : f.stationPhone
        ? t('posts.policePhone', { phone: f.stationPhone })
        : f.station
          ? t('posts.policeStationNoPhone', { station: f.station })
          : t('posts.policeDefault');
  const ask = [police, f.caseNumber ? t('posts.caseNumber', { caseNumber: f.caseNumber }) : ''].filter(Boolean).join(' ');

  const landscape = W > H * 1.2;
  const bannerH = Math.round(110 * unit);
  ops.push({ kind: 'background', role: 'band', x: 0, y: 0, w: W, h: bannerH });
  ops.push(text('banner', t('posts.seen', { name }), { x: pad, y: Math.round(18 * unit), w: W - 2 * pad, h: bannerH - Math.round(30 * unit) }, { max: Math.round(64 * unit), min: Math.round(36 * unit), maxLines: 1 }, measure, true));

  const askH = Math.round(150 * unit);
  const qrSize = input.qr ? askH - Math.round(24 * unit) : 0;
  ops.push({ kind: 'background', role: 'ask', x: 0, y: H - askH, w: W, h: askH });
  ops.push(text('ask', ask, { x: pad, y: H - askH + Math.round(16 * unit), w: W - 2 * pad - (qrSize ? qrSize + pad / 2 : 0), h: askH - Math.round(32 * unit) }, { max: Math.round(36 * unit), min: Math.round(24 * unit), maxLines: 3 }, measure, true));
  if (input.qr) ops.push({ kind: 'qr', x: W - pad - qrSize, y: H - askH + Math.round(12 * unit), size: qrSize });

  const top = bannerH + Math.round(24 * unit);
  const bottom = H - askH - Math.round(24 * unit);
  let textArea: Box;
  if (input.hasPhoto && landscape) {
    const photoW = Math.round((W - 3 * pad) * 0.42);
    ops.push({ kind: 'photo', x: pad, y: top, w: photoW, h: bottom - top });
    textArea = { x: 2 * pad + photoW, y: top, w: W - 3 * pad - photoW, h: bottom - top };
  } else if (input.hasPhoto) {
    const photoH = Math.round((bottom - top) * 0.55);
    ops.push({ kind: 'photo', x: pad, y: top, w: W - 2 * pad, h: photoH });
    textArea = { x: pad, y: top + photoH + Math.round(24 * unit), w: W - 2 * pad, h: bottom - top - photoH - Math.round(24 * unit) };
  } else {
    textArea = { x: pad, y: top, w: W - 2 * pad, h: bottom - top };
  }

  // The text area, top-down: name, facts (ages, date, place), details. Each may take up to its share of
  // the height; the next starts right below what the previous one used, and any room left is shared out
  // above and between them so the text sits together rather than spread thin.
  const gap = Math.round(20 * unit);
  const blocks: { role: 'name' | 'facts' | 'details'; value: string; share: number; max: number; min: number; lh: number; bold: boolean }[] = [
    { role: 'name', value: nameLine, share: 0.3, max: Math.round(96 * unit), min: Math.round(44 * unit), lh: 1.15, bold: true },
    { role: 'facts', value: [ages.join(t('posts.listSep')), lost].filter(Boolean).join('\n'), share: 0.34, max: Math.round(44 * unit), min: Math.round(28 * unit), lh: 1.25, bold: false },
    { role: 'details', value: details.join('\n'), share: 0.36, max: Math.round(34 * unit), min: Math.round(22 * unit), lh: 1.25, bold: false },
  ];
  const fitted = blocks
    .filter((b) => b.value)
    .map((b) => {
      const op = text(b.role, b.value, { x: textArea.x, y: 0, w: textArea.w, h: Math.round(textArea.h * b.share) - gap }, { max: b.max, min: b.min, lineHeight: b.lh }, measure, b.bold);
      const used = op.kind === 'text' ? Math.ceil(op.text.lines.length * op.text.fontSize * op.lineHeight) : 0;
      return { op, used };
    });
  const usedAll = fitted.reduce((sum, f) => sum + f.used, 0) + gap * Math.max(0, fitted.length - 1);
  const spare = Math.max(0, textArea.h - usedAll);
  let y = textArea.y + Math.round(spare * 0.25);
  const between = fitted.length > 1 ? Math.round((spare * 0.35) / (fitted.length - 1)) : 0;
  for (const { op, used } of fitted) {
    if (op.kind === 'text') ops.push({ ...op, y, h: used });
    y += used + gap + between;
  }
  return ops;
}
