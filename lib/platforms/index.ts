import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { mastodon } from './mastodon';
import { other } from './other';
import { threads } from './threads';
import { weibo } from './weibo';
import { x } from './x';
import { xiaohongshu } from './xiaohongshu';
import { hostMatches, type PlatformId, type PlatformProfile } from './types';

export const PLATFORMS: Readonly<Record<PlatformId, PlatformProfile>> = {
  weibo,
  x,
  mastodon,
  bluesky,
  threads,
  facebook,
  xiaohongshu,
  other,
};

/** What the page itself says, read by the content script: Mastodon runs on any host. */
export interface PageHints {
  /** The page carries Mastodon's web app (its initial-state script or meta tags). */
  readonly mastodon?: boolean;
  /** The server's own limit, when the page exposes it. */
  readonly maxCharacters?: number;
}

export interface Detected {
  readonly profile: PlatformProfile;
  /** The limit in force on this page (a Mastodon server's own, or the profile's). */
  readonly limit: number;
}

/** Which site a tab is on, from its address and, for Mastodon, from what the page says. */
export function detectPlatform(url: string | undefined, hints: PageHints = {}): Detected {
  let host = '';
  try {
    const u = new URL(url ?? '');
    if (u.protocol === 'https:' || u.protocol === 'http:') host = u.hostname;
  } catch {
    // not a web page (a new tab, the extensions page…)
  }
  for (const profile of Object.values(PLATFORMS)) {
    if (profile.hosts.length > 0 && hostMatches(host, profile.hosts)) return { profile, limit: profile.limit };
  }
  if (host && hints.mastodon) {
    const limit = hints.maxCharacters && hints.maxCharacters > 0 ? hints.maxCharacters : mastodon.limit;
    return { profile: mastodon, limit };
  }
  return { profile: other, limit: other.limit };
}

export type { PlatformId, PlatformProfile } from './types';
