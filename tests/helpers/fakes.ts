import type { PhotoStore, StoredPhoto } from '@/lib/storage/photo-store';
import type { PhotoCodec } from '@/lib/photos/import';
import { fitWithin } from '@/lib/photos/import';
import { createMemoryArea, type KeyValueArea } from '@/lib/storage/key-value';
import { createLibraryStore, type LibraryDeps } from '@/stores/library';

export function memoryPhotoStore(): PhotoStore & { data: Map<string, StoredPhoto> } {
  const data = new Map<string, StoredPhoto>();
  return {
    data,
    put: async (photo) => void data.set(photo.id, photo),
    get: async (id) => data.get(id),
    thumbnail: async (id) => data.get(id)?.thumb,
    async putThumbnail(id, thumb) {
      const photo = data.get(id);
      if (photo) data.set(id, { ...photo, thumb });
    },
    delete: async (ids) => ids.forEach((id) => data.delete(id)),
    ids: async () => [...data.keys()],
  };
}

/**
 * A codec that "decodes" files whose text ends in `WIDTHxHEIGHT` (e.g. "4000x3000") and fails on anything
 * else, so store and component tests exercise the real import rules without a canvas. Its output says its
 * own size the same way (`jpeg 2048x1536`), so it can be decoded again, as a stored photo is for a thumbnail.
 */
export const sizeCodec: PhotoCodec = {
  async decodeAndResize(blob, maxEdge, thumbEdge) {
    const text = await blob.text();
    const match = /(\d+)x(\d+)$/.exec(text);
    if (!match) throw new Error('cannot decode');
    const encoded = (edge: number) => {
      const size = fitWithin(Number(match[1]), Number(match[2]), edge);
      return { data: new TextEncoder().encode(`jpeg ${size.width}x${size.height}`).buffer, type: 'image/jpeg' as const, ...size };
    };
    return thumbEdge === undefined ? encoded(maxEdge) : { ...encoded(maxEdge), thumb: encoded(thumbEdge) };
  },
};

export function fakeClock(start = Date.parse('2026-11-29T10:00:00.000Z')) {
  let t = start;
  return {
    now: () => new Date((t += 1000)).toISOString(),
  };
}

let counter = 0;
export const newId = () => `id-${++counter}`;

export function makeLibrary(overrides: Partial<LibraryDeps> & { area?: KeyValueArea } = {}) {
  const clock = fakeClock();
  const deps: LibraryDeps = {
    area: overrides.area ?? createMemoryArea(),
    photos: overrides.photos ?? memoryPhotoStore(),
    codec: sizeCodec,
    newId,
    now: clock.now,
    language: () => 'zh-CN',
    ...overrides,
  };
  return { store: createLibraryStore(deps), deps };
}

/** An in-memory area whose writes fail, as storage.local's do when it is full, while `full` is true. */
export function fillableArea(): KeyValueArea & { data: Map<string, unknown>; full: boolean } {
  const area = Object.assign(createMemoryArea(), { full: false });
  const realSet = area.set.bind(area);
  area.set = async (items) => {
    if (area.full) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  };
  return area;
}
