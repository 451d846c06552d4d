import type { EditorKind, PlatformId } from '@/lib/platforms/types';

/** The one message the panel sends to the content script: put these posts into the compose box. */
export interface InsertRequest {
  readonly type: 'homeward:insert';
  readonly platform: PlatformId;
  readonly editor: EditorKind;
  /** One entry per post; more than one only for a thread on a site that threads. */
  readonly parts: readonly string[];
  readonly title?: string;
}

/**
 * What happened, as the panel must tell it:
 * - `inserted`: every box read back holding exactly its post. `parts` boxes were filled (fewer than asked
 *   when the site would not add another part). `leftover`: boxes of an earlier thread, after the last one
 *   filled, that still hold text (X keeps them: the parent must remove them before posting).
 *   `titleMissing`: the site's title box was not found, so only the body went in.
 * - `no-compose-box`: none open, none could be opened; nothing on the page changed.
 * - `mismatch`: box `part` (0-based; the ones before it are right) did not end up holding its post.
 *   `found` is exactly what it holds now; `unchanged` when that is still what it held before.
 * - `failed`: something broke inside Homeward's script on the page (`error` says what, for the record);
 *   not the same as having no compose box.
 * - `unreachable`: no content script on the page (other sites, or a tab loaded before Homeward was).
 */
export type InsertOutcome =
  | { readonly status: 'inserted'; readonly parts: number; readonly leftover?: number; readonly titleMissing?: boolean }
  | { readonly status: 'no-compose-box' }
  | { readonly status: 'mismatch'; readonly part: number; readonly found: string; readonly unchanged: boolean }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'unreachable' };

export function isInsertRequest(message: unknown): message is InsertRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'homeward:insert' &&
    Array.isArray((message as { parts?: unknown }).parts)
  );
}

/** Asks the content script what the page says about itself (Mastodon runs on any host). */
export interface ProbeRequest {
  readonly type: 'homeward:probe';
}

export function isProbeRequest(message: unknown): message is ProbeRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'homeward:probe';
}

/** One image for the site's own file input, as base64 (extension messages carry JSON, not Blobs). */
export interface AttachFile {
  readonly name: string;
  readonly type: 'image/png' | 'image/jpeg';
  readonly base64: string;
}

/** Puts images into the post through the site's own file input ("Attach to post"). */
export interface AttachRequest {
  readonly type: 'homeward:attach';
  readonly platform: PlatformId;
  readonly files: readonly AttachFile[];
}

/**
 * `attached`: the site's file input took `files` images and, when `seen`, their previews appeared in the
 * composer; `no-file-input`: the page has no picture button Homeward can use (the panel copies instead);
 * `unreachable`: no content script answered.
 */
export type AttachOutcome =
  | { readonly status: 'attached'; readonly files: number; readonly seen: boolean }
  | { readonly status: 'no-file-input' }
  /** Homeward's own script broke on the page: said as that, not as "no picture input". */
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'unreachable' };

export function isAttachRequest(message: unknown): message is AttachRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'homeward:attach' &&
    Array.isArray((message as { files?: unknown }).files)
  );
}
