import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ZOOM, fromSlider, sliderPosition, zoomPlacement, type PhotoPlacement } from '@/lib/cards/placement';
import type { PhotoRef } from '@/lib/story/story';
import { PhotoThumb } from '../common/PhotoThumb';

interface Props {
  readonly photos: readonly PhotoRef[];
  readonly photo: PhotoRef;
  readonly frame: { readonly w: number; readonly h: number };
  readonly placement: PhotoPlacement;
  readonly onPhoto: (id: string) => void;
  readonly onPlacement: (placement: PhotoPlacement) => void;
  readonly onReset: () => void;
}

/** Which photo the card shows, and sliders to zoom and move it (the same as dragging it in the preview). */
export function PhotoControls({ photos, photo, frame, placement, onPhoto, onPlacement, onReset }: Props) {
  const { t } = useTranslation();
  const ids = { photo: useId(), zoom: useId(), x: useId(), y: useId(), hint: useId() };
  const image = { width: photo.width, height: photo.height };
  const axis = (a: 'x' | 'y') => {
    const position = sliderPosition(image, frame, placement, a);
    const id = a === 'x' ? ids.x : ids.y;
    return (
      <div className="part slider">
        <label htmlFor={id}>{t(a === 'x' ? 'cards.moveX' : 'cards.moveY')}</label>
        <input
          id={id}
          type="range"
          min={0}
          max={100}
          step={1}
          value={position === null ? 50 : Math.round(position * 100)}
          disabled={position === null}
          aria-describedby={position === null ? ids.hint : undefined}
          onChange={(e) => onPlacement(fromSlider(image, frame, placement, a, Number(e.target.value) / 100))}
        />
      </div>
    );
  };
  const cannotMove = sliderPosition(image, frame, placement, 'x') === null || sliderPosition(image, frame, placement, 'y') === null;

  return (
    <fieldset className="part photo-controls">
      <legend>{t('cards.photo')}</legend>
      {photos.length > 1 && (
        // Parents know their photos by sight: pictures to pick from, not numbers.
        <div role="radiogroup" aria-label={t('cards.photo')} className="photo-choice">
          {photos.map((p, i) => (
            <label key={p.id} className="photo-option">
              <input type="radio" name={ids.photo} value={p.id} checked={p.id === photo.id} onChange={() => onPhoto(p.id)} />
              <PhotoThumb photo={p} index={i + 1} alt={t('cards.photoN', { n: i + 1 })} />
            </label>
          ))}
        </div>
      )}
      <div className="part slider">
        <label htmlFor={ids.zoom}>{t('cards.zoom')}</label>
        <input
          id={ids.zoom}
          type="range"
          min={100}
          max={MAX_ZOOM * 100}
          step={5}
          value={Math.round(placement.zoom * 100)}
          aria-valuetext={`${Math.round(placement.zoom * 100)}%`}
          onChange={(e) => onPlacement(zoomPlacement(image, frame, placement, Number(e.target.value) / 100))}
        />
      </div>
      {axis('x')}
      {axis('y')}
      {cannotMove && (
        <p id={ids.hint} className="muted small">
          {t('cards.cannotMove')}
        </p>
      )}
      <p className="muted small">{t('cards.dragHint')}</p>
      <button type="button" className="link-button" onClick={onReset}>
        {t('cards.resetPhoto')}
      </button>
    </fieldset>
  );
}
