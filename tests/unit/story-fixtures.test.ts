import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateStory } from '@/lib/story/migrate';
import { STORY_VERSION } from '@/lib/story/story';
import { parseStory } from '@/lib/story/validate';

/**
 * One fixture per stored version (tests/fixtures/story-v<N>.json), each written as that version of Homeward
 * stored it. Adding a version means adding its fixture; this test then loads it with the others.
 */
const DIR = 'tests/fixtures';
const fixtures = readdirSync(DIR)
  .filter((file) => /^story-v\d+\.json$/.test(file))
  .map((file) => ({ file, story: JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown> }));

/** Every text and number a stored story holds, wherever it is (its version aside; empty texts hold nothing). */
function typed(value: unknown, key = ''): (string | number)[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (typeof value === 'number') return key === 'version' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => typed(item));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, item]) => typed(item, k));
  return [];
}

describe('stored stories of every version', () => {
  it('each version has a fixture, and each loads through every migration step with nothing typed lost', () => {
    expect(fixtures.map((f) => f.story.version).sort()).toEqual(Array.from({ length: STORY_VERSION }, (_, i) => i + 1));
    for (const { file, story } of fixtures) {
      const input = structuredClone(story);
      // From its own version, through each step after it, to the current one.
      const migrated = migrateStory(input);
      expect(migrated.ok && migrated.value.version, file).toBe(STORY_VERSION);
      expect(input, `${file} is not changed by migrating it`).toEqual(story);

      const parsed = parseStory(input);
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problem)}`);
      expect(parsed.migrated, file).toBe(story.version !== STORY_VERSION);
      // Every text typed is found again, whole (an answer with no question today is kept inside another),
      // and every number (photo sizes, card zoom).
      const kept = typed(parsed.story);
      const lost = typed(story).filter(
        (t) => !kept.some((k) => k === t || (typeof k === 'string' && typeof t === 'string' && k.includes(t))),
      );
      expect(lost, `${file}: typed, then lost`).toEqual([]);
      // Written back in the current shape and read again: the same story.
      expect(parseStory(JSON.parse(JSON.stringify(parsed.story))), file).toEqual({ ok: true, story: parsed.story, migrated: false });
    }
  });
});
