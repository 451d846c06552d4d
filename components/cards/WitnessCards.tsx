import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chosenPhoto } from '@/lib/cards/card-plan';
import { blurredPhoto, type CardLook } from '@/lib/cards/paint';
import { ALL_CARD_SIZES, CARD_SIZES, type CardSize } from '@/lib/cards/sizes';
import { cardPhotoKey } from '@/lib/cards/templates';
import { clampPlacement, type PhotoPlacement } from '@/lib/cards/placement';
import { planWitnessCard } from '@/lib/cards/witness-card';
import type { AnswerPlace } from '@/lib/gate/essentials';
import type { Translate } from '@/lib/i18n/translate';
import { seenInPublic } from '@/lib/kinds/witness/facts';
import { useLibrary, useServices } from '../services';
import { useActiveSite } from '../compose/useActiveSite';
import { useShareGate } from '../common/useShareGate';
import { measurers } from './card-canvas';
import { usePhotoBitmap } from './usePhotoBitmap';
import { useCardOutput } from './useCardOutput';
import { SizePicker } from './SizePicker';
import { CardPreview } from './CardPreview';
import { CardOutputButtons } from './CardOutputButtons';
import { WitnessPhotoChoice, type WitnessPhoto } from './WitnessPhotoChoice';

const SQUARE: CardSize = { id: 'square', width: 1080, height: 1080 };

/**
 * The image card of someone who saw a child (lib/cards/witness-card.ts, drawn by lib/cards/paint.ts like every
 * card): only for a child seen in a public place, else a kind word on why there is none and the way to the
 * report. No photo of the child unless the person chooses one: blurred, or clear after a warning. The choice
 * is not saved: each visit starts with no photo.
 */
export function WitnessCards({
  storyId,
  onEditAnswer,
  onOpenReport,
}: {
  storyId: string;
  onEditAnswer: (place: AnswerPlace) => void;
  onOpenReport: () => void;
}) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const story = useLibrary((s) => s.stories[storyId]);
  const { tab, detected } = useActiveSite();
  const [chosenSize, setChosenSize] = useState<CardSize | null>(null);
  const [photoChoice, setPhotoChoice] = useState<WitnessPhoto>('none');
  const size = chosenSize ?? ALL_CARD_SIZES.find((s) => s.id === CARD_SIZES[detected.profile.id][0]?.id) ?? SQUARE;
  const { photo: stored, placement } = story ? chosenPhoto(story, 'poster', size.id) : { photo: null, placement: undefined };
  const photo = photoChoice === 'none' ? null : stored;
  const bitmap = usePhotoBitmap(photo?.id);
  const shown = useMemo(
    () => (bitmap && photoChoice === 'blurred' ? blurredPhoto(bitmap, document.createElement('canvas')) : bitmap),
    [bitmap, photoChoice],
  );
  const plan = useMemo(
    () =>
      story
        ? planWitnessCard(
            story,
            { size, hasPhoto: photo !== null },
            measurers(),
            i18n.getFixedT(story.language) as unknown as Translate,
            services.today(),
          )
        : null,
    [story, size, photo, i18n, services],
  );
  const output = useCardOutput({ story, tab, profile: detected.profile });
  const gate = useShareGate(story, { onGoTo: onEditAnswer }, [story?.updatedAt, size.id, size.width, size.height, photoChoice].join('|'));

  if (!story) return null;
  if (!seenInPublic(story) || !plan) {
    return (
      <section className="cards" aria-labelledby="cards-heading">
        <h2 id="cards-heading" className="visually-hidden">
          {t('cards.tab')}
        </h2>
        <p>{t('witness.card.noCard')}</p>
        <button type="button" className="primary" onClick={onOpenReport}>
          {t('witness.card.toReport')}
        </button>
      </section>
    );
  }
  const key = cardPhotoKey('poster', size.id);
  const look: CardLook = { theme: 'calm', photo: photo ? shown : null, placement: placement ?? { zoom: 1, cx: 0.5, cy: 0.5 } };
  const save = (next: PhotoPlacement | null, photoId = photo?.id) => {
    const ref = story.photos.find((p) => p.id === photoId);
    if (!ref) return;
    const value = next && plan.frame ? { photoId: ref.id, ...clampPlacement(ref, plan.frame, next) } : null;
    services.library.getState().setCardPhoto(storyId, key, value);
  };
  const baseName = t('witness.card.banner').replace(/[\\/:*?"<>|\s？?]+/g, '-') + services.today();

  return (
    <section className="cards" aria-labelledby="cards-heading">
      <h2 id="cards-heading" className="visually-hidden">
        {t('cards.tab')}
      </h2>
      <SizePicker size={size} onSize={setChosenSize} />
      {story.photos.length > 0 && <WitnessPhotoChoice value={photoChoice} onChange={setPhotoChoice} />}
      <CardPreview plan={plan} look={look} photos={story.photos} photo={photo} cardKey={key} onSave={save} />
      <CardOutputButtons plan={plan} look={look} baseName={baseName} gate={gate} output={output} />
    </section>
  );
}
