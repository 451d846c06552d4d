import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { MINGMING } from '../helpers/stories';
import { FAKE_TRANSLATOR_MODES, installFakeTranslator } from '../helpers/fake-translator';

/** The app with Mingming's story (Chinese) open on the translate view. */
async function translating() {
  const app = await renderApp();
  const s = app.store.getState();
  // A Chinese story, in an English panel (a helper abroad).
  const id = s.createStory('family-seeking-child', 'zh-CN');
  for (const [q, p, text] of MINGMING) s.setAnswerPart(id, q, p, text);
  await app.user.click(await screen.findByRole('button', { name: 'Translate' }));
  await screen.findByRole('heading', { name: 'Translate the story' });
  return { ...app, id };
}

const box = (name: RegExp) =>
  screen.getAllByRole('textbox', { name: 'In English' }).find((el) => name.test(el.closest('li')?.textContent ?? ''))!;
const rowOf = (el: HTMLElement) => el.closest('li')!;

/** The child's name translated by hand and checked: the story then has English to offer. */
async function checkName(app: Awaited<ReturnType<typeof translating>>) {
  const name = box(/李小明/);
  await app.user.type(name, 'LI Xiaoming (李小明)');
  await app.user.click(within(rowOf(name)).getByRole('checkbox'));
}

/** Make posts, and its "Language of the posts" (the posts view loads on first use: time on a busy machine). */
async function openPosts(app: Awaited<ReturnType<typeof translating>>) {
  await app.user.click(screen.getByRole('button', { name: 'Make posts' }));
  return screen.findByRole('combobox', { name: 'Language of the posts' }, { timeout: 10_000 });
}

afterEach(() => {
  delete (globalThis as { Translator?: unknown }).Translator;
});

describe('the translate view', () => {
  it('a helper translates a part by hand, checks it, and the progress counts it', async () => {
    const app = await translating();
    const progress = screen.getByText(/^0 of \d+ checked$/);
    const total = Number(/of (\d+)/.exec(progress.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(8);
    const marks = box(/左耳后有一块硬币大小的红色胎记/);
    // The source is shown above the box.
    expect(rowOf(marks)).toHaveTextContent('左耳后有一块硬币大小的红色胎记');
    const tick = within(rowOf(marks)).getByRole('checkbox');
    expect(tick).toBeDisabled();
    await app.user.type(marks, 'A red birthmark the size of a coin behind his left ear');
    expect(rowOf(marks)).toHaveTextContent('Draft: not checked yet');
    await app.user.click(tick);
    expect(screen.getByText(`1 of ${total} checked`)).toBeInTheDocument();
    const story = app.store.getState().stories[app.id];
    expect(story?.translations?.en?.['child.marks']?.marks).toMatchObject({ by: 'person', state: 'checked' });

    // The parent changes the source: the part says so until the helper looks again.
    app.store.getState().setAnswerPart(app.id, 'child.marks', 'marks', '左耳后有一块红色胎记，像一枚硬币');
    await screen.findByText('The original changed since this was checked: read it again');
    expect(screen.getByText(`0 of ${total} checked`)).toBeInTheDocument();
    await app.user.click(within(rowOf(box(/像一枚硬币/))).getByRole('checkbox', { name: 'Checked again against the changed original' }));
    expect(screen.getByText(`1 of ${total} checked`)).toBeInTheDocument();
  });

  it('names and places come with a pinyin suggestion, original beside it; words of these appeals with their rendering', async () => {
    const app = await translating();
    const name = box(/李小明/);
    const use = await within(rowOf(name)).findByRole('button', { name: 'Use “LI Xiaoming (李小明)”' }, { timeout: 10_000 });
    await app.user.click(use);
    expect(name).toHaveValue('LI Xiaoming (李小明)');
    // English with the name's Chinese beside it is English: on this English screen, nothing to mark.
    expect(name).not.toHaveAttribute('lang');
    expect(rowOf(name)).toHaveTextContent('Draft: not checked yet');
    const district = box(/宝安区/);
    await app.user.click(within(rowOf(district)).getByRole('button', { name: /^Use “Bao'an District/ }));
    expect(district).toHaveValue("Bao'an District (宝安区)");
    // The spot is a description to translate, not a place name: no pinyin offered for it.
    expect(within(rowOf(box(/西乡菜市场门口的游乐场/))).queryByText('Suggested:')).not.toBeInTheDocument();
    // 宝贝回家 in the tags: the glossary says how appeals write it.
    const tags = box(/寻找明明，宝贝回家/);
    expect(within(rowOf(tags)).getByRole('list', { name: 'Words these appeals use' })).toHaveTextContent('宝贝回家 → Baobei Huijia');
  });

  it('"Next part not checked" moves focus to the next part that is not checked', async () => {
    const app = await translating();
    await app.user.click(screen.getByRole('button', { name: 'Next part not checked' }));
    expect(document.activeElement).toBe(screen.getAllByRole('textbox', { name: 'In English' })[0]);
    await app.user.click(screen.getByRole('button', { name: 'Next part not checked' }));
    expect(document.activeElement).toBe(screen.getAllByRole('textbox', { name: 'In English' })[1]);
  });

  it('the browser’s translator drafts what is not translated, each part marked as a machine draft; none without the API', async () => {
    const without = await translating();
    expect(screen.queryByRole('button', { name: 'Draft with the browser’s translator' })).toBeNull();
    without.unmount();

    installFakeTranslator(FAKE_TRANSLATOR_MODES.available);
    const app = await translating();
    const marks = box(/左耳后/);
    await app.user.type(marks, 'my own words');
    await app.user.click(await screen.findByRole('button', { name: 'Draft with the browser’s translator' }));
    await screen.findByText(/^Drafted \d+ parts\. Read each against the original/);
    // The helper's own words are never replaced; the rest are machine drafts, marked as such.
    expect(marks).toHaveValue('my own words');
    const what = box(/我们在买菜/);
    expect((what as HTMLTextAreaElement).value).toMatch(/^\[EN\] /);
    expect(rowOf(what)).toHaveTextContent('Draft by the browser’s translator: not checked yet');
  });

  it('a translator that hangs can be stopped; what was drafted stays', async () => {
    installFakeTranslator(FAKE_TRANSLATOR_MODES['translate-hangs']);
    const app = await translating();
    await app.user.click(await screen.findByRole('button', { name: 'Draft with the browser’s translator' }));
    await app.user.click(await screen.findByRole('button', { name: 'Stop' }));
    await screen.findByText(/^Stopped\. What was drafted is kept/);
    expect(app.store.getState().stories[app.id]?.translations).toBeUndefined();
  });
});

describe('the story’s words', () => {
  it('a helper changes how a word is written; it shows beside the part, is kept with the story, and can go back', async () => {
    const app = await translating();
    const station = box(/宝安区西乡派出所/);
    const words = within(rowOf(station)).getByRole('list', { name: 'Words these appeals use' });
    expect(words).toHaveTextContent('派出所 → police station');
    await app.user.click(within(words).getByRole('button', { name: 'Change how “派出所” is written' }));
    const input = within(words).getByRole('textbox', { name: '“派出所” in English' });
    expect(input).toHaveFocus();
    await app.user.clear(input);
    await app.user.type(input, 'local police post{Enter}');
    expect(words).toHaveTextContent('派出所 → local police post (Homeward writes: police station)');
    expect(app.store.getState().stories[app.id]?.glossary?.en?.['police-station']).toEqual({ zh: '派出所', text: 'local police post' });
    // Focus comes back to the button that opened the box.
    expect(within(words).getByRole('button', { name: 'Change how “派出所” is written' })).toHaveFocus();
    // Escape closes without saving; "Back to Homeward’s" undoes the change.
    await app.user.click(within(words).getByRole('button', { name: 'Change how “派出所” is written' }));
    await app.user.type(within(words).getByRole('textbox'), ' typo{Escape}');
    expect(words).toHaveTextContent('派出所 → local police post');
    expect(words).not.toHaveTextContent('typo');
    await app.user.click(within(words).getByRole('button', { name: 'Change how “派出所” is written' }));
    await app.user.click(within(words).getByRole('button', { name: 'Back to Homeward’s' }));
    expect(words).toHaveTextContent('派出所 → police station');
    expect(app.store.getState().stories[app.id]?.glossary).toBeUndefined();
  });

  it('a word the helper adds is shown beside every part that holds it, and a name written that way is suggested first', async () => {
    const app = await translating();
    await app.user.click(screen.getByText('Words and how to write them in English'));
    const add = screen.getByRole('form', { name: 'Add a word' });
    await app.user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(within(add).getByRole('alert')).toHaveTextContent('Write both the word and how to write it.');
    await app.user.type(within(add).getByRole('textbox', { name: 'The word in Chinese' }), ' 明明 ');
    await app.user.type(within(add).getByRole('textbox', { name: 'How to write it in English' }), 'Ming-Ming{Enter}');
    expect(within(add).getByRole('status')).toHaveTextContent('Added “明明”.');
    expect(within(add).getByRole('textbox', { name: 'The word in Chinese' })).toHaveFocus();
    // Beside the message ("明明，爸爸妈妈……"), and first among the childhood name's suggestions.
    const message = box(/爸爸妈妈从来没有停止找你/);
    expect(within(rowOf(message)).getByRole('list', { name: 'Words these appeals use' })).toHaveTextContent('明明 → Ming-Ming');
    const nickname = screen
      .getAllByRole('textbox', { name: 'In English' })
      .find((el) => rowOf(el).querySelector('.translate-source')?.textContent === '明明')!;
    const suggested = await within(rowOf(nickname)).findAllByRole('button', { name: /^Use “/ });
    expect(suggested[0]).toHaveAccessibleName('Use “Ming-Ming”');
    await app.user.click(suggested[0]!);
    expect(nickname).toHaveValue('Ming-Ming');
  });
});

describe('posts in a checked translation', () => {
  it('Make posts offers the checked language, and the English post reads the checked words and the facts in English', async () => {
    const app = await translating();
    await checkName(app);
    const what = box(/我们在买菜/);
    await app.user.type(what, 'We were buying vegetables. I turned to pay, and he was gone.');
    // Not checked: never in a post.
    const language = await openPosts(app);
    await app.user.selectOptions(language, 'en');
    await vi.waitFor(() => {
      const post = (screen.getAllByRole('textbox', { name: 'Post text' })[0] as HTMLTextAreaElement).value;
      expect(post).toContain('LI Xiaoming (李小明)');
      expect(post).toMatch(/June 2019/);
    });
    const postBox = screen.getAllByRole('textbox', { name: 'Post text' })[0] as HTMLTextAreaElement;
    const post = postBox.value;
    // The English post keeps the name's Chinese beside it, and is English: not marked Chinese (it was, found by
    // the end-to-end test), so a screen reader reads it in English.
    expect(postBox).not.toHaveAttribute('lang');
    expect(post).not.toContain('We were buying vegetables');
    expect(post).not.toContain('我们在买菜');
    // Back to the story's language: the Chinese post.
    await app.user.selectOptions(language, 'zh-CN');
    expect((screen.getAllByRole('textbox', { name: 'Post text' })[0] as HTMLTextAreaElement).value).toContain('李小明');
  });
});

describe('the check before sharing, across languages', () => {
  it('a box about the Chinese post closes when the helper switches to the English one: "Share it anyway" never sends another post', async () => {
    const app = await translating();
    await checkName(app);
    const language = await openPosts(app);
    const post = screen.getAllByRole('textbox', { name: /^Post text|^Part 1 of/ })[0]!;
    await app.user.type(post, ' 妈妈电话 13812345678');
    await app.user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(screen.getByRole('alertdialog', { name: /may put your family at risk/ })).toBeInTheDocument();
    await app.user.selectOptions(language, 'en');
    await vi.waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(app.copied).toEqual([]);
    // The English post, which has no phone, is copied as shown.
    await app.user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(app.copied).toHaveLength(1);
    expect(app.copied[0]).toContain('LI Xiaoming (李小明)');
    expect(app.copied[0]).not.toContain('13812345678');
  });
});

describe('bilingual posts', () => {
  it('Make posts offers Chinese then English and the reverse; an edit of the bilingual post is its own', async () => {
    const app = await translating();
    await checkName(app);
    const language = await openPosts(app);
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['简体中文', 'English', '简体中文, then English', 'English, then 简体中文']);
    // Every post of it, in order (one post, or a thread where the site has one and the two do not fit together).
    const post = () =>
      screen
        .getAllByRole('textbox', { name: /^Post text|^Part \d+ of/ })
        .map((el) => (el as HTMLTextAreaElement).value)
        .join('\n\n');
    await app.user.selectOptions(language, 'zh-CN+en');
    await vi.waitFor(() => expect(post().indexOf('LI Xiaoming')).toBeGreaterThan(post().indexOf('李小明（')));
    expect(post().indexOf('李小明')).toBeGreaterThanOrEqual(0);
    await app.user.selectOptions(language, 'en+zh-CN');
    await vi.waitFor(() => expect(post().indexOf('LI Xiaoming')).toBeLessThan(post().indexOf('【寻人】')));
    // The same drop-down, kept where it was (a keyboard user's focus stays on it).
    expect(language).toBeInTheDocument();
    expect(language).toHaveFocus();
    // The parent's edit of the bilingual post is kept for it alone: the Chinese post is still Homeward's.
    const first = screen.getAllByRole('textbox', { name: /^Post text|^Part 1 of/ })[0] as HTMLTextAreaElement;
    await app.user.type(first, ' EDITED');
    await app.user.selectOptions(language, 'zh-CN');
    await vi.waitFor(() => expect(post()).not.toContain('EDITED'));
    await app.user.selectOptions(language, 'en+zh-CN');
    await vi.waitFor(() => expect(post()).toContain('EDITED'));
    expect(Object.keys(app.store.getState().stories[app.id]?.drafts ?? {})).toEqual([expect.stringMatching(/:story:en\+zh-CN$/)]);
  });
});

describe('cards in a checked translation', () => {
  it('Image cards offers the checked language; the English card draws the checked words and nothing unchecked', async () => {
    const app = await translating();
    await checkName(app);
    await app.user.type(box(/左耳后/), 'a red birthmark behind his left ear');
    await app.user.click(screen.getByRole('button', { name: 'Image cards' }));
    const preview = (await screen.findByRole('img', { name: 'Preview of the card' }, { timeout: 10_000 })) as HTMLCanvasElement;
    const drawn = () => (JSON.parse(preview.dataset.text ?? '[]') as { lines: string[] }[]).map((b) => b.lines.join(' ')).join('\n');
    await vi.waitFor(() => expect(drawn()).toContain('李小明'));
    expect(drawn()).toContain('左耳后');
    await app.user.selectOptions(await screen.findByRole('combobox', { name: 'Language of the card' }, { timeout: 10_000 }), 'en');
    await vi.waitFor(() => expect(drawn().replace(/\s+/g, ' ')).toContain('LI Xiaoming (李小明)'));
    // The marks' translation is a draft: neither it nor the Chinese original is on the English card.
    expect(drawn()).not.toContain('a red birthmark');
    expect(drawn()).not.toContain('左耳后');
  });
});

describe('the bilingual poster with a checked translation', () => {
  it('its English half says the checked words of the parent (the marks), not only Homeward’s own words', async () => {
    const app = await translating();
    for (const [pattern, text] of [
      [/李小明/, 'LI Xiaoming (李小明)'],
      [/左耳后/, 'a red birthmark the size of a coin behind his left ear'],
    ] as const) {
      const el = box(pattern);
      await app.user.type(el, text);
      await app.user.click(within(rowOf(el)).getByRole('checkbox'));
    }
    await app.user.click(screen.getByRole('button', { name: 'Image cards' }));
    const preview = (await screen.findByRole('img', { name: 'Preview of the card' }, { timeout: 10_000 })) as HTMLCanvasElement;
    const drawn = () =>
      (JSON.parse(preview.dataset.text ?? '[]') as { lines: string[] }[])
        .map((b) => b.lines.join(' '))
        .join('\n')
        .replace(/\s+/g, ' ');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Card' }), 'bilingual');
    await vi.waitFor(() => expect(drawn()).toContain('a red birthmark the size of a coin behind his left ear'));
    expect(drawn()).toContain('左耳后有一块硬币大小的红色胎记');
  });
});
