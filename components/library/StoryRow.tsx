import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary, useServices } from '../services';
import { storyDisplayName } from '../story-name';
import { questionsFor } from '@/lib/kinds';
import { isAnswered } from '@/lib/interview/progress';
import { isolateIfNeeded } from '@/lib/text/scripts';
import { UserText } from '../common/UserText';
import { storyFileFromLibrary } from '@/lib/story-file/save';
import { storyFileName } from '@/lib/story-file/write';

export function StoryRow({ id, onOpen }: { id: string; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const story = useLibrary((s) => s.stories[id]);
  const isActive = useLibrary((s) => s.activeId === id);
  // Actions never change, so they are read once rather than subscribed to.
  const services = useServices();
  const { openStory, renameStory, duplicateStory, deleteStory } = services.library.getState();
  const [saveProblem, setSaveProblem] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (renaming) input.current?.focus();
  }, [renaming]);

  if (!story) return null;
  const name = storyDisplayName(story, t);
  const questions = questionsFor(story.kind);
  const answered = questions.filter((q) => isAnswered(story, q)).length;
  const updated = new Date(story.updatedAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const finishRename = (save: boolean) => {
    if (save) renameStory(id, draft.trim());
    setRenaming(false);
    // Focus returns where it came from.
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    // data-story-id: where focus returns when this story comes back with Undo.
    <li className={isActive ? 'story-row active' : 'story-row'} data-story-id={id}>
      {renaming ? (
        <form
          className="rename-form"
          onSubmit={(event) => {
            event.preventDefault();
            finishRename(true);
          }}
        >
          <label htmlFor={inputId}>{t('library.renameLabel')}</label>
          <input
            id={inputId}
            ref={input}
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') finishRename(false);
            }}
          />
          <button type="submit">{t('library.renameSave')}</button>
          <button type="button" onClick={() => finishRename(false)}>
            {t('library.renameCancel')}
          </button>
        </form>
      ) : (
        <div className="story-row-main">
          <h3 className="story-name">
            <UserText text={name} story={story.language} /> {isActive && <span className="badge">{t('library.current')}</span>}
          </h3>
          <p className="story-kind">{t(`kinds.label.${story.kind}`)}</p>
          <p className="muted">
            {t('library.progress', { answered, total: questions.length })} · {t('library.updated', { date: updated })}
          </p>
        </div>
      )}
      {!renaming && (
        <div className="story-actions" role="group" aria-label={t('library.storyActions', { name: isolateIfNeeded(name) })}>
          <button
            type="button"
            className="primary"
            onClick={() => {
              openStory(id);
              onOpen();
            }}
          >
            {t('library.openStory')}
          </button>
          <button
            type="button"
            ref={renameButton}
            onClick={() => {
              setDraft(story.title || name);
              setRenaming(true);
            }}
          >
            {t('library.rename')}
          </button>
          <button type="button" onClick={() => void duplicateStory(id, t('library.copyOf', { name: isolateIfNeeded(name) }))}>
            {t('library.duplicate')}
          </button>
          <button
            type="button"
            onClick={() => {
              setSaveProblem(false);
              // The story and its photos, as one file the person can hand to a helper (lib/story-file).
              storyFileFromLibrary(story, services.photos, services.appVersion, new Date().toISOString())
                .then((text) =>
                  services.downloadFile(new Blob([text], { type: 'application/json' }), storyFileName(name, services.today())),
                )
                .catch(() => setSaveProblem(true));
            }}
          >
            {t('library.saveFile')}
          </button>
          <button type="button" className="danger" onClick={() => deleteStory(id)}>
            {t('library.delete')}
          </button>
        </div>
      )}
      {saveProblem && (
        <p role="alert" className="gentle-error">
          {t('library.saveFileFailed')}
        </p>
      )}
    </li>
  );
}
