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
 * What happened: `inserted` (read back and equal), `no-compose-box` (none open: the panel copies and says how
 * to open one), `mismatch` (the box holds something else after inserting: the panel copies instead),
 * `unreachable` (no content script on the page: other sites, or a page loaded before Homeward was installed).
 */
export type InsertOutcome =
  | { readonly status: 'inserted'; readonly parts: number }
  | { readonly status: 'no-compose-box' }
  | { readonly status: 'mismatch'; readonly found: string }
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
  | { readonly status: 'unreachable' };

export function isAttachRequest(message: unknown): message is AttachRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'homeward:attach' &&
    Array.isArray((message as { files?: unknown }).files)
  );
}
