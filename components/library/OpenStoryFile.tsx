import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { originalStoryId, readStoryFileBlob, type StoryFileProblem } from '@/lib/story-file/read';
import type { StoryFileImportProblem } from '@/lib/story-file/import';
import { useLibrary, useServices } from '../services';
import { storyDisplayName } from '../story-name';
import { isolateIfNeeded } from '@/lib/text/scripts';

/** A file checked and ready, waiting for the person to say keep both or replace. */
interface Waiting {
  readonly file: Awaited<ReturnType<typeof readStoryFileBlob>> & { ok: true };
  readonly sameId: string;
}

/**
 * "Open a story file": a file picker, and a file dropped on the library. The file is checked whole before
 * anything changes (lib/story-file/read.ts); a problem is said in the person's language and nothing changes.
 * When the same story is already in the library, the person chooses: keep both, or replace it (Undo brings
 * the replaced one back).
 */
export function OpenStoryFile({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const stories = useLibrary((s) => s.stories);
  const inputId = useId();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [waiting, setWaiting] = useState<Waiting | null>(null);

  const say = (problem: StoryFileProblem | StoryFileImportProblem) =>
    setMessage(
      t(`storyFile.problem.${problem.code}`, problem.code === 'photo' || problem.code === 'bad-photo' ? { index: problem.index + 1 } : {}),
    );

  const take = async (file: Waiting['file'], replaceId?: string) => {
    setBusy(true);
    const result = await services.library.getState().importStory(file, replaceId);
    setBusy(false);
    setWaiting(null);
    if (!result.ok) return say(result.problem);
    setMessage('');
    onOpened();
  };

  const open = async (blob: Blob | undefined) => {
    if (!blob) return;
    setMessage('');
    setBusy(true);
    const file = await readStoryFileBlob(blob);
    setBusy(false);
    if (!file.ok) return say(file.problem);
    const original = originalStoryId(file.story);
    const same = Object.values(stories).find((s) => originalStoryId(s) === original);
    if (same) setWaiting({ file, sameId: same.id });
    else await take(file);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void open(event.dataTransfer.files[0]);
  };
  const same = waiting ? stories[waiting.sameId] : undefined;

  return (
    <div className="open-story-file" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      {/* A real file input with its own label, as the photos question has: keyboard and screen readers know it. */}
      <label htmlFor={inputId} className="file-label">
        {t('storyFile.open')}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => {
          void open(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <p className="muted small">{t('storyFile.drop')}</p>
      {message && (
        <p role="alert" className="gentle-error">
          {message}
        </p>
      )}
      {waiting && same && (
        <div role="alertdialog" aria-labelledby="same-story-heading" className="police-first">
          <h3 id="same-story-heading">{t('storyFile.same', { name: isolateIfNeeded(storyDisplayName(same, t)) })}</h3>
          <div className="step-buttons">
            <button type="button" className="primary" disabled={busy} onClick={() => void take(waiting.file)}>
              {t('storyFile.keepBoth')}
            </button>
            <button type="button" disabled={busy} onClick={() => void take(waiting.file, waiting.sameId)}>
              {t('storyFile.replace')}
            </button>
            <button type="button" disabled={busy} onClick={() => setWaiting(null)}>
              {t('storyFile.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
