import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { withSource, withTakenText } from '@/lib/story/take-text';
import { questionsFor } from '@/lib/kinds';
import { parseStory } from '@/lib/story/validate';
import { MAX_PART_LENGTH, MAX_SOURCES } from '@/lib/story/schema';
import { storyWith } from '../helpers/stories';
import { pageLanguage } from '@/lib/page-text/language';

const now = '2026-11-30T02:00:00.000Z';
const family = questionsFor('family-seeking-child');
const page = 'https://www.baobeihuijia.com/view.aspx?type=1&id=520001';

describe('text a helper takes from a page into a story', () => {
  it('fills empty parts, sets a choice, and remembers the page', () => {
    const story = storyWith('zh-CN', []);
    const {
      story: next,
      changed,
      refused,
    } = withTakenText(
      story,
      family,
      [
        { questionId: 'child.name', partId: 'fullName', text: ' 李小雨 ' },
        { questionId: 'child.gender', partId: 'gender', text: 'girl' },
        { questionId: 'day.what', partId: 'what', text: '那天下午她在市场门口。' },
      ],
      page,
      now,
    );
    expect(changed).toBe(3);
    expect(refused).toEqual([]);
    expect(next.answers['child.name']).toEqual({ fullName: '李小雨' });
    expect(next.answers['child.gender']).toEqual({ gender: 'girl' });
    expect(next.sources).toEqual([page]);
    expect(next.updatedAt).toBe(now);
    // What the store keeps is a valid story.
    expect(parseStory(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  });

  it('never replaces what a part holds: adds after a blank line, and once only (pressing Add twice)', () => {
    const story = storyWith('zh-CN', [['day.what', 'what', '我们一直在找她。']]);
    const pick = { questionId: 'day.what', partId: 'what', text: '那天下午她在市场门口。' };
    const once = withTakenText(story, family, [pick], page, now).story;
    expect(once.answers['day.what']?.what).toBe('我们一直在找她。\n\n那天下午她在市场门口。');
    const twice = withTakenText(once, family, [pick], page, now);
    expect(twice.changed).toBe(0);
    expect(twice.story.answers['day.what']?.what).toBe(once.answers['day.what']?.what);
    expect(twice.story.sources).toEqual([page]);
  });

  it('refuses a part that does not exist, a value a choice does not offer, and text that would be too long', () => {
    const story = storyWith('en', [['day.what', 'what', 'x'.repeat(MAX_PART_LENGTH - 5)]]);
    const {
      story: next,
      refused,
      changed,
    } = withTakenText(
      story,
      family,
      [
        { questionId: 'child.name', partId: 'nope', text: 'a' },
        { questionId: 'no.such', partId: 'what', text: 'a' },
        { questionId: 'child.gender', partId: 'gender', text: '女' },
        { questionId: 'day.what', partId: 'what', text: 'a longer paragraph' },
        { questionId: 'child.photos', partId: 'photos', text: 'a' },
      ],
      page,
      now,
    );
    expect(changed).toBe(0);
    expect(refused.map((r) => r.problem)).toEqual(['no-such-part', 'no-such-part', 'not-an-option', 'too-long', 'no-such-part']);
    expect(next.answers).toEqual(story.answers);
  });

  it('keeps only http(s) addresses, each once, the newest when there are too many', () => {
    expect(withSource([], 'javascript:alert(1)')).toEqual([]);
    expect(withSource([], 'data:text/html,hi')).toEqual([]);
    expect(withSource([], 'chrome://extensions')).toEqual([]);
    expect(withSource([page], page)).toEqual([page]);
    const many = Array.from({ length: MAX_SOURCES }, (_, i) => `https://news.example.cn/${i}`);
    const next = withSource(many, page);
    expect(next).toHaveLength(MAX_SOURCES);
    expect(next.at(-1)).toBe(page);
    expect(next[0]).toBe('https://news.example.cn/1');
  });

  it('whatever is picked, no text already in the story is lost (property)', () => {
    const parts = family
      .filter((q) => q.kind === 'parts')
      .flatMap((q) => q.parts.filter((p) => p.input !== 'choice').map((p) => [q.id, p.id] as const));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...parts), fc.string({ minLength: 1, maxLength: 40 })), { maxLength: 6 }),
        fc.array(fc.tuple(fc.constantFrom(...parts), fc.string({ minLength: 1, maxLength: 40 })), { maxLength: 6 }),
        (before, picks) => {
          const story = storyWith(
            'en',
            before.map(([[q, p], text]) => [q, p, text]),
          );
          const next = withTakenText(
            story,
            family,
            picks.map(([[questionId, partId], text]) => ({ questionId, partId, text })),
            page,
            now,
          ).story;
          for (const [q, answer] of Object.entries(story.answers))
            for (const [p, text] of Object.entries(answer)) expect(next.answers[q]?.[p]).toContain(text.replace(/\s+$/u, ''));
          for (const [[q, p], text] of picks) if (text.trim()) expect(next.answers[q]?.[p]).toContain(text.trim());
        },
      ),
    );
  });
});

describe('the language of a story made from a page', () => {
  const article = { source: 'article', url: 'https://news.example.cn/', title: '', blocks: [] } as const;
  const registration = { source: 'registration', url: page, title: '', kind: 'family-seeking-child', fields: [], photoUrl: null } as const;
  it('a 宝贝回家 registration is Chinese whatever the panel speaks (its Traditional form on a Traditional panel)', () => {
    expect(pageLanguage(registration, [], 'en')).toBe('zh-CN');
    expect(pageLanguage(registration, [], 'zh-TW')).toBe('zh-TW');
  });
  it('other text: the language of the words taken', () => {
    expect(pageLanguage(article, [{ text: '2019年6月1日下午，5岁的李小雨跟着妈妈去市场。' }], 'en')).toBe('zh-CN');
    expect(pageLanguage(article, [{ text: 'Li Xiaoyu, 5, was last seen at the Hehuachi market in Chengdu.' }], 'zh-CN')).toBe('en');
    expect(pageLanguage(article, [{ text: 'Li Xiaoyu (李小雨) was last seen in Chengdu (成都) on 1 June 2019.' }], 'zh-CN')).toBe('en');
    expect(pageLanguage(article, [{ text: '🙏 2019' }], 'zh-TW')).toBe('zh-TW');
  });
});
