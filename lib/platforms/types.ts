/** The sites Homeward writes for, plus "any other page" (copy only). */
export const PLATFORM_IDS = ['weibo', 'x', 'mastodon', 'bluesky', 'threads', 'facebook', 'xiaohongshu', 'other'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export interface TextCount {
  /** In the site's own unit, the number its own counter shows. */
  readonly used: number;
  readonly limit: number;
  /** UTF-16 offset where the text stops fitting (its length when all of it fits); never inside a grapheme or link. */
  readonly fitsUntil: number;
}

/** How the site's compose box takes text; the content script picks its technique from this. */
export type EditorKind = 'textarea' | 'react-textarea' | 'draft-js' | 'lexical' | 'prosemirror' | 'none';

export interface PlatformProfile {
  readonly id: PlatformId;
  /** Host names, subdomains included. Empty for Mastodon (any host) and "other". */
  readonly hosts: readonly string[];
  /** Default limit; Mastodon servers set their own. */
  readonly limit: number;
  /** Counts as the site's own counter does. */
  count(text: string, limit?: number): TextCount;
  /** Topic tags written the way this site recognises them. */
  formatTags(tags: readonly string[]): string;
  /** Characters the feed shows before folding the post ("全文" on Weibo). */
  readonly fold?: number;
  /** Thread support: how many parts one thread may have, or null when the site has no threads. */
  readonly thread: { readonly maxParts: number } | null;
  readonly maxImages: number;
  /** Xiaohongshu posts have a separate title with its own limit. */
  readonly title?: { readonly limit: number; count(text: string): TextCount };
  readonly editor: EditorKind;
}

export function hostMatches(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return hosts.some((base) => h === base || h.endsWith(`.${base}`));
}

/** Tag text without the characters that end a tag on most sites (spaces, punctuation, '#'). */
export function cleanTag(tag: string): string {
  return tag.replace(/^#+|#+$/g, '').replace(/[^\p{L}\p{M}\p{N}_]/gu, '');
}

/** `#tag #tag`: the plain form most sites take (letters, digits and _ only, separated by spaces). */
export function hashTags(tags: readonly string[]): string {
  return tags
    .map(cleanTag)
    .filter(Boolean)
    .map((t) => `#${t}`)
    .join(' ');
}
