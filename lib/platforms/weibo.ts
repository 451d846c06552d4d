import { measure, tokenize } from '@/lib/text/segments';
import type { PlatformProfile } from './types';

/**
 * Sina Weibo. Counting: the documented legacy rule (WeCase/WeCase `tweetLength`): U+0000–U+00FF weigh half a 字,
 * other BMP characters one, characters outside the BMP (most emoji) two; a link costs 10 字; the total is
 * rounded up. Limit 2,000 字; the feed folds after about 140 字 behind "全文".
 * Real pages to check by hand: weibo.com home feed box, the "写微博" pop-up, m.weibo.cn/compose.
 */
const HALF_UNITS_PER_LINK = 20;

function halfUnits(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp <= 0xff ? 1 : cp <= 0xffff ? 2 : 4;
  }
  return n;
}

export const weibo: PlatformProfile = {
  id: 'weibo',
  hosts: ['weibo.com', 'weibo.cn'],
  limit: 2000,
  fold: 140,
  count(text, limit = 2000) {
    // Measured in half-字 so the rounding happens once, at the end, as Weibo's counter does.
    const { used, fitsUntil } = measure(tokenize(text), (t) => (t.kind === 'url' ? HALF_UNITS_PER_LINK : halfUnits(t.text)), limit * 2);
    return { used: Math.ceil(used / 2), limit, fitsUntil };
  },
  // Weibo topics are wrapped: #话题#
  formatTags: (tags) =>
    tags
      .map((t) => t.replace(/#/g, '').trim())
      .filter(Boolean)
      .map((t) => `#${t}#`)
      .join(' '),
  thread: null,
  maxImages: 9,
  editor: 'textarea',
};
