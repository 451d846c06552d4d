import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from '../services';
import { KindChooser } from './KindChooser';
import { StoryRow } from './StoryRow';
import { OpenStoryFile } from './OpenStoryFile';

export function LibraryView({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const order = useLibrary((s) => s.order);
  const createStory = useLibrary((s) => s.createStory);
  // "New story" first asks who is writing: each kind asks its own questions.
  const [choosing, setChoosing] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  return (
    <section aria-labelledby="library-heading" className="library">
      <div className="library-head">
        <h2 id="library-heading">{t('library.heading')}</h2>
        <button ref={newButton} type="button" className="primary" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
          {t('library.new')}
        </button>
      </div>
      {choosing && (
        <KindChooser
          onChoose={(kind) => {
            createStory(kind);
            setChoosing(false);
            onOpen();
          }}
          onCancel={() => {
            setChoosing(false);
            newButton.current?.focus();
          }}
        />
      )}
      <OpenStoryFile onOpened={onOpen} />
      {order.length === 0 ? (
        <p className="muted">{t('library.empty')}</p>
      ) : (
        <ul className="story-list">
          {order.map((id) => (
            <StoryRow key={id} id={id} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
