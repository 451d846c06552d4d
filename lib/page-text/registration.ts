/**
 * A 宝贝回家 (baobeihuijia.com) registration page: the fields of one person's registration, read by their labels
 * (寻亲类别：家寻宝贝, 姓&nbsp;&nbsp;名：…), and the registration's photo. The site lists them as
 * `<li><span>label：</span>value</li>` inside #table_1_normaldivr; a label in a `<th>`/`<td>` with the value in
 * the next cell, a `<dt>`/`<dd>` pair, or 「label：value」 in one piece of text is read too, in case the layout changes.
 */
import { MAX_FIELD_CHARS, clip, collapse, httpUrl } from './text';
import type { RegistrationField, RegistrationKey } from './types';

export type RegistrationKind = 'family-seeking-child' | 'adult-seeking-family';

const HOSTS: ReadonlySet<string> = new Set(['baobeihuijia.com', 'www.baobeihuijia.com']);

/** The kind a registration address names (view.aspx?type=1&id=… a family, type=2 an adult), or null for any other address. */
export function registrationUrlKind(address: string): RegistrationKind | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!HOSTS.has(url.hostname) || url.pathname.toLowerCase() !== '/view.aspx') return null;
  // ASP.NET reads query names in any case (Type=1, ID=5).
  const param = (name: string): string | null => {
    for (const [key, value] of url.searchParams) if (key.toLowerCase() === name) return value;
    return null;
  };
  const id = param('id');
  if (id === null || !/^\d+$/.test(id)) return null;
  const type = param('type');
  return type === '1' ? 'family-seeking-child' : type === '2' ? 'adult-seeking-family' : null;
}

/** Where a registration page shows its photo; null for any other page (no photo is read from it). */
export function registrationPhotoSelector(address: string): string | null {
  return registrationUrlKind(address) ? '#_table_1_photo img' : null;
}

/**
 * Each field's labels, the most fitting first. The place: 失踪地点 where the person was lost; on 宝贝寻家 pages
 * it is often 不详 or missing, and 失踪人所在地 (where the person lived or lives) is the place there is.
 */
const LABELS: readonly (readonly [RegistrationKey, readonly string[]])[] = [
  ['category', ['寻亲类别']],
  ['number', ['寻亲编号']],
  ['name', ['姓名']],
  ['gender', ['性别']],
  ['birthDate', ['出生日期', '出生年月', '出生时间']],
  ['height', ['失踪时身高', '身高']],
  ['lostDate', ['失踪时间', '失踪日期', '走失时间', '被拐时间']],
  ['lostPlace', ['失踪地点', '走失地点', '被拐地点', '发现地点', '失踪人所在地']],
  ['features', ['寻亲者特征描述', '特征描述', '体貌特征']],
  ['other', ['其他资料', '其它资料']],
];
const KNOWN_LABELS: ReadonlySet<string> = new Set(LABELS.flatMap(([, labels]) => labels));

/**
 * What a registration says when it says nothing: such a value is left out, so that nothing offers "不详" as
 * an answer (the helper types what they know instead).
 */
const PLACEHOLDER = /^(?:无|暂无|不详|未知|不知道|不清楚|没有|无资料|待定|待补充|空|[-—–_/／?？.。、…*]+)[。.]?$/u;

// Every kind of space, the zero-width ones too: 姓&nbsp;&nbsp;名 is 姓名.
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]+/gu;
const labelText = (text: string) => text.replace(SPACES, '');
const COLON = /[:：]/u;
const withoutColon = (label: string) => label.replace(/[:：]+$/u, '');

/** Elements whose text is never a value: code, styles, fallbacks. */
const NOT_TEXT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'title',
  'iframe',
  'object',
]);
/** A label wrapped in one of these may have its value after the wrapper (`<td><b>姓名：</b></td><td>…`). */
const WRAPPERS: ReadonlySet<string> = new Set(['span', 'b', 'strong', 'em', 'i', 'u', 'font', 'label', 'td', 'th', 'dt']);
const CELLS: ReadonlySet<string> = new Set(['td', 'th']);
const BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'section',
  'article',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);
const ELEMENT = 1;
const TEXT = 3;
const SHOW_TEXT = 0x4;

const isElement = (node: Node): node is Element => node.nodeType === ELEMENT;

/**
 * The plain text of some nodes, without scripts and styles, read only as far as a field can hold; with
 * `stopAtLabel`, only up to the next label or the next block after some text.
 */
function textOf(nodes: Iterable<Node>, stopAtLabel = false): string {
  let out = '';
  const limit = MAX_FIELD_CHARS * 2;
  for (const start of nodes) {
    if (out.length > limit) break;
    if (stopAtLabel && startsLabel(start)) break;
    // A value is the rest of its line: a block after some text (the next paragraph of the page) ends it.
    if (stopAtLabel && isElement(start) && BLOCKS.has(start.localName) && out.trim() !== '') break;
    // Depth first without recursion: a page may nest thousands deep.
    const stack: Node[] = [start];
    for (let node = stack.pop(); node !== undefined && out.length <= limit; node = stack.pop()) {
      if (node.nodeType === TEXT) out += (node as Text).data;
      else if (isElement(node)) {
        if (NOT_TEXT.has(node.localName)) continue;
        if (node.localName === 'br') out += ' ';
        for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child);
      }
    }
  }
  return out;
}

/** A node that begins another field (`<span>性别：</span>`, or the text 「性别：女」), where a value ends. */
function startsLabel(node: Node): boolean {
  if (node.nodeType === TEXT) {
    const text = labelText((node as Text).data);
    const colon = text.search(COLON);
    return colon > 0 && KNOWN_LABELS.has(text.slice(0, colon));
  }
  if (!isElement(node) || NOT_TEXT.has(node.localName)) return false;
  const text = node.textContent ?? '';
  return text.length < 40 && KNOWN_LABELS.has(withoutColon(labelText(text)));
}

function siblingsAfter(node: Node): Node[] {
  const out: Node[] = [];
  for (let next = node.nextSibling; next !== null; next = next.nextSibling) out.push(next);
  return out;
}

function nextElementNamed(node: Element, names: ReadonlySet<string>): Element | null {
  for (let next = node.nextElementSibling; next !== null; next = next.nextElementSibling) if (names.has(next.localName)) return next;
  return null;
}

/** The value that follows a label: the rest of its line, or the next cell, or the `<dd>`. */
function valueAfter(label: Node): string {
  let anchor = label;
  for (let depth = 0; depth < 4; depth++) {
    if (isElement(anchor) && CELLS.has(anchor.localName)) {
      const cell = nextElementNamed(anchor, CELLS);
      return cell ? textOf([cell]) : '';
    }
    if (isElement(anchor) && anchor.localName === 'dt') {
      const dd = nextElementNamed(anchor, new Set(['dd']));
      return dd ? textOf([dd]) : '';
    }
    const rest = collapse(textOf(siblingsAfter(anchor), true));
    if (rest !== '') return rest;
    const parent = anchor.parentElement;
    if (parent === null || !WRAPPERS.has(parent.localName)) return '';
    anchor = parent;
  }
  return '';
}

/** Every known label under `root` and the raw text after it; the first of each label is kept. */
function labelledValues(root: Node, found: Map<string, string>): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (parent === null || NOT_TEXT.has(parent.localName)) continue;
    if (text.data.length > MAX_FIELD_CHARS * 2) continue;
    const squeezed = labelText(text.data);
    if (squeezed === '') continue;
    const alone = withoutColon(squeezed);
    if (KNOWN_LABELS.has(alone)) {
      if (found.has(alone)) continue;
      // The label is the whole of its element (<span>姓名：</span>): the value follows the element.
      const onlyChild = Array.from(parent.childNodes).every((child) => child === text || labelText(child.textContent ?? '') === '');
      found.set(alone, valueAfter(onlyChild ? parent : text));
      continue;
    }
    // 「寻亲类别：家寻宝贝」 in one piece of text.
    const colon = squeezed.search(COLON);
    const label = colon > 0 ? squeezed.slice(0, colon) : '';
    if (!KNOWN_LABELS.has(label) || found.has(label)) continue;
    const after = text.data.slice(text.data.search(COLON) + 1);
    found.set(label, `${after} ${textOf(siblingsAfter(text), true)}`);
  }
}

const usable = (value: string) => value !== '' && !PLACEHOLDER.test(value);

/** The fields of a registration page, in the order of RegistrationKey; empty values and placeholders (不详, 无) left out. */
export function registrationFields(doc: Document): RegistrationField[] {
  const found = new Map<string, string>();
  try {
    // The registration's own list first, then the rest of the page for what it lacks.
    const list = doc.getElementById('table_1_normaldivr');
    if (list) labelledValues(list, found);
    const body = doc.body ?? doc.documentElement;
    if (body) labelledValues(body, found);
  } catch {
    // A page too strange to walk to the end: what was read so far is what there is.
  }
  const fields: RegistrationField[] = [];
  for (const [key, labels] of LABELS) {
    for (const label of labels) {
      const value = clip(collapse(found.get(label) ?? ''), MAX_FIELD_CHARS);
      if (usable(value)) {
        fields.push({ key, label, value });
        break;
      }
    }
  }
  return fields;
}

/** The kind a category names (家寻宝贝, 宝贝寻家), or null for another category or none. */
export function kindOfCategory(category: string | undefined): RegistrationKind | null {
  if (category?.includes('家寻宝贝')) return 'family-seeking-child';
  if (category?.includes('宝贝寻家')) return 'adult-seeking-family';
  return null;
}

/** The registration's photo as an absolute http(s) address, or null. */
export function registrationPhoto(doc: Document, pageUrl: string): string | null {
  const src = doc.querySelector('#_table_1_photo img[src]')?.getAttribute('src');
  return src ? httpUrl(src, pageUrl) : null;
}
