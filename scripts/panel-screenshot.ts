/**
 * A picture of the Image cards view in the side panel (Chinese, 420 px wide as Chrome's side panel), with the
 * fictional example story and a drawn photo, into docs/cards/panel-zh.png. Needs a build: part of
 * `npm run screenshots`, which builds first.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWithExtension, newProfileDir, removeProfile, seedStory } from '../tests/e2e/browser';
import { MINGMING, storyWith } from '../tests/helpers/stories';

export async function panelScreenshot(file = resolve('docs/cards/panel-zh.png')): Promise<void> {
  const profile = newProfileDir();
  const browser = await launchWithExtension(profile, 'zh-CN');
  try {
    const story = {
      ...storyWith('zh-CN', [...MINGMING, ['help.links', 'links', 'https://example.com/find/mingming']]),
      id: 'shot',
      position: 'review',
    };
    await seedStory(browser, story);
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.goto(browser.panelUrl);
    // A drawn picture stands in for a photo: no real child.
    const png = await panel.evaluate(() => {
      const c = Object.assign(document.createElement('canvas'), { width: 1200, height: 1500 });
      const ctx = c.getContext('2d')!;
      const sky = ctx.createLinearGradient(0, 0, 0, 1500);
      sky.addColorStop(0, '#9cc3e6');
      sky.addColorStop(1, '#f2e2c4');
      ctx.fillStyle = sky;
      ctx.fillRect(0, 0, 1200, 1500);
      ctx.fillStyle = '#e3b23c';
      ctx.beginPath();
      ctx.ellipse(600, 1500, 380, 520, 0, Math.PI, 0);
      ctx.fill();
      ctx.fillStyle = '#e0b18f';
      ctx.beginPath();
      ctx.arc(600, 760, 230, 0, Math.PI * 2);
      ctx.fill();
      return c.toDataURL('image/png').split(',')[1]!;
    });
    const photo = join(profile, 'drawn.png');
    writeFileSync(photo, Buffer.from(png, 'base64'));
    await panel.getByRole('button', { name: /^回答：.*照片/ }).click();
    await panel.locator('input[type=file]').setInputFiles(photo);
    await panel.locator('img.thumb').waitFor();
    await panel.getByRole('button', { name: '图片', exact: true }).click();
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('xiaohongshu');
    await panel.getByRole('slider', { name: '放大' }).fill('130');
    await panel.waitForTimeout(500);
    writeFileSync(file, await panel.screenshot({ fullPage: true }));
    console.log(`${file}: the Image cards view at 420 px`);
  } finally {
    await browser.close();
    removeProfile(profile);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  panelScreenshot().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
