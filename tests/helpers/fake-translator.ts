import { translatorApi, type TranslatorApi } from '@/lib/translate/translator';

/*
 * A fake of the browser's built-in Translator API (the global `Translator`), for unit tests and for the
 * panel page in Playwright. Its output is recognisably machine output: a marker for the target language
 * ("[EN] ", "[ZH] ", "[ZH-HANT] ") before the text, which is the text itself except for a few whole sentences
 * in its dictionary (`control.dictionary`: Simplified Chinese ↔ English), which it translates:
 *
 *   translate('我们的孩子走失了。')  → '[EN] Our child went missing.'
 *   translate('他穿着红色外套。')    → '[EN] 他穿着红色外套。'
 *
 * In a Playwright page (before the panel loads; the function is sent as its source, so it uses nothing
 * from outside itself):
 *
 *   await page.addInitScript(installFakeTranslator, FAKE_TRANSLATOR_MODES.downloadable);
 *   await page.goto(panelUrl);
 *   // what it was asked to translate, how many translators it made:
 *   await page.evaluate(() => (globalThis as { __fakeTranslator?: { translated: string[] } }).__fakeTranslator?.translated);
 *
 * In a unit test: `const { api, control } = fakeTranslator(FAKE_TRANSLATOR_MODES.downloadable)`, and
 * `control.gesture(() => startDraftSession(api, …))` for a click.
 */

export interface FakeTranslatorConfig {
  /** What availability() answers; 'throws' rejects. A successful create() makes 'downloadable' 'available'. */
  availability: 'available' | 'downloadable' | 'downloading' | 'unavailable' | 'throws';
  /**
   * What create() does: 'ok'; 'hangs' (never settles and ignores its signal, as the real one does on a machine
   * that cannot download the model); 'network-error' (progress up to the middle, then a NetworkError).
   * With availability 'unavailable' it rejects with a NotSupportedError.
   */
  create?: 'ok' | 'hangs' | 'network-error';
  /** What translate() does: 'ok'; 'hangs' (never settles, ignores its signal); 'fails' (a NotReadableError). */
  translate?: 'ok' | 'hangs' | 'fails';
  /** Whether create() needs a user gesture (NotAllowedError without); default: when a download is needed. */
  needsGesture?: boolean;
  /**
   * How the gesture is read: 'auto' uses `navigator.userActivation.isActive` where the scope has it (a real
   * page, where Playwright's click gives one), else the flag `control.gesture()` sets; 'flag' always the flag.
   */
  gestureFrom?: 'auto' | 'flag';
  /** The download's progress events, one per tick (default [0, 0.5, 1]). */
  progress?: number[];
  /** Milliseconds between progress events (default 20). */
  tickMs?: number;
  /**
   * The download goes on only when the test says: the first progress event comes at once, each next one (and
   * then the translator) at a call of `control.advance()`, so a test sees every step drawn, however busy the
   * machine is.
   */
  stepped?: boolean;
  /** inputQuota, counted in code points (default Infinity); translate() rejects a longer text with a QuotaExceededError. */
  inputQuota?: number;
  /** Whether the translator has measureInputUsage (default true); false makes a caller learn the quota from the error. */
  measure?: boolean;
}

/** What a test can see and do; on the scope as `__fakeTranslator`. */
export interface FakeTranslatorControl {
  /** Runs `fn` as inside a click: the gesture flag is set only while `fn` runs synchronously. */
  gesture<T>(fn: () => T): T;
  /** Every text given to translate(), in order (also the ones refused for quota). */
  translated: string[];
  /** Every text given to measureInputUsage(). */
  measured: string[];
  /** The few whole sentences (trimmed) the fake really translates, Simplified Chinese → English (and back). */
  dictionary: Readonly<Record<string, string>>;
  /** How many times create() was called, how many translators it made, how many were destroyed. */
  createCalls: number;
  created: number;
  destroyed: number;
  /** With `stepped`: the download's next step (a progress event, or the translator); false when none waits. */
  advance(): boolean;
}

/**
 * Puts a fake `Translator` on `scope` (globalThis by default). Self-contained: Playwright sends its source to
 * the page (`page.addInitScript(installFakeTranslator, config)`), so it must not use anything from outside.
 */
export function installFakeTranslator(config: FakeTranslatorConfig, scope: object = globalThis): FakeTranslatorControl {
  const dictionary: Record<string, string> = {
    寻人启事: 'Missing person notice',
    '我们的孩子走失了。': 'Our child went missing.',
    '请帮我们找到他。': 'Please help us find him.',
    '他今年五岁。': 'He is five years old.',
    '谢谢你。': 'Thank you.',
  };
  const languages = ['zh', 'zh-Hant', 'en'];
  const quota = config.inputQuota ?? Infinity;
  const usage = (text: string) => Array.from(text).length;
  let gestureFlag = false;
  let state = config.availability;

  const control: FakeTranslatorControl = {
    gesture(fn) {
      gestureFlag = true;
      try {
        return fn();
      } finally {
        gestureFlag = false;
      }
    },
    translated: [],
    measured: [],
    dictionary,
    createCalls: 0,
    created: 0,
    destroyed: 0,
    advance: () => false,
  };

  const hasGesture = () => {
    const activation = (scope as { navigator?: { userActivation?: { isActive?: unknown } } }).navigator?.userActivation;
    if (config.gestureFrom !== 'flag' && typeof activation?.isActive === 'boolean') return activation.isActive;
    return gestureFlag;
  };
  const never = () => new Promise<never>(() => {});
  const aborted = (signal: AbortSignal | undefined): unknown =>
    signal?.aborted ? (signal.reason ?? new DOMException('The operation was aborted.', 'AbortError')) : undefined;

  const translateText = (text: string, target: string) => {
    const marker = `[${target.toUpperCase()}] `;
    if (target === 'en') return marker + (dictionary[text.trim()] ?? text);
    const reverse = Object.keys(dictionary).find((zh) => dictionary[zh] === text.trim());
    return marker + (reverse ?? text);
  };

  const makeTranslator = (sourceLanguage: string, targetLanguage: string) => {
    let destroyed = false;
    const gone = () => new DOMException('The translator has been destroyed.', 'InvalidStateError');
    const translator = {
      sourceLanguage,
      targetLanguage,
      inputQuota: quota,
      translate(text: string, options?: { signal?: AbortSignal }): Promise<string> {
        control.translated.push(text);
        if (config.translate === 'hangs') return never();
        if (destroyed) return Promise.reject(gone());
        const reason = aborted(options?.signal);
        if (reason !== undefined) return Promise.reject(reason);
        if (config.translate === 'fails') return Promise.reject(new DOMException('The output was filtered.', 'NotReadableError'));
        if (usage(text) > quota) return Promise.reject(new DOMException('The input is too large.', 'QuotaExceededError'));
        return Promise.resolve(translateText(text, targetLanguage));
      },
      destroy() {
        if (!destroyed) control.destroyed++;
        destroyed = true;
      },
    };
    if (config.measure === false) return translator;
    return Object.assign(translator, {
      measureInputUsage(text: string, options?: { signal?: AbortSignal }): Promise<number> {
        control.measured.push(text);
        if (destroyed) return Promise.reject(gone());
        const reason = aborted(options?.signal);
        return reason !== undefined ? Promise.reject(reason) : Promise.resolve(usage(text));
      },
    });
  };

  const Translator = {
    availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string> {
      if (state === 'throws') return Promise.reject(new TypeError('availability failed'));
      const known = languages.includes(options.sourceLanguage) && languages.includes(options.targetLanguage);
      return Promise.resolve(known && options.sourceLanguage !== options.targetLanguage ? state : 'unavailable');
    },
    create(options: {
      sourceLanguage: string;
      targetLanguage: string;
      signal?: AbortSignal;
      monitor?: (m: { addEventListener(type: string, listener: (event: { loaded: number }) => void): void }) => void;
    }): Promise<ReturnType<typeof makeTranslator>> {
      control.createCalls++;
      // As the real API: the gesture is read now, synchronously, not after an await.
      const gesture = hasGesture();
      const download = state === 'downloadable' || state === 'downloading';
      if (state === 'unavailable' || state === 'throws')
        return Promise.reject(new DOMException('Unsupported languages.', 'NotSupportedError'));
      if ((config.needsGesture ?? download) && !gesture) {
        return Promise.reject(new DOMException('Requires a user gesture when availability is "downloadable".', 'NotAllowedError'));
      }
      const early = aborted(options.signal);
      if (early !== undefined) return Promise.reject(early);
      const listeners: ((event: { loaded: number }) => void)[] = [];
      options.monitor?.({
        addEventListener(type, listener) {
          if (type === 'downloadprogress') listeners.push(listener);
        },
      });
      if (config.create === 'hangs') {
        setTimeout(() => listeners.forEach((listener) => listener({ loaded: 0 })), 0);
        return never();
      }
      const steps = download ? (config.progress ?? [0, 0.5, 1]) : [];
      const failAt = config.create === 'network-error' ? Math.max(1, Math.ceil(steps.length / 2)) : -1;
      const tickMs = config.tickMs ?? 20;
      return new Promise((resolve, reject) => {
        let step = 0;
        let timer: ReturnType<typeof setTimeout> | undefined;
        options.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(aborted(options.signal));
        });
        const tick = () => {
          if (options.signal?.aborted) return;
          if (step === failAt || (failAt >= 0 && step >= steps.length)) {
            reject(new DOMException('A network error occurred while downloading the model.', 'NetworkError'));
            return;
          }
          if (step < steps.length) {
            const loaded = steps[step++] ?? 0;
            for (const listener of listeners) listener({ loaded });
            if (!config.stepped) timer = setTimeout(tick, tickMs);
            else
              control.advance = () => {
                control.advance = () => false;
                tick();
                return true;
              };
            return;
          }
          control.created++;
          state = 'available';
          resolve(makeTranslator(options.sourceLanguage, options.targetLanguage));
        };
        if (steps.length === 0 && failAt < 0) tick();
        else timer = setTimeout(tick, 0);
      });
    },
  };

  Object.defineProperty(scope, 'Translator', { value: Translator, configurable: true, writable: true });
  Object.defineProperty(scope, '__fakeTranslator', { value: control, configurable: true, writable: true });
  return control;
}

/** The fake's modes, as configs for installFakeTranslator and fakeTranslator. */
export const FAKE_TRANSLATOR_MODES = {
  /** The model is there: create() needs no gesture; translations as above. */
  available: { availability: 'available' },
  /** The model must be downloaded: create() needs a gesture, then reports 0, 0.5, 1 a tick apart. */
  downloadable: { availability: 'downloadable' },
  /** The browser cannot translate the pair: availability 'unavailable', create() a NotSupportedError. */
  unavailable: { availability: 'unavailable' },
  /** availability() rejects. */
  throws: { availability: 'throws' },
  /** The download reports 0 and 0.5, then fails with a NetworkError. */
  'download-fails': { availability: 'downloadable', create: 'network-error' },
  /** create() never answers, whatever its signal says (this machine's real Chrome). */
  hangs: { availability: 'downloadable', create: 'hangs' },
  /** translate() never answers. */
  'translate-hangs': { availability: 'available', translate: 'hangs' },
  /** translate() refuses its output (NotReadableError). */
  'translate-fails': { availability: 'available', translate: 'fails' },
  /** A small inputQuota (20 code points) with measureInputUsage, so long text is split. */
  quota: { availability: 'available', inputQuota: 20 },
  /** The same quota without measureInputUsage: a long text gets a QuotaExceededError, and is split then. */
  'quota-unmeasured': { availability: 'available', inputQuota: 20, measure: false },
} as const satisfies Record<string, FakeTranslatorConfig>;

/** A fake on a scope of its own (no navigator: the gesture is control.gesture's flag), read through translatorApi. */
export function fakeTranslator(config: FakeTranslatorConfig): { api: TranslatorApi; control: FakeTranslatorControl; scope: object } {
  const scope = {};
  const control = installFakeTranslator(config, scope);
  const api = translatorApi(scope);
  if (!api) throw new Error('The fake Translator was not found on its scope');
  return { api, control, scope };
}
