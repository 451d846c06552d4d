import { describe, expect, it } from 'vitest';
import { paragraphsHtml } from '@/lib/page/insert-text';
import { holdsExactly } from '@/lib/page/editor-text';
import { tabRequestType } from '@/lib/messaging';
import { pinnedTabId } from '@/lib/tabs/active-tab';
import { originFromInput } from '@/lib/tabs/site-access-origin';

describe('insertion helpers', () => {
  it('turns lines into pre-wrapped paragraphs (ProseMirror keeps their spaces), blank ones kept, text escaped', () => {
    expect(paragraphsHtml('第一行\n\n<b>&')).toBe(
      '<p style="white-space: pre-wrap">第一行</p><p style="white-space: pre-wrap"></p><p style="white-space: pre-wrap">&lt;b&gt;&amp;</p>',
    );
    expect(paragraphsHtml('  \t两个空格  一个制表符')).toBe('<p style="white-space: pre-wrap">  \t两个空格  一个制表符</p>');
  });

  it('compares what the box holds with the post strictly: blank lines, leading, doubled and trailing spaces, tabs count', () => {
    expect(holdsExactly('a\n\nb', 'a\n\nb')).toBe(true);
    expect(holdsExactly('a\nb', 'a\n\nb')).toBe(false);
    expect(holdsExactly('a b', '  a b')).toBe(false);
    expect(holdsExactly('a b', 'a  b')).toBe(false);
    expect(holdsExactly('a b', 'a\tb')).toBe(false);
    expect(holdsExactly('a b ', 'a b')).toBe(false);
    expect(holdsExactly('a', 'a\n')).toBe(false);
    // Only how a box renders the same text may differ: Windows line ends, a no-break space for a space.
    expect(holdsExactly('a\r\nb', 'a\nb')).toBe(true);
    expect(holdsExactly('a\u00a0\u00a0b', 'a  b')).toBe(true);
    // The old post and the new one is not the new one.
    expect(holdsExactly('明明\n明明', '明明')).toBe(false);
  });

  it('accepts only the insert message', () => {
    expect(tabRequestType({ type: 'homeward:insert', parts: ['x'] })).toBe('homeward:insert');
    expect(tabRequestType({ type: 'other', parts: ['x'] })).toBeNull();
    expect(tabRequestType(null)).toBeNull();
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
