import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlatformProfile } from '@/lib/platforms/types';
import type { AppLanguage } from '@/lib/i18n/languages';
import { fieldLanguage } from '@/lib/text/scripts';
import { MarkedText, useUiLanguage } from '../common/UserText';

interface Props {
  label: string;
  text: string;
  profile: PlatformProfile;
  limit: number;
  onChange: (text: string) => void;
  /** The story's language: the post is written in it. */
  language: AppLanguage;
}

/** One post: the text to edit, a counter that agrees with the site's, and what does not fit, marked. */
export function PostEditor({ label, text, profile, limit, onChange, language }: Props) {
  const { t } = useTranslation();
  // The post is the parent's words and Homeward's in the story's language (or a checked translation's):
  // marked as such, its own paragraph. An English post keeps a name's Chinese beside it, and is English.
  const lang = fieldLanguage(text, useUiLanguage(), language);
  const id = useId();
  const counterId = useId();
  const { used, fitsUntil } = profile.count(text, limit);
  const finite = Number.isFinite(limit);
  const over = finite ? used - limit : 0;
  const fold = profile.fold && used > profile.fold ? text.slice(0, profile.count(text, profile.fold).fitsUntil) : null;
  return (
    <div className="post-editor">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        rows={10}
        lang={lang}
        dir="auto"
        aria-describedby={counterId}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={counterId} className={over > 0 ? 'counter over' : 'counter'}>
        {finite ? t('compose.counter', { used, limit }) : t('compose.counterNoLimit', { used })}
        {over > 0 && <> · {t('compose.tooLong', { over })}</>}
      </p>
      {over > 0 && (
        <div className="overflow">
          <p className="muted small">{t('compose.doesNotFit')}</p>
          <p className="post-preview" lang={lang} dir="auto">
            {text.slice(Math.max(0, fitsUntil - 20), fitsUntil)}
            <mark>{text.slice(fitsUntil)}</mark>
          </p>
        </div>
      )}
      {fold && (
        <details className="fold">
          <summary>
            <MarkedText text={t('compose.fold')} />
          </summary>
          <p className="post-preview" lang={lang} dir="auto">
            {fold}
          </p>
        </details>
      )}
    </div>
  );
}
