import type { Translate } from '@/lib/i18n/translate';

/**
 * t() for sentences that carry a parent's answers. Each answer is marked while the template is filled in, so
 * the sentence can be tidied where an answer meets Homeward's words, and only there: a space between Chinese
 * and Latin letters (你见过 Li Xiaoming 吗？, 在 Shenzhen, Guangdong 走失), none next to full-width
 * punctuation (小名：Mingming）). Inside the answer nothing changes.
 */
const OPEN = '\ue000';
const CLOSE = '\ue001';
const MARKS = /[\ue000\ue001]/g;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

export function say(t: Translate, key: string, vars: Record<string, string | number> = {}): string {
  const marked: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(vars)) {
    marked[name] = typeof value === 'string' && value !== '' ? `${OPEN}${value.replace(MARKS, '')}${CLOSE}` : value;
  }
  return tidyEdges(t(key, marked));
}

function tidyEdges(text: string): string {
  const chars = [...text];
  let out = '';
  let before = '';
  for (const [i, c] of chars.entries()) {
    if (c !== OPEN && c !== CLOSE) {
      out += c;
      before = c;
      continue;
    }
    const after = chars.slice(i + 1).find((x) => x !== OPEN && x !== CLOSE) ?? '';
    if ((HAN.test(before) && LATIN.test(after)) || (LATIN.test(before) && HAN.test(after))) {
      out += ' ';
      before = ' ';
    }
  }
  return out;
}
