import { measure, tokenize } from '@/lib/text/segments';
import { hashTags, type PlatformProfile } from './types';

/**
 * Facebook. 63,206 characters (UTF-16 units, as the limit has always been documented); no threads.
 * Real pages to check by hand: facebook.com "What's on your mind?" dialog, a group post box.
 */
export const facebook: PlatformProfile = {
  id: 'facebook',
  hosts: ['facebook.com'],
  limit: 63_206,
  count(text, limit = 63_206) {
    const { used, fitsUntil } = measure(tokenize(text), (t) => t.text.length, limit);
    return { used, limit, fitsUntil };
  },
  formatTags: hashTags,
  thread: null,
  maxImages: 30,
  editor: 'lexical',
};
