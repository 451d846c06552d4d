import type { PageHints } from '@/lib/platforms';

/**
 * What a page says about itself: Mastodon's web app embeds its state, with the server's own post limit, in
 * <script id="initial-state"> (configuration.statuses.max_characters; older servers and forks: max_toot_chars).
 */
export function probePage(doc: Document): PageHints {
  const raw = doc.querySelector('script#initial-state')?.textContent;
  if (!raw) return { mastodon: doc.querySelector('#mastodon[data-props], body.app-body #mastodon') !== null };
  try {
    const state = JSON.parse(raw) as {
      configuration?: { statuses?: { max_characters?: unknown } };
      max_toot_chars?: unknown;
      compose?: unknown;
      meta?: unknown;
    };
    const limit = state.configuration?.statuses?.max_characters ?? state.max_toot_chars;
    const looksLikeMastodon = state.meta !== undefined || state.compose !== undefined || limit !== undefined;
    return {
      mastodon: looksLikeMastodon,
      ...(typeof limit === 'number' && limit > 0 ? { maxCharacters: limit } : {}),
    };
  } catch {
    return { mastodon: false };
  }
}
