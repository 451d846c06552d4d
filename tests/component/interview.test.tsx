import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { memoryBackupStore } from '@/lib/storage/backup-store';
import { createMemoryArea } from '@/lib/storage/key-value';
import en from '../../locales/en.json';

const begin = async (user: Awaited<ReturnType<typeof renderApp>>['user']) => {
  await user.click(await screen.findByRole('button', { name: 'Begin' }));
};

describe('the guided interview', () => {
  it('opens a first story at the intro, which puts the police first', async () => {
    await renderApp();
    expect(await screen.findByRole('heading', { name: "We will write your child's story together" })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'First: have you told the police?' })).toBeInTheDocument();
    expect(screen.getByText(/no 24-hour wait/)).toBeInTheDocument();
  });

  it('on return to the intro, offers to continue where the person stopped', async () => {
    const { user } = await renderApp();
    await begin(user);
    await user.type(screen.getByRole('textbox', { name: 'Nickname or milk name' }), '明明');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Continue where I left off' }));
    expect(screen.getByRole('heading', { name: 'Is your child a girl or a boy?' })).toHaveFocus();
  });

  it('goes next and back, keeping what was typed, with focus on each question', async () => {
    const { user, store } = await renderApp();
    await begin(user);
    const heading = screen.getByRole('heading', { name: /What is your child's name\?/ });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Part 1 of 6: Your child · Question 1 of 8')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), '李小明');
    await user.type(screen.getByRole('textbox', { name: 'Nickname or milk name' }), '明明');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Is your child a girl or a boy?' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Boy' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('李小明');
    const id = store.getState().activeId!;
    expect(store.getState().stories[id]!.answers).toEqual({
      'child.name': { fullName: '李小明', nickname: '明明' },
      'child.gender': { gender: 'boy' },
    });
  });

  it('lets any story question be skipped, and offers Skip only while it is unanswered', async () => {
    const { user } = await renderApp();
    await begin(user);
    await user.type(screen.getByRole('textbox', { name: 'Nickname or milk name' }), '明明');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    expect(screen.getByRole('heading', { name: 'When was your child born?' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Age when lost' }), '4');
    expect(screen.queryByRole('button', { name: 'Skip for now' })).not.toBeInTheDocument();
  });

  it('does not move past a required question left empty, says why gently, and points to the box', async () => {
    const { user } = await renderApp();
    await begin(user);
    expect(screen.queryByRole('button', { name: 'Skip for now' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('An appeal cannot be found without this');
    const fullName = screen.getByRole('textbox', { name: 'Full name' });
    expect(fullName).toHaveFocus();
    expect(fullName).toHaveAttribute('aria-invalid', 'true');
    expect(fullName).toHaveAccessibleDescription(/The name people would know.*For example/);
    await user.type(fullName, 'Li');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Is your child a girl or a boy?' })).toBeInTheDocument();
  });

  it('jumps to any section, showing where the person is', async () => {
    const { user } = await renderApp();
    await begin(user);
    const nav = screen.getByRole('navigation', { name: 'Parts of the story' });
    await user.click(within(nav).getByRole('button', { name: /^Fears and hopes/ }));
    expect(screen.getByRole('heading', { name: 'What do you fear most?' })).toHaveFocus();
    expect(within(nav).getByRole('button', { name: /^Fears and hopes/ })).toHaveAttribute('aria-current', 'step');
    await user.type(screen.getByRole('textbox', { name: 'What you fear' }), '怕她忘了我们');
    // Named by what it shows (title and 1/3), then the count in words.
    expect(within(nav).getByRole('button', { name: 'Fears and hopes 1/3 (1 of 3 answered)' })).toBeInTheDocument();
    // Coming back to a section lands on what is left in it.
    await user.click(within(nav).getByRole('button', { name: /^Your child/ }));
    await user.click(within(nav).getByRole('button', { name: /^Fears and hopes/ }));
    expect(screen.getByRole('heading', { name: 'What do you hope for?' })).toBeInTheDocument();
  });

  it('ends on a review of the whole story, gaps and needs marked, each with a way back', async () => {
    const { user } = await renderApp();
    await begin(user);
    await user.type(screen.getByRole('textbox', { name: 'Nickname or milk name' }), '明明');
    await user.click(within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: 'Review' }));
    expect(screen.getByRole('heading', { name: "Your child's story" })).toHaveFocus();
    expect(screen.getByText('2 things an appeal needs are still missing.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: "Your child's story" })).getByText('明明')).toBeInTheDocument();
    expect(screen.getAllByText('Needed for the appeal')).toHaveLength(2);
    expect(screen.getAllByText('Not answered yet').length).toBeGreaterThan(20);
    await user.click(screen.getByRole('button', { name: 'Answer: Where was your child last seen?' }));
    expect(screen.getByRole('heading', { name: /Where was your child last seen\?/ })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'City' }), '深圳');
    await user.click(within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: 'Review' }));
    expect(screen.getByText('One thing an appeal needs is still missing.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change: Where was your child last seen?' })).toBeInTheDocument();
  });

  it('warns on the review when the police have not been told', async () => {
    const { user } = await renderApp();
    await begin(user);
    await user.click(
      within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: /^How people can help/ }),
    );
    await user.click(within(screen.getByRole('group', { name: 'Reported to the police' })).getByRole('radio', { name: 'Not yet' }));
    await user.click(within(screen.getByRole('navigation', { name: 'Parts of the story' })).getByRole('button', { name: 'Review' }));
    expect(screen.getByText(/You said you have not told the police yet/)).toBeInTheDocument();
  });

  it('can be completed with the keyboard alone, from intro to review', async () => {
    const { user, store } = await renderApp();
    await screen.findByRole('button', { name: 'Begin' });
    // Tab to Begin and press Enter.
    screen.getByRole('button', { name: 'Begin' }).focus();
    await user.keyboard('{Enter}');
    let steps = 0;
    while (!screen.queryByRole('heading', { name: "Your child's story" }) && steps++ < 40) {
      const heading = screen.getByRole('heading', { level: 2 });
      expect(heading).toHaveFocus();
      // Tab to the first box, type if it is a text box, then Tab on to Next (or Skip) and press it.
      await user.tab();
      const box = document.activeElement as HTMLElement;
      // Date boxes are text boxes too; a date needs to be one Homeward can read.
      const isDate = box instanceof HTMLInputElement && /^(Date|Date of birth)\b/.test(box.labels?.[0]?.textContent ?? '');
      if (box instanceof HTMLInputElement && box.type === 'text') await user.keyboard(isDate ? '2019-06-05' : '字');
      const next = screen.getByRole('button', { name: /^(Next|See the whole story)$/ });
      while (document.activeElement !== next) await user.tab();
      await user.keyboard('{Enter}');
    }
    expect(screen.getByRole('heading', { name: "Your child's story" })).toHaveFocus();
    const story = store.getState().stories[store.getState().activeId!]!;
    expect(story.answers['child.name']?.fullName).toBe('字');
    expect(story.answers['day.when']?.date).toBe('2019-06-05');
    expect(story.answers['day.place']?.province).toBe('字');
  });

  it.each([
    ['kept in the backup', false, 'quota', en.save.quotaBackedUp],
    ['the backup failing too', true, 'quota', en.save.quota],
    ['kept in the backup, storage failing', false, 'io', en.save.unavailableBackedUp],
    ['nowhere but the screen', true, 'io', en.save.unavailable],
  ])('keeps what was typed on screen and says truthfully where it is: %s', async (_name, backupFails, why, message) => {
    const area = createMemoryArea();
    const backup = memoryBackupStore();
    backup.failing = backupFails;
    const { user } = await renderApp({ area, backup });
    await begin(user);
    area.set = async () => {
      throw new Error(why === 'quota' ? 'QUOTA_BYTES quota exceeded' : 'IO error: LevelDB write failed');
    };
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), '李小明');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('李小明');
    // Photos are not where the stories are: deleting them frees nothing there, so the message never asks it.
    expect(message).not.toMatch(/photo/i);
  });
});
