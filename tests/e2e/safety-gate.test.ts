import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seedStory } from './browser';
import { browserForSuite } from './suite';
import zh from '../../locales/zh-CN.json';

/**
 * The one gate before anything leaves the panel, in real Chromium with the built extension: a card drawing a
 * home address or an ID number is stopped before Download, Copy and Attach, and "Go back and edit" lands in the
 * box holding it; an empty story lets nothing out of posts or cards and names what is missing; the bilingual
 * poster draws a long phone and case number whole with the real fonts.
 */

const STATION = '广东省深圳市公安局宝安分局西乡派出所刑侦大队';
const PHONE = '+86 0755-2781 2345 转 8001';
const CASE = '深公（宝）立字〔2019〕440306201906050001号';

/** Everything an appeal needs, and a home address and an ID number in answers the poster draws. */
const RISKY = {
  version: 2,
  id: 'e2e-risky',
  kind: 'family-seeking-child',
  title: '',
  language: 'zh-CN',
  createdAt: '2026-11-29T00:00:00.000Z',
  updatedAt: '2026-11-29T00:00:00.000Z',
  position: 'review',
  photos: [],
  answers: {
    'child.name': { fullName: '李小明', nickname: '明明' },
    'child.birth': { birthDate: '2015-03-12' },
    'child.marks': { marks: '左耳后有胎记；身份证440306201503120012' },
    'day.when': { date: '2019-06-05' },
    'day.place': { province: '广东省', city: '深圳市', district: '宝安区', spot: '我家楼下，新安路12号' },
    'hopes.message': { message: '明明，爸爸妈妈从来没有停止找你。' },
    'help.case': { station: STATION, stationPhone: PHONE, caseNumber: CASE },
  },
};

const MARKER = 'nothing has left the panel';

/** Clipboard and downloads, watched: what left the panel since `reset`. */
async function watchOutput(panel: Page) {
  const downloads: string[] = [];
  panel.on('download', (d) => void downloads.push(d.suggestedFilename()));
  return {
    downloads,
    reset: () => panel.evaluate((m) => navigator.clipboard.writeText(m), MARKER),
    clipboard: () =>
      panel.evaluate(
        async () =>
          (await navigator.clipboard.read()).flatMap((item) => item.types).join(',') +
          ':' +
          (await navigator.clipboard.readText().catch(() => '')),
      ),
  };
}

const isFocused = (el: Locator) => el.evaluate((node) => node === document.activeElement);

describe('a card that draws a home address and an ID number', () => {
  const suite = browserForSuite('zh-CN', (browser) => seedStory(browser, RISKY));

  async function cardsPanel(): Promise<Page> {
    const panel = await suite.browser.openPanel();
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: zh.cards.tab, exact: true }).click();
    await panel.getByRole('img', { name: zh.cards.preview }).waitFor();
    return panel;
  }

  it.each([zh.cards.download, zh.cards.copy, zh.cards.attach])(
    '“%s” is stopped, with both findings named and where they are',
    async (button) => {
      const panel = await cardsPanel();
      const out = await watchOutput(panel);
      await out.reset();
      await panel.getByRole('button', { name: button, exact: true }).click();
      const gate = panel.getByRole('alertdialog');
      await gate.waitFor();
      await expect.poll(() => gate.getByText('新安路12号', { exact: true }).count()).toBe(1);
      await expect.poll(() => gate.getByText('440306201503120012', { exact: true }).count()).toBe(1);
      const text = (await gate.textContent()) ?? '';
      expect(text).toContain(zh.questions.day.place.parts.spot);
      expect(text).toContain(zh.questions.child.marks.parts.marks);
      // The station's phone and the case number are what the card should carry: not flagged.
      expect(text).not.toContain('2781');
      await panel.waitForTimeout(500);
      expect(out.downloads).toEqual([]);
      expect(await out.clipboard()).toBe(`text/plain:${MARKER}`);
      await panel.close();
    },
  );

  it('“Go back and edit” opens the question holding the address, with focus in that box', async () => {
    const panel = await cardsPanel();
    await panel.getByRole('button', { name: zh.cards.download, exact: true }).click();
    const edit = panel.getByRole('alertdialog').getByRole('button', { name: zh.compose.safetyEdit });
    await expect.poll(() => isFocused(edit.first())).toBe(true);
    await edit.first().click();
    const spot = panel.getByRole('textbox', { name: zh.questions.day.place.parts.spot });
    await expect.poll(() => isFocused(spot)).toBe(true);
    expect(await spot.inputValue()).toBe('我家楼下，新安路12号');
    await panel.getByRole('heading', { name: zh.questions.day.place.label }).waitFor();

    // The second finding: the ID number, in the marks.
    await panel.getByRole('button', { name: zh.cards.tab, exact: true }).click();
    await panel.getByRole('button', { name: zh.cards.download, exact: true }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: zh.compose.safetyEdit }).nth(1).click();
    await expect.poll(() => isFocused(panel.getByRole('textbox', { name: zh.questions.child.marks.parts.marks }))).toBe(true);
    await panel.close();
  });

  it('the parent may still decide: after “Share it anyway” the card downloads', async () => {
    const panel = await cardsPanel();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      (async () => {
        await panel.getByRole('button', { name: zh.cards.download, exact: true }).click();
        await panel.getByRole('alertdialog').getByRole('button', { name: zh.compose.safetyContinue }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^寻找李小明-2019-06-05\.png$/);
    await panel.close();
  });

  it('the bilingual poster draws the long station, phone and case number whole, in both languages, with the real fonts', async () => {
    const panel = await cardsPanel();
    await panel.getByRole('combobox', { name: zh.cards.template }).selectOption('bilingual');
    // Weibo's tile: at 1080 px wide the two languages' ask takes more than the band's usual three lines.
    await panel.getByRole('combobox', { name: zh.cards.size }).selectOption('weibo-tile');
    const canvas = panel.getByRole('img', { name: zh.cards.preview });
    await expect.poll(() => canvas.getAttribute('data-size')).toBe('weibo-tile');
    await expect.poll(() => canvas.getAttribute('data-template')).toBe('bilingual');
    // Read from the pixels first: the ask band's text reaches the bottom of its box (three lines ending with
    // "…" left the last part of the band empty).
    const inkLow = await canvas.evaluate((el: HTMLCanvasElement) => {
      const ctx = el.getContext('2d')!;
      // The preview is the 1080 px card scaled to the size it is shown.
      const s = el.width / 1080;
      let top = el.height - 1; // where the band's colour (the left margin holds no text) stops, going up
      while (top > 0) {
        const [r, g, b] = ctx.getImageData(Math.round(4 * s), top - 1, 1, 1).data;
        if (!(r === 0xf3 && g === 0xe3 && b === 0xc3)) break;
        top--;
      }
      const pad = Math.round(16 * s);
      const boxTop = top + pad;
      const boxH = el.height - pad - boxTop;
      const from = Math.round(boxTop + boxH * 0.8);
      const data = ctx.getImageData(Math.round(48 * s), from, el.width - Math.round(96 * s), el.height - pad - from).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) ink++;
      return ink / (s * s);
    });
    expect(inkLow).toBeGreaterThan(100);

    // Then the layout as the panel drew it, with the browser's own font metrics.
    type Box = { role: string; lines: string[]; truncated: boolean };
    const boxes = JSON.parse((await canvas.getAttribute('data-text')) ?? '[]') as Box[];
    const ask = boxes.find((b) => b.role === 'ask')!;
    expect(ask.truncated).toBe(false);
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    const drawn = squeeze(ask.lines.join(''));
    for (const whole of [STATION, PHONE, CASE]) expect(drawn.split(squeeze(whole)).length - 1, whole).toBe(2);
    expect(ask.lines.join('')).not.toContain('…');
    await panel.close();
  });
});

describe('an empty story', () => {
  const suite = browserForSuite('zh-CN');
  const ESSENTIALS = ['who', 'when', 'where', 'whomToTell'] as const;

  async function expectGateNamesAll(gate: Locator) {
    await gate.waitFor();
    for (const e of ESSENTIALS) {
      expect(await gate.getByText(zh.gate.essential[e], { exact: true }).count(), e).toBe(1);
      expect(await gate.getByRole('button', { name: zh.gate.goTo[e] }).count(), e).toBe(1);
    }
    // No way to go on.
    expect(await gate.getByRole('button', { name: zh.compose.safetyContinue }).count()).toBe(0);
    expect(await gate.getByRole('button', { name: zh.gate.continueWithout }).count()).toBe(0);
  }

  it('nothing can be copied from the posts, or copied, downloaded or attached from the cards', async () => {
    const panel = await suite.browser.openPanel();
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: zh.intro.begin }).waitFor();
    const out = await watchOutput(panel);
    await out.reset();

    await panel.getByRole('button', { name: zh.compose.tab, exact: true }).click();
    await panel.getByRole('button', { name: zh.compose.copy }).click();
    await expectGateNamesAll(panel.getByRole('alertdialog'));
    await panel.getByRole('button', { name: zh.gate.notNow }).click();

    await panel.getByRole('button', { name: zh.cards.tab, exact: true }).click();
    for (const button of [zh.cards.copy, zh.cards.download, zh.cards.attach]) {
      await panel.getByRole('button', { name: button, exact: true }).click();
      await expectGateNamesAll(panel.getByRole('alertdialog'));
      await panel.getByRole('button', { name: zh.gate.notNow }).click();
    }
    await panel.getByRole('combobox', { name: zh.cards.size }).selectOption('weibo-tile');
    const set = panel.getByRole('region', { name: zh.cards.set });
    await set.getByRole('button', { name: /^全部下载/ }).click();
    await expectGateNamesAll(set.getByRole('alertdialog'));

    await panel.waitForTimeout(500);
    expect(out.downloads).toEqual([]);
    expect(await out.clipboard()).toBe(`text/plain:${MARKER}`);
    await panel.close();
  });

  it('each missing essential’s button opens its question, with focus in the box to fill', async () => {
    const panel = await suite.browser.openPanel();
    await panel.getByRole('button', { name: zh.cards.tab, exact: true }).click();
    for (const [essential, box] of [
      ['who', panel.getByRole('textbox', { name: zh.questions.child.name.parts.fullName })],
      ['when', panel.getByLabel(zh.questions.day.when.parts.date, { exact: true })],
      ['where', panel.getByRole('textbox', { name: zh.questions.day.place.parts.province, exact: true })],
      ['whomToTell', panel.getByRole('textbox', { name: zh.questions.help.case.parts.station })],
    ] as const) {
      await panel.getByRole('button', { name: zh.cards.tab, exact: true }).click();
      await panel.getByRole('button', { name: zh.cards.download, exact: true }).click();
      await panel.getByRole('alertdialog').getByRole('button', { name: zh.gate.goTo[essential] }).click();
      await expect.poll(() => isFocused(box), { message: essential }).toBe(true);
    }
    await panel.close();
  });
});
