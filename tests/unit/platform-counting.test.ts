import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { RichText } from '@atproto/api';
import { PLATFORMS, detectPlatform } from '@/lib/platforms';
import { shortLink } from '@/lib/platforms/bluesky';
import { graphemes } from '@/lib/text/segments';

// Pieces real appeals are made of: CJK and full-width punctuation, emoji ZWJ sequences and flags,
// combining marks, links with and without a scheme, tags and mentions, Latin words.
const PIECES = [
  '寻',
  '找',
  '明',
  '孩子',
  '，',
  '。',
  '！',
  '？',
  '「',
  '」',
  '《',
  '》',
  '（',
  '）',
  ' ',
  '\n',
  '\n\n',
  '　',
  'Mingming',
  'a',
  'Li',
  '4',
  '2019',
  '😀',
  '👨‍👩‍👧',
  '👍🏽',
  '🇨🇳',
  '🇹🇼',
  '❤️',
  'é',
  '字\uFE0F',
  'https://example.com/a/very/long/path/that/goes/on',
  'https://weibo.com/u/123',
  'example.com',
  'bsky.app/profile/x',
  '#寻亲',
  '#FindMingming',
  '@user',
  '@user@mastodon.social',
] as const;
// Links, tags and mentions stand apart from the words around them, as people write them.
const appealText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 120 })
  .map((parts) => parts.map((p) => (/^[#@]|\.|:\/\//.test(p) ? ` ${p} ` : p)).join(''));

const boundaries = (text: string) => {
  const set = new Set<number>([0]);
  let i = 0;
  for (const g of graphemes(text)) set.add((i += g.length));
  return set;
};

/** Mastodon's own counter (app/javascript/mastodon/features/compose/util/counter.ts), ported for reference. */
function mastodonReference(text: string): number {
  const countable = text
    .replace(
      /https?:\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff<>"]+/gi,
      (url) => `${'x'.repeat(23)}${url.match(/[.,;:!?)\]}'"’”]+$/)?.[0] ?? ''}`,
    )
    .replace(/(^|[^/\w])@(([a-z0-9_]+)@[a-z0-9.-]+[a-z0-9]+)/gi, '$1@$3');
  return graphemes(countable).length;
}

/** Bluesky's composer: graphemes after each detected link is shown in its short form. */
function blueskyReference(text: string): number {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const bytes = new TextEncoder().encode(text);
  let out = '';
  let pos = 0;
  for (const f of [...(rt.facets ?? [])].sort((a, b) => a.index.byteStart - b.index.byteStart)) {
    const link = f.features.find((x) => x.$type === 'app.bsky.richtext.facet#link') as { uri: string } | undefined;
    if (!link) continue;
    out += new TextDecoder().decode(bytes.slice(pos, f.index.byteStart)) + shortLink(link.uri);
    pos = f.index.byteEnd;
  }
  out += new TextDecoder().decode(bytes.slice(pos));
  return graphemes(out).length;
}

describe('X counts exactly as twitter-text', () => {
  it.each([
    ['你好', 4],
    ['hello', 5],
    ['寻'.repeat(140), 280],
    ['👨‍👩‍👧', 2],
    ['🇨🇳', 2],
    ['see example.com', 27],
    ['看 https://weibo.com/u/123 吧', 2 + 1 + 23 + 1 + 2],
    ['“再来一个！”', 12],
  ])('%j weighs %i', (text, weight) => {
    expect(PLATFORMS.x.count(text).used).toBe(weight);
  });

  it('agrees with parseTweet on random appeal text, and stops fitting where it does (property)', () => {
    fc.assert(
      fc.property(appealText, (text) => {
        const ref = twitterText.parseTweet(text);
        const mine = PLATFORMS.x.count(text);
        expect(mine.used).toBe(ref.weightedLength);
        expect(twitterText.parseTweet(text.slice(0, mine.fitsUntil)).valid || mine.fitsUntil === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Mastodon counts as its own counter', () => {
  it.each([
    ['你好', 2],
    ['👨‍👩‍👧🇨🇳', 2],
    ['@user@mastodon.social hi', 8],
    ['https://example.com/a/very/long/path/that/goes/on', 23],
    ['example.com', 11],
  ])('%j counts %i', (text, n) => {
    expect(PLATFORMS.mastodon.count(text).used).toBe(n);
  });

  it('agrees with the reference on random appeal text (property)', () => {
    fc.assert(
      fc.property(appealText, (text) => {
        expect(PLATFORMS.mastodon.count(text).used).toBe(mastodonReference(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Bluesky counts graphemes with links shortened as its composer does', () => {
  it('shortens links like the composer', () => {
    expect(shortLink('https://example.com/very/long/path/here')).toBe('example.com/very/long/pa...');
    expect(shortLink('https://example.com/')).toBe('example.com');
    expect(shortLink('https://example.com/short')).toBe('example.com/short');
  });

  it('agrees with @atproto/api RichText on random appeal text (property)', () => {
    fc.assert(
      fc.property(appealText, (text) => {
        expect(PLATFORMS.bluesky.count(text).used).toBe(blueskyReference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('also stops at 3,000 UTF-8 bytes', () => {
    const text = '😀'.repeat(290) + '字'.repeat(10); // 300 graphemes, 1,190 bytes: fits
    expect(PLATFORMS.bluesky.count(text).fitsUntil).toBe(text.length);
    const heavy = '👨‍👩‍👧'.repeat(200); // 200 graphemes but 3,600 bytes
    const c = PLATFORMS.bluesky.count(heavy);
    expect(new TextEncoder().encode(heavy.slice(0, c.fitsUntil)).length).toBeLessThanOrEqual(3000);
    // cut between whole families: 166 of them (18 bytes each)
    expect(c.fitsUntil).toBe(166 * '👨‍👩‍👧'.length);
  });
});

describe('Weibo, Xiaohongshu, Threads, Facebook', () => {
  it.each([
    ['你好', 2],
    ['hello', 3], // 2.5 rounds up
    ['ab', 1],
    ['😀', 2],
    ['，。', 2],
    ['看 https://weibo.com/u/123', 2 + 10],
    ['寻'.repeat(140), 140],
  ])('Weibo: %j is %i 字', (text, n) => {
    expect(PLATFORMS.weibo.count(text).used).toBe(n);
  });

  it('Xiaohongshu: title 20 字, body 1,000 字, bytes / 2 rounded up', () => {
    const xhs = PLATFORMS.xiaohongshu;
    expect(xhs.title?.count('寻找明明').used).toBe(4);
    expect(xhs.title?.count('Find Mingming').used).toBe(7);
    const long = '寻'.repeat(21);
    expect(xhs.title?.count(long).fitsUntil).toBe(20);
    expect(xhs.count('寻'.repeat(1000)).fitsUntil).toBe(1000);
    expect(xhs.count('寻'.repeat(1001)).fitsUntil).toBe(1000);
  });

  it('Threads: an emoji weighs its UTF-8 bytes', () => {
    expect(PLATFORMS.threads.count('寻人😀').used).toBe(2 + 4);
    expect(PLATFORMS.threads.count('👨‍👩‍👧').used).toBe(18);
  });

  it('Facebook: UTF-16 units', () => {
    expect(PLATFORMS.facebook.count('寻人😀').used).toBe(4);
  });
});

describe('every site', () => {
  it('never cuts inside a grapheme or a link (property)', () => {
    fc.assert(
      fc.property(appealText, fc.constantFrom(...Object.values(PLATFORMS)), fc.integer({ min: 1, max: 200 }), (text, p, limit) => {
        const { fitsUntil } = p.count(text, limit);
        expect(boundaries(text).has(fitsUntil)).toBe(true);
        const kept = text.slice(0, fitsUntil);
        for (const url of ['https://example.com/a/very/long/path/that/goes/on', 'https://weibo.com/u/123']) {
          const at = text.indexOf(url);
          if (at >= 0 && at < fitsUntil) expect(kept.includes(url.slice(0, fitsUntil - at)) && fitsUntil >= at + url.length).toBe(true);
        }
        expect(p.count(kept, limit).used).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 400 },
    );
  });
});

describe('tags', () => {
  const tags = ['寻找明明', '宝贝回家', '寻亲，谢谢'];
  it.each([
    ['weibo', '#寻找明明# #宝贝回家# #寻亲，谢谢#'],
    ['x', '#寻找明明 #宝贝回家 #寻亲谢谢'],
    ['bluesky', '#寻找明明 #宝贝回家 #寻亲谢谢'],
    ['threads', '#寻找明明'],
    ['mastodon', '#寻找明明 #宝贝回家 #寻亲谢谢'],
  ] as const)('%s: %s', (id, expected) => {
    expect(PLATFORMS[id].formatTags(tags)).toBe(expected);
  });
});

describe('detectPlatform', () => {
  it.each([
    ['https://weibo.com/u/123', 'weibo'],
    ['https://m.weibo.cn/compose', 'weibo'],
    ['https://x.com/home', 'x'],
    ['https://mobile.twitter.com/', 'x'],
    ['https://bsky.app/', 'bluesky'],
    ['https://www.threads.net/', 'threads'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://www.xiaohongshu.com/explore', 'xiaohongshu'],
    ['https://creator.xiaohongshu.com/publish/publish', 'xiaohongshu'],
    ['https://notweibo.com/', 'other'],
    ['chrome://newtab/', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (url, id) => {
    expect(detectPlatform(url).profile.id).toBe(id);
  });

  it('recognises Mastodon on any host from the page, with that server’s own limit', () => {
    expect(detectPlatform('https://hachyderm.io/home', { mastodon: true, maxCharacters: 1000 })).toMatchObject({
      profile: { id: 'mastodon' },
      limit: 1000,
    });
    expect(detectPlatform('https://mastodon.social/home', { mastodon: true }).limit).toBe(500);
    expect(detectPlatform('https://mastodon.social/home').profile.id).toBe('other');
  });
});
