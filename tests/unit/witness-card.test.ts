import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutWitnessCard, planWitnessCard } from '@/lib/cards/witness-card';
import { blurredPhoto, BLURRED_WIDTH, type Bitmap, type CardCanvas } from '@/lib/cards/paint';
import type { DrawOp } from '@/lib/cards/poster';
import { ALL_CARD_SIZES, customSize } from '@/lib/cards/sizes';
import { roughMeasure, type Measure } from '@/lib/cards/text-layout';
import { drawnTexts } from '@/lib/cards/drawn-text';
import { witnessFacts } from '@/lib/kinds/witness/facts';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import { SEEN_AT_STATION, storyWith, type AnswerRow } from '../helpers/stories';
import { SAID_MARK, SPOT_MARK, WHO_MARK, randomWitnessStory } from '../helpers/random-witness';

const measure: Measure = roughMeasure;
const today = '2026-11-29';
const tr = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) tr[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

const SIZES = [...ALL_CARD_SIZES, customSize(320, 320), customSize(4096, 320), customSize(320, 4096)];
const LONG: AnswerRow[] = [
  ['sight.where', 'setting', 'publicPlace'],
  ['sight.where', 'province', '新疆维吾尔自治区伊犁哈萨克自治州'],
  ['sight.where', 'district', '伊宁县'],
  ['sight.when', 'date', '2026-11-20'],
  ['seenChild.looks', 'age', '3-4岁'],
  ['seenChild.looks', 'looks', '很长的样子描述，'.repeat(40)],
  ['seenChild.clothing', 'clothing', '很长的衣着描述，'.repeat(40)],
  ['seenChild.speech', 'dialect', '很长的方言描述'.repeat(10)],
];

const inside = (o: { x: number; y: number; w: number; h: number }, W: number, H: number) =>
  o.x >= 0 && o.y >= 0 && o.x + o.w <= W && o.y + o.h <= H;

/** Everything inside the card, every line within its box and its box's height, no two boxes overlapping. */
function expectSound(ops: readonly DrawOp[], size: { width: number; height: number }) {
  const boxes: { x: number; y: number; w: number; h: number }[] = [];
  for (const op of ops) {
    if (op.kind === 'text') {
      expect(inside(op, size.width, size.height), op.role).toBe(true);
      for (const line of op.text.lines)
        expect(measure(line.replace(/[，。、！？）」》]+$/u, ''), op.text.fontSize)).toBeLessThanOrEqual(op.w + 0.5);
      expect(op.text.lines.length * op.text.fontSize * op.lineHeight).toBeLessThanOrEqual(op.h + 0.5);
      boxes.push(op);
    } else if (op.kind === 'photo') {
      expect(inside(op, size.width, size.height)).toBe(true);
      boxes.push(op);
    }
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(
        false,
      );
    }
}

const layout = (rows: readonly AnswerRow[], size: (typeof SIZES)[number], hasPhoto: boolean) =>
  layoutWitnessCard({
    facts: witnessFacts(storyWith('zh-CN', rows, 'sighting'), today),
    t: tr['zh-CN'],
    language: 'zh-CN',
    size,
    measure,
    hasPhoto,
  });

describe('the card about a child seen in a public place', () => {
  it.each(SIZES.map((s) => [s.id, s.width, s.height, s] as const))('%s (%i×%i): inside the card, no overlap', (_id, _w, _h, size) => {
    for (const [rows, hasPhoto] of [
      [SEEN_AT_STATION, false],
      [SEEN_AT_STATION, true],
      [LONG, false],
      [LONG, true],
    ] as const) {
      const ops = layout(rows, size, hasPhoto);
      expectSound(ops, size);
      expect(ops.filter((o) => o.kind === 'photo')).toHaveLength(hasPhoto ? 1 : 0);
    }
  });

  it('SEEN_AT_STATION: to the families, the child as she seemed, the day and the district, and the police; never the spot, who was with her, her words', () => {
    const ops = layout(SEEN_AT_STATION, ALL_CARD_SIZES[0]!, false);
    const drawn = drawnTexts(ops).join('|');
    for (const s of [
      '是谁家的孩子？',
      '约5岁的女孩',
      '2026年11月20日在河南省郑州市二七区看到这个孩子。',
      '口音：四川话',
      '如果您认识这个孩子，请告诉警方（110）。',
    ])
      expect(drawn).toContain(s);
    for (const secret of ['火车站西广场', '肯德基', '丫头', '豫A', '我要妈妈', '19:30']) expect(drawn).not.toContain(secret);
  });

  it('no card for a child seen at a home or somewhere not public', () => {
    for (const setting of ['home', 'otherPlace']) {
      const rows = SEEN_AT_STATION.map(([q, p, v]): AnswerRow => [q, p, p === 'setting' ? setting : v]);
      expect(
        planWitnessCard(
          storyWith('zh-CN', rows, 'sighting'),
          { size: ALL_CARD_SIZES[0]!, hasPhoto: false },
          { measure, measureBold: measure },
          tr['zh-CN'],
          today,
        ),
      ).toBeNull();
    }
  });

  it('any report, any size: never draws the spot, who was with the child or what the child said; a photo frame only when chosen', () => {
    fc.assert(
      fc.property(randomWitnessStory, fc.constantFrom(...SIZES), fc.boolean(), (story, size, hasPhoto) => {
        const plan = planWitnessCard(story, { size, hasPhoto }, { measure, measureBold: measure }, tr[story.language], today);
        if (story.answers['sight.where']?.setting !== 'publicPlace') {
          expect(plan).toBeNull();
          return;
        }
        const drawn = drawnTexts(plan!.ops).join('|');
        for (const mark of [SPOT_MARK, WHO_MARK, SAID_MARK]) expect(drawn).not.toContain(mark);
        expect(plan!.frame !== null).toBe(hasPhoto);
        expectSound(plan!.ops, size);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('a blurred photo', () => {
  it('is kept a few pixels wide, so the card scales up shapes and colours, never a face', () => {
    const drawn: number[][] = [];
    const canvas = {
      width: 0,
      height: 0,
      getContext: () => ({ drawImage: (_img: unknown, ...rest: number[]) => void drawn.push(rest) }),
    } as unknown as CardCanvas & HTMLCanvasElement;
    const photo = { width: 2048, height: 1536 } as Bitmap;
    const out = blurredPhoto(photo, canvas);
    expect(out.width).toBe(BLURRED_WIDTH);
    expect(out.height).toBe(9);
    expect(drawn).toEqual([[0, 0, 12, 9]]);
  });
});
