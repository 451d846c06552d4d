import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cardWords, chosenPhoto, planCard } from '@/lib/cards/card-plan';
import { isAppealKind } from '@/lib/kinds/facts';
import type { CardLook } from '@/lib/cards/paint';
import { THEMES, type ThemeId } from '@/lib/cards/render';
import { ALL_CARD_SIZES, CARD_SIZES, type CardSize } from '@/lib/cards/sizes';
import { CENTRED, clampPlacement, type PhotoPlacement } from '@/lib/cards/placement';
import { CARD_TEMPLATES, cardPhotoKey, isCardTemplate, type CardTemplate } from '@/lib/cards/templates';
import type { AnswerPlace } from '@/lib/gate/essentials';
import type { Translate } from '@/lib/i18n/translate';
import { voiceKeys } from '@/lib/i18n/voice';
import { useLibrary, useServices } from '../services';
import { OutputLanguageChoice, useOutputLanguage } from '../translate/OutputLanguage';
import { useActiveSite } from '../compose/useActiveSite';
import { useShareGate } from '../common/useShareGate';
import { AdviceReminders } from '../common/AdviceReminders';
import { measurers } from './card-canvas';
import { usePhotoBitmap } from './usePhotoBitmap';
import { WeiboSet } from './WeiboSet';
import { useCardOutput } from './useCardOutput';
import { CardForm } from './CardForm';
import { CardPreview } from './CardPreview';
import { CardOutputButtons } from './CardOutputButtons';

const SQUARE: CardSize = { id: 'square', width: 1080, height: 1080 };

/**
 * Image cards: posters at the sizes the site in the tab shows best, copied, downloaded or attached as PNG.
 * `onEditAnswer` takes the parent to a question of the story (a missing essential, a phone number found).
 * The form (CardForm), the live preview (CardPreview) and the buttons (CardOutputButtons) share one card,
 * made by lib/cards/card-plan.ts and drawn by lib/cards/paint.ts.
 */
export function CardsView({ storyId, onEditAnswer }: { storyId: string; onEditAnswer: (place: AnswerPlace) => void }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const story = useLibrary((s) => s.stories[storyId]);
  const { tab, detected } = useActiveSite();
  const siteSizes = CARD_SIZES[detected.profile.id];
  const [chosenSize, setChosenSize] = useState<CardSize | null>(null);
  // The card the person last made for this story comes back when they return.
  const style = story?.cardStyle;
  const theme: ThemeId = style?.theme && style.theme in THEMES ? (style.theme as ThemeId) : 'calm';
  // The photo card needs a photo: without one, the poster.
  const hasPhotos = (story?.photos.length ?? 0) > 0;
  const templates = CARD_TEMPLATES.filter((id) => id !== 'photo' || hasPhotos);
  const template: CardTemplate =
    style?.template && isCardTemplate(style.template) && templates.includes(style.template) ? style.template : 'poster';
  // The story's language, or one it has a checked translation in.
  const cardLanguage = useOutputLanguage(story);
  const { language } = cardLanguage;
  const chosenSentence = style?.sentence ?? null;
  const withQr = style?.qr ?? true;
  const setStyle = (patch: NonNullable<typeof style>) => services.library.getState().setCardStyle(storyId, patch);
  const setSentence = (value: string) => setStyle({ sentence: value });
  const size = chosenSize ?? ALL_CARD_SIZES.find((s) => s.id === siteSizes[0]?.id) ?? SQUARE;
  // The parent's sentences; one with a phone number, ID number or address goes on the card only once they
  // confirm it here (in this view: coming back asks again).
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  // A witness's story has no cards through here (its report to the police is its own).
  const words = useMemo(
    () =>
      story && isAppealKind(story.kind)
        ? cardWords({
            story,
            language,
            today: services.today(),
            translate: (lng) => i18n.getFixedT(lng) as unknown as Translate,
            chosenSentence,
            confirmed,
            withQr,
          })
        : null,
    [story, language, services, i18n, chosenSentence, confirmed, withQr],
  );

  // The photo this card shape shows, and where.
  const { photo, placement: saved } = story ? chosenPhoto(story, template, size.id) : { photo: null, placement: CENTRED };
  const key = cardPhotoKey(template, size.id);
  const hasPhoto = photo !== null;
  const bitmap = usePhotoBitmap(photo?.id);
  const plan = useMemo(
    () => (words ? planCard(words, { template, size, hasPhoto }, measurers()) : null),
    [words, template, size, hasPhoto],
  );

  const output = useCardOutput({ story, tab, profile: detected.profile });
  // Nothing leaves before the one check (essentials, then what the card draws); a change to the card or the
  // story drops an open box, so what leaves is what was checked.
  const gate = useShareGate(
    story,
    { onGoTo: onEditAnswer },
    [
      story?.updatedAt,
      template,
      size.id,
      size.width,
      size.height,
      words?.sentence ?? '',
      words?.qr ? words.link : '',
      cardLanguage.key,
    ].join('|'),
  );

  if (!story || !words || !plan) return null;
  const { facts } = words;
  const look: CardLook = { theme, photo: bitmap, placement: saved };

  /** Saves this card shape's photo and placement in the story (null: the first photo, centred). */
  const save = (next: PhotoPlacement | null, photoId = photo?.id) => {
    const ref = story.photos.find((p) => p.id === photoId);
    if (!ref) return;
    const value = next && plan.frame ? { photoId: ref.id, ...clampPlacement(ref, plan.frame, next) } : null;
    services.library.getState().setCardPhoto(storyId, key, value);
  };

  const name = facts.name || facts.nickname || t(voiceKeys(facts.voice, 'posts.unnamed'));
  const baseName = t('cards.fileName', { name, date: facts.lostDate || services.today() }).replace(/[\\/:*?"<>|\s]+/g, '-');

  return (
    <section className="cards" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="visually-hidden">
        {t('cards.tab')}
      </h2>
      <AdviceReminders story={story} onGoTo={onEditAnswer} />
      <OutputLanguageChoice
        label={t('translate.cardsLanguage')}
        choice={cardLanguage.key}
        choices={cardLanguage.choices}
        choose={cardLanguage.choose}
      />
      <CardForm
        words={words}
        templates={templates}
        template={template}
        size={size}
        theme={theme}
        withQr={withQr}
        hasPhotos={hasPhotos}
        confirmed={confirmed}
        onTemplate={(value) => setStyle({ template: value })}
        onSentence={setSentence}
        onConfirm={(text) => {
          setConfirmed(new Set([...confirmed, text]));
          setSentence(text);
        }}
        onSize={setChosenSize}
        onTheme={(value) => setStyle({ theme: value })}
        onQr={(value) => setStyle({ qr: value })}
        onEditAnswer={onEditAnswer}
      />
      <CardPreview plan={plan} look={look} photos={story.photos} photo={photo} cardKey={key} onSave={save} />
      <CardOutputButtons plan={plan} look={look} baseName={baseName} gate={gate} output={output} />
      {size.id === 'weibo-tile' && (
        <WeiboSet
          story={story}
          words={words}
          theme={theme}
          baseName={baseName}
          guard={(texts, share) => gate.guard(texts, share, { place: 'set' })}
          gate={gate.gate('set')}
          output={output}
          onWeibo={detected.profile.id === 'weibo' && tab !== null}
        />
      )}
    </section>
  );
}
