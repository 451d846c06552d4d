import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_LANGUAGES, isAppLanguage } from '@/lib/i18n/languages';
import { useServices } from '../services';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { saveLanguage } = useServices();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>{' '}
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isAppLanguage(language)) return;
          void i18n.changeLanguage(language);
          saveLanguage(language).catch((error: unknown) => console.warn('Homeward: language not saved', error));
        }}
      >
        {APP_LANGUAGES.map((language) => (
          // Each language's name in its own script, so a person can find theirs.
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
