import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composePosts, VARIANTS, type Translate } from '@/lib/compose/posts';
import { joinPhrases } from '@/lib/text/join';
import { splitThread } from '@/lib/compose/thread';
import { yearsBetween } from '@/lib/kinds/family/facts';
import { PLATFORMS } from '@/lib/platforms';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { MINGMING, storyWith } from '../helpers/stories';
import { graphemes } from '@/lib/text/segments';

const today = '2026-11-29';
const translators = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) {
    const i18n = await createI18n(lang);
    translators[lang] = i18n.getFixedT(lang) as unknown as Translate;
  }
});

describe('posts from a story', () => {
  it('Weibo story: the opening carries name, ages then and now, date and place before the fold', () => {
    const posts = composePosts({ story: storyWith('zh-CN', MINGMING), profile: PLATFORMS.weibo, t: translators['zh-CN'], today });
    const text = posts.story.parts[0]!;
    const beforeFold = text.slice(0, PLATFORMS.weibo.count(text, 140).fitsUntil);
    for (const fact of ['李小明', '明明', '走失时4岁', '现在11岁', '2019年6月5日', '广东省深圳市宝安区'])
      expect(beforeFold).toContain(fact);
    expect(text.startsWith('【寻人】你见过李小明吗？')).toBe(true);
    expect(text).toContain('#寻找明明# #宝贝回家#');
    expect(text).toContain('如有线索，请联系宝安区西乡派出所（电话 0755-12345678）。案件编号：440306-2019-0001。家长已采血。');
  });

  it('keeps the parent’s words exactly, line breaks and emoji included', () => {
    const posts = composePosts({ story: storyWith('zh-CN', MINGMING), profile: PLATFORMS.weibo, t: translators['zh-CN'], today });
    const text = posts.story.parts[0]!;
    for (const [, , words] of MINGMING.filter(([q]) => /^(day\.what|who\.|you\.|hopes\.)/.test(q))) expect(text).toContain(words);
  });

  it('X: the story is shortened to fit one post; the thread carries every word in numbered parts', () => {
    const story = storyWith('zh-CN', MINGMING);
    const posts = composePosts({ story, profile: PLATFORMS.x, t: translators['zh-CN'], today });
    expect(PLATFORMS.x.count(posts.story.parts[0]!).used).toBeLessThanOrEqual(280);
    const parts = posts.thread.parts;
    expect(parts.length).toBeGreaterThan(2);
    parts.forEach((part, i) => {
      expect(PLATFORMS.x.count(part).used).toBeLessThanOrEqual(280);
      expect(part.endsWith(` (${i + 1}/${parts.length})`)).toBe(true);
    });
    const joined = parts.map((p) => p.replace(/ \(\d+\/\d+\)$/, '')).join('');
    const whole = composePosts({ story, profile: PLATFORMS.weibo, t: translators['zh-CN'], today }).story.parts[0]!;
    // Same text apart from the tag syntax and the whitespace where parts meet.
    expect(joined.replace(/\s+/g, '')).toBe(whole.replace('#寻找明明# #宝贝回家#', '#寻找明明 #宝贝回家').replace(/\s+/g, ''));
  });

  it('writes an anniversary update with the years and the age now', () => {
    const posts = composePosts({ story: storyWith('zh-CN', MINGMING), profile: PLATFORMS.weibo, t: translators['zh-CN'], today });
    expect(posts.update.parts[0]).toMatch(/^【寻人】你见过李小明吗？\n李小明已经走失7年了。今天，李小明应该11岁了。我们从来没有停止寻找。/);
  });

  it('writes in the story’s language: English', () => {
    const story = storyWith('en', [
      ['child.name', 'fullName', 'Li Xiaoming'],
      ['child.birth', 'ageWhenLost', '4'],
      ['day.when', 'date', '2019-06-05'],
      ['day.place', 'city', 'Shenzhen'],
      ['help.tags', 'tags', 'FindMingming'],
    ]);
    const alert = composePosts({ story, profile: PLATFORMS.bluesky, t: translators.en, today }).alert.parts[0]!;
    expect(alert).toContain('HELP FIND\nHave you seen Li Xiaoming?');
    // Lost at 4 (4 years 0 months to 4 years 11 months) seven years and five months ago: 11 or 12 today.
    expect(alert).toContain('Li Xiaoming, 4 when lost, now 11–12. Missing since 5 June 2019 from Shenzhen.');
    expect(alert).toContain('If you know anything, please tell the police.');
    expect(alert.endsWith('#FindMingming')).toBe(true);
  });

  it('Xiaohongshu gets a title of at most 20 字', () => {
    const story = storyWith('zh-CN', [['child.name', 'fullName', '欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜']]);
    const posts = composePosts({ story, profile: PLATFORMS.xiaohongshu, t: translators['zh-CN'], today });
    expect(PLATFORMS.xiaohongshu.title!.count(posts.story.title!).used).toBeLessThanOrEqual(20);
    expect(posts.story.title!.startsWith('寻找欧阳')).toBe(true);
  });

  it('works out ages', () => {
    expect(yearsBetween('2015-03-12', '2019-06-05')).toBe(4);
    expect(yearsBetween('2015-06-06', '2019-06-05')).toBe(3);
    expect(yearsBetween('', '2019-06-05')).toBeNull();
    expect(yearsBetween('2020-01-01', '2019-06-05')).toBeNull();
  });
});

// Random stories from the pieces real appeals are made of.
const PIECES = [
  '寻',
  '明明',
  '，',
  '。',
  '！',
  '「小兔子」',
  '😋',
  '👨‍👩‍👧',
  '🇨🇳',
  'Li',
  ' ',
  '\n',
  'https://example.com/a/very/long/path',
  '我',
  '找你',
  '好',
];
const ALLOWED = new Set(PIECES.flatMap((p) => graphemes(p)));
const words = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 400, size: 'medium' }).map((p) => p.join(''));
const TEXT_QUESTIONS: [string, string][] = [
  ['child.name', 'fullName'],
  ['child.name', 'nickname'],
  ['child.marks', 'marks'],
  ['child.clothing', 'clothing'],
  ['day.place', 'spot'],
  ['day.what', 'what'],
  ['who.personality', 'personality'],
  ['who.memory', 'memory'],
  ['you.feelings', 'feelings'],
  ['hopes.fear', 'fear'],
  ['hopes.message', 'message'],
  ['help.case', 'station'],
  ['help.tags', 'tags'],
];
const randomStory = fc
  .record({
    language: fc.constantFrom(...APP_LANGUAGES),
    texts: fc.array(words, { minLength: TEXT_QUESTIONS.length, maxLength: TEXT_QUESTIONS.length }),
    date: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2026-11-01'), noInvalidDate: true }), { nil: undefined }),
  })
  .map(({ language, texts, date }) => {
    const cut = (text: string, n: number) => graphemes(text).slice(0, n).join('');
    const answers: [string, string, string][] = TEXT_QUESTIONS.map(([q, p], i) => [q, p, cut(texts[i] ?? '', 300)]);
    if (date) answers.push(['day.when', 'date', date.toISOString().slice(0, 10)]);
    // Names and tags are short in life.
    answers[0]![2] = cut(answers[0]![2], 12);
    answers[12]![2] = cut(answers[12]![2], 30);
    return storyWith(
      language,
      answers.filter(([, , text]) => text !== ''),
    );
  });

describe('every variant fits every site (property)', () => {
  it('for many random stories: each post and thread part fits, and no grapheme is split', () => {
    fc.assert(
      fc.property(randomStory, fc.constantFrom(...Object.values(PLATFORMS)), (story, profile) => {
        const posts = composePosts({ story, profile, t: translators[story.language], today });
        for (const variant of VARIANTS) {
          for (const part of posts[variant].parts) {
            expect(profile.count(part).used, `${profile.id} ${variant}`).toBeLessThanOrEqual(profile.limit);
            // A split never leaves half a flag or half a ZWJ family, nor a stray joiner at a part's start.
            expect(/^(?:\u200d|\ufe0f|[\u0300-\u036f])/.test(part)).toBe(false);
            for (const g of graphemes(part)) {
              expect(/^\p{Regional_Indicator}$/u.test(g) || g.endsWith('\u200d') || g === '👨‍👩' || g === '👨').toBe(false);
            }
          }
        }
        if (profile.thread) {
          const whole = posts.thread.parts.map((p) => p.replace(/ \(\d+\/\d+\)$/, '')).join('');
          expect(whole.replace(/\s+/g, '').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('splitThread never cuts inside a link or a grapheme, and loses nothing', () => {
    const count = PLATFORMS.bluesky.count;
    fc.assert(
      fc.property(words, fc.integer({ min: 30, max: 300 }), (text, limit) => {
        const parts = splitThread(text, count, limit);
        for (const part of parts) expect(count(part, limit).used).toBeLessThanOrEqual(limit);
        const rejoined = parts.length === 1 ? parts[0]! : parts.map((p) => p.replace(/ \(\d+\/\d+\)$/, '')).join('');
        expect(rejoined.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const part of parts) {
          const body = part.replace(/ \(\d+\/\d+\)$/, '');
          const link = 'https://example.com/a/very/long/path';
          // Any piece of the link in a part is the whole link.
          if (body.includes('https://'))
            expect(
              body
                .split('https://')
                .slice(1)
                .every((rest) => rest.startsWith(link.slice(8))),
            ).toBe(true);
          // Every grapheme is one the text was made of: nothing was cut in two.
          for (const g of graphemes(body)) expect(ALLOWED.has(g), JSON.stringify(g)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('joinPhrases', () => {
  it('writes no space between Chinese phrases, one space otherwise', () => {
    expect(joinPhrases(['广东省', '深圳市', '宝安区'])).toBe('广东省深圳市宝安区');
    expect(joinPhrases(['请联系派出所。', '案件编号：1'])).toBe('请联系派出所。案件编号：1');
    expect(joinPhrases(['Guangdong', 'Shenzhen', '', 'Bao’an'])).toBe('Guangdong Shenzhen Bao’an');
    expect(joinPhrases(['Call the police.', '案件编号：1'])).toBe('Call the police. 案件编号：1');
  });
});
