/**
 * The checks every screen gets (tests/e2e/screens.test.ts, and the screens other suites open): in light and
 * dark, at 320 px and at 200 % zoom, axe-core finds nothing serious, nothing sticks out sideways, text is large
 * enough and in the CJK font stack, the page says its language and title, other-script text is marked,
 * Chinese is never slanted, user text is isolated; and focus never falls to the page after an action.
 *
 * HOMEWARD_SCREENSHOTS=<dir> also saves a PNG of every screen in every mode there.
 * HOMEWARD_AUDIT_LOG=<file> appends each screen's findings (JSON lines), for before/after figures.
 */
import { expect } from 'vitest';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { audit, runAxe, type AuditOptions } from './screen-audit';
import type en from '../../locales/en.json';

export type Words = typeof en;
const SHOTS = process.env.HOMEWARD_SCREENSHOTS;
const LOG = process.env.HOMEWARD_AUDIT_LOG;

/**
 * 200 % browser zoom of a 320 px panel: the panel stays 320 device pixels wide and each CSS pixel takes two,
 * so the page is laid out in 160 CSS px at a device pixel ratio of 2 (what `zoom` does to media queries,
 * `rem`, and window.innerWidth). Emulated with the DevTools protocol's device metrics, not CSS `zoom`, which
 * would leave the layout viewport at 320 px.
 */
const MODES = [
  { name: 'light-320', scheme: 'light', width: 320, scale: 1 },
  { name: 'dark-320', scheme: 'dark', width: 320, scale: 1 },
  { name: 'light-zoom200', scheme: 'light', width: 160, scale: 2 },
  { name: 'dark-zoom200', scheme: 'dark', width: 160, scale: 2 },
] as const;
const HEIGHT = 900;

function auditOptions(lang: 'zh-CN' | 'en', words: Words): AuditOptions {
  return {
    lang,
    title: words.app.name,
    fonts: ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC'],
    minBody: 16,
    minText: 14,
  };
}

/** Puts the page in one of the four modes. */
async function setMode(page: Page, mode: (typeof MODES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: mode.scheme });
  await page.setViewportSize({ width: mode.width, height: Math.round(HEIGHT / mode.scale) });
  // Two frames: layout and paint settle after the resize.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The whole page as the parent sees it: at 200 % zoom, drawn at twice the scale (320 device pixels wide). */
async function screenshot(page: Page, mode: (typeof MODES)[number], file: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const cdp = await page.context().newCDPSession(page);
  const { data } = (await cdp.send('Page.captureScreenshot', {
    format: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: mode.width, height, scale: mode.scale },
  })) as { data: string };
  await cdp.detach();
  writeFileSync(file, Buffer.from(data, 'base64'));
}

/** Every check on the screen shown now, in every mode; fails listing all that is wrong. */
export async function checkScreen(page: Page, lang: 'zh-CN' | 'en', words: Words, screen: string): Promise<void> {
  const options = auditOptions(lang, words);
  const problems: string[] = [];
  const figures: Record<string, unknown> = {};
  for (const mode of MODES) {
    await setMode(page, mode);
    const found = await audit(page, options);
    const axe = await runAxe(page);
    const serious = axe.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const where = `${screen} [${lang} ${mode.name}]`;
    if (found.scrollWidth > found.clientWidth) problems.push(`${where}: page ${found.scrollWidth} px wide in ${found.clientWidth}`);
    for (const w of found.wide) problems.push(`${where}: sticks out: ${w}`);
    // A drop-down's list opens outside the page and may cover the site beside the panel when zoomed; at
    // 320 px it must still fit the panel.
    if (mode.scale === 1) for (const m of found.wideMenus) problems.push(`${where}: menu wider than the panel: ${m}`);
    if (found.bodySize < options.minBody) problems.push(`${where}: body text ${found.bodySize} px`);
    if (found.missingFonts.length) problems.push(`${where}: body font-family “${found.bodyFamily}” lacks ${found.missingFonts.join(', ')}`);
    for (const s of found.small) problems.push(`${where}: small text ${s}`);
    if (found.lang !== options.lang) problems.push(`${where}: <html lang="${found.lang}">`);
    if (found.title !== options.title) problems.push(`${where}: title “${found.title}”`);
    for (const u of found.unmarked) problems.push(`${where}: other-script text without lang: ${u}`);
    for (const s of found.slanted) problems.push(`${where}: slanted Chinese: ${s}`);
    for (const h of found.halfWidth) problems.push(`${where}: half-width punctuation in Chinese: ${h}`);
    for (const u of found.unisolated) problems.push(`${where}: user text not isolated: ${u}`);
    for (const v of serious) problems.push(`${where}: axe ${v.impact} ${v.id}: ${v.nodes.join(' | ')}`);
    figures[mode.name] = {
      overflowPx: found.scrollWidth - found.clientWidth,
      wide: found.wide.length,
      bodySize: found.bodySize,
      small: found.small.length,
      unmarked: found.unmarked.length,
      slanted: found.slanted.length,
      halfWidth: found.halfWidth.length,
      unisolated: found.unisolated.length,
      axe: axe.map((v) => `${v.impact}:${v.id}(${v.nodes.length})`),
    };
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await screenshot(page, mode, join(SHOTS, `${lang}-${screen.replace(/[^\w-]+/g, '_')}-${mode.name}.png`));
    }
  }
  await setMode(page, MODES[0]);
  if (LOG) appendFileSync(LOG, `${JSON.stringify({ lang, screen, figures, problems: problems.length })}\n`);
  expect(problems).toEqual([]);
}

/** Focus is somewhere meaningful: never dropped on the page itself after an action. */
export async function expectFocusKept(page: Page, after: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.tagName : 'BODY')),
      {
        message: `focus after ${after}`,
        timeout: 2000,
      },
    )
    .not.toBe('BODY');
}

/** Presses a button with the keyboard, as a parent who does not use a mouse would. */
export async function press(page: Page, button: Locator, what: string): Promise<void> {
  await button.focus();
  await page.keyboard.press('Enter');
  await expectFocusKept(page, what);
}
