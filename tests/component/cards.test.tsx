import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { installFakeCanvas } from '../helpers/canvas';
import { CHEN_JING, MINGMING } from '../helpers/stories';

beforeAll(() => installFakeCanvas());

/** A story with the example answers and two photos (a landscape 2048×1536 and a portrait 1536×2048). */
async function cardsReady(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({ language: 'en', ...options });
  const { user, store } = app;
  await user.click(await screen.findByRole('button', { name: options.language === 'zh-CN' ? '开始' : 'Begin' }));
  const id = store.getState().activeId!;
  for (const [q, p, text] of MINGMING) store.getState().setAnswerPart(id, q, p, text);
  expect(await store.getState().addPhotos(id, [new Blob(['4000x3000']), new Blob(['3000x4000'])])).toEqual([]);
  await user.click(screen.getByRole('button', { name: options.language === 'zh-CN' ? '图片' : 'Image cards' }));
  // The cards view is loaded lazily: the first test of a run waits for its modules to be transformed.
  await screen.findByRole('img', { name: options.language === 'zh-CN' ? '图片预览' : 'Preview of the card' }, { timeout: 10_000 });
  // The site in the tab is read asynchronously; its size is the default.
  if (options.url && !options.url.includes('example.org'))
    await waitFor(() => expect(preview()).not.toHaveAttribute('data-size', 'square'));
  return { ...app, id, story: () => store.getState().stories[id]! };
}

const preview = () => screen.getByRole('img', { name: /^(Preview of the card|图片预览)$/ }) as HTMLCanvasElement;
const slider = (name: string) => screen.getByRole('slider', { name }) as HTMLInputElement;

describe('image cards', () => {
  it('an adult looking for their birth family: their headline and facts on the card, never what is private', async () => {
    const { user, store } = await renderApp({ language: 'en', url: 'https://weibo.com/u/1' });
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    const id = store.getState().activeId!;
    expect(store.getState().setKind(id, 'adult-seeking-family')).toBe(true);
    for (const [q, p, text] of CHEN_JING) store.getState().setAnswerPart(id, q, p, text);
    await user.click(screen.getByRole('button', { name: 'Image cards' }));
    await screen.findByRole('img', { name: 'Preview of the card' }, { timeout: 10_000 });
    const drawn = () => (JSON.parse(preview().dataset.text ?? '[]') as { lines: string[] }[]).map((b) => b.lines.join(' ')).join('\n');
    await waitFor(() => expect(drawn()).toContain('LOOKING FOR MY BIRTH FAMILY: 陈静'));
    const text = drawn().replace(/\s+/g, ' ');
    for (const s of [
      '陈静 (called 妞妞 as a child)',
      'born 1988',
      'With the family that raised me since 1992',
      'send me a private message',
    ])
      expect(text).toContain(s);
    expect(drawn()).not.toContain('养父说');
  });

  it('moves and zooms the photo with the sliders, and keeps the choice per card shape', async () => {
    const { user, story } = await cardsReady({ url: 'https://www.xiaohongshu.com/explore' });
    expect(preview()).toHaveAttribute('data-size', 'xiaohongshu');
    // A landscape photo in the poster's wide frame: at zoom 1 it fills the width, so only up–down can move.
    expect(slider('Move left or right')).toBeDisabled();
    expect(screen.getByText(/The whole photo shows this way/)).toBeInTheDocument();
    fireEvent.change(slider('Zoom'), { target: { value: '200' } });
    expect(slider('Move left or right')).toBeEnabled();
    fireEvent.change(slider('Move left or right'), { target: { value: '0' } });
    const saved = story().cardPhotos?.['poster:xiaohongshu'];
    expect(saved).toMatchObject({ photoId: story().photos[0]!.id, zoom: 2 });
    expect(saved!.cx).toBeCloseTo(0.25, 5); // half the photo shows: its centre is a quarter in from the left
    expect(preview().dataset.placement).toBe(`2.0000,0.2500,${saved!.cy.toFixed(4)}`);

    // Another shape starts from the centre, and the first keeps its choice.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'x');
    expect(slider('Zoom')).toHaveValue('100');
    expect(story().cardPhotos?.['poster:x']).toBeUndefined();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'xiaohongshu');
    expect(slider('Zoom')).toHaveValue('200');
    expect(slider('Move left or right')).toHaveValue('0');

    await user.click(screen.getByRole('button', { name: 'Reset the photo' }));
    expect(story().cardPhotos?.['poster:xiaohongshu']).toBeUndefined();
    expect(slider('Zoom')).toHaveValue('100');
  });

  it('drags the photo in the preview and moves it with the arrow keys', async () => {
    const { user, story } = await cardsReady({ url: 'https://x.com/home' });
    const canvas = preview();
    expect(canvas).toHaveAttribute('data-size', 'x');
    const [fx, fy, fw, fh] = canvas.dataset.photo!.split(',').map(Number) as [number, number, number, number];
    // jsdom lays nothing out: the preview is shown at its own pixel size.
    canvas.getBoundingClientRect = () => ({
      left: 0,
      top: 0,
      width: canvas.width,
      height: canvas.height,
      right: canvas.width,
      bottom: canvas.height,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    const start = story().cardPhotos?.['poster:x'];
    expect(start).toBeUndefined();
    fireEvent.pointerDown(canvas, { clientX: fx + fw / 2, clientY: fy + fh / 2, pointerId: 1 });
    fireEvent.pointerMove(canvas, { clientX: fx + fw / 2 + 40, clientY: fy + fh / 2 + 40, pointerId: 1 });
    // Nothing is saved mid-drag; the preview follows.
    expect(story().cardPhotos?.['poster:x']).toBeUndefined();
    fireEvent.pointerUp(canvas, { pointerId: 1 });
    const dragged = story().cardPhotos?.['poster:x'];
    // A landscape photo in the tall frame beside the text: dragging right shows more of its left side;
    // it fills the frame's height, so dragging down changes nothing.
    expect(dragged!.cx).toBeLessThan(0.5);
    expect(dragged!.cy).toBe(0.5);

    // A press outside the photo does not move it.
    fireEvent.pointerDown(canvas, { clientX: canvas.width - 5, clientY: 5, pointerId: 2 });
    fireEvent.pointerMove(canvas, { clientX: canvas.width - 100, clientY: 100, pointerId: 2 });
    fireEvent.pointerUp(canvas, { pointerId: 2 });
    expect(story().cardPhotos?.['poster:x']).toEqual(dragged);

    canvas.focus();
    await user.keyboard('+');
    expect(story().cardPhotos?.['poster:x']?.zoom).toBe(1.25);
    const before = story().cardPhotos!['poster:x']!.cx;
    await user.keyboard('{ArrowLeft}');
    expect(story().cardPhotos?.['poster:x']!.cx).toBeGreaterThan(before);
  });

  it('chooses another photo for the card', async () => {
    const { user, story } = await cardsReady({ url: 'https://x.com/home' });
    await user.click(within(screen.getByRole('radiogroup', { name: 'Photo on the card' })).getByRole('radio', { name: 'Photo 2' }));
    expect(story().cardPhotos?.['poster:x']?.photoId).toBe(story().photos[1]!.id);
    // The photo card shape keeps its own choice.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Card' }), 'photo');
    expect(screen.getByRole('radio', { name: 'Photo 1' })).toBeChecked();
  });

  it('makes a custom size', async () => {
    const { user } = await cardsReady({ url: 'https://x.com/home' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'custom');
    const width = screen.getByRole('spinbutton', { name: 'Width (pixels)' });
    const height = screen.getByRole('spinbutton', { name: 'Height (pixels)' });
    await user.clear(width);
    await user.type(width, '1200');
    await user.clear(height);
    await user.type(height, '800');
    expect(preview().width).toBe(1200);
    expect(preview().height).toBe(800);
    expect(preview()).toHaveAttribute('data-size', 'custom');
    // Too big is brought back within 320–4096 when the field is left.
    await user.clear(height);
    await user.type(height, '9000');
    await user.tab();
    expect(height).toHaveValue(4096);
    expect(preview().height).toBe(4096);
  });

  it('attaches to the post on the site in the tab, and copies when the page has no picture button', async () => {
    let answer: 'attached' | 'no-file-input' | 'unseen' | 'failed' = 'attached';
    const requests: { platform: string; names: string[] }[] = [];
    const { user, copiedImages } = await cardsReady({
      url: 'https://x.com/home',
      attach: async (_tab, request) => {
        requests.push({ platform: request.platform, names: request.files.map((f) => f.name) });
        if (answer === 'no-file-input') return { status: 'no-file-input' };
        if (answer === 'failed') return { status: 'failed', error: 'TypeError: oops' };
        return { status: 'attached', files: request.files.length, seen: answer === 'attached' };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Attach to post' }));
    expect(await screen.findByText('Added the image to the post on X (Twitter). Look at it there, then post.')).toBeInTheDocument();
    expect(requests).toEqual([{ platform: 'x', names: ['find-李小明-2019-06-05.png'] }]);
    expect(copiedImages).toHaveLength(0);

    answer = 'no-file-input';
    await user.click(screen.getByRole('button', { name: 'Attach to post' }));
    expect(
      await screen.findByText(
        /could not attach the image on this page \(open the post box first: X \(Twitter\) shows no picture button here\)\. It is on the clipboard/,
      ),
    ).toBeInTheDocument();
    expect(copiedImages).toHaveLength(1);

    answer = 'unseen';
    await user.click(screen.getByRole('button', { name: 'Attach to post' }));
    expect(await screen.findByText(/could not see it appear/)).toBeInTheDocument();
    expect(copiedImages).toHaveLength(2);

    // An error inside Homeward on the page is said as that, not as "no picture button".
    answer = 'failed';
    await user.click(screen.getByRole('button', { name: 'Attach to post' }));
    expect(
      await screen.findByText(
        /could not attach the image on this page \(something went wrong in Homeward on the X \(Twitter\) page\)\. It is on the clipboard/,
      ),
    ).toBeInTheDocument();
    expect(copiedImages).toHaveLength(3);
  });

  it('on a page that is not a supported site, Attach copies and says how to attach', async () => {
    const { user, copiedImages, attached } = await cardsReady({ url: 'https://example.org/' });
    expect(
      screen.getByText('Open Weibo, X or another supported site in the browser beside this panel to attach the image straight to a post.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Attach to post' }));
    expect(await screen.findByText(/It is on the clipboard/)).toBeInTheDocument();
    expect(attached).toHaveLength(0);
    expect(copiedImages).toHaveLength(1);
  });

  it('Weibo: a set of tiles (poster, story card, each photo) downloaded or attached together, in order', async () => {
    const { user, downloads, attached } = await cardsReady({ url: 'https://weibo.com/u/1' });
    const set = screen.getByRole('region', { name: 'Weibo set' });
    const boxes = within(set).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent!.trim())).toEqual(['1. Poster', '2. Story card', '3. Photo 1', '4. Photo 2']);
    await user.click(within(set).getByRole('checkbox', { name: '2. Story card' }));
    await user.click(within(set).getByRole('button', { name: 'Download all (3)' }));
    // The message shows beside the set's buttons, where the person is looking.
    await waitFor(() => expect(within(set).getByRole('status')).toHaveTextContent(/Saved 3 images/));
    expect(downloads).toEqual(['find-李小明-2019-06-05-1.png', 'find-李小明-2019-06-05-2.png', 'find-李小明-2019-06-05-3.png']);
    await user.click(within(set).getByRole('button', { name: 'Attach all to post' }));
    expect(await screen.findByText('Added 3 images to the post on Weibo. Look at them there, then post.')).toBeInTheDocument();
    expect(attached[0]!.files.map((f) => f.name)).toEqual(downloads);
    expect(attached[0]!.files.every((f) => f.type === 'image/png' && f.base64.length > 0)).toBe(true);
  });

  it('speaks Chinese: the buttons and the set', async () => {
    await cardsReady({ language: 'zh-CN', url: 'https://weibo.com/u/1' });
    for (const name of ['复制图片', '下载图片', '添加到帖子', '全部添加到帖子'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '微博九宫格' })).toBeInTheDocument();
  });

  it('the Weibo set elsewhere: downloaded, not attached (only Weibo takes nine pictures in one post)', async () => {
    const { user } = await cardsReady({ url: 'https://x.com/home' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), 'weibo-tile');
    const set = screen.getByRole('region', { name: 'Weibo set' });
    expect(within(set).getByRole('button', { name: /^Download all/ })).toBeEnabled();
    expect(within(set).queryByRole('button', { name: 'Attach all to post' })).toBeNull();
    expect(
      within(set).getByText('Open Weibo in the browser beside this panel to attach the image straight to a post.'),
    ).toBeInTheDocument();
  });

  it('remembers the card the person made for this story: template, sentence, colours, QR code', async () => {
    const { user, story } = await cardsReady({ url: 'https://x.com/home' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Card' }), 'story');
    // The parent's sentences as radio buttons (a drop-down of long sentences grew wider than the panel).
    const sentence = screen.getByRole('group', { name: 'The sentence on the card' });
    const options = within(sentence)
      .getAllByRole('radio')
      .map((o) => (o as HTMLInputElement).value);
    expect(options.length).toBeGreaterThan(1);
    await user.click(within(sentence).getByRole('radio', { name: options[1] }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colours' }), 'contrast');
    expect(story().cardStyle).toEqual({ template: 'story', sentence: options[1], theme: 'contrast' });
    // Away to the story and back: the same card.
    await user.click(screen.getByRole('button', { name: 'Write the story' }));
    await user.click(screen.getByRole('button', { name: 'Image cards' }));
    expect(await screen.findByRole('combobox', { name: 'Card' })).toHaveValue('story');
    expect(within(screen.getByRole('group', { name: 'The sentence on the card' })).getByRole('radio', { name: options[1] })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Colours' })).toHaveValue('contrast');
    expect(preview()).toHaveAttribute('data-template', 'story');
  });

  it('offers a QR code for the first link the family gave, and none without a link', async () => {
    const { store, id } = await cardsReady({ url: 'https://x.com/home' });
    expect(screen.queryByRole('checkbox', { name: /QR code/ })).toBeNull();
    store.getState().setAnswerPart(id, 'help.links', 'links', '我们的微博：https://weibo.com/u/123 警方通告 https://police.example/1');
    expect(await screen.findByRole('checkbox', { name: 'Add a QR code for https://weibo.com/u/123' })).toBeChecked();
  });

  it('without a photo there is no photo card to choose, and the poster says where to add one', async () => {
    const app = await renderApp({ language: 'en', url: 'https://x.com/home' });
    await app.user.click(await screen.findByRole('button', { name: 'Begin' }));
    const id = app.store.getState().activeId!;
    for (const [q, p, text] of MINGMING) app.store.getState().setAnswerPart(id, q, p, text);
    await app.user.click(screen.getByRole('button', { name: 'Image cards' }));
    const card = await screen.findByRole('combobox', { name: 'Card' });
    expect(
      within(card)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['poster', 'story', 'bilingual']);
    expect(screen.getByText(/No photo yet/)).toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Zoom' })).toBeNull();
  });
});
