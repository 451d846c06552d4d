import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAppLanguage, type AppLanguage } from '@/lib/i18n/languages';
import { languageOfText, scriptRuns } from '@/lib/text/scripts';

/** The screen's language as one Homeward speaks (zh-CN until i18next says otherwise). */
export function useUiLanguage(): AppLanguage {
  const { i18n } = useTranslation();
  return isAppLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

/**
 * A person's own words (a story's name, an answer, a link) inside Homeward's screens: in <bdi>, so a
 * right-to-left character in them cannot flip Homeward's words around them, and with the `lang` of its
 * script when that differs from the screen's (Chinese answers on an English screen, English on a Chinese one).
 */
export function UserText({ text, story, className }: { text: string; story?: AppLanguage; className?: string }) {
  const ui = useUiLanguage();
  return (
    <bdi lang={languageOfText(text, ui, story)} className={className}>
      {text}
    </bdi>
  );
}

/** Homeward's own words, with any Chinese in an English sentence marked as Chinese ("Tuanyuan (团圆)"). */
export function MarkedText({ text }: { text: string }) {
  const ui = useUiLanguage();
  return (
    <>
      {scriptRuns(text, ui).map((run, i) =>
        run.lang ? (
          <span key={i} lang={run.lang}>
            {run.text}
          </span>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}

// Private-use characters: they never occur in a translation, so they mark where each value goes.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A translated sentence with elements in it: `t(key)` with each value replaced by a node, so a person's words
 * can sit in their own <UserText> inside Homeward's sentence ("“<bdi>name</bdi>” was deleted.").
 */
export function Sentence({
  i18nKey,
  values,
  plain = {},
}: {
  i18nKey: string;
  values: Record<string, ReactNode>;
  plain?: Record<string, string | number>;
}) {
  const { t } = useTranslation();
  const marks = Object.fromEntries(Object.keys(values).map((name) => [name, `${OPEN}${name}${CLOSE}`]));
  const text = t(i18nKey, { ...plain, ...marks });
  const pieces = text.split(new RegExp(`${OPEN}(\\w+)${CLOSE}`));
  return (
    <>
      {pieces.map((piece, i) =>
        i % 2 === 1 ? <Fragment key={i}>{values[piece]}</Fragment> : piece ? <MarkedText key={i} text={piece} /> : null,
      )}
    </>
  );
}
