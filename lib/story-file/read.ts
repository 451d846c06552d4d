import { parseStory, type StoryProblem } from '@/lib/story/validate';
import { PHOTO_TYPES } from '@/lib/story/schema';
import type { PhotoType, Story } from '@/lib/story/story';
import { fromBase64 } from './base64';
import { MAX_FILE_PHOTO_BYTES, MAX_STORY_FILE_BYTES, STORY_FILE_FORMAT, STORY_FILE_VERSION } from './format';

/** Why a file cannot be opened: each is said to the person in their language (`storyFile.problem.*`). */
export type StoryFileProblem =
  | { readonly code: 'too-large'; readonly bytes: number }
  | { readonly code: 'not-json' }
  | { readonly code: 'not-a-story-file' }
  | { readonly code: 'newer-format' }
  | { readonly code: 'bad-story'; readonly story: StoryProblem }
  | { readonly code: 'bad-photo'; readonly index: number };

/** A photo read from a file: still to be decoded and re-encoded (a file's bytes are never stored as they are). */
export interface FilePhotoBytes {
  /** The id the story's reference has in the file (the importer gives it a new one). */
  readonly id: string;
  readonly type: PhotoType;
  readonly data: Uint8Array<ArrayBuffer>;
}

export type StoryFileReading =
  | { readonly ok: true; readonly story: Story; readonly photos: readonly FilePhotoBytes[]; readonly exportedAt: string }
  | { readonly ok: false; readonly problem: StoryFileProblem };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const fail = (problem: StoryFileProblem): StoryFileReading => ({ ok: false, problem });

/**
 * Reads a story file's text, checking everything before anything is used: its size (`bytes`, the file's, is
 * checked before the text is parsed), that it is JSON and a Homeward story file of a version this Homeward
 * knows, the story against the Story schema (after migrating an older story), and every photo: a known type,
 * base64, under the photo cap, and referenced by the story exactly once. Nothing is stored here.
 */
export function readStoryFile(text: string, bytes = text.length): StoryFileReading {
  if (bytes > MAX_STORY_FILE_BYTES) return fail({ code: 'too-large', bytes });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isObject(raw) || raw.format !== STORY_FILE_FORMAT || typeof raw.formatVersion !== 'number')
    return fail({ code: 'not-a-story-file' });
  if (raw.formatVersion > STORY_FILE_VERSION) return fail({ code: 'newer-format' });
  if (!Number.isInteger(raw.formatVersion) || raw.formatVersion < 1) return fail({ code: 'not-a-story-file' });
  const parsed = parseStory(raw.story);
  if (!parsed.ok) return fail({ code: 'bad-story', story: parsed.problem });
  const story = parsed.story;

  const list = Array.isArray(raw.photos) ? raw.photos : [];
  const photos: FilePhotoBytes[] = [];
  for (const [index, item] of list.entries()) {
    if (!isObject(item) || typeof item.id !== 'string' || typeof item.data !== 'string') return fail({ code: 'bad-photo', index });
    const type = PHOTO_TYPES.find((t) => t === item.type);
    // A photo the story does not show, or shows twice, is not one Homeward wrote.
    const refs = story.photos.filter((ref) => ref.id === item.id);
    if (!type || refs.length !== 1 || photos.some((p) => p.id === item.id)) return fail({ code: 'bad-photo', index });
    if ((item.data.length / 4) * 3 > MAX_FILE_PHOTO_BYTES + 3) return fail({ code: 'bad-photo', index });
    const data = fromBase64(item.data);
    if (!data || data.length === 0) return fail({ code: 'bad-photo', index });
    photos.push({ id: item.id, type, data });
  }
  // Every photo the story shows must be in the file.
  if (story.photos.some((ref) => !photos.some((p) => p.id === ref.id))) return fail({ code: 'bad-photo', index: photos.length });
  const exportedAt = typeof raw.exportedAt === 'string' ? raw.exportedAt : '';
  return { ok: true, story, photos, exportedAt };
}

/** Reads a chosen or dropped file: its size is checked before a byte of it is read. */
export async function readStoryFileBlob(file: Blob): Promise<StoryFileReading> {
  if (file.size > MAX_STORY_FILE_BYTES) return fail({ code: 'too-large', bytes: file.size });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail({ code: 'not-json' });
  }
  return readStoryFile(text, file.size);
}

/** The id a story was first written under: where it came from if it was taken in from a file, else its own. */
export function originalStoryId(story: Story): string {
  return story.importedFrom?.id ?? story.id;
}
