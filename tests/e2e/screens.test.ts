import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { browserForSuite } from './suite';
import { checkScreen, expectFocusKept, press, type Words } from './screen-check';
import { drawnImage } from './photo-helpers';
import { CHEN_JING, MINGMING, SEEN_AT_STATION, storyWith, type AnswerRow } from '../helpers/stories';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';

/**
 * Every screen a parent meets, with a realistic story, in light and dark, at 320 px and at 200 % zoom, in
 * Chinese and English: axe-core finds nothing serious, nothing sticks out sideways, text is large enough and
 * in the CJK font stack, the page says its language and title, other-script text is marked, Chinese is never
 * slanted, user text is isolated from Homeward's words, and focus never falls to the page after an action.
 * What each check means: docs/accessibility.md.
 * The checks themselves: screen-check.ts.
 */

/** A share link of 200 characters with no place to break, and an address written as one long word. */
export const LONG_LINK = `https://weibo.com/share/${'Xm9Qa7Lp2Rt5'.repeat(15)}`.slice(0, 200);
const LONG_ADDRESS = 'No.1203-Building7-XixiangMarketPlaygroundGate2-BaoanAvenue-Shenzhen518102';
/** A story name that begins with a right-to-left override (as a pasted name might). */
export const RLO_NAME = '\u202Eylimaf ruo dnif';

const STORIES = (lang: 'zh-CN' | 'en') => {
  const mingming = storyWith('zh-CN', [
    ...MINGMING,
    ['day.place', 'spot', `西乡菜市场门口的游乐场，${LONG_ADDRESS}`],
    ['help.links', 'links', `我们的微博：${LONG_LINK}`],
    ['help.police', 'reported', 'yes'],
    ['help.contact', 'mode', 'policeOnly'],
    ['child.languages', 'languages', '四川话，会说一点普通话'],
    // The family's own phone in the parent's words: held back from the story card, named by the check before sharing.
    ['hopes.message', 'message', '明明，爸爸妈妈从来没有停止找你。有消息请打妈妈的电话13812345678。'],
  ] as AnswerRow[]);
  const emily = storyWith('en', [
    ['child.name', 'fullName', 'Emily Chen'],
    ['child.name', 'nickname', 'Em'],
    ['child.clothing', 'clothing', 'A red raincoat with white buttons, green rain boots'],
    ['day.when', 'date', '2021-10-02'],
    ['day.place', 'city', 'Vancouver'],
    ['day.what', 'what', 'She was walking home from school along Main Street and never arrived.'],
  ]);
  const named = storyWith(lang, [['child.name', 'nickname', '小红']]);
  const empty = storyWith(lang, []);
  return [
    { ...empty, id: 'empty' },
    { ...mingming, id: 'mingming', title: '' },
    { ...emily, id: 'emily', title: 'EmilyChenMissingSince2021PleaseShareEverywhere' },
    { ...named, id: 'rlo', title: RLO_NAME },
  ];
};

async function seedLibrary(browser: ExtensionBrowser, lang: 'zh-CN' | 'en'): Promise<void> {
  await seedStories(browser, STORIES(lang));
}

/** Writes these stories into the extension's storage, the first one open. */
async function seedStories(browser: ExtensionBrowser, stories: readonly { id: string }[]): Promise<void> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('The extension has no service worker.');
  await worker.evaluate(
    (all) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        ...Object.fromEntries(all.map((s) => [`homeward:story:${s.id}`, s])),
        'homeward:index': { version: 1, order: all.map((s) => s.id), activeId: all[0]!.id },
      }),
    stories,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each([
  ['zh-CN', zhCN as Words],
  ['en', en],
] as const)('every screen in %s', (lang, words) => {
  const suite = browserForSuite(lang === 'en' ? 'en-US' : 'zh-CN', (browser) => seedLibrary(browser, lang));
  let page: Page;
  const check = (screen: string) => checkScreen(page, lang, words, screen);
  const nav = () => page.getByRole('navigation', { name: words.interview.sections });
  const toReview = () =>
    press(page, nav().getByRole('button', { name: new RegExp(`^\\S*\\s*${escape(words.interview.review)}`) }), 'opening the review');
  const change = (question: string) =>
    press(page, page.getByRole('button', { name: words.review.edit.replace('{{question}}', question) }), `Change: ${question}`);

  it('intro: a new story, police first', async () => {
    page = await suite.browser.openPanel();
    await page.getByRole('heading', { name: words.intro.heading }).waitFor();
    await check('intro');
  });

  it('a needed question left empty says so gently', async () => {
    await press(page, page.getByRole('button', { name: words.intro.begin }), 'Begin');
    await press(page, page.getByRole('button', { name: words.interview.next, exact: true }), 'Next on an empty needed question');
    await page.getByRole('alert').waitFor();
    await check('question-required');
  });

  it('the library: stories, renaming, deleting with Undo', async () => {
    await press(page, page.getByRole('button', { name: new RegExp(`^${escape(words.library.heading)}`) }), 'opening the library');
    await page.getByRole('heading', { name: words.library.heading, level: 2 }).waitFor();
    await check('library');

    const emilyActions = page.getByRole('group', { name: /EmilyChen/ });
    await press(page, emilyActions.getByRole('button', { name: words.library.rename }), 'Rename');
    await check('library-rename');
    await page.keyboard.press('Escape');
    await expectFocusKept(page, 'cancelling a rename');

    const emptyActions = page.getByRole('group', { name: new RegExp(escape(words.library.untitled)) });
    await press(page, emptyActions.getByRole('button', { name: words.library.delete }), 'Delete');
    await page.getByRole('button', { name: words.library.undo }).waitFor();
    await check('library-deleted-undo');
    await press(page, page.getByRole('button', { name: words.library.undo }), 'Undo after deleting a story');
    // Focus lands on the story that came back.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? '')).toContain(words.library.untitled);
    await press(
      page,
      page.getByRole('group', { name: new RegExp(escape(words.library.untitled)) }).getByRole('button', { name: words.library.delete }),
      'Delete',
    );
    await press(page, page.getByRole('button', { name: words.library.dismiss }), 'Dismiss after deleting a story');
  });

  it('every kind of question, reached from the review and back to it', async () => {
    await press(
      page,
      page.getByRole('group', { name: /李小明/ }).getByRole('button', { name: words.library.openStory }),
      'opening a story',
    );
    await toReview();
    const q = words.questions;
    for (const [screen, label] of [
      ['question-text', q.child.name.label],
      ['question-date', q.child.birth.label],
      ['question-choice', q.child.gender.label],
      ['question-longtext', q.day.what.label],
      ['question-place-long-address', q.day.place.label],
      ['question-links-long-link', q.help.links.label],
      ['question-two-choices', q.help.police.label],
    ] as const) {
      await change(label);
      await page.getByRole('heading', { name: label }).waitFor();
      await check(screen);
      // "Back to the review" returns there, not to the next question.
      await press(page, page.getByRole('button', { name: words.screens.backToReview }), 'Back to the review');
      await page.getByRole('heading', { name: words.review.heading }).waitFor();
    }
  });

  it('dates as parents type them: read back, or questioned gently', async () => {
    const label = words.questions.day.when.label;
    await change(label);
    const date = page.getByRole('textbox', { name: new RegExp(`^${escape(words.questions.day.when.parts.date)}`) });
    const typed = await date.inputValue();
    await date.fill(lang === 'en' ? 'June 2019' : '2019年6月');
    await page.keyboard.press('Tab');
    await check('question-date-partial');
    await date.fill('2031-02-30');
    await page.keyboard.press('Tab');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    await check('question-date-problem');
    await date.fill(typed);
    await press(page, page.getByRole('button', { name: words.screens.backToReview }), 'Back to the review');
  });

  it('advice right under the choice that calls for it: not reported yet, our own phone', async () => {
    await change(words.questions.help.police.label);
    await page.getByRole('radio', { name: words.options.notYet }).check();
    await page.getByRole('note').first().waitFor();
    await check('question-advice-police');
    await page.getByRole('radio', { name: words.options.yes }).first().check();
    await press(page, page.getByRole('button', { name: words.screens.backToReview }), 'Back to the review');
    await change(words.questions.help.contact.label);
    await page.getByRole('radio', { name: words.options.personal }).check();
    await page.getByRole('note').first().waitFor();
    await check('question-advice-own-phone');
    // Kept: the posts and cards views remind of it (audited there).
    await press(page, page.getByRole('button', { name: words.screens.backToReview }), 'Back to the review');
  });

  it('photos: adding, a photo that cannot be opened, removing with Undo', async () => {
    await press(
      page,
      page.getByRole('button', { name: words.review.answer.replace('{{question}}', words.questions.child.photos.label) }),
      'Answer: photos',
    );
    const pictures = await Promise.all(
      [
        ['#c0392b', '#f1c40f'],
        ['#2471a3', '#27ae60'],
        ['#8e44ad', '#f39c12'],
      ].map(([a, b]) =>
        drawnImage(page, 600, 800, [
          [a!, 0, 0, 600, 800],
          [b!, 150, 200, 300, 400],
        ]),
      ),
    );
    await page
      .locator('input[type=file]')
      .setInputFiles(pictures.map((buffer, i) => ({ name: `photo-${i + 1}.png`, mimeType: 'image/png', buffer })));
    await expect.poll(() => page.locator('.photo-list img').count(), { timeout: 20_000 }).toBe(3);
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(200)]);
    await page.locator('input[type=file]').setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic });
    await page.getByRole('alert').waitFor();
    await check('question-photos-problem');

    const remove = (index: number) =>
      page.getByRole('button', { name: words.photos.remove.replace('{{index}}', String(index)), exact: true });
    await press(page, remove(2), 'removing photo 2');
    // To the next photo's Remove button (the photo that was 3rd is now 2nd).
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(words.photos.remove.replace('{{index}}', '2'));
    await expect.poll(() => page.locator('.photo-list img').count()).toBe(2);
    await check('question-photos-removed-undo');
    await press(page, page.getByRole('button', { name: words.library.undo }), 'Undo after removing a photo');
    await expect.poll(() => page.locator('.photo-list img').count()).toBe(3);
    // The last photo removed: focus goes to the button that adds photos.
    await press(page, remove(3), 'removing the last photo');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    await press(page, page.getByRole('button', { name: words.library.undo }), 'Undo after removing a photo');
    await expect.poll(() => page.locator('.photo-list img').count()).toBe(3);
    await press(page, page.getByRole('button', { name: words.screens.backToReview }), 'Back to the review');
  });

  it('the review: the whole story, and a way on', async () => {
    await page.getByRole('heading', { name: words.review.heading }).waitFor();
    await check('review');
    await press(
      page,
      page.getByRole('region', { name: words.screens.reviewNext }).getByRole('button', { name: words.screens.toPosts }),
      'Make posts from the review',
    );
    await page.getByRole('combobox', { name: words.compose.siteLabel }).waitFor();
  });

  it('posts: the story, a thread over the limit, and going back to Homeward’s version', async () => {
    await check('posts');
    await page.getByRole('combobox', { name: words.compose.siteLabel }).selectOption('x');
    await page.getByRole('radio', { name: words.compose.variant.thread }).check();
    await check('posts-thread');
    await page.getByRole('radio', { name: words.compose.variant.story }).check();
    const post = page.getByRole('textbox', { name: words.compose.postLabel });
    await post.fill(`${await post.inputValue()} ${LONG_LINK}`);
    await check('posts-edited-over-limit');
    await press(page, page.getByRole('button', { name: words.compose.reset }), 'Back to Homeward’s version');
    await check('posts-reset-confirm');
    await press(page, page.getByRole('button', { name: words.screens.resetNo }), 'keeping the edit');
    expect(await post.inputValue()).toContain(LONG_LINK);
    await press(page, page.getByRole('button', { name: words.compose.reset }), 'Back to Homeward’s version');
    await press(page, page.getByRole('button', { name: words.screens.resetYes }), 'going back to Homeward’s version');
    expect(await post.inputValue()).not.toContain(LONG_LINK);
    // The story is longer than one X post: the note says so and leads to the thread.
    await page.getByRole('note').filter({ hasText: words.compose.storyFit.showThread }).waitFor();
    await check('posts-story-fit-note');
    await press(page, page.getByRole('button', { name: words.compose.storyFit.showThread }), 'Show it as a thread');
    expect(await page.getByRole('radio', { name: words.compose.variant.thread }).isChecked()).toBe(true);
  });

  it('posts: the check before sharing names the family’s phone, with a way back', async () => {
    // Weibo's story post carries the parent's message, which holds the phone.
    await page.getByRole('combobox', { name: words.compose.siteLabel }).selectOption('weibo');
    await page.getByRole('radio', { name: words.compose.variant.story }).check();
    await press(page, page.getByRole('button', { name: words.compose.copy }), 'Copy text');
    await page.getByRole('alertdialog').waitFor();
    await check('posts-share-gate');
    await page.keyboard.press('Escape');
    await expectFocusKept(page, 'closing the check before sharing');
  });

  it('posts: the Mastodon access screen', async () => {
    await page.getByRole('combobox', { name: words.compose.siteLabel }).selectOption('mastodon');
    await page.getByRole('textbox', { name: words.compose.mastodonServer }).fill('social.example.org');
    await check('posts-mastodon-access');
    await page.getByRole('combobox', { name: words.compose.siteLabel }).selectOption('weibo');
  });

  it('image cards: poster with the Weibo set, story card, photo card, custom size', async () => {
    await press(page, page.getByRole('button', { name: words.cards.tab }), 'opening image cards');
    await page.getByRole('img', { name: words.cards.preview }).waitFor();
    await page.getByRole('combobox', { name: words.cards.size }).selectOption('weibo-tile');
    await check('cards-poster-weibo-set');
    await page.getByRole('combobox', { name: words.cards.template }).selectOption('story');
    await page.getByText(words.cards.safety.heldBack).waitFor();
    await check('cards-story-held-sentence');
    // The parent puts it on the card anyway; the check before sharing still names it.
    await press(page, page.getByRole('button', { name: words.cards.safety.use }), 'Put it on the card anyway');
    await press(page, page.getByRole('button', { name: words.cards.download }), 'Download image');
    await page.getByRole('alertdialog').waitFor();
    await check('cards-share-gate');
    await page.keyboard.press('Escape');
    await expectFocusKept(page, 'closing the check before sharing');
    await page.getByRole('combobox', { name: words.cards.template }).selectOption('photo');
    await page.getByRole('combobox', { name: words.cards.size }).selectOption('custom');
    await check('cards-photo-custom-size');
  });

  it('translate: parts under their source, one translated and checked, then the next part not checked', async () => {
    await press(page, page.getByRole('button', { name: words.translate.tab }), 'opening the translate view');
    await page.getByRole('heading', { name: words.translate.heading }).waitFor();
    const boxes = page.locator('.translate-part textarea');
    await boxes.first().fill(lang === 'en' ? '李小明' : 'LI Xiaoming (李小明)');
    await page.locator('.translate-part').first().getByRole('checkbox').check();
    await check('translate');
    await press(page, page.getByRole('button', { name: words.translate.next }), 'Next part not checked');
  });

  it('translate: the story’s words open, a word added, another being changed', async () => {
    const summary = page.locator('.translate-words summary');
    // A Chinese story has them (an English one has no Chinese words to write).
    if ((await summary.count()) === 0) return;
    await summary.click();
    await page.getByRole('textbox', { name: words.translate.words.zh }).fill('阿姆');
    await page
      .locator('.translate-words input')
      .nth(1)
      .fill(lang === 'en' ? 'Amu (Mum)' : '阿姆（妈妈）');
    await press(page, page.getByRole('button', { name: words.translate.words.add, exact: true }), 'Add a word');
    await page.locator('.translate-words li').first().waitFor();
    await page.locator('.translate-words li').first().getByRole('button').click();
    await page.locator('.word-editor input').waitFor();
    await check('translate-words');
    await press(page, page.getByRole('button', { name: words.translate.words.cancel }), 'Cancel');
  });

  it('an empty story: nothing leaves, and what is missing is named with a way to each', async () => {
    await press(page, page.getByRole('button', { name: new RegExp(`^${escape(words.library.heading)}`) }), 'opening the library');
    // The story with only a nickname (its name begins with a right-to-left override).
    await press(
      page,
      page.getByRole('group', { name: /ylimaf/ }).getByRole('button', { name: words.library.openStory }),
      'opening a nearly empty story',
    );
    await press(page, page.getByRole('button', { name: words.compose.tab, exact: true }), 'opening posts');
    await press(page, page.getByRole('button', { name: words.compose.copy }), 'Copy text');
    await page.getByRole('alertdialog').waitFor();
    await check('posts-share-gate-missing');
    await page.keyboard.press('Escape');
  });

  it('the language switch changes the page language and title', async () => {
    const other = lang === 'en' ? 'zh-CN' : 'en';
    const otherWords = other === 'en' ? en : (zhCN as Words);
    await page.getByRole('combobox', { name: words.language.label }).selectOption(other);
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([other, otherWords.app.name]);
    await page.getByRole('combobox', { name: otherWords.language.label }).selectOption(lang);
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([lang, words.app.name]);
  });

  it('alerts: storage full, a story that cannot be read, storage that cannot be opened', async () => {
    await page.close();
    const full = await suite.browser.context.newPage();
    await full.addInitScript(() => {
      const local = (globalThis as { chrome?: { storage?: { local?: { set(items: unknown): Promise<void> } } } }).chrome?.storage?.local;
      if (local) local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    await full.goto(suite.browser.panelUrl);
    page = full;
    await page
      .getByRole('group', { name: /李小明/ })
      .or(page.getByRole('heading', { level: 2 }))
      .first()
      .waitFor();
    const box = page.getByRole('textbox').first();
    if ((await box.count()) === 0) await toReview().then(() => change(words.questions.child.name.label));
    await page.getByRole('textbox').first().press('End');
    await page.keyboard.insertText('。');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(words.save.quotaBackedUp);
    await check('alert-storage-full');
    await page.close();

    const [worker] = suite.browser.context.serviceWorkers();
    await worker!.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        'homeward:story:damaged': { version: 2, id: 'damaged', answers: 'not answers' },
      }),
    );
    page = await suite.browser.openPanel();
    // Chinese has no singular form: i18next picks the plural's "other" string there.
    const one =
      new Intl.PluralRules(lang).select(1) === 'one' ? words.app.unreadable_one : words.app.unreadable_other.replace('{{count}}', '1');
    await page.getByText(one).waitFor();
    await check('notice-unreadable');
    await page.close();

    page = await suite.browser.context.newPage();
    await page.addInitScript(() => {
      const local = (globalThis as { chrome?: { storage?: { local?: { get(keys: unknown): Promise<unknown> } } } }).chrome?.storage?.local;
      if (local) local.get = () => Promise.reject(new Error('Extension context invalidated.'));
    });
    await page.goto(suite.browser.panelUrl);
    await page.getByRole('alert').waitFor();
    await check('alert-load-failed');
    await page.close();
  });
});

/** The other two voices: an adult looking for their birth family, and someone who saw a child. */
const VOICES = (lang: 'zh-CN' | 'en') => [
  { ...storyWith(lang, []), id: 'empty' },
  { ...storyWith('zh-CN', CHEN_JING, 'adult-seeking-family'), id: 'adult', title: '' },
  { ...storyWith('zh-CN', SEEN_AT_STATION, 'sighting'), id: 'witness', title: '' },
];

describe.each([
  ['zh-CN', zhCN as Words],
  ['en', en],
] as const)('the other voices’ screens in %s', (lang, words) => {
  const suite = browserForSuite(lang === 'en' ? 'en-US' : 'zh-CN', (browser) => seedStories(browser, VOICES(lang)));
  let page: Page;
  const check = (screen: string) => checkScreen(page, lang, words, screen);
  const voice = (v: 'adult' | 'witness') => words.voices[v] as unknown as { review: { heading: string } };
  const openLibrary = () =>
    press(page, page.getByRole('button', { name: new RegExp(`^${escape(words.library.heading)}`) }), 'opening the library');
  const toReview = () =>
    press(
      page,
      page
        .getByRole('navigation', { name: words.interview.sections })
        .getByRole('button', { name: new RegExp(`^\\S*\\s*${escape(words.interview.review)}`) }),
      'opening the review',
    );

  it('who is writing: on an empty first screen, and under New story', async () => {
    page = await suite.browser.openPanel();
    await press(page, page.getByRole('button', { name: words.kinds.change }), 'Choose who is writing');
    await page.getByRole('button', { name: words.kinds['adult-seeking-family'] }).waitFor();
    await check('kinds-chooser-first-screen');
    await press(page, page.getByRole('button', { name: words.kinds.cancel }), 'Cancel');
    await openLibrary();
    await press(page, page.getByRole('button', { name: words.library.new }), 'New story');
    await page.getByRole('button', { name: words.kinds.sighting }).waitFor();
    await check('library-kind-chooser');
    await press(page, page.getByRole('button', { name: words.kinds.sighting }), 'I saw a child');
    await page.getByRole('heading', { name: words.voices.witness.intro.heading, level: 2 }).waitFor();
    await check('witness-intro');
    await press(page, page.getByRole('button', { name: words.intro.begin }), 'Begin');
    await page.getByRole('heading', { name: new RegExp(escape(words.questions.sight.what.label)) }).waitFor();
    await check('witness-question-first');
  });

  it('an adult’s story: a question for the police only, the review, the posts', async () => {
    await openLibrary();
    await press(
      page,
      page.getByRole('group', { name: /陈静/ }).getByRole('button', { name: words.library.openStory }),
      'opening the adult story',
    );
    await toReview();
    await page.getByRole('heading', { name: voice('adult').review.heading, level: 2 }).waitFor();
    await check('adult-review');
    const label = words.questions.arrival.private.label;
    await press(page, page.getByRole('button', { name: words.review.edit.replace('{{question}}', label) }), 'Change the private question');
    await page.getByText(words.interview.privateNote).waitFor();
    await check('adult-question-private');
    await press(page, page.getByRole('button', { name: words.screens.backToReview }), 'Back to the review');
    const views = page.getByRole('navigation', { name: words.app.views });
    await press(page, views.getByRole('button', { name: words.compose.tab, exact: true }), 'opening posts');
    await page.getByRole('combobox', { name: words.compose.siteLabel }).waitFor();
    await check('adult-posts');
    await press(page, views.getByRole('button', { name: words.cards.tab }), 'opening image cards');
    await page.getByRole('img', { name: words.cards.preview }).waitFor();
    await check('adult-cards');
  });

  it('a report of a child seen: the review, the photo asked only after a warning', async () => {
    await openLibrary();
    await press(
      page,
      page.getByRole('group', { name: /二七区/ }).getByRole('button', { name: words.library.openStory }),
      'opening the report',
    );
    await toReview();
    await page.getByRole('heading', { name: voice('witness').review.heading, level: 2 }).waitFor();
    await check('witness-review');
    const label = words.questions.seenChild.photos.label;
    await press(page, page.getByRole('button', { name: words.review.answer.replace('{{question}}', label) }), 'Answer the photo question');
    await page.getByRole('checkbox', { name: words.interview.consent.childPhoto }).waitFor();
    expect(await page.getByRole('button', { name: words.photos.add }).count()).toBe(0);
    await check('witness-photo-consent');
    // Ticked, the warning gives way to the photo field.
    await page.getByRole('checkbox', { name: words.interview.consent.childPhoto }).click();
    await page.getByRole('button', { name: words.photos.add }).waitFor();
    await press(page, page.getByRole('button', { name: words.screens.backToReview }), 'Back to the review');
    const views = page.getByRole('navigation', { name: words.app.views });
    await press(page, views.getByRole('button', { name: words.voices.witness.compose.tab }), 'opening the report');
    await page.getByRole('heading', { name: words.witness.view.message.heading }).waitFor();
    await check('witness-report');
    await press(page, views.getByRole('button', { name: words.cards.tab }), 'opening the card');
    await page.getByRole('img', { name: words.cards.preview }).waitFor();
    await check('witness-cards');
  });
});
