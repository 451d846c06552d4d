import { beforeAll, describe, expect, it } from 'vitest';
import { composePosts, VARIANTS, type Post, type Translate } from '@/lib/compose/posts';
import { PLATFORMS } from '@/lib/platforms';
import { createI18n } from '@/lib/i18n/i18n';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { appealFacts, factsFor } from '@/lib/kinds/facts';
import { CHEN_JING, MINGMING, SEEN_AT_STATION, storyWith, type AnswerRow } from '../helpers/stories';

/*
 * The posts of an adult looking for their birth family (宝贝寻家): the same composer, the same exact counting
 * and the same trimming as a family's, in their own voice. Read the pinned posts aloud before changing them:
 * they are what a person who was taken as a child publishes about themselves.
 */

const today = '2026-11-29';
const t = {} as Record<AppLanguage, Translate>;
beforeAll(async () => {
  for (const lang of APP_LANGUAGES) t[lang] = (await createI18n(lang)).getFixedT(lang) as unknown as Translate;
});

const PRIVATE = CHEN_JING.find(([q]) => q === 'arrival.private')![2];
const adultStory = (language: AppLanguage, rows: readonly AnswerRow[] = CHEN_JING) => storyWith(language, rows, 'adult-seeking-family');
const posts = (language: AppLanguage, site: keyof typeof PLATFORMS, rows: readonly AnswerRow[] = CHEN_JING) =>
  composePosts({ story: adultStory(language, rows), profile: PLATFORMS[site], t: t[language], today });
const allText = (post: Post) => [...post.parts, post.title ?? ''].filter(Boolean).join('\n');

/** What only a family's appeal says: never in an adult's post. */
const FAMILY_WORDS =
  /走失|你见过|你見過|家长|家長|【寻人】|【尋人】|Have you seen|Missing since|when lost|HELP FIND|at home\)|our child|我们的孩子|tell the police|告诉警方|派出所/u;

describe('an adult’s posts, in their own voice', () => {
  it('Weibo, in Chinese: the whole story, facts first, their memories under their own headings, how to reach them', () => {
    const story = posts('zh-CN', 'weibo').story;
    expect(story.parts).toEqual([
      [
        '【寻亲】我在寻找亲生家人。你认得我吗？',
        '陈静（小时候叫妞妞），女，1988年出生，来时约4岁，现在37至38岁。1992年来到福建省莆田市仙游县的养父母家。',
        '',
        '特征：左肩有一块圆形胎记，右眉上方有一道小疤。',
        '',
        '【我记得的】',
        '我有一个哥哥，我叫他“哥哥”；奶奶养了很多鸡。',
        '我管妈妈叫“阿姆”。',
        '红砖房子，门前有一条河，不远处有铁路桥，四周是稻田。',
        '常吃酸菜；有一次掉进了池塘。🦆',
        '',
        '【我是怎么来的】',
        '我记得坐了很久的火车，一个阿姨一直给我糖吃。',
        '',
        '【这些年】',
        '每年生日，我都想妈妈是不是也在想我。',
        '',
        '【想对爸爸妈妈说】',
        '爸爸妈妈，我过得很好。我找了你们十年。',
        '',
        '请帮忙转发，让我的家人能看到。如果你认得我，请私信我。宝贝回家寻家编号：12345。我已在公安机关采血。',
        '#宝贝寻家# #寻亲#',
      ].join('\n'),
    ]);
    expect(story.words).toBe('all');
    expect(story.leftOut).toEqual([]);
  });

  it('Weibo, in English: the same, in English words around their own', () => {
    expect(posts('en', 'weibo').story.parts[0]).toBe(
      [
        'LOOKING FOR MY BIRTH FAMILY',
        'Do you know who I am?',
        '陈静 (called 妞妞 as a child), woman, born 1988, about 4 when I arrived, now 37–38. With the family that raised me since 1992, in 福建省莆田市仙游县.',
        '',
        'Marks: 左肩有一块圆形胎记，右眉上方有一道小疤.',
        '',
        'What I remember:',
        '我有一个哥哥，我叫他“哥哥”；奶奶养了很多鸡。',
        '我管妈妈叫“阿姆”。',
        '红砖房子，门前有一条河，不远处有铁路桥，四周是稻田。',
        '常吃酸菜；有一次掉进了池塘。🦆',
        '',
        'How I came to them:',
        '我记得坐了很久的火车，一个阿姨一直给我糖吃。',
        '',
        'All these years:',
        '每年生日，我都想妈妈是不是也在想我。',
        '',
        'To my mother and father:',
        '爸爸妈妈，我过得很好。我找了你们十年。',
        '',
        'Please share this, so that my family might see it. If you recognise me, please send me a private message. Baobei Huijia (宝贝回家) registration number: 12345. I have given a DNA sample to the police.',
        '#宝贝寻家# #寻亲#',
      ].join('\n'),
    );
  });

  it('X, in Chinese and in English: who they are, when and where they came, and how to reach them, within 280', () => {
    const zh = posts('zh-CN', 'x').story;
    expect(zh.parts[0]).toBe(
      [
        '【寻亲】我在寻找亲生家人。你认得我吗？',
        '陈静（小时候叫妞妞），女，1988年出生，来时约4岁，现在37至38岁。1992年来到福建省莆田市仙游县的养父母家。',
        '【想对爸爸妈妈说】',
        '爸爸妈妈，我过得很好。',
        '请帮忙转发，让我的家人能看到。如果你认得我，请私信我。宝贝回家寻家编号：12345。',
      ].join('\n'),
    );
    expect(zh.words).toBe('some');
    const en = posts('en', 'x');
    for (const post of [zh, en.story, en.alert]) {
      expect(PLATFORMS.x.count(post.parts[0]!).used).toBeLessThanOrEqual(280);
      expect(post.parts[0]).toContain('陈静');
    }
    expect(en.story.parts[0]).toContain('With the family that raised me since 1992');
    expect(en.story.parts[0]).toContain('If you recognise me, please send me a private message.');
  });

  it('the anniversary update: how long since they were parted, their age now, that they never stopped looking', () => {
    const update = posts('zh-CN', 'weibo').update.parts[0]!;
    expect(update.split('\n').slice(0, 2)).toEqual([
      '【寻亲】我在寻找亲生家人。你认得我吗？',
      '1992年，我和亲生家人失散了。今年我37至38岁了。我从来没有停止寻找家人。',
    ]);
    const exact = posts('en', 'weibo', [...CHEN_JING.filter(([q]) => q !== 'arrival.when'), ['arrival.when', 'date', '1992-03-15']]);
    expect(exact.update.parts[0]).toContain(
      'It has been 34 years since I was parted from my birth family. Today I am 38. I have never stopped looking for my family.',
    );
    // A full date reads as one in English too: "since 15 March 1992", never "in 15 March 1992".
    expect(exact.update.parts[0]).toContain('With the family that raised me since 15 March 1992, in 福建省莆田市仙游县.');
  });

  it('on every site, in every variant and language: fits by the site’s counting, never a family’s words, never what is private', () => {
    for (const language of APP_LANGUAGES)
      for (const site of Object.keys(PLATFORMS) as (keyof typeof PLATFORMS)[]) {
        const all = posts(language, site);
        for (const variant of VARIANTS) {
          const post = all[variant];
          const where = `${language} ${site} ${variant}`;
          for (const part of post.parts) expect(PLATFORMS[site].count(part).used, where).toBeLessThanOrEqual(PLATFORMS[site].limit);
          const text = allText(post);
          expect(text, where).not.toMatch(FAMILY_WORDS);
          expect(text, where).not.toContain(PRIVATE);
          expect(text, where).not.toContain('养父说');
          // Whom to tell is always theirs, and nothing essential is given up on any site.
          expect(text, where).toMatch(/请私信我|請私訊我|send me a private message/u);
          expect(
            post.leftOut.filter((x) => ['name', 'date', 'place', 'police', 'cut'].includes(x)),
            where,
          ).toEqual([]);
        }
      }
  });

  it('what they know of the family who raised or sold them stays private, even when it is all the story holds', () => {
    const secret = '养父母住在仙游县某村，养父的电话 139 1234 5678';
    for (const language of APP_LANGUAGES)
      for (const site of Object.keys(PLATFORMS) as (keyof typeof PLATFORMS)[]) {
        const all = posts(language, site, [
          ['me.name', 'nowName', '陈静'],
          ['arrival.private', 'details', secret],
        ]);
        for (const variant of VARIANTS) {
          expect(allText(all[variant])).not.toContain(secret);
          expect(allText(all[variant])).not.toContain('139 1234 5678');
        }
      }
  });

  it('how to reach them, as they chose: the volunteers, with or without a contact; their own number, after the scam warning', () => {
    const base = CHEN_JING.filter(([q]) => q !== 'search.contact');
    const ask = (language: AppLanguage, rows: readonly AnswerRow[]) => posts(language, 'weibo', [...base, ...rows]).alert.parts[0]!;
    expect(ask('zh-CN', [['search.contact', 'mode', 'volunteers']])).toContain(
      '如果你认得我，请联系宝贝回家志愿者。宝贝回家寻家编号：12345。',
    );
    expect(
      ask('zh-CN', [
        ['search.contact', 'mode', 'volunteers'],
        ['search.contact', 'detail', '志愿者小李 微信 xiaoli2020。'],
      ]),
    ).toContain('如果你认得我，请联系宝贝回家志愿者：志愿者小李 微信 xiaoli2020。');
    const own: AnswerRow[] = [
      ['search.contact', 'mode', 'personal'],
      ['search.contact', 'detail', '138 0000 0000'],
    ];
    expect(ask('zh-CN', own)).toContain('如果你认得我，请联系我本人：138 0000 0000。请勿相信任何索要钱财的“线索”。');
    expect(ask('en', own)).toContain('If you recognise me, you can reach me at 138 0000 0000. Never pay anyone for information.');
    expect(ask('zh-TW', own)).toContain('如果你認得我，請聯絡我本人：138 0000 0000。請勿相信任何索取錢財的「線索」。');
    // Said once: the contact is their whom-to-tell line, not a second "family contact".
    expect(ask('zh-CN', own).match(/138 0000 0000/g)).toHaveLength(1);
  });

  it('an empty story and a half-empty one: only what is known, no stray name, no empty line, no placeholder', () => {
    for (const language of APP_LANGUAGES) {
      const empty = posts(language, 'weibo', []);
      for (const variant of VARIANTS) {
        const text = allText(empty[variant]);
        expect(text).not.toMatch(/\{\{|undefined|null|\n\n\n|^\n|(?:^|\n)(?:我|Me)[。.]/u);
        expect(text).not.toMatch(FAMILY_WORDS);
      }
      expect(empty.story.parts[0]).toBe(
        {
          'zh-CN': '【寻亲】我在寻找亲生家人。你认得我吗？\n\n请帮忙转发，让我的家人能看到。如果你认得我，请私信我。',
          'zh-TW': '【尋親】我在尋找親生家人。你認得我嗎？\n\n請幫忙轉發，讓我的家人能看到。如果你認得我，請私訊我。',
          en: 'LOOKING FOR MY BIRTH FAMILY\nDo you know who I am?\n\nPlease share this, so that my family might see it. If you recognise me, please send me a private message.',
        }[language],
      );
    }
    const half: AnswerRow[] = [
      ['me.name', 'earlierName', '小名：妞妞'],
      ['arrival.when', 'date', '1992年春天'],
      ['arrival.place', 'city', '莆田市'],
      ['search.registered', 'registered', 'yes'],
      ['search.registered', 'number', '寻家编号：12345'],
      ['search.contact', 'mode', 'volunteers'],
    ];
    expect(posts('zh-CN', 'weibo', half).alert.parts[0]).toBe(
      '【寻亲】我在寻找亲生家人。你认得我吗？\n妞妞。1992年来到莆田市的养父母家。\n请帮忙转发，让我的家人能看到。如果你认得我，请联系宝贝回家志愿者。宝贝回家寻家编号：12345。',
    );
    expect(posts('en', 'weibo', half).alert.parts[0]).toBe(
      'LOOKING FOR MY BIRTH FAMILY\nDo you know who I am?\n妞妞. With the family that raised me since 1992, in 莆田市.\nPlease share this, so that my family might see it. If you recognise me, please contact the Baobei Huijia (宝贝回家) volunteers. Baobei Huijia (宝贝回家) registration number: 12345.',
    );
    // A number that begins with letters like a label's ("NO-0A") is the number itself; "No. 12345" is a label.
    const numbered = (number: string) =>
      posts('zh-CN', 'weibo', [...half.filter(([, p]) => p !== 'number'), ['search.registered', 'number', number]]).alert.parts[0];
    expect(numbered('NO-0A')).toContain('宝贝回家寻家编号：NO-0A。');
    expect(numbered('No. 12345')).toContain('宝贝回家寻家编号：12345。');
    expect(numbered('Number: 12345')).toContain('宝贝回家寻家编号：12345。');
    // A registration number not registered ("no") is not published.
    expect(posts('zh-CN', 'weibo', [...half, ['search.registered', 'registered', 'no']]).alert.parts[0]).not.toContain('12345');
  });

  it('Xiaohongshu’s title is theirs', () => {
    expect(posts('zh-CN', 'xiaohongshu').story.title).toBe('寻亲：帮我找到家人');
    expect(posts('en', 'xiaohongshu').story.title).toBe('Help me find my family');
  });
});

describe('which facts a story’s posts are written from', () => {
  it('a family’s, an adult’s, and none for a witness (whose report is private, to the police)', () => {
    expect(factsFor(storyWith('zh-CN', MINGMING), today)?.voice).toBe('family');
    const adult = appealFacts(adultStory('zh-CN'), today);
    expect(adult).toMatchObject({ voice: 'adult', name: '陈静', nickname: '妞妞', gender: 'girl', birthDate: '1988', lostDate: '1992' });
    expect(adult).toMatchObject({
      area: '福建省莆田市仙游县',
      dna: 'yes',
      caseNumber: '12345',
      contactMode: 'messages',
      tags: ['宝贝寻家', '寻亲'],
    });
    // Nothing in the facts holds the private answer.
    expect(JSON.stringify(adult)).not.toContain('养父说');
    const seen = storyWith('zh-CN', SEEN_AT_STATION, 'sighting');
    expect(factsFor(seen, today)).toBeNull();
    expect(() => composePosts({ story: seen, profile: PLATFORMS.weibo, t: t['zh-CN'], today })).toThrow();
  });
});
