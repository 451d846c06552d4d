import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '@/lib/story/story';
import type { PhotoProblem } from '@/lib/photos/import';
import { problemMessage } from '@/lib/photos/problems';
import { useServices } from '../services';
import { PhotoThumb } from '../common/PhotoThumb';

export function PhotoField({ story, describedBy }: { story: Story; describedBy: string }) {
  const { t } = useTranslation();
  const id = useId();
  const noteId = useId();
  const { addPhotos, removePhoto } = useServices().library.getState();
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
    <div className="photo-field">
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
            <li key={photo.id}>
              <PhotoThumb photo={photo} index={i + 1} />
              <button type="button" onClick={() => removePhoto(story.id, photo.id)}>
                {t('photos.remove', { index: i + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
