import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, removeProfile, seedStory, type ExtensionBrowser } from './browser';
import { storyWith } from '../helpers/stories';
import { seededRandom } from '../helpers/random';

/**
 * The same story open in two views at once (the side panel and a tab, or two windows), both typing.
 * Concurrent edits of different fields must never lose a character; one view moving to another question
 * must not move the other's screen or drop its keystrokes; the same field typed in both at once ends the
 * same in both views, as one view last left it.
 */

const STORY_ID = 'two-views';
const PLACE = 'day.place';
const PARTS = ['province', 'city', 'district', 'spot'] as const;
const LABEL: Record<(typeof PARTS)[number], string> = {
  province: 'Province',
  city: 'City',
  district: 'District or county',
  spot: 'The spot, in your words',
};
// Chinese, English, digits, punctuation, emoji (one with a joiner): what parents really type.
const POOL = [
  ...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment('那天下午我们在菜市场门口Lele likes 🚀 rockets，他4岁半。👨‍👩‍👧明明回家吧!'),
].map((s) => s.segment);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function field(page: Page, part: (typeof PARTS)[number]): Locator {
  return page.getByLabel(LABEL[part], { exact: false }).first();
}

/**
 * Types graphemes into a field, one at a time, waiting `gaps[i]` ms (30–90) after each; returns what was
 * typed. Two views given the same gaps type in step, which makes their saves meet as often as they can.
 */
async function typeSlowly(page: Page, box: Locator, gaps: readonly number[], rand: () => number): Promise<string> {
  await box.click();
  await page.keyboard.press('Control+End'); // End alone stops at the end of a wrapped line
  let typed = '';
  for (const gap of gaps) {
    const g = POOL[Math.floor(rand() * POOL.length)]!;
    await page.keyboard.insertText(g);
    typed += g;
    await sleep(gap);
  }
  return typed;
}

const gapsFor = (count: number, rand: () => number) => Array.from({ length: count }, () => 30 + rand() * 60);

const heading = (page: Page) => page.getByRole('heading', { level: 2 }).first().textContent();

/** Back to the place question through the parts of the story, from wherever the view was left. */
async function backToPlace(page: Page): Promise<void> {
  if (/Where was your child last seen/.test((await heading(page)) ?? '')) return;
  await page
    .getByRole('navigation', { name: 'Parts of the story' })
    .getByRole('button', { name: /^The day/ })
    .click();
  // The part opens at its first unanswered question: the place is after "when" and before "what happened".
  for (let i = 0; i < 4; i++) {
    const now = (await heading(page)) ?? '';
    if (/Where was your child last seen/.test(now)) break;
    if (/When did you last see/.test(now))
      await page
        .getByRole('button', { name: /^(Next|Skip for now)$/ })
        .first()
        .click();
    else await page.getByRole('button', { name: 'Back' }).click();
  }
  await page.getByRole('heading', { name: /Where was your child last seen/ }).waitFor();
}

describe('two open views of one story', () => {
  let profile: string;
  let browser: ExtensionBrowser;
  let a: Page;
  let b: Page;
  const seed = Number(process.env.HOMEWARD_TWO_VIEWS_SEED ?? Date.now() % 100_000);

  beforeAll(async () => {
    console.log(`[figure] two views, seed ${seed} (HOMEWARD_TWO_VIEWS_SEED=${seed} repeats this run)`);
    profile = newProfileDir();
    browser = await launchWithExtension(profile);
    await seedStory(browser, {
      ...storyWith('en', [
        ['child.name', 'nickname', 'Lele'],
        ['day.when', 'date', '2019-06-05'],
      ]),
      id: STORY_ID,
      position: PLACE,
    });
    a = await browser.openPanel();
    b = await browser.openPanel();
    for (const page of [a, b]) await page.getByRole('heading', { name: /Where was your child last seen/ }).waitFor();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
  });

  it('typing different fields at once, round after round, keeps every character in both views', async () => {
    const rand = seededRandom(seed);
    const rounds = 10;
    for (let round = 0; round < rounds; round++) {
      const [partA, partB] = [PARTS[round % 4]!, PARTS[(round + 1 + (round % 2)) % 4]!];
      const startA = await field(a, partA).inputValue();
      const startB = await field(b, partB).inputValue();
      // Every other round the two type in step (the same gaps), the others each at their own pace.
      const gapsA = gapsFor(40 + Math.floor(rand() * 30), rand);
      const gapsB = round % 2 === 0 ? gapsA : gapsFor(40 + Math.floor(rand() * 30), rand);
      const [typedA, typedB] = await Promise.all([
        typeSlowly(a, field(a, partA), gapsA, rand),
        typeSlowly(b, field(b, partB), gapsB, rand),
      ]);
      const wantA = startA + typedA;
      const wantB = startB + typedB;
      // Each view keeps what it typed, and shows what the other typed once it arrives.
      for (const page of [a, b]) {
        await expect
          .poll(() => field(page, partA).inputValue(), { timeout: 5000, message: `round ${round} (seed ${seed}): ${partA}` })
          .toBe(wantA);
        await expect
          .poll(() => field(page, partB).inputValue(), { timeout: 5000, message: `round ${round} (seed ${seed}): ${partB}` })
          .toBe(wantB);
      }
    }
    // And what is stored is what both show: a new view opened now sees it all.
    const c = await browser.openPanel();
    await c.getByRole('heading', { name: /Where was your child last seen/ }).waitFor();
    for (const part of PARTS) expect(await field(c, part).inputValue()).toBe(await field(a, part).inputValue());
    await c.close();
  });

  it('one view moving between questions does not move the other or drop its keystrokes', async () => {
    const rand = seededRandom(seed + 1);
    const start = await field(a, 'spot').inputValue();
    const before = await heading(a);
    const headingsSeenInA = new Set<string | null>();
    let typing = true;
    const watch = (async () => {
      while (typing) {
        headingsSeenInA.add(await heading(a));
        await sleep(20);
      }
    })();
    const navigate = (async () => {
      let moves = 0;
      while (typing) {
        const choice = rand();
        // The last question has no Next (its button goes to the review) and the first one's Back leaves the
        // questions: a move that is not on this screen becomes a jump through the parts of the story.
        const onward = b.getByRole('button', { name: /^(Next|Skip for now)$/ }).first();
        const back = b.getByRole('button', { name: 'Back' });
        const parts = b.getByRole('navigation', { name: 'Parts of the story' }).getByRole('button');
        if (choice < 0.45 && (await onward.count()) > 0) await onward.click();
        else if (
          choice < 0.8 &&
          (await back.count()) > 0 &&
          !/^Part 1 of .*Question 1 of/.test((await b.locator('.crumb').allTextContents()).join(''))
        )
          await back.click();
        else await parts.nth(Math.floor(rand() * (await parts.count()))).click();
        moves++;
        await sleep(80 + rand() * 200);
      }
      return moves;
    })();
    const typed = await typeSlowly(a, field(a, 'spot'), gapsFor(70, rand), rand);
    typing = false;
    const moves = await navigate;
    await watch;
    expect(moves).toBeGreaterThan(5);
    expect([...headingsSeenInA]).toEqual([before]);
    expect(await field(a, 'spot').inputValue()).toBe(start + typed);
    // B comes back to the place question and finds A's words there.
    await backToPlace(b);
    await expect.poll(() => field(b, 'spot').inputValue(), { timeout: 5000 }).toBe(start + typed);
  });

  it('the same field typed in both at once ends the same in both, as one of them last left it', async () => {
    const rand = seededRandom(seed + 2);
    const box = (page: Page) => field(page, 'district');
    for (const page of [a, b]) await backToPlace(page);
    // Each view's own value right after each of its keystrokes.
    const lastOwn: Record<string, string> = {};
    const typeAndNote = async (page: Page, name: string) => {
      await box(page).click();
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Control+End'); // End alone stops at the end of a wrapped line
        await page.keyboard.insertText(POOL[Math.floor(rand() * POOL.length)]!);
        lastOwn[name] = await box(page).inputValue();
        await sleep(30 + rand() * 60);
      }
    };
    await Promise.all([typeAndNote(a, 'a'), typeAndNote(b, 'b')]);
    await expect.poll(async () => (await box(a).inputValue()) === (await box(b).inputValue()), { timeout: 5000 }).toBe(true);
    const final = await box(a).inputValue();
    expect([lastOwn.a, lastOwn.b]).toContain(final);
  });
});
