import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { storyFileText } from '@/lib/story-file/write';
import { STORY_FILE_VERSION } from '@/lib/story-file/format';
import { storyWith, MINGMING } from '../helpers/stories';

const enc = (text: string) => new TextEncoder().encode(text);
const file = (text: string, name = 'story.homeward.json') => new File([text], name, { type: 'application/json' });
/** The Mingming story, with one photo (the test codec reads "WIDTHxHEIGHT"), saved as a file. */
const mingmingFile = (id = 'family-1') =>
  storyFileText({
    story: { ...storyWith('zh-CN', MINGMING), id, photos: [{ id: 'p', type: 'image/jpeg', width: 800, height: 600 }] },
    photos: [{ id: 'p', type: 'image/jpeg', data: enc('800x600') }],
    app: '0.1.0',
    exportedAt: '2026-11-29T10:00:00.000Z',
  });

async function libraryOpen() {
  const app = await renderApp();
  await app.user.click(await screen.findByRole('button', { name: /^My stories/ }));
  return app;
}
const picker = () => screen.getByLabelText('Open a story file', { selector: 'input' });

describe('opening a story file', () => {
  it('a file from a family: the story and its photo come in under new ids, and it opens', async () => {
    const { user, store } = await libraryOpen();
    await user.upload(picker(), file(mingmingFile()));
    await vi.waitFor(() => expect(store.getState().order).toHaveLength(2));
    const id = store.getState().activeId ?? '';
    const story = store.getState().stories[id];
    expect(id).not.toBe('family-1');
    expect(story?.answers['child.name']).toEqual({ fullName: '李小明', nickname: '明明' });
    expect(story?.photos).toHaveLength(1);
    expect(story?.importedFrom).toEqual({ id: 'family-1', exportedAt: '2026-11-29T10:00:00.000Z' });
    await vi.waitFor(() => expect(document.querySelector('.story-for')).toHaveTextContent('Story: 李小明'));
  });

  it('the same story again: keep both, or replace it, and Undo brings the replaced one back', async () => {
    const { user, store } = await libraryOpen();
    await user.upload(picker(), file(mingmingFile()));
    await vi.waitFor(() => expect(store.getState().order).toHaveLength(2));
    const first = store.getState().activeId ?? '';
    await user.click(screen.getByRole('button', { name: /^My stories/ }));
    // A later file of the same story (here, the same file): the person chooses.
    await user.upload(picker(), file(mingmingFile()));
    const ask = await screen.findByRole('alertdialog');
    expect(ask).toHaveTextContent('is already in your library');
    await user.click(within(ask).getByRole('button', { name: 'Keep both' }));
    await vi.waitFor(() => expect(store.getState().order).toHaveLength(3));

    await user.click(screen.getByRole('button', { name: /^My stories/ }));
    await user.upload(picker(), file(mingmingFile()));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace it' }));
    await vi.waitFor(() => expect(store.getState().recentlyDeleted).not.toBeNull());
    expect(store.getState().order).toHaveLength(3);
    const replaced = store.getState().recentlyDeleted?.story.id;
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().stories[replaced ?? '']).toBeDefined();
    expect(store.getState().order).toHaveLength(4);
    expect(store.getState().stories[first]).toBeDefined();
  });

  it.each([
    ['half a file', mingmingFile().slice(0, 300), 'it may be cut short or damaged'],
    ['another JSON file', '{"name":"a package"}', 'This is not a Homeward story file.'],
    [
      'a newer format',
      mingmingFile().replace(`"formatVersion": ${STORY_FILE_VERSION}`, '"formatVersion": 99'),
      'saved by a newer Homeward',
    ],
    [
      'a photo that is not a picture',
      mingmingFile().replace(/"data": "[^"]+"/, '"data": "PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"'),
      'Photo 1 in this file could not be opened',
    ],
    ['a script in a name', mingmingFile().replace('"李小明"', '"<img src=x onerror=alert(1)>"'), null],
  ])('%s: a clear message, and nothing changes (or the text stays text)', async (_what, text, words) => {
    const { user, store } = await libraryOpen();
    const before = store.getState().order;
    await user.upload(picker(), file(text));
    if (words === null) {
      await vi.waitFor(() => expect(store.getState().order).toHaveLength(2));
      expect(document.querySelector('img[src="x"]')).toBeNull();
      return;
    }
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    expect(store.getState().order).toEqual(before);
  });
});
