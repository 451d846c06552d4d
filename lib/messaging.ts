import type { EditorKind, PlatformId } from '@/lib/platforms/types';
import type { PageHints } from '@/lib/platforms';

/**
 * The panel ↔ content script protocol: every request the panel sends to a tab, by its `type`, with what it
 * carries and the answer it gets. The panel sends through `tabSender` (typed by this map), the content script
 * answers through `answerTabRequest` (one handler per type). Both sides import this file and lib/page only
 * (docs/platforms.md, "What runs on the page").
 */
export interface TabProtocol {
  /** Put these posts into the compose box. */
  'homeward:insert': { readonly request: InsertPosts; readonly response: InsertOutcome };
  /** What does the page say about itself (Mastodon runs on any host)? */
  'homeward:probe': { readonly request: object; readonly response: PageHints };
  /** Put these images into the post through the site's own file input ("Attach to post"). */
  'homeward:attach': { readonly request: AttachImages; readonly response: AttachOutcome };
}

export type TabMessageType = keyof TabProtocol;
/** A request as it travels: its type and what that type carries. Without a type argument, any of them. */
export type TabRequest<K extends TabMessageType = TabMessageType> = { [P in K]: { readonly type: P } & TabProtocol[P]['request'] }[K];
export type TabResponse<K extends TabMessageType> = TabProtocol[K]['response'];

/** What "insert" carries. */
export interface InsertPosts {
  readonly platform: PlatformId;
  readonly editor: EditorKind;
  /** One entry per post; more than one only for a thread on a site that threads. */
  readonly parts: readonly string[];
  readonly title?: string;
}
export type InsertRequest = TabRequest<'homeward:insert'>;

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

export type ProbeRequest = TabRequest<'homeward:probe'>;

/** One image for the site's own file input, as base64 (extension messages carry JSON, not Blobs). */
export interface AttachFile {
  readonly name: string;
  readonly type: 'image/png' | 'image/jpeg';
  readonly base64: string;
}

/** What "attach" carries. */
export interface AttachImages {
  readonly platform: PlatformId;
  readonly files: readonly AttachFile[];
}
export type AttachRequest = TabRequest<'homeward:attach'>;

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

/** The requests, built here so no view writes a message by hand. */
export const insertRequest = (posts: InsertPosts): InsertRequest => ({ type: 'homeward:insert', ...posts });
export const probeRequest = (): ProbeRequest => ({ type: 'homeward:probe' });
export const attachRequest = (images: AttachImages): AttachRequest => ({ type: 'homeward:attach', ...images });

/** What each request needs beyond its type to be one of ours (anything else is not answered). */
const WELL_FORMED: { readonly [K in TabMessageType]: (message: Readonly<Record<string, unknown>>) => boolean } = {
  'homeward:insert': (message) => Array.isArray(message.parts),
  'homeward:probe': () => true,
  'homeward:attach': (message) => Array.isArray(message.files),
};

/** The answer when no content script answers in the tab: `unreachable`; for the probe, nothing known. */
const UNREACHABLE: { readonly [K in TabMessageType]: TabResponse<K> } = {
  'homeward:insert': { status: 'unreachable' },
  'homeward:probe': {},
  'homeward:attach': { status: 'unreachable' },
};

/** The answer when a handler on the page throws: `failed`, with what broke; for the probe, nothing known. */
const FAILED: { readonly [K in TabMessageType]: (error: string) => TabResponse<K> } = {
  'homeward:insert': (error) => ({ status: 'failed', error }),
  'homeward:probe': () => ({}),
  'homeward:attach': (error) => ({ status: 'failed', error }),
};

/** The request's type when `message` is one of ours and well formed, else null. */
export function tabRequestType(message: unknown): TabMessageType | null {
  if (typeof message !== 'object' || message === null) return null;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(WELL_FORMED, type)) return null;
  const known = type as TabMessageType;
  return WELL_FORMED[known](message as Readonly<Record<string, unknown>>) ? known : null;
}

/** Sends a typed request to a tab and resolves with the answer its type promises. */
export type SendToTab = <R extends TabRequest>(tabId: number, request: R) => Promise<TabResponse<R['type']>>;

/**
 * The panel's side. `send` is `browser.tabs.sendMessage`: it rejects, or resolves with nothing, when no
 * content script listens in the tab; that is the type's `unreachable` answer, never an error.
 */
export function tabSender(send: (tabId: number, message: TabRequest) => Promise<unknown>): SendToTab {
  return <R extends TabRequest>(tabId: number, request: R): Promise<TabResponse<R['type']>> => {
    const unreachable = UNREACHABLE[request.type] as TabResponse<R['type']>;
    // The answer comes from Homeward's own content script, which answers by the same map (answerTabRequest).
    return send(tabId, request).then(
      (answer) => (answer ?? unreachable) as TabResponse<R['type']>,
      () => unreachable,
    );
  };
}

/** The content script's side: one handler per request type, each typed by the map. */
export type TabHandlers = {
  readonly [K in TabMessageType]: (request: TabRequest<K>) => TabResponse<K> | Promise<TabResponse<K>>;
};

/**
 * Answers `message` with its type's handler, through `respond`. Returns false when the message is not a
 * request of ours (left unanswered: another listener may want it), true when `respond` will be called (the
 * browser keeps the channel open). A handler that throws or rejects answers its type's `failed`.
 */
export function answerTabRequest(handlers: TabHandlers, message: unknown, respond: (answer: TabResponse<TabMessageType>) => void): boolean {
  const type = tabRequestType(message);
  if (!type) return false;
  // The map pairs each type with its own handler; TypeScript cannot follow that pairing through `type`.
  const handle = handlers[type] as (request: TabRequest) => TabResponse<TabMessageType> | Promise<TabResponse<TabMessageType>>;
  new Promise<TabResponse<TabMessageType>>((resolve) => resolve(handle(message as TabRequest))).then(respond, (error: unknown) =>
    respond(FAILED[type](describeError(error))),
  );
  return true;
}

/** An error, short, for the panel's record (never shown as the parent's message). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  return String(error).slice(0, 300);
}
