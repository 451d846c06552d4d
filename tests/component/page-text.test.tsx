import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { renderApp } from '../helpers/render-app';
import type { CapturedPage } from '@/lib/page/capture';
import { MINGMING } from '../helpers/stories';
import { answerPart } from '@/lib/story/story';

const FAMILY_URL = 'https://www.baobeihuijia.com/view.aspx?type=1&id=520001';
const ADULT_URL = 'https://www.baobeihuijia.com/view.aspx?type=2&id=620002';
const NEWS_URL = 'https://news.example.cn/2026/11/family-search.html';
const fixture = (name: string) => readFileSync(`tests/fixtures/pages/${name}`, 'utf8');
/** The page's photo as the canvas gives it back (the test codec reads "WIDTHxHEIGHT" as the picture). */
const PHOTO = `data:image/png;base64,${btoa('200x250')}`;

const page = (url: string, html: string, extra: Partial<CapturedPage> = {}): CapturedPage => ({
  url,
  title: 'page',
  html,
  selection: '',
  photo: null,
  ...extra,
});

async function useText(options: Parameters<typeof renderApp>[0], words = { library: /^My stories/, use: 'Use text from this page' }) {
  const app = await renderApp(options);
  await app.user.click(await screen.findByRole('button', { name: words.library }));
  await app.user.click(screen.getByRole('button', { name: words.use }));
  return app;
}

/** A paragraph saying this (Homeward's words mark their Chinese in spans of their own). */
const findSaying = (pattern: RegExp) => screen.findByText((_, el) => el?.tagName === 'P' && pattern.test(el.textContent ?? ''));

const active = (app: Awaited<ReturnType<typeof renderApp>>) => {
  const s = app.store.getState();
  const story = s.activeId ? s.stories[s.activeId] : undefined;
  if (!story) throw new Error('no open story');
  return story;
};

describe('Use text from this page', () => {
  it('a 宝贝回家 registration: asks for that site only, offers each field where it fits, and adds what the helper keeps', async () => {
    const app = await useText({ url: FAMILY_URL, page: page(FAMILY_URL, fixture('baobei-family.html'), { photo: PHOTO }) });
    await findSaying(/This is a 宝贝回家 registration/);
    expect(app.pageAccessAsked).toEqual(['https://www.baobeihuijia.com']);
    expect(app.captured).toEqual([{ tabId: 7, photoSelector: '#_table_1_photo img' }]);
    // Each field shows the page's words and the answer it fits, already chosen.
    const nameRow = screen.getByText('李小雨').closest('li');
    expect(within(nameRow!).getByRole('combobox')).toHaveDisplayValue('Full name');
    // The helper leaves one field out.
    const otherRow = screen.getByText(/其他资料/).closest('li');
    await app.user.selectOptions(within(otherRow!).getByRole('combobox'), 'Not used');
    expect(screen.getByRole('checkbox', { name: 'Add this photo to the story' })).toBeChecked();
    await app.user.click(screen.getByRole('button', { name: /^Add \d+ pieces to the story$/ }));

    await screen.findByText(/Added text to \d+ answers from www\.baobeihuijia\.com\. Added the photo\./);
    const story = active(app);
    expect(answerPart(story, 'child.name', 'fullName')).toBe('李小雨');
    expect(answerPart(story, 'child.gender', 'gender')).toBe('girl');
    expect(answerPart(story, 'day.what', 'what')).toBe('');
    expect(story.sources).toEqual([FAMILY_URL]);
    await vi.waitFor(() => expect(active(app).photos).toHaveLength(1));
    // The review lists the page the text came from, as a link.
    expect(screen.getByRole('link', { name: FAMILY_URL })).toHaveAttribute('href', FAMILY_URL);
  });

  it('a 宝贝寻家 registration beside a family’s story: goes into a new story of the adult kind, the family’s untouched', async () => {
    const app = await renderApp({ url: ADULT_URL, page: page(ADULT_URL, fixture('baobei-adult.html')) });
    const family = active(app);
    app.store.getState().setAnswerPart(family.id, 'child.name', 'fullName', '李小明');
    await app.user.click(await screen.findByRole('button', { name: /^My stories/ }));
    await app.user.click(screen.getByRole('button', { name: 'Use text from this page' }));
    await screen.findByText(/Looking for my family/);
    // A registration of another kind cannot go into the open story: it is not offered.
    expect(screen.queryByRole('radio', { name: /The open story/ })).toBeNull();
    expect(screen.getByRole('radio', { name: 'A new story' })).toBeChecked();
    await app.user.click(screen.getByRole('button', { name: /^Add \d+ pieces? to the story$/ }));
    await screen.findByText(/Added text to/);
    const adult = active(app);
    expect(adult.id).not.toBe(family.id);
    expect(adult.kind).toBe('adult-seeking-family');
    expect(answerPart(adult, 'me.gender', 'gender')).toBe('male');
    expect(app.store.getState().stories[family.id]?.answers).toEqual({ 'child.name': { fullName: '李小明' } });
  });

  it('a news article: nothing is taken until the helper picks; a paragraph goes after what the answer holds, once', async () => {
    const app = await renderApp({ url: NEWS_URL, page: page(NEWS_URL, fixture('news-article.html')) });
    const id = active(app).id;
    app.store.getState().setAnswerPart(id, 'day.what', 'what', '我们一直在找她。');
    const go = async () => {
      await app.user.click(await screen.findByRole('button', { name: /^My stories/ }));
      await app.user.click(screen.getByRole('button', { name: 'Use text from this page' }));
      await screen.findByText(/This is the main text Homeward found/);
    };
    await go();
    const add = screen.getByRole('button', { name: /^Add 0 pieces to the story$/ });
    expect(add).toBeDisabled();
    const first = screen.getAllByRole('combobox', { name: 'Goes into' })[1]!;
    const text = first.closest('li')?.querySelector('.page-piece-text')?.textContent ?? '';
    expect(text.length).toBeGreaterThan(10);
    await app.user.selectOptions(first, 'day.what/what');
    // Beside the piece: what the answer already holds.
    expect(first.closest('li')).toHaveTextContent('This answer already holds (what you add goes after it): 我们一直在找她。');
    await app.user.click(screen.getByRole('button', { name: 'Add 1 piece to the story' }));
    await screen.findByText(/Added text to 1 answer from news\.example\.cn/);
    expect(answerPart(active(app), 'day.what', 'what')).toBe(`我们一直在找她。\n\n${text}`);

    // Pressed again with the same pick: nothing doubles.
    await go();
    await app.user.selectOptions(screen.getAllByRole('combobox', { name: 'Goes into' })[1]!, 'day.what/what');
    await app.user.click(screen.getByRole('button', { name: 'Add 1 piece to the story' }));
    await screen.findByText(/Added text to 0 answers/);
    expect(answerPart(active(app), 'day.what', 'what')).toBe(`我们一直在找她。\n\n${text}`);
    expect(active(app).sources).toEqual([NEWS_URL]);
  });

  it('hostile HTML is shown as text: no image, frame, script or handler reaches the panel', async () => {
    const url = 'https://news.example.cn/hostile';
    await useText({ url, page: page(url, fixture('hostile.html')) });
    await screen.findByText(/This is the main text Homeward found/);
    const view = document.querySelector('.page-text')!;
    expect(view.querySelectorAll('img, iframe, script, style, svg, object, embed, form, link, meta, base')).toHaveLength(0);
    for (const el of view.querySelectorAll('*'))
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    for (const link of view.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(view.innerHTML).not.toContain('tracker.example');
    expect((window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan).toBeUndefined();
  });

  it('the selection, when there is one, is what is offered', async () => {
    const url = 'https://news.example.cn/tiles';
    await useText({
      url,
      page: page(url, fixture('selection-only.html'), { selection: '王小军，男，2012年5月生。\n\n2018年在车站走失。' }),
    });
    await screen.findByText('This is the text you selected on the page.');
    expect(screen.getAllByRole('combobox', { name: 'Goes into' })).toHaveLength(2);
    expect(screen.getByText('2018年在车站走失。')).toBeInTheDocument();
  });

  it('a page with nothing to use says so and suggests selecting; the story is unchanged', async () => {
    const url = 'https://news.example.cn/tiles';
    const app = await useText({ url, page: page(url, '<html><body><nav><a href="/">首页</a></nav></body></html>') });
    expect(await screen.findByRole('alert')).toHaveTextContent('Select the appeal’s text on the page');
    expect(active(app).answers).toEqual({});
    await app.user.click(screen.getByRole('button', { name: 'Back to my stories' }));
    expect(screen.getByRole('button', { name: 'Use text from this page' })).toBeInTheDocument();
  });

  it('the person says no to the browser’s question: nothing is read', async () => {
    const app = await useText({ url: NEWS_URL, pageAccess: false, page: page(NEWS_URL, fixture('news-article.html')) });
    expect(await screen.findByRole('alert')).toHaveTextContent('Homeward was not allowed to read news.example.cn');
    expect(app.captured).toEqual([]);
  });

  it('a page whose address the browser does not tell, and that cannot be read: says how to let Homeward see it', async () => {
    const app = await useText({ page: undefined });
    expect(app.pageAccessAsked).toEqual([]);
    expect(await screen.findByRole('alert')).toHaveTextContent('click the Homeward button in the browser’s toolbar');
  });

  it('in Chinese: the registration screen speaks Chinese, and the story it makes keeps the page’s words', async () => {
    const app = await useText(
      { language: 'zh-CN', url: FAMILY_URL, page: page(FAMILY_URL, fixture('baobei-family.html')) },
      { library: /^我的故事/, use: '使用此网页上的文字' },
    );
    await findSaying(/这是宝贝回家的登记页面/);
    await app.user.click(screen.getByRole('button', { name: /^把 \d+ 项加进故事$/ }));
    // Chinese sentences one after another, with no space after 。
    await screen.findByText(/^已把 www\.baobeihuijia\.com 上的文字加进 \d+ 个回答。分享之前/);
    expect(answerPart(active(app), 'child.name', 'fullName')).toBe('李小雨');
    expect(app.missing).toEqual([]);
  });

  it('an open story that already has answers gets a registration of its kind only if the helper says so', async () => {
    const app = await renderApp({ url: FAMILY_URL, page: page(FAMILY_URL, fixture('baobei-family.html')) });
    const id = active(app).id;
    for (const [q, p, text] of MINGMING.slice(0, 2)) app.store.getState().setAnswerPart(id, q, p, text);
    await app.user.click(await screen.findByRole('button', { name: /^My stories/ }));
    await app.user.click(screen.getByRole('button', { name: 'Use text from this page' }));
    await findSaying(/This is a 宝贝回家 registration/);
    // Default: a new story (the open one has answers); the open one is offered.
    expect(screen.getByRole('radio', { name: 'A new story' })).toBeChecked();
    expect(screen.getByRole('radio', { name: /The open story/ })).not.toBeChecked();
  });
});
