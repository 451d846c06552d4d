import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_LANGUAGES, type AppLanguage } from '@/lib/i18n/languages';
import { stateOf, translatableParts, translationOf, translationProgress, type TranslatablePart } from '@/lib/translate/story-translation';
import type { Story } from '@/lib/story/story';
import { useLibrary, useServices } from '../services';
import { MarkedText, UserText } from '../common/UserText';

/** The language a helper most likely translates into: English from Chinese, Simplified Chinese from English. */
const defaultTarget = (story: Story): AppLanguage => (story.language === 'en' ? 'zh-CN' : 'en');

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
  if (!story) return null;
  const targets = APP_LANGUAGES.filter((l) => l !== story.language);
  const target = chosen && targets.includes(chosen) ? chosen : defaultTarget(story);
  const parts = translatableParts(story);
  const { checked, total } = translationProgress(story, target);
  const library = services.library.getState();

  /** Focus the next part that is not checked, after the one with focus (or from the top). */
  const nextUnchecked = () => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('li[data-state]') ?? [])];
    const from = items.findIndex((li) => li.contains(document.activeElement));
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
          <ol className="translate-parts" ref={list}>
            {parts.map((part) => (
              <PartRow
                key={`${part.questionId}/${part.partId}`}
                story={story}
                part={part}
                target={target}
                onText={(text) => library.setTranslation(story.id, target, part.questionId, part.partId, text, 'person')}
                onChecked={(value) => library.setTranslationChecked(story.id, target, part.questionId, part.partId, value)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function PartRow({
  story,
  part,
  target,
  onText,
  onChecked,
}: {
  story: Story;
  part: TranslatablePart;
  target: AppLanguage;
  onText: (text: string) => void;
  onChecked: (checked: boolean) => void;
}) {
  const { t } = useTranslation();
  const boxId = useId();
  const sourceId = useId();
  const stateId = useId();
  const state = stateOf(story, target, part);
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
      <label htmlFor={boxId}>{t('translate.box', { language: t(`language.${target}`) })}</label>
      <textarea
        id={boxId}
        lang={target}
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
