import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, openPanelFor, removeProfile, type ExtensionBrowser } from './browser';
import { startSites, type SiteServer } from './sites';
import { newAnswer, watchAnswers } from './insert-answers';

/**
 * The two other voices, walked as a person would in the built extension: an adult looking for their birth
 * family, from the first screen through the interview to a post inserted into Weibo's box; someone who saw a
 * child, from "New story" to a police report copied, never offered for insertion.
 */
describe('the three voices, end to end', () => {
  let sites: SiteServer;
  let profile: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sites = await startSites();
    profile = newProfileDir();
    browser = await launchWithExtension(profile, 'en-US', { hostRules: sites.hostRules });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
    await sites?.close();
  });

  const heading = async (panel: Page) => ((await panel.getByRole('heading', { level: 2 }).first().textContent()) ?? '').trim();

  /**
   * Goes through the interview from the first question with Next, filling the boxes (by label) of the
   * questions named in `answers` (by a piece of their heading), until the review. Returns the headings seen.
   */
  async function walk(panel: Page, answers: Readonly<Record<string, (panel: Page) => Promise<void>>>, review: string) {
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const now = await heading(panel);
      if (now === review) return seen;
      seen.push(now);
      const fill = Object.entries(answers).find(([piece]) => now.includes(piece))?.[1];
      if (fill) await fill(panel);
      await panel.getByRole('button', { name: /^(Next|See the whole story)$/ }).click();
      await expect.poll(() => heading(panel)).not.toBe(now);
    }
    throw new Error(`The review "${review}" never came; last seen: ${seen.at(-1) ?? ''}`);
  }

  async function openWeiboAndPanel(): Promise<{ site: Page; panel: Page }> {
    const site = await browser.context.newPage();
    await site.goto('https://weibo.com/');
    await site.waitForFunction(() => typeof window.homewardFixtureState === 'function');
    const panel = await openPanelFor(browser, 'weibo.com');
    await panel.getByRole('heading', { level: 2 }).first().waitFor();
    return { site, panel };
  }

  it('an adult looking for their birth family: chosen on the first screen, interviewed in their voice, a post inserted into Weibo', async () => {
    const { site, panel } = await openWeiboAndPanel();
    // The first story opens as a family's; before anything is typed the person says who is writing.
    await expect.poll(() => heading(panel)).toBe("We will write your child's story together");
    await panel.getByRole('button', { name: 'Not a parent looking for a child? Choose who is writing' }).click();
    await panel.getByRole('button', { name: 'I was taken as a child and am looking for my birth family' }).click();
    await expect.poll(() => heading(panel)).toBe('We will write your story together, so that your family can recognise you');
    await panel.getByRole('button', { name: 'Begin' }).click();

    const seen = await walk(
      panel,
      {
        'what were you called as a child': async (p) => {
          await p.getByRole('textbox', { name: 'Your name now', exact: true }).fill('Chen Jing');
          await p.getByRole('textbox', { name: 'Earlier name or nickname you remember', exact: true }).fill('Niuniu');
        },
        'When did you come to the family': (p) => p.getByRole('textbox', { name: 'When you arrived', exact: true }).fill('spring 1992'),
        'Where was the family that raised you': async (p) => {
          await p.getByRole('textbox', { name: 'Province', exact: true }).fill('Fujian');
          await p.getByRole('textbox', { name: 'City', exact: true }).fill('Putian');
        },
        '(For the police only)': (p) =>
          p.getByRole('textbox', { name: 'For the police only', exact: true }).fill('My adoptive father said he paid a man from Sichuan.'),
        'the house and the place around it': (p) =>
          p
            .getByRole('textbox', { name: 'The house and the place around it', exact: true })
            .fill('A house of red bricks by a river, with a railway bridge.'),
        'reach you': (p) => p.getByRole('radio', { name: /A private message to the account/ }).check(),
        'say to your parents': (p) =>
          p.getByRole('textbox', { name: 'Your words to your parents', exact: true }).fill('Mama, Baba, I am well. 🌱'),
      },
      'Your story',
    );
    // Its own questions only: none of the family's.
    expect(seen).toContain('Do you remember words of your home dialect?');
    expect(seen.filter((h) => /your child/i.test(h))).toEqual([]);
    // The review marks what is for the police only.
    await expect.poll(() => panel.getByText('For the police only.').count()).toBeGreaterThan(0);

    await panel.getByRole('region', { name: 'Share the story' }).getByRole('button', { name: 'Make posts' }).click();
    await expect.poll(() => panel.getByRole('combobox', { name: 'Write for' }).inputValue()).toBe('weibo');
    const shown = await panel.getByRole('textbox', { name: 'Post text' }).inputValue();
    expect(shown).toContain('Niuniu');
    expect(shown).toContain('Putian');
    expect(shown).toContain('red bricks');
    expect(shown).toContain('Mama, Baba, I am well. 🌱');
    // What they know of the family who raised them is for the police, never in a post.
    expect(shown).not.toContain('Sichuan');
    expect(shown).not.toContain('adoptive father');

    await panel.evaluate(watchAnswers);
    await panel.getByRole('button', { name: 'Insert into post' }).click();
    const answer = await panel.waitForFunction(newAnswer, undefined, { timeout: 20_000 });
    expect(await answer.jsonValue()).toMatch(/^Put into/);
    expect(await site.evaluate(() => window.homewardFixtureState())).toEqual([shown]);
    await site.close();
    await panel.close();
  });

  it('someone who saw a child: New story, the interview, a police report copied and never offered for insertion; a public post only for a public place', async () => {
    const { site, panel } = await openWeiboAndPanel();
    await panel.getByRole('button', { name: /^My stories/ }).click();
    await panel.getByRole('button', { name: 'New story' }).click();
    await panel.getByRole('button', { name: 'I saw a child who may be missing' }).click();
    await expect.poll(() => heading(panel)).toBe('You saw a child who may be missing');
    // Call 110 first, before anything else.
    expect(await panel.getByRole('heading', { name: 'If the child may be in danger now, call 110 now' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Begin' }).click();
    const spot = 'The second house past the village shop, blue gate';
    const company = 'A man of about 50 with a white van, plate 豫A·12345';
    await walk(
      panel,
      {
        'What did you see or hear': (p) =>
          p
            .getByRole('textbox', { name: 'What you saw or heard', exact: true })
            .fill('A girl of about five cries that she wants her mama; she speaks Sichuan dialect.'),
        'Where was this': async (p) => {
          await p.getByRole('radio', { name: /^A home/ }).check();
          await p.getByRole('textbox', { name: 'District or county', exact: true }).fill('Chuanhui District');
          await p.getByRole('textbox', { name: 'The exact place (for the police only)', exact: true }).fill(spot);
        },
        'When did you see this': (p) => p.getByRole('textbox', { name: 'The day you saw it', exact: true }).fill('20 November 2026'),
        'Who was with the child': (p) => p.getByRole('textbox', { name: 'Who was with the child' }).fill(company),
        'in danger now': (p) => p.getByRole('radio', { name: 'No, not right now' }).check(),
      },
      'What you saw',
    );
    await panel.getByRole('button', { name: 'Report to the police' }).first().click();
    await panel.getByRole('heading', { name: 'The written report' }).waitFor();
    // A report about a home: nothing to insert anywhere, no public post.
    expect(await panel.getByRole('button', { name: 'Insert into post' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Copy the report' }).click();
    const copied = await panel.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(spot);
    expect(copied).toContain(company);
    expect(copied).toContain('Chuanhui District');
    // Nothing was put into the site's box.
    expect(await site.evaluate(() => window.homewardFixtureState())).toEqual(['']);

    // Seen in a public place instead: a public post appears, the only thing that can be inserted, and it
    // gives the district, never the exact spot or who was with the child.
    await panel.getByRole('navigation', { name: 'What to do' }).getByRole('button', { name: 'What you saw' }).click();
    await panel
      .getByRole('navigation', { name: 'Parts of the story' })
      .getByRole('button', { name: /What you saw/ })
      .first()
      .click();
    await panel.getByRole('button', { name: 'Next' }).click();
    await panel.getByRole('radio', { name: /^A public place/ }).check();
    await panel.getByRole('navigation', { name: 'What to do' }).getByRole('button', { name: 'Report to the police' }).click();
    await panel.getByRole('heading', { name: 'The written report' }).waitFor();
    await expect.poll(() => panel.getByRole('button', { name: 'Insert into post' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Insert into post' }).click();
    // The public post's own status line (the report above has its own) says it is done.
    await expect
      .poll(
        () =>
          panel
            .getByRole('status')
            .filter({ hasText: /^Put into/ })
            .count(),
        { timeout: 20_000 },
      )
      .toBe(1);
    const [posted = ''] = await site.evaluate(() => window.homewardFixtureState());
    expect(posted).toContain('Chuanhui District');
    expect(posted).toContain('110');
    expect(posted).not.toContain('blue gate');
    expect(posted).not.toContain('白色');
    expect(posted).not.toContain('12345');
    await site.close();
    await panel.close();
  });
});
