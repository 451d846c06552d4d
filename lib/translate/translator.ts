import type { AppLanguage } from '@/lib/i18n/languages';
import { graphemes } from '@/lib/text/segments';

/*
 * The on-device draft translator (issue 14 §2, §4): the browser's built-in Translator API (Chrome 138+),
 * behind a small interface so that everything here is tested with a fake of the same shape
 * (tests/helpers/fake-translator.ts). The global `Translator` is never read at module level: callers pass
 * `translatorApi(globalThis)`. Text goes to the given API and nowhere else (no fetch, no server).
 * Nothing here throws: every failure comes back as a DraftProblem.
 */

/** What the global `Translator` says about a language pair. */
export type TranslatorAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
/** A pair a draft can be offered for: the model is there, or can be (or is being) downloaded. */
export type DraftSupport = Exclude<TranslatorAvailability, 'unavailable'>;

/** One `downloadprogress` event: `loaded` runs from 0 to 1. */
export interface DownloadProgressEvent {
  readonly loaded: number;
}
export interface TranslatorMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEvent) => void): void;
}
export interface TranslatorLanguages {
  sourceLanguage: string;
  targetLanguage: string;
}
export interface TranslatorCreateOptions extends TranslatorLanguages {
  monitor?: (monitor: TranslatorMonitor) => void;
  signal?: AbortSignal;
}
/** The part of a created translator Homeward uses. */
export interface TranslatorInstance {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  measureInputUsage?(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  readonly inputQuota?: number;
  destroy(): void;
}
/** The part of the global `Translator` Homeward uses. */
export interface TranslatorApi {
  availability(options: TranslatorLanguages): Promise<TranslatorAvailability>;
  /** Returns a promise at once (synchronously), so that a caller inside a click keeps the user gesture. */
  create(options: TranslatorCreateOptions): Promise<TranslatorInstance>;
}

/**
 * What went wrong, for the panel to say:
 * - `unavailable`: the browser cannot translate this pair (or the pair is the same language);
 * - `needs-click`: the model must be downloaded and the browser wants a click first (NotAllowedError);
 * - `download-failed`: the model download failed (network, disk);
 * - `timeout`: the browser did not answer in time (the download, or one translation);
 * - `cancelled`: the person cancelled;
 * - `failed`: anything else (the translator refused the output, was destroyed, an unknown error);
 * - `too-long`: a piece of text is over the translator's input quota even at a single character.
 */
export type DraftProblem = 'unavailable' | 'needs-click' | 'download-failed' | 'timeout' | 'cancelled' | 'failed' | 'too-long';

export type DraftResult<T> = ({ ok: true } & T) | { ok: false; problem: DraftProblem };

/** A translator ready to draft, for one language pair. */
export interface DraftSession {
  readonly source: AppLanguage;
  readonly target: AppLanguage;
  /** The translator's input quota; Infinity when it does not say. */
  readonly inputQuota: number;
  /** How much of the quota a text uses; null when the translator cannot say. Rejects as the API does. */
  measure(text: string, signal?: AbortSignal): Promise<number | null>;
  /** Rejects as the API does (draftPart maps its errors to DraftProblems). */
  translate(text: string, signal?: AbortSignal): Promise<string>;
  /** Frees the model. Safe to call twice; never throws. */
  destroy(): void;
}

/** A timeout per translate or measure call, when the caller gives none. */
export const DRAFT_CALL_TIMEOUT_MS = 60_000;
/** A suggested timeout for startDraftSession when the model has to be downloaded first. */
export const DRAFT_DOWNLOAD_TIMEOUT_MS = 120_000;
/** A suggested timeout for startDraftSession when the model is already there. */
export const DRAFT_READY_TIMEOUT_MS = 20_000;
/** How long draftSupport waits for `availability()` before it hides the button. */
export const DRAFT_SUPPORT_TIMEOUT_MS = 10_000;

/**
 * The language tag the Translator API takes (BCP 47; Chrome's list has `zh` for Simplified and `zh-Hant` for
 * Traditional Chinese).
 */
export function translatorLanguage(language: AppLanguage): string {
  switch (language) {
    case 'zh-CN':
      return 'zh';
    case 'zh-TW':
      return 'zh-Hant';
    case 'en':
      return 'en';
  }
}

const AVAILABILITIES: readonly string[] = ['unavailable', 'downloadable', 'downloading', 'available'];
const isAvailability = (value: unknown): value is TranslatorAvailability => typeof value === 'string' && AVAILABILITIES.includes(value);

const isObject = (value: unknown): value is Record<PropertyKey, unknown> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null;

function property(target: unknown, key: string): unknown {
  if (!isObject(target)) return undefined;
  try {
    return target[key];
  } catch {
    return undefined;
  }
}

/** A created translator, checked: the real one's methods are called on it (`this` kept). */
function asInstance(value: unknown): TranslatorInstance {
  const translate = property(value, 'translate');
  const destroy = property(value, 'destroy');
  const measure = property(value, 'measureInputUsage');
  if (typeof translate !== 'function' || typeof destroy !== 'function') throw new TypeError('Not a translator');
  return {
    async translate(input, options) {
      const out: unknown = await Reflect.apply(translate, value, [input, options]);
      if (typeof out !== 'string') throw new TypeError('The translator gave no text');
      return out;
    },
    ...(typeof measure === 'function'
      ? {
          async measureInputUsage(input: string, options?: { signal?: AbortSignal }) {
            const used: unknown = await Reflect.apply(measure, value, [input, options]);
            if (typeof used !== 'number' || Number.isNaN(used)) throw new TypeError('The translator gave no usage');
            return used;
          },
        }
      : {}),
    get inputQuota() {
      const quota = property(value, 'inputQuota');
      return typeof quota === 'number' && !Number.isNaN(quota) ? quota : undefined;
    },
    destroy: () => void Reflect.apply(destroy, value, []),
  };
}

/** The global Translator when the browser has one (pass globalThis), else null. Never throws. */
export function translatorApi(scope: unknown): TranslatorApi | null {
  const translator = property(scope, 'Translator');
  const availability = property(translator, 'availability');
  const create = property(translator, 'create');
  if (typeof availability !== 'function' || typeof create !== 'function') return null;
  return {
    async availability(options) {
      const answer: unknown = await Reflect.apply(availability, translator, [options]);
      return isAvailability(answer) ? answer : 'unavailable';
    },
    create(options) {
      // Called at once, inside the caller's click; only the answer is awaited.
      const created: unknown = Reflect.apply(create, translator, [options]);
      return Promise.resolve(created).then(asInstance);
    },
  };
}

/** Resolves with `fallback` after `ms` (never, without `ms`), and with the promise's value or `fallback` if it rejects. */
function within<T, F>(promise: Promise<T>, ms: number | undefined, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = ms === undefined ? undefined : setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/**
 * Whether a draft can be offered for this pair: 'available' | 'downloadable' | 'downloading' → offered;
 * 'unavailable', no API, the same language, a throw or no answer within `timeoutMs` → null (no button).
 */
export async function draftSupport(
  api: TranslatorApi | null,
  source: AppLanguage,
  target: AppLanguage,
  options: { timeoutMs?: number } = {},
): Promise<DraftSupport | null> {
  if (!api || source === target) return null;
  let asked: Promise<TranslatorAvailability>;
  try {
    asked = api.availability({ sourceLanguage: translatorLanguage(source), targetLanguage: translatorLanguage(target) });
  } catch {
    return null;
  }
  const answer = await within(asked, options.timeoutMs ?? DRAFT_SUPPORT_TIMEOUT_MS, 'unavailable' as const);
  return answer === 'unavailable' || !isAvailability(answer) ? null : answer;
}

const errorName = (error: unknown): string => {
  const name = property(error, 'name');
  return typeof name === 'string' ? name : '';
};

/** A failure of `create()`. `downloading`: a download had started (a progress event below 1 was seen). */
function createProblem(error: unknown, downloading: boolean): DraftProblem {
  switch (errorName(error)) {
    case 'NotAllowedError':
      return 'needs-click';
    case 'NotSupportedError':
      return 'unavailable';
    case 'NetworkError':
    case 'QuotaExceededError': // no room for the model
      return 'download-failed';
    case 'TimeoutError':
      return 'timeout';
    default:
      return downloading ? 'download-failed' : 'failed';
  }
}

/** A failure of `translate()` or `measureInputUsage()`; a quota error is handled by splitting, before this. */
function callProblem(error: unknown): DraftProblem {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return 'too-long';
    case 'TimeoutError':
      return 'timeout';
    case 'NotSupportedError':
      return 'unavailable';
    default:
      return 'failed';
  }
}

function session(instance: TranslatorInstance, source: AppLanguage, target: AppLanguage): DraftSession {
  let destroyed = false;
  return {
    source,
    target,
    get inputQuota() {
      const quota = instance.inputQuota;
      return typeof quota === 'number' && quota > 0 ? quota : Infinity;
    },
    async measure(text, signal) {
      if (!instance.measureInputUsage) return null;
      return instance.measureInputUsage(text, signal ? { signal } : undefined);
    },
    translate: (text, signal) => instance.translate(text, signal ? { signal } : undefined),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      try {
        instance.destroy();
      } catch {
        // Already gone: nothing to free.
      }
    },
  };
}

export interface StartOptions {
  source: AppLanguage;
  target: AppLanguage;
  /** 0..1 while a model downloads, never going back, never after the answer. */
  onProgress?: (loaded: number) => void;
  /** Cancels: the answer is 'cancelled' at once, whatever the browser does. */
  signal?: AbortSignal;
  /** No answer within this time → 'timeout' (the caller chooses, e.g. DRAFT_DOWNLOAD_TIMEOUT_MS). None: waits. */
  timeoutMs?: number;
}

/**
 * Creates a translator. Calls `api.create` synchronously (nothing is awaited before it): call this inside the
 * click, so the browser counts the user gesture a model download needs. A translator that arrives after a
 * cancel or a timeout is destroyed.
 */
export function startDraftSession(api: TranslatorApi, options: StartOptions): Promise<DraftResult<{ session: DraftSession }>> {
  const { source, target, signal, onProgress, timeoutMs } = options;
  const fail = (problem: DraftProblem) => Promise.resolve({ ok: false, problem } as const);
  if (signal?.aborted) return fail('cancelled');
  if (source === target) return fail('unavailable');

  const controller = new AbortController();
  let settled = false;
  let lastLoaded = -1;
  let downloading = false;
  const progress = (event: DownloadProgressEvent) => {
    if (settled) return;
    const raw = property(event, 'loaded');
    if (typeof raw !== 'number' || Number.isNaN(raw)) return;
    const loaded = Math.min(1, Math.max(0, raw));
    if (loaded < 1) downloading = true;
    if (loaded < lastLoaded) return;
    lastLoaded = loaded;
    try {
      onProgress?.(loaded);
    } catch {
      // The caller's display failing is not the translator failing.
    }
  };

  let created: Promise<TranslatorInstance>;
  try {
    created = api.create({
      sourceLanguage: translatorLanguage(source),
      targetLanguage: translatorLanguage(target),
      signal: controller.signal,
      monitor(monitor) {
        try {
          monitor.addEventListener('downloadprogress', progress);
        } catch {
          // No progress, then: the download still goes on.
        }
      },
    });
  } catch (error) {
    return fail(createProblem(error, false));
  }

  const work = created.then(
    (instance): DraftResult<{ session: DraftSession }> => ({ ok: true, session: session(instance, source, target) }),
    (error: unknown): DraftResult<{ session: DraftSession }> => ({ ok: false, problem: createProblem(error, downloading) }),
  );
  return settleOnce(work, controller, {
    signal,
    timeoutMs,
    cancelled: () => ({ ok: false, problem: 'cancelled' }),
    timedOut: () => ({ ok: false, problem: 'timeout' }),
    onSettled: () => (settled = true),
    // A translator that arrives after a cancel or a timeout is not used.
    late: (result) => result.ok && result.session.destroy(),
  });
}

/**
 * `work`'s result, or, if the caller cancels (`signal`) or the deadline passes first, what `cancelled` or
 * `timedOut` says; then `controller` is aborted with the reason, so the work stops too. Settles once:
 * `onSettled` runs as it does, and `late` gets a result that arrives after.
 */
function settleOnce<R>(
  work: Promise<R>,
  controller: AbortController,
  options: {
    signal: AbortSignal | undefined;
    timeoutMs: number | undefined;
    cancelled: (reason: unknown) => R;
    timedOut: (reason: DOMException) => R;
    onSettled?: () => void;
    late?: (result: R) => void;
  },
): Promise<R> {
  const { signal, timeoutMs } = options;
  return new Promise((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: R, abortReason?: unknown) => {
      if (settled) return;
      settled = true;
      options.onSettled?.();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (abortReason !== undefined) controller.abort(abortReason);
      resolve(result);
    };
    const onAbort = () => {
      const reason: unknown = signal?.reason ?? new DOMException('Cancelled', 'AbortError');
      finish(options.cancelled(reason), reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        const reason = new DOMException('Timed out', 'TimeoutError');
        finish(options.timedOut(reason), reason);
      }, timeoutMs);
    }
    work.then((result) => (settled ? options.late?.(result) : finish(result)));
  });
}

/** One translate or measure call with its own deadline and the caller's cancel. */
async function call<T>(
  run: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ ok: true; value: T } | { ok: false; problem: DraftProblem; error: unknown }> {
  if (signal?.aborted) return { ok: false, problem: 'cancelled', error: signal.reason };
  const controller = new AbortController();
  let running: Promise<T>;
  try {
    running = run(controller.signal);
  } catch (error) {
    running = Promise.reject(error);
  }
  const work = running.then(
    (value) => ({ ok: true, value }) as const,
    (error: unknown) => ({ ok: false, problem: callProblem(error), error }) as const,
  );
  return settleOnce<{ ok: true; value: T } | { ok: false; problem: DraftProblem; error: unknown }>(work, controller, {
    signal,
    timeoutMs,
    cancelled: (error) => ({ ok: false, problem: 'cancelled', error }),
    timedOut: (error) => ({ ok: false, problem: 'timeout', error }),
  });
}

/* Splitting. A line is never split across: paragraphs come back as they were. Within a line, a text over the
 * quota is cut into sentences, a sentence into clauses, a clause by length; each cut falls between graphemes
 * (Intl.Segmenter), so an emoji, a flag or 字 + a variation selector is never broken. */

type Level = 'sentence' | 'clause' | 'length';

/** Closing quotes and brackets that stay with the sentence or clause before them. */
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', ')', '）', ']', '】', '》', '〉']);
const FULL_STOPS = new Set(['。', '！', '？', '…', '｡']);
const HALF_STOPS = new Set(['!', '?', '.']);
const FULL_CLAUSES = new Set(['，', '；', '、', '：']);
const HALF_CLAUSES = new Set([',', ';', ':']);
const isSpace = (g: string | undefined) => g !== undefined && /^\s+$/u.test(g);

/** Cuts after each end mark (a run of marks, then its closers and spaces). ASCII marks only before a space or the end. */
function cutAfter(text: string, full: ReadonlySet<string>, half: ReadonlySet<string>): string[] {
  const gs = graphemes(text);
  const isMark = (g: string | undefined) => g !== undefined && (full.has(g) || half.has(g));
  const pieces: string[] = [];
  let piece = '';
  let closing = false;
  for (const [i, g] of gs.entries()) {
    if (closing) {
      if (CLOSERS.has(g) || isSpace(g)) {
        piece += g;
        continue;
      }
      pieces.push(piece);
      piece = '';
    }
    piece += g;
    const next = gs[i + 1];
    // "3.5", "weibo.com", "1,000" are not cut; "？！" and "..." are cut after their last mark, and after the
    // closing quotes and spaces that follow it.
    const ends = full.has(g) || (half.has(g) && (next === undefined || isSpace(next) || isMark(next)));
    closing = ends && !isMark(next);
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Two halves at a grapheme boundary, at a space near the middle when there is one. */
function halves(text: string): string[] {
  const gs = graphemes(text);
  if (gs.length < 2) return [text];
  const middle = Math.floor(gs.length / 2);
  let cut = middle;
  for (let d = 0; d < Math.ceil(gs.length / 4); d++) {
    if (isSpace(gs[middle + d - 1])) {
      cut = middle + d;
      break;
    }
    if (middle - d - 1 > 0 && isSpace(gs[middle - d - 1])) {
      cut = middle - d;
      break;
    }
  }
  return [gs.slice(0, cut).join(''), gs.slice(cut).join('')];
}

function split(text: string, level: Level): string[] {
  if (level === 'sentence') return cutAfter(text, FULL_STOPS, HALF_STOPS);
  if (level === 'clause') return cutAfter(text, FULL_CLAUSES, HALF_CLAUSES);
  return halves(text);
}

const NEXT_LEVEL: Record<Level, Level> = { sentence: 'clause', clause: 'length', length: 'length' };

/** Target languages written without spaces between sentences. */
const joinsWithoutSpace = (language: AppLanguage) => language !== 'en';

export interface DraftPartOptions {
  signal?: AbortSignal;
  /** For each translate or measure call (default DRAFT_CALL_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * Translates one answer part, line by line (line breaks are kept exactly; blank lines are not sent). A line
 * over the translator's inputQuota (measured, or refused with a QuotaExceededError) is split by sentence
 * (。！？!?. and …), a sentence by clause (，,；;、：), a clause by length, and the translations are joined
 * (with a space for English). Each call has its own timeout.
 */
export async function draftPart(
  session: DraftSession,
  text: string,
  options: DraftPartOptions = {},
): Promise<DraftResult<{ text: string }>> {
  const { signal } = options;
  const timeoutMs = options.timeoutMs ?? DRAFT_CALL_TIMEOUT_MS;
  const joiner = joinsWithoutSpace(session.target) ? '' : ' ';

  type Out = { ok: true; text: string } | { ok: false; problem: DraftProblem };

  /** Whether the text is within the quota; `null`: cannot tell (translate and see). */
  const fits = async (piece: string): Promise<{ ok: true; fits: boolean | null } | { ok: false; problem: DraftProblem }> => {
    if (session.inputQuota === Infinity) return { ok: true, fits: null };
    const measured = await call((s) => session.measure(piece, s), signal, timeoutMs);
    if (!measured.ok) return measured.problem === 'too-long' ? { ok: true, fits: false } : measured;
    return { ok: true, fits: measured.value === null ? null : measured.value <= session.inputQuota };
  };

  /**
   * Splits a piece at `level` (or deeper, when that does not cut it), translates each and joins them. With
   * `group`, neighbouring pieces go together while the translator measures them within its quota, so a long
   * line is not sent a sentence at a time; without it (the translator refused what it had measured as fitting)
   * each piece goes alone.
   */
  const translateSplit = async (core: string, level: Level, group: boolean): Promise<Out> => {
    let at = level;
    let pieces = split(core, at);
    while (pieces.length < 2 && at !== 'length') {
      at = NEXT_LEVEL[at];
      pieces = split(core, at);
    }
    if (pieces.length < 2) return { ok: false, problem: 'too-long' };
    const out: string[] = [];
    let current: string[] = [];
    const flush = async (): Promise<Out | null> => {
      if (current.length === 0) return null;
      const several = current.length > 1;
      // Several pieces were measured together as fitting; one piece alone has not been measured yet.
      const done = await translatePiece(current.join(''), several ? at : NEXT_LEVEL[at], several);
      current = [];
      if (!done.ok) return done;
      out.push(done.text);
      return null;
    };
    for (const piece of pieces) {
      if (current.length > 0) {
        const together = group ? await fits(current.join('') + piece) : { ok: true as const, fits: false };
        if (!together.ok) return together;
        if (together.fits !== true) {
          const failed = await flush();
          if (failed) return failed;
        }
      }
      current.push(piece);
    }
    const failed = await flush();
    if (failed) return failed;
    const joint = at === 'length' ? '' : joiner;
    return {
      ok: true,
      text: out.reduce((all, next) => (!all || /\s$/u.test(all) || /^\s/u.test(next) ? all + next : all + joint + next), ''),
    };
  };

  /** Translates a piece (its spaces kept around the translation), splitting it when it is over the quota. */
  const translatePiece = async (piece: string, level: Level, measured = false): Promise<Out> => {
    const match = /^(\s*)([\s\S]*?)(\s*)$/u.exec(piece);
    const [lead, core, trail] = [match?.[1] ?? '', match?.[2] ?? piece, match?.[3] ?? ''];
    if (!core) return { ok: true, text: piece };
    const around = (inner: Out): Out => (inner.ok ? { ok: true, text: lead + inner.text + trail } : inner);
    if (!measured) {
      const check = await fits(core);
      if (!check.ok) return check;
      if (check.fits === false) return around(await translateSplit(core, level, true));
    }
    const done = await call((s) => session.translate(core, s), signal, timeoutMs);
    if (done.ok) return around({ ok: true, text: done.value });
    if (errorName(done.error) !== 'QuotaExceededError') return { ok: false, problem: done.problem };
    return around(await translateSplit(core, level, false));
  };

  try {
    if (signal?.aborted) return { ok: false, problem: 'cancelled' };
    // Line breaks (\r\n, \n, \r, U+2028/9) are kept as they were; each line is translated on its own.
    const lines = text.split(/(\r\n|[\n\r\u2028\u2029])/u);
    let result = '';
    for (const [i, line] of lines.entries()) {
      if (i % 2 === 1) {
        result += line;
        continue;
      }
      const done = await translatePiece(line, 'sentence');
      if (!done.ok) return done;
      result += done.text;
    }
    return { ok: true, text: result };
  } catch {
    return { ok: false, problem: 'failed' };
  }
}

export interface DraftPartsOptions extends DraftPartOptions {
  /** Called as each part is done, in order. */
  onPart?: (index: number, text: string) => void;
}

/**
 * Drafts parts one after another. Stops at the first problem (or a cancel) and says at which part; the parts
 * done before it are in `done` (and were given to onPart).
 */
export async function draftParts(
  session: DraftSession,
  parts: readonly string[],
  options: DraftPartsOptions = {},
): Promise<{ ok: true; texts: string[] } | { ok: false; problem: DraftProblem; index: number; done: string[] }> {
  const done: string[] = [];
  for (const [index, part] of parts.entries()) {
    const result = await draftPart(session, part, options);
    if (!result.ok) return { ok: false, problem: result.problem, index, done };
    done.push(result.text);
    try {
      options.onPart?.(index, result.text);
    } catch {
      // The caller's display failing does not stop the drafts.
    }
  }
  return { ok: true, texts: done };
}
