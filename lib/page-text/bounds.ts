/**
 * Bounded copies of what Readability and DOMPurify are given, so that a huge or absurdly nested page costs
 * seconds, not minutes: both slow down faster than the page grows (in jsdom, DOMPurify took 33 s on 1.6 MB
 * of paragraphs, Readability 90 s on 1 000 nested divs), and removing nodes one by one is itself quadratic
 * there. So the bounded part is copied node by node (without recursion: Node.cloneNode(true) overflows the
 * stack on a page nested 10 000 deep) into an inert document, and the rest is never copied. No HTML is made.
 */

/**
 * Elements that never hold text a reader saw: not copied (the sanitiser would drop them anyway). `<meta>` is
 * copied: Readability reads the headline from og:title.
 */
const NEVER_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'base',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'source',
  'input',
  'select',
  'textarea',
  'button',
]);

export interface Bounds {
  /** Elements copied, in document order; the rest of the page is not. */
  readonly elements: number;
  /** Characters of text copied, in document order. */
  readonly text: number;
  /** Deeper than this, elements are not copied: their text goes to the deepest element kept. */
  readonly depth: number;
}

/** A page of any size and depth cut down to what Readability reads in reasonable time. */
export const PAGE_BOUNDS: Bounds = { elements: 15_000, text: 1_000_000, depth: 64 };

const ELEMENT = 1;
const TEXT = 3;

/**
 * A copy of `source` and its descendants within the bounds, owned by `into` (not attached). Elements that
 * never hold text are left out, with everything in them.
 */
export function boundedCopy(source: Element, into: Document, bounds: Bounds): Element {
  const top = into.importNode(source, false);
  let elements = 1;
  let text = 0;
  // The copy of each source ancestor on the way down; deeper than the bound, the last one takes the text.
  const copies: Node[] = [top];
  let depth = 0;
  let node: Node | null = source.firstChild;
  let full = false;
  while (node !== null && !full) {
    let descend = false;
    const parent = copies[Math.min(depth, copies.length - 1)] ?? top;
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      const kept = data.slice(0, bounds.text - text);
      text += kept.length;
      if (kept !== '') parent.appendChild(into.createTextNode(kept));
      full = text >= bounds.text;
    } else if (node.nodeType === ELEMENT && !NEVER_TEXT.has((node as Element).localName)) {
      descend = node.firstChild !== null;
      if (depth + 1 < bounds.depth) {
        elements += 1;
        full = elements >= bounds.elements;
        const copy = into.importNode(node, false);
        parent.appendChild(copy);
        copies[depth + 1] = copy;
      }
    }
    if (descend) {
      node = node.firstChild;
      depth += 1;
      continue;
    }
    let current: Node | null = node;
    node = null;
    while (current !== null && current !== source) {
      if (current.nextSibling !== null) {
        node = current.nextSibling;
        break;
      }
      current = current.parentNode;
      depth -= 1;
    }
  }
  return top;
}

/** An inert document holding a bounded copy of `doc`'s page (Readability changes what it reads; the original stays as it was). */
export function boundedDocument(doc: Document, bounds: Bounds): Document {
  const copy = doc.implementation.createHTMLDocument('');
  if (doc.documentElement) copy.replaceChild(boundedCopy(doc.documentElement, copy, bounds), copy.documentElement);
  return copy;
}
