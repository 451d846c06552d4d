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
// The translate view carries pinyin and the browser's translator: loaded when a helper opens it.
const TranslateView = lazy(() => import('./translate/TranslateView').then((m) => ({ default: m.TranslateView })));
// Text from a web page carries Readability and DOMPurify: loaded when a helper first asks for it.
const PageTextView = lazy(() => import('./page-text/PageTextView').then((m) => ({ default: m.PageTextView })));
const WitnessCards = lazy(() => import('./cards/WitnessCards').then((m) => ({ default: m.WitnessCards })));
import { storyDisplayName } from './story-name';
import type { AnswerPlace } from '@/lib/gate/essentials';
import { useFocusRescue } from './common/useFocusRescue';
import type { TabInfo } from '@/lib/tabs/active-tab';
import type { PageAccess } from './page-text/PageTextView';
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
  const [view, setView] = useState<'story' | 'compose' | 'cards' | 'translate' | 'library' | 'page'>('story');
  // "Use text from this page": the tab and the browser's answer to "may Homeward read it?".
  const [pageReading, setPageReading] = useState<{ tab: TabInfo; access: Promise<PageAccess> } | null>(null);
  // What was just added from a page, said once above the story it went into.
  const [notice, setNotice] = useState('');
  const show = (next: typeof view) => {
    setNotice('');
    setView(next);
  };
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
    show('story');
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
              aria-pressed={view === 'library' || view === 'page'}
              onClick={() => show(view === 'library' || view === 'page' ? 'story' : 'library')}
            >
              {(view === 'library' || view === 'page') && active ? t('library.backToStory') : t('library.open', { count })}
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
        {notice && (
          <p role="status" className="notice page-text-notice">
            {notice}
          </p>
        )}
        {status === 'ready' && active && view !== 'library' && view !== 'page' && (
          <nav aria-label={t('app.views')} className="view-tabs">
            {(['story', 'compose', 'cards', 'translate'] as const).map((v) => (
              <button key={v} type="button" aria-current={view === v ? 'page' : undefined} onClick={() => show(v)}>
                {t(
                  voiceKeys(
                    voiceOf(active.kind),
                    v === 'story' ? 'compose.storyTab' : v === 'compose' ? 'compose.tab' : v === 'cards' ? 'cards.tab' : 'translate.tab',
                  ),
                )}
              </button>
            ))}
          </nav>
        )}
        {status === 'ready' &&
          (view === 'page' && pageReading ? (
            <Suspense
              fallback={
                <p role="status" className="muted">
                  {t('app.loading')}
                </p>
              }
            >
              <PageTextView
                tab={pageReading.tab}
                access={pageReading.access}
                onClose={() => show('library')}
                onTaken={(_storyId, said) => {
                  setView('story');
                  setNotice(said);
                }}
              />
            </Suspense>
          ) : view === 'library' || view === 'page' || !active ? (
            <LibraryView
              onOpen={() => show('story')}
              onUseText={(tab, access) => {
                setPageReading({ tab, access });
                show('page');
              }}
            />
          ) : view === 'compose' || view === 'cards' || view === 'translate' ? (
            <Suspense
              fallback={
                <p role="status" className="muted">
                  {t('app.loading')}
                </p>
              }
            >
              {view === 'translate' ? (
                <TranslateView key={active.id} storyId={active.id} />
              ) : view === 'compose' && voiceOf(active.kind) === 'witness' ? (
                <WitnessReport key={active.id} storyId={active.id} onEditAnswer={editAnswer} />
              ) : view === 'compose' ? (
                <ComposeView key={active.id} storyId={active.id} onEditAnswer={editAnswer} onOpenCards={() => show('cards')} />
              ) : voiceOf(active.kind) === 'witness' ? (
                <WitnessCards key={active.id} storyId={active.id} onEditAnswer={editAnswer} onOpenReport={() => show('compose')} />
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
              onMakePosts={() => show('compose')}
              onMakeCards={() => show('cards')}
            />
          ))}
        <UndoDelete />
      </main>
      <footer className="app-footer muted">{t('app.privacy')}</footer>
    </div>
  );
}
