import { describe, expect, it } from 'vitest';
import { paragraphsHtml, sameText } from '@/lib/page/insert-text';
import { isInsertRequest } from '@/lib/messaging';
import { pinnedTabId } from '@/lib/tabs/active-tab';
import { originFromInput } from '@/lib/tabs/site-access-origin';

describe('insertion helpers', () => {
  it('turns lines into paragraphs, blank ones kept, text escaped', () => {
    expect(paragraphsHtml('第一行\n\n<b>&')).toBe('<p>第一行</p><p></p><p>&lt;b&gt;&amp;</p>');
  });

  it('compares what the box shows with what was sent, ignoring how line breaks render', () => {
    expect(sameText('a\n\nb', 'a\nb')).toBe(true);
    expect(sameText('a\u00a0b ', 'a b')).toBe(true);
    expect(sameText('a b', 'a c')).toBe(false);
  });

  it('accepts only the insert message', () => {
    expect(isInsertRequest({ type: 'homeward:insert', parts: ['x'] })).toBe(true);
    expect(isInsertRequest({ type: 'other', parts: ['x'] })).toBe(false);
    expect(isInsertRequest(null)).toBe(false);
  });

  it('reads the pinned tab from ?tab=', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('?tab=abc')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });
});

describe('originFromInput', () => {
  it.each([
    ['mastodon.social', 'https://mastodon.social'],
    ['  https://Social.Example.org/@me  ', 'https://social.example.org'],
    ['http://insecure.example', null],
    ['localhost', null],
    ['', null],
    ['not a server', null],
  ])('%j → %s', (input, origin) => {
    expect(originFromInput(input)).toBe(origin);
  });
});
