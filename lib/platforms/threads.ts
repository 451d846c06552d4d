import { graphemeCount, isEmoji, measure, tokenize, utf8Bytes, type Token } from '@/lib/text/segments';
import { cleanTag, type PlatformProfile } from './types';

/**
 * Threads. 500 characters; Meta's API docs say an emoji counts as its UTF-8 byte length. One topic tag per post.
 * Real pages to check by hand: threads.net (threads.com) "New thread" dialog, "Add to thread".
 */
export const threads: PlatformProfile = {
  id: 'threads',
  hosts: ['threads.net', 'threads.com'],
  limit: 500,
  count(text, limit = 500) {
    const cost = (t: Token) => (t.kind === 'url' ? graphemeCount(t.text) : isEmoji(t.text) ? utf8Bytes(t.text) : 1);
    const { used, fitsUntil } = measure(tokenize(text), cost, limit);
    return { used, limit, fitsUntil };
  },
  // Only the first tag becomes a topic.
  formatTags: (tags) => {
    const first = tags.map(cleanTag).find(Boolean);
    return first ? `#${first}` : '';
  },
  thread: { maxParts: 10 },
  maxImages: 20,
  editor: 'lexical',
};
