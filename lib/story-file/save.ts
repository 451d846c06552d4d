import type { PhotoStore } from '@/lib/storage/photo-store';
import type { Story } from '@/lib/story/story';
import { storyFileText, type PhotoBytes } from './write';

/** The story file's text for a story in the library: its photos' bytes read from the photo store. */
export async function storyFileFromLibrary(story: Story, photos: PhotoStore, app: string, exportedAt: string): Promise<string> {
  const bytes: PhotoBytes[] = [];
  for (const ref of story.photos) {
    const stored = await photos.get(ref.id);
    if (stored) bytes.push({ id: ref.id, type: stored.type, data: new Uint8Array(stored.data) });
  }
  return storyFileText({ story, photos: bytes, app, exportedAt });
}
