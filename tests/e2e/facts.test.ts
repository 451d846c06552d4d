import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedStory } from './browser';
import { browserForSuite } from './suite';

/**
 * Dates and ages in the built extension, in Chromium: a date box takes a month and year and keeps it when
 * the panel is closed and opened again (the old <input type="date"> emptied anything but a full date), an
 * impossible date is questioned gently, and the posts and the review give what was read. Also a version-2
 * story stored by an older Homeward opens, with its date as it was.
 */

/** A story as version 2 stored it: an ISO date from the old date box, a bare number of years. */
const OLD_STORY = {
  version: 2,
  id: 'facts-story',
  kind: 'family-seeking-child',
  title: '',
  language: 'en',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  position: 'day.when',
  photos: [],
  answers: {
    'child.name': { fullName: 'Li Xiaoming' },
    'child.birth': { ageWhenLost: '4' },
    'day.when': { date: '2019-06-05' },
    'day.place': { city: 'Shenzhen', province: 'Guangdong' },
  },
};

describe('dates and ages in the built extension', () => {
  const suite = browserForSuite('en-US', (browser) => seedStory(browser, OLD_STORY));

  const stored = (page: Page) =>
    page.evaluate(async () => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            storage: {
              local: { get(k: string): Promise<Record<string, { version: number; answers: Record<string, Record<string, string>> }>> };
            };
          };
        }
      ).chrome;
      const all = await chrome.storage.local.get('homeward:story:facts-story');
      return all['homeward:story:facts-story'];
    });

  it('opens a version-2 story where it was, with its date read back, and writes it back as version 3 unchanged', async () => {
    const page = await suite.browser.openPanel();
    await page.getByRole('heading', { name: /When did you last see your child\?/ }).waitFor();
    const box = page.getByLabel(/^Date/);
    expect(await box.inputValue()).toBe('2019-06-05');
    await page.getByText('= 5 June 2019').waitFor();
    await expect.poll(async () => (await stored(page))?.version).toBe(3);
    expect((await stored(page))?.answers['day.when']).toEqual({ date: '2019-06-05' });
    await page.close();
  });

  it('keeps a month and year through closing the panel, and the posts say it in the reader’s words', async () => {
    let page = await suite.browser.openPanel();
    const box = page.getByLabel(/^Date/);
    await box.fill('');
    await box.pressSequentially('2019年6月');
    await page.getByText('= June 2019').waitFor();
    await expect.poll(async () => (await stored(page))?.answers['day.when']?.date).toBe('2019年6月');
    await page.close();

    page = await suite.browser.openPanel();
    expect(await page.getByLabel(/^Date/).inputValue()).toBe('2019年6月');
    await page.getByRole('button', { name: 'Make posts' }).click();
    await page.getByRole('radio', { name: 'Short alert' }).click();
    const post = await page.getByRole('textbox', { name: 'Post text' }).inputValue();
    expect(post).toContain('Missing since June 2019 from Shenzhen, Guangdong.');
    expect(post).toContain('Li Xiaoming, 4 when lost, now');
    await page.close();
  });

  it('questions an impossible date gently once the box is left, and keeps it as typed', async () => {
    const page = await suite.browser.openPanel();
    const box = page.getByLabel(/^Date/);
    await box.fill('2019-02-30');
    await box.press('Tab');
    await page.getByText('There is no such day in the calendar. Please check the day and the month.').waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.inputValue()).toBe('2019-02-30');
    await page.close();
  });
});
