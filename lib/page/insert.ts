import { describeError, type InsertOutcome, type InsertRequest } from '@/lib/messaging';
import { SITE_BOXES, findButton, findComposeBox, findTitleBox, waitFor } from './compose-boxes';
import { pasteData, setTextareaValue } from './insert-text';
import { dispatchPaste } from './paste-event';
import { boxText, holdsExactly } from './editor-text';
import { afterRender, selectAllForEditor } from './editor-timing';

/** How long an editor may take to show a post it was given (slow machines, long posts). */
const RENDER_MS = 3000;

/**
 * Puts the posts into the page's compose box, in place of whatever the box held: opens the composer where
 * the site has a button for it, fills each part of a thread where the site has an "add" button, and reads
 * every box back, strictly (editor-text.ts). Never presses Post. "Inserted" means every box filled holds
 * exactly its post; anything else is said as it is (InsertOutcome).
 */
export async function handleInsert(doc: Document, request: InsertRequest): Promise<InsertOutcome> {
  const site = SITE_BOXES[request.platform];
  let box = findComposeBox(doc, request.platform);
  if (!box && site?.open) {
    findButton(doc, site.open)?.click();
    box = await waitFor(() => findComposeBox(doc, request.platform));
  }
  if (!box) return { status: 'no-compose-box' };

  let titleMissing = false;
  if (request.title !== undefined) {
    const title = findTitleBox(doc, request.platform);
    if (title) setTextareaValue(title, request.title);
    else titleMissing = true;
  }

  let filled = 0;
  for (const [i, text] of request.parts.entries()) {
    if (i > 0) {
      // A part already open (an earlier thread) is filled again; only a missing one is added. Only X lets
      // us add the next post of a thread from here; elsewhere the panel copies the rest.
      let next = findComposeBox(doc, request.platform, i);
      if (!next) {
        const add = findButton(doc, site?.addPart);
        if (!add) break;
        add.click();
        next = await waitFor(() => findComposeBox(doc, request.platform, i));
      }
      if (!next) break;
      box = next;
    }
    const outcome = await fillBox(box, text, request);
    if (outcome) return { ...outcome, part: i };
    filled++;
  }
  // An earlier, longer thread leaves its last parts behind: say so, never leave them unmentioned.
  let leftover = 0;
  for (let i = Math.max(filled, 1); ; i++) {
    const extra = findComposeBox(doc, request.platform, i);
    if (!extra) break;
    if (boxText(extra).trim() !== '') leftover++;
  }
  return {
    status: 'inserted',
    parts: filled,
    ...(leftover > 0 ? { leftover } : {}),
    ...(titleMissing ? { titleMissing } : {}),
  };
}

/** Fills one box and checks it; null when it holds exactly `text`, else what it holds. */
async function fillBox(
  box: HTMLElement,
  text: string,
  request: InsertRequest,
): Promise<{ status: 'mismatch'; found: string; unchanged: boolean } | null> {
  const before = boxText(box);
  const rich = !(box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement);
  if (rich) {
    // The paste replaces only what the editor itself has selected: everything, once it has taken that in.
    if (!(await selectAllForEditor(box))) return { status: 'mismatch', found: before, unchanged: true };
    const rendered = afterRender(box, { maxMs: RENDER_MS });
    dispatchPaste(box, pasteData(text, request.editor));
    await rendered;
  } else {
    setTextareaValue(box, text);
  }
  // From here only a slow editor still catching up is waited for.
  const exact = await waitFor(() => (holdsExactly(boxText(box), text) ? true : null), rich ? 1500 : 500);
  if (exact && rich) {
    // Still exact once any late re-render (React committing after the editor) is through.
    await afterRender(box, { firstChangeMs: 150, maxMs: 1000 });
  }
  const found = boxText(box);
  if (holdsExactly(found, text)) return null;
  return { status: 'mismatch', found, unchanged: holdsExactly(found, before) };
}

/**
 * The content script's answer to an insert request. One insertion at a time per page (two panels, or a
 * second press, wait their turn instead of pasting into each other's selection), and an error inside
 * Homeward's own code is reported as that, never as "no compose box".
 */
export function createInsertAnswerer(handle: (doc: Document, request: InsertRequest) => Promise<InsertOutcome> = handleInsert) {
  let queue: Promise<unknown> = Promise.resolve();
  return (doc: Document, request: InsertRequest): Promise<InsertOutcome> => {
    const run = queue
      .then(() => handle(doc, request))
      .catch((error: unknown): InsertOutcome => ({ status: 'failed', error: describeError(error) }));
    queue = run;
    return run;
  };
}
