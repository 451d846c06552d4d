/**
 * The page-world half of a Firefox paste (the other half is `dispatchPaste` in ./paste-event.ts). Gecko
 * ignores the `clipboardData` given to a `ClipboardEvent` built in a content script, and data a content
 * script sets on a DataTransfer reads as "" from the page (it carries the content script's principal). So
 * the content script asks this code, which runs in the page's own world, to build the DataTransfer and the
 * paste event there.
 *
 * The request is a CustomEvent whose detail is a JSON string (strings cross between worlds as they are);
 * the answer is a second CustomEvent on the same element, dispatched synchronously, so the whole exchange
 * finishes inside the content script's one `dispatchEvent` call.
 *
 * What the page could do with this: nothing it cannot do itself. It could fire a request and get its own
 * text pasted into its own element. Nothing here is a global, the constructors are taken before the page's
 * scripts run, and the text is only ever given to `setData`, never parsed (the html is what the caller
 * escaped).
 */
export const PASTE_REQUEST = 'homeward:paste';
export const PASTE_ANSWER = 'homeward:pasted';

/** The answer's detail: whether the page's handler cancelled the paste (editors that take it do). */
export type PasteAnswer = 'cancelled' | 'passed';

interface Request {
  plain: string;
  html?: string;
}

function parseRequest(detail: unknown, parse: (text: string) => unknown): Request | null {
  if (typeof detail !== 'string') return null;
  let value: unknown;
  try {
    value = parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { plain, html } = value as { plain?: unknown; html?: unknown };
  if (typeof plain !== 'string' || (html !== undefined && typeof html !== 'string')) return null;
  return html === undefined ? { plain } : { plain, html };
}

/** Starts listening in `win` (the page's window). Call once, as early as possible. */
export function listenForPasteRequests(win: Window & typeof globalThis): void {
  // Taken now, before any page script can replace them.
  const { DataTransfer, ClipboardEvent, CustomEvent, HTMLElement, JSON: json, Object: object, Reflect: reflect } = win;
  const parse = json.parse.bind(json);
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const stop = win.Event.prototype.stopImmediatePropagation;
  const getDetail = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')?.get;
  const getClipboardData = Object.getOwnPropertyDescriptor(ClipboardEvent.prototype, 'clipboardData')?.get;

  win.addEventListener(
    PASTE_REQUEST,
    (event) => {
      if (!(event instanceof CustomEvent) || !getDetail) return;
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      const request = parseRequest(reflect.apply(getDetail, event, []), parse);
      if (!request) return;
      // The request is ours to answer; page listeners further down need not see it.
      reflect.apply(stop, event, []);
      const transfer = new DataTransfer();
      transfer.setData('text/plain', request.plain);
      if (request.html !== undefined) transfer.setData('text/html', request.html);
      const paste = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
      // Gecko drops the constructor's clipboardData even in the page's world (checked on 153 ESR): the event
      // then gets it as its own property, which is what the editors read.
      if (!getClipboardData || reflect.apply(getClipboardData, paste, []) !== transfer)
        object.defineProperty(paste, 'clipboardData', { value: transfer });
      const passed = reflect.apply(dispatch, target, [paste]) as boolean;
      const answer: PasteAnswer = passed ? 'passed' : 'cancelled';
      reflect.apply(dispatch, target, [new CustomEvent(PASTE_ANSWER, { detail: answer })]);
    },
    true,
  );
}
