import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../helpers/render-app';
import { PLATFORMS } from '@/lib/platforms';
import type { InsertOutcome, InsertRequest } from '@/lib/messaging';
import { CHEN_JING } from '../helpers/stories';

const valueOf = (name: string | RegExp) => (screen.getByRole('textbox', { name }) as HTMLTextAreaElement).value;

async function storyReady(options: Parameters<typeof renderApp>[0] = {}) {
  const app = await renderApp({ language: 'en', ...options });
  const { user, store } = app;
  await user.click(await screen.findByRole('button', { name: 'Begin' }));
  const id = store.getState().activeId!;
  const set = store.getState().setAnswerPart;
  set(id, 'child.name', 'fullName', '李小明');
  set(id, 'child.birth', 'ageWhenLost', '4');
  set(id, 'day.when', 'date', '2019-06-05');
  set(id, 'day.place', 'city', '深圳');
  set(id, 'help.case', 'stationPhone', '0755-12345678');
  set(id, 'help.tags', 'tags', '寻找明明');
  set(id, 'who.memory', 'memory', '他最喜欢唱《小兔子乖乖》。'.repeat(30));
  await user.click(screen.getByRole('button', { name: 'Make posts' }));
  return { ...app, id };
}

describe('making posts', () => {
  it('knows the site in the tab and follows tab switches', async () => {
    const { activeTab } = await storyReady({ url: 'https://weibo.com/u/1' });
    expect(await screen.findByText('The page open now: Weibo')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Write for' })).toHaveValue('weibo');
    expect(valueOf('Post text')).toContain('#寻找明明#');
    act(() => activeTab.go('https://bsky.app/'));
    expect(await screen.findByText('The page open now: Bluesky')).toBeInTheDocument();
    expect(valueOf('Post text')).toContain('#寻找明明');
    expect(valueOf('Post text')).not.toContain('#寻找明明#');
  });

  it('recognises a Mastodon server from the page, and uses that server’s own limit', async () => {
    await storyReady({ url: 'https://hachyderm.io/home', pageHints: { mastodon: true, maxCharacters: 1000 } });
    expect(await screen.findByText('The page open now: Mastodon')).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'Post text' });
    expect(box).toHaveAccessibleDescription(`${PLATFORMS.mastodon.count((box as HTMLTextAreaElement).value).used} / 1000`);
  });

  it('another Mastodon server: the person names it and allows Homeward there', async () => {
    const { user, allowed } = await storyReady({ url: undefined, allow: false });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Write for' }), 'mastodon');
    const server = screen.getByRole('textbox', { name: 'Your Mastodon server' });
    await user.type(server, 'not a server');
    await user.click(screen.getByRole('button', { name: 'Allow Homeward on this server' }));
    expect(screen.getByText(/does not look like a server address/)).toBeInTheDocument();
    expect(allowed).toEqual([]);
    await user.clear(server);
    await user.type(server, 'https://social.example.org/@me');
    await user.click(screen.getByRole('button', { name: 'Allow Homeward on this server' }));
    expect(allowed).toEqual(['https://social.example.org']);
    expect(screen.getByText(/was not allowed on social.example.org. You can still copy/)).toBeInTheDocument();
    // Counting for Mastodon works whether or not Homeward may insert there.
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveAccessibleDescription(/ \/ 500$/);
  });

  it('shows a counter that agrees with the site, and marks what does not fit', async () => {
    const { user } = await storyReady({ url: 'https://x.com/home' });
    const box = await screen.findByRole('textbox', { name: 'Post text' });
    const text = (box as HTMLTextAreaElement).value;
    expect(box).toHaveAccessibleDescription(`${PLATFORMS.x.count(text).used} / 280`);
    await user.type(box, '再多写一些字'.repeat(30));
    const longer = (box as HTMLTextAreaElement).value;
    const { used, fitsUntil } = PLATFORMS.x.count(longer);
    expect(box).toHaveAccessibleDescription(`${used} / 280 · Too long by ${used - 280}. The part that does not fit is marked below.`);
    expect(document.querySelector('mark')?.textContent).toBe(longer.slice(fitsUntil));
  });

  it('keeps the person’s edits, per site and kind, until they go back to Homeward’s version', async () => {
    const { user, store, id } = await storyReady({ url: 'https://weibo.com/' });
    const box = await screen.findByRole('textbox', { name: 'Post text' });
    await user.clear(box);
    await user.type(box, '我自己写的');
    expect(store.getState().stories[id]!.drafts).toEqual({ 'weibo:story': ['我自己写的'] });
    await user.click(screen.getByRole('radio', { name: 'Short alert' }));
    expect(screen.getByRole('textbox', { name: 'Post text' })).not.toHaveValue('我自己写的');
    await user.click(screen.getByRole('radio', { name: 'Story' }));
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('我自己写的');
    // Going back to Homeward's version asks first; focus starts on keeping the parent's own words.
    await user.click(screen.getByRole('button', { name: "Back to Homeward's version" }));
    expect(screen.getByRole('button', { name: 'Keep my version' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveValue('我自己写的');
    await new Promise((r) => requestAnimationFrame(r));
    expect(screen.getByRole('button', { name: "Back to Homeward's version" })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: "Back to Homeward's version" }));
    await user.click(screen.getByRole('button', { name: "Yes, use Homeward's version" }));
    await new Promise((r) => requestAnimationFrame(r));
    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveFocus();
    // The story was started in English, so its posts are in English.
    expect(valueOf('Post text').startsWith('HELP FIND\nHave you seen 李小明?')).toBe(true);
  });

  it('threads: numbered posts, each within the limit', async () => {
    await storyReady({ url: 'https://x.com/home' });
    const { user } = { user: (await import('@testing-library/user-event')).default.setup() };
    await user.click(await screen.findByRole('radio', { name: 'Thread' }));
    const boxes = screen.getAllByRole('textbox', { name: /^Post \d+ of \d+$/ });
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) expect(PLATFORMS.x.count((box as HTMLTextAreaElement).value).used).toBeLessThanOrEqual(280);
    expect(screen.getByRole('button', { name: 'Copy post 1' })).toBeInTheDocument();
  });

  it('inserts into the tab’s compose box, and says to press Post there', async () => {
    const { user, inserted } = await storyReady({ url: 'https://x.com/home' });
    await user.click(await screen.findByRole('button', { name: 'Insert into post' }));
    expect(inserted).toHaveLength(1);
    expect(inserted[0]).toMatchObject({ type: 'homeward:insert', platform: 'x', editor: 'draft-js' });
    expect(inserted[0]!.parts[0]).toBe((screen.getByRole('textbox', { name: 'Post text' }) as HTMLTextAreaElement).value);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent("Put into X (Twitter)'s post box");
  });

  it('a thread on a site that cannot add posts from here: says which posts are in and how to add the rest', async () => {
    const { user } = await storyReady({ url: 'https://bsky.app/', insert: async () => ({ status: 'inserted', parts: 1 }) });
    await user.click(await screen.findByRole('radio', { name: 'Thread' }));
    const total = screen.getAllByRole('textbox', { name: /^Post \d+ of \d+$/ }).length;
    await user.click(screen.getByRole('button', { name: 'Insert into post' }));
    expect(screen.getByText(`The first 1 of ${total} posts are in Bluesky's post box.`, { exact: false })).toBeInTheDocument();
  });

  it('copies instead, and says how to open the box, when the page has none', async () => {
    const { user, copied } = await storyReady({ url: 'https://weibo.com/', insert: async () => ({ status: 'no-compose-box' }) });
    await user.click(await screen.findByRole('button', { name: 'Insert into post' }));
    expect(copied).toEqual([(screen.getByRole('textbox', { name: 'Post text' }) as HTMLTextAreaElement).value]);
    expect(screen.getByText(/There is no post box open on this page/)).toBeInTheDocument();
  });

  it('the box did not take the post: says exactly what it holds now, copies the post, never says it is in', async () => {
    const held = `旧的帖子 ${'很长的一段话'.repeat(30)}`;
    const { user, copied } = await storyReady({
      url: 'https://www.threads.net/',
      insert: async () => ({ status: 'mismatch', part: 0, found: held, unchanged: false }),
    });
    await user.click(await screen.findByRole('button', { name: 'Insert into post' }));
    const status = await screen.findByText(/did not take the post as it is/);
    expect(status.textContent).toContain('It now holds: “旧的帖子 很长的一段话');
    // Quoted, not pasted whole: cut with "…", on one line.
    expect(status.textContent).toMatch(/…”\./);
    expect(status.textContent).toContain('select everything in it (Ctrl+A) and paste');
    expect(status.textContent).not.toMatch(/Put into/);
    expect(copied).toEqual([valueOf('Post text')]);
  });

  it('the box refused the post and was left as it was: says so', async () => {
    const { user } = await storyReady({
      url: 'https://www.facebook.com/',
      insert: async () => ({ status: 'mismatch', part: 0, found: '我先写的', unchanged: true }),
    });
    await user.click(await screen.findByRole('button', { name: 'Insert into post' }));
    expect(await screen.findByText(/did not take the post; what was in it has not changed/)).toBeInTheDocument();
  });

  it('a thread part that did not go in: says which posts are in and which is not', async () => {
    const { user, copied } = await storyReady({
      url: 'https://x.com/compose/post',
      insert: async () => ({ status: 'mismatch', part: 1, found: '', unchanged: false }),
    });
    await user.click(await screen.findByRole('radio', { name: 'Thread' }));
    const second = valueOf(/^Post 2 of \d+$/);
    await user.click(screen.getByRole('button', { name: 'Insert into post' }));
    expect(await screen.findByText(/The first post is in the box; post 2 is not\. X \(Twitter\)'s post box is empty/)).toBeInTheDocument();
    expect(copied).toEqual([second]);
  });

  it('an earlier, longer thread left posts behind in the box: "in", and which are still there', async () => {
    const { user } = await storyReady({
      url: 'https://x.com/compose/post',
      insert: async () => ({ status: 'inserted', parts: 1, leftover: 2 }),
    });
    await user.click(await screen.findByRole('button', { name: 'Insert into post' }));
    expect(
      await screen.findByText(/Put into X \(Twitter\)'s post box\..*the box still holds 2 more posts from before: remove them there/),
    ).toBeInTheDocument();
  });

  it('an error inside Homeward on the page is not "no post box"', async () => {
    const { user, copied } = await storyReady({
      url: 'https://bsky.app/',
      insert: async () => ({ status: 'failed', error: 'TypeError: x is undefined' }),
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(await screen.findByRole('button', { name: 'Insert into post' }));
    expect(await screen.findByText(/Something went wrong in Homeward on this page/)).toBeInTheDocument();
    expect(screen.queryByText(/There is no post box open/)).not.toBeInTheDocument();
    expect(copied).toHaveLength(1);
    expect(logged).toHaveBeenCalledWith(expect.any(String), 'TypeError: x is undefined');
    logged.mockRestore();
  });

  it('a second press while the first is still going in does not send the post again', async () => {
    let finish: (outcome: InsertOutcome) => void = () => undefined;
    const requests: InsertRequest[] = [];
    const { user } = await storyReady({
      url: 'https://bsky.app/',
      insert: (_tab, request) => {
        requests.push(request);
        return new Promise((resolve) => (finish = resolve));
      },
    });
    const button = await screen.findByRole('button', { name: 'Insert into post' });
    await user.click(button);
    expect(await screen.findByText("Putting the post into Bluesky's post box…")).toBeInTheDocument();
    await user.click(button);
    expect(requests).toHaveLength(1);
    act(() => finish({ status: 'inserted', parts: 1 }));
    expect(await screen.findByText(/Put into Bluesky's post box/)).toBeInTheDocument();
    await user.click(button);
    expect(requests).toHaveLength(2);
  });

  it('the story does not fit one X post: says so, and leads to the thread or to an image card', async () => {
    const { user } = await storyReady({ url: 'https://x.com/home' });
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent(
      'Your story is longer than one X (Twitter) post allows: this post carries the facts and the start of your own words.',
    );
    expect(note).toHaveTextContent('The whole story, every word, can go out as a thread');
    // The post itself still carries the parent's words, never only the alert.
    expect(valueOf('Post text')).toContain('他最喜欢唱《小兔子乖乖》。');
    await user.click(within(note).getByRole('button', { name: 'Show it as a thread' }));
    expect(screen.getByRole('radio', { name: 'Thread' })).toBeChecked();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Thread' })).toHaveFocus());
    expect(screen.getAllByRole('textbox', { name: /^Post \d+ of \d+$/ }).length).toBeGreaterThan(1);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Story' }));
    await user.click(within(screen.getByRole('note')).getByRole('button', { name: 'Make an image card' }));
    expect(await screen.findByRole('combobox', { name: 'Size' })).toBeInTheDocument();
  });

  it('an adult looking for their birth family: the post is theirs, in their voice, and never says what is private', async () => {
    const { user, store } = await renderApp({ language: 'en', url: 'https://weibo.com/u/1' });
    await user.click(await screen.findByRole('button', { name: 'Begin' }));
    const id = store.getState().activeId!;
    expect(store.getState().setKind(id, 'adult-seeking-family')).toBe(true);
    for (const [q, p, text] of CHEN_JING) store.getState().setAnswerPart(id, q, p, text);
    await user.click(screen.getByRole('button', { name: 'Make posts' }));
    await screen.findByText('The page open now: Weibo');
    const text = valueOf('Post text');
    expect(text.startsWith('LOOKING FOR MY BIRTH FAMILY\nDo you know who I am?\n陈静 (called 妞妞 as a child), woman, born 1988')).toBe(
      true,
    );
    expect(text).toContain('If you recognise me, please send me a private message. Baobei Huijia (宝贝回家) registration number: 12345.');
    expect(text).not.toContain(CHEN_JING.find(([q]) => q === 'arrival.private')![2]);
    // The screen speaks to them, not to a parent: in every kind of post and on the cards.
    expect(screen.getByText('Your story in one post, with the facts first.')).toBeInTheDocument();
    for (const variant of ['Short alert', 'Thread', 'Update / anniversary', 'Story']) {
      await user.click(screen.getByRole('radio', { name: variant }));
      expect(document.body.textContent).not.toMatch(/your child|our child|your family.s|put your family/i);
    }
    await user.click(screen.getByRole('button', { name: 'Image cards' }));
    await screen.findByRole('combobox', { name: 'Size' });
    expect(document.body.textContent).not.toMatch(/your child|our child|your family.s|put your family/i);
    await user.click(screen.getByRole('button', { name: 'Write the story' }));
    expect(document.body.textContent).not.toMatch(/your child|our child|your family.s|put your family/i);
  });

  it('Weibo takes the whole story: no note', async () => {
    await storyReady({ url: 'https://weibo.com/' });
    await screen.findByText('The page open now: Weibo');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('any other page: copy only', async () => {
    const { user, copied } = await storyReady({ url: 'https://example.org/' });
    expect(await screen.findByText(/not a site Homeward writes for/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert into post' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    expect(copied).toHaveLength(1);
    expect(screen.getByText(/Copied\. Paste it where you want it/)).toBeInTheDocument();
  });

  it('warns about a family phone number before anything leaves, and lets the person decide', async () => {
    const { user, copied } = await storyReady({ url: 'https://weibo.com/' });
    const box = await screen.findByRole('textbox', { name: 'Post text' });
    await user.type(box, ' 妈妈电话 13812345678');
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    const dialog = screen.getByRole('alertdialog', { name: /may put your family at risk/ });
    expect(within(dialog).getByText('13812345678')).toBeInTheDocument();
    // The police phone in the post is not flagged.
    expect(within(dialog).queryByText('0755-12345678')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Go back and edit' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Go back and edit' }));
    expect(copied).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Copy text' }));
    await user.click(screen.getByRole('button', { name: 'Share it anyway' }));
    expect(copied).toHaveLength(1);
  });
});
