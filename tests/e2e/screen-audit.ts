/**
 * What the screens test checks on every screen, in the page itself: horizontal overflow, text sizes and fonts,
 * the page's language and title, text of another script marked with its `lang`, no slanted Chinese, user
 * text isolated from Homeward's own words, and axe-core. See docs/accessibility.md.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AuditOptions {
  /** The panel's language: `<html lang>` must say it. */
  readonly lang: string;
  /** What `document.title` must be. */
  readonly title: string;
  /** Fonts `body`'s font-family must name (the CJK stack). */
  readonly fonts: readonly string[];
  /** The body's font size at least (px). */
  readonly minBody: number;
  /** Any visible text at least (px). */
  readonly minText: number;
}

export interface Audit {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  /** Elements or text sticking out of the viewport sideways: "<what> (<how far> px)". */
  readonly wide: readonly string[];
  readonly bodySize: number;
  readonly bodyFamily: string;
  readonly missingFonts: readonly string[];
  /** Visible text smaller than minText: "<size>px <text>". */
  readonly small: readonly string[];
  readonly lang: string;
  readonly title: string;
  /** Chinese text not inside a `lang="zh…"` element, or a run of English words in Chinese screens not inside `lang="en"`. */
  readonly unmarked: readonly string[];
  /** Chinese text drawn slanted (browsers fake italics for CJK). */
  readonly slanted: readonly string[];
  /** Text holding a bidi control that is not isolated from the words around it. */
  readonly unisolated: readonly string[];
  /** Drop-downs whose longest choice would not fit the panel. */
  readonly wideMenus: readonly string[];
  /** On Chinese screens, Homeward's words with half-width punctuation next to Chinese. */
  readonly halfWidth: readonly string[];
}

/** Runs in the page: everything but axe. Plain function declarations only (it is sent as source text). */
function auditInPage(options: AuditOptions): Audit {
  const root = document.documentElement;
  const vw = root.clientWidth;
  const han = /\p{Script=Han}/u;
  const englishRun = /[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){2,}/;
  const cut = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text).replace(/\s+/g, ' ').trim();
  function describe(el: Element): string {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `${el.tagName.toLowerCase()}${cls} “${cut(el.textContent ?? '')}”`;
  }
  /** Shown to the eye: not display:none, not visibility:hidden, not the 1 px visually-hidden text, not in a closed <details>. */
  function shown(el: Element): boolean {
    if (el.closest('.visually-hidden, [hidden], template, script, style, option')) return false;
    const details = el.closest('details');
    if (details && !details.open && !el.closest('summary')) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none';
  }

  const wide: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!shown(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.right > vw + 0.5 || rect.left < -0.5) wide.push(`${describe(el)} (${Math.round(Math.max(rect.right - vw, -rect.left))})`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.textContent ?? '').trim() !== '' && node.parentElement && shown(node.parentElement)) texts.push(node as Text);
  }
  for (const node of texts) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.right > vw + 0.5 || rect.left < -0.5) {
        wide.push(`text “${cut(node.textContent ?? '')}” (${Math.round(Math.max(rect.right - vw, -rect.left))})`);
        break;
      }
    }
  }

  /** Every bidi override or embedding in the text sits inside U+2066/7/8 … U+2069. */
  function isolatedInText(value: string): boolean {
    let depth = 0;
    for (const ch of value) {
      if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
      else if (ch === '\u2069') depth = Math.max(0, depth - 1);
      else if (/[\u202A-\u202E]/.test(ch) && depth === 0) return false;
    }
    return true;
  }
  const small: string[] = [];
  const unmarked: string[] = [];
  const slanted: string[] = [];
  const unisolated: string[] = [];
  const zhScreen = options.lang.startsWith('zh');
  for (const node of texts) {
    const parent = node.parentElement!;
    const text = node.textContent ?? '';
    const style = getComputedStyle(parent);
    const size = Number.parseFloat(style.fontSize);
    if (size < options.minText - 0.01) small.push(`${size}px “${cut(text)}”`);
    const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
    // A box cannot mark a run inside it: it is marked by the language it is written in. Chinese in brackets
    // beside Latin words is the original of a name or a place ("LI Xiaoyu (李小雨)"), and a few characters of
    // a name among many English words are an English post's: English (lib/text/scripts.ts, writtenInChinese).
    const outside = text.replace(/[(（][^()（）]*[)）]/gu, '').replace(/https?:\/\/\S+/gu, '');
    const hanCount = outside.match(/\p{Script=Han}/gu)?.length ?? 0;
    const latinWords = outside.match(/\p{Script=Latin}+/gu)?.length ?? 0;
    const originalsBeside = parent.tagName === 'TEXTAREA' && latinWords > 0 && hanCount < latinWords;
    if (han.test(text) && !originalsBeside) {
      if (!lang.toLowerCase().startsWith('zh')) unmarked.push(`“${cut(text)}” in lang="${lang}"`);
    } else if (zhScreen && (originalsBeside || englishRun.test(text)) && !lang.toLowerCase().startsWith('en')) {
      unmarked.push(`“${cut(text)}” in lang="${lang}"`);
    }
    if (han.test(text) && style.fontStyle !== 'normal') slanted.push(`${style.fontStyle} “${cut(text)}”`);
    if (!isolatedInText(text)) {
      // The nearest isolating element must hold this text and nothing of Homeward's around it.
      let isolate: Element | null = parent;
      while (isolate) {
        const bidi = getComputedStyle(isolate).unicodeBidi;
        if (isolate.tagName === 'BDI' || bidi === 'isolate' || bidi === 'isolate-override' || bidi === 'plaintext') break;
        isolate = isolate.parentElement;
      }
      if (!isolate || (isolate.textContent ?? '').trim() !== text.trim())
        unisolated.push(`“${cut(text)}” in ${isolate ? describe(isolate) : 'nothing'}`);
    }
  }
  // Names given in attributes (aria-label, alt) and the title cannot hold an element: there the user's words
  // must sit between U+2068 (first strong isolate) and U+2069 (pop directional isolate).
  for (const el of Array.from(document.querySelectorAll('[aria-label], [alt], [title], [placeholder]'))) {
    for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value && !isolatedInText(value)) unisolated.push(`${name}="${cut(value)}" of ${describe(el)}`);
    }
  }
  if (!isolatedInText(document.title)) unisolated.push(`the page title “${cut(document.title)}”`);

  // Homeward's own words on a Chinese screen use full-width punctuation, also where a component puts
  // punctuation between two strings ("姓名: " was one). What the parent typed (in <bdi>, fields) is theirs.
  const halfWidth: string[] = [];
  if (zhScreen) {
    const near = /\p{Script=Han}\s*[,.?!:;()]|[,.?!:;()]\s*\p{Script=Han}/u;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (el.closest('bdi, textarea, [lang^="en"], .post-preview') || !shown(el)) continue;
      const own = Array.from(el.childNodes)
        .map((n) =>
          n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '') : n instanceof Element && n.tagName !== 'BDI' ? (n.textContent ?? '') : '·',
        )
        .join('');
      const direct = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (direct && near.test(own)) halfWidth.push(describe(el));
    }
  }

  // A drop-down's list is as wide as its longest choice: it must fit the panel too.
  const wideMenus: string[] = [];
  const canvas = document.createElement('canvas').getContext('2d');
  for (const select of Array.from(document.querySelectorAll('select'))) {
    if (!shown(select) || !canvas) continue;
    const style = getComputedStyle(select);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    for (const option of Array.from(select.options)) {
      const width = canvas.measureText(option.text).width + 40; // the list's padding and scroll bar
      if (width > vw) {
        wideMenus.push(`“${cut(option.text)}” (${Math.round(width - vw)})`);
        break;
      }
    }
  }

  const body = getComputedStyle(document.body);
  const family = body.fontFamily;
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: vw,
    wide: [...new Set(wide)],
    bodySize: Number.parseFloat(body.fontSize),
    bodyFamily: family,
    missingFonts: options.fonts.filter((f) => !family.includes(f)),
    small: [...new Set(small)],
    lang: root.lang,
    title: document.title,
    unmarked: [...new Set(unmarked)],
    slanted: [...new Set(slanted)],
    unisolated: [...new Set(unisolated)],
    wideMenus,
    halfWidth: [...new Set(halfWidth)],
  };
}

export function audit(page: Page, options: AuditOptions): Promise<Audit> {
  return page.evaluate(auditInPage, options);
}

const requireHere = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly string[];
}

/**
 * axe-core's violations on the page. Its source is put in with `evaluate` (the DevTools protocol), which the
 * extension's Content-Security-Policy does not govern; an inline <script> (addScriptTag) would be refused.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  axeSource ??= readFileSync(requireHere.resolve('axe-core/axe.min.js'), 'utf8');
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeNode {
      target: string[];
      failureSummary?: string;
    }
    interface AxeResult {
      id: string;
      impact: string | null;
      nodes: AxeNode[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 220)}`),
    }));
  });
}
