import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allQuestions, allSections } from '@/lib/kinds';
import { APP_LANGUAGES } from '@/lib/i18n/languages';
import { STARTABLE_KINDS } from '@/lib/story/kinds';

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
    for (const { section: s } of allSections()) needed.add(`sections.${s.id}`);
    for (const { question: q } of allQuestions()) {
      for (const k of ['label', 'help', 'example']) needed.add(`questions.${q.id}.${k}`);
      for (const p of q.parts) {
        needed.add(`questions.${q.id}.parts.${p.id}`);
        for (const o of p.options ?? []) needed.add(`options.${o}`);
      }
    }
    for (const [lang, keys] of Object.entries(locales)) {
      expect(
        [...needed].filter((k) => !(k in keys)),
        lang,
      ).toEqual([]);
    }
  });

  it('a voice only rewords: every voices.<voice>.… key overrides a key that exists, with no placeholder the shared key lacks', () => {
    for (const [lang, keys] of Object.entries(locales)) {
      const voiced = Object.keys(keys).filter((k) => k.startsWith('voices.'));
      expect(voiced.length, lang).toBeGreaterThan(20);
      // A voice's posts may say what no family post says (an adult's birth year, the volunteers): those few
      // are named here, and are that voice's own; every other voice key rewords a shared one.
      const own = new Set(['voices.adult.posts.born', 'voices.adult.posts.volunteers', 'voices.adult.posts.volunteersContact']);
      const orphans = voiced.filter((k) => !own.has(k) && !(k.replace(/^voices\.\w+\./, '') in keys));
      expect([...own].filter((k) => !(k in keys))).toEqual([]);
      expect(orphans, lang).toEqual([]);
      // The code passes the shared key's values: a voice may leave one out ("Do you know who I am?" needs no
      // name), never ask for one the code does not pass.
      const differ = voiced.filter(
        (k) => !own.has(k) && !placeholders(keys[k]!).every((p) => placeholders(keys[k.replace(/^voices\.\w+\./, '')]!).includes(p)),
      );
      expect(differ, lang).toEqual([]);
    }
  });

  it('names every kind a person can start, and what it is for', () => {
    for (const [lang, keys] of Object.entries(locales)) {
      const missing = STARTABLE_KINDS.flatMap((kind) => [`kinds.${kind}`, `kinds.about.${kind}`, `kinds.label.${kind}`]).filter(
        (k) => !(k in keys),
      );
      expect(missing, lang).toEqual([]);
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

/**
 * The wording rules (issue 9, "Screens a parent can read"), mechanically: each one names the strings that
 * break it, so a new string that breaks it fails here before a parent reads it.
 */
describe('wording', () => {
  const zh = ['zh-CN', 'zh-TW'] as const;
  const entries = (lang: string) =>
    Object.entries(locales[lang]!).map(([key, text]) => ({ key, text: text.replace(/{{\s*\w+\s*}}/g, '{}') }));
  const HAN = '\\p{Script=Han}';

  it.each(zh)('%s uses full-width punctuation next to Chinese', (lang) => {
    const halfWidth = new RegExp(`[${HAN}“”‘’（）《》、。，：；？！][,.?!:;()]|[,.?!:;()]\\s*[${HAN}“‘（《]`, 'u');
    expect(
      entries(lang)
        .filter(({ text }) => halfWidth.test(text))
        .map(({ key, text }) => `${key}: ${text}`),
    ).toEqual([]);
  });

  it.each(zh)('%s speaks to the parent as 您, never 你 (posts to the public and words to the child aside)', (lang) => {
    // Generated posts speak to strangers, examples are the parent's own words (to their child): not Homeward speaking.
    // A voice's own post words (voices.adult.posts.…) are posts too.
    const notHomeward = (key: string) =>
      /^(?:voices\.\w+\.)?posts\./.test(key) || key.endsWith('.example') || key.startsWith('questions.hopes.message.');
    expect(
      entries(lang)
        .filter(({ key, text }) => !notHomeward(key) && text.includes('你'))
        .map(({ key, text }) => `${key}: ${text}`),
    ).toEqual([]);
  });

  it.each(Object.keys(locales))('%s has no doubled words', (lang) => {
    const doubled = lang === 'en' ? /\b(\w+)\s+\1\b/i : /(的|了|是|在|和|把|就|也|都|您|我)\1/u;
    expect(
      entries(lang)
        .filter(({ text }) => doubled.test(text))
        .map(({ key, text }) => `${key}: ${text}`),
    ).toEqual([]);
  });

  it.each(Object.keys(locales))('%s never tells the parent to reload a page (a half-written post there would be lost)', (lang) => {
    const reload = /reload|refresh|刷新|重新整理|重新載入|重新加载|重新载入/i;
    expect(
      entries(lang)
        .filter(({ text }) => reload.test(text))
        .map(({ key, text }) => `${key}: ${text}`),
    ).toEqual([]);
  });

  it.each(Object.keys(locales))('%s has no technical words a parent would not use', (lang) => {
    const jargon =
      lang === 'en'
        ? /\b(tabs?|content scripts?|permissions?|IndexedDB|storage\.local|extension|DOM|API|URL|pop-?up|cache|sync)\b/i
        : /标签页|標籤頁|分頁|分页|权限|權限|脚本|腳本|扩展程序|擴充功能|插件|外掛|缓存|快取|URL|API/;
    expect(
      entries(lang)
        .filter(({ text }) => jargon.test(text))
        .map(({ key, text }) => `${key}: ${text}`),
    ).toEqual([]);
  });
});
