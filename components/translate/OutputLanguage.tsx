import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Story } from '@/lib/story/story';
import { checkedLanguages } from '@/lib/translate/story-translation';

/**
 * The language posts or a card are written in: the story's own, or one it has a checked translation in
 * (lib/translate/story-translation.ts). A choice that no longer has a checked part falls back to the story's.
 */
export function useOutputLanguage(story: Story | undefined): {
  language: AppLanguage;
  languages: readonly AppLanguage[];
  choose: (language: AppLanguage) => void;
} {
  const [chosen, choose] = useState<AppLanguage | null>(null);
  const languages = story ? [story.language, ...checkedLanguages(story)] : [];
  const language = chosen && languages.includes(chosen) ? chosen : (story?.language ?? 'zh-CN');
  return { language, languages, choose };
}

/** The drop-down for it, shown only when there is more than one language to choose. */
export function OutputLanguageChoice({ label, language, languages, choose }: { label: string } & ReturnType<typeof useOutputLanguage>) {
  const { t } = useTranslation();
  const id = useId();
  if (languages.length < 2) return null;
  return (
    <div className="part">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={language} onChange={(e) => choose(e.target.value as AppLanguage)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
