import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';

// Boxes are found by their label, whatever kind of box they are (the date was an <input type=date>, which
// could not hold "2019年6月" and emptied a half-typed date without a word).

/**
 * Dates and ages in the interview: what was typed stays in the box, exactly; what Homeward read is said back
 * under it in the panel's language; what it cannot use is said gently, once the parent leaves the box. The
 * review and the posts show what was read, never ISO and never the raw digits.
 */

async function openQuestion(language: 'en' | 'zh-CN', section: RegExp, heading: RegExp) {
  const app = await renderApp({ language });
  await app.user.click(await screen.findByRole('button', { name: language === 'en' ? 'Begin' : '开始' }));
  // The name is required: with it, Next walks on to the question.
  app.store.getState().setAnswerPart(app.store.getState().activeId!, 'child.name', 'fullName', '李小明');
  const nav = screen.getByRole('navigation', { name: language === 'en' ? 'Parts of the story' : '故事的各个部分' });
  await app.user.click(within(nav).getByRole('button', { name: section }));
  while (!screen.queryByRole('heading', { name: heading }))
    await app.user.click(screen.getByRole('button', { name: language === 'en' ? 'Next' : '下一步' }));
  return app;
}

const stored = (app: Awaited<ReturnType<typeof renderApp>>, q: string, p: string) =>
  app.store.getState().stories[app.store.getState().activeId!]!.answers[q]?.[p];

describe('the date of the day', () => {
  it('takes a year and month, keeps it as typed, says it back, and lets the required question go on', async () => {
    const app = await openQuestion('en', /^The day/, /When did you last see your child\?/);
    const box = screen.getByLabelText(/^Date/);
    await app.user.type(box, '2019年6月');
    expect(box).toHaveValue('2019年6月');
    expect(stored(app, 'day.when', 'date')).toBe('2019年6月');
    expect(box).toHaveAccessibleDescription(/= June 2019/);
    await app.user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: /Where was your child last seen\?/ })).toBeInTheDocument();
  });

  it('a year alone is enough', async () => {
    const app = await openQuestion('zh-CN', /^那一天/, /您最后一次见到孩子是什么时候？/);
    const box = screen.getByLabelText(/^日期/);
    await app.user.type(box, '2019');
    expect(screen.getByText('即 2019年')).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: '下一步' }));
    expect(screen.getByRole('heading', { name: /孩子最后是在哪里被看到的？/ })).toBeInTheDocument();
  });

  it('keeps a half-typed or impossible date visible, and says gently what to change once the parent leaves the box', async () => {
    const app = await openQuestion('en', /^The day/, /When did you last see your child\?/);
    const box = screen.getByLabelText(/^Date/);
    await app.user.type(box, '20190-06-05');
    // No warning while typing.
    expect(screen.queryByText(/Please check the year/)).not.toBeInTheDocument();
    await app.user.tab();
    expect(box).toHaveValue('20190-06-05');
    expect(screen.getByText('Please check the year: it should have four digits, like 2019.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/four digits/);
    // The question cannot be left with a date no post can carry, and says why.
    await app.user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The appeal needs a date Homeward can read.');
    await app.user.clear(box);
    await app.user.type(box, '2030-01-01');
    expect(screen.getByText('This date is after today. Please check it.')).toBeInTheDocument();
    await app.user.clear(box);
    await app.user.type(box, '2019-02-30');
    expect(screen.getByText(/There is no such day in the calendar/)).toBeInTheDocument();
    expect(stored(app, 'day.when', 'date')).toBe('2019-02-30');
  });
});

describe('the age when lost', () => {
  it('says back the age it read, in the panel’s language, and what the posts will say', async () => {
    const app = await openQuestion('en', /^Your child/, /When was your child born\?/);
    const box = screen.getByLabelText(/^Age when lost/);
    await app.user.type(box, '18个月');
    expect(box).toHaveAccessibleDescription(/= 1 year 6 months/);
    expect(screen.getByText('The posts will say: 1 year 6 months when lost.')).toBeInTheDocument();
    await app.user.clear(box);
    await app.user.type(box, '1岁零2个月');
    expect(screen.getByText('= 1 year 2 months')).toBeInTheDocument();
  });

  it('in Chinese: 即 1岁6个月; and an age it cannot read, said gently, left out of the posts', async () => {
    const app = await openQuestion('zh-CN', /^孩子 \d/, /孩子是哪天出生的？/);
    const box = screen.getByLabelText(/^走失时的年龄/);
    await app.user.type(box, '一岁半');
    expect(screen.getByText('即 1岁6个月')).toBeInTheDocument();
    await app.user.clear(box);
    await app.user.type(box, '不记得了');
    await app.user.tab();
    expect(screen.getByText(/“回家”读不懂这个年龄/)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(stored(app, 'child.birth', 'ageWhenLost')).toBe('不记得了');
  });

  it('works the age out from the date of birth and the day lost, and says when the two disagree', async () => {
    const app = await openQuestion('en', /^Your child/, /When was your child born\?/);
    const id = app.store.getState().activeId!;
    app.store.getState().setAnswerPart(id, 'day.when', 'date', '2019-06-05');
    await app.user.type(screen.getByLabelText('Date of birth'), '12 March 2015');
    expect(screen.getByText('The posts will say: 4 when lost, now 11.')).toBeInTheDocument();
    await app.user.type(screen.getByLabelText(/^Age when lost/), '7');
    expect(screen.getByText(/do not agree: the dates give 4 years when lost/)).toBeInTheDocument();
  });
});

describe('the review', () => {
  it.each([
    ['en', '2019-06-05', '5 June 2019'],
    ['zh-CN', '2019-06-05', '2019年6月5日'],
    ['en', '2019年6月', 'June 2019'],
  ] as const)('%s: shows "%s" as "%s", never as ISO', async (language, typed, shown) => {
    const app = await renderApp({ language });
    await app.user.click(await screen.findByRole('button', { name: language === 'en' ? 'Begin' : '开始' }));
    const id = app.store.getState().activeId!;
    app.store.getState().setAnswerPart(id, 'day.when', 'date', typed);
    app.store.getState().setAnswerPart(id, 'child.birth', 'ageWhenLost', '18个月');
    const nav = screen.getByRole('navigation', { name: language === 'en' ? 'Parts of the story' : '故事的各个部分' });
    await app.user.click(within(nav).getByRole('button', { name: language === 'en' ? 'Review' : '回顾' }));
    expect(screen.getByText(shown)).toBeInTheDocument();
    expect(screen.queryByText(typed)).not.toBeInTheDocument();
    expect(screen.getByText(language === 'en' ? '1 year 6 months' : '1岁6个月')).toBeInTheDocument();
  });
});

describe('posts say what they leave out', () => {
  it('under the post, in the panel’s language: what was cut to fit the site, and a date it could not read', async () => {
    const app = await renderApp({ language: 'en', url: 'https://x.com/home' });
    await app.user.click(await screen.findByRole('button', { name: 'Begin' }));
    const id = app.store.getState().activeId!;
    const set = app.store.getState().setAnswerPart;
    set(id, 'child.name', 'fullName', '李小明');
    set(id, 'day.when', 'date', '2019-06-05');
    set(id, 'day.place', 'city', '深圳市');
    set(id, 'day.place', 'spot', '西乡菜市场门口的游乐场，那天人很多，旁边有一个卖气球的老人'.repeat(2));
    set(id, 'help.tags', 'tags', '寻找明明');
    await app.user.click(screen.getByRole('button', { name: 'Make posts' }));
    await app.user.click(await screen.findByRole('radio', { name: 'Short alert' }));
    const post = (screen.getByRole('textbox', { name: 'Post text' }) as HTMLTextAreaElement).value;
    expect(post).toContain('Missing since 5 June 2019 from 深圳市.');
    expect(screen.getByText('To fit X (Twitter), this post leaves out: the topics, the exact spot.')).toBeInTheDocument();

    set(id, 'day.when', 'date', '2019年2月30日');
    expect(await screen.findByText(/The date “2019年2月30日” could not be read, so it is not in the posts or cards/)).toBeInTheDocument();
    expect((screen.getByRole('textbox', { name: 'Post text' }) as HTMLTextAreaElement).value).not.toContain('2019');
  });
});
