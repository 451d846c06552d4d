/**
 * How far behind the durable copy is while a parent types: in headless Chromium with the built extension,
 * for each keystroke the time from its input event to the moment storage.local reports the write that holds
 * it (storage.onChanged, which Chrome sends once the write is on disk). Prints figures, asserts nothing.
 * `npx tsx scripts/bench-saving.ts` after a build, or `benchSaving()` from scripts/bench.ts.
 *
 * The story is a full one (every answer, post drafts for each site), so each write is realistic in size.
 * The typing runs twice: on a quiet machine, and with every core busy (two spinning processes), as on an
 * old laptop doing something else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, removeProfile, seedStory } from '../tests/e2e/browser';
import { MINGMING, storyWith } from '../tests/helpers/stories';
import { withDraft, type Story } from '../lib/story/story';

const KEYS = 300;
const STORY_ID = 'bench-saving';

function benchStory(): Story {
  const paragraph = '那天下午我们在菜市场门口，他说要看小鸭子😋。我转身付钱，回头他就不见了！我们喊遍了整条街，一直到天黑。';
  let story: Story = { ...storyWith('zh-CN', MINGMING), id: STORY_ID, position: 'who.memory' };
  for (const site of ['weibo', 'x', 'mastodon', 'bluesky', 'threads', 'facebook', 'xiaohongshu']) {
    for (const variant of ['story', 'alert', 'thread', 'update'])
      story = withDraft(story, `${site}:${variant}`, [paragraph.repeat(3), paragraph], story.updatedAt);
  }
  return story;
}

interface Lags {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

async function typeAndMeasure(page: Page): Promise<Lags> {
  await page.evaluate((key) => {
    // Methods, not named arrow functions: tsx would wrap those in a helper the page does not have.
    const probe = {
      typed: [] as { at: number; length: number }[],
      saved: [] as { at: number; length: number }[],
      onInput(event: Event) {
        const target = event.target as HTMLTextAreaElement;
        probe.typed.push({ at: performance.now(), length: target.value.length });
      },
      onChanged(changes: Record<string, { newValue?: { answers?: Record<string, Record<string, string>> } }>) {
        const text = changes[key]?.newValue?.answers?.['who.memory']?.memory;
        if (text !== undefined) probe.saved.push({ at: performance.now(), length: text.length });
      },
    };
    Object.assign(window, { __probe: probe });
    document.addEventListener('input', probe.onInput, true);
    (
      globalThis as unknown as { chrome: { storage: { onChanged: { addListener(f: unknown): void } } } }
    ).chrome.storage.onChanged.addListener(probe.onChanged);
  }, `homeward:story:${STORY_ID}`);
  const box = page.getByRole('textbox').first();
  await box.click();
  await page.keyboard.press('Control+End');
  const text = '他最喜欢吃妈妈包的韭菜饺子每次都说再来一个';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.insertText(text[i % text.length]!);
    await new Promise((r) => setTimeout(r, 30 + Math.random() * 60));
  }
  await new Promise((r) => setTimeout(r, 500));
  const { typed, saved } = await page.evaluate(
    () => (window as unknown as { __probe: { typed: { at: number; length: number }[]; saved: { at: number; length: number }[] } }).__probe,
  );
  const lags = typed.map((k) => {
    const durable = saved.find((s) => s.at >= k.at && s.length >= k.length);
    return durable ? durable.at - k.at : Number.POSITIVE_INFINITY;
  });
  return { p50: quantile(lags, 0.5), p95: quantile(lags, 0.95), max: Math.max(...lags), count: lags.length };
}

function busyCores(): ChildProcess[] {
  return Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
}

export async function benchSaving(): Promise<void> {
  console.log(`Saving while typing (${KEYS} keys, 30–90 ms apart, a full story with post drafts): keystroke → on disk`);
  const story = benchStory();
  console.log(`  story as stored: ${(Buffer.byteLength(JSON.stringify(story)) / 1024).toFixed(1)} KB of JSON, before its edit stamps`);
  for (const loaded of [false, true]) {
    const profile = newProfileDir();
    const browser = await launchWithExtension(profile, 'zh-CN');
    let hogs: ChildProcess[] = [];
    try {
      await seedStory(browser, story);
      const page = await browser.openPanel();
      await page.getByRole('textbox').first().waitFor();
      if (loaded) hogs = busyCores();
      const lags = await typeAndMeasure(page);
      const f = (ms: number) => `${ms.toFixed(1)} ms`;
      console.log(
        `  ${loaded ? 'every core busy' : 'quiet machine  '}: median ${f(lags.p50)}, p95 ${f(lags.p95)}, worst ${f(lags.max)} (${lags.count} keystrokes)`,
      );
    } finally {
      for (const hog of hogs) hog.kill();
      await browser.close().catch(() => undefined);
      removeProfile(profile);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void benchSaving();
