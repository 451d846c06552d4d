import { useTranslation } from 'react-i18next';
import { useLibrary } from '../services';

/** A quiet line while all is well; a clear alert when saving fails (the text stays on screen). */
export function SaveStatusLine() {
  const { t } = useTranslation();
  const save = useLibrary((s) => s.save);
  const ready = useLibrary((s) => s.status === 'ready');
  if (!ready) return null;
  if (save.state === 'error') {
    return (
      <p role="alert" className="error save-error">
        {t(save.kind === 'quota' ? 'save.quota' : 'save.unavailable')}
      </p>
    );
  }
  // Not a live region: announcing "Saving…" at every keystroke would drown a screen reader.
  return (
    <p className="save-status muted">
      {save.state === 'pending' ? t('save.pending') : t('save.saved')}
    </p>
  );
}
