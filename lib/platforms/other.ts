import { measure, tokenize } from '@/lib/text/segments';
import { hashTags, type PlatformProfile } from './types';

/** Any other page: no limit, no compose box to fill; the text is copied for the person to paste. */
export const other: PlatformProfile = {
  id: 'other',
  hosts: [],
  limit: Number.POSITIVE_INFINITY,
  count(text, limit = Number.POSITIVE_INFINITY) {
    const { used, fitsUntil } = measure(tokenize(text), () => 1, limit);
    return { used, limit, fitsUntil };
  },
  formatTags: hashTags,
  thread: null,
  maxImages: 0,
  editor: 'none',
};
