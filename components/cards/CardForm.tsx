import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { voiceKeys } from '@/lib/i18n/voice';
import type { CardWords } from '@/lib/cards/card-plan';
import { THEMES, type ThemeId } from '@/lib/cards/render';
import type { CardSize } from '@/lib/cards/sizes';
import { isCardTemplate, type CardTemplate } from '@/lib/cards/templates';
import type { AnswerPlace } from '@/lib/gate/essentials';
import { SentencePicker } from './SentencePicker';
import { SizePicker } from './SizePicker';
import { UnreadFacts } from '../common/UnreadFacts';
import { Sentence, UserText } from '../common/UserText';

interface Props {
  readonly words: CardWords;
  /** The templates this story can use (the photo card only with a photo). */
  readonly templates: readonly CardTemplate[];
  readonly template: CardTemplate;
  readonly size: CardSize;
  readonly theme: ThemeId;
  readonly withQr: boolean;
  readonly hasPhotos: boolean;
  /** Sentences with a finding the parent has chosen to put on the card anyway. */
  readonly confirmed: ReadonlySet<string>;
  readonly onTemplate: (template: CardTemplate) => void;
  readonly onSentence: (text: string) => void;
  readonly onConfirm: (text: string) => void;
  readonly onSize: (size: CardSize) => void;
  readonly onTheme: (theme: ThemeId) => void;
  readonly onQr: (withQr: boolean) => void;
  readonly onEditAnswer: (place: AnswerPlace) => void;
}

/** What the card is: its template, the story card's sentence, its size, its colours, the QR code. */
export function CardForm({
  words,
  templates,
  template,
  size,
  theme,
  withQr,
  hasPhotos,
  confirmed,
  onTemplate,
  onSentence,
  onConfirm,
  onSize,
  onTheme,
  onQr,
  onEditAnswer,
}: Props) {
  const { t } = useTranslation();
  const ids = { theme: useId(), template: useId(), qr: useId() };
  const { link } = words;

  return (
    <>
      <div className="part">
        <label htmlFor={ids.template}>{t('cards.template')}</label>
        <select id={ids.template} value={template} onChange={(e) => isCardTemplate(e.target.value) && onTemplate(e.target.value)}>
          {templates.map((id) => (
            <option key={id} value={id}>
              {t(`cards.templates.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {template === 'story' &&
        (words.choices.length > 0 ? (
          <SentencePicker
            choices={words.choices}
            sentence={words.sentence}
            confirmed={confirmed}
            language={words.language}
            onChoose={onSentence}
            onConfirm={onConfirm}
            onEdit={onEditAnswer}
          />
        ) : (
          <p className="gentle-error">{t(voiceKeys(words.facts.voice, 'cards.noSentence'))}</p>
        ))}
      <SizePicker size={size} onSize={onSize} />
      <div className="part">
        <label htmlFor={ids.theme}>{t('cards.theme')}</label>
        <select id={ids.theme} value={theme} onChange={(e) => onTheme(e.target.value as ThemeId)}>
          {(Object.keys(THEMES) as ThemeId[]).map((id) => (
            <option key={id} value={id}>
              {t(`cards.themes.${id}`)}
            </option>
          ))}
        </select>
      </div>
      {link && (
        <label htmlFor={ids.qr} className="choice-option">
          <input id={ids.qr} type="checkbox" checked={withQr} onChange={(e) => onQr(e.target.checked)} />{' '}
          <span>
            <Sentence i18nKey="cards.qr" values={{ link: <UserText text={link} /> }} />
          </span>
        </label>
      )}
      {!hasPhotos && <p className="muted small">{t(voiceKeys(words.facts.voice, 'cards.noPhoto'))}</p>}
      <UnreadFacts unread={words.facts.unread} voice={words.facts.voice} />
    </>
  );
}
