/**
 * What a compose box holds, as the text a reader will see, and the strict comparison the insertion uses.
 * Plain DOM, no extension APIs: runs in the content script and in tests.
 *
 * Rich editors (Draft.js, Lexical, ProseMirror) render a post as blocks: one block per line, an empty block
 * (holding only a <br>) for a blank line, a <br> inside a block for a line break. `innerText` would add the
 * paragraphs' margins as extra blank lines and differs between browsers, so the box is read block by block.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const INLINE_DISPLAYS = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents']);

/** Whether an element starts its own line: its computed display where the page has one, else its tag. */
function isBlock(el: Element): boolean {
  const display = el.ownerDocument.defaultView?.getComputedStyle(el).display;
  if (display) return !INLINE_DISPLAYS.has(display);
  return BLOCK_TAGS.has(el.tagName);
}

function isHidden(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style?.display === 'none';
}

/** The lines of one block: its own runs of inline content and the lines of the blocks inside it. */
function blockLines(block: Element): string[] {
  const lines: string[] = [];
  let run: string | null = null;
  const endRun = () => {
    // A break at the very end of a run draws no line of its own (an empty block's <br>, ProseMirror's
    // trailing break); a second one does.
    if (run !== null) lines.push(run.endsWith('\n') ? run.slice(0, -1) : run);
    run = null;
  };
  const inline = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) run = (run ?? '') + (child as Text).data;
      else if (child instanceof Element) {
        if (isHidden(child)) continue;
        if (child.tagName === 'BR') run = (run ?? '') + '\n';
        else if (isBlock(child)) {
          endRun();
          lines.push(...blockLines(child));
        } else inline(child);
      }
    }
  };
  inline(block);
  endRun();
  // An empty block is still a line (a blank line of the post).
  return lines.length > 0 ? lines : [''];
}

/** The box's text: a textarea's value, or a rich editor's blocks, one line each. */
export function boxText(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return blockLines(el).join('\n');
}

/**
 * How a box may render the same text differently, and nothing more: Windows line ends, a no-break space
 * for a space (editors keep runs of spaces visible that way), a zero-width no-break space some editors
 * leave as a cursor holder. Blank lines, leading and doubled spaces and tabs all count.
 */
export function normaliseBoxText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\ufeff/g, '');
}

/** True when the box holds exactly `post`. */
export function holdsExactly(found: string, post: string): boolean {
  return normaliseBoxText(found) === normaliseBoxText(post);
}
