import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from '../services';
import { storyDisplayName } from '../story-name';
import { Sentence, UserText } from '../common/UserText';

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
  const undo = () => {
    const id = deleted.story.id;
    undoDelete();
    // Focus goes to the story that came back (its first button), once its row is drawn. Where the library is
    // not shown, the panel's focus rescue puts it on the screen's heading.
    requestAnimationFrame(() => {
      const row = Array.from(document.querySelectorAll('[data-story-id]')).find((el) => el.getAttribute('data-story-id') === id);
      row?.querySelector<HTMLElement>('.story-actions button')?.focus();
    });
  };
  return (
    <div className="toast" role="status">
      <span>
        <Sentence
          i18nKey="library.deleted"
          values={{ name: <UserText text={storyDisplayName(deleted.story, t)} story={deleted.story.language} /> }}
        />
      </span>
      <button type="button" ref={undoButton} className="primary" onClick={undo}>
        {t('library.undo')}
      </button>
      <button type="button" onClick={dismissUndo}>
        {t('library.dismiss')}
      </button>
    </div>
  );
}
