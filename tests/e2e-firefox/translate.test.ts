import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startSites, type SiteServer } from '../e2e/sites';
import { newAnswer, watchAnswers } from '../e2e/insert-answers';
import { launchFirefox, newFirefoxProfile, removeFirefoxProfile, type ExtensionFirefox } from './firefox';
import { byRole, click, newestTabId, seedStorage, until, valueOf, within } from './panel-helpers';
import { storyWith } from '../helpers/stories';
import { PLATFORMS } from '../../lib/platforms';
import en from '../../locales/en.json';

/**
 * The Firefox counterpart of tests/e2e/translate.test.ts: a helper (the panel in English) translates a
 * Chinese story's parts by hand, checks them, and puts the English post into the X fixture's compose box.
 * Firefox has no Translator API: the draft button is not there.
 */
const STORY = {
  ...storyWith('zh-CN', [
    ['child.name', 'fullName', '李小雨'],
    ['child.gender', 'gender', 'boy'],
    ['child.birth', 'birthDate', '2015-03-12'],
    ['day.when', 'date', '2019-06-05'],
    ['day.place', 'city', '深圳市'],
    ['day.what', 'what', '我们的孩子走失了。'],
    ['help.case', 'stationPhone', '0755-12345678'],
  ]),
  id: 'ff-translate',
  position: 'review',
};
const TYPED = 'Our child went missing at the market.';

describe('Firefox: translating by hand, and the English post into X', () => {
  let sites: SiteServer;
  let profile: string;
  let ff: ExtensionFirefox;
  let site: Page;
  let panel: Page;

  beforeAll(async () => {
    sites = await startSites();
    profile = newFirefoxProfile();
    ff = await launchFirefox(profile, { sitesPort: sites.port });
    await seedStorage(ff, {
      [`homeward:story:${STORY.id}`]: STORY,
      'homeward:index': { version: 1, order: [STORY.id], activeId: STORY.id },
      // A helper abroad: the panel in English.
      'homeward:settings': { language: 'en' },
    });
    site = await ff.open('https://x.com/compose/post');
    await site.waitForFunction(() => typeof window.homewardFixtureState === 'function', { timeout: 15_000 });
    const probe = await ff.openPanel();
    const tabId = await newestTabId(probe, 'x.com');
    await probe.close();
    panel = await ff.openPanel(`?tab=${tabId}`);
  });

  afterAll(async () => {
    await ff?.close().catch(() => undefined);
    if (profile) removeFirefoxProfile(profile);
    await sites?.close();
  });

  const view = async (name: string) => (await within(await byRole(panel, 'navigation', en.app.views), 'button', name)).click();
  /** The translation part whose source is exactly `source`. */
  async function part(source: string): Promise<ElementHandle> {
    const found = await until(
      () =>
        panel.evaluateHandle(
          (s) =>
            [...document.querySelectorAll('.translate-part')].find((li) => li.querySelector('.translate-source')?.textContent === s) ??
            null,
          source,
        ),
      (handle) => handle.asElement() !== null,
    );
    return found.asElement() as ElementHandle;
  }
  const stateOf = async (source: string) => (await part(source)).$eval('.translate-state', (el) => el.textContent ?? '');
  const progressShown = () => panel.$eval('.translate-progress', (el) => el.textContent ?? '');
  const progress = (checked: number, total: number) =>
    en.translate.progress.replace('{{checked}}', String(checked)).replace('{{total}}', String(total));

  it('translates by hand, a name from its pinyin suggestion and a sentence typed, and checks them; no draft button', async () => {
    await view(en.translate.tab);
    await byRole(panel, 'heading', en.translate.heading);
    // Firefox has no Translator API, so no draft is offered.
    expect(await panel.evaluate(() => 'Translator' in globalThis)).toBe(false);
    // The suggestions are there (they load with the view, after the check for a translator): still no button.
    await within(await part('李小雨'), 'button', 'Use “LI Xiaoyu (李小雨)”');
    expect(await panel.$$eval('button', (els) => els.map((b) => b.textContent))).not.toContain(en.translate.draft.button);
    expect(await progressShown()).toBe(progress(0, 3));

    await (await within(await part('李小雨'), 'button', 'Use “LI Xiaoyu (李小雨)”')).click();
    const box = (source: string) =>
      part(source).then((p) => within(p, 'textbox', en.translate.box.replace('{{language}}', en.language.en)));
    await until(
      async () => (await box('李小雨')).evaluate((el) => (el as HTMLTextAreaElement).value),
      (v) => v === 'LI Xiaoyu (李小雨)',
    );
    // Typed key by key: every character arrives.
    await (await box('我们的孩子走失了。')).click();
    await panel.keyboard.type(TYPED);
    await until(
      async () => (await box('我们的孩子走失了。')).evaluate((el) => (el as HTMLTextAreaElement).value),
      (v) => v === TYPED,
    );
    expect(await stateOf('我们的孩子走失了。')).toBe(en.translate.state.draft);
    for (const source of ['李小雨', '我们的孩子走失了。']) {
      await (await within(await part(source), 'checkbox', en.translate.checked)).click();
      await until(
        () => stateOf(source),
        (s) => s === en.translate.state.checked,
      );
    }
    await until(progressShown, (p) => p === progress(2, 3));
  });

  it('the English post goes into X’s compose box exactly as shown', async () => {
    await view(en.compose.tab);
    await (await byRole(panel, 'combobox', en.compose.siteLabel)).select('x');
    await (await byRole(panel, 'combobox', en.translate.postsLanguage)).select('en');
    const shown = await until(
      () => valueOf(panel, 'textbox', en.compose.postLabel),
      (text) => text.startsWith('HELP FIND'),
    );
    expect(shown).toContain('Have you seen LI Xiaoyu (李小雨)?');
    expect(shown).toContain('5 June 2019');
    expect(shown).toContain(TYPED);
    // The city is not translated yet: it is written as the parent wrote it (a place is never dropped), and no
    // other Chinese is in the post but the name's original.
    expect(shown).toContain('深圳市');
    expect(shown.replace(/\([^()]*\)/g, '').replace('深圳市', '')).not.toMatch(/\p{Script=Han}/u);
    expect(PLATFORMS.x.count(shown, 280).used).toBeLessThanOrEqual(280);

    await panel.evaluate(watchAnswers);
    await click(panel, 'button', en.compose.insert);
    const answer = await panel.waitForFunction(newAnswer, { timeout: 20_000 });
    expect((await answer.jsonValue()) as string | null).toMatch(/^Put into X \(Twitter\)'s post box\./);
    expect(await site.evaluate(() => window.homewardFixtureState())).toEqual([shown]);
  });
});
