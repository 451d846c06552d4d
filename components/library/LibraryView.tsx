import { useTranslation } from 'react-i18next';
import { useLibrary } from '../services';
import { StoryRow } from './StoryRow';

export function LibraryView({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const order = useLibrary((s) => s.order);
  const createStory = useLibrary((s) => s.createStory);
  return (
    <section aria-labelledby="library-heading" className="library">
      <div className="library-head">
        <h2 id="library-heading">{t('library.heading')}</h2>
        <button
          type="button"
          className="primary"
          onClick={() => {
            createStory();
            onOpen();
          }}
        >
          {t('library.new')}
        </button>
      </div>
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
