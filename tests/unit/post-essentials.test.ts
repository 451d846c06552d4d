import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composePosts, VARIANTS, type Post, type Translate } from '@/lib/compose/posts';
import { PLATFORMS } from '@/lib/platforms';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { formatDate, readDate } from '@/lib/facts/dates';
import { cleanEnd, cleanFact } from '@/lib/facts/clean';
import type { Story } from '@/lib/story/story';
import { storyWith } from '../helpers/stories';
import { REAL_STORIES } from '../helpers/real-stories';
import { PRIVATE_MARK, randomAppealStory } from '../helpers/random-stories';

const today = '2026-11-29';
const t = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) t[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

const answer = (story: Story, q: string, p: string) => (story.answers[q]?.[p] ?? '').trim();
const partsText = (post: Post) => post.parts.map((p) => p.replace(/ \(\d+\/\d+\)$/, '')).join('\n');
// Read defensively, so that this file, run against code from before posts said what they left out, fails on
// what the posts say rather than on a missing field.
const leftOut = (post: Post): readonly string[] => post.leftOut ?? [];

/** Where each kind keeps what the essentials are read from: [question, part]. */
const FAMILY_PLACES = {
  name: ['child.name', 'fullName'],
  nickname: ['child.name', 'nickname'],
  date: ['day.when', 'date'],
  province: ['day.place', 'province'],
  city: ['day.place', 'city'],
  district: ['day.place', 'district'],
  spot: ['day.place', 'spot'],
  message: ['hopes.message', 'message'],
  tags: ['help.tags', 'tags'],
} as const;
const ADULT_PLACES: Record<keyof typeof FAMILY_PLACES, readonly [string, string]> = {
  name: ['me.name', 'nowName'],
  nickname: ['me.name', 'earlierName'],
  date: ['arrival.when', 'date'],
  province: ['arrival.place', 'province'],
  city: ['arrival.place', 'city'],
  district: ['arrival.place', 'district'],
  spot: ['arrival.place', 'spot'],
  message: ['parents.message', 'message'],
  tags: ['search.tags', 'tags'],
};
const adult = (story: Story) => story.kind === 'adult-seeking-family';
const fact = (story: Story, what: keyof typeof FAMILY_PLACES) => {
  const [q, p] = (adult(story) ? ADULT_PLACES : FAMILY_PLACES)[what];
  return answer(story, q, p);
};

/**
 * Whom to tell: a family's police (the station, its phone, or "tell the police"); an adult's way to be reached
 * (their number or the volunteers' contact as typed, else "send me a private message" or "the volunteers").
 */
function whomToTell(story: Story): string[] {
  const say = (key: string) => t[story.language]([`voices.adult.${key}`, key]);
  if (!adult(story))
    return [
      t[story.language]('posts.policeDefault'),
      cleanEnd(answer(story, 'help.case', 'station')),
      answer(story, 'help.case', 'stationPhone'),
    ].filter(Boolean);
  const mode = answer(story, 'search.contact', 'mode');
  const detail = cleanEnd(answer(story, 'search.contact', 'detail'));
  if (mode === 'volunteers') return [detail || say('posts.volunteers')];
  if (mode === 'personal' && detail) return [detail];
  return [say('posts.policeDefault')];
}

/**
 * The essentials as the story holds them, worked out here from the answers, not by the code under test:
 * the name, the date written in the story's language, the smallest place given, whom to tell.
 */
function essentials(story: Story) {
  const reading = readDate(fact(story, 'date'), today);
  return {
    name: fact(story, 'name') || cleanFact(fact(story, 'nickname'), 'nickname'),
    date: reading.kind === 'date' ? formatDate(reading.date, story.language) : '',
    unreadDate: reading.kind === 'problem' ? fact(story, 'date') : '',
    place: cleanEnd(fact(story, 'city')) || cleanEnd(fact(story, 'district')) || cleanEnd(fact(story, 'province')),
    police: whomToTell(story),
  };
}

function checkPost(story: Story, profile: (typeof PLATFORMS)[keyof typeof PLATFORMS], variant: (typeof VARIANTS)[number], post: Post) {
  const where = `${story.language} ${profile.id} ${variant}`;
  // Fits, by the site's own counting.
  for (const part of post.parts) expect(profile.count(part).used, where).toBeLessThanOrEqual(profile.limit);
  const text = partsText(post);
  const e = essentials(story);
  // Each essential is in the post, or the post says it is not.
  if (e.name) expect(text.includes(e.name) || leftOut(post).includes('name'), `${where}: name ${e.name}`).toBe(true);
  if (e.date) expect(text.includes(e.date) || leftOut(post).includes('date'), `${where}: date ${e.date}`).toBe(true);
  if (e.place) expect(text.includes(e.place) || leftOut(post).includes('place'), `${where}: place ${e.place}`).toBe(true);
  expect(e.police.some((p) => text.includes(p)) || leftOut(post).includes('police'), `${where}: police`).toBe(true);
  // A date that was not understood is never printed, and the post says it left it out.
  if (e.unreadDate) {
    expect(text, where).not.toContain(e.unreadDate);
    expect(leftOut(post), where).toContain('unreadLostDate');
  }
  // What the post says it left out is really out; what it does not mention is really in.
  const spot = adult(story) ? '' : cleanFact(fact(story, 'spot'), 'spot');
  if (spot && variant !== 'thread')
    expect(text.includes(spot.slice(1)), `${where}: spot, left out ${leftOut(post).join()}`).toBe(!leftOut(post).includes('spot'));
  // The parent's own words: in the story post, or said to be left out.
  const message = fact(story, 'message');
  if (message && variant === 'story')
    expect(text.includes(message) || leftOut(post).includes('story'), `${where}: the parent's message`).toBe(true);
  const tag = fact(story, 'tags').split(/[，,]/)[0] ?? '';
  const tagged = profile.formatTags([tag]).trim();
  if (tag && variant !== 'thread') expect(text.includes(tagged), `${where}: tags`).toBe(!leftOut(post).includes('tags'));
}

describe('an answer inside a sentence', () => {
  it.each([
    ['“我要妈妈，他们不是我爸爸妈妈。”', '“我要妈妈，他们不是我爸爸妈妈”'],
    ['"I want my mum."', '"I want my mum"'],
    ['「我要回家。」', '「我要回家」'],
    ['“救救我！”', '“救救我！”'],
    ['左耳后有胎记。', '左耳后有胎记'],
    ['他说“等一下”', '他说“等一下”'],
    ['“。”', ''],
  ])('%j ends as %j: the sentence gives the full stop', (answer, cleaned) => {
    expect(cleanEnd(answer)).toBe(cleaned);
  });
});

describe('the essentials stay in every post on every site', () => {
  it.each(Object.keys(REAL_STORIES).flatMap((name) => APP_LANGUAGES.map((lang) => [name, lang] as const)))(
    '%s in %s: who, when, where and whom to tell, in every variant on every site, with nothing essential left out',
    (name, lang) => {
      const story = storyWith(lang, REAL_STORIES[name]!);
      for (const profile of Object.values(PLATFORMS)) {
        const posts = composePosts({ story, profile, t: t[lang], today });
        for (const variant of VARIANTS) {
          checkPost(story, profile, variant, posts[variant]);
          // These stories fit everywhere once the place is shortened: nothing essential may go, nothing is cut.
          expect(
            leftOut(posts[variant]).filter((x) => ['name', 'date', 'place', 'police', 'cut'].includes(x)),
            `${profile.id} ${variant}`,
          ).toEqual([]);
        }
      }
    },
  );

  it('the short X post keeps the date and the place when there is room for them (it used to drop both with the spot)', () => {
    const story = storyWith('en', REAL_STORIES.mingming!);
    const alert = composePosts({ story, profile: PLATFORMS.x, t: t.en, today }).alert;
    expect(alert.parts[0]).toContain('Missing since 5 June 2019 from 广东省深圳市宝安区.');
    expect(alert.leftOut).toContain('spot');
  });

  it('shortens the place before anything else goes: the spot, then the province and district, down to the city', () => {
    const story = storyWith('en', [
      ['child.name', 'fullName', '欧阳娜娜娜娜娜娜娜娜娜娜'],
      ['child.name', 'nickname', '娜娜'],
      ['child.gender', 'gender', 'girl'],
      ['child.birth', 'ageWhenLost', '4'],
      ['day.when', 'date', '2011-01-01'],
      ['day.place', 'province', '新疆维吾尔自治区'],
      ['day.place', 'city', '伊犁哈萨克自治州'],
      ['day.place', 'district', '伊宁县'],
      ['day.place', 'spot', '很长的地点'.repeat(20)],
      ['help.case', 'station', '新疆维吾尔自治区伊犁哈萨克自治州伊宁县公安局刑侦大队'],
      ['help.case', 'stationPhone', '0999-1234567'],
    ]);
    const alert = composePosts({ story, profile: PLATFORMS.x, t: t.en, today }).alert;
    const text = alert.parts[0]!;
    expect(PLATFORMS.x.count(text).used).toBeLessThanOrEqual(280);
    expect(text).toContain('Missing since 1 January 2011 from 伊犁哈萨克自治州.');
    expect(text).toContain('(0999-1234567)');
    // Said in the order given up: the spot, the request to share, the place in full, then the age now.
    expect(alert.leftOut).toEqual(['spot', 'share', 'placeShort', 'ageNow']);
  });

  it('for random stories of a family and of an adult, on every site, in every variant: each post fits, and each essential is in it or said to be left out', () => {
    fc.assert(
      fc.property(randomAppealStory, (story) => {
        for (const profile of Object.values(PLATFORMS)) {
          const posts = composePosts({ story, profile, t: t[story.language], today });
          for (const variant of VARIANTS) {
            checkPost(story, profile, variant, posts[variant]);
            // What an adult knows of the family who raised or sold them is for the police only.
            for (const part of [...posts[variant].parts, posts[variant].title ?? '']) expect(part).not.toContain(PRIVATE_MARK);
          }
        }
      }),
      { numRuns: 160 },
    );
  }, 120_000);
});
