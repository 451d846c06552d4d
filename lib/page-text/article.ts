/**
 * The main text of an ordinary page: @mozilla/readability finds it, DOMPurify cuts it down to a strict
 * allowlist (no images, styles, forms, frames or SVG: nothing that could load or run), and it is walked into
 * plain-text blocks. No HTML leaves this file.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify, { type Config } from 'dompurify';
import { PAGE_BOUNDS, boundedCopy, boundedDocument, type Bounds } from './bounds';
import { MAX_BLOCKS, MAX_TEXT_CHARS, MIN_ARTICLE_CHARS, clip, collapse, httpUrl } from './text';
import type { TextBlock, TextLink } from './types';

/**
 * Only text structure and links. DOMPurify's defaults keep `<img src="https://…">` (loads a tracker when the
 * HTML is put anywhere live), `<style>` with url() and `<form action>`; this allowlist keeps none of them. A
 * link keeps its href only when it is absolute http(s) (relative ones were made absolute against the page's
 * address before): no javascript:, data:, mailto: or relative addresses.
 */
export const PURIFY_CONFIG = {
  ALLOWED_TAGS: ['p', 'br', 'ul', 'ol', 'li', 'em', 'strong', 'b', 'i', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'blockquote'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^https?:\/\//i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  // Besides DOMPurify's own list (script, style, svg, math, iframe, noscript, template, title…): text inside
  // these is not text a reader saw as the article.
  ADD_FORBID_CONTENTS: ['textarea', 'select', 'option', 'button', 'object', 'embed', 'canvas', 'map'],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

const ELEMENT = 1;
const TEXT = 3;

/** What of Readability's content goes to the sanitiser: a little more than MAX_TEXT_CHARS and MAX_BLOCKS allow out. */
const CONTENT_BOUNDS: Bounds = { elements: MAX_BLOCKS * 10, text: MAX_TEXT_CHARS + 10_000, depth: 64 };

/**
 * Links made absolute against the page's own address (a `<base>` in the captured HTML is ignored: the page
 * gave it, and it would decide where every relative link points). A link that cannot be http(s) loses its
 * href, so its words stay as plain text. Links to a place on the same page (#top) go too.
 */
function absoluteLinks(doc: Document, pageUrl: string): void {
  for (const base of Array.from(doc.querySelectorAll('base'))) base.remove();
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    const href = link.getAttribute('href') ?? '';
    const absolute = href.trim().startsWith('#') ? null : httpUrl(href, pageUrl);
    if (absolute === null) link.removeAttribute('href');
    else link.setAttribute('href', absolute);
  }
}

/** The page's main content as Readability finds it, in a bounded copy of the document (Readability changes what it reads). */
function mainContent(doc: Document, pageUrl: string): { node: Node; title: string } | null {
  const clone = boundedDocument(doc, PAGE_BOUNDS);
  absoluteLinks(clone, pageUrl);
  const article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (!content || content.nodeType !== ELEMENT) return null;
  // The sanitiser is given no more than the blocks can hold.
  return { node: boundedCopy(content as Element, clone, CONTENT_BOUNDS), title: collapse(article.title ?? '') };
}

/** Blocks of plain text from sanitised content: headings, list items, paragraphs; empty ones dropped; capped. */
export function blocksOf(root: Node): TextBlock[] {
  const out: TextBlock[] = [];
  let total = 0;
  let full = false;
  let buffer = '';
  let links: TextLink[] = [];
  const kinds: TextBlock['kind'][] = ['paragraph'];
  const openLinks: { href: string | null; text: string }[] = [];

  const flush = () => {
    const text = collapse(buffer);
    const blockLinks = links;
    buffer = '';
    links = [];
    if (full || text === '') return;
    const kept = clip(text, MAX_TEXT_CHARS - total);
    out.push({ kind: kinds[kinds.length - 1] ?? 'paragraph', text: kept, links: blockLinks });
    total += kept.length;
    if (out.length >= MAX_BLOCKS || total >= MAX_TEXT_CHARS) full = true;
  };
  const blockKind = (name: string): TextBlock['kind'] | null => {
    if (/^h[1-6]$/.test(name)) return 'heading';
    if (name === 'li') return 'item';
    const top = kinds[kinds.length - 1] ?? 'paragraph';
    // A paragraph inside a list item is part of the item.
    if (name === 'p' || name === 'blockquote') return top === 'item' ? 'item' : 'paragraph';
    if (name === 'ul' || name === 'ol') return top;
    return null;
  };
  const enter = (node: Node) => {
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      if (buffer.length < MAX_TEXT_CHARS * 2) buffer += data;
      for (const link of openLinks) if (link.text.length < MAX_TEXT_CHARS) link.text += data;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const element = node as Element;
    const kind = blockKind(element.localName);
    if (kind !== null) {
      flush();
      kinds.push(kind);
    } else if (element.localName === 'br') {
      buffer += ' ';
    } else if (element.localName === 'a') {
      openLinks.push({ href: element.getAttribute('href'), text: '' });
    }
  };
  const leave = (node: Node) => {
    if (node.nodeType !== ELEMENT) return;
    const element = node as Element;
    if (blockKind(element.localName) !== null) {
      flush();
      kinds.pop();
    } else if (element.localName === 'a') {
      const link = openLinks.pop();
      const text = collapse(link?.text ?? '');
      // The sanitiser kept only absolute http(s) hrefs; checked again here, as what leaves must be.
      const href = link?.href && /^https?:\/\//i.test(link.href) ? httpUrl(link.href, 'about:blank') : null;
      if (text !== '' && href !== null) links.push({ text, href });
    }
  };

  // Depth first, entering and leaving each node, without recursion: content may nest thousands deep.
  let node: Node | null = root.firstChild;
  while (node !== null && !full) {
    enter(node);
    if (node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    let current: Node | null = node;
    node = null;
    while (current !== null && current !== root) {
      leave(current);
      if (current.nextSibling !== null) {
        node = current.nextSibling;
        break;
      }
      current = current.parentNode;
    }
  }
  flush();
  return out;
}

/**
 * The main text of the page in `doc` as blocks, the article's headline first (Readability takes it out of
 * the content when it repeats the title). Empty when Readability finds less than MIN_ARTICLE_CHARS of text
 * outside links, or the sanitiser cannot run.
 */
export function articleBlocks(doc: Document, pageUrl: string, win: Window): TextBlock[] {
  // The contract's `Window` is, in a browser and in jsdom, `window` itself: its constructors are there too.
  const purify = DOMPurify(win as Window & typeof globalThis);
  if (!purify.isSupported) return [];
  const content = mainContent(doc, pageUrl);
  if (content === null) return [];
  const clean = purify.sanitize(content.node, PURIFY_CONFIG);
  const blocks = blocksOf(clean);
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const linked = blocks.reduce((sum, block) => sum + block.links.reduce((n, link) => n + link.text.length, 0), 0);
  // A few words (a cookie notice) are not main text, nor is a page of links (menus, tiles: Readability's
  // last resort is the whole body), nor the headline alone.
  if (total - linked < MIN_ARTICLE_CHARS) return [];
  const headline = clip(content.title, 1_000);
  if (headline === '' || blocks.some((block) => block.text === headline)) return blocks;
  if (total + headline.length > MAX_TEXT_CHARS) return blocks;
  return [{ kind: 'heading', text: headline, links: [] }, ...blocks.slice(0, MAX_BLOCKS - 1)];
}
