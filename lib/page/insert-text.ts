import type { EditorKind } from '@/lib/platforms/types';
import type { PasteData } from './paste-event';

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

/**
 * ProseMirror turns each pasted plain-text line into a paragraph and drops blank ones, and collapses spaces
 * and tabs in pasted HTML unless it is marked as pre-wrapped: one pre-wrapped paragraph per line keeps
 * blank lines, leading and doubled spaces and tabs exactly.
 */
export function paragraphsHtml(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p style="white-space: pre-wrap">${escapeHtml(line)}</p>`)
    .join('');
}

/** What a rich editor is given to paste: plain text, and pre-wrapped paragraphs for ProseMirror. */
export function pasteData(text: string, editor: EditorKind): PasteData {
  return editor === 'prosemirror' ? { plain: text, html: paragraphsHtml(text) } : { plain: text };
}
