import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composePosts, type Translate } from '@/lib/compose/posts';
import { sentences } from '@/lib/compose/thread';
import { PLATFORMS } from '@/lib/platforms';
import { PLATFORM_IDS } from '@/lib/platforms/types';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { MINGMING, storyWith, type AnswerRow } from '../helpers/stories';
import { REAL_STORIES } from '../helpers/real-stories';

const today = '2026-11-29';
const translators = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) translators[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

const WORDS = /^(day\.what|who\.|you\.|hopes\.)/;
const facts = (rows: readonly AnswerRow[]) => rows.filter(([q]) => !WORDS.test(q));
/** The parent's sentences, as typed (a line of their own counts as one). */
const parentSentences = (rows: readonly AnswerRow[]) =>
  rows
    .filter(([q]) => WORDS.test(q))
    .flatMap(([, , text]) =>
      sentences(text)
        .map((s) => s.trim())
        .filter((s) => /[\p{L}\p{N}]/u.test(s)),
    );

const LONG_DAY = '那天下午我们在菜市场买菜，人很多，我一手拎着菜一手牵着他。我转身付钱的时候松开了手，回头他就不见了。'.repeat(3);

describe('the story post never silently becomes the short alert', () => {
  it('X: the facts in full and the ask do not fit beside the story; the post still carries the family’s own words', () => {
    const posts = composePosts({ story: storyWith('zh-CN', MINGMING), profile: PLATFORMS.x, t: translators['zh-CN'], today });
    const text = posts.story.parts[0]!;
    expect(PLATFORMS.x.count(text).used).toBeLessThanOrEqual(280);
    expect(text).not.toBe(posts.alert.parts[0]);
    expect(text).toContain('【想对李小明说】\n明明，爸爸妈妈从来没有停止找你。');
    // Who the child is and whom to tell stay.
    for (const fact of ['李小明', '2019年6月5日', '宝安区西乡派出所（电话 0755-12345678）']) expect(text).toContain(fact);
    expect(posts.story.words).toBe('some');
    expect(posts.story.leftOut).toContain('story');
  });

  it('one long block that does not fit whole: its heading and its first sentences, whole, in its place', () => {
    const rows: AnswerRow[] = [...facts(MINGMING), ['day.what', 'what', LONG_DAY]];
    const posts = composePosts({ story: storyWith('zh-CN', rows), profile: PLATFORMS.x, t: translators['zh-CN'], today });
    const text = posts.story.parts[0]!;
    expect(text).toContain('【那一天】\n那天下午我们在菜市场买菜，人很多，我一手拎着菜一手牵着他。');
    expect(text).not.toContain(LONG_DAY);
    expect(PLATFORMS.x.count(text).used).toBeLessThanOrEqual(280);
    expect(posts.story.words).toBe('some');
  });

  it('Weibo: the whole story fits; every word is there and nothing is said to be left out', () => {
    const posts = composePosts({ story: storyWith('zh-CN', MINGMING), profile: PLATFORMS.weibo, t: translators['zh-CN'], today });
    expect(posts.story.words).toBe('all');
    expect(posts.story.leftOut).not.toContain('story');
  });

  it('no room for even one sentence: the post is the facts, and it says so (words: none)', () => {
    const posts = composePosts({ story: storyWith('zh-CN', MINGMING), profile: PLATFORMS.x, limit: 120, t: translators['zh-CN'], today });
    expect(posts.story.words).toBe('none');
    expect(posts.story.leftOut).toContain('story');
    expect(posts.story.parts[0]).toBe(posts.alert.parts[0]);
  });

  it('a story without the parent’s words says nothing about them', () => {
    const posts = composePosts({ story: storyWith('zh-CN', facts(MINGMING)), profile: PLATFORMS.x, t: translators['zh-CN'], today });
    expect(posts.story.words).toBeUndefined();
    expect(posts.story.leftOut).not.toContain('story');
  });

  it('English on Bluesky: a long story keeps whole sentences of the parent’s, never a cut one', () => {
    const rows: AnswerRow[] = [
      ...facts(MINGMING),
      ['day.what', 'what', 'We were buying vegetables at the market and it was very crowded that afternoon. '.repeat(4).trim()],
      ['hopes.message', 'message', 'Mingming, we have never stopped looking for you. Come home.'],
    ];
    const posts = composePosts({ story: storyWith('en', rows), profile: PLATFORMS.bluesky, t: translators.en, today });
    const text = posts.story.parts[0]!;
    expect(PLATFORMS.bluesky.count(text).used).toBeLessThanOrEqual(300);
    expect(text).toMatch(/Mingming, we have never stopped looking for you\./);
    expect(posts.story.words).not.toBe('none');
  });

  it('the facts in full fit but leave no room for a sentence: the facts are cut (tags, case number, spot) to carry one', () => {
    // A story written in English, with a long place and station: on Bluesky the full facts and the ask fit
    // alone, and before this the post carried none of the parent's words.
    for (const language of ['zh-CN', 'en'] as const) {
      const posts = composePosts({
        story: storyWith(language, REAL_STORIES.english!),
        profile: PLATFORMS.bluesky,
        t: translators[language],
        today,
      });
      const text = posts.story.parts[0]!;
      expect(text).toContain('Mingming, we have never stopped looking for you.');
      expect(text).toContain('Xixiang Police Station');
      expect(PLATFORMS.bluesky.count(text).used).toBeLessThanOrEqual(300);
      expect(posts.story.words).toBe('some');
    }
  });

  it('property: on every site, in every language, the story post fits and, unless it says "none", carries at least one whole sentence of the parent’s', () => {
    const sentence = fc.constantFrom(
      '他最喜欢唱《小兔子乖乖》。',
      '我转身付钱，回头他就不见了。',
      '我們一直在找你。',
      'He loved the swings more than anything. ',
      '😋明明笑起来有两个酒窝！',
      '我跑遍了每一条街，一直到天黑。\n',
    );
    const words = fc.array(
      fc.tuple(
        fc.constantFrom('day.what|what', 'who.memory|memory', 'you.feelings|feelings', 'hopes.message|message'),
        fc.array(sentence, { minLength: 1, maxLength: 12 }),
      ),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(words, fc.constantFrom(...PLATFORM_IDS), fc.constantFrom(...APP_LANGUAGES), (chosen, site, language) => {
        const rows: AnswerRow[] = [...facts(MINGMING)];
        for (const [key, list] of chosen) {
          const [q, p] = key.split('|') as [string, string];
          if (!rows.some(([rq]) => rq === q)) rows.push([q, p, list.join('')]);
        }
        const profile = PLATFORMS[site];
        const post = composePosts({ story: storyWith(language, rows), profile, t: translators[language], today }).story;
        const text = post.parts[0]!;
        expect(profile.count(text).used).toBeLessThanOrEqual(profile.limit);
        expect(post.words).toBeDefined();
        if (post.words !== 'none') expect(parentSentences(rows).some((s) => text.includes(s))).toBe(true);
        if (post.words === 'all') expect(post.leftOut).not.toContain('story');
        else expect(post.leftOut).toContain('story');
      }),
      { numRuns: 150 },
    );
  });
});
