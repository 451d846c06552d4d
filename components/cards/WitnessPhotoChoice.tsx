import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How a photo of the child seen shows on the card: not at all (the default), heavily blurred, or clear. */
export type WitnessPhoto = 'none' | 'blurred' | 'clear';

/**
 * The choice of the child's photo on a witness's card. "As it is" can be chosen only after the person ticks
 * that they have read why a child's face is sensitive; unticking goes back to no photo.
 */
export function WitnessPhotoChoice({ value, onChange }: { value: WitnessPhoto; onChange: (value: WitnessPhoto) => void }) {
  const { t } = useTranslation();
  const name = useId();
  const warningId = useId();
  const [understood, setUnderstood] = useState(value === 'clear');
  const option = (id: WitnessPhoto, disabled = false) => (
    <label className="choice-option">
      <input
        type="radio"
        name={name}
        value={id}
        checked={value === id}
        disabled={disabled}
        aria-describedby={id === 'clear' ? warningId : undefined}
        onChange={() => onChange(id)}
      />{' '}
      {t(`witness.card.photo.${id}`)}
    </label>
  );
  return (
    <fieldset className="part choice">
      <legend>{t('witness.card.photo.legend')}</legend>
      {option('none')}
      {option('blurred')}
      <p id={warningId} className="muted small">
        {t('witness.card.photo.warning')}
      </p>
      <label className="choice-option">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => {
            setUnderstood(e.target.checked);
            if (!e.target.checked && value === 'clear') onChange('none');
          }}
        />{' '}
        {t('witness.card.photo.understand')}
      </label>
      {option('clear', !understood)}
    </fieldset>
  );
}
