import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { witnessPublicPost } from '@/lib/kinds/witness/public-post';
import { PLATFORMS } from '@/lib/platforms';
import { PLATFORM_IDS } from '@/lib/platforms/types';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import { SEEN_AT_STATION, storyWith, type AnswerRow } from '../helpers/stories';
import { SAID_MARK, SPOT_MARK, WHO_MARK, randomWitnessStory } from '../helpers/random-witness';

const today = '2026-11-29';
const tr = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) tr[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

const station = (rows: readonly AnswerRow[] = SEEN_AT_STATION) => storyWith('zh-CN', rows, 'sighting');
const withSetting = (setting: string) => SEEN_AT_STATION.map(([q, p, v]): AnswerRow => [q, p, p === 'setting' ? setting : v]);

describe('the optional public post of a child seen', () => {
  it('SEEN_AT_STATION on Weibo: to the families and the police, the place coarsely; never the spot, who was with her, or her words', () => {
    const post = witnessPublicPost({ story: station(), profile: PLATFORMS.weibo, t: tr['zh-CN'], today })!;
    expect(post.text).toBe(
      [
        '正在寻找约5岁的女孩的家人，请看：',
        '2026年11月20日在河南省郑州市二七区看到这个孩子。',
        '样子：很瘦，短头发，下巴有一道疤。穿着：红色外套，太大了，没穿鞋。口音：四川话。',
        '',
        '如果您认识这个孩子，或者您家正在寻找这样的孩子，请告诉警方（110）。请不要自己去现场。',
      ].join('\n'),
    );
    expect(post.leftOut).toEqual([]);
    for (const secret of ['火车站西广场', '肯德基', '丫头', '豫A', '我要妈妈', '19:30']) expect(post.text).not.toContain(secret);
    expect(post.text).not.toMatch(/#/);
  });

  it.each(['home', 'otherPlace', ''])('is null for a child not seen in a public place (%s)', (setting) => {
    const rows = setting ? withSetting(setting) : SEEN_AT_STATION.filter(([, p]) => p !== 'setting');
    for (const id of PLATFORM_IDS)
      expect(witnessPublicPost({ story: station(rows), profile: PLATFORMS[id], t: tr['zh-CN'], today })).toBeNull();
  });

  it('a short limit: the clothing goes first, then the looks, then the dialect, then the place shortens; the ask stays whole', () => {
    const ask = tr['zh-CN']('witness.publicPost.ask');
    const seen: string[][] = [];
    for (const limit of [200, 150, 120, 100, 90, 70, 60]) {
      const post = witnessPublicPost({ story: station(), profile: PLATFORMS.mastodon, limit, t: tr['zh-CN'], today })!;
      expect(PLATFORMS.mastodon.count(post.text).used).toBeLessThanOrEqual(limit);
      expect(post.text.endsWith(ask)).toBe(true);
      seen.push([...post.leftOut]);
    }
    const order = ['clothing', 'looks', 'dialect', 'placeShort'];
    for (const leftOut of seen)
      expect(leftOut.filter((p) => order.includes(p))).toEqual(order.slice(0, leftOut.filter((p) => order.includes(p)).length));
    expect(seen.at(-1)).toContain('placeShort');
  });

  it('a day or an age that cannot be read is left out and said to be', () => {
    const rows = SEEN_AT_STATION.map(([q, p, v]): AnswerRow => [q, p, p === 'date' ? '上个月' : p === 'age' ? '看不出来' : v]);
    const post = witnessPublicPost({ story: station(rows), profile: PLATFORMS.weibo, t: tr['zh-CN'], today })!;
    expect(post.text).not.toContain('上个月');
    expect(post.text).not.toContain('看不出来');
    expect(post.text.split('\n')[0]).toBe('正在寻找女孩的家人，请看：');
    expect(post.leftOut).toEqual(['unreadDate', 'unreadAge']);
  });

  it('Xiaohongshu: a title that fits', () => {
    const post = witnessPublicPost({ story: station(), profile: PLATFORMS.xiaohongshu, t: tr['zh-CN'], today })!;
    expect(post.title).toBe('是谁家的孩子？');
  });

  it('any report, any site: fits by the site’s own counting, ends with the ask, never the spot, who was with the child or what the child said', () => {
    fc.assert(
      fc.property(randomWitnessStory, fc.constantFrom(...PLATFORM_IDS), (story, id) => {
        const profile = PLATFORMS[id];
        const post = witnessPublicPost({ story, profile, t: tr[story.language], today });
        if (story.answers['sight.where']?.setting !== 'publicPlace') {
          expect(post).toBeNull();
          return;
        }
        expect(post).not.toBeNull();
        const text = post!.text;
        expect(profile.count(text).used).toBeLessThanOrEqual(profile.limit);
        expect(text.endsWith(tr[story.language]('witness.publicPost.ask'))).toBe(true);
        for (const mark of [SPOT_MARK, WHO_MARK, SAID_MARK]) expect(text).not.toContain(mark);
      }),
      { numRuns: 300 },
    );
  });
});
