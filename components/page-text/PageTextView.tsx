import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TabInfo } from '@/lib/tabs/active-tab';
import type { CapturedPage } from '@/lib/page/capture';
import { readPageText } from '@/lib/page-text/read';
import { suggestAnswers } from '@/lib/page-text/suggest';
import type { PageText, TextLink } from '@/lib/page-text/types';
import { registrationPhotoSelector } from '@/lib/page-text/registration';
import { questionsFor } from '@/lib/kinds';
import { STARTABLE_KINDS, type StoryKind } from '@/lib/story/kinds';
import type { TextPick } from '@/lib/story/take-text';
import { answerPart } from '@/lib/story/story';
import { dataUrlBlob } from '@/lib/story-file/base64';
import { useLibrary, useServices } from '../services';
import { MarkedText, UserText, useUiLanguage } from '../common/UserText';
import { pageLanguage } from '@/lib/page-text/language';
import { storyDisplayName } from '../story-name';

/** What the click on "Use text from this page" got: the browser's answer to "may Homeward read this site?". */
export type PageAccess = 'allowed' | 'denied';

type Reading =
  | { readonly state: 'reading' }
  | { readonly state: 'denied' | 'cannot-read' | 'unknown-page' }
  | { readonly state: 'read'; readonly page: PageText; readonly photo: Blob | null; readonly photoMissing: boolean };

/** One piece of the page the helper can put into an answer: a field of a registration, or a paragraph. */
interface Piece {
  readonly id: string;
  /** The page's own label (a registration's 姓名), or none for a paragraph. */
  readonly label: string | null;
  readonly text: string;
  readonly heading: boolean;
  readonly links: readonly TextLink[];
  /** The value that goes into the answer, when it differs from the text shown (a choice: 女 → girl). */
  readonly value: string;
  /** `<questionId>/<partId>` suggested for it, or ''. */
  readonly suggested: string;
}

const targetKey = (questionId: string, partId: string) => `${questionId}/${partId}`;

function piecesOf(page: PageText): readonly Piece[] {
  if (page.source === 'registration') {
    const suggestions = suggestAnswers(page.kind, page.fields);
    const questions = questionsFor(page.kind);
    const isChoice = (questionId: string, partId: string) =>
      questions.find((q) => q.id === questionId)?.parts.find((p) => p.id === partId)?.input === 'choice';
    return page.fields.flatMap((field, i) => {
      const mine = suggestions.filter((x) => x.key === field.key);
      const piece = (id: string, text: string, value: string, suggested: string): Piece => ({
        id,
        label: field.label,
        text,
        heading: false,
        links: [],
        value,
        suggested,
      });
      if (mine.length === 0) return [piece(`f${i}`, field.value, field.value, '')];
      // A field that fits several boxes (a place: province, city, district, the spot) is a piece for each.
      return mine.map((s, j) =>
        piece(
          `f${i}.${j}`,
          // A choice shows the page's words (女), and takes its option (girl).
          isChoice(s.target.questionId, s.target.partId) ? field.value : s.value,
          s.value,
          targetKey(s.target.questionId, s.target.partId),
        ),
      );
    });
  }
  if (page.source === 'nothing') return [];
  return page.blocks.map((block, i) => ({
    id: `b${i}`,
    label: null,
    text: block.text,
    heading: block.kind === 'heading',
    links: block.links,
    value: block.text,
    suggested: '',
  }));
}

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

/**
 * "Use text from this page": reads the page in the tab (once the browser said Homeward may), shows what it
 * found beside the story, and puts into the story only what the helper picks, each piece into the answer
 * they choose. A 宝贝回家 registration's fields come with the answer each fits already chosen; any other
 * page's paragraphs (the selection, or the main text) wait for the helper to choose. Page text is only ever
 * shown as text; links only when http(s).
 */
export function PageTextView({
  tab,
  access,
  onClose,
  onTaken,
}: {
  tab: TabInfo;
  access: Promise<PageAccess>;
  onClose: () => void;
  onTaken: (storyId: string, notice: string) => void;
}) {
  const { t } = useTranslation();
  const services = useServices();
  const uiLanguage = useUiLanguage();
  const active = useLibrary((s) => (s.activeId ? s.stories[s.activeId] : undefined));
  const [reading, setReading] = useState<Reading>({ state: 'reading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const kindId = useId();

  useEffect(() => {
    let live = true;
    const done = (next: Reading) => live && setReading(next);
    void (async () => {
      if ((await access.catch(() => 'denied' as const)) === 'denied') return done({ state: 'denied' });
      let captured: CapturedPage;
      try {
        captured = await services.capturePage(tab.id, tab.url ? registrationPhotoSelector(tab.url) : null);
      } catch {
        return done({ state: tab.url ? 'cannot-read' : 'unknown-page' });
      }
      const page = readPageText(captured, window);
      const photo = page.source === 'registration' && captured.photo ? dataUrlBlob(captured.photo) : null;
      done({ state: 'read', page, photo, photoMissing: page.source === 'registration' && page.photoUrl !== null && !photo });
    })();
    return () => {
      live = false;
    };
  }, [access, services, tab]);

  useEffect(() => heading.current?.focus(), [reading.state]);

  const page = reading.state === 'read' ? reading.page : null;
  const pieces = useMemo(() => (page ? piecesOf(page) : []), [page]);
  const registrationKind = page?.source === 'registration' ? page.kind : null;
  // Into the open story when it can take these (a registration only into a story of its own kind), else a new one.
  const openFits = active !== undefined && (registrationKind === null || active.kind === registrationKind);
  const [into, setInto] = useState<'open' | 'new' | null>(null);
  const target: 'open' | 'new' =
    into ?? (openFits && (registrationKind === null || Object.keys(active.answers).length === 0) ? 'open' : 'new');
  const [newKind, setNewKind] = useState<StoryKind | null>(null);
  const kind: StoryKind = target === 'open' && active ? active.kind : (registrationKind ?? newKind ?? 'family-seeking-child');
  const [chosen, setChosen] = useState<Readonly<Record<string, string>>>({});
  const [photoChosen, setPhotoChosen] = useState(true);
  const choiceOf = (piece: Piece) => chosen[piece.id] ?? piece.suggested;

  const questions = questionsFor(kind).filter((q) => q.kind === 'parts');
  const photoUrl = useMemo(() => (reading.state === 'read' && reading.photo ? URL.createObjectURL(reading.photo) : null), [reading]);
  useEffect(() => () => void (photoUrl && URL.revokeObjectURL(photoUrl)), [photoUrl]);

  const picks: TextPick[] = pieces.flatMap((piece) => {
    const choice = choiceOf(piece);
    const [questionId, partId] = choice.split('/');
    // The suggested answer takes the value in its own form (女 → girl); any other takes the page's words.
    return questionId && partId ? [{ questionId, partId, text: choice === piece.suggested ? piece.value : piece.text }] : [];
  });
  const addPhoto = reading.state === 'read' && reading.photo !== null && photoChosen;

  const add = async () => {
    if (!page || (picks.length === 0 && !addPhoto)) return;
    const library = services.library.getState();
    // A new story is written in the page's language: a 宝贝回家 registration's posts are Chinese, whatever the
    // panel's language.
    const storyId = target === 'open' && active ? active.id : library.createStory(kind, pageLanguage(page, picks, uiLanguage));
    const taken = library.takeText(storyId, picks, page.url);
    const problems = addPhoto && reading.state === 'read' && reading.photo ? await library.addPhotos(storyId, [reading.photo]) : [];
    const photos = addPhoto && problems.length === 0 ? 1 : 0;
    services.library.getState().moveTo(storyId, 'review');
    const host = hostOf(page.url);
    const notice = [
      t('pageText.added', { count: taken?.changed ?? 0, host }),
      photos > 0 ? t('pageText.addedPhoto') : '',
      addPhoto && photos === 0 ? t('pageText.photoFailed') : '',
      (taken?.refused.length ?? 0) > 0 ? t('pageText.refused', { count: taken?.refused.length ?? 0 }) : '',
      t('pageText.check'),
    ]
      .filter(Boolean)
      // Chinese sentences follow each other with no space after 。
      .join(uiLanguage === 'en' ? ' ' : '');
    onTaken(storyId, notice);
  };

  const problem = (text: string) => (
    <>
      <p role="alert" className="notice">
        <MarkedText text={text} />
      </p>
      <button type="button" onClick={onClose}>
        {t('pageText.back')}
      </button>
    </>
  );

  return (
    <section className="page-text" aria-labelledby="page-text-heading">
      <h2 id="page-text-heading" ref={heading} tabIndex={-1}>
        {t('pageText.heading')}
      </h2>
      {reading.state === 'reading' && (
        <p role="status" className="muted">
          {t('pageText.reading')}
        </p>
      )}
      {reading.state === 'denied' && problem(t('pageText.denied', { host: hostOf(tab.url) }))}
      {reading.state === 'cannot-read' && problem(t('pageText.cannotRead'))}
      {reading.state === 'unknown-page' && problem(t('pageText.unknownPage'))}
      {page && (
        <>
          <p className="muted small page-source">
            {t('pageText.from')} <SourceLink url={page.url} />
          </p>
          {page.source === 'nothing' ? (
            problem(t('pageText.nothing'))
          ) : (
            <>
              <p>
                <MarkedText
                  text={
                    page.source === 'registration'
                      ? t('pageText.registration', { kind: t(`kinds.label.${page.kind}`) })
                      : page.source === 'selection'
                        ? t('pageText.selection')
                        : t('pageText.article')
                  }
                />
              </p>
              <fieldset className="page-text-into">
                <legend>{t('pageText.into')}</legend>
                {openFits && active && (
                  <label className="choice">
                    <input type="radio" name="page-text-into" checked={target === 'open'} onChange={() => setInto('open')} />{' '}
                    {t('pageText.intoOpen')} <UserText text={storyDisplayName(active, t)} />
                  </label>
                )}
                <label className="choice">
                  <input type="radio" name="page-text-into" checked={target === 'new'} onChange={() => setInto('new')} />{' '}
                  {t('pageText.intoNew')}
                </label>
                {target === 'new' && registrationKind === null && (
                  <div>
                    <label htmlFor={kindId}>{t('pageText.newKind')}</label>
                    <select
                      id={kindId}
                      value={kind}
                      onChange={(e) => {
                        setNewKind(e.target.value as StoryKind);
                        setChosen({});
                      }}
                    >
                      {STARTABLE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`kinds.label.${k}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </fieldset>
              <p className="muted small">{t(page.source === 'registration' ? 'pageText.howRegistration' : 'pageText.how')}</p>
              <ol className="page-pieces">
                {pieces.map((piece) => (
                  <PieceRow
                    key={piece.id}
                    piece={piece}
                    questions={questions}
                    value={choiceOf(piece)}
                    onChange={(value) => setChosen({ ...chosen, [piece.id]: value })}
                    holds={target === 'open' && active ? (where) => answerPart(active, where.questionId, where.partId) : () => ''}
                  />
                ))}
              </ol>
              {photoUrl && (
                <div className="page-photo">
                  <img src={photoUrl} alt={t('pageText.photoAlt')} className="thumb" />
                  <label className="choice">
                    <input type="checkbox" checked={photoChosen} onChange={(e) => setPhotoChosen(e.target.checked)} />{' '}
                    {t('pageText.addPhoto')}
                  </label>
                </div>
              )}
              {reading.state === 'read' && reading.photoMissing && <p className="muted small">{t('pageText.photoUnread')}</p>}
              <div className="page-text-actions">
                <button type="button" className="primary" disabled={picks.length === 0 && !addPhoto} onClick={() => void add()}>
                  {t('pageText.add', { count: picks.length + (addPhoto ? 1 : 0) })}
                </button>
                <button type="button" onClick={onClose}>
                  {t('pageText.cancel')}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The page's address: a link when it is http(s), else text. */
function SourceLink({ url }: { url: string }) {
  return /^https?:\/\//i.test(url) ? (
    <a href={url} target="_blank" rel="noreferrer noopener">
      <UserText text={url} />
    </a>
  ) : (
    <UserText text={url} />
  );
}

/** Under a piece: what the answer it goes into already holds, and that the piece will follow it. */
function AlreadyThere({ value, holds }: { value: string; holds: (where: { questionId: string; partId: string }) => string }) {
  const { t } = useTranslation();
  const [questionId, partId] = value.split('/');
  const now = questionId && partId ? holds({ questionId, partId }).trim() : '';
  if (!now) return null;
  const shown = [...now].length > 80 ? `${[...now].slice(0, 80).join('')}…` : now;
  return (
    <p className="muted small page-piece-holds">
      {t('pageText.holds')} <UserText text={shown} />
    </p>
  );
}

/** A part's name without its explanation in brackets: a drop-down's list must fit a 320 px panel. */
const shortLabel = (label: string) => label.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '') || label;

function PieceRow({
  piece,
  questions,
  value,
  onChange,
  holds,
}: {
  piece: Piece;
  questions: ReturnType<typeof questionsFor>;
  value: string;
  /** What the story's answer part holds now (beside the page's words, so nothing is added twice by mistake). */
  holds: (where: { questionId: string; partId: string }) => string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const textId = useId();
  return (
    <li className={piece.heading ? 'page-piece heading' : 'page-piece'}>
      <p id={textId} className="page-piece-text">
        {piece.label && <UserText className="page-piece-label" text={`${piece.label}：`} />}
        <UserText text={piece.text} />
      </p>
      {piece.links.length > 0 && (
        <ul className="page-piece-links">
          {piece.links.map((link, i) => (
            <li key={i}>
              <SourceLink url={link.href} /> {link.text && link.text !== link.href && <UserText text={`(${link.text})`} />}
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id} className="small">
        {t('pageText.putInto')}
      </label>{' '}
      <select id={id} value={value} aria-describedby={textId} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('pageText.notUsed')}</option>
        {questions.map((q) => {
          // A choice takes only its options: the field suggested for it (女 → girl) may go there, nothing else.
          const parts = q.parts.filter((p) => p.input !== 'choice' || piece.suggested === targetKey(q.id, p.id));
          if (parts.length === 0) return null;
          return (
            <optgroup key={q.id} label={t(`questions.${q.id}.label`) + (q.private ? ` (${t('pageText.private')})` : '')}>
              {parts.map((p) => (
                <option key={p.id} value={targetKey(q.id, p.id)}>
                  {shortLabel(t(`questions.${q.id}.parts.${p.id}`))}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <AlreadyThere value={value} holds={holds} />
    </li>
  );
}
