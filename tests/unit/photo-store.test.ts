import { describe, expect, it } from 'vitest';
import { indexedDbPhotoStore } from '@/lib/storage/photo-store';

describe('IndexedDB photo store', () => {
  it('keeps bytes, lists ids, deletes', async () => {
    const store = indexedDbPhotoStore(`test-${Math.random()}`);
    const data = new Uint8Array([1, 2, 3, 255]).buffer;
    await store.put({ id: 'a', type: 'image/jpeg', data, width: 2, height: 1, savedAt: 5 });
    await store.put({ id: 'b', type: 'image/png', data: new ArrayBuffer(0), width: 1, height: 1, savedAt: 6 });
    expect((await store.ids()).sort()).toEqual(['a', 'b']);
    const got = await store.get('a');
    expect(new Uint8Array(got!.data)).toEqual(new Uint8Array([1, 2, 3, 255]));
    await store.delete(['a']);
    expect(await store.ids()).toEqual(['b']);
    expect(await store.get('a')).toBeUndefined();
  });
});
