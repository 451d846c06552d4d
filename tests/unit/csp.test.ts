import { describe, expect, it } from 'vitest';
import { extensionPagesCsp } from '@/lib/security/csp';

/** The policy as directive → sources. */
function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([directive = '', ...sources]) => [directive, sources]),
  );
}

describe('the content security policy of the extension pages', () => {
  it('allows nothing remote in a build: only the extension itself, and data: and blob: for images and reads', () => {
    const policy = parse(extensionPagesCsp());
    expect(policy).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'object-src': ["'none'"],
      'worker-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'media-src': ["'none'"],
      'connect-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'"],
      'style-src': ["'self'"],
      'frame-src': ["'none'"],
      'form-action': ["'none'"],
      'base-uri': ["'none'"],
    });
    // No inline or evaluated script, no scheme or host wildcard anywhere.
    expect(extensionPagesCsp()).not.toMatch(/unsafe|https?:|\*/);
  });

  it('under npm run dev adds only the local dev server and inline styles (Vite puts CSS in <style>)', () => {
    const build = parse(extensionPagesCsp('build'));
    const dev = parse(extensionPagesCsp('serve'));
    const added = Object.fromEntries(
      Object.entries(dev)
        .map(([directive, sources]) => [directive, sources.filter((s) => !build[directive]?.includes(s))] as const)
        .filter(([, sources]) => sources.length > 0),
    );
    expect(added).toEqual({ 'connect-src': ['http://localhost:*', 'ws://localhost:*'], 'style-src': ["'unsafe-inline'"] });
  });
});
