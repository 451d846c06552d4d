import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutBilingual, layoutPhotoCard, layoutPoster, layoutStoryCard, type DrawOp } from '@/lib/cards/poster';
import { ALL_CARD_SIZES, CARD_SIZES, customSize } from '@/lib/cards/sizes';
import { roughMeasure, type Measure } from '@/lib/cards/text-layout';
import { storyFacts } from '@/lib/kinds/family/facts';
import { adultFacts } from '@/lib/kinds/adult/facts';
import type { Translate } from '@/lib/compose/posts';
import { translators } from '../helpers/translators';
import { CHEN_JING, MINGMING, storyWith, type AnswerRow } from '../helpers/stories';

const measure: Measure = roughMeasure;

let t: Translate;
let tEn: Translate;
beforeAll(async () => {
  ({ zh: t, en: tEn } = await translators());
});

type Input = Parameters<typeof layoutPoster>[0];
const TEMPLATES: Record<string, (input: Input) => DrawOp[]> = {
  poster: (input) => layoutPoster(input),
  story: (input) => layoutStoryCard({ ...input, sentence: '那天早上他爬到我们床上，把儿歌唱错了一整遍。' }),
  bilingual: (input) => layoutBilingual({ ...input, second: { t: tEn, dateText: (d) => d } }),
  photo: (input) => layoutPhotoCard(input),
};

function facts(answers: readonly AnswerRow[]) {
  return storyFacts(storyWith('zh-CN', answers), '2026-11-29');
}

/** An adult's facts (the adult-seeking-family kind): their cards lay out their own facts. */
function adult(answers: readonly AnswerRow[]) {
  return adultFacts(storyWith('zh-CN', answers, 'adult-seeking-family'), '2026-11-29');
}
const ADULT_LONG: AnswerRow[] = [
  ...CHEN_JING,
  ['me.name', 'nowName', '欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜'],
  ['me.marks', 'marks', '很长的特征描述，'.repeat(40)],
  ['arrival.place', 'province', '新疆维吾尔自治区伊犁哈萨克自治州'],
  ['search.contact', 'mode', 'volunteers'],
  ['search.contact', 'detail', '宝贝回家志愿者小李，微信 xiaoli2020，电话 138 0000 0000，晚上八点以后'],
];
const PRIVATE = CHEN_JING.find(([q]) => q === 'arrival.private')![2];

// The full example story (its facts are what the poster carries).
const FULL = MINGMING;
const LONG: AnswerRow[] = [
  ['child.name', 'fullName', '欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜'],
  ['child.marks', 'marks', '很长的特征描述，'.repeat(40)],
  ['day.place', 'province', '新疆维吾尔自治区伊犁哈萨克自治州'],
  ['day.place', 'spot', '很长的地点'.repeat(20)],
  ['day.when', 'date', '2011-01-01'],
];

const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { kind: 'text' }> => o.kind === 'text');
const inside = (o: { x: number; y: number; w: number; h: number }, W: number, H: number) =>
  o.x >= 0 && o.y >= 0 && o.x + o.w <= W && o.y + o.h <= H;

/** Everything inside the card, every line within its box, all lines within the box's height, no two boxes overlapping. */
function expectSound(ops: DrawOp[], size: { width: number; height: number }) {
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
    } else if (op.kind === 'qr') {
      expect(inside({ x: op.x, y: op.y, w: op.size, h: op.size }, size.width, size.height)).toBe(true);
      boxes.push({ x: op.x, y: op.y, w: op.size, h: op.size });
    }
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, `${JSON.stringify(a)} ${JSON.stringify(b)}`).toBe(false);
    }
}

describe('poster layout', () => {
  it.each(Object.keys(TEMPLATES).flatMap((tpl) => ALL_CARD_SIZES.map((s) => [tpl, s.id, s] as const)))(
    '%s at %s: nothing is cut off, everything inside, no overlap',
    (template, _id, size) => {
      for (const [storyFacts, hasPhoto, qr] of [
        [facts(FULL), true, 'https://weibo.com/u/1'],
        [facts(FULL), false, undefined],
        [facts(LONG), true, undefined],
        // An adult looking for their birth family: their own headline and facts.
        [adult(CHEN_JING), true, 'https://weibo.com/u/1'],
        [adult(CHEN_JING), false, undefined],
        [adult(ADULT_LONG), true, undefined],
      ] as const) {
        const ops = TEMPLATES[template]!({
          facts: storyFacts,
          t,
          size,
          measure,
          hasPhoto,
          ...(qr ? { qr } : {}),
          dateText: (d) => d,
        });
        expectSound(ops, size);
        expect(ops.filter((o) => o.kind === 'photo')).toHaveLength(hasPhoto ? 1 : 0);
        expect(ops.filter((o) => o.kind === 'qr')).toHaveLength(qr ? 1 : 0);
      }
    },
  );

  it('the photo card fills the card above its band and keeps the name, date and place with the photo', () => {
    const size = CARD_SIZES.weibo[0]!;
    const ops = layoutPhotoCard({ facts: facts(FULL), t, size, measure, hasPhoto: true, dateText: () => '2019年6月5日' });
    const photo = ops.find((o) => o.kind === 'photo');
    expect(photo).toMatchObject({ x: 0, y: 0, w: 1080 });
    const all = texts(ops)
      .map((o) => o.text.lines.join(''))
      .join('');
    for (const s of ['你见过李小明吗？', '2019年6月5日', '深圳市']) expect(all).toContain(s);
  });

  it('carries the facts: name, ages then and now, date and place, the police contact', () => {
    const ops = layoutPoster({
      facts: facts(FULL),
      t,
      size: CARD_SIZES.xiaohongshu[0]!,
      measure,
      hasPhoto: true,
      dateText: () => '2019年6月5日',
    });
    const all = texts(ops)
      .map((o) => o.text.lines.join(''))
      .join('|');
    for (const s of [
      '你见过李小明吗？',
      '李小明（小名明明）',
      '走失时4岁',
      '现在11岁',
      '2019年6月5日在广东省深圳市宝安区走失，最后出现在西乡菜市场门口的游乐场',
      '0755-12345678',
      '440306-2019-0001',
    ]) {
      expect(all.replace(/\|/g, '')).toContain(s);
    }
  });

  it('an adult’s card: their headline, names then and now, born, when and where they came, marks, DNA, how to reach them; never what is private', () => {
    for (const template of Object.keys(TEMPLATES)) {
      const ops = TEMPLATES[template]!({
        facts: adult(CHEN_JING),
        t,
        size: CARD_SIZES.xiaohongshu[0]!,
        measure,
        hasPhoto: true,
        dateText: (iso) => `${iso}年`,
      });
      const all = texts(ops)
        .map((o) => o.value)
        .join('|');
      const wanted =
        template === 'photo'
          ? ['寻亲：陈静', '1992年来到福建省莆田市仙游县的养父母家', '如果你认得我，请私信我。']
          : [
              '寻亲：陈静',
              '陈静（小时候叫妞妞）',
              '女，1988年出生，来时约4岁，现在37至38岁',
              '1992年来到福建省莆田市仙游县的养父母家',
              '如果你认得我，请私信我。宝贝回家寻家编号：12345。',
            ];
      for (const s of wanted) expect(all, template).toContain(s);
      if (template === 'poster' || template === 'bilingual') {
        expect(all).toContain('特征：左肩有一块圆形胎记，右眉上方有一道小疤');
        expect(all).toContain('我已在公安机关采血。');
      }
      if (template === 'bilingual') {
        for (const s of [
          'LOOKING FOR MY BIRTH FAMILY',
          'woman, born 1988, about 4 when I arrived, now 37–38',
          'If you recognise me, please send me a private message.',
        ])
          expect(all).toContain(s);
      }
      expect(all).not.toContain(PRIVATE);
      expect(all).not.toMatch(/你见过|走失|Have you seen|Missing since|派出所|告诉警方/u);
    }
  });

  it('story card: the parent’s sentence, whole, the largest text on the card', () => {
    const ops = texts(
      layoutStoryCard({
        facts: facts(FULL),
        t,
        size: CARD_SIZES.threads[0]!,
        measure,
        hasPhoto: true,
        dateText: (d) => d,
        sentence: '明明，爸爸妈妈从来没有停止找你。',
      }),
    );
    const quote = ops.find((o) => o.role === 'quote')!;
    expect(quote.text.lines.join('')).toBe('“明明，爸爸妈妈从来没有停止找你。”');
    expect(quote.text.truncated).toBe(false);
    expect(quote.text.fontSize).toBeGreaterThanOrEqual(Math.max(...ops.filter((o) => o.role !== 'quote').map((o) => o.text.fontSize)));
  });

  it('bilingual poster: the facts in Chinese and in English', () => {
    const withPinyin = facts([...FULL, ['child.name', 'otherScripts', 'LI Xiaoming']]);
    const all = texts(
      layoutBilingual({
        facts: withPinyin,
        t,
        size: CARD_SIZES.facebook[0]!,
        measure,
        hasPhoto: true,
        dateText: (d) => d,
        second: { t: tEn, dateText: (d) => d },
      }),
    )
      .map((o) => o.text.lines.join(' '))
      .join('|');
    for (const s of [
      '你见过李小明吗？',
      'Have you seen LI Xiaoming?',
      '走失时4岁',
      '4 when lost',
      'now 11',
      'LI Xiaoming',
      '身高约105厘米',
    ])
      expect(all).toContain(s);
    // Details written in Chinese are not repeated under English labels; ones written in English are.
    expect(all).not.toMatch(/Height\S* 约105/);
    const english = facts([...FULL, ['child.build', 'height', 'about 105 cm']]);
    const mixed = texts(
      layoutBilingual({
        facts: english,
        t,
        size: CARD_SIZES.facebook[0]!,
        measure,
        hasPhoto: true,
        dateText: (d) => d,
        second: { t: tEn, dateText: (d) => d },
      }),
    )
      .map((o) => o.text.lines.join(' '))
      .join('|');
    expect(mixed).toMatch(/Height\S* about 105 cm/);
  });

  it('a long name shrinks before it wraps, and wraps before it is cut', () => {
    const size = CARD_SIZES.x[0]!;
    const short = texts(layoutPoster({ facts: facts(FULL), t, size, measure, hasPhoto: true, dateText: (d) => d })).find(
      (o) => o.role === 'name',
    )!;
    const long = texts(layoutPoster({ facts: facts(LONG), t, size, measure, hasPhoto: true, dateText: (d) => d })).find(
      (o) => o.role === 'name',
    )!;
    expect(long.text.fontSize).toBeLessThan(short.text.fontSize);
    expect(long.text.lines.join('')).toBe('欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜');
  });

  it('landscape cards put the photo on the left, portrait ones on top', () => {
    const photo = (size: (typeof ALL_CARD_SIZES)[number]) =>
      layoutPoster({ facts: facts(FULL), t, size, measure, hasPhoto: true, dateText: (d) => d }).find((o) => o.kind === 'photo')!;
    const wide = photo(CARD_SIZES.x[0]!) as { w: number; h: number };
    const tall = photo(CARD_SIZES.xiaohongshu[0]!) as { w: number; h: number };
    expect(wide.h).toBeGreaterThan(wide.w);
    expect(tall.w).toBeGreaterThan(tall.h);
  });

  it('keeps a custom size within sane bounds', () => {
    expect(customSize(100, 99999)).toEqual({ id: 'custom', width: 320, height: 4096 });
    expect(customSize(Number.NaN, 1200)).toEqual({ id: 'custom', width: 1080, height: 1200 });
  });
});

/** Whitespace does not count: a line break may fall where a space was. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('whom to tell is never cut with "…"', () => {
  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^\\d{${min},${max}}$`));
  const phone = fc
    .tuple(
      fc.constantFrom('', '+86 ', '(+86) '),
      fc.array(digits(2, 5), { minLength: 2, maxLength: 6 }),
      fc.constantFrom(' ', '-'),
      fc.constantFrom('', ' 转 8001', ' ext. 12'),
    )
    .map(([prefix, groups, sep, extension]) => `${prefix}${groups.join(sep)}${extension}`);
  const caseNumber = fc.oneof(
    fc.array(fc.stringMatching(/^[0-9A-Z]{2,8}$/), { minLength: 2, maxLength: 6 }).map((g) => g.join('-')),
    fc.tuple(digits(4, 4), digits(3, 8)).map(([year, n]) => `深公（宝）立字〔${year}〕${n}号`),
  );
  const cjk = fc.string({ unit: fc.constantFrom(...'广东省深圳市公安局宝安分局西乡派出所刑侦大队'), minLength: 4, maxLength: 40 });
  const english = fc
    .array(fc.constantFrom('Xixiang', 'Police', 'Station', "Bao'an", 'Branch', 'Shenzhen', 'Public', 'Security', 'Bureau'), {
      minLength: 2,
      maxLength: 10,
    })
    .map((w) => w.join(' '));
  const contacts = fc.record({
    station: fc.oneof(cjk, english),
    phone,
    caseNumber,
    longName: fc.boolean(),
    qr: fc.boolean(),
    hasPhoto: fc.boolean(),
  });
  // Every site's size, and the custom extremes (a thin strip each way, the smallest square).
  const SIZES = [...ALL_CARD_SIZES, customSize(4096, 320), customSize(320, 4096), customSize(320, 320)];

  it.each(Object.keys(TEMPLATES).flatMap((tpl) => SIZES.map((s) => [tpl, `${s.id} ${s.width}×${s.height}`, s] as const)))(
    '%s at %s: the station, its phone and the case number are drawn whole; the rest gives way',
    (template, _id, size) => {
      fc.assert(
        fc.property(contacts, ({ station, phone: stationPhone, caseNumber: number, longName, qr, hasPhoto }) => {
          const answers: AnswerRow[] = [
            ...(longName ? LONG : FULL),
            ['help.case', 'station', station],
            ['help.case', 'stationPhone', stationPhone],
            ['help.case', 'caseNumber', number],
          ];
          const ops = TEMPLATES[template]!({
            facts: facts(answers),
            t,
            size,
            measure,
            hasPhoto,
            ...(qr ? { qr: 'https://weibo.com/u/1' } : {}),
            dateText: (d) => d,
          });
          expectSound(ops, size);
          // The photo card leaves the case number to the poster; every other card carries it.
          const wanted = template === 'photo' ? [station, stationPhone] : [station, stationPhone, number];
          for (const contact of wanted) {
            const holding = texts(ops).filter((o) => squeeze(o.value).includes(squeeze(contact)));
            expect(holding.length, contact).toBeGreaterThan(0);
            for (const op of holding) {
              expect(op.text.truncated, `${contact} in ${op.role}`).toBe(false);
              expect(squeeze(op.text.lines.join('')), op.role).toContain(squeeze(contact));
            }
          }
        }),
        {
          numRuns: 10,
          // The longest each may be, always tried: a full station name, a phone with country code and extension.
          examples: [
            [
              {
                station: '广东省深圳市公安局宝安分局西乡派出所刑侦大队值班室',
                phone: '+86 0755-2781 2345 转 8001',
                caseNumber: '深公（宝）立字〔2019〕440306201906050001号',
                longName: true,
                qr: true,
                hasPhoto: true,
              },
            ],
            [
              {
                station: "Xixiang Police Station, Bao'an Branch, Shenzhen Public Security Bureau",
                phone: '(+86) 0755 2781 2345 ext. 12',
                caseNumber: 'GD-SZ-BA-2019-0605-000123',
                longName: false,
                qr: true,
                hasPhoto: false,
              },
            ],
          ],
        },
      );
    },
  );

  it.each(Object.keys(TEMPLATES).flatMap((tpl) => SIZES.map((s) => [tpl, `${s.id} ${s.width}×${s.height}`, s] as const)))(
    'an adult’s %s at %s: how to reach them and their registration number are drawn whole; the rest gives way',
    (template, _id, size) => {
      const adultContacts = fc.record({
        mode: fc.constantFrom('volunteers', 'personal'),
        detail: fc.oneof(phone, fc.constantFrom('宝贝回家志愿者小李，微信 xiaoli2020', 'Volunteer Li, WeChat xiaoli2020, after 8 pm')),
        number: caseNumber,
        longName: fc.boolean(),
        qr: fc.boolean(),
        hasPhoto: fc.boolean(),
      });
      fc.assert(
        fc.property(adultContacts, ({ mode, detail, number, longName, qr, hasPhoto }) => {
          const answers: AnswerRow[] = [
            ...(longName ? ADULT_LONG : CHEN_JING),
            ['search.contact', 'mode', mode],
            ['search.contact', 'detail', detail],
            ['search.registered', 'number', number],
          ];
          const ops = TEMPLATES[template]!({
            facts: adult(answers),
            t,
            size,
            measure,
            hasPhoto,
            ...(qr ? { qr: 'https://weibo.com/u/1' } : {}),
            dateText: (d) => d,
          });
          expectSound(ops, size);
          // The photo card leaves the registration number to the poster; every other card carries it.
          const wanted = template === 'photo' ? [detail] : [detail, number];
          for (const contact of wanted) {
            const holding = texts(ops).filter((o) => squeeze(o.value).includes(squeeze(contact)));
            expect(holding.length, contact).toBeGreaterThan(0);
            for (const op of holding) {
              expect(op.text.truncated, `${contact} in ${op.role}`).toBe(false);
              expect(squeeze(op.text.lines.join('')), op.role).toContain(squeeze(contact));
            }
          }
          for (const op of texts(ops)) expect(op.value).not.toContain(PRIVATE);
        }),
        { numRuns: 8 },
      );
    },
  );

  it('the bilingual poster at Weibo’s tile: a long station, phone and case number wrap whole in both languages', () => {
    const long: AnswerRow[] = [
      ...FULL,
      ['help.case', 'station', '广东省深圳市公安局宝安分局西乡派出所刑侦大队'],
      ['help.case', 'stationPhone', '+86 0755-2781 2345 转 8001'],
      ['help.case', 'caseNumber', '深公（宝）立字〔2019〕440306201906050001号'],
    ];
    const ops = texts(
      TEMPLATES.bilingual!({ facts: facts(long), t, size: CARD_SIZES.weibo[0]!, measure, hasPhoto: true, dateText: (d) => d }),
    );
    const ask = ops.find((o) => o.role === 'ask')!;
    expect(ask.text.truncated).toBe(false);
    const drawn = squeeze(ask.text.lines.join(''));
    expect(drawn.match(/\+860755-27812345转8001/g)).toHaveLength(2);
    expect(drawn.match(/深公（宝）立字〔2019〕440306201906050001号/g)).toHaveLength(2);
  });
});
