/**
 * The content security policy of Homeward's own pages (the panel, its decode worker, the background): a second
 * line of defence behind sanitising, since the panel shows text from arbitrary web pages (issue 13). Nothing
 * is loaded from anywhere but the extension itself: no remote script, image, style, font, frame or
 * connection; no plugin; no form sent anywhere; no `<base>`. Photos show through `blob:` object URLs and
 * canvases may read `data:` and `blob:` URLs; nothing else is allowed. See docs/privacy.md.
 */
const DIRECTIVES: readonly (readonly [directive: string, ...sources: string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['object-src', "'none'"],
  // The photo decode worker (lib/photos/decode.worker.ts) is one of the extension's own files.
  ['worker-src', "'self'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['media-src', "'none'"],
  ['connect-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'"],
  ['style-src', "'self'"],
  ['frame-src', "'none'"],
  ['form-action', "'none'"],
  ['base-uri', "'none'"],
];

/**
 * The policy for the manifest (`content_security_policy.extension_pages`; WXT turns it into the string MV2
 * takes). `npm run dev` (WXT's `serve`) loads the panel's modules from a dev server on localhost and reloads
 * them over a WebSocket, and Vite puts the CSS in as `<style>` elements: only then are the dev server's
 * connections and inline styles allowed (WXT itself adds the dev server to `script-src`). The decode worker
 * stays `'self'` in dev: from the dev server it is refused (one console error) and photos are decoded on the
 * main thread, the codec's fallback. Allowed, a module worker from http://localhost crashed the panel's
 * renderer when a photo was added (headless Chromium 156, with WXT's default policy too).
 */
export function extensionPagesCsp(command: 'build' | 'serve' = 'build'): string {
  const dev: Readonly<Record<string, readonly string[]>> =
    command === 'serve' ? { 'connect-src': ['http://localhost:*', 'ws://localhost:*'], 'style-src': ["'unsafe-inline'"] } : {};
  return DIRECTIVES.map(([directive, ...sources]) => [directive, ...sources, ...(dev[directive] ?? [])].join(' ')).join('; ');
}
