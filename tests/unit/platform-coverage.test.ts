import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPlatform, PLATFORMS } from '@/lib/platforms';
import { MASTODON_SERVERS } from '@/lib/platforms/hosts';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms/types';
import { SITE_BOXES } from '@/lib/page/compose-boxes';
import { CARD_SIZES } from '@/lib/cards/sizes';
import { SITE_PAGES } from '../e2e/sites';

/**
 * A meta-test: adding a site means its profile (lib/platforms/<site>.ts, listed in PLATFORM_IDS and PLATFORMS),
 * where its compose box is (lib/page/compose-boxes.ts), the card sizes it shows best (lib/cards/sizes.ts), a
 * local copy of its compose box for the end-to-end tests (tests/e2e/sites.ts, tests/fixtures/sites/) and its
 * name in every language (locales/*.json). This fails, naming what is missing, when a site lacks any of them.
 * "Any other page" has no compose box and no fixture: Homeward only copies there.
 */

type Tree = { [key: string]: string | Tree };
const locales = readdirSync('locales')
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(join('locales', file), 'utf8')) as Tree] as const);
const lookup = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Tree)[key] : undefined), tree);

const WITH_PAGES = PLATFORM_IDS.filter((id) => id !== 'other');

/** Which site each fixture page stands for, as the panel would detect it there. */
const fixtureSites = Object.entries(SITE_PAGES).map(([host, page]) => ({
  id: detectPlatform(`https://${host}/`, { mastodon: (MASTODON_SERVERS as readonly string[]).includes(host) }).profile.id,
  page,
}));

describe('every site has everything a site needs', () => {
  it.each(PLATFORM_IDS)('%s: a profile under its own id', (id) => {
    expect(PLATFORMS[id]?.id).toBe(id);
  });

  it.each(WITH_PAGES)('%s: compose-box selectors', (id: PlatformId) => {
    expect(SITE_BOXES[id]?.body.length ?? 0, `lib/page/compose-boxes.ts has no body selectors for ${id}`).toBeGreaterThan(0);
  });

  it.each(PLATFORM_IDS)('%s: card sizes, each named in every language', (id) => {
    const sizes = CARD_SIZES[id] ?? [];
    expect(sizes.length, `lib/cards/sizes.ts has no sizes for ${id}`).toBeGreaterThan(0);
    for (const [file, tree] of locales) {
      for (const size of sizes)
        expect(lookup(tree, `cards.sizes.${size.id}`), `${file}: cards.sizes.${size.id}`).toEqual(expect.stringMatching(/\S/));
    }
  });

  it.each(WITH_PAGES)('%s: a fixture page for the end-to-end tests', (id) => {
    const fixture = fixtureSites.find((site) => site.id === id);
    expect(fixture, `tests/e2e/sites.ts SITE_PAGES has no host that is ${id}`).toBeDefined();
    expect(existsSync(join('tests/fixtures/sites', fixture?.page ?? '')), `tests/fixtures/sites/${fixture?.page}`).toBe(true);
  });

  it.each(PLATFORM_IDS)('%s: a name in every language', (id) => {
    for (const [file, tree] of locales) expect(lookup(tree, `sites.${id}`), `${file}: sites.${id}`).toEqual(expect.stringMatching(/\S/));
  });

  it('lists no compose boxes or fixture pages for a site Homeward does not know', () => {
    expect(Object.keys(SITE_BOXES).filter((id) => !(PLATFORM_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(fixtureSites.filter((site) => site.id === 'other')).toEqual([]);
  });
});
