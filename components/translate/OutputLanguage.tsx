import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Story } from '@/lib/story/story';
import { checkedLanguages } from '@/lib/translate/story-translation';

interface OutputChoice {
  /** The language written (first, in a bilingual post). */
  readonly language: AppLanguage;
  /** A bilingual post's second language. */
  readonly second?: AppLanguage;
  /** Names the choice in the drop-down and in the keys of the parent's edited posts ("zh-CN+en"). */
  readonly key: string;
}

const single = (language: AppLanguage): OutputChoice => ({ language, key: language });
const pair = (language: AppLanguage, second: AppLanguage): OutputChoice => ({ language, second, key: `${language}+${second}` });

/**
 * The language posts or a card are written in: the story's own, or one it has a checked translation in
 * (lib/translate/story-translation.ts); with `bilingual`, also both, either first (the posts). A choice that
 * no longer has a checked part falls back to the story's language.
 */
export function useOutputLanguage(
  story: Story | undefined,
  { bilingual = false }: { bilingual?: boolean } = {},
): OutputChoice & { choices: readonly OutputChoice[]; choose: (key: string) => void } {
  const [chosen, choose] = useState<string | null>(null);
  const own = story?.language ?? 'zh-CN';
  const translated = story ? checkedLanguages(story) : [];
  const choices = story
    ? [single(own), ...translated.map(single), ...(bilingual ? translated.flatMap((other) => [pair(own, other), pair(other, own)]) : [])]
    : [];
  const choice = choices.find((c) => c.key === chosen) ?? single(own);
  return { ...choice, choices, choose };
}

/** The drop-down for it, shown only when there is more than one choice. */
export function OutputLanguageChoice({
  label,
  choice,
  choices,
  choose,
}: {
  label: string;
  choice: string;
  choices: readonly OutputChoice[];
  choose: (key: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (choices.length < 2) return null;
  return (
    <div className="part">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={choice} onChange={(e) => choose(e.target.value)}>
        {choices.map((c) => (
          <option key={c.key} value={c.key}>
            {c.second
              ? t('translate.bilingual', { first: t(`language.${c.language}`), second: t(`language.${c.second}`) })
              : t(`language.${c.language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
