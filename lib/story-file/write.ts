import type { Story } from '@/lib/story/story';
import { toBase64 } from './base64';
import { STORY_FILE_FORMAT, STORY_FILE_SUFFIX, STORY_FILE_VERSION, type StoryFileEnvelope } from './format';

/** A photo's bytes as the photo store keeps them. */
export interface PhotoBytes {
  readonly id: string;
  readonly type: string;
  readonly data: Uint8Array;
}

/**
 * The file's text: the envelope around the story as stored and each of its photos, in the story's order.
 * Photos the store no longer has are left out of `photos`, and their references with them, so that the file
 * always opens (the story says how many it had: `photos` in the story lists only those carried).
 */
export function storyFileText(options: {
  readonly story: Story;
  readonly photos: readonly PhotoBytes[];
  readonly app: string;
  readonly exportedAt: string;
}): string {
  const carried = new Map(options.photos.map((p) => [p.id, p]));
  const story: Story = { ...options.story, photos: options.story.photos.filter((ref) => carried.has(ref.id)) };
  const envelope: StoryFileEnvelope = {
    format: STORY_FILE_FORMAT,
    formatVersion: STORY_FILE_VERSION,
    app: options.app,
    exportedAt: options.exportedAt,
    story,
    photos: story.photos.flatMap((ref) => {
      const photo = carried.get(ref.id);
      return photo ? [{ id: photo.id, type: photo.type, data: toBase64(photo.data) }] : [];
    }),
  };
  return JSON.stringify(envelope, null, 1);
}

// Characters no file system takes in a name, control characters, and the direction marks that could make
// "gpj.exe" look like "exe.jpg".
const UNSAFE = /[\\/:*?"<>|\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `<name>-<date>.homeward.json`: the story's name (its title, else the person it is about) and the day it was
 * saved, both safe for every file system; `story` when there is no name.
 */
export function storyFileName(name: string, day: string): string {
  const safe = [...name.replace(UNSAFE, '').replace(/\s+/g, ' ').trim()].slice(0, 60).join('').replace(/^\.+/, '').trim();
  return `${safe || 'story'}-${day}${STORY_FILE_SUFFIX}`;
}
