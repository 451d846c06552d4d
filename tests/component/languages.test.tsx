import { describe, expect, it } from 'vitest';
import { computeAccessibleName } from 'dom-accessibility-api';
import { screen, within } from '@testing-library/react';
import { RAW_KEY, renderApp } from '../helpers/render-app';
import { APP_LANGUAGES } from '@/lib/i18n/languages';
import { questionsFor } from '@/lib/kinds';

const QUESTIONS = questionsFor('family-seeking-child');
import { SETTINGS_KEY } from '@/lib/settings';

describe('languages', () => {
  it('switches the whole panel to Chinese and remembers the choice', async () => {
    const { user, area } = await renderApp({ language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文');
    expect(screen.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), '繁體中文');
    expect(screen.getByRole('combobox', { name: '語言' })).toHaveValue('zh-TW');
    expect(await area.get([SETTINGS_KEY])).toEqual({ [SETTINGS_KEY]: { language: 'zh-TW' } });
  });

  it.each(APP_LANGUAGES)(
    '%s: every screen renders without a raw key or a missing string',
    async (language) => {
      const { user, missing, container } = await renderApp({ language });
      const check = () => {
        expect(container.textContent).not.toMatch(RAW_KEY);
        for (const el of container.querySelectorAll('[aria-label]')) expect(el.getAttribute('aria-label')).not.toMatch(RAW_KEY);
        // Every control has an accessible name, and every field a visible label tied to it.
        for (const el of container.querySelectorAll<HTMLElement>('button, input, textarea, select')) {
          expect(computeAccessibleName(el).trim(), el.outerHTML).not.toBe('');
          if (el.tagName === 'BUTTON') continue;
          const label = el.id ? container.querySelector(`label[for="${CSS.escape(el.id)}"]`) : el.closest('label');
          expect((label ?? el.closest('label'))?.textContent?.trim(), el.outerHTML).toBeTruthy();
        }
      };
      await screen.findAllByRole('navigation');
      check();
      // Every question, then the review, then the posts, then the library.
      const nav = container.querySelector<HTMLElement>('nav.section-nav')!;
      const buttons = within(nav).getAllByRole('button');
      await user.click(buttons[0]!);
      for (let i = 0; i < QUESTIONS.length; i++) {
        check();
        const next = screen.getAllByRole('button').at(-1)!; // the primary button is last
        // Fill a required box so the walk can go on.
        const firstBox = container.querySelector<HTMLInputElement>('.fields input[type=text]');
        // Dates are text boxes; the required one needs a date Homeward can read.
        if (firstBox && !firstBox.value) await user.type(firstBox, QUESTIONS[i]?.parts[0]?.input === 'date' ? '2019-06-05' : 'x');
        await user.click(next);
      }
      check();
      // The posts screen, for each kind of post.
      const tabs = container.querySelector<HTMLElement>('nav.view-tabs')!;
      await user.click(within(tabs).getAllByRole('button')[1]!);
      for (const radio of container.querySelectorAll<HTMLInputElement>('input[name=variant]')) {
        await user.click(radio);
        check();
      }
      // The image cards screen (jsdom cannot draw: it says so, in the person's language).
      await user.click(within(tabs).getAllByRole('button')[2]!);
      check();
      await user.click(screen.getAllByRole('button').find((b) => b.getAttribute('aria-pressed') !== null)!);
      check();
      expect(missing).toEqual([]);
      // It walks every screen: about 3 s alone, more while other tests share the machine's two cores.
    },
    20_000,
  );
});
