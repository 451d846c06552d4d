/**
 * The sites Homeward may work on, as match patterns: the content script runs there, and the panel may read
 * those tabs' addresses. Nothing else (Mastodon servers are asked for one by one, at run time).
 * `*.` also matches the bare domain.
 */
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
] as const;
