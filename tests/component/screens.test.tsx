import { describe, expect, it } from 'vitest';
import { computeAccessibleName } from 'dom-accessibility-api';
import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';

/** Issue 9, "Screens a parent can read": what a component test can see of it (the rest: tests/e2e/screens.test.ts). */

const RLO = '\u202E';
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** The nearest element that keeps a direction change inside it (only <bdi> is used in the panel). */
const isolating = (node: Node | null) => (node instanceof Element ? node : node?.parentElement)?.closest('bdi') ?? null;

async function storyWithAnswers(language: 'en' | 'zh-CN' = 'en') {
  const app = await renderApp({ language });
  await app.user.click(await screen.findByRole('button', { name: language === 'en' ? 'Begin' : '开始' }));
  const id = app.store.getState().activeId!;
  return { ...app, id };
}

describe('a right-to-left character in the parent’s words', () => {
  it('stays inside their words: Homeward’s own words around a name are not flipped', async () => {
    const { user, store, id } = await storyWithAnswers();
    const name = `${RLO}ylimaf ruo`;
    act(() => store.getState().renameStory(id, name));
    // "Story: <name>" above the interview.
    const storyFor = document.querySelector('.story-for')!;
    expect(storyFor).toHaveTextContent(`Story: ${name}`);
    const inStoryFor = within(storyFor as HTMLElement).getByText(name);
    expect(isolating(inStoryFor)?.textContent).toBe(name);

    await user.click(screen.getByRole('button', { name: /^My stories/ }));
    const heading = screen.getByRole('heading', { name: new RegExp(RLO) });
    const bdi = heading.querySelector('bdi')!;
    expect(bdi.textContent).toBe(name);
    // "open now" is Homeward's, outside the isolated name.
    expect(isolating(within(heading).getByText('open now'))).toBeNull();
    // A name given as text (the row's actions) holds the name between U+2068 and U+2069.
    expect(screen.getByRole('group', { name: `Actions for \u2068${name}\u2069` })).toBeInTheDocument();

    // Its copy's name: Homeward's "(copy)" stays outside too.
    await user.click(
      within(screen.getByRole('group', { name: `Actions for \u2068${name}\u2069` })).getByRole('button', { name: 'Duplicate' }),
    );
    expect(store.getState().stories[store.getState().order[1]!]!.title).toBe(`\u2068${name}\u2069 (copy)`);

    // The toast after deleting: “<name>” was deleted.
    await user.click(
      within(screen.getByRole('group', { name: `Actions for \u2068${name}\u2069` })).getByRole('button', { name: 'Delete' }),
    );
    const toast = screen.getByRole('status');
    expect(toast).toHaveTextContent(`“${name}” was deleted.`);
    expect(toast.querySelector('bdi')?.textContent).toBe(name);
  });

  it('in an answer on the review, stays inside the answer', async () => {
    const { store, id, user } = await storyWithAnswers();
    act(() => store.getState().setAnswerPart(id, 'child.name', 'fullName', `${RLO}Li Xiaoming`));
    act(() => store.getState().setAnswerPart(id, 'child.name', 'nickname', 'Mingming'));
    await user.click(within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: 'Review' }));
    const answer = within(screen.getByRole('region', { name: "Your child's story" })).getByText(`${RLO}Li Xiaoming`);
    expect(answer.tagName).toBe('BDI');
    // The label before it is Homeward's and outside.
    expect(isolating(screen.getByText('Full name:', { exact: false }))).toBeNull();
  });
});

describe('text in another script is marked with its language', () => {
  it('Chinese answers on an English screen, and the Chinese in Homeward’s English', async () => {
    const { store, id, user } = await storyWithAnswers();
    act(() => store.getState().setAnswerPart(id, 'child.name', 'fullName', '李小明'));
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('lang', 'zh-CN');
    await user.click(within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: 'Review' }));
    for (const shown of screen.getAllByText('李小明')) expect(shown).toHaveAttribute('lang', 'zh-CN'); // "Story: …" and the answer
    // The intro's "Tuanyuan (团圆)".
    act(() => store.getState().moveTo(id, 'intro'));
    expect(await screen.findByText('团圆')).toHaveAttribute('lang', 'zh-CN');
  });

  it('English answers on a Chinese screen', async () => {
    const { store, id, user } = await storyWithAnswers('zh-CN');
    act(() => store.getState().setAnswerPart(id, 'child.clothing', 'clothing', 'A red raincoat, green boots'));
    await user.click(within(screen.getByRole('navigation', { name: '故事的各个部分' })).getByRole('button', { name: '回顾' }));
    expect(screen.getByText('A red raincoat, green boots')).toHaveAttribute('lang', 'en');
  });
});

describe('the page says its language and title', () => {
  it.each([
    ['zh-CN', '回家'],
    ['zh-TW', '回家'],
    ['en', 'Homeward'],
  ] as const)('%s, and follows the language switch', async (language, title) => {
    const { user } = await renderApp({ language });
    await screen.findAllByRole('navigation');
    expect(document.documentElement.lang).toBe(language);
    expect(document.title).toBe(title);
    await user.selectOptions(screen.getByRole('combobox', { name: /^(Language|语言|語言)$/ }), language === 'en' ? 'zh-TW' : 'en');
    expect(document.documentElement.lang).toBe(language === 'en' ? 'zh-TW' : 'en');
    expect(document.title).toBe(language === 'en' ? '回家' : 'Homeward');
  });
});

describe('names that contain what is shown', () => {
  it('every button’s accessible name contains its visible words (voice control says what it sees)', async () => {
    const { user, store, id } = await storyWithAnswers();
    act(() => store.getState().setAnswerPart(id, 'child.name', 'nickname', '明明'));
    const visibleText = (el: Element): string => {
      const copy = el.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.visually-hidden, [aria-hidden=true]')) hidden.remove();
      return copy.textContent ?? '';
    };
    const words = (text: string) => text.replace(/[^\p{L}\p{N}/]+/gu, ' ').trim();
    const check = () => {
      for (const button of screen.getAllByRole('button')) {
        const seen = words(visibleText(button));
        if (seen) expect(words(computeAccessibleName(button)), button.outerHTML).toContain(seen);
      }
    };
    check(); // the part buttons: "Your child 1/8 (1 of 8 answered)"
    await user.click(within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: 'Review' }));
    check(); // the review's Change and Answer buttons
  });
});

describe('the review has a way on', () => {
  it('to posts and to image cards', async () => {
    const { user, store, id } = await storyWithAnswers();
    act(() => store.getState().setAnswerPart(id, 'child.name', 'nickname', '明明'));
    const toReview = () =>
      user.click(within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: 'Review' }));
    await toReview();
    const wayOn = screen.getByRole('region', { name: 'Share the story' });
    await user.click(within(wayOn).getByRole('button', { name: 'Make posts' }));
    expect(await screen.findByRole('combobox', { name: 'Write for' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Write the story' }));
    await user.click(within(screen.getByRole('region', { name: 'Share the story' })).getByRole('button', { name: 'Make image cards' }));
    expect(await screen.findByRole('combobox', { name: 'Card' })).toBeInTheDocument();
  });

  it('“Change” opens the question, and going on returns to the review', async () => {
    const { user, store, id } = await storyWithAnswers();
    act(() => store.getState().setAnswerPart(id, 'child.name', 'nickname', '明明'));
    const nav = () => within(screen.getByRole('navigation', { name: 'Parts of the story' }));
    await user.click(nav().getByRole('button', { name: 'Review' }));
    await user.click(screen.getByRole('button', { name: "Change: What is your child's name?" }));
    expect(screen.getByRole('heading', { name: /What is your child's name\?/ })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back to the review' }));
    expect(screen.getByRole('heading', { name: "Your child's story" })).toHaveFocus();
    // An unanswered one: Skip returns to the review too.
    await user.click(screen.getByRole('button', { name: 'Answer: What does your child love?' }));
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(screen.getByRole('heading', { name: "Your child's story" })).toBeInTheDocument();
    // Reached any other way, a question goes on to the next one as before.
    await user.click(nav().getByRole('button', { name: /^Your child/ }));
    expect(screen.getByRole('button', { name: 'Next' })).toBeInTheDocument();
  });
});

describe('removing a photo', () => {
  it('keeps focus in the list and offers Undo, which puts the photo back where it was', async () => {
    const { user, store, id } = await storyWithAnswers();
    await store.getState().addPhotos(id, [new Blob(['800x600']), new Blob(['600x800']), new Blob(['700x700'])]);
    const [first, second, third] = store.getState().stories[id]!.photos;
    act(() => store.getState().moveTo(id, 'child.photos'));
    await user.click(await screen.findByRole('button', { name: 'Remove photo 2' }));
    await nextFrame();
    // The photo that was third is now second: focus is on its Remove button.
    expect(screen.getByRole('button', { name: 'Remove photo 2' })).toHaveFocus();
    expect(store.getState().stories[id]!.photos.map((p) => p.id)).toEqual([first!.id, third!.id]);
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Photo 2 was removed.');
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    await nextFrame();
    expect(store.getState().stories[id]!.photos.map((p) => p.id)).toEqual([first!.id, second!.id, third!.id]);
    expect(screen.getByRole('button', { name: 'Remove photo 2' })).toHaveFocus();
    // The last one: focus goes to adding photos.
    await user.click(screen.getByRole('button', { name: 'Remove photo 3' }));
    await nextFrame();
    expect(screen.getByLabelText('Add photos')).toHaveFocus();
  });
});
