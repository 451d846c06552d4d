import { beforeAll, describe, expect, it } from 'vitest';
import { STORY_KINDS } from '@/lib/story/kinds';
import { kindDefinition, questionsFor } from '@/lib/kinds';
import { missingEssentials } from '@/lib/gate/essentials';
import { checkBeforeSharing } from '@/lib/gate/check';
import { findInTexts } from '@/lib/gate/findings';
import { chosenAdvice } from '@/lib/gate/advice';
import { pickSentence, sentenceChoices } from '@/lib/cards/sentences';
import { drawnTexts } from '@/lib/cards/drawn-text';
import { CARD_TEMPLATES, layoutCard, type CardInput } from '@/lib/cards/templates';
import { ALL_CARD_SIZES } from '@/lib/cards/sizes';
import { roughMeasure } from '@/lib/cards/text-layout';
import { storyFacts } from '@/lib/kinds/family/facts';
import { composePosts, type Translate } from '@/lib/compose/posts';
import { PLATFORMS } from '@/lib/platforms';
import type { Story } from '@/lib/story/story';
import { translators } from '../helpers/translators';
import { MINGMING, storyWith, type AnswerRow } from '../helpers/stories';

let t: Translate;
let tEn: Translate;
beforeAll(async () => {
  ({ zh: t, en: tEn } = await translators());
});

const story = (answers: readonly AnswerRow[]) => storyWith('zh-CN', answers);
const ids = (s: Story) => missingEssentials(s).map((m) => [m.id, m.blocking]);

function cardInput(s: Story, size = ALL_CARD_SIZES[0]!, qr?: string): CardInput {
  return {
    facts: storyFacts(s, '2026-11-29'),
    t,
    size,
    measure: roughMeasure,
    hasPhoto: true,
    ...(qr ? { qr } : {}),
    dateText: (d) => d,
    sentence: sentenceChoices(s)[0]?.text ?? '',
    second: { t: tEn, dateText: (d) => d },
  };
}

describe('the essentials: who, when, where, whom to tell', () => {
  it('an empty story lacks all four; who, when and where block, whom to tell warns', () => {
    expect(ids(story([]))).toEqual([
      ['who', true],
      ['when', true],
      ['where', true],
      ['whomToTell', false],
    ]);
    expect(checkBeforeSharing(story([]), ['Have you seen our child?'])).toMatchObject({ blocked: true, clear: false });
  });

  it('the full example story lacks nothing, and leaves at once', () => {
    expect(ids(story(MINGMING))).toEqual([]);
    expect(checkBeforeSharing(story(MINGMING), ['寻人：李小明'])).toMatchObject({ blocked: false, clear: true });
  });

  it('a date after today is as missing as no date, once today is known', () => {
    const future = MINGMING.map(([q, p, text]): AnswerRow => (q === 'day.when' && p === 'date' ? [q, p, '2031-06-05'] : [q, p, text]));
    expect(checkBeforeSharing(story(future), ['寻人'], '2026-11-29')).toMatchObject({ blocked: true });
    expect(missingEssentials(story(future), '2026-11-29').map((m) => m.id)).toEqual(['when']);
    expect(checkBeforeSharing(story(MINGMING), ['寻人'], '2026-11-29').blocked).toBe(false);
  });

  it('each essential names the box that gives it', () => {
    expect(missingEssentials(story([])).map((m) => `${m.questionId}/${m.partId}`)).toEqual([
      'child.name/fullName',
      'day.when/date',
      'day.place/province',
      'help.case/station',
    ]);
  });

  it.each<[string, AnswerRow[], boolean]>([
    ['a nickname is a name', [['child.name', 'nickname', '明明']], false],
    ['the spot alone is a place', [['day.place', 'spot', '菜市场门口']], false],
  ])('%s', (_name, rows) => {
    const base: AnswerRow[] = [
      ['child.name', 'fullName', '李小明'],
      ['day.when', 'date', '2019-06-05'],
      ['day.place', 'city', '深圳市'],
    ];
    const merged = [...base.filter(([q]) => !rows.some(([r]) => r === q)), ...rows];
    expect(missingEssentials(story(merged)).filter((m) => m.blocking)).toEqual([]);
  });

  it.each<[string, AnswerRow[], boolean]>([
    ['the station', [['help.case', 'station', '西乡派出所']], true],
    ['the station’s phone', [['help.case', 'stationPhone', '0755-12345678']], true],
    [
      'a number kept for the search',
      [
        ['help.contact', 'mode', 'searchNumber'],
        ['help.contact', 'detail', '13900000000'],
      ],
      true,
    ],
    [
      'the family’s own phone',
      [
        ['help.contact', 'mode', 'personal'],
        ['help.contact', 'detail', '13800000000'],
      ],
      true,
    ],
    ['a case number alone is nobody to call', [['help.case', 'caseNumber', '440306-2019-0001']], false],
    ['“through the police only” without a station', [['help.contact', 'mode', 'policeOnly']], false],
    ['a contact mode without the number', [['help.contact', 'mode', 'searchNumber']], false],
  ])('whom to tell: %s', (_name, rows, met) => {
    const missing = missingEssentials(story(rows)).find((m) => m.id === 'whomToTell');
    expect(missing === undefined).toBe(met);
  });

  it('whom to tell sends the parent to the number they started to give, if they chose to give one', () => {
    expect(missingEssentials(story([['help.contact', 'mode', 'searchNumber']])).find((m) => m.id === 'whomToTell')).toMatchObject({
      questionId: 'help.contact',
      partId: 'detail',
    });
  });

  it.each(STORY_KINDS)('every question the %s interview requires is an essential, by name (one definition of "required")', (kind) => {
    const required = questionsFor(kind)
      .filter((q) => q.requiredAnyOf)
      .map((q) => q.id);
    expect(Object.keys(kindDefinition(kind).requiredEssentials).sort()).toEqual(required.sort());
  });
});

describe('phone numbers, ID numbers and addresses, with where the parent wrote them', () => {
  const RISKY: AnswerRow[] = [
    ...MINGMING.filter(([q, p]) => !(q === 'day.place' && p === 'spot') && q !== 'child.marks'),
    ['day.place', 'spot', '我家楼下，新安路12号'],
    ['child.marks', 'marks', '左耳后有胎记；身份证440306201503120012'],
    ['hopes.message', 'message', '明明，回家吧。妈妈电话13812345678。'],
    ['help.contact', 'mode', 'personal'],
    ['help.contact', 'detail', '13812345678'],
  ];

  it('finds what a card draws and names the answer it came from; the station’s phone and case number are allowed', () => {
    const s = story(RISKY);
    const texts = drawnTexts(layoutCard('poster', cardInput(s)));
    const found = findInTexts(texts, s).map((f) => [f.kind, f.text, f.source && `${f.source.questionId}/${f.source.partId}`]);
    expect(found).toEqual([
      ['address', '新安路12号', 'day.place/spot'],
      ['id', '440306201503120012', 'child.marks/marks'],
    ]);
  });

  it('the bilingual poster says the place twice: one finding', () => {
    const s = story(RISKY);
    const found = findInTexts(drawnTexts(layoutCard('bilingual', cardInput(s))), s);
    expect(found.filter((f) => f.kind === 'address')).toHaveLength(1);
  });

  it('a phone number in a post is traced to the first answer holding it', () => {
    const s = story(RISKY);
    const post = composePosts({ story: s, profile: PLATFORMS.weibo, t, today: '2026-11-29' }).story.parts;
    const phones = findInTexts(post, s).filter((f) => f.kind === 'phone');
    // The same number is in the message too; it is found once, at the first answer holding it.
    expect(phones.map((f) => f.source)).toEqual([{ questionId: 'hopes.message', partId: 'message' }]);
  });

  it('text typed straight into a post has no answer to go back to', () => {
    expect(findInTexts(['妈妈电话 13912345678'], story(MINGMING))).toEqual([
      { kind: 'phone', text: '13912345678', start: 5, end: 16, textIndex: 0, source: null },
    ]);
  });

  // The class, not one example: whatever answer a card draws, a number in it is found and traced back to it.
  const TEXT_PARTS = questionsFor('family-seeking-child')
    .flatMap((q) => q.parts.filter((p) => p.input !== 'choice').map((p) => [q.id, p.id] as const))
    // The station's phone and the case number are what the appeal should carry: allowed by design.
    .filter(([q, p]) => !(q === 'help.case' && (p === 'stationPhone' || p === 'caseNumber')));
  // A square, a landscape, a portrait and a long card: each shape lays the text out its own way.
  const SHAPES = ['weibo-tile', 'x', 'xiaohongshu', 'weibo-long'].map((id) => ALL_CARD_SIZES.find((z) => z.id === id)!);
  // Answers each card is known to draw: the test is not empty.
  const DRAWN: Record<string, readonly string[]> = {
    poster: [
      'child.name/fullName',
      'child.name/nickname',
      'child.build/height',
      'child.marks/marks',
      'child.clothing/clothing',
      'day.place/city',
      'day.place/spot',
      'help.case/station',
    ],
    story: ['child.name/fullName', 'hopes.message/message', 'day.place/spot', 'help.case/station'],
    bilingual: ['child.name/fullName', 'child.name/otherScripts', 'child.marks/marks', 'day.place/spot', 'help.case/station'],
    photo: ['child.name/fullName', 'day.place/spot', 'help.case/station'],
  };
  it.each(CARD_TEMPLATES)(
    '%s: an ID number in any answer it draws is found and traced back to that answer',
    (template) => {
      const id = '440306201503120012';
      const drawnParts: string[] = [];
      for (const [questionId, partId] of TEXT_PARTS) {
        const s = story([...MINGMING.filter(([q, p]) => !(q === questionId && p === partId)), [questionId, partId, `身份证${id}`]]);
        for (const size of SHAPES) {
          const ops = layoutCard(template, cardInput(s, size, 'https://weibo.com/u/1'));
          const drawn = ops.flatMap((o) => (o.kind === 'text' ? o.text.lines : [])).join('');
          if (!drawn.includes(id.slice(0, 12))) continue;
          drawnParts.push(`${questionId}/${partId}`);
          const found = checkBeforeSharing(s, drawnTexts(ops)).findings;
          expect(
            found.map((f) => f.source),
            `${questionId}/${partId} at ${size.id}`,
          ).toContainEqual({ questionId, partId });
        }
      }
      for (const part of DRAWN[template]!) expect(drawnParts, part).toContain(part);
    },
    60_000,
  );

  it('the QR code’s link is checked too', () => {
    const s = story([...MINGMING, ['help.links', 'links', 'https://example.com/call/+86-138-1234-5678']]);
    const texts = drawnTexts(layoutCard('poster', cardInput(s, ALL_CARD_SIZES[0], 'https://example.com/call/+86-138-1234-5678')));
    expect(findInTexts(texts, s).map((f) => f.source)).toContainEqual({ questionId: 'help.links', partId: 'links' });
  });
});

describe('the story card’s sentences', () => {
  const s = story([
    ['hopes.message', 'message', '明明，回家吧。妈妈电话13812345678。'],
    ['who.memory', 'memory', '他最喜欢唱歌。'],
  ]);

  it('a sentence with a phone number carries its finding and where it was written', () => {
    const choices = sentenceChoices(s);
    expect(choices.map((c) => [c.text, c.findings.map((f) => f.kind), c.source.questionId])).toEqual([
      ['明明，回家吧。', [], 'hopes.message'],
      ['妈妈电话13812345678。', ['phone'], 'hopes.message'],
      ['他最喜欢唱歌。', [], 'who.memory'],
    ]);
  });

  it('is not picked unless the parent confirmed it, even when it was saved as the choice', () => {
    const choices = sentenceChoices(s);
    expect(pickSentence(choices, '妈妈电话13812345678。', new Set())?.text).toBe('明明，回家吧。');
    expect(pickSentence(choices, '妈妈电话13812345678。', new Set(['妈妈电话13812345678。']))?.text).toBe('妈妈电话13812345678。');
    expect(pickSentence(choices, '他最喜欢唱歌。', new Set())?.text).toBe('他最喜欢唱歌。');
  });

  it('offers only sentences with words: an emoji or dots left after a full stop are not one', () => {
    const texts = sentenceChoices(story([['who.memory', 'memory', '他把儿歌唱错了一整遍。😋 ……！ Lele laughed.']])).map((c) => c.text);
    expect(texts).toContain('他把儿歌唱错了一整遍。');
    expect(texts.some((t) => !/\p{L}.*\p{L}/u.test(t))).toBe(false);
  });

  it('none at all when every sentence holds something', () => {
    const only = sentenceChoices(story([['hopes.message', 'message', '妈妈电话13812345678。']]));
    expect(pickSentence(only, null, new Set())).toBeNull();
  });
});

describe('advice where the choice is made', () => {
  it('not reported yet: go to the police now; our own phone: the scam warning', () => {
    expect(chosenAdvice(story([['help.police', 'reported', 'notYet']]))).toEqual([
      { id: 'policeNow', questionId: 'help.police', partId: 'reported' },
    ]);
    expect(chosenAdvice(story([['help.contact', 'mode', 'personal']]))).toEqual([
      { id: 'ownPhone', questionId: 'help.contact', partId: 'mode' },
    ]);
    expect(
      chosenAdvice(
        story([
          ['help.police', 'reported', 'yes'],
          ['help.contact', 'mode', 'searchNumber'],
        ]),
      ),
    ).toEqual([]);
  });

  it('a stored value that names a property of every object (from an old or edited file) brings no advice', () => {
    for (const value of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(
        chosenAdvice(
          story([
            ['help.police', 'reported', value],
            ['help.contact', 'mode', value],
          ]),
        ),
      ).toEqual([]);
    }
  });
});
