import type { InsertOutcome, InsertRequest } from '@/lib/messaging';
import { SITE_BOXES, findButton, findComposeBox, findTitleBox, waitFor } from './compose-boxes';
import { insertText, readBack, sameText, setTextareaValue } from './insert-text';

/**
 * Puts the posts into the page's compose box: opens the composer where the site has a button for it, fills
 * each part of a thread where the site has an "add" button, reads every box back. Never presses Post.
 */
export async function handleInsert(doc: Document, request: InsertRequest): Promise<InsertOutcome> {
  const site = SITE_BOXES[request.platform];
  let box = findComposeBox(doc, request.platform);
  if (!box && site?.open) {
    findButton(doc, site.open)?.click();
    box = await waitFor(() => findComposeBox(doc, request.platform));
  }
  if (!box) return { status: 'no-compose-box' };

  if (request.title !== undefined) {
    const title = findTitleBox(doc, request.platform);
    if (title) setTextareaValue(title, request.title);
  }

  let filled = 0;
  for (const [i, text] of request.parts.entries()) {
    if (i > 0) {
      // Only X lets us add the next post of a thread from here; elsewhere the panel copies the rest.
      const add = findButton(doc, site?.addPart);
      if (!add) break;
      add.click();
      const next = await waitFor(() => findComposeBox(doc, request.platform, i));
      if (!next) break;
      box = next;
    }
    insertText(box, text, request.editor);
    // Editors render asynchronously (and slowly in a background tab): read back until it matches, for a while.
    const target = box;
    const matched = await waitFor(() => (sameText(readBack(target), text) ? true : null), 2500);
    if (!matched) return { status: 'mismatch', found: readBack(target) };
    filled++;
  }
  return { status: 'inserted', parts: filled };
}
