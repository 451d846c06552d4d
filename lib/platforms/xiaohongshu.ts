import { measure, tokenize } from '@/lib/text/segments';
import { hashTags, type PlatformProfile, type TextCount } from './types';

/**
 * Xiaohongshu (小红书). A title of 20 字 and a body of 1,000 字, where a UTF-16 unit above 127 is 2 bytes, ASCII 1,
 * and 字 = ceil(bytes / 2) (xpzouying/xiaohongshu-mcp pkg/xhsutil/title.go). Topics become links only when
 * picked from the site's suggestion list, so Homeward writes them as plain #text for the person to confirm.
 * Real pages to check by hand: creator.xiaohongshu.com/publish/publish (image post: title input, body editor).
 */
function xhsCount(text: string, limit: number): TextCount {
  const { used, fitsUntil } = measure(
    tokenize(text),
    (t) => {
      let bytes = 0;
      for (let i = 0; i < t.text.length; i++) bytes += t.text.charCodeAt(i) > 127 ? 2 : 1;
      return bytes;
    },
    limit * 2,
  );
  return { used: Math.ceil(used / 2), limit, fitsUntil };
}

export const xiaohongshu: PlatformProfile = {
  id: 'xiaohongshu',
  hosts: ['xiaohongshu.com'],
  limit: 1000,
  count: (text, limit = 1000) => xhsCount(text, limit),
  title: { limit: 20, count: (text) => xhsCount(text, 20) },
  formatTags: hashTags,
  thread: null,
  maxImages: 18,
  editor: 'prosemirror',
};
