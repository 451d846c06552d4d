import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  answerTabRequest,
  attachRequest,
  insertRequest,
  probeRequest,
  tabRequestType,
  tabSender,
  type AttachOutcome,
  type InsertOutcome,
  type TabHandlers,
  type TabRequest,
} from '@/lib/messaging';
import type { PageHints } from '@/lib/platforms';

const posts = { platform: 'bluesky', editor: 'prosemirror', parts: ['明明'] } as const;
const images = { platform: 'x', files: [{ name: 'card.png', type: 'image/png', base64: 'iVBORw0KGgo=' }] } as const;

/** Handlers that record which one ran, with what. */
function recordingHandlers() {
  const calls: string[] = [];
  const handlers: TabHandlers = {
    'homeward:insert': (request) => {
      calls.push(`insert ${request.parts.join('|')}`);
      return { status: 'inserted', parts: request.parts.length };
    },
    'homeward:probe': () => {
      calls.push('probe');
      return { mastodon: true, maxCharacters: 1000 };
    },
    'homeward:attach': async (request) => {
      calls.push(`attach ${request.files.length}`);
      return { status: 'attached', files: request.files.length, seen: true };
    },
  };
  return { calls, handlers };
}

/** Answers `message` as the content script would; `ignored` when it leaves the message alone. */
function answer(handlers: TabHandlers, message: unknown): { handled: boolean; answer: Promise<unknown> } {
  let respond: (value: unknown) => void = () => undefined;
  const answered = new Promise<unknown>((resolve) => (respond = resolve));
  const handled = answerTabRequest(handlers, message, respond);
  return { handled, answer: handled ? answered : Promise.resolve('ignored') };
}

describe('the content script answers each request with its own handler', () => {
  it('insert, probe and attach each reach their handler, and the answer is the handler’s', async () => {
    const { calls, handlers } = recordingHandlers();
    const insert = answer(handlers, insertRequest(posts));
    expect(insert.handled).toBe(true);
    expect(await insert.answer).toEqual({ status: 'inserted', parts: 1 });
    expect(await answer(handlers, probeRequest()).answer).toEqual({ mastodon: true, maxCharacters: 1000 });
    expect(await answer(handlers, attachRequest(images)).answer).toEqual({ status: 'attached', files: 1, seen: true });
    expect(calls).toEqual(['insert 明明', 'probe', 'attach 1']);
  });

  it('leaves alone what is not a request of ours: other types, malformed ones, non-objects, inherited names', async () => {
    const { calls, handlers } = recordingHandlers();
    for (const message of [
      { type: 'homeward:delete' },
      { type: 'toString' },
      { type: 'constructor' },
      { type: 'homeward:insert' }, // no parts
      { type: 'homeward:insert', parts: 'not a list' },
      { type: 'homeward:attach', files: null },
      { parts: ['x'] },
      'homeward:probe',
      null,
      undefined,
      42,
    ]) {
      expect(answer(handlers, message).handled, JSON.stringify(message) ?? String(message)).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('a handler that throws, or rejects, answers its type’s "failed" with what broke', async () => {
    const broken: TabHandlers = {
      'homeward:insert': () => {
        throw new TypeError('box.querySelector is not a function');
      },
      'homeward:probe': () => {
        throw new Error('no document');
      },
      'homeward:attach': async () => Promise.reject(new RangeError('too many files')),
    };
    expect(await answer(broken, insertRequest(posts)).answer).toEqual({
      status: 'failed',
      error: 'TypeError: box.querySelector is not a function',
    });
    expect(await answer(broken, attachRequest(images)).answer).toEqual({ status: 'failed', error: 'RangeError: too many files' });
    // The probe has no "failed": nothing is known about the page, as when it cannot be asked.
    expect(await answer(broken, probeRequest()).answer).toEqual({});
  });

  it('the request builders make what the content script recognises', () => {
    expect(tabRequestType(insertRequest(posts))).toBe('homeward:insert');
    expect(tabRequestType(probeRequest())).toBe('homeward:probe');
    expect(tabRequestType(attachRequest(images))).toBe('homeward:attach');
    expect(insertRequest({ ...posts, title: '寻找明明' })).toEqual({ type: 'homeward:insert', ...posts, title: '寻找明明' });
  });
});

describe('sendToTab', () => {
  const unreachableTab = (how: 'rejects' | 'answers nothing') =>
    tabSender(async () => {
      if (how === 'rejects') throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });

  it.each(['rejects', 'answers nothing'] as const)(
    'a tab whose content script %s: insert and attach are "unreachable", the probe knows nothing',
    async (how) => {
      const send = unreachableTab(how);
      expect(await send(7, insertRequest(posts))).toEqual({ status: 'unreachable' });
      expect(await send(7, attachRequest(images))).toEqual({ status: 'unreachable' });
      expect(await send(7, probeRequest())).toEqual({});
    },
  );

  it('sends the request to that tab and gives back the content script’s answer', async () => {
    const sent: [number, unknown][] = [];
    const { handlers } = recordingHandlers();
    const send = tabSender(async (tabId, message) => {
      sent.push([tabId, message]);
      return answer(handlers, message).answer;
    });
    const outcome = await send(12, insertRequest(posts));
    expect(outcome).toEqual({ status: 'inserted', parts: 1 });
    expect(sent).toEqual([[12, { type: 'homeward:insert', ...posts }]]);
  });

  it('is typed by the map: each request’s answer is its own type (checked by tsc)', () => {
    const send = unreachableTab('answers nothing');
    expectTypeOf(send(1, insertRequest(posts))).resolves.toEqualTypeOf<InsertOutcome>();
    expectTypeOf(send(1, attachRequest(images))).resolves.toEqualTypeOf<AttachOutcome>();
    expectTypeOf(send(1, probeRequest())).resolves.toEqualTypeOf<PageHints>();
    expectTypeOf<TabRequest<'homeward:insert'>>().toHaveProperty('parts');
    // @ts-expect-error: a request not in the map cannot be sent
    void send(1, { type: 'homeward:delete' });
  });
});
