import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { indexedDbPhotoStore, type PhotoThumbnail } from '@/lib/storage/photo-store';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;
const thumb = (...values: number[]): PhotoThumbnail => ({ data: bytes(...values), type: 'image/jpeg', width: 320, height: 240 });

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

  it('keeps a thumbnail with its photo, reads it alone, and deletes it with the photo', async () => {
    const store = indexedDbPhotoStore(`test-${Math.random()}`);
    await store.put({ id: 'a', type: 'image/jpeg', data: bytes(1), width: 2048, height: 1536, savedAt: 5, thumb: thumb(9, 9) });
    expect(new Uint8Array((await store.thumbnail('a'))!.data)).toEqual(new Uint8Array([9, 9]));
    // A photo read whole (to copy it with a duplicated story) brings its thumbnail, so the copy has one too.
    const whole = (await store.get('a'))!;
    expect(whole.thumb).toMatchObject({ width: 320, height: 240 });
    await store.put({ ...whole, id: 'copy' });
    expect(await store.thumbnail('copy')).toMatchObject({ width: 320 });
    await store.delete(['a']);
    expect(await store.thumbnail('a')).toBeUndefined();
    expect(await store.ids()).toEqual(['copy']);
  });

  it('a thumbnail made later is kept, but not for a photo removed meanwhile', async () => {
    const store = indexedDbPhotoStore(`test-${Math.random()}`);
    await store.put({ id: 'old', type: 'image/jpeg', data: bytes(1), width: 2048, height: 1536, savedAt: 5 });
    expect(await store.thumbnail('old')).toBeUndefined();
    await store.putThumbnail('old', thumb(7));
    expect(await store.thumbnail('old')).toMatchObject({ width: 320 });
    expect((await store.get('old'))!.thumb).toMatchObject({ width: 320 });
    await store.putThumbnail('gone', thumb(8));
    expect(await store.thumbnail('gone')).toBeUndefined();
  });

  it('opens a database written before thumbnails (version 1), keeping its photos', async () => {
    const name = `test-${Math.random()}`;
    const v1 = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('photos', { keyPath: 'id' }) });
    await v1.put('photos', { id: 'kept', type: 'image/jpeg', data: bytes(4, 2), width: 2048, height: 1365, savedAt: 1 });
    v1.close();

    const store = indexedDbPhotoStore(name);
    expect(await store.ids()).toEqual(['kept']);
    const old = await store.get('kept');
    expect(old).toMatchObject({ id: 'kept', width: 2048, height: 1365 });
    expect(old!.thumb).toBeUndefined();
    await store.putThumbnail('kept', thumb(1));
    expect(await store.thumbnail('kept')).toMatchObject({ width: 320 });
  });

  it('closes its connection when a newer version asks, so the upgrade is not blocked', async () => {
    const name = `test-${Math.random()}`;
    const store = indexedDbPhotoStore(name);
    await store.put({ id: 'a', type: 'image/jpeg', data: bytes(1), width: 1, height: 1, savedAt: 1 });
    const newer = await openDB(name, 3, { upgrade: () => undefined });
    newer.close();
    await expect(store.get('a')).rejects.toThrow(); // version 3 is newer than this code knows: it says so
  });
});
