import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { QUESTIONS, SECTIONS } from '@/prompts/interview';
import { APP_LANGUAGES } from '@/lib/i18n/languages';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))),
  );
const read = (file: string) => flatten(JSON.parse(readFileSync(file, 'utf8')) as Tree);
const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const files = readdirSync('locales').filter((f) => f.endsWith('.json'));
const locales = Object.fromEntries(files.map((f) => [f.replace('.json', ''), read(join('locales', f))]));
const allKeys = new Set(Object.values(locales).flatMap((l) => Object.keys(l)));

describe('locales', () => {
  it('has a file for every language the app offers', () => {
    expect(Object.keys(locales).sort()).toEqual([...APP_LANGUAGES].sort());
  });

  it.each(Object.keys(locales))('%s has every key any other locale has', (lang) => {
    const missing = [...allKeys].filter((k) => !(k in locales[lang]!));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(locales))('%s keeps the same {{placeholders}} as English', (lang) => {
    const differ = Object.keys(locales.en!).filter(
      (k) => JSON.stringify(placeholders(locales[lang]![k] ?? '')) !== JSON.stringify(placeholders(locales.en![k]!)),
    );
    expect(differ).toEqual([]);
  });

  it.each(Object.keys(locales))('%s leaves nothing empty that English fills', (lang) => {
    const empty = Object.keys(locales.en!).filter((k) => locales.en![k] !== '' && locales[lang]![k]?.trim() === '');
    expect(empty).toEqual([]);
  });

  it('has the words for every section, question, part and option in the prompts', () => {
    const needed = new Set<string>();
    for (const s of SECTIONS) needed.add(`sections.${s.id}`);
    for (const q of QUESTIONS) {
      for (const k of ['label', 'help', 'example']) needed.add(`questions.${q.id}.${k}`);
      for (const p of q.parts) {
        needed.add(`questions.${q.id}.parts.${p.id}`);
        for (const o of p.options ?? []) needed.add(`options.${o}`);
      }
    }
    for (const [lang, keys] of Object.entries(locales)) {
      expect([...needed].filter((k) => !(k in keys)), lang).toEqual([]);
    }
  });

  it('localises the manifest name and description in every language', () => {
    for (const dir of ['en', 'zh_CN', 'zh_TW']) {
      const messages = JSON.parse(readFileSync(join('public/_locales', dir, 'messages.json'), 'utf8')) as Record<
        string,
        { message: string }
      >;
      for (const key of ['extName', 'extDescription', 'extActionTitle']) expect(messages[key]?.message, `${dir} ${key}`).toBeTruthy();
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
