import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { CHROMIUM_JPEG_5x3, pngHeader, withFrameSize } from '../helpers/image-files';
import zhCN from '../../locales/zh-CN.json';

/**
 * A file whose header says `width`×`height`; its text ends the way the test codec reads, so without the
 * header check it would be "decoded" and added.
 */
const photo = (header: Buffer, width: number, height: number, name: string) =>
  new File([new Uint8Array(header), `${width}x${height}`], name, { type: 'image/png' });

/** jsdom has no object URLs: these record which thumbnails were shown and which were let go. */
const urls = { made: new Map<string, Blob>(), revoked: new Set<string>() };
beforeEach(() => {
  urls.made.clear();
  urls.revoked.clear();
  let n = 0;
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL(blob: Blob) {
        const url = `blob:thumb-${++n}`;
        urls.made.set(url, blob);
        return url;
      }
      static override revokeObjectURL(url: string) {
        urls.revoked.add(url);
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

async function photosQuestion(language: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp({ language });
  const words =
    language === 'en'
      ? { begin: 'Begin', review: 'Review', answer: 'Answer: Do you have photos of your child?' }
      : { begin: zhCN.intro.begin, review: '回顾', answer: `回答：${zhCN.questions.child.photos.label}` };
  await app.user.click(await screen.findByRole('button', { name: words.begin }));
  await app.user.click(screen.getByRole('button', { name: words.review }));
  await app.user.click(screen.getByRole('button', { name: words.answer }));
  return app;
}

describe('the photos question', () => {
  it('refuses a photo too large in pixels, says its size and what to do, and still takes the next photo', async () => {
    const { user, store } = await photosQuestion();
    const input = screen.getByLabelText('Add photos');
    await user.upload(input, photo(pngHeader(20000, 20000), 20000, 20000, 'huge.png'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This photo is too large in pixels to open safely: 20000 × 20000, about 400 megapixels (Homeward opens up to 50 megapixels).',
    );
    expect(alert).toHaveTextContent(/make a smaller copy .* or take a screenshot/);
    expect(alert).not.toHaveTextContent(/damaged/);
    const id = store.getState().activeId!;
    expect(store.getState().stories[id]!.photos).toEqual([]);

    await user.upload(input, photo(withFrameSize(CHROMIUM_JPEG_5x3, 8064, 6048), 8064, 6048, 'iphone-48mp.jpg'));
    await waitFor(() => expect(store.getState().stories[id]!.photos).toHaveLength(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('two photos too large in pixels: each says its own size; in Chinese when the panel is in Chinese', async () => {
    const { user } = await photosQuestion('zh-CN');
    await user.upload(screen.getByLabelText(zhCN.photos.add), [
      photo(pngHeader(20000, 20000), 20000, 20000, 'a.png'),
      photo(withFrameSize(CHROMIUM_JPEG_5x3, 9000, 7000), 9000, 7000, 'b.jpg'),
      photo(pngHeader(20000, 20000), 20000, 20000, 'c.png'),
    ]);
    const lines = within(await screen.findByRole('alert')).getAllByText(/像素尺寸太大/);
    expect(lines.map((p) => p.textContent)).toEqual([
      expect.stringContaining('20000 × 20000，约 400 百万像素'),
      expect.stringContaining('9000 × 7000，约 63 百万像素'),
    ]);
  });

  it('shows each photo by its thumbnail, never the full photo, and lets every picture go when the view closes', async () => {
    const { user, store, unmount } = await photosQuestion();
    await user.upload(screen.getByLabelText('Add photos'), [
      photo(pngHeader(4000, 3000), 4000, 3000, 'a.png'),
      photo(pngHeader(3000, 4000), 3000, 4000, 'b.png'),
    ]);
    await waitFor(() =>
      expect(screen.getAllByRole('img', { name: /^Photo \d of your child$/ }).filter((el) => el.tagName === 'IMG')).toHaveLength(2),
    );
    const shown = await Promise.all(
      screen.getAllByRole('img', { name: /^Photo \d of your child$/ }).map((img) => urls.made.get(img.getAttribute('src')!)!.text()),
    );
    // The test codec's files say their size: these are the 320 px thumbnails made at import.
    expect(shown).toEqual(['jpeg 320x240', 'jpeg 240x320']);
    const id = store.getState().activeId!;
    expect(store.getState().stories[id]!.photos.map((p) => [p.width, p.height])).toEqual([
      [2048, 1536],
      [1536, 2048],
    ]);
    unmount();
    expect([...urls.made.keys()].filter((url) => !urls.revoked.has(url))).toEqual([]);
  });
});
