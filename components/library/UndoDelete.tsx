import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from '../services';
import { storyDisplayName } from '../story-name';

/** After a delete: says what went, with Undo. It stays until the person dismisses it or deletes again. */
export function UndoDelete() {
  const { t } = useTranslation();
  const deleted = useLibrary((s) => s.recentlyDeleted);
  const undoDelete = useLibrary((s) => s.undoDelete);
  const dismissUndo = useLibrary((s) => s.dismissUndo);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  if (!deleted) return null;
  return (
    <div className="toast" role="status">
      <span>{t('library.deleted', { name: storyDisplayName(deleted.story, t) })}</span>
      <button type="button" ref={undoButton} className="primary" onClick={undoDelete}>
        {t('library.undo')}
      </button>
      <button type="button" onClick={dismissUndo}>
        {t('library.dismiss')}
      </button>
    </div>
  );
}
