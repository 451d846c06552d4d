import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, newProfileDir, removeProfile, seedStory, type ExtensionBrowser } from './browser';
import { startSites, type SiteServer } from './sites';
import { hasMetadata } from './image-bytes';
import { newAnswer, watchAnswers } from './insert-answers';
import { checkScreen, expectFocusKept } from './screen-check';
import { storyWith, type AnswerRow } from '../helpers/stories';
import { FAKE_TRANSLATOR_MODES, installFakeTranslator, type FakeTranslatorControl } from '../helpers/fake-translator';
import { PLATFORMS } from '../../lib/platforms';
import en from '../../locales/en.json';

/*
 * Issue 14's proof in Chromium with the built extension: a helper abroad (the panel in English) takes a
 * family's Chinese story to a checked English post in X's compose box and a bilingual poster attached there.
 * Some parts are translated by hand (typed, or a pinyin suggestion taken), the others drafted by the
 * browser's translator: a fake of the Translator API (tests/helpers/fake-translator.ts), put on the panel page
 * before it loads, that must download its model first (progress shows). The real API cannot run here.
 * Then the parent changes a sentence that was checked: the part says so, and its old translation leaves the
 * English post. The tests run in order, on one panel, as one helper's session.
 */

/** The family's story, in Chinese: a boy's name and milk name, the place, and the parent's words. */
const ROWS: readonly AnswerRow[] = [
  ['child.name', 'fullName', '李小雨'],
  ['child.name', 'nickname', '雨雨'],
  ['child.gender', 'gender', 'boy'],
  ['child.birth', 'birthDate', '2015-03-12'],
  ['child.marks', 'marks', '左耳后有一块红色胎记'],
  ['day.when', 'date', '2019-06-05'],
  ['day.place', 'province', '广东省'],
  ['day.place', 'city', '深圳市'],
  ['day.place', 'district', '宝安区'],
  // Whole sentences of the fake's dictionary: it really translates these.
  ['day.what', 'what', '我们的孩子走失了。'],
  ['hopes.hope', 'hope', '请帮我们找到他。'],
  ['hopes.message', 'message', '雨雨，爸爸妈妈一直在找你。'],
  ['help.police', 'reported', 'yes'],
  ['help.case', 'stationPhone', '0755-12345678'],
];
const STORY = { ...storyWith('zh-CN', ROWS), id: 'e2e-translate', position: 'review' };

/** What the helper writes, part by part (the source shown above each box is the key). */
const HAND = {
  nickname: 'Yuyu',
  message: 'Yuyu, Mama and Baba are still looking for you.',
  marks: 'A red birthmark behind his left ear',
} as const;
const PARTS = 9;

/** The model must be downloaded first; the download goes on a step at a time when the test says (`advance`). */
const FAKE = { ...FAKE_TRANSLATOR_MODES.downloadable, stepped: true };

describe('translating a Chinese story into English, to X and a bilingual poster', () => {
  let sites: SiteServer;
  let profile: string;
  let browser: ExtensionBrowser;
  let site: Page;
  let panel: Page;

  beforeAll(async () => {
    sites = await startSites();
    profile = newProfileDir();
    browser = await launchWithExtension(profile, 'en-US', { hostRules: sites.hostRules });
    await seedStory(browser, STORY);
    site = await browser.context.newPage();
    await site.goto('https://x.com/compose/post');
    await site.waitForFunction(() => typeof window.homewardFixtureState === 'function');
    // The panel beside the X tab, with the fake translator on its page before any of the panel's code runs.
    panel = await browser.context.newPage();
    await panel.addInitScript(installFakeTranslator, FAKE);
    await panel.goto(browser.panelUrl);
    const tabId = await panel.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
      return Math.max(...(await chrome.tabs.query({ url: 'https://x.com/*' })).map((t) => t.id));
    });
    await panel.goto(`${browser.panelUrl}?tab=${tabId}`);
    await panel.getByRole('heading', { name: en.review.heading }).waitFor();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    if (profile) removeProfile(profile);
    await sites?.close();
  });

  const views = () => panel.getByRole('navigation', { name: en.app.views });
  const openView = async (name: string) => {
    await views().getByRole('button', { name, exact: true }).click();
  };
  const openTranslate = async () => {
    await openView(en.translate.tab);
    await panel.getByRole('heading', { name: en.translate.heading }).waitFor();
  };
  /** The part whose source (shown above its box) is exactly `source`. */
  const part = (source: string): Locator =>
    panel.locator('.translate-part').filter({ has: panel.locator('.translate-source', { hasText: new RegExp(`^${source}$`) }) });
  const box = (source: string) => part(source).getByRole('textbox', { name: en.translate.box.replace('{{language}}', en.language.en) });
  const stateOf = (source: string) => part(source).locator('.translate-state').textContent();
  const progress = (checked: number, total: number) =>
    en.translate.progress.replace('{{checked}}', String(checked)).replace('{{total}}', String(total));
  const progressShown = () => panel.locator('.translate-progress').textContent();
  /** The fake's download goes on one step. */
  const advance = () => panel.evaluate(() => (globalThis as { __fakeTranslator?: FakeTranslatorControl }).__fakeTranslator?.advance());
  const fake = () =>
    panel.evaluate(() => {
      const control = (globalThis as { __fakeTranslator?: FakeTranslatorControl }).__fakeTranslator;
      return control ? { translated: [...control.translated], created: control.created } : null;
    });

  /** Make posts for X in English: the posts of this variant, as the panel shows them. */
  async function englishPost(variant: string = en.compose.variant.story): Promise<string[]> {
    await openView(en.compose.tab);
    await panel.getByRole('combobox', { name: en.compose.siteLabel }).selectOption('x');
    await panel.getByRole('combobox', { name: en.translate.postsLanguage }).selectOption('en');
    await panel.getByRole('radio', { name: variant }).check();
    const boxes = panel.locator('.post textarea');
    return boxes.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
  }

  it('translates some parts by hand: a pinyin suggestion for the name and the place, typed words for the rest', async () => {
    await openTranslate();
    const into = panel.getByRole('combobox', { name: en.translate.into });
    await into.selectOption('en');
    await expect.poll(progressShown).toBe(progress(0, PARTS));

    // The name, surname first in capitals, the Chinese beside it: one press.
    await part('李小雨').getByRole('button', { name: 'Use “LI Xiaoyu (李小雨)”' }).click();
    expect(await box('李小雨').inputValue()).toBe('LI Xiaoyu (李小雨)');
    await expect.poll(() => stateOf('李小雨')).toBe(en.translate.state.draft);
    // The place, small to big, each from its suggestion.
    for (const source of ['广东省', '深圳市', '宝安区']) {
      const suggestion = part(source)
        .getByRole('button', { name: /^Use “/ })
        .first();
      const label = (await suggestion.getAttribute('aria-label')) ?? '';
      await suggestion.click();
      expect(await box(source).inputValue()).toBe(/^Use “(.*)”$/.exec(label)?.[1]);
    }
    expect(await box('宝安区').inputValue()).toBe("Bao'an District (宝安区)");
    // English with its original beside it: marked English, as the screen is.
    expect(await box('宝安区').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    // Typed key by key: every character arrives, and the box keeps the focus.
    for (const [source, text] of [
      ['雨雨', HAND.nickname],
      ['雨雨，爸爸妈妈一直在找你。', HAND.message],
    ] as const) {
      await box(source).click();
      await box(source).pressSequentially(text);
      expect(await box(source).inputValue()).toBe(text);
      expect(await box(source).evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => stateOf(source)).toBe(en.translate.state.draft);
    }
    for (const source of ['李小雨', '雨雨', '广东省', '深圳市', '宝安区', '雨雨，爸爸妈妈一直在找你。']) {
      await part(source).getByRole('checkbox', { name: en.translate.checked }).check();
      await expect.poll(() => stateOf(source)).toBe(en.translate.state.checked);
    }
    await expect.poll(progressShown).toBe(progress(6, PARTS));
  });

  it('drafts the rest with the browser’s translator (a download with progress first), each marked a machine draft', async () => {
    const button = panel.getByRole('button', { name: en.translate.draft.button });
    expect(await button.getAttribute('aria-describedby')).toBeTruthy();
    expect(await panel.getByText(en.translate.draft.why).count()).toBe(1);
    await button.click();
    // The download's progress, each step drawn (the fake goes on only when told), with a way to stop.
    const said = (percent: number) => panel.getByText(en.translate.draft.downloading.replace('{{percent}}', String(percent)));
    await said(0).waitFor();
    await panel.getByRole('button', { name: en.translate.draft.cancel }).waitFor();
    expect(await advance()).toBe(true);
    await said(50).waitFor();
    // Progress 1: the model is there, the drafting starts once the translator is made.
    expect(await advance()).toBe(true);
    await panel.getByText(en.translate.draft.working).waitFor();
    expect(await advance()).toBe(true);
    await panel.getByText(en.translate.draft.done_other.replace('{{count}}', '3')).waitFor();

    // Only the parts not translated yet went to the translator; the helper's own words are untouched.
    expect(await fake()).toEqual({ translated: ['左耳后有一块红色胎记', '我们的孩子走失了。', '请帮我们找到他。'], created: 1 });
    expect(await box('雨雨').inputValue()).toBe(HAND.nickname);
    expect(await box('李小雨').inputValue()).toBe('LI Xiaoyu (李小雨)');
    const drafts = {
      左耳后有一块红色胎记: '[EN] 左耳后有一块红色胎记',
      '我们的孩子走失了。': '[EN] Our child went missing.',
      '请帮我们找到他。': '[EN] Please help us find him.',
    };
    for (const [source, text] of Object.entries(drafts)) {
      expect(await box(source).inputValue()).toBe(text);
      await expect.poll(() => stateOf(source)).toBe(en.translate.state.machine);
      expect(await part(source).getByRole('checkbox').isChecked()).toBe(false);
    }
    await expect.poll(progressShown).toBe(progress(6, PARTS));
  });

  it('machine drafts not checked are in no English post', async () => {
    for (const variant of [en.compose.variant.story, en.compose.variant.thread]) {
      const posts = await englishPost(variant);
      const text = posts.join('\n');
      expect(text).toContain('LI Xiaoyu (李小雨)');
      expect(text).not.toContain('[EN]');
      expect(text).not.toContain('Our child went missing');
      expect(text).not.toContain('Please help us find him');
      expect(text).not.toContain('胎记');
    }
  });

  it('the helper corrects the drafts and checks every part: all checked', async () => {
    await openTranslate();
    // A draft that only put a marker before the Chinese: replaced with the helper's own words.
    await box('左耳后有一块红色胎记').click();
    await panel.keyboard.press('ControlOrMeta+A');
    await box('左耳后有一块红色胎记').pressSequentially(HAND.marks);
    expect(await box('左耳后有一块红色胎记').inputValue()).toBe(HAND.marks);
    // Good drafts: the machine's marker taken off, key by key, as a person edits.
    for (const source of ['我们的孩子走失了。', '请帮我们找到他。']) {
      await box(source).click();
      await panel.keyboard.press('ControlOrMeta+Home');
      for (let i = 0; i < '[EN] '.length; i++) await panel.keyboard.press('Delete');
      expect(await box(source).inputValue()).not.toMatch(/^\[EN\]/);
    }
    expect(await box('我们的孩子走失了。').inputValue()).toBe('Our child went missing.');
    expect(await box('请帮我们找到他。').inputValue()).toBe('Please help us find him.');
    for (const source of ['左耳后有一块红色胎记', '我们的孩子走失了。', '请帮我们找到他。']) {
      await part(source).getByRole('checkbox', { name: en.translate.checked }).check();
      await expect.poll(() => stateOf(source)).toBe(en.translate.state.checked);
    }
    await expect.poll(progressShown).toBe(progress(PARTS, PARTS));
    expect(await panel.getByRole('button', { name: en.translate.next }).isDisabled()).toBe(true);
  });

  let inserted = '';

  it('the English story post goes into X’s compose box as shown: checked words, the name in pinyin, facts in English', async () => {
    const [post] = await englishPost();
    expect(post).toBeDefined();
    const shown = post!;
    // In English: the only Chinese is the original beside a name or a place, in brackets.
    expect(shown.replace(/\([^()]*\)/g, '')).not.toMatch(/\p{Script=Han}/u);
    expect(shown).toContain('Have you seen LI Xiaoyu (李小雨)?');
    expect(shown).toContain('called Yuyu at home');
    expect(shown).toMatch(/\bboy\b/);
    expect(shown).toContain('4 when lost');
    expect(shown).toContain('5 June 2019');
    expect(shown).toContain('Shenzhen');
    // The parent's words that fit beside the facts: the day, from the machine's draft the helper corrected.
    expect(shown).toContain('That day:\nOur child went missing.');
    expect(shown).not.toContain('[EN]');
    expect(PLATFORMS.x.count(shown, 280).used).toBeLessThanOrEqual(280);
    // Marked as the English it is (it was marked zh-CN for the name's Chinese beside it), and every check of
    // the screen passes with it.
    expect(await panel.locator('.post textarea').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    await checkScreen(panel, 'en', en, 'posts-english-from-a-chinese-story');

    await panel.evaluate(watchAnswers);
    await panel.getByRole('button', { name: en.compose.insert }).click();
    const answer = await panel.waitForFunction(newAnswer, undefined, { timeout: 20_000 });
    expect(await answer.jsonValue()).toMatch(/^Put into X \(Twitter\)'s post box\./);
    expect(await site.evaluate(() => window.homewardFixtureState())).toEqual([shown]);
    inserted = shown;
  });

  it('the bilingual poster says the checked English beside the Chinese, and is attached to the X post', async () => {
    await openView(en.cards.tab);
    await panel.getByRole('combobox', { name: en.cards.template, exact: true }).selectOption('bilingual');
    const preview = panel.getByRole('img', { name: en.cards.preview });
    await expect.poll(() => preview.getAttribute('data-template')).toBe('bilingual');
    const drawn = async () =>
      (JSON.parse((await preview.getAttribute('data-text')) ?? '[]') as { lines: string[] }[])
        .map((b) => b.lines.join(' '))
        .join('\n')
        .replace(/\s+/g, ' ');
    await expect.poll(drawn).toContain(HAND.marks);
    const words = await drawn();
    expect(words).toContain('李小雨');
    expect(words).toContain('左耳后有一块红色胎记');
    expect(words).toContain('LI Xiaoyu');
    // The checked place, in English order with the originals beside it (it was in Chinese order, run together).
    expect(words).toContain("Missing since 5 June 2019 from Bao'an District (宝安区), Shenzhen (深圳市), Guangdong Province (广东省)");
    expect(words).not.toContain('[EN]');

    await panel.getByRole('button', { name: en.cards.attach, exact: true }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: en.cards.attached.replace('{{site}}', 'X (Twitter)') })
      .waitFor({ timeout: 20_000 });
    const files = await site.evaluate(() => window.homewardFixtureFiles?.() ?? Promise.resolve([]));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ type: 'image/png', width: 1600, height: 900 });
    expect(hasMetadata(Buffer.from(files[0]!.base64, 'base64'))).toBe(false);
    // The post put in before is still the box's text.
    expect(await site.evaluate(() => window.homewardFixtureState())).toEqual([inserted]);
  });

  it('the parent changes a sentence that was checked: "the original changed", one fewer checked, and it leaves the English post', async () => {
    // The day's sentence, whose checked translation the English post carries.
    await openView(en.compose.storyTab);
    const question = en.questions.day.what;
    await panel.getByRole('button', { name: en.review.edit.replace('{{question}}', question.label) }).click();
    const changed = '我们的孩子在菜市场门口走失了。';
    await panel.getByRole('textbox', { name: new RegExp(`^${question.parts.what}`) }).fill(changed);
    await panel.getByRole('button', { name: en.screens.backToReview }).click();
    await panel.getByRole('heading', { name: en.review.heading }).waitFor();

    await openTranslate();
    await expect.poll(() => stateOf(changed)).toBe(en.translate.state.changed);
    expect(await box(changed).inputValue()).toBe('Our child went missing.');
    expect(await part(changed).getByRole('checkbox', { name: en.translate.checkAgain }).isChecked()).toBe(false);
    await expect.poll(progressShown).toBe(progress(PARTS - 1, PARTS));

    const [post] = await englishPost();
    expect(post).toContain('Have you seen LI Xiaoyu (李小雨)?');
    expect(post).not.toContain('Our child went missing');
    expect(post).not.toContain('菜市场');
    expect(post).not.toContain('[EN]');
  });

  it('the screen checks pass on the translate view with parts in every state', async () => {
    // Two more answers from the parent: the translator drafts both; one is then emptied again.
    await openView(en.compose.storyTab);
    for (const [question, label, text] of [
      [en.questions.who.favourites.label, en.questions.who.favourites.parts.favourites, '他喜欢小汽车。'],
      [en.questions.who.habits.label, en.questions.who.habits.parts.habits, '睡觉的时候要抱着小熊。'],
    ] as const) {
      await panel.getByRole('button', { name: en.review.answer.replace('{{question}}', question) }).click();
      await panel.getByRole('textbox', { name: new RegExp(`^${label}`) }).fill(text);
      await panel.getByRole('button', { name: en.screens.backToReview }).click();
      await panel.getByRole('heading', { name: en.review.heading }).waitFor();
    }
    await openTranslate();
    await expect.poll(progressShown).toBe(progress(PARTS - 1, PARTS + 2));
    await panel.getByRole('button', { name: en.translate.draft.button }).click();
    await panel.getByText(en.translate.draft.done_other.replace('{{count}}', '2')).waitFor();
    await expect.poll(() => stateOf('他喜欢小汽车。')).toBe(en.translate.state.machine);
    await box('睡觉的时候要抱着小熊。').fill('');
    await expect.poll(() => stateOf('睡觉的时候要抱着小熊。')).toBe(en.translate.state.missing);
    // A checked part taken back to a draft.
    await part('雨雨').getByRole('checkbox').uncheck();
    await expect.poll(() => stateOf('雨雨')).toBe(en.translate.state.draft);
    const states = await panel.locator('.translate-part').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.state));
    expect(new Set(states)).toEqual(new Set(['missing', 'draft', 'checked', 'changed']));

    // The story's words open, a word added and another being changed: the same checks.
    await panel.getByText(en.translate.words.summary.replace('{{language}}', en.language.en)).click();
    await panel.getByRole('textbox', { name: en.translate.words.zh }).fill('小熊');
    await panel.getByRole('textbox', { name: en.translate.words.text.replace('{{language}}', en.language.en) }).fill('teddy bear');
    await panel.getByRole('button', { name: en.translate.words.add, exact: true }).click();
    await expect.poll(() => part('睡觉的时候要抱着小熊。').getByRole('list').textContent()).toContain('小熊 → teddy bear');
    await part('我们的孩子在菜市场门口走失了。')
      .getByRole('button', { name: en.translate.words.changeWord.replace('{{zh}}', '走失') })
      .click();
    await part('我们的孩子在菜市场门口走失了。').getByRole('textbox', { name: '“走失” in English' }).waitFor();
    await checkScreen(panel, 'en', en, 'translate-every-state');
    await part('我们的孩子在菜市场门口走失了。').getByRole('button', { name: en.translate.words.cancel }).click();
    // "Next part not checked": the focus goes to a box of a part not checked.
    await panel.getByRole('button', { name: en.translate.next }).click();
    await expectFocusKept(panel, 'Next part not checked');
    expect(await panel.evaluate(() => document.activeElement?.closest<HTMLElement>('.translate-part')?.dataset.state)).not.toBe('checked');
  });
  it('Chinese then English on X: a thread, the Chinese post first, each post within 280; the reverse starts in English', async () => {
    await openView(en.compose.tab);
    await panel.getByRole('combobox', { name: en.compose.siteLabel }).selectOption('x');
    const language = panel.getByRole('combobox', { name: en.translate.postsLanguage });
    await language.selectOption({
      label: en.translate.bilingual.replace('{{first}}', en.language['zh-CN']).replace('{{second}}', en.language.en),
    });
    await panel.getByRole('radio', { name: en.compose.variant.story }).check();
    const posts = () => panel.locator('.post textarea').evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
    await expect.poll(async () => (await posts()).length).toBe(2);
    const [zh, english] = await posts();
    expect(zh).toContain('你见过李小雨吗');
    expect(english).toContain('Have you seen LI Xiaoyu (李小雨)?');
    for (const post of await posts()) expect(PLATFORMS.x.count(post, 280).used).toBeLessThanOrEqual(280);
    await language.selectOption({
      label: en.translate.bilingual.replace('{{first}}', en.language.en).replace('{{second}}', en.language['zh-CN']),
    });
    await expect.poll(async () => (await posts())[0]).toContain('Have you seen LI Xiaoyu (李小雨)?');
    await checkScreen(panel, 'en', en, 'posts-bilingual');
  });
});
