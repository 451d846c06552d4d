import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibrary } from './services';
import { LanguageSwitch } from './common/LanguageSwitch';
import { SaveStatusLine } from './common/SaveStatusLine';
import { LibraryView } from './library/LibraryView';
import { UndoDelete } from './library/UndoDelete';
import { Interview } from './interview/Interview';
// Posts and cards carry the counting and drawing libraries: loaded when first opened, so the interview
// (what a parent sees first) starts sooner.
const ComposeView = lazy(() => import('./compose/ComposeView').then((m) => ({ default: m.ComposeView })));
const CardsView = lazy(() => import('./cards/CardsView').then((m) => ({ default: m.CardsView })));
// Someone who saw a child gets a private report for the police in place of the family's posts.
const WitnessReport = lazy(() => import('./compose/WitnessReport').then((m) => ({ default: m.WitnessReport })));
const WitnessCards = lazy(() => import('./cards/WitnessCards').then((m) => ({ default: m.WitnessCards })));
import { storyDisplayName } from './story-name';
import type { AnswerPlace } from '@/lib/gate/essentials';
import { useFocusRescue } from './common/useFocusRescue';
import { applyDocumentLanguage } from '@/lib/i18n/document-language';
import { voiceKeys } from '@/lib/i18n/voice';
import { voiceOf } from '@/lib/kinds';

/** Where focus goes when the focused element leaves the screen: the heading of what is shown now. */
const screenHeading = () => document.querySelector<HTMLElement>('main h2');

export function App() {
  const { t, i18n } = useTranslation();
  const status = useLibrary((s) => s.status);
  const unreadable = useLibrary((s) => s.unreadable);
  const active = useLibrary((s) => (s.activeId ? s.stories[s.activeId] : undefined));
  const count = useLibrary((s) => s.order.length);
  const createStory = useLibrary((s) => s.createStory);
  const [view, setView] = useState<'story' | 'compose' | 'cards' | 'library'>('story');
  // Where "Go back and edit" (and the missing-essential buttons) sent the parent: focus goes into that box.
  const [editing, setEditing] = useState<AnswerPlace | null>(null);
  const moveTo = useLibrary((s) => s.moveTo);
  const doneFocusing = useCallback(() => setEditing(null), []);
  const firstLoad = useRef(true);
  const root = useRef<HTMLDivElement>(null);
  useFocusRescue(root, screenHeading);

  // A parent opening Homeward for the first time lands straight on the first story.
  useEffect(() => {
    if (status !== 'ready' || !firstLoad.current) return;
    firstLoad.current = false;
    if (count === 0) createStory();
  }, [status, count, createStory]);

  // Screen readers, CJK font selection and the window's title follow the panel's language.
  useEffect(() => {
    applyDocumentLanguage(document, i18n.language, t('app.name'));
  }, [i18n.language, t]);

  /** From the posts or cards view to one box of the story, with focus in it. */
  const editAnswer = (place: AnswerPlace) => {
    if (!active) return;
    moveTo(active.id, place.questionId);
    setEditing(place);
    setView('story');
  };

  return (
    <div className="app" ref={root}>
      <header className="app-header">
        <h1 className="app-title">
          <span aria-hidden="true" className="app-mark">
            ⌂
          </span>{' '}
          {t('app.name')}
        </h1>
        <div className="app-header-tools">
          {status === 'ready' && (
            <button
              type="button"
              className="link-button"
              aria-pressed={view === 'library'}
              onClick={() => setView(view === 'library' ? 'story' : 'library')}
            >
              {view === 'library' && active ? t('library.backToStory') : t('library.open', { count })}
            </button>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main className="app-main">
        <SaveStatusLine />
        {unreadable > 0 && (
          <p className="notice" role="status">
            {t('app.unreadable', { count: unreadable })}
          </p>
        )}
        {status === 'loading' && (
          <p role="status" className="muted">
            {t('app.loading')}
          </p>
        )}
        {status === 'failed' && (
          <p role="alert" className="error">
            {t('app.loadFailed')}
          </p>
        )}
        {status === 'ready' && active && view !== 'library' && (
          <nav aria-label={t('app.views')} className="view-tabs">
            {(['story', 'compose', 'cards'] as const).map((v) => (
              <button key={v} type="button" aria-current={view === v ? 'page' : undefined} onClick={() => setView(v)}>
                {t(voiceKeys(voiceOf(active.kind), v === 'story' ? 'compose.storyTab' : v === 'compose' ? 'compose.tab' : 'cards.tab'))}
              </button>
            ))}
          </nav>
        )}
        {status === 'ready' &&
          (view === 'library' || !active ? (
            <LibraryView onOpen={() => setView('story')} />
          ) : view === 'compose' || view === 'cards' ? (
            <Suspense
              fallback={
                <p role="status" className="muted">
                  {t('app.loading')}
                </p>
              }
            >
              {view === 'compose' && voiceOf(active.kind) === 'witness' ? (
                <WitnessReport key={active.id} storyId={active.id} onEditAnswer={editAnswer} />
              ) : view === 'compose' ? (
                <ComposeView key={active.id} storyId={active.id} onEditAnswer={editAnswer} onOpenCards={() => setView('cards')} />
              ) : voiceOf(active.kind) === 'witness' ? (
                <WitnessCards key={active.id} storyId={active.id} onEditAnswer={editAnswer} onOpenReport={() => setView('compose')} />
              ) : (
                <CardsView key={active.id} storyId={active.id} onEditAnswer={editAnswer} />
              )}
            </Suspense>
          ) : (
            <Interview
              key={active.id}
              storyId={active.id}
              title={storyDisplayName(active, t)}
              focus={editing}
              onFocused={doneFocusing}
              onMakePosts={() => setView('compose')}
              onMakeCards={() => setView('cards')}
            />
          ))}
        <UndoDelete />
      </main>
      <footer className="app-footer muted">{t('app.privacy')}</footer>
    </div>
  );
}
