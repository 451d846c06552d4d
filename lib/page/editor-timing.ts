/**
 * Waiting for a page's editor, which works on its own clock: it takes the DOM selection into its own state
 * in a `selectionchange` handler (a task after the selection moved), and renders a paste in a later task
 * (React) or a microtask (Lexical). Plain DOM, no extension APIs.
 */

const task = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Text without any white space: how a selection's text is compared with the box's. */
const bare = (text: string) => text.replace(/[\s\u00a0\ufeff]+/g, '');

/** Whether the document's selection covers everything the element shows. */
export function coversAll(el: HTMLElement): boolean {
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  if (!el.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== el) return false;
  return bare(selection.toString()) === bare(el.textContent ?? '');
}

/**
 * Selects all the box's text the way a person's Ctrl+A leaves it: from the start of its first text to the
 * end of its last, not around the editor's root node (Draft.js in Firefox does not map a selection of the
 * root into its own state). An empty box: around its contents.
 */
function selectContents(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => ((n as Text).data.length > 0 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const first = walker.nextNode() as Text | null;
  let last = first;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
  if (first && last) {
    range.setStart(first, 0);
    range.setEnd(last, last.data.length);
  } else range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Resolves on the document's next `selectionchange`, or after `ms` when the selection did not change. */
function nextSelectionChange(doc: Document, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Selects everything in a contenteditable and waits until the editor has had its turn to take that
 * selection into its own state, so the paste that follows replaces the old text instead of adding to it.
 * Focusing may make the editor move the selection itself (to where its cursor was): the selection is
 * checked after the editor's handlers ran, and set again if it moved (three tries). True when it held.
 */
export async function selectAllForEditor(el: HTMLElement): Promise<boolean> {
  const doc = el.ownerDocument;
  if (doc.activeElement !== el || !doc.hasFocus()) {
    const focused = nextSelectionChange(doc, 150);
    el.focus();
    // The person is in Homeward's panel, so the page's document does not have the focus, and Firefox
    // holds back focus events until it has: React never hears of it, and Draft.js (X) then ignores the
    // selection. Say it, as the browser would once the page is focused.
    if (!doc.hasFocus()) {
      el.dispatchEvent(new FocusEvent('focus', { bubbles: false }));
      el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    }
    await focused;
    await task();
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const changed = nextSelectionChange(doc, 150);
    selectContents(el);
    await changed;
    // The editor's selectionchange handler has run; its state update and React's re-render run after it.
    await task();
    await task();
    if (coversAll(el)) return true;
  }
  return false;
}

export interface SettleOptions {
  /** How long the box must stay unchanged to count as rendered. */
  readonly quietMs?: number;
  /** How long to wait for a first change before deciding the editor changed nothing. */
  readonly firstChangeMs?: number;
  readonly maxMs?: number;
}

/**
 * Waits until the editor has rendered what it was given: the box changed and then stayed unchanged for
 * `quietMs`; or nothing changed for `firstChangeMs`; or `maxMs` passed. A read-back before this would see
 * the old text, which is the same as the new post when Insert is pressed twice.
 */
export function afterRender(el: HTMLElement, { quietMs = 120, firstChangeMs = 600, maxMs = 3000 }: SettleOptions = {}): Promise<void> {
  return new Promise((resolve) => {
    const start = Date.now();
    let last: number | null = null;
    const observer = new MutationObserver(() => {
      last = Date.now();
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: false });
    const check = () => {
      const now = Date.now();
      const settled = last !== null ? now - last >= quietMs : now - start >= firstChangeMs;
      if (settled || now - start >= maxMs) {
        observer.disconnect();
        resolve();
      } else setTimeout(check, 30);
    };
    setTimeout(check, 30);
  });
}
