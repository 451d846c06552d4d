import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { browserForSuite } from './suite';
import { drawnImage, openPhotosQuestion } from './photo-helpers';
import { readStoryFile } from '@/lib/story-file/read';

/**
 * Story files in the built extension (issue 13, first step): "Save as file" in the library downloads one
 * .homeward.json holding the story and both its photos, which reads back whole. (Opening a file is next.)
 */
describe('story files', () => {
  const suite = browserForSuite('en-US');

  it('Save as file downloads the story with its two photos, and the file reads back whole', async () => {
    const page = await suite.browser.openPanel();
    await openPhotosQuestion(page);
    const files = [
      { name: 'red.png', mimeType: 'image/png', buffer: await drawnImage(page, 640, 480, [['#c00', 0, 0, 640, 480]]) },
      { name: 'blue.jpg', mimeType: 'image/jpeg', buffer: await drawnImage(page, 480, 640, [['#00c', 0, 0, 480, 640]], 'image/jpeg') },
    ];
    await page.getByLabel('Add photos').setInputFiles(files);
    await expect.poll(() => page.locator('img.thumb').count()).toBe(2);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('button', { name: /^Answer: What is your child's name\?/ }).click();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Li Xiaoming 李小明');
    await page.getByRole('button', { name: /^My stories/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Li Xiaoming 李小明-\d{4}-\d{2}-\d{2}\.homeward\.json$/);
    const reading = readStoryFile(readFileSync((await download.path())!, 'utf8'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.story.answers['child.name']?.fullName).toBe('Li Xiaoming 李小明');
    expect(reading.photos.map((p) => p.type)).toEqual(['image/jpeg', 'image/jpeg']);
    // The bytes are the stored (re-encoded) JPEGs: each starts with the JPEG marker and carries no EXIF.
    for (const photo of reading.photos) expect([...photo.data.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    await page.close();
  });
});
