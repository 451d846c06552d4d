import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composePosts, type Translate } from '@/lib/compose/posts';
import { splitThread } from '@/lib/compose/thread';
import { ADDITIVE_SITES, countByLines } from '@/lib/compose/count-by-lines';
import { PLATFORMS } from '@/lib/platforms';
import type { PlatformProfile } from '@/lib/platforms/types';
import { isInertJoin } from '@/lib/text/inert-join';
import { randomStory } from '../helpers/random-stories';
import { splitThreadWhole } from '../helpers/thread-oracle';
import { translators } from '../helpers/translators';

/**
 * The thread splitter counts a part sentence by sentence where the sentences join inertly; these tests hold it
 * to the old splitter, which counted every candidate part whole (tests/helpers/thread-oracle.ts): the same
 * parts, character for character, on every site that has threads.
 */

const THREADED: PlatformProfile[] = Object.values(PLATFORMS).filter((p) => p.thread !== null);
const ADDITIVE: PlatformProfile[] = Object.values(PLATFORMS).filter((p) => ADDITIVE_SITES.has(p.id));
const count = (profile: PlatformProfile) => (text: string, limit: number) => profile.count(text, limit);

// What appeals are made of, and what makes counting hard at a join: links with and without a scheme (and the
// pieces of one), mentions, tags, emoji sequences and their parts, combining marks, characters NFC changes,
// full-width and ideographic spaces, CRLF, very long words.
const PIECES = [
  '寻',
  '明明',
  '我们去了派出所',
  '，',
  '。',
  '！',
  '？',
  '：',
  '、',
  '「小兔子」',
  '【那一天】\n',
  'Li',
  'Xiaoming',
  'When',
  '.',
  ',',
  ':',
  '!',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  '\u3000',
  '\u00a0',
  'https://example.com/a/very/long/path',
  'https://example.com/find/mingming ',
  'example.com',
  'weibo.com/u/1',
  'bsky.app',
  'http://a.cn',
  't.co/abc',
  'https://',
  'www.',
  '.com',
  'co',
  'm',
  '/find',
  '例子.中国',
  '@mingming',
  '@user@mastodon.social',
  '@',
  '#寻找明明',
  '#FindMingming',
  '#',
  '😋',
  '👨‍👩‍👧',
  '🇨🇳',
  '🇺',
  '1️⃣',
  '#️⃣',
  '❤️',
  '\u200d',
  '\ufe0f',
  '👍🏽',
  '〰',
  'e\u0301',
  '\u0301',
  'か',
  '\u3099',
  '\u212b',
  '\u2126',
  '“',
  '…',
  'supercalifragilisticexpialidocious'.repeat(6),
  '字'.repeat(160),
];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 120 }).map((p) => p.join(''));

describe('splitThread gives the parts the whole-count splitter gave', () => {
  it('on random text, for every site with threads, at many limits', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...THREADED), fc.integer({ min: 30, max: 500 }), (t, profile, limit) => {
        expect(splitThread(t, count(profile), limit)).toEqual(splitThreadWhole(t, count(profile), limit));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  let t: { zh: Translate; en: Translate };
  beforeAll(async () => {
    t = await translators();
  });

  it('on the full text of random stories, at each site’s own limit', () => {
    fc.assert(
      fc.property(randomStory, fc.constantFrom(...THREADED), (story, profile) => {
        // The Weibo story is the whole story in one post: the text a thread is cut from.
        const whole =
          composePosts({ story, profile: PLATFORMS.weibo, t: story.language === 'en' ? t.en : t.zh, today: '2026-11-29' }).story.parts[0] ??
          '';
        expect(splitThread(whole, count(profile), profile.limit)).toEqual(splitThreadWhole(whole, count(profile), profile.limit));
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});

describe('an inert join counts as its two sides', () => {
  it('on every site with threads (the splitter relies on it)', () => {
    expect(THREADED.filter((p) => !ADDITIVE_SITES.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('for random pairs, on every site whose count adds up', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        fc.pre(isInertJoin(a, b));
        for (const profile of ADDITIVE) {
          expect(profile.count(a + b).used, `${profile.id}: ${JSON.stringify(a.slice(-20))} + ${JSON.stringify(b.slice(0, 20))}`).toBe(
            profile.count(a).used + profile.count(b).used,
          );
        }
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('between Chinese sentences and at white space; not inside a word that may hold a link or a mention', () => {
    expect(isInertJoin('一直到天黑。', '后来我们去了派出所。')).toBe(true);
    expect(isInertJoin('More: https://example.com/find ', '那天下午')).toBe(true);
    expect(isInertJoin('Call the police. ', 'Thank you.')).toBe(true);
    expect(isInertJoin('Call the police.', ' Thank you.')).toBe(false);
    // A link could run on across the join, or start with it.
    expect(isInertJoin('见 example.co', 'm/find 谢谢')).toBe(false);
    expect(isInertJoin('https://example.com/find/mingming。', '走失时穿着：')).toBe(false);
    expect(isInertJoin('@user', '@mastodon.social')).toBe(false);
    expect(isInertJoin('我们去了派出所https:', '//#寻')).toBe(false);
    // Emoji sequences, graphemes and NFC compositions must not be cut.
    expect(isInertJoin('😋', '我')).toBe(false);
    expect(isInertJoin('我', '\u200d')).toBe(false);
    expect(isInertJoin('か', '\u3099')).toBe(false);
    expect(isInertJoin('寻\r', '\n')).toBe(false);
    expect(isInertJoin('\n\n', 'e\u0301example.com')).toBe(false);
  });
});

describe('countByLines (posts cut down step by step)', () => {
  const lines = fc.array(text, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n'));

  it('gives the whole text’s count on every site, remembering lines across texts', () => {
    fc.assert(
      fc.property(fc.array(lines, { minLength: 1, maxLength: 4 }), fc.constantFrom(...Object.values(PLATFORMS)), (texts, profile) => {
        const used = countByLines(profile, profile.limit);
        for (const t of texts) expect(used(t), profile.id).toBe(profile.count(t, profile.limit).used);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('counts each line once on a site whose count adds up, the whole text each time elsewhere', () => {
    const counted = (profile: PlatformProfile) => {
      const texts: string[] = [];
      const spy: PlatformProfile = { ...profile, count: (t, limit) => (texts.push(t), profile.count(t, limit)) };
      const used = countByLines(spy, profile.limit);
      used('【寻人】你见过李小明吗？\n李小明，男，走失时4岁。\n请帮忙转发。');
      used('【寻人】你见过李小明吗？\n李小明，走失时4岁。\n请帮忙转发。');
      return texts;
    };
    expect(counted(PLATFORMS.x)).toEqual([
      '【寻人】你见过李小明吗？\n',
      '李小明，男，走失时4岁。\n',
      '请帮忙转发。',
      '李小明，走失时4岁。\n',
    ]);
    expect(counted(PLATFORMS.weibo)).toHaveLength(2);
  });
});
