import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALL_CARD_SIZES, customSize, type CardSize } from '@/lib/cards/sizes';

/** The site's sizes and every other site's, plus a size the person types (320–4096 px each way). */
export function SizePicker({ size, onSize }: { size: CardSize; onSize: (size: CardSize) => void }) {
  const { t } = useTranslation();
  const ids = { size: useId(), width: useId(), height: useId(), hint: useId() };
  // What is typed, kept as typed until it is a size (a half-typed "10" is not a card).
  const [typed, setTyped] = useState({ width: String(size.width), height: String(size.height) });
  const custom = size.id === 'custom';
  const commit = (next: { width: string; height: string }) => {
    setTyped(next);
    const w = Number.parseInt(next.width, 10);
    const h = Number.parseInt(next.height, 10);
    if (w >= 320 && h >= 320) onSize(customSize(w, h));
  };
  const clampTyped = () => {
    const s = customSize(Number.parseInt(typed.width, 10), Number.parseInt(typed.height, 10));
    setTyped({ width: String(s.width), height: String(s.height) });
    onSize(s);
  };

  return (
    <>
      <div className="part">
        <label htmlFor={ids.size}>{t('cards.size')}</label>
        <select
          id={ids.size}
          value={size.id}
          onChange={(e) => {
            const chosen = ALL_CARD_SIZES.find((s) => s.id === e.target.value);
            if (chosen) onSize(chosen);
            else {
              // Start the custom size from the size shown now.
              setTyped({ width: String(size.width), height: String(size.height) });
              onSize(customSize(size.width, size.height));
            }
          }}
        >
          {ALL_CARD_SIZES.map((s) => (
            <option key={s.id} value={s.id}>
              {t(`cards.sizes.${s.id}`)}
            </option>
          ))}
          <option value="custom">{custom ? `${t('cards.sizes.custom')} ${size.width}×${size.height}` : t('cards.sizes.custom')}</option>
        </select>
      </div>
      {custom && (
        <div className="custom-size">
          {(['width', 'height'] as const).map((side) => (
            <div className="part" key={side}>
              <label htmlFor={ids[side]}>{t(`cards.${side}`)}</label>
              <input
                id={ids[side]}
                type="number"
                inputMode="numeric"
                min={320}
                max={4096}
                step={1}
                value={typed[side]}
                aria-describedby={ids.hint}
                onChange={(e) => commit({ ...typed, [side]: e.target.value })}
                onBlur={clampTyped}
              />
            </div>
          ))}
          <p id={ids.hint} className="muted small">
            {t('cards.customHint')}
          </p>
        </div>
      )}
    </>
  );
}
