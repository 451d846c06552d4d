import { graphemeCount, measure, tokenize } from '@/lib/text/segments';
import { hashTags, type PlatformProfile } from './types';

/**
 * Mastodon, on any server. Counting follows app/javascript/mastodon/features/compose/util/counter.ts and
 * StatusLengthValidator: graphemes, each http(s) link as 23, `@user@host` as `@user`. The limit is the
 * server's own (`configuration.statuses.max_characters`), 500 by default.
 * Real pages to check by hand: mastodon.social/home, a server with a higher limit (e.g. a glitch-soc one).
 */
const URL_WEIGHT = 23;

export const mastodon: PlatformProfile = {
  id: 'mastodon',
  hosts: [],
  limit: 500,
  count(text, limit = 500) {
    // The "@host" of a remote mention costs nothing.
    const free = new Set<number>();
    for (const m of text.matchAll(/(^|[^/\w])@([a-z0-9_]+)(@[a-z0-9.-]+[a-z0-9]+)/gi)) {
      const hostStart = m.index + (m[1]?.length ?? 0) + 1 + (m[2]?.length ?? 0);
      for (let i = hostStart; i < hostStart + (m[3]?.length ?? 0); i++) free.add(i);
    }
    const { used, fitsUntil } = measure(
      tokenize(text),
      (t) => {
        if (t.kind === 'url') {
          // Only links with a scheme are links to Mastodon; a bare domain counts letter by letter.
          if (/^https?:\/\//i.test(t.text)) return URL_WEIGHT;
          return graphemeCount(t.text);
        }
        return free.has(t.start) ? 0 : 1;
      },
      limit,
    );
    return { used, limit, fitsUntil };
  },
  formatTags: hashTags,
  thread: { maxParts: 25 },
  maxImages: 4,
  editor: 'react-textarea',
};
