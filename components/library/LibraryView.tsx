import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary, useServices } from '../services';
import { useActiveTab } from '../common/useActiveTab';
import { MarkedText } from '../common/UserText';
import type { TabInfo } from '@/lib/tabs/active-tab';
import { webOrigin } from '@/lib/tabs/site-access-origin';
import type { PageAccess } from '../page-text/PageTextView';
import { KindChooser } from './KindChooser';
import { StoryRow } from './StoryRow';
import { OpenStoryFile } from './OpenStoryFile';

export function LibraryView({ onOpen, onUseText }: { onOpen: () => void; onUseText: (tab: TabInfo, access: Promise<PageAccess>) => void }) {
  const { t } = useTranslation();
  const { pageAccess } = useServices();
  const { tab } = useActiveTab();
  const [pageMessage, setPageMessage] = useState('');
  /** Asks the browser first, inside the click (it asks only during a person's action), then reads the page. */
  const useText = () => {
    if (!tab) return setPageMessage(t('pageText.noTab'));
    setPageMessage('');
    const origin = tab.url ? webOrigin(tab.url) : null;
    const access: Promise<PageAccess> = origin
      ? pageAccess(origin).then(
          (ok) => (ok ? 'allowed' : 'denied'),
          () => 'denied',
        )
      : Promise.resolve('allowed');
    onUseText(tab, access);
  };
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
      <div className="use-page-text part">
        <button type="button" onClick={useText} aria-describedby="use-page-text-hint">
          {t('pageText.use')}
        </button>
        <p id="use-page-text-hint" className="muted small">
          <MarkedText text={t('pageText.useHint')} />
        </p>
        {pageMessage && <p role="alert">{pageMessage}</p>}
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
