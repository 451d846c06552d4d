import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { launchWithExtension, newProfileDir, removeProfile, type ExtensionBrowser } from './browser';
import { ALL_CARD_SIZES } from '../../lib/cards/sizes';
import { hasMetadata, withApp1 } from './image-bytes';
import { drawnImage } from './photo-helpers';

/** A minimal EXIF block with a GPS position and a camera serial, to put into a JPEG. */
function exifWithGps(): Buffer {
  // TIFF, little endian: IFD0 with 2 entries (BodySerialNumber-like 0xA431 ASCII, GPS IFD pointer 0x8825).
  const serial = Buffer.from('SERIAL-12345\0', 'ascii');
  const ifd0Offset = 8;
  const ifd0Size = 2 + 2 * 12 + 4;
  const gpsOffset = ifd0Offset + ifd0Size;
  const gpsSize = 2 + 1 * 12 + 4;
  const serialOffset = gpsOffset + gpsSize;
  const tiff = Buffer.alloc(serialOffset + serial.length);
  tiff.write('II', 0, 'ascii');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(ifd0Offset, 4);
  tiff.writeUInt16LE(2, ifd0Offset);
  // 0x8825 GPSInfo, LONG, 1, offset
  tiff.writeUInt16LE(0x8825, ifd0Offset + 2);
  tiff.writeUInt16LE(4, ifd0Offset + 4);
  tiff.writeUInt32LE(1, ifd0Offset + 6);
  tiff.writeUInt32LE(gpsOffset, ifd0Offset + 10);
  // 0xA431 BodySerialNumber, ASCII
  tiff.writeUInt16LE(0xa431, ifd0Offset + 14);
  tiff.writeUInt16LE(2, ifd0Offset + 16);
  tiff.writeUInt32LE(serial.length, ifd0Offset + 18);
  tiff.writeUInt32LE(serialOffset, ifd0Offset + 22);
  tiff.writeUInt32LE(0, ifd0Offset + 26);
  // GPS IFD: 1 entry, GPSLatitudeRef 'N'
  tiff.writeUInt16LE(1, gpsOffset);
  tiff.writeUInt16LE(0x0001, gpsOffset + 2);
  tiff.writeUInt16LE(2, gpsOffset + 4);
  tiff.writeUInt32LE(2, gpsOffset + 6);
  tiff.write('N\0', gpsOffset + 10, 'ascii');
  tiff.writeUInt32LE(0, gpsOffset + 14);
  serial.copy(tiff, serialOffset);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'ascii'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

async function makeJpegWithGps(page: Page, file: string): Promise<void> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1200;
    canvas.height = 1600;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#c0392b';
    ctx.fillRect(0, 0, 1200, 1600);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
  });
  writeFileSync(file, withApp1(Buffer.from(base64, 'base64'), exifWithGps()));
}

describe('image cards in Chromium', () => {
  let profile: string;
  let browser: ExtensionBrowser;
  let panel: Page;

  beforeAll(async () => {
    profile = newProfileDir();
    browser = await launchWithExtension(profile, 'zh-CN');
    panel = await browser.openPanel();
    await panel.getByRole('button', { name: '开始' }).click();
    await panel.getByRole('textbox', { name: '姓名' }).fill('李小明');
    // When, where and whom to tell: without them nothing leaves the panel (tests/e2e/safety-gate.test.ts).
    await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
    await panel.getByRole('button', { name: /^回答：您最后一次见到孩子/ }).click();
    await panel.getByLabel(/^日期/).fill('2019-06-05');
    await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
    await panel.getByRole('button', { name: /^回答：孩子最后是在哪里/ }).click();
    await panel.getByRole('textbox', { name: '市', exact: true }).fill('深圳市');
    await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
    await panel.getByRole('button', { name: /^回答：大家可以联系哪个派出所/ }).click();
    await panel.getByRole('textbox', { name: '派出所的公开电话' }).fill('0755-12345678');
    await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
    await panel.getByRole('button', { name: /^回答：.*链接/ }).click();
    await panel.getByRole('textbox', { name: '链接或账号' }).fill('我们的微博：https://weibo.com/u/1234567890');
    await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
    await panel.getByRole('button', { name: /^回答：.*对孩子说/ }).click();
    await panel.getByRole('textbox').first().fill('明明，爸爸妈妈从来没有停止找你。回家吧。');
    const source = join(profile, 'gps.jpg');
    await makeJpegWithGps(panel, source);
    expect(hasMetadata(readFileSync(source))).toBe(true);
    await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
    await panel.getByRole('button', { name: /^回答：.*照片/ }).click();
    await panel.locator('input[type=file]').setInputFiles(source);
    await panel.locator('img.thumb').waitFor();
    await panel.getByRole('button', { name: '图片', exact: true }).click();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    removeProfile(profile);
  });

  const TEMPLATES = [
    ['poster', '寻人海报'],
    ['story', '故事卡片'],
    ['bilingual', '双语海报'],
    ['photo', '照片卡片'],
  ] as const;

  it.each(TEMPLATES.flatMap(([id, label]) => ALL_CARD_SIZES.map((s) => [id, s.id, label, s] as const)))(
    '%s at %s: the preview is the card at the size it is shown, not blank, the photo where the layout puts it',
    async (template, id, label, size) => {
      await panel.getByRole('combobox', { name: '图片样式' }).selectOption({ label });
      await panel.getByRole('combobox', { name: '尺寸' }).selectOption(id);
      const canvas = panel.getByRole('img', { name: '图片预览' });
      await expect.poll(() => canvas.getAttribute('data-size')).toBe(id);
      await expect.poll(() => canvas.getAttribute('data-template')).toBe(template);
      const facts = await canvas.evaluate((el: HTMLCanvasElement, cardWidth) => {
        const ctx = el.getContext('2d')!;
        const data = ctx.getImageData(0, 0, el.width, el.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 997) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        // data-photo is in card pixels; the canvas is the card scaled to the size it is shown.
        const s = el.width / cardWidth;
        const [x, y, w, h] = (el.dataset.photo ?? '').split(',').map(Number) as [number, number, number, number];
        const p = ctx.getImageData(Math.round((x + w / 2) * s), Math.round((y + h / 2) * s), 1, 1).data;
        // Just above the frame, or just below it when the frame starts at the top (the photo card).
        const outsideY = y >= 8 ? y - 8 : y + h + 8;
        const outside = ctx.getImageData(Math.round((x + w / 2) * s), Math.round(outsideY * s), 1, 1).data;
        return {
          width: el.width,
          height: el.height,
          shown: el.clientWidth * devicePixelRatio,
          colours: colours.size,
          photo: [p[0], p[1], p[2]],
          outside: [outside[0], outside[1], outside[2]],
        };
      }, size.width);
      // As many pixels as the screen shows (never more than the card has), in the card's shape.
      expect(facts.width).toBe(Math.min(size.width, Math.round(facts.shown)));
      expect(Math.abs(facts.height - (size.height * facts.width) / size.width)).toBeLessThanOrEqual(1);
      expect(facts.colours).toBeGreaterThan(3);
      const red = ([r = 0, g = 0, b = 0]: (number | undefined)[]) => Math.abs(r - 0xc0) + Math.abs(g - 0x39) + Math.abs(b - 0x2b) < 30;
      // The photo (pure red) fills its frame, and stops at the frame's edge.
      expect(red(facts.photo)).toBe(true);
      expect(red(facts.outside)).toBe(false);
    },
  );

  /** Downloads the card shown, and its pixels: as a PNG at full size, and scaled to the preview's size beside the preview's own. */
  async function downloadCard() {
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '下载图片' }).click()]);
    const bytes = readFileSync((await download.path())!);
    const compared = await panel.getByRole('img', { name: '图片预览' }).evaluate(async (el: HTMLCanvasElement, b64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
      const scaled = new OffscreenCanvas(el.width, el.height);
      const ctx = scaled.getContext('2d')!;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(bitmap, 0, 0, el.width, el.height);
      const a = ctx.getImageData(0, 0, el.width, el.height).data;
      const b = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
      let sum = 0;
      for (let i = 0; i < a.length; i += 4) for (let c = 0; c < 3; c++) sum += Math.abs(a[i + c]! - b[i + c]!);
      return { width: bitmap.width, height: bitmap.height, difference: sum / ((a.length / 4) * 3) };
    }, bytes.toString('base64'));
    return { download, bytes, ...compared };
  }

  it.each(ALL_CARD_SIZES.map((s) => [s.id, s] as const))(
    'the poster at %s leaves at its exact pixel size, and the preview is that image scaled',
    async (id, size) => {
      await panel.getByRole('combobox', { name: '图片样式' }).selectOption({ label: '寻人海报' });
      await panel.getByRole('combobox', { name: '尺寸' }).selectOption(id);
      await expect.poll(() => panel.getByRole('img', { name: '图片预览' }).getAttribute('data-size')).toBe(id);
      const card = await downloadCard();
      expect([card.bytes.readUInt32BE(16), card.bytes.readUInt32BE(20)]).toEqual([size.width, size.height]);
      expect([card.width, card.height]).toEqual([size.width, size.height]);
      // The same layout: what differs is only how the scaled-down text and photo are smoothed.
      expect(card.difference).toBeLessThan(6);
    },
  );

  it('draws a QR code of the family’s link that a phone can read', async () => {
    await panel.getByRole('combobox', { name: '图片样式' }).selectOption({ label: '寻人海报' });
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('xiaohongshu');
    await expect.poll(() => panel.getByRole('img', { name: '图片预览' }).getAttribute('data-size')).toBe('xiaohongshu');
    // Read from the image that leaves the panel, as a phone would read the posted card.
    const { bytes } = await downloadCard();
    const { base64, w, h } = await panel.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
      // the ask band at the bottom, where the code sits
      const w = bitmap.width;
      const h = 200;
      const c = new OffscreenCanvas(w, h);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, bitmap.height - h, w, h, 0, 0, w, h);
      const data = ctx.getImageData(0, 0, w, h).data;
      let bin = '';
      for (let i = 0; i < data.length; i += 0x8000) bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { base64: btoa(bin), w, h };
    }, bytes.toString('base64'));
    const pixels = new Uint8ClampedArray(Buffer.from(base64, 'base64'));
    expect(jsQR(pixels, w, h)?.data).toBe('https://weibo.com/u/1234567890');
  });

  it('downloads a PNG named after the child, at the card’s size, with no EXIF or GPS, under the site’s limit', async () => {
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('bluesky');
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '下载图片' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^寻找李小明-.*\.png$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 900]);
    expect(hasMetadata(bytes)).toBe(false);
    expect(bytes.length).toBeLessThan(2_000_000);
  });

  it('copies a PNG to the clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: '复制图片' }).click();
    await panel.getByText(/图片已复制/).waitFor();
    const types = await panel.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
  });

  it('the stored copy of the photo has no EXIF or GPS either', async () => {
    const stored = await panel.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('homeward');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const all = await new Promise<{ data: ArrayBuffer }[]>((resolve) => {
        const r = db.transaction('photos').objectStore('photos').getAll();
        r.onsuccess = () => resolve(r.result as { data: ArrayBuffer }[]);
      });
      return all.map((p) => Array.from(new Uint8Array(p.data)));
    });
    expect(stored).toHaveLength(1);
    expect(hasMetadata(Buffer.from(stored[0]!))).toBe(false);
  });

  /** Adds one more photo to the story through the photos question, then comes back to the cards. */
  async function addPhoto(file: string, count: number) {
    await panel.getByRole('button', { name: '写故事' }).click();
    await panel.getByRole('navigation', { name: '故事的各个部分' }).getByRole('button', { name: /^回顾/ }).click();
    await panel.getByRole('button', { name: /^修改：.*照片/ }).click();
    await panel.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => panel.locator('img.thumb').count()).toBe(count);
    await panel.getByRole('button', { name: '图片', exact: true }).click();
  }

  /** The colour at the centre of the preview's photo frame, on a card `cardWidth` pixels wide. */
  const centreOfPhoto = (cardWidth = 1080) =>
    panel.getByRole('img', { name: '图片预览' }).evaluate((el: HTMLCanvasElement, width) => {
      const s = el.width / width;
      const [x, y, w, h] = (el.dataset.photo ?? '').split(',').map(Number) as [number, number, number, number];
      const p = el.getContext('2d')!.getImageData(Math.round((x + w / 2) * s), Math.round((y + h / 2) * s), 1, 1).data;
      return p[2]! > 150 && p[1]! < 100 ? 'blue' : p[1]! > 150 && p[2]! < 100 ? 'green' : `rgb(${p[0]},${p[1]},${p[2]})`;
    }, cardWidth);

  it('moves and zooms the photo in its frame (sliders and a real drag), and keeps it per card shape after a reload', async () => {
    // A second photo: blue on the left half, green on the right.
    const source = join(profile, 'two-colours.png');
    writeFileSync(
      source,
      await drawnImage(panel, 1600, 1200, [
        ['#0000ff', 0, 0, 800, 1200],
        ['#00ff00', 800, 0, 800, 1200],
      ]),
    );
    await addPhoto(source, 2);
    await panel.getByRole('combobox', { name: '图片样式' }).selectOption({ label: '寻人海报' });
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('xiaohongshu');
    await panel.getByRole('radio', { name: '照片 2' }).check();
    const canvas = panel.getByRole('img', { name: '图片预览' });
    await panel.getByRole('slider', { name: '放大' }).fill('200');
    await panel.getByRole('slider', { name: '左右移动' }).fill('0');
    await expect.poll(() => centreOfPhoto()).toBe('blue');
    await panel.getByRole('slider', { name: '左右移动' }).fill('100');
    await expect.poll(() => centreOfPhoto()).toBe('green');

    // A real drag with the mouse, in a panel as wide as Chrome's side panel: pulling the photo to the right
    // shows its left (blue) half.
    await panel.setViewportSize({ width: 420, height: 900 });
    await canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await canvas.boundingBox())!;
    const [fx, fy, fw, fh] = ((await canvas.getAttribute('data-photo')) ?? '').split(',').map(Number) as [number, number, number, number];
    const scale = box.width / 1080;
    const start = { x: box.x + (fx + fw / 2) * scale, y: box.y + (fy + fh / 2) * scale };
    await panel.mouse.move(start.x, start.y);
    await panel.mouse.down();
    await panel.mouse.move(start.x + 120, start.y, { steps: 6 });
    await panel.mouse.move(start.x + 250, start.y, { steps: 6 });
    await panel.mouse.up();
    await expect.poll(() => centreOfPhoto()).toBe('blue');
    const placed = await canvas.getAttribute('data-placement');
    expect(placed).toMatch(/^2\.0000,/);

    // Another card shape starts centred; this one keeps its photo and placement after the panel reopens.
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('x');
    await expect.poll(() => canvas.getAttribute('data-placement')).toMatch(/^1\.0000,/);
    await panel.reload();
    await panel.getByRole('button', { name: '图片', exact: true }).click();
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('xiaohongshu');
    await expect.poll(() => panel.getByRole('img', { name: '图片预览' }).getAttribute('data-placement')).toBe(placed);
    await expect.poll(() => centreOfPhoto()).toBe('blue');
    await expect(panel.getByRole('radio', { name: '照片 2' }).isChecked()).resolves.toBe(true);
  });

  it('Weibo set: every tile downloaded together, in order, each a clean 1080×1080 PNG', async () => {
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('weibo-tile');
    const set = panel.getByRole('region', { name: '微博九宫格' });
    await expect.poll(() => set.getByRole('checkbox').count()).toBe(4); // poster, story card, photo 1, photo 2
    const downloads: Download[] = [];
    const onDownload = (d: Download) => void downloads.push(d);
    panel.on('download', onDownload);
    await set.getByRole('button', { name: '全部下载（4张）' }).click();
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(4);
    panel.off('download', onDownload);
    expect(downloads.map((d) => d.suggestedFilename().replace(/^寻找李小明-[\d-]+-/, ''))).toEqual(['1.png', '2.png', '3.png', '4.png']);
    for (const d of downloads) {
      const bytes = readFileSync((await d.path())!);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1080, 1080]);
      expect(hasMetadata(bytes)).toBe(false);
    }
    await panel.getByText(/已保存4张图片/).waitFor();
  });

  it('a detailed photo on a Bluesky card: the file stays under Bluesky’s 2,000,000 bytes (JPEG when PNG would not)', async () => {
    const source = join(profile, 'noise.png');
    const b64 = await panel.evaluate(() => {
      const c = Object.assign(document.createElement('canvas'), { width: 1600, height: 1200 });
      const ctx = c.getContext('2d')!;
      const img = ctx.createImageData(1600, 1200);
      for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : Math.floor(Math.random() * 256);
      ctx.putImageData(img, 0, 0);
      return c.toDataURL('image/png').split(',')[1]!;
    });
    writeFileSync(source, Buffer.from(b64, 'base64'));
    await addPhoto(source, 3);
    await panel.getByRole('combobox', { name: '图片样式' }).selectOption({ label: '照片卡片' });
    await panel.getByRole('combobox', { name: '尺寸' }).selectOption('bluesky');
    await panel.getByRole('radio', { name: '照片 3' }).check();
    // Once the photo is drawn (the preview's photo frame shows the noise, not one colour)...
    const coloursInPhoto = () =>
      panel.getByRole('img', { name: '图片预览' }).evaluate((el: HTMLCanvasElement) => {
        const s = el.width / 1600;
        const [x, y, w, h] = (el.dataset.photo ?? '').split(',').map(Number) as [number, number, number, number];
        const data = el
          .getContext('2d')!
          .getImageData(Math.round(x * s), Math.round(y * s), Math.max(1, Math.round(w * s)), Math.max(1, Math.round(h * s))).data;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 13) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return colours.size;
      });
    await expect.poll(coloursInPhoto, { timeout: 15_000 }).toBeGreaterThan(100);
    // ...the card as PNG would be over the limit, so the download is a JPEG under it, named so.
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: '下载图片' }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.length).toBeLessThan(2_000_000);
    expect(hasMetadata(bytes)).toBe(false);
    expect(download.suggestedFilename()).toMatch(/\.jpg$/);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
    const size = await panel.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]));
      return [bitmap.width, bitmap.height];
    }, bytes.toString('base64'));
    expect(size).toEqual([1600, 900]);
  });
});
