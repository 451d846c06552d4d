import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { SEEN_AT_STATION, type AnswerRow } from '../helpers/stories';

/** A witness's report (SEEN_AT_STATION, with `setting` as given), opened on "Report to the police". */
async function reportOpen(setting: string, url = 'https://weibo.com/') {
  const app = await renderApp({ language: 'en', url });
  const { store, user } = app;
  await screen.findByRole('button', { name: 'Begin' });
  let id = '';
  act(() => {
    id = store.getState().createStory('sighting');
  });
  const rows: AnswerRow[] = SEEN_AT_STATION.map(([q, p, v]) => [q, p, p === 'setting' ? setting : v]);
  act(() => {
    for (const [q, p, v] of rows) store.getState().setAnswerPart(id, q, p, v);
  });
  await user.click(await screen.findByRole('button', { name: 'Report to the police' }));
  await screen.findByRole('textbox', { name: 'Call script' });
  return { ...app, id };
}

describe('the witness’s report to the police', () => {
  it('shows the call script and the written report with Copy buttons, 110 first and last, and never "Insert into post" for them', async () => {
    const { user, copied } = await reportOpen('home');
    const section = screen.getByRole('region', { name: 'Report to the police' });
    const notes = within(section).getAllByRole('note');
    expect(notes).toHaveLength(2);
    for (const note of notes) expect(note).toHaveTextContent('If a child may be in danger now, call 110 now');
    const call = screen.getByRole('textbox', { name: 'Call script' }) as HTMLTextAreaElement;
    const message = screen.getByRole('textbox', { name: 'Written report' }) as HTMLTextAreaElement;
    expect(call).toHaveAttribute('readonly');
    expect(message).toHaveAttribute('readonly');
    expect(call.value.split('\n')[0]).toBe('Hello. I want to report a child who may be missing or trafficked.');
    // The private report carries what the police need: the exact spot, who was with the child.
    expect(message.value).toContain('郑州火车站西广场，肯德基门口');
    expect(message.value).toContain('车牌豫A·12345');
    // Never offered for a post: no Insert anywhere when the child was seen at a home.
    expect(screen.queryByRole('button', { name: 'Insert into post' })).toBeNull();
    expect(screen.getByText(/There is no public post for a child seen at a home/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'An optional public post' })).toBeNull();

    // Copied as it is, with no share gate in the way (a plate number is what the police want).
    await user.click(screen.getByRole('button', { name: 'Copy the call script' }));
    await user.click(screen.getByRole('button', { name: 'Copy the report' }));
    expect(copied).toEqual([call.value, message.value]);
    expect(screen.getByText('Copied. Paste it where you send the report.')).toBeInTheDocument();
  });

  it('a child seen in a public place: the optional public post, with Insert into post through the gate; the report itself still has no Insert', async () => {
    const { user, inserted } = await reportOpen('publicPlace');
    const publicPost = await screen.findByRole('region', { name: 'An optional public post' });
    const post = within(publicPost).getByRole('textbox', { name: 'Public post' }) as HTMLTextAreaElement;
    expect(post.value).toContain('河南省郑州市二七区');
    expect(post.value).not.toContain('肯德基');
    expect(post.value).not.toContain('豫A');
    // The only Insert is the public post's.
    expect(screen.getAllByRole('button', { name: 'Insert into post' })).toHaveLength(1);
    await user.click(within(publicPost).getByRole('button', { name: 'Insert into post' }));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]!.parts).toEqual([post.value]);
    // The report's own buttons are Copy only.
    const call = screen.getByRole('textbox', { name: 'Call script' });
    expect(publicPost.contains(call)).toBe(false);
  });

  it('a day Homeward cannot read goes to the police as written, and the person is told on screen why a date is better', async () => {
    const { store, id } = await reportOpen('home');
    act(() => store.getState().setAnswerPart(id, 'sight.when', 'date', 'last Friday'));
    const note = await screen.findByText(/Homeward could not read “last Friday” as a date or an age/);
    expect(note).toHaveAttribute('role', 'note');
    const message = screen.getByRole('textbox', { name: 'Written report' }) as HTMLTextAreaElement;
    expect(message.value).toContain('“last Friday” (as I wrote it)');
    expect(message.value).not.toContain('Homeward');
  });

  it('every screen of a report speaks to someone who saw a child, never to a parent', async () => {
    const { user } = await reportOpen('publicPlace');
    // The words a parent's screens say, and the 80 characters before them when found.
    const parentWords = () =>
      /.{0,80}(your child|our child|your family.s|put your family|Make posts)/i.exec(document.body.textContent ?? '')?.[0];
    expect(parentWords()).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Image cards' }));
    await screen.findByRole('combobox', { name: 'Size' });
    expect(parentWords()).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'What you saw' }));
    expect(parentWords()).toBeUndefined();
  });
});
