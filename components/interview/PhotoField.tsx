import { voiceOf } from '@/lib/kinds';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '@/lib/story/story';
import type { PhotoProblem } from '@/lib/photos/import';
import { problemMessage } from '@/lib/photos/problems';
import { useLibrary, useServices } from '../services';
import { PhotoThumb } from '../common/PhotoThumb';

/** Focus, once the list is drawn again: a photo's Remove button (by photo id), or the button that adds photos. */
function focusSoon(field: HTMLElement | null, photoId: string | null) {
  requestAnimationFrame(() => {
    const row = photoId
      ? Array.from(field?.querySelectorAll('[data-photo-id]') ?? []).find((el) => el.getAttribute('data-photo-id') === photoId)
      : null;
    (row?.querySelector<HTMLElement>('button') ?? field?.querySelector<HTMLElement>('input[type=file]'))?.focus();
  });
}

export function PhotoField({ story, describedBy }: { story: Story; describedBy: string }) {
  const { t } = useTranslation();
  const id = useId();
  const noteId = useId();
  const { addPhotos, removePhoto, undoRemovePhoto, dismissPhotoUndo } = useServices().library.getState();
  const removed = useLibrary((s) => (s.recentlyRemovedPhoto?.storyId === story.id ? s.recentlyRemovedPhoto : null));
  const [gone, setGone] = useState(false);
  const field = useRef<HTMLDivElement>(null);
  // Undo is offered while the parent is on this question; leaving it lets the removal stand.
  useEffect(() => () => dismissPhotoUndo(), [dismissPhotoUndo]);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<PhotoProblem[]>([]);
  // Each different message once: three damaged photos need one "damaged", two photos too large in pixels
  // keep their own sizes.
  const messages = [
    ...new Set(
      problems.map((problem) => {
        const { key, values } = problemMessage(problem);
        return t(key, values);
      }),
    ),
  ];

  return (
    <div className="photo-field" ref={field}>
      <label htmlFor={id} className="file-label">
        {t('photos.add')}
      </label>
      <input
        id={id}
        type="file"
        multiple
        // HEIC is accepted so that we can explain how to convert it, instead of the picker hiding it.
        accept="image/*,.heic,.heif"
        aria-describedby={`${describedBy} ${noteId}`}
        disabled={busy}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length === 0) return;
          setBusy(true);
          setProblems([]);
          addPhotos(story.id, files)
            .then(setProblems)
            .finally(() => setBusy(false));
        }}
      />
      <p id={noteId} className="muted small">
        {t('photos.privacy')}
      </p>
      {busy && <p role="status">{t('photos.adding')}</p>}
      {messages.length > 0 && (
        <div role="alert" className="gentle-error">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      {story.photos.length === 0 ? (
        <p className="muted">{t('photos.none')}</p>
      ) : (
        <ul className="photo-list">
          {story.photos.map((photo, i) => (
            <li key={photo.id} data-photo-id={photo.id}>
              <PhotoThumb photo={photo} index={i + 1} voice={voiceOf(story.kind)} />
              <button
                type="button"
                onClick={() => {
                  setGone(false);
                  removePhoto(story.id, photo.id);
                  // Focus stays in the list: on the next photo's Remove button, else on adding photos.
                  focusSoon(field.current, story.photos[i + 1]?.id ?? null);
                }}
              >
                {t('photos.remove', { index: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removed && (
        <p className="inline-undo" role="status">
          <span>{t('screens.photoRemoved', { index: removed.index + 1 })}</span>
          <button
            type="button"
            onClick={() => {
              const id = removed.photo.id;
              void undoRemovePhoto().then((back) => {
                setGone(!back);
                focusSoon(field.current, back ? id : null);
              });
            }}
          >
            {t('library.undo')}
          </button>
        </p>
      )}
      {gone && (
        <p role="alert" className="gentle-error">
          {t('screens.photoGone')}
        </p>
      )}
    </div>
  );
}
