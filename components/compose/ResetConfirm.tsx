import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Use Homeward's version again?" before the parent's own edit of a post is replaced. Focus starts on
 * keeping their version: pressing Enter by habit loses nothing.
 */
export function ResetConfirm({ onReset, onKeep }: { onReset: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby="reset-confirm-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onKeep();
      }}
    >
      <p id="reset-confirm-question">{t('screens.resetConfirm')}</p>
      <div className="way-on">
        <button type="button" ref={keep} className="primary" onClick={onKeep}>
          {t('screens.resetNo')}
        </button>
        <button type="button" onClick={onReset}>
          {t('screens.resetYes')}
        </button>
      </div>
    </div>
  );
}
