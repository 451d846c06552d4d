import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { installFakeCanvas } from '../helpers/canvas';
import { MINGMING, type AnswerRow } from '../helpers/stories';
import type { AppLanguage } from '@/lib/i18n/languages';
import en from '../../locales/en.json';
import zh from '../../locales/zh-CN.json';

beforeAll(() => installFakeCanvas());

const WORDS = { en, 'zh-CN': zh } as const;

/** A story with these answers, opened on the posts or the cards view. */
async function openWith(answers: readonly AnswerRow[], view: 'posts' | 'cards', options: { language?: 'en' | 'zh-CN'; url?: string } = {}) {
  const language = options.language ?? 'en';
  const w = WORDS[language];
  const app = await renderApp({ language: language as AppLanguage, url: options.url ?? 'https://weibo.com/u/1' });
  await app.user.click(await screen.findByRole('button', { name: w.intro.begin }));
  const id = app.store.getState().activeId!;
  for (const [q, p, text] of answers) app.store.getState().setAnswerPart(id, q, p, text);
  await app.user.click(screen.getByRole('button', { name: view === 'posts' ? w.compose.tab : w.cards.tab }));
  if (view === 'cards') {
    const preview = await screen.findByRole('img', { name: w.cards.preview });
    // The site in the tab is read asynchronously; then its size (Weibo's tile, with the set) is the default.
    await waitFor(() => expect(preview).not.toHaveAttribute('data-size', 'square'));
  } else await screen.findByRole('textbox', { name: w.compose.postLabel });
  return { ...app, id, w, story: () => app.store.getState().stories[id]! };
}

const gate = () => screen.getByRole('alertdialog');

/** An answer with a home address, one with an ID number, one with the family's own phone (on the story card's sentence). */
const RISKY: AnswerRow[] = [
  ...MINGMING.filter(([q, p]) => !(q === 'day.place' && p === 'spot') && q !== 'child.marks' && q !== 'hopes.message'),
  ['day.place', 'spot', '我家楼下，新安路12号'],
  ['child.marks', 'marks', '左耳后有胎记；身份证440306201503120012'],
  ['hopes.message', 'message', '明明，回家吧。妈妈电话13812345678。'],
];

describe('an empty story: nothing leaves the panel, and the missing essentials are named with a way to each', () => {
  it.each(['en', 'zh-CN'] as const)(
    'posts (%s): Copy and Insert are stopped; who, when, where and whom to tell are named',
    async (language) => {
      const { user, copied, inserted, w } = await openWith([], 'posts', { language });
      for (const button of [w.compose.copy, w.compose.insert]) {
        await user.click(screen.getByRole('button', { name: button }));
        const box = gate();
        expect(box).toHaveAccessibleName(w.gate.headingMissing);
        expect(box).toHaveTextContent(w.gate.blocked);
        for (const essential of ['who', 'when', 'where', 'whomToTell'] as const) {
          expect(within(box).getByText(w.gate.essential[essential])).toBeInTheDocument();
          expect(within(box).getByRole('button', { name: w.gate.goTo[essential] })).toHaveAccessibleDescription(
            w.gate.essential[essential],
          );
        }
        // No way to go on: an appeal without who, when and where is not shared at all.
        expect(within(box).queryByRole('button', { name: w.compose.safetyContinue })).toBeNull();
        expect(within(box).queryByRole('button', { name: w.gate.continueWithout })).toBeNull();
        expect(within(box).getByRole('button', { name: w.gate.goTo.who })).toHaveFocus();
        await user.click(within(box).getByRole('button', { name: w.gate.notNow }));
        expect(screen.queryByRole('alertdialog')).toBeNull();
        expect(screen.getByRole('button', { name: button })).toHaveFocus();
      }
      expect(copied).toEqual([]);
      expect(inserted).toEqual([]);
    },
  );

  it.each(['en', 'zh-CN'] as const)('cards (%s): Copy, Download, Attach and the Weibo set are stopped', async (language) => {
    const { user, copiedImages, downloads, attached, w } = await openWith([], 'cards', { language });
    const set = screen.getByRole('region', { name: w.cards.set });
    for (const [where, button] of [
      [document.body, w.cards.copy],
      [document.body, w.cards.download],
      [document.body, w.cards.attach],
      [set, w.cards.downloadAll.replace('{{count}}', '1')],
      [set, w.cards.attachAll],
    ] as const) {
      await user.click(within(where as HTMLElement).getByRole('button', { name: button }));
      const box = gate();
      expect(box).toHaveAccessibleName(w.gate.headingMissing);
      // Beside the buttons pressed: the set's box in the set.
      expect(where === set ? set.contains(box) : !set.contains(box)).toBe(true);
      for (const essential of ['who', 'when', 'where'] as const)
        expect(within(box).getByRole('button', { name: w.gate.goTo[essential] })).toBeInTheDocument();
      await user.click(within(box).getByRole('button', { name: w.gate.notNow }));
    }
    expect(copiedImages).toEqual([]);
    expect(downloads).toEqual([]);
    expect(attached).toEqual([]);
  });

  it('each button takes the parent to that question, with focus in the box to fill', async () => {
    const { user } = await openWith([], 'posts');
    await user.click(screen.getByRole('button', { name: en.compose.copy }));
    await user.click(within(gate()).getByRole('button', { name: en.gate.goTo.when }));
    expect(screen.getByRole('heading', { name: /When did you last see your child\?/ })).toBeInTheDocument();
    expect(screen.getByLabelText(en.questions.day.when.parts.date)).toHaveFocus();

    await user.click(screen.getByRole('button', { name: en.cards.tab }));
    await user.click(await screen.findByRole('button', { name: en.cards.download }));
    await user.click(within(gate()).getByRole('button', { name: en.gate.goTo.whomToTell }));
    expect(screen.getByRole('textbox', { name: en.questions.help.case.parts.station })).toHaveFocus();
  });

  it('once who, when and where are there, a missing "whom to tell" warns and lets the parent go on', async () => {
    const { user, copied } = await openWith(
      [
        ['child.name', 'fullName', '李小明'],
        ['day.when', 'date', '2019-06-05'],
        ['day.place', 'city', '深圳市'],
      ],
      'posts',
    );
    await user.click(screen.getByRole('button', { name: en.compose.copy }));
    const box = gate();
    expect(box).toHaveTextContent(en.gate.advised);
    expect(within(box).queryByRole('button', { name: en.gate.goTo.who })).toBeNull();
    await user.click(within(box).getByRole('button', { name: en.gate.continueWithout }));
    expect(copied).toHaveLength(1);
  });
});

describe('cards get the same care as posts', () => {
  it.each([
    ['Download image', en.cards.download],
    ['Copy image', en.cards.copy],
    ['Attach to post', en.cards.attach],
  ])('%s: a home address and an ID number the card draws are named, with the answer they are in', async (_name, button) => {
    const { user, copiedImages, downloads, attached } = await openWith(RISKY, 'cards');
    await user.click(screen.getByRole('button', { name: button }));
    const box = gate();
    expect(box).toHaveAccessibleName(en.compose.safetyHeading);
    expect(within(box).getByText('新安路12号')).toBeInTheDocument();
    expect(within(box).getByText('440306201503120012')).toBeInTheDocument();
    expect(box).toHaveTextContent(`in “${en.questions.day.place.parts.spot}”`);
    expect(box).toHaveTextContent(`in “${en.questions.child.marks.parts.marks}”`);
    // The station's phone on the card is what it should carry: not flagged.
    expect(box).not.toHaveTextContent('0755-12345678');
    expect(copiedImages).toEqual([]);
    expect(downloads).toEqual([]);
    expect(attached).toEqual([]);
    // The parent may still decide.
    await user.click(within(box).getByRole('button', { name: en.compose.safetyContinue }));
    await waitFor(() => expect(copiedImages.length + downloads.length + attached.length).toBe(1));
  });

  it('"Go back and edit" opens the question holding the address, with focus in that box', async () => {
    const { user } = await openWith(RISKY, 'cards');
    await user.click(screen.getByRole('button', { name: en.cards.download }));
    const edits = within(gate()).getAllByRole('button', { name: en.compose.safetyEdit });
    expect(edits[0]).toHaveFocus();
    expect(edits[0]).toHaveAccessibleDescription(/新安路12号/);
    await user.click(edits[0]!);
    expect(screen.getByRole('heading', { name: /Where was your child last seen\?/ })).toBeInTheDocument();
    const spot = screen.getByRole('textbox', { name: en.questions.day.place.parts.spot });
    expect(spot).toHaveFocus();
    expect(spot).toHaveValue('我家楼下，新安路12号');
  });

  it('the Weibo set is checked tile by tile before any of it leaves', async () => {
    const { user, downloads, w } = await openWith(RISKY, 'cards');
    const set = screen.getByRole('region', { name: w.cards.set });
    await user.click(within(set).getByRole('button', { name: /^Download all/ }));
    const box = within(set).getByRole('alertdialog');
    expect(within(box).getByText('440306201503120012')).toBeInTheDocument();
    expect(downloads).toEqual([]);
  });

  it('a change to the card closes an open box: what leaves is what was checked', async () => {
    const { user } = await openWith(RISKY, 'cards');
    await user.click(screen.getByRole('button', { name: en.cards.download }));
    expect(gate()).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: en.cards.template }), 'bilingual');
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('the story card’s picker holds back a sentence with the family’s phone until the parent confirms it', async () => {
    const { user } = await openWith(RISKY, 'cards');
    await user.selectOptions(screen.getByRole('combobox', { name: en.cards.template }), 'story');
    const picker = screen.getByRole('group', { name: en.cards.sentence });
    const offered = () =>
      within(picker)
        .getAllByRole('radio')
        .map((o) => (o as HTMLInputElement).value);
    const chosen = () =>
      within(picker)
        .getAllByRole('radio')
        .find((o) => (o as HTMLInputElement).checked) as HTMLInputElement;
    expect(offered()).not.toContain('妈妈电话13812345678。');
    expect(chosen().value).toBe('明明，回家吧。');
    // Shown below, marked, with a way back and a deliberate choice.
    const held = screen.getByText(en.cards.safety.heldBack).parentElement!;
    expect(within(held).getByText('13812345678').tagName).toBe('MARK');
    await user.click(within(held).getByRole('button', { name: en.cards.safety.use }));
    expect(offered()).toContain('妈妈电话13812345678。');
    // Offered now, still marked with what it holds, chosen and focused.
    expect(chosen().value).toBe('妈妈电话13812345678。');
    expect(chosen().closest('label')).toHaveTextContent('(holds a phone number)');
    expect(chosen()).toHaveFocus();
  });

  it('"Go back and edit" beside a held-back sentence opens the answer it came from', async () => {
    const { user } = await openWith(RISKY, 'cards');
    await user.selectOptions(screen.getByRole('combobox', { name: en.cards.template }), 'story');
    const held = screen.getByText(en.cards.safety.heldBack).parentElement!;
    await user.click(within(held).getByRole('button', { name: en.compose.safetyEdit }));
    expect(screen.getByRole('textbox', { name: en.questions.hopes.message.parts.message })).toHaveFocus();
  });
});

describe('posts: "Go back and edit" goes where the number is', () => {
  it('Homeward’s version: to the answer it came from', async () => {
    const { user, copied } = await openWith(
      [...MINGMING, ['help.contact', 'mode', 'personal'], ['help.contact', 'detail', '13812345678']],
      'posts',
    );
    await user.click(screen.getByRole('button', { name: en.compose.copy }));
    expect(within(gate()).getByText('13812345678')).toBeInTheDocument();
    await user.click(within(gate()).getByRole('button', { name: en.compose.safetyEdit }));
    expect(copied).toEqual([]);
    expect(screen.getByRole('textbox', { name: en.questions.help.contact.parts.detail })).toHaveFocus();
  });

  it('a post the parent edited: to that post’s box, with the number selected', async () => {
    const { user } = await openWith(MINGMING, 'posts');
    const box = screen.getByRole('textbox', { name: en.compose.postLabel }) as HTMLTextAreaElement;
    await user.type(box, ' 妈妈电话 13912345678');
    await user.click(screen.getByRole('button', { name: en.compose.copy }));
    expect(gate()).toHaveTextContent(en.gate.inPost);
    await user.click(within(gate()).getByRole('button', { name: en.compose.safetyEdit }));
    expect(box).toHaveFocus();
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('13912345678');
  });
});

describe('advice where the choice is made, and a reminder where posts and cards are made', () => {
  async function atQuestion(questionId: string, language: 'en' | 'zh-CN' = 'en') {
    const w = WORDS[language];
    const app = await renderApp({ language });
    await app.user.click(await screen.findByRole('button', { name: w.intro.begin }));
    const id = app.store.getState().activeId!;
    app.store.getState().moveTo(id, questionId);
    return { ...app, id, w };
  }

  it.each(['en', 'zh-CN'] as const)('not reported yet (%s): a warning box right under the choice, read with it', async (language) => {
    const { user, w } = await atQuestion('help.police', language);
    expect(screen.queryByRole('note')).toBeNull();
    const group = screen.getByRole('group', { name: w.questions.help.police.parts.reported });
    const notYet = within(group).getByRole('radio', { name: w.options.notYet });
    await user.click(notYet);
    const note = screen.getByRole('note', { name: w.advice.policeNow.heading });
    for (const line of ['noWait', 'tuanyuan', 'bring', 'then'] as const) expect(note).toHaveTextContent(w.advice.policeNow[line]);
    // Right under the choice, announced as it appears, and read with the options.
    expect(group.nextElementSibling).toContainElement(note);
    expect(note.parentElement).toHaveAttribute('aria-live', 'polite');
    expect(notYet).toHaveAccessibleDescription(expect.stringContaining(w.advice.policeNow.noWait));
    await user.click(within(group).getByRole('radio', { name: w.options.yes }));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it.each(['en', 'zh-CN'] as const)('our own phone (%s): the scam warning, and a button to the safer choice', async (language) => {
    const { user, w, store, id } = await atQuestion('help.contact', language);
    await user.click(screen.getByRole('radio', { name: w.options.personal }));
    const note = screen.getByRole('note', { name: w.advice.ownPhone.heading });
    expect(note).toHaveTextContent(w.advice.ownPhone.scam);
    expect(note).toHaveTextContent(w.advice.ownPhone.safer);
    // Keyboard: Tab from the chosen option reaches the box's button.
    await user.tab();
    const safer = within(note).getByRole('button', { name: w.advice.ownPhone.switch });
    expect(safer).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().stories[id]!.answers['help.contact']?.mode).toBe('policeOnly');
    expect(screen.getByRole('radio', { name: w.options.policeOnly })).toHaveFocus();
    expect(screen.queryByRole('note')).toBeNull();
  });

  it.each(['posts', 'cards'] as const)('the %s view reminds, with a way back to the choice', async (view) => {
    const { user } = await openWith(
      [...MINGMING, ['help.police', 'reported', 'notYet'], ['help.contact', 'mode', 'personal'], ['help.contact', 'detail', '13812345678']],
      view,
    );
    expect(screen.getByText(en.advice.reminder.policeNow)).toBeInTheDocument();
    expect(screen.getByText(en.advice.reminder.ownPhone)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.advice.reminder.changeContact }));
    expect(screen.getByRole('radio', { name: en.options.personal })).toHaveFocus();
  });

  it('no reminder when the choices are safe', async () => {
    await openWith([...MINGMING, ['help.police', 'reported', 'yes']], 'posts');
    expect(screen.queryByText(en.advice.reminder.policeNow)).toBeNull();
    expect(screen.queryByRole('note')).toBeNull();
  });
});
