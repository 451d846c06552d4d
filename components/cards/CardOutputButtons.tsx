import { useTranslation } from 'react-i18next';
import { exportCard } from '@/lib/cards/card-file';
import type { CardPlan } from '@/lib/cards/card-plan';
import { drawnTexts } from '@/lib/cards/drawn-text';
import type { CardLook } from '@/lib/cards/paint';
import type { ShareGateControls } from '../common/useShareGate';
import type { CardOutput } from './useCardOutput';

interface Props {
  readonly plan: CardPlan;
  readonly look: CardLook;
  /** The file name without its extension. */
  readonly baseName: string;
  readonly gate: ShareGateControls;
  readonly output: CardOutput;
}

/**
 * Copy image, Download image, Attach to post: the card drawn again at its full size (the preview is drawn at
 * the size it is shown), each after the one check before sharing.
 */
export function CardOutputButtons({ plan, look, baseName, gate, output }: Props) {
  const { t } = useTranslation();
  // A canvas of its own for each image, emptied once the file is made.
  const image = (maxBytes?: number) => exportCard(document.createElement('canvas'), plan, look, maxBytes);
  // Downloads and attachments respect the site's file-size limit (Bluesky's 2,000,000 bytes); a copy is PNG.
  const file = () => image(plan.size.maxBytes);
  const texts = () => drawnTexts(plan.ops);

  return (
    <>
      <p className="muted small">{t('cards.privacy')}</p>
      {gate.gate('card')}
      <div className="step-buttons">
        <button type="button" className="primary" onClick={() => gate.guard(texts(), () => void output.copy(image()), { place: 'card' })}>
          {t('cards.copy')}
        </button>
        <button
          type="button"
          onClick={() => gate.guard(texts(), () => void file().then((b) => output.download([b], [baseName])), { place: 'card' })}
        >
          {t('cards.download')}
        </button>
        <button
          type="button"
          onClick={() => gate.guard(texts(), () => void output.attach(() => file().then((b) => [b]), [baseName]), { place: 'card' })}
        >
          {t('cards.attach')}
        </button>
      </div>
      <p role="status" className="compose-status">
        {output.place === 'card' ? output.status : ''}
      </p>
      {output.hint && <p className="muted small">{output.hint}</p>}
    </>
  );
}
