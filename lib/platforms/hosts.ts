/**
 * The sites Homeward may work on, as match patterns: the content script runs there, and the panel may read
 * those tabs' addresses. Nothing else (Mastodon servers are asked for one by one, at run time).
 * `*.` also matches the bare domain.
 */
/**
 * The largest Mastodon servers, where Homeward works from the start. Any other server is recognised from
 * the page itself once the person has allowed Homeward there.
 */
export const MASTODON_SERVERS = [
  'mastodon.social',
  'mastodon.online',
  'mstdn.social',
  'mas.to',
  'mastodon.world',
  'hachyderm.io',
  'infosec.exchange',
  'fosstodon.org',
] as const;

export const CONTENT_SCRIPT_MATCHES = [
  'https://*.weibo.com/*',
  'https://*.weibo.cn/*',
  'https://*.x.com/*',
  'https://*.twitter.com/*',
  'https://*.bsky.app/*',
  'https://*.threads.net/*',
  'https://*.threads.com/*',
  'https://*.facebook.com/*',
  'https://*.xiaohongshu.com/*',
  ...MASTODON_SERVERS.map((host) => `https://${host}/*` as const),
] as const;
