import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { stateOf, translatableParts, translationOf, translationProgress, type TranslatablePart } from '@/lib/translate/story-translation';
import type { Story } from '@/lib/story/story';
import { useLibrary, useServices } from '../services';
import { MarkedText, UserText, useUiLanguage } from '../common/UserText';
import { storyWords, wordsIn, type Word } from '@/lib/translate/story-glossary';
import { PartWords, StoryWords } from './GlossaryWords';
import { writtenInChinese } from '@/lib/text/scripts';
import {
  DRAFT_DOWNLOAD_TIMEOUT_MS,
  DRAFT_READY_TIMEOUT_MS,
  draftParts,
  draftSupport,
  startDraftSession,
  translatorApi,
  type DraftProblem,
  type DraftSupport,
} from '@/lib/translate/translator';

/** The pinyin suggestions: loaded with `import()` when the view opens (pinyin-pro is large). */
type SuggestModule = typeof import('@/lib/translate/suggest');
function useSuggestModule(): SuggestModule | null {
  const [loaded, setLoaded] = useState<SuggestModule | null>(null);
  useEffect(() => {
    let live = true;
    import('@/lib/translate/suggest').then(
      (m) => live && setLoaded(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

/** The browser's own translator for this pair (Chrome 138+), or null: then no draft button is shown. */
function useDraftSupport(source: AppLanguage, target: AppLanguage): DraftSupport | null {
  const [support, setSupport] = useState<{ key: string; value: DraftSupport | null } | null>(null);
  const key = `${source}>${target}`;
  useEffect(() => {
    let live = true;
    void draftSupport(translatorApi(globalThis), source, target).then((value) => live && setSupport({ key, value }));
    return () => {
      live = false;
    };
  }, [key, source, target]);
  return support?.key === key ? support.value : null;
}

/** The language a helper most likely translates into: English from Chinese, Simplified Chinese from English. */
const defaultTarget = (language: AppLanguage): AppLanguage => (language === 'en' ? 'zh-CN' : 'en');

/**
 * The translate view (docs/translation.md): one answer part after another, the source always shown (muted)
 * above an editable translation, in the narrow panel. Each part is a draft until the helper ticks "Checked";
 * a part whose source the parent changed since says so until the helper looks again. Facts are not retyped:
 * dates, ages, heights, gender and the other choices are written in the target language from what the
 * parent entered, wherever posts and cards are made.
 */
export function TranslateView({ storyId }: { storyId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const story = useLibrary((s) => s.stories[storyId]);
  const [chosen, setChosen] = useState<AppLanguage | null>(null);
  const languageId = useId();
  const list = useRef<HTMLOListElement>(null);
  // The translation box the helper was last in ("Next part not checked" goes on from there).
  const lastPart = useRef<Element | null>(null);
  const suggest = useSuggestModule();
  const [drafting, setDrafting] = useState<{ controller: AbortController; progress: number | null } | null>(null);
  const [draftSaid, setDraftSaid] = useState('');
  const source = story?.language ?? 'zh-CN';
  const target = chosen && chosen !== source ? chosen : defaultTarget(story?.language ?? 'zh-CN');
  const support = useDraftSupport(source, target);
  if (!story) return null;
  const targets = APP_LANGUAGES.filter((l) => l !== story.language);
  const parts = translatableParts(story);
  const { checked, total } = translationProgress(story, target);
  // The appeals' words as this story's helpers write them, their own words, and the names they checked.
  const words = story.language === 'en' ? [] : storyWords(story, target);
  const library = services.library.getState();

  /**
   * Drafts every part not translated yet with the browser's translator (never one a person wrote or checked).
   * The translator is created inside this click: the browser asks for a click when it must download a model.
   */
  const draft = () => {
    const api = translatorApi(globalThis);
    if (!api || drafting) return;
    const controller = new AbortController();
    const finish = (problem: DraftProblem | null, count: number) => {
      setDrafting(null);
      setDraftSaid(problem ? t(`translate.draft.problem.${problem}`, { count }) : t('translate.draft.done', { count }));
    };
    const todo = parts.filter((p) => stateOf(story, target, p) === 'missing');
    setDraftSaid('');
    setDrafting({ controller, progress: null });
    const started = startDraftSession(api, {
      source: story.language,
      target,
      signal: controller.signal,
      // Longer when the browser must first download its model.
      timeoutMs: support === 'available' ? DRAFT_READY_TIMEOUT_MS : DRAFT_DOWNLOAD_TIMEOUT_MS,
      onProgress: (loaded) => setDrafting((d) => (d ? { ...d, progress: loaded } : d)),
    });
    void (async () => {
      const result = await started;
      if (!result.ok) return finish(result.problem, 0);
      const done = await draftParts(
        result.session,
        todo.map((p) => p.source),
        {
          signal: controller.signal,
          onPart: (i, text) => {
            const part = todo[i];
            if (part) library.setTranslation(story.id, target, part.questionId, part.partId, text, 'machine');
          },
        },
      );
      result.session.destroy();
      finish(done.ok ? null : done.problem, done.ok ? done.texts.length : done.done.length);
    })();
  };

  /** Focus the next part that is not checked, after the last one the helper was in (or from the top). */
  const nextUnchecked = () => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('li[data-state]') ?? [])];
    const from = items.findIndex((li) => li.contains(lastPart.current));
    const after = [...items.slice(from + 1), ...items.slice(0, from + 1)];
    after
      .find((li) => li.dataset.state !== 'checked')
      ?.querySelector('textarea')
      ?.focus();
  };

  return (
    <section className="translate" aria-labelledby="translate-heading">
      <h2 id="translate-heading" tabIndex={-1}>
        {t('translate.heading')}
      </h2>
      <p className="muted small">{t('translate.intro')}</p>
      <div className="translate-language">
        <label htmlFor={languageId}>{t('translate.into')}</label>{' '}
        <select id={languageId} value={target} onChange={(e) => setChosen(e.target.value as AppLanguage)}>
          {targets.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="translate-progress">
        {t('translate.progress', { checked, total })}
      </p>
      {total === 0 ? (
        <p className="muted">{t('translate.nothing')}</p>
      ) : (
        <>
          <button type="button" onClick={nextUnchecked} disabled={checked === total}>
            {t('translate.next')}
          </button>
          <p className="muted small">{t('translate.facts')}</p>
          {story.language !== 'en' && <StoryWords story={story} target={target} words={words} />}
          {support && (
            <div className="translate-draft part">
              {drafting ? (
                <>
                  <p role="status">
                    {drafting.progress !== null && drafting.progress < 1
                      ? t('translate.draft.downloading', { percent: Math.round(drafting.progress * 100) })
                      : t('translate.draft.working')}
                  </p>
                  <button type="button" onClick={() => drafting.controller.abort()}>
                    {t('translate.draft.cancel')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={draft} aria-describedby="translate-draft-why">
                  {t('translate.draft.button')}
                </button>
              )}
              <p id="translate-draft-why" className="muted small">
                {t('translate.draft.why')}
              </p>
            </div>
          )}
          {draftSaid && (
            <p role="status" className="notice">
              {draftSaid}
            </p>
          )}
          <ol
            className="translate-parts"
            ref={list}
            onFocus={(e) => {
              if (e.target instanceof HTMLTextAreaElement) lastPart.current = e.target;
            }}
          >
            {parts.map((part) => (
              <PartRow
                key={`${part.questionId}/${part.partId}`}
                story={story}
                part={part}
                target={target}
                suggest={suggest}
                words={words}
                onText={(text, by = 'person') => library.setTranslation(story.id, target, part.questionId, part.partId, text, by)}
                onChecked={(value) => library.setTranslationChecked(story.id, target, part.questionId, part.partId, value)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/**
 * The `lang` of a translation box, as every box of a person's words is marked: by the language it is written
 * in (Chinese; English, also when it keeps a name's or a place's Chinese original beside it in brackets,
 * "LI Xiaoyu (李小雨)"), the target language while it is empty; nothing when that is the screen's own language.
 */
function boxLanguage(text: string, target: AppLanguage, ui: AppLanguage): AppLanguage | undefined {
  const chinese: AppLanguage = target !== 'en' ? target : ui !== 'en' ? ui : 'zh-CN';
  const language = writtenInChinese(text) ? chinese : /[A-Za-z]{2,}/.test(text) ? 'en' : target;
  return language === ui ? undefined : language;
}

function PartRow({
  story,
  part,
  target,
  suggest,
  words,
  onText,
  onChecked,
}: {
  story: Story;
  part: TranslatablePart;
  target: AppLanguage;
  suggest: SuggestModule | null;
  words: readonly Word[];
  onText: (text: string, by?: 'person' | 'machine') => void;
  onChecked: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const boxId = useId();
  const sourceId = useId();
  const stateId = useId();
  const ui = useUiLanguage();
  const state = stateOf(story, target, part);
  const terms = wordsIn(part.source, words, `${part.questionId}/${part.partId}`);
  // Pinyin for a name and a place's own boxes (province, city, district); never for the spot, a description
  // to translate ("西乡菜市场门口的游乐场" in pinyin would read as a place name that does not exist).
  const pinyin = part.reads && part.input === 'text' && suggest ? suggest.suggestionsFor(part.reads, part.source, target) : null;
  // A helper's own writing of this very name or place (a correction kept in the story's words) comes first.
  const kept = part.reads
    ? words.find((w) => (w.origin === 'own' || w.origin === 'changed') && w.zh.includes(part.source.trim()))
    : undefined;
  const texts = [...new Set([...(kept ? [kept.text] : []), ...(pinyin?.texts ?? [])])];
  const suggestions = texts.length > 0 ? { texts } : null;
  const found = translationOf(story, target, part.questionId, part.partId);
  const label = `${t(`questions.${part.questionId}.label`)} · ${t(`questions.${part.questionId}.parts.${part.partId}`)}`;
  const badge = state === 'draft' && found?.by === 'machine' ? t('translate.state.machine') : t(`translate.state.${state}`);
  return (
    <li className={`translate-part state-${state}`} data-state={state}>
      <p className="translate-label small">
        <MarkedText text={label} />
      </p>
      <p id={sourceId} className="translate-source muted" lang={story.language}>
        <UserText text={part.source} story={story.language} />
      </p>
      <PartWords story={story} target={target} words={terms} />
      {suggestions && suggestions.texts.length > 0 && (
        <div className="translate-suggest small">
          <span>{t('translate.suggested')}</span>{' '}
          {suggestions.texts.map((text) => (
            <button key={text} type="button" className="link-button" onClick={() => onText(text)} aria-label={t('translate.use', { text })}>
              <UserText text={text} />
            </button>
          ))}
        </div>
      )}
      <label htmlFor={boxId}>{t('translate.box', { language: t(`language.${target}`) })}</label>
      <textarea
        id={boxId}
        // As every box of the person's words: marked by the language it is written in.
        lang={boxLanguage(found?.text ?? '', target, ui)}
        rows={part.input === 'longtext' ? 4 : 1}
        value={found?.text ?? ''}
        aria-describedby={`${sourceId} ${stateId}`}
        onChange={(e) => onText(e.target.value)}
      />
      <p id={stateId} className={`translate-state small state-${state}`}>
        {badge}
      </p>
      <label className="choice">
        <input type="checkbox" checked={state === 'checked'} disabled={state === 'missing'} onChange={(e) => onChecked(e.target.checked)} />{' '}
        {state === 'changed' ? t('translate.checkAgain') : t('translate.checked')}
      </label>
    </li>
  );
}
