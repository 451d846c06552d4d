/**
 * A story file (`<name>-<date>.homeward.json`): the story and its photos, so that a family can hand a story to
 * a helper and back. A versioned envelope around the stored Story (docs/story-format.md, "Story files").
 */
export const STORY_FILE_FORMAT = 'homeward-story';
/** Bump when the envelope changes; a file with a newer version is refused with "update Homeward". */
export const STORY_FILE_VERSION = 1;
export const STORY_FILE_SUFFIX = '.homeward.json';

/** A file larger than this is refused before it is read (a story with 20 photos of 2048 px is about 15 MB). */
export const MAX_STORY_FILE_BYTES = 40 * 1024 * 1024;
/** One photo's bytes, decoded: the panel stores photos of at most 2048 px, well under this. */
export const MAX_FILE_PHOTO_BYTES = 8 * 1024 * 1024;

/** A photo in a file: its place in the story (`PhotoRef`), and its bytes as base64. */
export interface FilePhoto {
  readonly id: string;
  readonly type: string;
  readonly data: string;
}

export interface StoryFileEnvelope {
  readonly format: typeof STORY_FILE_FORMAT;
  readonly formatVersion: number;
  /** The Homeward version that wrote it (for a person's bug report; never checked). */
  readonly app: string;
  readonly exportedAt: string;
  readonly story: unknown;
  readonly photos: readonly FilePhoto[];
}
