import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/story-v1.json';
import { parseStory } from '@/lib/story/validate';
import { migrateStory } from '@/lib/story/migrate';
import { STORY_VERSION } from '@/lib/story/story';

describe('loading a version-1 story', () => {
  const result = parseStory(structuredClone(v1));

  it('comes back as a valid current story, marked as migrated', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(result.story.version).toBe(STORY_VERSION);
    expect(result.story.kind).toBe('family-seeking-child');
    expect(result.story.title).toBe('找明明');
    expect(result.story.position).toBe('intro');
  });

  it('puts each prototype answer under its question and part', () => {
    if (!result.ok) throw new Error('not ok');
    const a = result.story.answers;
    expect(a['child.name']).toEqual({ fullName: '李小明', nickname: '明明' });
    expect(a['child.gender']).toEqual({ gender: 'boy' });
    expect(a['child.birth']).toEqual({ birthDate: '2015-03-12' });
    expect(a['child.languages']).toEqual({ languages: '四川话' });
    expect(a['day.when']).toEqual({ date: '2019-06-05' });
    expect(a['day.place']).toEqual({ spot: '广东省深圳市宝安区西乡市场门口的游乐场' });
    expect(a['help.case']).toEqual({ caseNumber: '440306-2019-0001', stationPhone: '0755-12345678' });
  });

  it('loses nothing: an answer with no place today is kept in "what happened"', () => {
    if (!result.ok) throw new Error('not ok');
    expect(result.story.answers['day.what']?.what).toBe('我转身付钱，回头他就不见了。\n\nfavouriteSong: 小兔子乖乖');
  });

  it('keeps the photos and dates', () => {
    if (!result.ok) throw new Error('not ok');
    expect(result.story.photos).toEqual([
      { id: 'photo-a1', type: 'image/jpeg', width: 1536, height: 2048, addedAt: '2025-03-01T08:00:00.000Z' },
    ]);
    expect(result.story.createdAt).toBe(v1.createdAt);
    expect(result.story.updatedAt).toBe(v1.updatedAt);
  });

  it('does not change the object it was given', () => {
    const copy = structuredClone(v1);
    migrateStory(copy);
    expect(copy).toEqual(v1);
  });

  it('refuses a version it does not know rather than guessing', () => {
    expect(migrateStory({ ...v1, version: STORY_VERSION + 1 })).toEqual({ ok: false, reason: 'newer' });
    expect(migrateStory({ ...v1, version: 1.5 })).toEqual({ ok: false, reason: 'unknown-version' });
  });
});
