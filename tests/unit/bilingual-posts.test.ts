import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VARIANTS, type Translate } from '@/lib/compose/posts';
import { composeBilingual, type Half } from '@/lib/compose/bilingual';
import { PLATFORMS } from '@/lib/platforms';
import { PLATFORM_IDS } from '@/lib/platforms/types';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { storyInLanguage, withChecked, withTranslatedText } from '@/lib/translate/story-translation';
import { withAnswerPart, type Story } from '@/lib/story/story';
import { MINGMING, MINGMING_EN, storyWith, type AnswerRow } from '../helpers/stories';

const now = '2026-11-30T03:00:00.000Z';
const today = '2026-11-30';
const t = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) t[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

function translated(story: Story, rows: readonly AnswerRow[]): Story {
  return rows.reduce(
    (s, [q, p, text]) => withChecked(withTranslatedText(s, 'en', q, p, text, 'person', now), 'en', q, p, true, now),
    story,
  );
}

const half = (story: Story, language: AppLanguage): Half => ({ story: storyInLanguage(story, language), t: t[language] });
const MINGMING_BOTH = () => translated(storyWith('zh-CN', MINGMING), MINGMING_EN);
/** Chinese characters outside a name's or place's original in brackets: the text is Chinese, not English with names. */
const chineseWords = (text: string) => /[\p{Script=Han}]/u.test(text.replace(/\([^)]*\)/g, ''));

describe('bilingual posts: Chinese first, then English', () => {
  it('every post of every kind, on every site, fits that site’s limit as the site counts', () => {
    const story = MINGMING_BOTH();
    for (const id of PLATFORM_IDS) {
      const profile = PLATFORMS[id];
      for (const [a, b] of [
        ['zh-CN', 'en'],
        ['en', 'zh-CN'],
      ] as const) {
        const posts = composeBilingual({ first: half(story, a), second: half(story, b), profile, today });
        for (const variant of VARIANTS) {
          const post = posts[variant];
          expect(post.variant).toBe(variant);
          for (const part of post.parts)
            expect(profile.count(part, profile.limit).used, `${id} ${variant} ${a}`).toBeLessThanOrEqual(profile.limit);
          const all = post.parts.join('\n');
          // Both halves say who is missing: the Chinese name, and the pinyin one.
          expect(all, `${id} ${variant}`).toContain('李小明');
          expect(all, `${id} ${variant}`).toContain('LI Xiaoming');
        }
      }
    }
  });

  it('Weibo: one post, the Chinese whole and first, then the English', () => {
    const story = MINGMING_BOTH();
    const posts = composeBilingual({ first: half(story, 'zh-CN'), second: half(story, 'en'), profile: PLATFORMS.weibo, today });
    expect(posts.story.parts).toHaveLength(1);
    const text = posts.story.parts[0] ?? '';
    const english = text.indexOf('LI Xiaoming');
    expect(text.startsWith('【寻人】你见过李小明吗？')).toBe(true);
    expect(english).toBeGreaterThan(text.indexOf('我们在买菜'));
    expect(text.slice(english)).toContain('We were buying vegetables');
    expect(text.slice(english)).toMatch(/5 June 2019|June 5, 2019/);
    expect(chineseWords(text.slice(english))).toBe(false);
    expect(posts.story.words).toBe('all');
    // Read aloud: the halves a blank line apart; English names and places as English writes them.
    expect(text).toContain('#宝贝回家#\n\nHELP FIND');
    expect(text).toContain('LI Xiaoming (李小明), called Mingming at home, boy, 4 when lost, now 11.');
    expect(text).toContain("from Bao'an District (宝安区), Shenzhen (深圳市), Guangdong Province (广东省)");
    expect(text).toContain('李小明（小名明明），男孩');
  });

  it('the reverse: English first', () => {
    const story = MINGMING_BOTH();
    const posts = composeBilingual({ first: half(story, 'en'), second: half(story, 'zh-CN'), profile: PLATFORMS.weibo, today });
    const text = posts.story.parts[0] ?? '';
    expect(text.indexOf('LI Xiaoming')).toBeLessThan(text.indexOf('我们在买菜'));
    expect(text.indexOf('We were buying vegetables')).toBeLessThan(text.indexOf('【寻人】'));
  });

  it('X: a thread where the two do not fit in one post; each post in one language; the thread numbered across both', () => {
    const story = MINGMING_BOTH();
    const posts = composeBilingual({ first: half(story, 'zh-CN'), second: half(story, 'en'), profile: PLATFORMS.x, today });
    expect(posts.story.parts).toHaveLength(2);
    expect(posts.story.parts[0]).toContain('李小明');
    expect(chineseWords(posts.story.parts[1] ?? '')).toBe(false);
    expect(posts.alert.parts).toHaveLength(2);
    const thread = posts.thread.parts;
    expect(thread.length).toBeGreaterThan(2);
    thread.forEach((part, i) => expect(part.endsWith(` (${i + 1}/${thread.length})`)).toBe(true));
    // The Chinese parts first, then the English ones; none holds both.
    const firstEnglish = thread.findIndex((p) => !chineseWords(p));
    expect(firstEnglish).toBeGreaterThan(0);
    expect(thread.slice(firstEnglish).every((p) => !chineseWords(p))).toBe(true);
    expect(thread.slice(0, firstEnglish).every(chineseWords)).toBe(true);
    // Every word of both: the English thread carries the whole English story.
    expect(thread.join(' ')).toContain('I called for a long time.');
  });

  it('Mastodon: the alert in both languages together where they fit in 500', () => {
    const story = MINGMING_BOTH();
    const posts = composeBilingual({ first: half(story, 'zh-CN'), second: half(story, 'en'), profile: PLATFORMS.mastodon, today });
    const alert = posts.alert.parts;
    const together = alert.length === 1;
    // Whichever it is, it is the site's count that decided: one post only when both fit.
    if (together) expect(alert[0]).toMatch(/李小明[\s\S]*LI Xiaoming/u);
    else expect(alert).toHaveLength(2);
  });

  it('Xiaohongshu (1000, no threads): a long story shares the post; each half keeps its name, date and place; the title is the first language’s', () => {
    const long = '我们在买菜。我转身付钱，回头他就不见了。'.repeat(30);
    let story = withAnswerPart(MINGMING_BOTH(), 'day.what', 'what', long, now);
    story = translated(story, [['day.what', 'what', 'We were buying vegetables. I turned to pay, and he was gone. '.repeat(30).trim()]]);
    const profile = PLATFORMS.xiaohongshu;
    const posts = composeBilingual({ first: half(story, 'zh-CN'), second: half(story, 'en'), profile, today });
    const text = posts.story.parts[0] ?? '';
    expect(posts.story.parts).toHaveLength(1);
    expect(profile.count(text, profile.limit).used).toBeLessThanOrEqual(profile.limit);
    const english = text.indexOf('LI Xiaoming');
    expect(english).toBeGreaterThan(0);
    for (const fact of ['李小明', '2019年6月5日', '深圳']) expect(text.slice(0, english)).toContain(fact);
    for (const fact of ['LI Xiaoming', '2019', 'Shenzhen']) expect(text.slice(english)).toContain(fact);
    expect(posts.story.words).toBe('some');
    expect(posts.story.title).toContain('李小明');
    // The room is shared: neither half is starved to its bare facts while the other runs on.
    const used = (s: string) => profile.count(s, profile.limit).used;
    expect(used(text.slice(0, english))).toBeGreaterThan(profile.limit / 4);
    expect(used(text.slice(english))).toBeGreaterThan(profile.limit / 4);
  });

  it('any length of the parent’s words in both languages stays within Weibo’s and X’s limits (property)', () => {
    const base = MINGMING_BOTH();
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('我', '们', '在', '。', '，', '😋', ' ', '\n'), maxLength: 2500 }),
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '\n', 'é', '👍🏽'), maxLength: 4000 }),
        (zh, en) => {
          let story = withAnswerPart(base, 'hopes.message', 'message', zh.trim() === '' ? '回家吧。' : zh, now);
          story = translated(story, [['hopes.message', 'message', en.trim() === '' ? 'Come home.' : en]]);
          for (const profile of [PLATFORMS.weibo, PLATFORMS.x]) {
            const posts = composeBilingual({ first: half(story, 'zh-CN'), second: half(story, 'en'), profile, today });
            for (const variant of VARIANTS)
              for (const part of posts[variant].parts) expect(profile.count(part, profile.limit).used).toBeLessThanOrEqual(profile.limit);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});
