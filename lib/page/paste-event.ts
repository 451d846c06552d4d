import { PASTE_ANSWER, PASTE_REQUEST } from './paste-bridge';

/**
 * Dispatching a synthetic paste that the page's editor can read. One place, because browsers differ: in
 * Chromium a ClipboardEvent built in the content script carries its DataTransfer to the page; Gecko ignores
 * the `clipboardData` given to the constructor, and hides data set in the content script's world from the
 * page. In Firefox the paste is therefore built and dispatched in the page's world by the small script of
 * entrypoints/paste-bridge.content.ts (lib/page/paste-bridge.ts), synchronously, through one CustomEvent.
 */
export interface PasteData {
  readonly plain: string;
  /** Given to editors that read HTML better than plain text (ProseMirror keeps blank lines only from HTML). */
  readonly html?: string;
}

/** Fires one paste at `el` (which holds the selection to replace); true when the page's handler cancelled it. */
export function dispatchPaste(el: HTMLElement, data: PasteData): boolean {
  if (import.meta.env.FIREFOX) {
    const cancelled = dispatchInPageWorld(el, data);
    if (cancelled !== undefined) return cancelled;
  }
  return dispatchHere(el, data);
}

/** The paste built in the content script's own world: what Chromium's editors read. */
function dispatchHere(el: HTMLElement, data: PasteData): boolean {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', data.plain);
  if (data.html !== undefined) transfer.setData('text/html', data.html);
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
  return !el.dispatchEvent(event);
}

/**
 * Asks the page-world script to paste; undefined when it did not answer (not there, e.g. a page opened
 * before the extension was installed), so the caller can fall back.
 */
export function dispatchInPageWorld(el: HTMLElement, data: PasteData): boolean | undefined {
  let answer: unknown;
  const onAnswer = (event: Event) => {
    answer = (event as CustomEvent<unknown>).detail;
  };
  el.addEventListener(PASTE_ANSWER, onAnswer);
  try {
    const detail = JSON.stringify(data.html === undefined ? { plain: data.plain } : { plain: data.plain, html: data.html });
    el.dispatchEvent(new CustomEvent(PASTE_REQUEST, { detail }));
  } finally {
    el.removeEventListener(PASTE_ANSWER, onAnswer);
  }
  if (answer === 'cancelled') return true;
  if (answer === 'passed') return false;
  return undefined;
}
