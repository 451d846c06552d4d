import { describe, expect, it } from 'vitest';
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
