import { describe, expect, it } from 'vitest';
import { probePage } from '@/lib/page/probe';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('probePage', () => {
  it('reads a Mastodon server’s own limit from its initial state', () => {
    const doc = page(
      '<script id="initial-state" type="application/json">{"meta":{"domain":"hachyderm.io"},"configuration":{"statuses":{"max_characters":1000}}}</script>',
    );
    expect(probePage(doc)).toEqual({ mastodon: true, maxCharacters: 1000 });
  });

  it('reads the older max_toot_chars', () => {
    expect(probePage(page('<script id="initial-state">{"meta":{},"max_toot_chars":5000}</script>'))).toEqual({
      mastodon: true,
      maxCharacters: 5000,
    });
  });

  it('is not fooled by other pages', () => {
    expect(probePage(page('<title>News</title>', '<div id="app"></div>'))).toEqual({ mastodon: false });
    expect(probePage(page('<script id="initial-state">{not json</script>'))).toEqual({ mastodon: false });
    expect(probePage(page('<script id="initial-state">{"user":1}</script>'))).toEqual({ mastodon: false });
  });
});
