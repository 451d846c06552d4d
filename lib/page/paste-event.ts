/**
 * Dispatching a synthetic paste that the page's editor can read. One place, because browsers differ: in
 * Chromium a ClipboardEvent built in the content script carries its DataTransfer to the page; Gecko ignores
 * the `clipboardData` given to the constructor, and hides data set in the content script's world from the
 * page (see the Firefox work in issue 10).
 */
export interface PasteData {
  readonly plain: string;
  /** Given to editors that read HTML better than plain text (ProseMirror keeps blank lines only from HTML). */
  readonly html?: string;
}

/** Fires one paste at `el` (which holds the selection to replace); true when the page's handler cancelled it. */
export function dispatchPaste(el: HTMLElement, data: PasteData): boolean {
  const transfer = new DataTransfer();
  transfer.setData('text/plain', data.plain);
  if (data.html !== undefined) transfer.setData('text/html', data.html);
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
  return !el.dispatchEvent(event);
}
