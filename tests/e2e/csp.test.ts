import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from './browser';
import { extensionPagesCsp } from '@/lib/security/csp';

/** A "remote" host: Chromium maps it to a local HTTPS server that counts what it is asked for. */
const REMOTE = 'remote.homeward.test';

interface Violation {
  directive: string;
  blocked: string;
}

/**
 * The content security policy of the extension's pages (lib/security/csp.ts), in the built extension: the
 * manifest carries it, and in the panel a remote image, script or connection is refused before any request
 * leaves the browser (a `securitypolicyviolation` event, nothing reaching the server). A normal tab reaches
 * the same server, so the silence means something.
 */
describe('the content security policy of the extension pages', () => {
  let profile: string;
  let browser: ExtensionBrowser;
  let certs: string;
  let server: Server;
  const hits: string[] = [];

  beforeAll(async () => {
    certs = mkdtempSync(join(tmpdir(), 'homeward-csp-'));
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
        `/CN=${REMOTE}`,
        '-keyout',
        join(certs, 'key.pem'),
        '-out',
        join(certs, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    server = createServer({ key: readFileSync(join(certs, 'key.pem')), cert: readFileSync(join(certs, 'cert.pem')) }, (req, res) => {
      hits.push(req.url ?? '');
      if (req.url?.endsWith('.js')) res.writeHead(200, { 'content-type': 'text/javascript' }).end('window.remoteScriptRan = true;');
      // A 1×1 GIF.
      else
        res
          .writeHead(200, { 'content-type': 'image/gif' })
          .end(Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    profile = newProfileDir();
    browser = await launchWithExtension(profile, 'en-US', { hostRules: `MAP ${REMOTE} 127.0.0.1:${port}` });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (profile) removeProfile(profile);
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    if (certs) rmSync(certs, { recursive: true, force: true });
  });

  it('is in the built manifest, and the browser took it', async () => {
    const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_security_policy?: unknown };
    expect(built.content_security_policy).toEqual({ extension_pages: extensionPagesCsp() });
    const policy = extensionPagesCsp();
    for (const rule of ["script-src 'self'", "img-src 'self' data: blob:", "object-src 'none'", "connect-src 'self' data: blob:"]) {
      expect(policy).toContain(rule);
    }
    const page = await browser.openPanel();
    const seen = await page.evaluate(
      () =>
        (
          globalThis as unknown as { chrome: { runtime: { getManifest(): { content_security_policy?: unknown } } } }
        ).chrome.runtime.getManifest().content_security_policy,
    );
    expect(seen).toEqual({ extension_pages: policy });
    await page.close();
  });

  it('refuses a remote image, script and connection in the panel: a violation each, and no request', async () => {
    // The control: an ordinary tab does reach the "remote" server.
    const tab = await browser.context.newPage();
    await tab.goto(`https://${REMOTE}/control.gif`);
    expect(hits).toContain('/control.gif');
    await tab.close();

    // Chromium reports an element's request as started, then failed by the policy ("csp") before it is sent.
    const requests: string[] = [];
    const failures: string[] = [];
    browser.context.on('request', (request) => {
      if (request.url().includes(REMOTE)) requests.push(request.url());
    });
    browser.context.on('requestfailed', (request) => {
      if (request.url().includes(REMOTE)) failures.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
    });
    const page = await browser.openPanel();
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    const result = await page.evaluate(async (host) => {
      const violations: Violation[] = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
      );
      const img = Object.assign(document.createElement('img'), { src: `https://${host}/image.gif`, alt: '' });
      const imgDone = new Promise<string>((resolve) => {
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('error');
      });
      document.body.append(img);
      const script = Object.assign(document.createElement('script'), { src: `https://${host}/script.js` });
      const scriptDone = new Promise<string>((resolve) => {
        script.onload = () => resolve('loaded');
        script.onerror = () => resolve('error');
      });
      document.head.append(script);
      const fetched = await fetch(`https://${host}/data.json`).then(
        () => 'fetched',
        () => 'refused',
      );
      const outcome = { img: await imgDone, script: await scriptDone, fetched };
      // The events are queued as tasks: let them arrive.
      await new Promise((r) => setTimeout(r, 200));
      return {
        outcome,
        violations,
        ran: (window as unknown as { remoteScriptRan?: boolean }).remoteScriptRan ?? false,
      };
    }, REMOTE);
    console.log(
      `[figure] CSP in the panel: ${JSON.stringify(result)}; requests Playwright saw to ${REMOTE}: ${JSON.stringify(requests)}, failed: ${JSON.stringify(failures)}`,
    );
    expect(result.outcome).toEqual({ img: 'error', script: 'error', fetched: 'refused' });
    expect(result.ran).toBe(false);
    expect(result.violations).toEqual(
      expect.arrayContaining([
        { directive: 'img-src', blocked: `https://${REMOTE}/image.gif` },
        { directive: 'script-src-elem', blocked: `https://${REMOTE}/script.js` },
        { directive: 'connect-src', blocked: `https://${REMOTE}/data.json` },
      ]),
    );
    // Nothing reached the server (the tab above asked for its favicon too, which is not the panel's).
    await new Promise((r) => setTimeout(r, 300));
    expect(hits.filter((path) => ['/image.gif', '/script.js', '/data.json'].includes(path))).toEqual([]);
    expect(failures.sort()).toEqual(requests.map((url) => `${url} csp`).sort());
    await page.close();
  });
});
