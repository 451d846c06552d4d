import type { PlatformId } from '@/lib/platforms/types';

/**
 * Where each site keeps its compose box, found by several signals rather than one brittle selector
 * (docs/platform-facts.md). `open` lists buttons that open a composer when none is on the page.
 * Plain DOM, no extension APIs: runs in the content script and in tests.
 */
interface SiteBoxes {
  /** Selectors for the post body, most specific first; `{i}` is the thread part's index. */
  readonly body: readonly string[];
  readonly title?: readonly string[];
  readonly open?: readonly string[];
  /** The button that adds a post to a thread (X). */
  readonly addPart?: readonly string[];
  /** The site's own picture input, where a general search would be unsure. */
  readonly fileInput?: readonly string[];
}

export const SITE_BOXES: Readonly<Partial<Record<PlatformId, SiteBoxes>>> = {
  x: {
    body: [
      '[data-testid="tweetTextarea_{i}"][contenteditable="true"]',
      '[data-testid="tweetTextarea_{i}"] [contenteditable="true"]',
      'div.public-DraftEditor-content[contenteditable="true"]',
    ],
    open: ['a[data-testid="SideNav_NewTweet_Button"]', 'a[href="/compose/post"]', 'a[href="/compose/tweet"]'],
    addPart: ['[data-testid="addButton"]'],
    fileInput: ['input[data-testid="fileInput"]'],
  },
  weibo: {
    body: ['textarea[placeholder*="新鲜事"]', 'textarea[node-type="textEl"]', 'textarea[class*="Form_input"]', 'textarea'],
    open: ['a[title="写微博"]', 'button[title="写微博"]', '[aria-label="发微博"]'],
  },
  mastodon: {
    body: ['textarea.autosuggest-textarea__textarea', 'textarea[name="status"]', '.compose-form textarea'],
  },
  bluesky: {
    body: ['[role="dialog"] .ProseMirror[contenteditable="true"]', '.ProseMirror[contenteditable="true"]'],
    open: ['button[aria-label="Compose new post"]', 'button[aria-label="New post"]', '[data-testid="composeFAB"]'],
  },
  threads: {
    body: [
      '[role="dialog"] div[contenteditable="true"][data-lexical-editor="true"]',
      '[role="dialog"] div[contenteditable="true"][role="textbox"]',
    ],
    open: ['[aria-label="Create"]', '[aria-label="New thread"]'],
  },
  facebook: {
    body: [
      '[role="dialog"] div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
      'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    ],
  },
  xiaohongshu: {
    body: ['div.tiptap.ProseMirror[contenteditable="true"]', '.ProseMirror[contenteditable="true"]'],
    title: ['input[placeholder*="标题"]', 'input.d-text[type="text"]'],
  },
};

const visible = (el: Element): boolean => {
  const rect = el.getBoundingClientRect();
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return rect.width > 0 && rect.height > 0 && style?.visibility !== 'hidden' && style?.display !== 'none';
};

/** The last visible match: a pop-up composer sits above (and after) the inline one in the feed. */
function findLast(doc: Document, selectors: readonly string[], index = 0): HTMLElement | null {
  for (const selector of selectors) {
    const found = [...doc.querySelectorAll<HTMLElement>(selector.replace('{i}', String(index)))].filter(visible);
    if (found.length > 0) return found[found.length - 1] ?? null;
  }
  return null;
}

export function findComposeBox(doc: Document, platform: PlatformId, index = 0): HTMLElement | null {
  const site = SITE_BOXES[platform];
  if (!site) return null;
  // A later post of a thread is only ever found by its own numbered selector, never by a general one.
  const selectors = index === 0 ? site.body : site.body.filter((s) => s.includes('{i}'));
  return findLast(doc, selectors, index);
}

export function findTitleBox(doc: Document, platform: PlatformId): HTMLInputElement | null {
  const site = SITE_BOXES[platform];
  const el = site?.title ? findLast(doc, site.title) : null;
  return el instanceof HTMLInputElement ? el : null;
}

export function findButton(doc: Document, selectors: readonly string[] | undefined): HTMLElement | null {
  return selectors ? findLast(doc, selectors) : null;
}

/** Waits for something to appear (a composer opening, a thread part being added). */
export async function waitFor<T>(probe: () => T | null, timeoutMs = 3000, stepMs = 50): Promise<T | null> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > end) return null;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
