import type { AttachFile, AttachOutcome, AttachRequest } from '@/lib/messaging';
import { SITE_BOXES, findButton, findComposeBox, waitFor } from './compose-boxes';

/** Whether a file input takes pictures (no `accept` means it takes anything). */
function takesImages(input: HTMLInputElement): boolean {
  const accept = input.accept.trim().toLowerCase();
  return accept === '' || accept.split(',').some((a) => a.trim().startsWith('image/') || a.trim() === '.png');
}

const fileInputs = (root: ParentNode): HTMLInputElement[] =>
  [...root.querySelectorAll<HTMLInputElement>('input[type="file"]')].filter((i) => !i.disabled && takesImages(i));

/**
 * The composer's picture input: the site's own selector first; else the one nearest the compose box (file inputs
 * are hidden behind a picture button, so visibility says nothing); else, if the page has exactly one, that one.
 */
export function findFileInput(doc: Document, request: Pick<AttachRequest, 'platform'>, box: HTMLElement | null): HTMLInputElement | null {
  for (const selector of SITE_BOXES[request.platform]?.fileInput ?? []) {
    const found = [...doc.querySelectorAll<HTMLInputElement>(selector)];
    const last = found[found.length - 1];
    if (last) return last;
  }
  for (let el = box?.parentElement ?? null; el; el = el.parentElement) {
    const near = fileInputs(el);
    if (near.length > 0) return near[near.length - 1] ?? null;
  }
  const all = fileInputs(doc);
  return all.length === 1 ? (all[0] ?? null) : null;
}

function toFile(file: AttachFile, win: Window & typeof globalThis): File {
  const bin = win.atob(file.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new win.File([bytes], file.name, { type: file.type });
}

/** Pictures the composer shows: a preview of what was attached usually appears as one of these. */
const previews = (root: ParentNode) => root.querySelectorAll('img, video, canvas, [style*="background-image"]').length;

/** The smallest element around both the input and the compose box: where previews appear. */
function composerOf(input: HTMLInputElement, box: HTMLElement | null): ParentNode {
  for (let el: HTMLElement | null = input.parentElement; el; el = el.parentElement) {
    if (!box || el.contains(box)) return el;
  }
  return input.ownerDocument;
}

/**
 * Gives the images to the site's own file input as if the person had picked them, then watches for their
 * previews. A single-file input gets them one at a time. Never presses Post.
 */
export async function handleAttach(doc: Document, request: AttachRequest): Promise<AttachOutcome> {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || request.files.length === 0) return { status: 'no-file-input' };
  const site = SITE_BOXES[request.platform];
  let box = findComposeBox(doc, request.platform);
  if (!box && site?.open) {
    findButton(doc, site.open)?.click();
    box = await waitFor(() => findComposeBox(doc, request.platform));
  }
  const input = findFileInput(doc, request, box);
  if (!input) return { status: 'no-file-input' };

  const area = composerOf(input, box);
  const before = previews(area);
  const files = request.files.map((f) => toFile(f, win));
  const batches = input.multiple ? [files] : files.map((f) => [f]);
  let given = 0;
  for (const batch of batches) {
    const transfer = new win.DataTransfer();
    for (const f of batch) transfer.items.add(f);
    input.files = transfer.files;
    // React and Vue listen for these, as they would after the file picker closes.
    input.dispatchEvent(new win.Event('input', { bubbles: true }));
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    given += input.files?.length ?? 0;
  }
  if (given === 0) return { status: 'no-file-input' };
  const seen = await waitFor(() => (previews(area) >= before + Math.min(given, 1) ? true : null), 4000);
  return { status: 'attached', files: given, seen: seen === true };
}
