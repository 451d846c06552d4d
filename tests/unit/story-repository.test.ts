import { describe, expect, it } from 'vitest';
import { createMemoryArea } from '@/lib/storage/key-value';
import { INDEX_KEY, interpretChanges, loadLibrary, storyKey } from '@/lib/storage/story-repository';
import { createStory } from '@/lib/story/story';

const story = (id: string, updatedAt: string) => ({
  ...createStory({ id, now: '2026-01-01T00:00:00.000Z', language: 'en', kind: 'family-seeking-child' }),
  updatedAt,
});

describe('loadLibrary', () => {
  it('the key is the truth: a copy naming another story is reported and left out', async () => {
    const area = createMemoryArea({
      [storyKey('a')]: story('a', '2026-01-01T00:00:00.000Z'),
      [storyKey('zz')]: { ...story('a', '2026-06-01T00:00:00.000Z'), title: 'impostor' },
    });
    const loaded = await loadLibrary(area);
    expect(loaded.stories.map((s) => [s.id, s.title])).toEqual([['a', '']]);
    expect(loaded.unreadable).toEqual([{ key: storyKey('zz'), problem: { code: 'bad-field', field: 'id' } }]);
  });

  it('keeps the good entries of an index whose order holds bad ones', async () => {
    const area = createMemoryArea({
      [storyKey('a')]: story('a', '2026-01-01T00:00:00.000Z'),
      [storyKey('b')]: story('b', '2026-03-01T00:00:00.000Z'),
      [storyKey('c')]: story('c', '2026-02-01T00:00:00.000Z'),
      [INDEX_KEY]: { version: 1, order: ['a', 7, null, '__proto__', 'c', 'a', { id: 'b' }, 'b'], activeId: 'c' },
    });
    const loaded = await loadLibrary(area);
    expect(loaded.index).toEqual({ version: 1, order: ['a', 'c', 'b'], activeId: 'c' });
  });

  it('ignores a storage event whose story names another key', () => {
    const changes = interpretChanges({ [storyKey('x')]: { newValue: story('y', '2026-01-01T00:00:00.000Z') } });
    expect(changes).toEqual([]);
  });
});
