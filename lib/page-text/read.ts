/**
 * The text a helper can take from the page in the active tab (issue 13 §2): a 宝贝回家 registration's fields,
 * else what the person selected, else the page's main text, else nothing. Pure: the captured HTML is parsed
 * with the given window's DOMParser into an inert document (no script runs, nothing loads) and never leaves
 * as HTML. Never throws.
 */
import { articleBlocks } from './article';
import { kindOfCategory, registrationFields, registrationPhoto, registrationUrlKind } from './registration';
import { MAX_BLOCKS, MAX_HTML_CHARS, MAX_TEXT_CHARS, clip, collapse } from './text';
import type { PageCapture, PageText, TextBlock } from './types';

/** The selection as paragraphs: one for each non-empty line. */
function selectionBlocks(selection: string): TextBlock[] {
  const out: TextBlock[] = [];
  let total = 0;
  for (const line of selection.split(/\r\n|[\r\n\u2028\u2029]/u)) {
    if (out.length >= MAX_BLOCKS || total >= MAX_TEXT_CHARS) break;
    const text = clip(collapse(line), MAX_TEXT_CHARS - total);
    if (text === '') continue;
    out.push({ kind: 'paragraph', text, links: [] });
    total += text.length;
  }
  return out;
}

function parse(html: string, win: Window): Document | null {
  try {
    // `Window` is, in a browser and in jsdom, `window` itself, with its DOMParser.
    const { DOMParser } = win as Window & typeof globalThis;
    return new DOMParser().parseFromString(clip(html, MAX_HTML_CHARS), 'text/html');
  } catch {
    return null;
  }
}

export function readPageText(capture: PageCapture, win: Window): PageText {
  const url = String(capture.url ?? '');
  const html = String(capture.html ?? '');
  const doc = parse(html, win);
  const title = clip(collapse(String(capture.title ?? '')) || collapse(doc?.title ?? ''), 1_000);

  const urlKind = registrationUrlKind(url);
  if (urlKind !== null && doc !== null) {
    try {
      const fields = registrationFields(doc);
      if (fields.length >= 2) {
        const kind = kindOfCategory(fields.find((field) => field.key === 'category')?.value) ?? urlKind;
        return { source: 'registration', url, title, kind, fields, photoUrl: registrationPhoto(doc, url) };
      }
    } catch {
      // Not readable as a registration: read as any other page.
    }
  }

  const selected = selectionBlocks(String(capture.selection ?? ''));
  if (selected.length > 0) return { source: 'selection', url, title, blocks: selected };

  if (doc !== null) {
    try {
      const blocks = articleBlocks(doc, url, win);
      if (blocks.length > 0) return { source: 'article', url, title, blocks };
    } catch {
      // Readability or the sanitiser gave up (a page nested too deep for them): there is no main text.
    }
  }
  return { source: 'nothing', url, title };
}
