/**
 * The translate view's figures (issue 14): prints, asserts nothing.
 * - its chunks' sizes in the build (the view, and the pinyin suggestions loaded with `import()`);
 * - in headless Chromium with the built extension: from pressing "Translate" to the view's heading, and to
 *   the first name suggestion (pinyin-pro loaded and run), median of 5 fresh profiles;
 * - in Node: writing every post of every site in English from a Chinese story with every part checked
 *   (`storyInLanguage` and the facts in that language), median of 20.
 * `npm run bench:translate` (builds first), or `benchTranslate()` from scripts/bench.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension, newProfileDir, removeProfile, seedStory } from '../tests/e2e/browser';
import { MINGMING, storyWith } from '../tests/helpers/stories';
import { composePosts, VARIANTS, type Translate } from '../lib/compose/posts';
import { composeBilingual } from '../lib/compose/bilingual';
import type { Story } from '../lib/story/story';
import { PLATFORMS } from '../lib/platforms';
import { PLATFORM_IDS } from '../lib/platforms/types';
import { createI18n } from '../lib/i18n/i18n';
import { storyInLanguage, translatableParts, withChecked, withTranslatedText } from '../lib/translate/story-translation';

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function chunkSizes(): string[] {
  const dir = join(EXTENSION_DIR, 'chunks');
  return readdirSync(dir)
    .filter((f) => /^(TranslateView|suggest)-/.test(f))
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return `  ${f.replace(/-[\w-]+\.js$/, '.js').padEnd(20)} ${(bytes.length / 1024).toFixed(1)} kB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} kB gzipped`;
    });
}

async function viewLoad(): Promise<{ heading: number; suggestion: number }> {
  const profile = newProfileDir();
  const browser = await launchWithExtension(profile);
  try {
    await seedStory(browser, storyWith('zh-CN', MINGMING));
    const page = await browser.openPanel();
    await page.getByRole('button', { name: 'Translate' }).waitFor();
    const start = Date.now();
    await page.getByRole('button', { name: 'Translate' }).click();
    await page.getByRole('heading', { name: 'Translate the story' }).waitFor();
    const heading = Date.now() - start;
    await page.getByRole('button', { name: /^Use “LI Xiaoming/ }).waitFor();
    return { heading, suggestion: Date.now() - start };
  } finally {
    await browser.close();
    removeProfile(profile);
  }
}

/** Mingming's story with every part translated into English and checked. */
function checkedInEnglish(): Story {
  let story = storyWith('zh-CN', MINGMING);
  for (const part of translatableParts(story)) {
    story = withTranslatedText(story, 'en', part.questionId, part.partId, `[en] ${part.source}`, 'person', story.updatedAt);
    story = withChecked(story, 'en', part.questionId, part.partId, true, story.updatedAt);
  }
  return story;
}

/** Median ms of `run` over 20 runs; `run` throws if a site gets no post. */
function timed(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

async function factsInEnglish(): Promise<{ english: number; bilingual: number }> {
  const en = (await createI18n('en')).getFixedT('en') as unknown as Translate;
  const zh = (await createI18n('zh-CN')).getFixedT('zh-CN') as unknown as Translate;
  const story = checkedInEnglish();
  const check = (id: string, posts: Record<(typeof VARIANTS)[number], { parts: readonly string[] }>) => {
    if (VARIANTS.some((v) => posts[v].parts.length === 0)) throw new Error(`no ${id} post`);
  };
  const english = timed(() => {
    const view = storyInLanguage(story, 'en');
    for (const id of PLATFORM_IDS) check(id, composePosts({ story: view, profile: PLATFORMS[id], t: en, today: '2026-11-30' }));
  });
  const bilingual = timed(() => {
    const first = { story, t: zh };
    const second = { story: storyInLanguage(story, 'en'), t: en };
    for (const id of PLATFORM_IDS) check(id, composeBilingual({ first, second, profile: PLATFORMS[id], today: '2026-11-30' }));
  });
  return { english, bilingual };
}

export async function benchTranslate(): Promise<void> {
  console.log('Translate view (Chromium headless, the built extension)');
  for (const line of chunkSizes()) console.log(line);
  const loads: { heading: number; suggestion: number }[] = [];
  for (let run = 0; run < 5; run++) loads.push(await viewLoad());
  console.log(
    `  press "Translate" → the view's heading: median ${median(loads.map((l) => l.heading))} ms (${loads.map((l) => l.heading).join(', ')})`,
  );
  console.log(
    `  press "Translate" → the first name suggestion (pinyin loaded): median ${median(loads.map((l) => l.suggestion))} ms (${loads.map((l) => l.suggestion).join(', ')})`,
  );
  const facts = await factsInEnglish();
  console.log(
    `  every post of every site (${PLATFORM_IDS.length}) in English from a checked translation: median ${facts.english.toFixed(1)} ms (Node)`,
  );
  console.log(`  every post of every site, Chinese then English: median ${facts.bilingual.toFixed(1)} ms (Node)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchTranslate().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
