/**
 * Local copies of each site's compose box, built on the editor library the site uses, served over HTTPS
 * under the site's real host name (Chromium maps the names to this server), so the extension's host
 * matching and site detection run as they would on the real site.
 */
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:https';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = resolve('tests/fixtures/sites');

/** Host name → fixture page. */
export const SITE_PAGES: Record<string, string> = {
  'x.com': 'x.html',
  'weibo.com': 'weibo.html',
  'bsky.app': 'bluesky.html',
  'www.facebook.com': 'facebook.html',
  'www.threads.net': 'threads.html',
  'creator.xiaohongshu.com': 'xiaohongshu.html',
  'mastodon.social': 'mastodon.html',
};

/**
 * Pages to take text from ("Use text from this page"), served as they are (not built), under real host names:
 * host → the page for a path (and query), from tests/fixtures/pages.
 */
const PAGES_ROOT = resolve('tests/fixtures/pages');
export const PAGE_HOSTS: Record<string, (path: string, query: URLSearchParams) => string | null> = {
  'www.baobeihuijia.com': (path, query) =>
    path.toLowerCase() === '/view.aspx' ? (query.get('type') === '2' ? 'baobei-adult.html' : 'baobei-family.html') : null,
  'news.example.cn': (path) =>
    path.startsWith('/hostile') ? 'hostile.html' : path.startsWith('/tiles') ? 'selection-only.html' : 'news-article.html',
  // Everything a hostile page points at: it must never be asked for.
  'tracker.example': () => null,
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export interface SiteServer {
  port: number;
  /** Every request the server saw, as `host/path?query`, in order. */
  hits: string[];
  /** Serves these bytes at `host/path` (a photo on a fixture page). */
  serve(hostPath: string, body: Uint8Array, type: string): void;
  /** Chromium flag value mapping every fixture host to this server. */
  hostRules: string;
  close(): Promise<void>;
}

export async function startSites(): Promise<SiteServer> {
  const out = mkdtempSync(join(tmpdir(), 'homeward-sites-'));
  const pages = readdirSync(ROOT).filter((f) => f.endsWith('.html'));
  // Vitest runs with NODE_ENV=test, which would make the React plugin emit development JSX calls.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    // Draft.js (through fbjs) still reads Node's `global`.
    define: { global: 'globalThis', 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [react()],
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { input: Object.fromEntries(pages.map((p) => [p.replace('.html', ''), join(ROOT, p)])) },
    },
  });
  process.env.NODE_ENV = nodeEnv;
  // A throwaway self-signed certificate; Chromium is told to accept it.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=homeward-fixtures',
      '-keyout',
      join(out, 'key.pem'),
      '-out',
      join(out, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );

  const hits: string[] = [];
  const extra = new Map<string, { body: Uint8Array; type: string }>();
  const server: Server = createServer(
    { key: readFileSync(join(out, 'key.pem')), cert: readFileSync(join(out, 'cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const url = new URL(req.url ?? '/', 'https://x');
      const path = decodeURIComponent(url.pathname);
      hits.push(`${host}${path}${url.search}`);
      const served = extra.get(`${host}${path}`);
      if (served) {
        res.writeHead(200, { 'content-type': served.type }).end(served.body);
        return;
      }
      const pageFor = PAGE_HOSTS[host];
      if (pageFor) {
        const page = pageFor(path, url.searchParams);
        if (!page) {
          res.writeHead(404).end('not found');
          return;
        }
        res.writeHead(200, { 'content-type': TYPES['.html'] }).end(readFileSync(join(PAGES_ROOT, page)));
        return;
      }
      const file = path.startsWith('/assets/') ? join(out, path) : join(out, SITE_PAGES[host] ?? 'missing');
      if (!file.startsWith(out) || !existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const hostRules = [...Object.keys(SITE_PAGES), ...Object.keys(PAGE_HOSTS)].map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');
  return {
    port,
    hostRules,
    hits,
    serve: (hostPath, body, type) => void extra.set(hostPath, { body, type }),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
