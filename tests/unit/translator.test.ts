import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  draftPart,
  draftParts,
  draftSupport,
  startDraftSession,
  translatorApi,
  translatorLanguage,
  type DraftSession,
  type TranslatorInstance,
  type TranslatorApi,
} from '@/lib/translate/translator';
import { graphemes } from '@/lib/text/segments';
import type { AppLanguage } from '@/lib/i18n/languages';
import {
  FAKE_TRANSLATOR_MODES,
  fakeTranslator,
  installFakeTranslator,
  type FakeTranslatorConfig,
  type FakeTranslatorControl,
} from '../helpers/fake-translator';

/*
 * The draft translator, through every mode of the fake Translator (the real one cannot download its model on
 * this machine). Timeouts and downloads run on vitest's fake timers: nothing here waits in real time.
 */

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const zhToEn = { source: 'zh-CN', target: 'en' } as const;

/** A session from a fake whose model is there (no gesture, no timers needed). */
async function readySession(
  config: FakeTranslatorConfig = FAKE_TRANSLATOR_MODES.available,
  languages: { source: AppLanguage; target: AppLanguage } = zhToEn,
) {
  const fake = fakeTranslator(config);
  const started = await startDraftSession(fake.api, languages);
  if (!started.ok) throw new Error(`no session: ${started.problem}`);
  return { ...fake, session: started.session };
}

const codePoints = (text: string) => Array.from(text).length;

describe('translatorApi: the global Translator, when the browser has one', () => {
  it('finds the fake on its scope, and nothing where there is none', () => {
    expect(fakeTranslator(FAKE_TRANSLATOR_MODES.available).api).not.toBeNull();
    expect(translatorApi({})).toBeNull();
    expect(translatorApi(null)).toBeNull();
    expect(translatorApi(undefined)).toBeNull();
    expect(translatorApi('globalThis')).toBeNull();
    expect(translatorApi({ Translator: { availability: () => 'available' } })).toBeNull();
    const throwing = Object.defineProperty({}, 'Translator', {
      get() {
        throw new Error('blocked');
      },
    });
    expect(translatorApi(throwing)).toBeNull();
  });

  it('reads an answer it does not know as unavailable, and refuses a created object that is no translator', async () => {
    const api = translatorApi({ Translator: { availability: async () => 'maybe', create: async () => ({ translate: 1 }) } })!;
    expect(await api.availability({ sourceLanguage: 'zh', targetLanguage: 'en' })).toBe('unavailable');
    expect(await startDraftSession(api, zhToEn)).toEqual({ ok: false, problem: 'failed' });
  });

  it('the fake’s installer works from its source alone, as Playwright’s addInitScript sends it', async () => {
    const install = new Function(`return (${installFakeTranslator.toString()})`)() as typeof installFakeTranslator;
    const scope = {};
    install(FAKE_TRANSLATOR_MODES.available, scope);
    const api = translatorApi(scope);
    expect(await draftSupport(api, 'zh-CN', 'en')).toBe('available');
    const started = await startDraftSession(api!, zhToEn);
    expect(started.ok && (await draftPart(started.session, '谢谢你。'))).toEqual({ ok: true, text: '[EN] Thank you.' });
    expect((scope as { __fakeTranslator: FakeTranslatorControl }).__fakeTranslator.translated).toEqual(['谢谢你。']);
  });

  it('the fake reads a page’s user activation where there is one', async () => {
    const scope = { navigator: { userActivation: { isActive: false } } };
    installFakeTranslator(FAKE_TRANSLATOR_MODES.downloadable, scope);
    const api = translatorApi(scope)!;
    expect(await startDraftSession(api, zhToEn)).toEqual({ ok: false, problem: 'needs-click' });
    vi.useFakeTimers();
    scope.navigator.userActivation.isActive = true;
    const started = startDraftSession(api, zhToEn);
    scope.navigator.userActivation.isActive = false;
    await vi.advanceTimersByTimeAsync(200);
    expect((await started).ok).toBe(true);
  });

  it('speaks the API’s tags: zh for Simplified, zh-Hant for Traditional Chinese', () => {
    expect(translatorLanguage('zh-CN')).toBe('zh');
    expect(translatorLanguage('zh-TW')).toBe('zh-Hant');
    expect(translatorLanguage('en')).toBe('en');
  });
});

describe('draftSupport: whether the button shows', () => {
  it('offers a draft when the model is there, downloadable or downloading', async () => {
    for (const availability of ['available', 'downloadable', 'downloading'] as const) {
      expect(await draftSupport(fakeTranslator({ availability }).api, 'zh-CN', 'en')).toBe(availability);
    }
    expect(await draftSupport(fakeTranslator(FAKE_TRANSLATOR_MODES.available).api, 'en', 'zh-TW')).toBe('available');
  });

  it('offers none when unavailable, without an API, when availability throws, or for the same language', async () => {
    expect(await draftSupport(fakeTranslator(FAKE_TRANSLATOR_MODES.unavailable).api, 'zh-CN', 'en')).toBeNull();
    expect(await draftSupport(fakeTranslator(FAKE_TRANSLATOR_MODES.throws).api, 'zh-CN', 'en')).toBeNull();
    expect(await draftSupport(null, 'zh-CN', 'en')).toBeNull();
    const asked = vi.fn(async () => 'available' as const);
    const api: TranslatorApi = { availability: asked, create: () => Promise.reject(new Error('unused')) };
    expect(await draftSupport(api, 'en', 'en')).toBeNull();
    expect(asked).not.toHaveBeenCalled();
    const throwsAtOnce: TranslatorApi = {
      availability: () => {
        throw new TypeError('sync');
      },
      create: () => Promise.reject(new Error('unused')),
    };
    expect(await draftSupport(throwsAtOnce, 'zh-CN', 'en')).toBeNull();
  });

  it('asks with the API’s tags, and hides the button when availability never answers', async () => {
    const asked = vi.fn(() => new Promise<'available'>(() => {}));
    const api: TranslatorApi = { availability: asked, create: () => Promise.reject(new Error('unused')) };
    vi.useFakeTimers();
    const support = draftSupport(api, 'zh-TW', 'en', { timeoutMs: 5000 });
    expect(asked).toHaveBeenCalledWith({ sourceLanguage: 'zh-Hant', targetLanguage: 'en' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(await support).toBeNull();
  });
});

describe('startDraftSession: a translator, made inside the click', () => {
  it('a model that is there needs no click, and translates', async () => {
    const { session, control } = await readySession();
    expect(control.createCalls).toBe(1);
    expect(await session.translate('我们的孩子走失了。')).toBe('[EN] Our child went missing.');
    expect(await session.translate('他穿着红色外套。')).toBe('[EN] 他穿着红色外套。');
  });

  it('a download inside a click: progress 0, 0.5, 1 in order, then a session', async () => {
    vi.useFakeTimers();
    const { api, control } = fakeTranslator(FAKE_TRANSLATOR_MODES.downloadable);
    const progress: number[] = [];
    const started = control.gesture(() =>
      startDraftSession(api, { ...zhToEn, onProgress: (loaded) => progress.push(loaded), timeoutMs: 120_000 }),
    );
    await vi.advanceTimersByTimeAsync(200);
    const result = await started;
    expect(result.ok).toBe(true);
    expect(progress).toEqual([0, 0.5, 1]);
    expect(await draftSupport(api, 'zh-CN', 'en')).toBe('available');
  });

  it('the fake’s stepped download (for end-to-end tests) goes on only when told, a step at a time', async () => {
    vi.useFakeTimers();
    const { api, control } = fakeTranslator({ ...FAKE_TRANSLATOR_MODES.downloadable, stepped: true });
    const progress: number[] = [];
    let settled = false;
    const started = control.gesture(() =>
      startDraftSession(api, { ...zhToEn, onProgress: (loaded) => progress.push(loaded), timeoutMs: 120_000 }),
    );
    void started.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(progress).toEqual([0]);
    expect(control.advance()).toBe(true);
    expect(progress).toEqual([0, 0.5]);
    expect(control.advance()).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(progress).toEqual([0, 0.5, 1]);
    expect(settled).toBe(false);
    expect(control.advance()).toBe(true);
    expect((await started).ok).toBe(true);
    expect(control.advance()).toBe(false);
  });

  it('a download outside a click, or after an await inside one, is refused: needs-click', async () => {
    const { api, control } = fakeTranslator(FAKE_TRANSLATOR_MODES.downloadable);
    expect(await startDraftSession(api, zhToEn)).toEqual({ ok: false, problem: 'needs-click' });
    // The gesture is gone by the time an awaited call runs: this is why create() is called synchronously.
    const late = control.gesture(async () => {
      await draftSupport(api, 'zh-CN', 'en');
      return startDraftSession(api, zhToEn);
    });
    expect(await late).toEqual({ ok: false, problem: 'needs-click' });
    expect(control.createCalls).toBe(2);
  });

  it('cancel during the download: cancelled at once, no session, no progress after, the late translator destroyed', async () => {
    vi.useFakeTimers();
    const { api, control } = fakeTranslator({ ...FAKE_TRANSLATOR_MODES.downloadable, tickMs: 1000 });
    const cancel = new AbortController();
    const progress: number[] = [];
    const started = control.gesture(() =>
      startDraftSession(api, { ...zhToEn, signal: cancel.signal, onProgress: (p) => progress.push(p) }),
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(progress).toEqual([0]);
    cancel.abort();
    expect(await started).toEqual({ ok: false, problem: 'cancelled' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(progress).toEqual([0]);
    expect(control.destroyed).toBe(control.created);
  });

  it('a translator that arrives after a timeout is destroyed, and its create() was told to stop', async () => {
    vi.useFakeTimers();
    let arrive: (value: TranslatorInstance) => void = () => {};
    let createSignal: AbortSignal | undefined;
    const api: TranslatorApi = {
      availability: async () => 'downloadable',
      create: (options) => {
        createSignal = options.signal;
        return new Promise((resolve) => (arrive = resolve));
      },
    };
    const started = startDraftSession(api, { ...zhToEn, timeoutMs: 1500 });
    await vi.advanceTimersByTimeAsync(1500);
    expect(await started).toEqual({ ok: false, problem: 'timeout' });
    expect(createSignal?.aborted).toBe(true);
    const destroy = vi.fn();
    arrive({ translate: async (text) => text, destroy });
    await vi.advanceTimersByTimeAsync(0);
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('a create() that never answers (and ignores its signal): timeout, or cancelled', async () => {
    vi.useFakeTimers();
    const { api, control } = fakeTranslator(FAKE_TRANSLATOR_MODES.hangs);
    const progress: number[] = [];
    const timed = control.gesture(() => startDraftSession(api, { ...zhToEn, timeoutMs: 120_000, onProgress: (p) => progress.push(p) }));
    await vi.advanceTimersByTimeAsync(119_999);
    let answered = false;
    void timed.then(() => (answered = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await timed).toEqual({ ok: false, problem: 'timeout' });
    expect(progress).toEqual([0]);

    const cancel = new AbortController();
    const cancelled = control.gesture(() => startDraftSession(api, { ...zhToEn, signal: cancel.signal }));
    await vi.advanceTimersByTimeAsync(60_000);
    cancel.abort();
    expect(await cancelled).toEqual({ ok: false, problem: 'cancelled' });
  });

  it('a network failure during the download: download-failed, after the progress it made', async () => {
    vi.useFakeTimers();
    const { api, control } = fakeTranslator(FAKE_TRANSLATOR_MODES['download-fails']);
    const progress: number[] = [];
    const started = control.gesture(() => startDraftSession(api, { ...zhToEn, onProgress: (p) => progress.push(p) }));
    await vi.advanceTimersByTimeAsync(200);
    expect(await started).toEqual({ ok: false, problem: 'download-failed' });
    expect(progress).toEqual([0, 0.5]);
  });

  it('maps every other failure: unsupported pair, same language, already cancelled, a throw, an unknown rejection', async () => {
    expect(await startDraftSession(fakeTranslator(FAKE_TRANSLATOR_MODES.unavailable).api, zhToEn)).toEqual({
      ok: false,
      problem: 'unavailable',
    });
    const { api, control } = fakeTranslator(FAKE_TRANSLATOR_MODES.available);
    expect(await startDraftSession(api, { source: 'en', target: 'en' })).toEqual({ ok: false, problem: 'unavailable' });
    expect(await startDraftSession(api, { ...zhToEn, signal: AbortSignal.abort() })).toEqual({ ok: false, problem: 'cancelled' });
    expect(control.createCalls).toBe(0);
    const throwing: TranslatorApi = {
      availability: async () => 'available',
      create: () => {
        throw new Error('sync');
      },
    };
    expect(await startDraftSession(throwing, zhToEn)).toEqual({ ok: false, problem: 'failed' });
    const rejecting: TranslatorApi = { availability: async () => 'available', create: () => Promise.reject(new Error('odd')) };
    expect(await startDraftSession(rejecting, zhToEn)).toEqual({ ok: false, problem: 'failed' });
  });

  it('a progress display that throws does not stop the download', async () => {
    vi.useFakeTimers();
    const { api, control } = fakeTranslator(FAKE_TRANSLATOR_MODES.downloadable);
    const started = control.gesture(() =>
      startDraftSession(api, {
        ...zhToEn,
        onProgress: () => {
          throw new Error('display');
        },
      }),
    );
    await vi.advanceTimersByTimeAsync(200);
    expect((await started).ok).toBe(true);
  });
});

describe('draftPart: one answer part', () => {
  it('translates line by line: line breaks and blank lines kept exactly, blank lines not sent', async () => {
    const { session, control } = await readySession();
    const text = '我们的孩子走失了。\r\n\n  请帮我们找到他。\n\n谢谢你。\n';
    expect(await draftPart(session, text)).toEqual({
      ok: true,
      text: '[EN] Our child went missing.\r\n\n  [EN] Please help us find him.\n\n[EN] Thank you.\n',
    });
    expect(control.translated).toEqual(['我们的孩子走失了。', '请帮我们找到他。', '谢谢你。']);
    expect(await draftPart(session, '')).toEqual({ ok: true, text: '' });
  });

  it('a three-paragraph Chinese part over the quota comes back as three paragraphs, in order', async () => {
    const { session, control } = await readySession(FAKE_TRANSLATOR_MODES.quota);
    const paragraphs = [
      '我们的孩子走失了。他今年五岁。那天下午他在小区门口玩，穿着红色外套和蓝色裤子。',
      '请帮我们找到他。他说话有一点口音，左手有一块小胎记。',
      '如果你见过他，请联系我们或者告诉警方。谢谢你。',
    ];
    const result = await draftPart(session, paragraphs.join('\n\n'));
    expect(result.ok).toBe(true);
    const out = result.ok ? result.text.split('\n\n') : [];
    expect(out).toHaveLength(3);
    // Sentences go together while they fit (the first two: 15 code points), a long one by clause.
    expect(out).toEqual([
      '[EN] 我们的孩子走失了。他今年五岁。 [EN] 那天下午他在小区门口玩， [EN] 穿着红色外套和蓝色裤子。',
      '[EN] Please help us find him. [EN] 他说话有一点口音，左手有一块小胎记。',
      '[EN] 如果你见过他，请联系我们或者告诉警方。 [EN] Thank you.',
    ]);
    // Every text sent fits the quota; together they are the paragraphs, in order, without a character lost.
    expect(control.translated.every((t) => codePoints(t) <= 20)).toBe(true);
    expect(control.translated.join('')).toBe(paragraphs.join(''));
  });

  it('without measureInputUsage, a quota error splits the text the same way', async () => {
    const { session, control } = await readySession(FAKE_TRANSLATOR_MODES['quota-unmeasured']);
    const text = '那天下午他在小区门口玩，穿着红色外套和蓝色裤子。请帮我们找到他。';
    const result = await draftPart(session, text);
    expect(result).toEqual({ ok: true, text: '[EN] 那天下午他在小区门口玩， [EN] 穿着红色外套和蓝色裤子。 [EN] Please help us find him.' });
    expect(control.translated[0]).toBe(text); // refused, then split
    expect(control.measured).toEqual([]);
  });

  it('an emoji, a flag and a very long word survive splitting: cut only between graphemes', async () => {
    const { session, control } = await readySession({ ...FAKE_TRANSLATOR_MODES.quota, inputQuota: 12 });
    const family = '👨‍👩‍👧‍👦';
    const word = 'Huangshangongfulandongwenhua'.repeat(3);
    const text = `寻找${family}🇨🇳孩子👧🏽，${word}！`;
    const result = await draftPart(session, text);
    expect(result.ok).toBe(true);
    expect(control.translated.every((t) => t.isWellFormed() && codePoints(t) <= 12)).toBe(true);
    expect(control.translated.join('')).toBe(text);
    // Each grapheme of the text lies whole inside one of the texts sent.
    const sent = control.translated.flatMap((t) => graphemes(t));
    expect(sent).toEqual(graphemes(text));
    expect(control.translated.some((t) => t.includes(family))).toBe(true);
    expect(result.ok && result.text.includes(family) && result.text.includes('🇨🇳') && result.text.includes('👧🏽')).toBe(true);
  });

  it('a single grapheme over the quota: too-long', async () => {
    const { session } = await readySession({ ...FAKE_TRANSLATOR_MODES.quota, inputQuota: 1 });
    expect(await draftPart(session, '好')).toEqual({ ok: true, text: '[EN] 好' });
    expect(await draftPart(session, '好👍🏽')).toEqual({ ok: false, problem: 'too-long' });
    const unmeasured = await readySession({ ...FAKE_TRANSLATOR_MODES['quota-unmeasured'], inputQuota: 1 });
    expect(await draftPart(unmeasured.session, '👍🏽')).toEqual({ ok: false, problem: 'too-long' });
  });

  it('English into Chinese: split sentences keep the text’s own spaces, and numbers and addresses are not cut', async () => {
    const { session, control } = await readySession({ ...FAKE_TRANSLATOR_MODES.quota, inputQuota: 30 }, { source: 'en', target: 'zh-CN' });
    const result = await draftPart(session, 'Our child went missing. He is 3.5 ft, see weibo.com/x.');
    expect(result).toEqual({ ok: true, text: '[ZH] 我们的孩子走失了。 [ZH] He is 3.5 ft, see weibo.com/x.' });
    expect(control.translated).toEqual(['Our child went missing.', 'He is 3.5 ft, see weibo.com/x.']);
  });

  it('a call that never answers: timeout, each call on its own clock; or cancelled', async () => {
    vi.useFakeTimers();
    const { session } = await readySession(FAKE_TRANSLATOR_MODES['translate-hangs']);
    const timed = draftPart(session, '我们的孩子走失了。', { timeoutMs: 30_000 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await timed).toEqual({ ok: false, problem: 'timeout' });

    const cancel = new AbortController();
    const cancelled = draftPart(session, '我们的孩子走失了。', { signal: cancel.signal });
    await vi.advanceTimersByTimeAsync(1000);
    cancel.abort();
    expect(await cancelled).toEqual({ ok: false, problem: 'cancelled' });
    expect(await draftPart(session, '谢谢你。', { signal: AbortSignal.abort() })).toEqual({ ok: false, problem: 'cancelled' });
  });

  it('a refused output, a destroyed translator, a thrown error: failed', async () => {
    const { session } = await readySession(FAKE_TRANSLATOR_MODES['translate-fails']);
    expect(await draftPart(session, '谢谢你。')).toEqual({ ok: false, problem: 'failed' });
    const ready = await readySession();
    ready.session.destroy();
    ready.session.destroy();
    expect(ready.control.destroyed).toBe(1);
    expect(await draftPart(ready.session, '谢谢你。')).toEqual({ ok: false, problem: 'failed' });
    const throwing: DraftSession = {
      ...ready.session,
      inputQuota: Infinity,
      translate: () => {
        throw new Error('sync');
      },
    };
    expect(await draftPart(throwing, '谢谢你。')).toEqual({ ok: false, problem: 'failed' });
  });

  it('sends the text to the translator and nowhere else', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const { session, control } = await readySession(FAKE_TRANSLATOR_MODES.quota);
    await draftPart(session, '我们的孩子走失了。他今年五岁。那天下午他在小区门口玩。');
    expect(fetch).not.toHaveBeenCalled();
    expect(control.translated.length).toBeGreaterThan(1);
  });
});

describe('draftParts: many parts, one after another', () => {
  let onPart: ReturnType<typeof vi.fn<(index: number, text: string) => void>>;
  beforeEach(() => {
    onPart = vi.fn<(index: number, text: string) => void>();
  });

  it('gives each part as it is done, in order', async () => {
    const { session } = await readySession();
    const result = await draftParts(session, ['我们的孩子走失了。', '', '谢谢你。'], { onPart });
    expect(result).toEqual({ ok: true, texts: ['[EN] Our child went missing.', '', '[EN] Thank you.'] });
    expect(onPart.mock.calls).toEqual([
      [0, '[EN] Our child went missing.'],
      [1, ''],
      [2, '[EN] Thank you.'],
    ]);
  });

  it('stops at the first problem and says which part; the parts before it are kept', async () => {
    const { session, control } = await readySession({ ...FAKE_TRANSLATOR_MODES.quota, inputQuota: 1 });
    const result = await draftParts(session, ['好', '👍🏽', '不'], { onPart });
    expect(result).toEqual({ ok: false, problem: 'too-long', index: 1, done: ['[EN] 好'] });
    expect(onPart.mock.calls).toEqual([[0, '[EN] 好']]);
    expect(control.translated).not.toContain('不');
  });

  it('stops on cancel', async () => {
    const { session } = await readySession();
    const cancel = new AbortController();
    onPart.mockImplementation(() => cancel.abort());
    const result = await draftParts(session, ['谢谢你。', '我们的孩子走失了。'], { onPart, signal: cancel.signal });
    expect(result).toEqual({ ok: false, problem: 'cancelled', index: 1, done: ['[EN] Thank you.'] });
  });
});
