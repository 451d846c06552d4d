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

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

export interface SiteServer {
  port: number;
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

  const server: Server = createServer(
    { key: readFileSync(join(out, 'key.pem')), cert: readFileSync(join(out, 'cert.pem')) },
    (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname);
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
  const hostRules = Object.keys(SITE_PAGES)
    .map((host) => `MAP ${host} 127.0.0.1:${port}`)
    .join(',');
  return { port, hostRules, close: () => new Promise((r) => server.close(() => r())) };
}
