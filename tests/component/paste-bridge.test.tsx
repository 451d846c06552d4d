import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listenForPasteRequests, PASTE_REQUEST } from '@/lib/page/paste-bridge';
import { dispatchInPageWorld } from '@/lib/page/paste-event';

/**
 * The Firefox paste's protocol, in jsdom (the page-world half and the content-script half in one window; the
 * real worlds are covered by tests/e2e-firefox/insert.test.ts). jsdom has no DataTransfer or ClipboardEvent:
 * stand-ins that, like Gecko, drop the constructor's clipboardData.
 */
class FakeDataTransfer {
  readonly #data = new Map<string, string>();
  setData(type: string, value: string) {
    this.#data.set(type, value);
  }
  getData(type: string) {
    return this.#data.get(type) ?? '';
  }
}
class FakeClipboardEvent extends Event {
  get clipboardData(): FakeDataTransfer | null {
    return null;
  }
}

const page = window as unknown as Record<string, unknown>;

describe('the page-world paste (Firefox)', () => {
  let globalsBefore: string[];

  beforeAll(() => {
    page.DataTransfer = FakeDataTransfer;
    page.ClipboardEvent = FakeClipboardEvent;
    globalsBefore = Object.getOwnPropertyNames(window);
    listenForPasteRequests(window);
  });

  afterEach(() => {
    document.body.replaceChildren();
  });

  it('adds nothing to the page’s globals', () => {
    expect(Object.getOwnPropertyNames(window)).toEqual(globalsBefore);
  });

  function box(onPaste?: (event: Event) => void): HTMLElement {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    document.body.append(el);
    if (onPaste) el.addEventListener('paste', onPaste);
    return el;
  }

  it('gives the editor a paste carrying the text (and the html), and answers that the editor took it', () => {
    const seen: { plain: string; html: string }[] = [];
    const el = box((event) => {
      const data = (event as unknown as { clipboardData: FakeDataTransfer }).clipboardData;
      seen.push({ plain: data.getData('text/plain'), html: data.getData('text/html') });
      event.preventDefault();
    });
    expect(dispatchInPageWorld(el, { plain: '明明\n\n回家吧 😋', html: '<p>明明</p><p></p><p>回家吧 😋</p>' })).toBe(true);
    expect(seen).toEqual([{ plain: '明明\n\n回家吧 😋', html: '<p>明明</p><p></p><p>回家吧 😋</p>' }]);
  });

  it('answers "not cancelled" when no editor handled the paste', () => {
    expect(dispatchInPageWorld(box(), { plain: 'x' })).toBe(false);
  });

  it('keeps hostile text inert: it is only data, never markup', () => {
    let plain = '';
    const el = box((event) => {
      plain = (event as unknown as { clipboardData: FakeDataTransfer }).clipboardData.getData('text/plain');
    });
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    dispatchInPageWorld(el, { plain: hostile });
    expect(plain).toBe(hostile);
    expect(el.children).toHaveLength(0);
    expect(page.pwned).toBeUndefined();
  });

  it('ignores malformed requests, and the page never sees the request itself', () => {
    const pastes: Event[] = [];
    const requests: Event[] = [];
    const el = box((event) => pastes.push(event));
    // Capture phase: a page listener that would see even a request that does not bubble.
    document.addEventListener(PASTE_REQUEST, (event) => requests.push(event), true);
    for (const detail of ['not json', '{"plain":3}', '{"plain":"a","html":{}}', 'null']) {
      el.dispatchEvent(new CustomEvent(PASTE_REQUEST, { detail, bubbles: true }));
    }
    el.dispatchEvent(new CustomEvent(PASTE_REQUEST, { detail: { plain: 'an object, not a string' }, bubbles: true }));
    expect(pastes).toHaveLength(0);
    dispatchInPageWorld(el, { plain: 'ok' });
    expect(pastes).toHaveLength(1);
    // Our request stops where the bridge answers it; the malformed ones went on (bubbling) unanswered.
    expect(requests).toHaveLength(5);
  });

  it('without the page-world script, says nothing answered (the caller falls back)', () => {
    const other = document.implementation.createHTMLDocument('');
    const el = other.createElement('div');
    other.body.append(el);
    expect(dispatchInPageWorld(el, { plain: 'x' })).toBeUndefined();
  });
});
