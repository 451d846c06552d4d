/**
 * How insertion behaves when a parent uses it over and over: in headless Chromium with the built extension,
 * on every fixture editor (served under the real host names), the panel inserts the story, the short alert,
 * a post laid out with blank lines, leading spaces and a tab, and the story again, ROUNDS times each, into
 * the same box without clearing it. For each editor it prints how many insertions left the box holding
 * exactly the post the panel showed, how many the panel called "put in", and the time from the press to the
 * panel's answer (median and worst). Prints figures, asserts nothing.
 * `npx tsx scripts/bench-insert.ts` after `npm run build`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, openPanelFor, removeProfile, seedStory, type ExtensionBrowser } from '../tests/e2e/browser';
import { startSites } from '../tests/e2e/sites';
import { MINGMING, storyWith } from '../tests/helpers/stories';

const ROUNDS = 5;
const SPACED = '  两个空格开头\n\t一个制表符开头\n\n\n上面空了两行，这里有  两个空格\n最后一行 🙏';

const EDITORS = [
  ['X (Draft.js)', 'https://x.com/compose/post'],
  ['Weibo (textarea)', 'https://weibo.com/'],
  ['Mastodon (React textarea)', 'https://mastodon.social/home'],
  ['Bluesky (Tiptap)', 'https://bsky.app/'],
  ['Threads (Lexical)', 'https://www.threads.net/'],
  ['Facebook (Lexical)', 'https://www.facebook.com/'],
  ['Xiaohongshu (Tiptap)', 'https://creator.xiaohongshu.com/publish/publish'],
] as const;

export interface EditorFigures {
  editor: string;
  insertions: number;
  exact: number;
  saidDone: number;
  saidDoneButWrong: number;
  medianMs: number;
  worstMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function open(browser: ExtensionBrowser, url: string): Promise<{ site: Page; panel: Page }> {
  const site = await browser.context.newPage();
  await site.goto(url);
  await site.waitForFunction(() => typeof window.homewardFixtureState === 'function');
  const panel = await openPanelFor(browser, new URL(url).host);
  await panel.getByRole('navigation', { name: '要做的事' }).getByRole('button', { name: '生成帖子' }).click();
  await panel.waitForFunction(() => (document.querySelector('select') as HTMLSelectElement | null)?.value !== 'other');
  return { site, panel };
}

/**
 * Presses Insert and waits for the panel's answer. The status is blanked first, so a new answer shows; an
 * answer that is the same words as the last one does not re-render (older builds), so after 6 s the
 * unchanged answer counts, without a time.
 */
async function insertOnce(panel: Page, last: string): Promise<{ ms: number | null; said: string }> {
  await panel.evaluate(() => {
    const p = document.querySelector('.compose-status');
    if (p) p.textContent = '';
  });
  const start = performance.now();
  await panel.getByRole('button', { name: '放进发帖框' }).click();
  const status = panel
    .getByRole('status')
    .filter({ hasText: /\S/ })
    .filter({ hasNotText: /^正在放进/ });
  try {
    await status.waitFor({ timeout: 6000 });
  } catch {
    return { ms: null, said: last };
  }
  return { ms: performance.now() - start, said: (await status.textContent()) ?? '' };
}

async function measureEditor(browser: ExtensionBrowser, name: string, url: string): Promise<EditorFigures> {
  const { site, panel } = await open(browser, url);
  const box = () => panel.getByRole('textbox', { name: '帖子内容' });
  const body = async () => {
    const state = await site.evaluate(() => window.homewardFixtureState());
    return name.startsWith('Xiaohongshu') ? state.slice(1) : state;
  };
  const figures: EditorFigures = { editor: name, insertions: 0, exact: 0, saidDone: 0, saidDoneButWrong: 0, medianMs: 0, worstMs: 0 };
  const times: number[] = [];
  const steps: (() => Promise<void>)[] = [
    () => panel.getByRole('radio', { name: '故事' }).check(),
    () => panel.getByRole('radio', { name: '简短寻人启事' }).check(),
    async () => {
      await panel.getByRole('radio', { name: '故事' }).check();
      await box().fill(SPACED);
    },
    async () => {
      await panel.getByRole('button', { name: '恢复成“回家”生成的版本' }).click();
      await panel.getByRole('button', { name: '是的，恢复' }).click();
    },
  ];
  let last = '';
  for (let round = 0; round < ROUNDS; round++) {
    for (const step of steps) {
      await step();
      const shown = await box().inputValue();
      const { ms, said } = await insertOnce(panel, last);
      last = said;
      const exact = JSON.stringify(await body()) === JSON.stringify([shown]);
      const done = said.startsWith('已经放进');
      figures.insertions++;
      if (exact) figures.exact++;
      if (done) figures.saidDone++;
      if (done && !exact) figures.saidDoneButWrong++;
      if (ms !== null) times.push(ms);
    }
  }
  figures.medianMs = Math.round(median(times));
  figures.worstMs = Math.round(Math.max(...times));
  await site.close();
  await panel.close();
  return figures;
}

export async function benchInsert(): Promise<EditorFigures[]> {
  const sites = await startSites();
  const profile = newProfileDir();
  const browser = await launchWithExtension(profile, 'zh-CN', { hostRules: sites.hostRules });
  try {
    await seedStory(browser, { ...storyWith('zh-CN', MINGMING), id: 'bench-insert', position: 'review' });
    const all: EditorFigures[] = [];
    for (const [name, url] of EDITORS) all.push(await measureEditor(browser, name, url));
    console.log(`\nInsertion, Chromium: ${ROUNDS} rounds of story, alert, spaced text, story again, into the same box`);
    console.log('editor                      exact   said "put in"   said it but wrong   median ms   worst ms');
    for (const f of all) {
      console.log(
        `${f.editor.padEnd(28)}${`${f.exact}/${f.insertions}`.padEnd(8)}${`${f.saidDone}/${f.insertions}`.padEnd(16)}${String(f.saidDoneButWrong).padEnd(20)}${String(f.medianMs).padEnd(12)}${f.worstMs}`,
      );
    }
    return all;
  } finally {
    await browser.close().catch(() => undefined);
    removeProfile(profile);
    await sites.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchInsert();
