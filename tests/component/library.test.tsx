import { describe, expect, it, vi } from 'vitest';
import { readStoryFile } from '@/lib/story-file/read';
import { memoryPhotoStore } from '../helpers/fakes';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';

const openLibrary = async (user: Awaited<ReturnType<typeof renderApp>>['user']) =>
  user.click(await screen.findByRole('button', { name: /^My stories/ }));

describe('the story library', () => {
  it('creates a second story and switches between them', async () => {
    const { user, store } = await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), '李小明');
    await openLibrary(user);
    expect(screen.getByRole('heading', { name: /李小明/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New story' }));
    // Who is writing: each kind asks its own questions.
    await user.click(screen.getByRole('button', { name: 'A family looking for their child' }));
    expect(screen.getByRole('button', { name: 'Begin' })).toBeInTheDocument();
    expect(store.getState().order).toHaveLength(2);
    await openLibrary(user);
    const row = screen.getByRole('group', { name: 'Actions for 李小明' });
    await user.click(within(row).getByRole('button', { name: 'Open' }));
    expect(document.querySelector('.story-for')).toHaveTextContent('Story: 李小明');
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('李小明');
  });

  it('New story asks who is writing; each kind opens its own first screen and questions, and shows its kind in the library', async () => {
    const { user, store } = await renderApp();
    await openLibrary(user);
    const newStory = screen.getByRole('button', { name: 'New story' });
    await user.click(newStory);
    expect(newStory).toHaveAttribute('aria-expanded', 'true');
    // Focus starts at the question; Cancel leaves the library as it was, and focus back on New story.
    expect(screen.getByRole('heading', { name: 'Who is writing this story?' })).toHaveFocus();
    await user.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'A family looking for their child' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().order).toHaveLength(1);
    expect(newStory).toHaveFocus();
    await user.click(newStory);
    await user.click(screen.getByRole('button', { name: 'I saw a child who may be missing' }));
    expect(await screen.findByRole('heading', { name: 'You saw a child who may be missing', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'If the child may be in danger now, call 110 now' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    expect(screen.getByRole('heading', { name: /What did you see or hear\?/, level: 2 })).toBeInTheDocument();
    await openLibrary(user);
    await user.click(screen.getByRole('button', { name: 'New story' }));
    await user.click(screen.getByRole('button', { name: 'I was taken as a child and am looking for my birth family' }));
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    expect(screen.getByRole('heading', { name: /What is your name, and what were you called as a child\?/, level: 2 })).toBeInTheDocument();
    expect(store.getState().order).toHaveLength(3);
    await openLibrary(user);
    const kinds = [...document.querySelectorAll('.story-kind')].map((el) => el.textContent);
    expect(kinds).toEqual(['Looking for my family', 'A child I saw', 'Looking for a child']);
  });

  it('an empty first story may say someone else is writing; once anything is typed, it keeps its kind', async () => {
    const { user, store } = await renderApp();
    const change = await screen.findByRole('button', { name: 'Not a parent looking for a child? Choose who is writing' });
    await user.click(change);
    await user.click(screen.getByRole('button', { name: 'I was taken as a child and am looking for my birth family' }));
    const id = store.getState().activeId ?? '';
    expect(store.getState().stories[id]?.kind).toBe('adult-seeking-family');
    expect(screen.getByRole('heading', { name: 'We will write your story together, so that your family can recognise you' })).toHaveFocus();
    // Still one story: the empty one changed kind, nothing new was made.
    expect(store.getState().order).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Begin' }));
    await user.type(screen.getByRole('textbox', { name: 'Earlier name or nickname you remember' }), '妞妞');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.queryByRole('button', { name: /Choose who is writing/ })).toBeNull();
    expect(store.getState().setKind(id, 'sighting')).toBe(false);
    expect(store.getState().stories[id]?.kind).toBe('adult-seeking-family');
  });

  it('Save as file: one .homeward.json with the story and its photos, which reads back whole', async () => {
    const { user, store, downloadedFiles } = await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), '李小明 😋');
    const id = store.getState().activeId ?? '';
    expect(await store.getState().addPhotos(id, [new Blob(['4000x3000']), new Blob(['800x600'])])).toEqual([]);
    await openLibrary(user);
    await user.click(within(screen.getByRole('group', { name: /李小明/ })).getByRole('button', { name: 'Save as file' }));
    await vi.waitFor(() => expect(downloadedFiles).toHaveLength(1));
    const [saved] = downloadedFiles;
    expect(saved?.name).toBe('李小明 😋-2026-11-29.homeward.json');
    expect(saved?.blob.type).toBe('application/json');
    const reading = readStoryFile(await saved!.blob.text());
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.story).toEqual(store.getState().stories[id]);
    expect(reading.photos.map((p) => p.id)).toEqual(store.getState().stories[id]?.photos.map((p) => p.id));
  });

  it('Save as file, when a photo cannot be read: a message, and nothing is saved', async () => {
    const photos = memoryPhotoStore();
    const { user, store, downloadedFiles } = await renderApp({ photos });
    const id = store.getState().activeId ?? '';
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    expect(await store.getState().addPhotos(id, [new Blob(['800x600'])])).toEqual([]);
    photos.get = () => Promise.reject(new Error('IndexedDB is gone'));
    await openLibrary(user);
    await user.click(screen.getByRole('button', { name: 'Save as file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file could not be made');
    expect(downloadedFiles).toEqual([]);
  });

  it('renames with the keyboard and returns focus to Rename', async () => {
    const { user } = await renderApp();
    await openLibrary(user);
    const actions = screen.getByRole('group', { name: 'Actions for Untitled story' });
    await user.click(within(actions).getByRole('button', { name: 'Rename' }));
    const box = screen.getByRole('textbox', { name: 'Name of this story' });
    expect(box).toHaveFocus();
    await user.clear(box);
    await user.type(box, '找妹妹{Enter}');
    expect(screen.getByRole('heading', { name: /找妹妹/ })).toBeInTheDocument();
    await new Promise((r) => requestAnimationFrame(r));
    expect(within(screen.getByRole('group', { name: 'Actions for 找妹妹' })).getByRole('button', { name: 'Rename' })).toHaveFocus();
  });

  it('duplicates a story with its answers', async () => {
    const { user, store } = await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.type(screen.getByRole('textbox', { name: 'Nickname or milk name' }), '明明');
    await openLibrary(user);
    await user.click(within(screen.getByRole('group', { name: 'Actions for 明明' })).getByRole('button', { name: 'Duplicate' }));
    expect(screen.getByRole('heading', { name: /明明 \(copy\)/ })).toBeInTheDocument();
    const copyId = store.getState().order[1]!;
    expect(store.getState().stories[copyId]!.answers['child.name']).toEqual({ nickname: '明明' });
  });

  it('deletes with an Undo that brings the story back whole', async () => {
    const { user, store } = await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), '王小红');
    await openLibrary(user);
    await user.click(within(screen.getByRole('group', { name: 'Actions for 王小红' })).getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('heading', { name: /王小红/ })).not.toBeInTheDocument();
    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent('“王小红” was deleted.');
    expect(within(toast).getByRole('button', { name: 'Undo' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: /王小红/ })).toBeInTheDocument();
    // Focus goes to the story that came back, not to the page.
    await new Promise((r) => requestAnimationFrame(r));
    expect(within(screen.getByRole('group', { name: 'Actions for 王小红' })).getByRole('button', { name: 'Open' })).toHaveFocus();
    expect(store.getState().stories[store.getState().order[0]!]!.answers['child.name']).toEqual({ fullName: '王小红' });
  });
});
