import { beforeAll, describe, expect, it } from 'vitest';
import { cardWords, chosenPhoto, planCard, type CardWords, type WordsInput } from '@/lib/cards/card-plan';
import { exportCard } from '@/lib/cards/card-file';
import { paintCard, photoShrink, previewScale, shrinkPhoto, type Bitmap, type CardCanvas, type CardLook } from '@/lib/cards/paint';
import { CENTRED } from '@/lib/cards/placement';
import { THEMES, drawCard } from '@/lib/cards/render';
import { ALL_CARD_SIZES, CARD_SIZES } from '@/lib/cards/sizes';
import { CARD_TEMPLATES, layoutCard, photoFrame } from '@/lib/cards/templates';
import { roughMeasure } from '@/lib/cards/text-layout';
import type { Translate } from '@/lib/compose/posts';
import type { PhotoRef, Story } from '@/lib/story/story';
import { translators } from '../helpers/translators';
import { CHEN_JING, MINGMING, SEEN_AT_STATION, storyWith, type AnswerRow } from '../helpers/stories';

const MEASURE = { measure: roughMeasure, measureBold: roughMeasure };
const LINK = 'https://weibo.com/u/1234567890';
const XHS = CARD_SIZES.xiaohongshu[0]!;

let zh: Translate;
let en: Translate;
beforeAll(async () => {
  ({ zh, en } = await translators());
});

const story = (extra: readonly AnswerRow[] = []) =>
  storyWith('zh-CN', [...MINGMING, ['help.links', 'links', `我们的微博：${LINK}`], ...extra]);
const words = (s: Story, options: Partial<WordsInput> = {}): CardWords =>
  cardWords({
    story: s,
    today: '2026-11-29',
    translate: (l) => (l === 'en' ? en : zh),
    chosenSentence: null,
    confirmed: new Set(),
    withQr: true,
    ...options,
  });

/** One call or property set on a 2D context, in order. */
type Step = readonly [string, ...unknown[]];

/** A canvas whose 2D context records what is done to it (Node has no canvas). */
function recordingCanvas(): CardCanvas & { steps: Step[] } {
  const steps: Step[] = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, prop) => (prop in target ? target[prop] : (...args: unknown[]) => void steps.push([String(prop), ...args])),
    set: (target, prop, value) => {
      steps.push([`${String(prop)}=`, value]);
      target[prop] = value;
      return true;
    },
  });
  // The recording stands in for either context type (a Proxy has no static type of its own).
  return { width: 300, height: 150, steps, getContext: () => ctx as unknown as CanvasRenderingContext2D };
}

const PHOTO: Bitmap = { width: 2048, height: 1536 } as unknown as Bitmap; // drawImage only records it
const LOOK: CardLook = { theme: 'calm', photo: PHOTO, placement: { zoom: 1.5, cx: 0.4, cy: 0.5 } };

describe('what a card says (cardWords)', () => {
  it('takes the story card’s sentence as the cards view does: the chosen one if safe or confirmed, else the first safe one', () => {
    const phone = '有消息请打妈妈的电话13812345678。';
    const s = story([['who.memory', 'memory', `他最爱吃西瓜。${phone}`]]);
    const first = words(s).choices[0]!.text;
    expect(words(s).sentence).toBe(first);
    expect(words(s, { chosenSentence: '他最爱吃西瓜。' }).sentence).toBe('他最爱吃西瓜。');
    // A sentence with a phone number only once the parent confirmed it here.
    expect(words(s, { chosenSentence: phone }).sentence).toBe(first);
    expect(words(s, { chosenSentence: phone, confirmed: new Set([phone]) }).sentence).toBe(phone);
  });

  it('carries the family’s link as a QR code only when asked, and the second language for the bilingual poster', () => {
    const on = words(story());
    expect(on.link).toBe(LINK);
    expect(on.qr?.length).toBeGreaterThan(20);
    const off = words(story(), { withQr: false });
    expect(off.link).toBe(LINK);
    expect(off.qr).toBeNull();
    expect(on.second.t('posts.seen', { name: 'Ming' })).toBe(en('posts.seen', { name: 'Ming' }));
    const english = words(storyWith('en', MINGMING));
    expect(english.t).toBe(en);
    expect(english.second.t).toBe(zh);
  });
});

describe('where everything goes (planCard)', () => {
  it('is the template’s layout of those words, with its photo frame and QR code', () => {
    const w = words(story());
    const plan = planCard(w, { template: 'poster', size: XHS, hasPhoto: true }, MEASURE);
    const direct = layoutCard('poster', {
      facts: w.facts,
      t: w.t,
      size: XHS,
      ...MEASURE,
      hasPhoto: true,
      qr: LINK,
      dateText: w.dateText,
      sentence: w.sentence,
      second: w.second,
    });
    expect(plan.ops).toEqual(direct);
    expect(plan.frame).toEqual(photoFrame(direct));
    expect(plan.qr).toBe(w.qr);
    expect(plan.ops.some((o) => o.kind === 'qr' && o.value === LINK)).toBe(true);
    // Without the QR code, no code is drawn; without a photo, no frame.
    expect(
      planCard(words(story(), { withQr: false }), { template: 'poster', size: XHS, hasPhoto: true }, MEASURE).ops.some(
        (o) => o.kind === 'qr',
      ),
    ).toBe(false);
    expect(planCard(w, { template: 'poster', size: XHS, hasPhoto: false }, MEASURE).frame).toBeNull();
  });

  it('an adult’s cards, every template at every size: their words in their voice, in both languages, never what is private', () => {
    const adult = storyWith('zh-CN', [...CHEN_JING, ['search.links', 'links', LINK]], 'adult-seeking-family');
    const w = words(adult);
    expect(w.facts.voice).toBe('adult');
    // Their words to their parents come first on the story card.
    expect(w.sentence).toBe('爸爸妈妈，我过得很好。');
    expect(w.qr).not.toBeNull();
    const privateText = CHEN_JING.find(([q]) => q === 'arrival.private')![2];
    for (const template of CARD_TEMPLATES)
      for (const size of ALL_CARD_SIZES)
        for (const hasPhoto of [true, false]) {
          const plan = planCard(w, { template, size, hasPhoto }, MEASURE);
          const values = plan.ops.flatMap((o) => (o.kind === 'text' ? [o.value] : []));
          const banner = plan.ops.find((o) => o.kind === 'text' && o.role === 'banner');
          expect(banner && banner.kind === 'text' ? banner.value : '', `${template} ${size.id}`).toMatch(/^寻亲：陈静/u);
          for (const v of values) {
            expect(v).not.toContain(privateText);
            expect(v).not.toMatch(/你见过|走失|Have you seen|Missing since/u);
          }
          if (template === 'bilingual') expect(values.join('\n')).toContain('LOOKING FOR MY BIRTH FAMILY: 陈静');
        }
  });

  it('a witness’s story has no cards through here (its report is its own)', () => {
    expect(() => words(storyWith('zh-CN', SEEN_AT_STATION, 'sighting'))).toThrow();
  });

  it('the story card quotes the sentence the words chose', () => {
    const w = words(story());
    const plan = planCard(w, { template: 'story', size: XHS, hasPhoto: true }, MEASURE);
    expect(plan.ops.find((o) => o.kind === 'text' && o.role === 'quote')).toMatchObject({ value: `“${w.sentence}”` });
  });

  it('chooses the photo a card shape shows: the saved one, else the first, centred', () => {
    const photos: PhotoRef[] = [
      { id: 'a', type: 'image/jpeg', width: 2048, height: 1536 },
      { id: 'b', type: 'image/jpeg', width: 1536, height: 2048 },
    ];
    const s = {
      ...story(),
      photos,
      cardPhotos: { 'poster:x': { photoId: 'b', zoom: 2, cx: 0.3, cy: 0.6 }, 'story:x': { photoId: 'gone', zoom: 2, cx: 0.3, cy: 0.6 } },
    };
    expect(chosenPhoto(s, 'poster', 'x')).toEqual({ photo: photos[1], placement: { zoom: 2, cx: 0.3, cy: 0.6 } });
    expect(chosenPhoto(s, 'poster', 'bluesky')).toEqual({ photo: photos[0], placement: CENTRED });
    expect(chosenPhoto(s, 'story', 'x')).toEqual({ photo: photos[0], placement: CENTRED });
    expect(chosenPhoto({ ...s, photos: [] }, 'poster', 'x').photo).toBeNull();
  });
});

describe('painting (paint.ts)', () => {
  const plan = () => planCard(words(story()), { template: 'poster', size: XHS, hasPhoto: true }, MEASURE);

  it('at scale 1 the canvas is the card, drawn exactly as drawCard draws it, with no transform (the export is unchanged)', () => {
    const p = plan();
    const painted = recordingCanvas();
    expect(paintCard(painted, p, LOOK)).toBe(true);
    expect([painted.width, painted.height]).toEqual([1080, 1440]);
    const direct = recordingCanvas();
    drawCard(direct.getContext('2d')!, p.ops, THEMES.calm, PHOTO, LOOK.placement, p.qr);
    expect(painted.steps).toEqual(direct.steps);
    expect(painted.steps.some(([name]) => name === 'setTransform' || name === 'scale')).toBe(false);
  });

  it('a preview is the same drawing, scaled to the canvas it is given', () => {
    const p = plan();
    const preview = recordingCanvas();
    paintCard(preview, p, LOOK, 2 / 3);
    expect([preview.width, preview.height]).toEqual([720, 960]);
    const direct = recordingCanvas();
    drawCard(direct.getContext('2d')!, p.ops, THEMES.calm, PHOTO, LOOK.placement, p.qr);
    expect(preview.steps[0]).toEqual(['setTransform', 720 / 1080, 0, 0, 960 / 1440, 0, 0]);
    expect(preview.steps.slice(1)).toEqual(direct.steps);
  });

  it('says so when the canvas gives no 2D context', () => {
    expect(paintCard({ width: 0, height: 0, getContext: () => null }, plan(), LOOK)).toBe(false);
  });

  it('previews at the width shown times the device pixel ratio, never above the card, the card itself when the width is unknown', () => {
    expect(previewScale(1080, 360, 2)).toBeCloseTo(720 / 1080, 10);
    expect(previewScale(1080, 360, 1)).toBeCloseTo(1 / 3, 10);
    expect(previewScale(1080, 640, 2)).toBe(1);
    expect(previewScale(1080, 0, 2)).toBe(1);
    expect(previewScale(1080, 360, 0)).toBeCloseTo(1 / 3, 10);
  });

  it('draws the preview from a copy of the photo just large enough for the preview at that zoom', () => {
    const frame = { w: 984, h: 600 };
    // The photo covers the frame at 984/2048 of its size; the preview shows that at 2/3.
    expect(photoShrink(PHOTO, frame, 1, 2 / 3)).toBeCloseTo((984 / 2048) * (2 / 3), 10);
    expect(photoShrink(PHOTO, frame, 2, 2 / 3)).toBeCloseTo((984 / 2048) * (4 / 3), 10);
    // Zoomed far in, or a full-size preview, the photo itself.
    expect(photoShrink(PHOTO, frame, 4, 1)).toBe(1);
    expect(photoShrink(PHOTO, frame, 0.2, 2 / 3)).toBe(photoShrink(PHOTO, frame, 1, 2 / 3));
    // The recording canvas is no CanvasImageSource, which only matters to a real drawImage.
    const copy = shrinkPhoto(PHOTO, 0.25, recordingCanvas() as CardCanvas & CanvasImageSource & { steps: Step[] });
    expect([copy.width, copy.height]).toEqual([512, 384]);
    expect(copy.steps).toEqual([
      ['imageSmoothingQuality=', 'high'],
      ['drawImage', PHOTO, 0, 0, 512, 384],
    ]);
  });
});

describe('the file (exportCard)', () => {
  /** A canvas that records the drawing and encodes to a blob of `bytes` bytes per pixel and type. */
  function encodingCanvas(bytesPerPixel: Record<string, number>) {
    const c = recordingCanvas();
    const types: string[] = [];
    const canvas = Object.assign(c, {
      toBlob(callback: (b: Blob | null) => void, type: string) {
        types.push(type);
        callback(new Blob([new Uint8Array(Math.round(c.width * c.height * (bytesPerPixel[type] ?? 0)))], { type }));
      },
    });
    // Only width, height, getContext and toBlob are used.
    return { canvas: canvas as unknown as HTMLCanvasElement, recording: c, types };
  }

  it('paints the card at full size, gives a PNG, and empties the canvas afterwards', async () => {
    const p = planCard(words(story()), { template: 'poster', size: XHS, hasPhoto: true }, MEASURE);
    const { canvas, recording, types } = encodingCanvas({ 'image/png': 1 });
    const blob = await exportCard(canvas, p, LOOK);
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBe(1080 * 1440);
    expect(types).toEqual(['image/png']);
    expect(recording.steps.some(([name]) => name === 'setTransform')).toBe(false);
    expect([canvas.width, canvas.height]).toEqual([0, 0]);
  });

  it('gives a JPEG when the PNG is over the site’s limit', async () => {
    const bluesky = CARD_SIZES.bluesky[0]!;
    const p = planCard(words(story()), { template: 'photo', size: bluesky, hasPhoto: true }, MEASURE);
    const { canvas, types } = encodingCanvas({ 'image/png': 2, 'image/jpeg': 1 });
    const blob = await exportCard(canvas, p, LOOK, bluesky.maxBytes);
    expect(blob.type).toBe('image/jpeg');
    expect(blob.size).toBeLessThanOrEqual(bluesky.maxBytes!);
    expect(types).toEqual(['image/png', 'image/jpeg']);
  });
});
