import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from '../services';
import type { SaveStatus } from '@/lib/storage/save-queue';

/**
 * "Saving…" shows only once a write has taken this long: each keystroke is saved within milliseconds, and
 * a line flickering between "Saving…" and "Saved" at every key would only distract.
 */
const SHOW_SAVING_AFTER_MS = 700;

/** A quiet line while all is well; a clear alert when saving fails (the text stays on screen). */
export function SaveStatusLine() {
  const { t } = useTranslation();
  const save = useLibrary((s) => s.save);
  const ready = useLibrary((s) => s.status === 'ready');
  // The pending status that has lasted long enough to mention (each new status is a new object).
  const [slow, setSlow] = useState<SaveStatus | null>(null);
  useEffect(() => {
    if (save.state !== 'pending') return;
    const timer = setTimeout(() => setSlow(save), SHOW_SAVING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [save]);

  if (!ready) return null;
  if (save.state === 'error') {
    const key = save.kind === 'quota' ? 'save.quota' : 'save.unavailable';
    // Kept in the backup, nothing is lost: said in the warm colours of a notice, not the red of an error,
    // so a parent is not frightened by good news. Red only when the words are on the screen alone.
    return (
      <p role="alert" className={save.backedUp ? 'notice save-error' : 'error save-error'}>
        {t(save.backedUp ? `${key}BackedUp` : key)}
      </p>
    );
  }
  // Not a live region: announcing "Saving…" at every keystroke would drown a screen reader.
  return <p className="save-status muted">{slow === save ? t('save.pending') : t('save.saved')}</p>;
}
