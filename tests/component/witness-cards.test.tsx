import { beforeAll, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { installFakeCanvas } from '../helpers/canvas';
import { SEEN_AT_STATION, type AnswerRow } from '../helpers/stories';

beforeAll(() => installFakeCanvas());

/** A witness's report (SEEN_AT_STATION, `setting` as given, one photo), opened on the image cards. */
async function cardsOpen(setting: string) {
  const app = await renderApp({ language: 'en', url: 'https://weibo.com/' });
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
  expect(await store.getState().addPhotos(id, [new Blob(['4000x3000'])])).toEqual([]);
  await user.click(await screen.findByRole('button', { name: 'Image cards' }));
  return app;
}

const preview = () => screen.findByRole('img', { name: 'Preview of the card' }, { timeout: 10_000 });

describe('the witness’s image card', () => {
  it('a child seen at a home: no card, a kind word on why, and the way to the report', async () => {
    const { user } = await cardsOpen('home');
    expect(
      await screen.findByText(/There is no public card for a child seen at a home/, undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'Preview of the card' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go to the report for the police' }));
    expect(await screen.findByRole('textbox', { name: 'Call script' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('a child seen in a public place: no photo by default, blurred by choice, clear only after the warning is ticked', async () => {
    const { user } = await cardsOpen('publicPlace');
    const card = await preview();
    expect(card).toHaveAttribute('data-photo', '');
    const drawn = card.getAttribute('data-text') ?? '';
    expect(drawn).toContain('Whose child is this?');
    for (const secret of ['肯德基', '豫A', '我要妈妈']) expect(drawn).not.toContain(secret);

    const clear = screen.getByRole('radio', { name: 'The photo as it is' });
    expect(clear).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'The photo, heavily blurred' }));
    expect(await preview()).not.toHaveAttribute('data-photo', '');
    await user.click(screen.getByRole('checkbox', { name: 'I understand, and I choose to show the child’s face' }));
    expect(clear).toBeEnabled();
    await user.click(clear);
    expect(clear).toBeChecked();
    // Unticking the warning takes the photo off again.
    await user.click(screen.getByRole('checkbox', { name: 'I understand, and I choose to show the child’s face' }));
    expect(screen.getByRole('radio', { name: 'No photo (safest)' })).toBeChecked();
    expect(await preview()).toHaveAttribute('data-photo', '');
  });
});
