import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import v3 from '../fixtures/story-v3.json';
import { createEditClock } from '@/lib/story/clock';
import { mergeStories, stampEdits, storyFields, storyFromFields } from '@/lib/story/fields';
import { STORY_KINDS } from '@/lib/story/kinds';
import { migrateStory } from '@/lib/story/migrate';
import { STORY_SCHEMA } from '@/lib/story/schema';
import { isSafeKey } from '@/lib/story/safe-keys';
import { STORY_VERSION, type Story } from '@/lib/story/story';
import { parseStory } from '@/lib/story/validate';
import { APP_LANGUAGES } from '@/lib/i18n/languages';

/** The current-version fixture: a story as Homeward stores it today, with every field and every optional part set. */
function fullStory(): Story {
  const parsed = parseStory(structuredClone(v3));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.story;
}

describe('a story that sets every field', () => {
  it('sets every field of the schema, and every optional part of a photo and of the card style', () => {
    // A field added to the schema must be added to tests/fixtures/story-v3.json too (or the next version's).
    expect(Object.keys(v3).sort()).toEqual(Object.keys(STORY_SCHEMA.entries).sort());
    for (const photo of v3.photos) expect(Object.keys(photo).sort()).toEqual(['addedAt', 'bytes', 'height', 'id', 'type', 'width']);
    expect(Object.keys(v3.cardStyle).sort()).toEqual(['qr', 'sentence', 'template', 'theme']);
  });

  it('validate: comes back deep-equal, also after a trip through JSON', () => {
    const story = fullStory();
    expect(story).toEqual(v3);
    expect(parseStory(story)).toEqual({ ok: true, story: v3, migrated: false });
    expect(parseStory(JSON.parse(JSON.stringify(story)))).toEqual({ ok: true, story: v3, migrated: false });
  });

  it('migrate: a current story passes through unchanged', () => {
    expect(migrateStory(structuredClone(v3))).toEqual({ ok: true, value: v3 });
  });

  it('merge: with itself nothing changes; turned into fields and back, every field is there', () => {
    const story = fullStory();
    expect(mergeStories(story, story)).toEqual({ story, localChanged: false, remoteBehind: false });
    expect(storyFromFields(story, storyFields(story), story.stamps ?? {})).toEqual(story);
  });

  it('merge: with an older copy, every field is kept, and the newer edit of each wins, whichever copy arrives first', () => {
    const time = { ms: 1_780_000_000_000 };
    const clock = createEditClock('v', () => time.ms);
    const story = fullStory();
    const older = stampEdits(
      undefined,
      { ...story, stamps: {}, title: 'old', answers: { 'day.what': { what: '那天' } }, photos: [], drafts: { 'weibo:story': ['旧的'] } },
      clock.tick,
    );
    time.ms += 1000;
    const newer = stampEdits(older, { ...story, stamps: older.stamps }, clock.tick);
    for (const merged of [mergeStories(newer, older).story, mergeStories(older, newer).story]) {
      expect(Object.keys(merged).sort()).toEqual(Object.keys(STORY_SCHEMA.entries).sort());
      expect({ ...merged, stamps: undefined }).toEqual({ ...story, stamps: undefined });
      expect(merged.stamps).toEqual(newer.stamps);
    }
  });
});

// Stories of any valid shape, every optional field present or not.
const key = fc.stringMatching(/^[a-z0-9][a-z0-9.:_-]{0,11}$/).filter(isSafeKey);
const words = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const iso = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms).toISOString());
const stamp = fc
  .tuple(fc.integer({ min: 0, max: 36 ** 9 - 1 }), fc.integer({ min: 0, max: 36 ** 4 - 1 }))
  .map(([ms, n]) => `${ms.toString(36).padStart(9, '0')}.${n.toString(36).padStart(4, '0')}.v`);
const photoId = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const photo = fc.record(
  {
    id: photoId,
    type: fc.constantFrom('image/jpeg', 'image/png', 'image/webp'),
    width: fc.integer({ min: 1, max: 8000 }),
    height: fc.integer({ min: 1, max: 8000 }),
    bytes: fc.integer({ min: 1, max: 10_000_000 }),
    addedAt: iso,
  },
  { requiredKeys: ['id', 'type', 'width', 'height'] },
);
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const storyArb = fc.record(
  {
    version: fc.constant(STORY_VERSION),
    id: key,
    kind: fc.constantFrom(...STORY_KINDS),
    title: fc.string({ unit: 'grapheme', maxLength: 12 }),
    language: fc.constantFrom(...APP_LANGUAGES),
    createdAt: iso,
    updatedAt: iso,
    answers: fc.dictionary(key, fc.dictionary(key, words, { minKeys: 1, maxKeys: 3 }), { maxKeys: 5 }),
    photos: fc.uniqueArray(photo, { selector: (p) => p.id, maxLength: 20 }),
    position: fc.string({ maxLength: 12 }),
    drafts: fc.dictionary(key, fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 3 }), { minKeys: 1, maxKeys: 3 }),
    cardPhotos: fc.dictionary(key, fc.record({ photoId, zoom: fc.double({ min: 1, max: 4, noNaN: true }), cx: fraction, cy: fraction }), {
      minKeys: 1,
      maxKeys: 3,
    }),
    cardStyle: fc.record(
      { template: fc.string({ maxLength: 10 }), theme: fc.string({ maxLength: 10 }), sentence: words, qr: fc.boolean() },
      { requiredKeys: ['sentence'] },
    ),
    stamps: fc.dictionary(key, stamp, { minKeys: 1, maxKeys: 4 }),
  },
  { requiredKeys: ['version', 'id', 'kind', 'title', 'language', 'createdAt', 'updatedAt', 'answers', 'photos', 'position'] },
) as fc.Arbitrary<Story>;

describe('any valid story (property)', () => {
  it('validate keeps it exactly, through JSON as storage and files hand it over', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        expect(parseStory(JSON.parse(JSON.stringify(story)))).toEqual({ ok: true, story, migrated: false });
      }),
    );
  });

  it('merge loses no field: turned into fields and back it is the same story, and merged with itself it is unchanged', () => {
    fc.assert(
      fc.property(storyArb, (story) => {
        expect(storyFromFields(story, storyFields(story), story.stamps ?? {})).toEqual(story);
        expect(mergeStories(story, story).localChanged).toBe(false);
      }),
    );
  });

  it('a story edited into another keeps every field of the newer copy when merged with the older one', () => {
    fc.assert(
      fc.property(storyArb, storyArb, (first, second) => {
        const time = { ms: 1_780_000_000_000 };
        const clock = createEditClock('v', () => time.ms);
        const older = stampEdits(undefined, { ...first, stamps: {} }, clock.tick);
        time.ms += 1;
        const newer = stampEdits(
          older,
          { ...second, id: older.id, createdAt: older.createdAt, updatedAt: older.updatedAt, stamps: older.stamps },
          clock.tick,
        );
        for (const merged of [mergeStories(newer, older).story, mergeStories(older, newer).story]) {
          expect(storyFields(merged)).toEqual(storyFields(newer));
          expect(merged.stamps).toEqual(newer.stamps);
        }
      }),
    );
  });
});
