import { describe, expect, it } from 'vitest';
import v2 from '../fixtures/story-v2.json';
import { parseStory } from '@/lib/story/validate';
import { migrateStory } from '@/lib/story/migrate';
import { STORY_VERSION } from '@/lib/story/story';

/**
 * Version 3: date and age parts hold what the parent typed (2019年6月, 三岁半), read by lib/facts. A version-2
 * story keeps every character: its ISO dates and numbers are already valid version-3 answers, and what the
 * old date box let through (a five-digit year) stays as typed, for the panel to question gently.
 */
describe('loading a version-2 story', () => {
  const result = parseStory(structuredClone(v2));

  it('comes back as a current story, marked as migrated (so it is written back in the new version)', () => {
    expect(STORY_VERSION).toBe(3);
    expect(result.ok && result.migrated).toBe(true);
    expect(result.ok && result.story.version).toBe(3);
  });

  it('keeps every answer character for character, and the stamps, drafts, card photos and card style', () => {
    if (!result.ok) throw new Error('not ok');
    expect({ ...result.story, version: 2 }).toEqual(v2);
    expect(result.story.answers['day.when']).toEqual({ date: '20190-06-05', time: '16:00' });
    expect(result.story.answers['child.birth']).toEqual({ birthDate: '2015-03-12', ageWhenLost: '4.5' });
  });

  it('changes nothing in the object it was given', () => {
    const copy = structuredClone(v2);
    migrateStory(copy);
    expect(copy).toEqual(v2);
  });

  it('an older Homeward refuses a version-3 story as newer, rather than opening it in a date box that would empty it', () => {
    expect(migrateStory({ ...v2, version: STORY_VERSION + 1 })).toEqual({ ok: false, reason: 'newer' });
  });
});
