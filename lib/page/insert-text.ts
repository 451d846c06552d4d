import type { EditorKind } from '@/lib/platforms/types';
import { dispatchPaste } from './paste-event';

/**
 * Putting text into a site's own editor the way that editor accepts it. Writing textContent/innerHTML into a
 * Draft.js, Lexical or ProseMirror root would desynchronise the editor, so rich editors get a paste.
 */

/** A textarea a framework watches (React, Vue): the native setter, then the events a person's typing fires. */
export function setTextareaValue(el: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  el.focus();
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, text);
  else el.value = text;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ProseMirror turns each pasted line into a paragraph and drops blank ones; empty <p> keep them. */
export function paragraphsHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

/** Selects everything in a contenteditable, so the paste replaces what was there. */
function selectAll(el: HTMLElement): void {
  el.focus();
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** A synthetic paste, as the editor receives a person's Ctrl+V. */
export function pasteInto(el: HTMLElement, text: string, editor: EditorKind): void {
  selectAll(el);
  dispatchPaste(el, editor === 'prosemirror' ? { plain: text, html: paragraphsHtml(text) } : { plain: text });
}

export function insertText(el: HTMLElement, text: string, editor: EditorKind): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) setTextareaValue(el, text);
  else pasteInto(el, text, editor);
}

/** What the box now shows, as text. */
export function readBack(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.innerText;
}

/** Equal apart from how line breaks and spaces are rendered (editors show blank lines in their own ways). */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}
