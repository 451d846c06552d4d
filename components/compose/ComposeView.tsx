import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS } from '@/lib/platforms';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms/types';
import { storyInLanguage } from '@/lib/translate/story-translation';
import { OutputLanguageChoice, useOutputLanguage } from '../translate/OutputLanguage';
import { VARIANTS, composePosts, type Translate, type Variant } from '@/lib/compose/posts';
import { composeBilingual } from '@/lib/compose/bilingual';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { AnswerPlace } from '@/lib/gate/essentials';
import type { LocatedFinding } from '@/lib/gate/findings';
import { useLibrary, useServices } from '../services';
import { useShareGate } from '../common/useShareGate';
import { AdviceReminders } from '../common/AdviceReminders';
import { useActiveSite } from './useActiveSite';
import { PostEditor } from './PostEditor';
import { MastodonAccess } from './MastodonAccess';
import { LeftOutNote } from './LeftOutNote';
import { StoryFitNote } from './StoryFitNote';
import { UnreadFacts } from '../common/UnreadFacts';
import { voiceKeys } from '@/lib/i18n/voice';
import { voiceOf } from '@/lib/kinds';
import { factsFor, isAppealKind } from '@/lib/kinds/facts';
import { ResetConfirm } from './ResetConfirm';
import { excerpt } from '@/lib/text/segments';
import { joinPhrases } from '@/lib/text/join';
import { insertRequest } from '@/lib/messaging';

/**
 * Posts for the site in the tab: pick the kind, edit, then insert into the compose box or copy.
 * `onEditAnswer` takes the parent to a question of the story (a missing essential, a phone number found).
 */
export function ComposeView({
  storyId,
  onEditAnswer,
  onOpenCards,
}: {
  storyId: string;
  onEditAnswer: (place: AnswerPlace) => void;
  /** To the image cards, where the story card carries a sentence of the parent's beside the photo. */
  onOpenCards?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const story = useLibrary((s) => s.stories[storyId]);
  const { tab, detected, refresh, known } = useActiveSite();
  const [chosen, setChosen] = useState<PlatformId | null>(null);
  const [variant, setVariant] = useState<Variant>('story');
  const [status, setStatus] = useState('');
  // The post kind whose "Back to Homeward's version" is waiting for the parent to confirm.
  const [confirmReset, setConfirmReset] = useState<string | null>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const siteId = useId();
  const titleId = useId();
  const postsBox = useRef<HTMLDivElement>(null);
  const inserting = useRef(false);

  const profile = chosen ? PLATFORMS[chosen] : detected.profile;
  const limit = chosen && chosen !== detected.profile.id ? profile.limit : detected.limit;
  // The story's language, or one it has a checked translation in.
  const postLanguage = useOutputLanguage(story, { bilingual: true });
  const { language, second } = postLanguage;
  const answers = story?.answers;
  const translations = story?.translations;
  // Posts are written in the story's language (or a checked translation's), whatever the panel's language is.
  // A witness's story has no public posts through here: its report to the police is its own.
  const posts = useMemo(() => {
    if (!story || !isAppealKind(story.kind)) return null;
    const half = (l: AppLanguage) => ({ story: storyInLanguage(story, l), t: i18n.getFixedT(l) as unknown as Translate });
    const today = services.today();
    if (second) return composeBilingual({ first: half(language), second: half(second), profile, limit, today });
    return composePosts({ ...half(language), profile, limit, today });
    // Recomputed when the answers or translations change, not when a draft is edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answers, translations, language, second, profile, limit, i18n, services]);

  /** A finding typed into a post: back to that post's box, with the finding selected. */
  const editPostText = (finding: LocatedFinding) => {
    const box = postsBox.current;
    // The posts' boxes in order, then the title (checked last: see `insert`).
    const fields = box
      ? [...box.querySelectorAll<HTMLTextAreaElement>('textarea'), ...box.querySelectorAll<HTMLInputElement>('input[readonly]')]
      : [];
    const field = fields[finding.textIndex];
    field?.focus();
    field?.setSelectionRange(finding.start, finding.end);
  };
  // Nothing leaves the panel before the one check (essentials, then phone numbers, ID numbers, addresses).
  // Anything that changes the post shown drops an open box, so what is shared is what was checked.
  const gate = useShareGate(
    story,
    { onGoTo: onEditAnswer, onEditText: editPostText },
    [story?.updatedAt, profile.id, variant, limit, postLanguage.key].join('|'),
  );

  if (!story || !posts) return <p>{t('compose.noStory')}</p>;
  if (!known) {
    return (
      <p role="status" className="muted">
        {t('app.loading')}
      </p>
    );
  }
  // The parent's edit of a post is kept per language: one in English (or in both) never replaces the Chinese one.
  const key = postLanguage.key === story.language ? `${profile.id}:${variant}` : `${profile.id}:${variant}:${postLanguage.key}`;
  const generated = posts[variant].parts;
  const draft = story.drafts?.[key];
  // How much of the parent's own words one post carries (the thread carries all where the site threads).
  const words = variant === 'story' || (variant === 'thread' && !profile.thread) ? posts[variant].words : undefined;
  const parts = draft ?? generated;
  const site = t(`sites.${profile.id}`);
  const title = posts[variant].title;
  const setPart = (i: number, text: string) => {
    const next = [...parts];
    next[i] = text;
    services.library.getState().setDraft(storyId, key, next);
  };

  // A post the parent edited is fixed in its own box; Homeward's version, in the answers it is made from.
  const guarded = (texts: readonly string[], run: () => void) => gate.guard(texts, run, { edited: draft !== undefined });

  const copy = async (text: string, after?: string) => {
    try {
      await services.copyText(text);
      setStatus(after ?? (profile.id === 'other' ? t('compose.copiedOther') : t('compose.copied', { site })));
    } catch {
      setStatus(t('compose.copyFailed'));
    }
  };
  /** What happened on the page, then the post put on the clipboard, and whether that worked. */
  const sayAndCopy = async (said: string, text: string, copied: string) => {
    try {
      await services.copyText(text);
      setStatus(joinPhrases([said, copied]));
    } catch {
      setStatus(joinPhrases([said, t('compose.copyFailed')]));
    }
  };

  const insert = async () => {
    if (!tab) return copy(parts.join('\n\n'));
    // One insertion at a time: a second press waits for the first to be read back, never pastes over it.
    if (inserting.current) return;
    inserting.current = true;
    setStatus(t('compose.inserting', { site }));
    try {
      const outcome = await services
        .sendToTab(tab.id, insertRequest({ platform: profile.id, editor: profile.editor, parts, ...(title ? { title } : {}) }))
        .catch(() => ({ status: 'unreachable' as const }));
      if (outcome.status === 'inserted') {
        const said = [
          outcome.parts < parts.length
            ? t('compose.insertedSome', { count: outcome.parts, total: parts.length, site })
            : t('compose.inserted', { site }),
          outcome.leftover ? t('compose.leftover', { count: outcome.leftover }) : '',
          outcome.titleMissing ? t('compose.titleMissing') : '',
        ];
        setStatus(joinPhrases(said));
      } else if (outcome.status === 'mismatch') {
        const found = excerpt(outcome.found);
        const said = outcome.unchanged
          ? t('compose.mismatchUnchanged', { site })
          : found
            ? t('compose.mismatchFound', { site, found })
            : t('compose.mismatchEmpty', { site });
        const before = outcome.part > 0 ? t('compose.mismatchPart', { count: outcome.part, index: outcome.part + 1 }) : '';
        await sayAndCopy(joinPhrases([before, said]), parts[outcome.part] ?? parts.join('\n\n'), t('compose.pasteAgain'));
      } else if (outcome.status === 'failed') {
        console.error('Homeward: insertion failed on the page:', outcome.error);
        await copy(parts.join('\n\n'), joinPhrases([t('compose.failed'), t('compose.pasteAgain')]));
      } else {
        await copy(parts.join('\n\n'), t(outcome.status === 'no-compose-box' ? 'compose.noBox' : 'compose.unreachable', { site }));
      }
    } finally {
      inserting.current = false;
    }
  };

  const canInsert = profile.id !== 'other' && tab !== null && (!chosen || chosen === detected.profile.id);
  const maxParts = profile.thread?.maxParts;

  return (
    <section ref={postsBox} className="compose" aria-labelledby="compose-heading">
      <h2 id="compose-heading" className="visually-hidden">
        {t('compose.tab')}
      </h2>
      <AdviceReminders story={story} onGoTo={onEditAnswer} />
      <p className="muted">
        {detected.profile.id === 'other' ? t('compose.siteNone') : t('compose.siteDetected', { site: t(`sites.${detected.profile.id}`) })}
      </p>
      <div className="part">
        <label htmlFor={siteId}>{t('compose.siteLabel')}</label>
        <select id={siteId} value={profile.id} onChange={(e) => setChosen(e.target.value as PlatformId)}>
          {PLATFORM_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`sites.${id}`)}
            </option>
          ))}
        </select>
      </div>
      <OutputLanguageChoice
        label={t('translate.postsLanguage')}
        choice={postLanguage.key}
        choices={postLanguage.choices}
        choose={postLanguage.choose}
      />
      {chosen === 'mastodon' && detected.profile.id !== 'mastodon' && (
        <MastodonAccess
          tabId={tab?.id ?? null}
          onAllowed={() => {
            setChosen(null);
            refresh();
          }}
        />
      )}
      <fieldset className="part choice variants">
        <legend>{t('compose.variantLabel')}</legend>
        {VARIANTS.map((v) => (
          <label key={v} className="choice-option">
            <input type="radio" name="variant" value={v} checked={variant === v} onChange={() => setVariant(v)} />{' '}
            {t(`compose.variant.${v}`)}
          </label>
        ))}
        <p className="muted small">{t(voiceKeys(voiceOf(story.kind), `compose.variantHelp.${variant}`))}</p>
      </fieldset>

      {title !== undefined && (
        <div className="part">
          <label htmlFor={titleId}>{t('compose.title')}</label>
          <input id={titleId} value={title} readOnly />
        </div>
      )}
      {maxParts !== undefined && parts.length > maxParts && (
        <p className="gentle-error">{t('compose.tooManyParts', { site, max: maxParts, count: parts.length })}</p>
      )}
      {parts.map((text, i) => (
        <div key={i} className="post">
          <PostEditor
            label={parts.length > 1 ? t('compose.partLabel', { index: i + 1, total: parts.length }) : t('compose.postLabel')}
            text={text}
            profile={profile}
            limit={limit}
            language={language}
            onChange={(value) => setPart(i, value)}
          />
          {parts.length > 1 && (
            // Only this post is checked; the others are blank so a finding's index is still its post's.
            <button
              type="button"
              onClick={() =>
                guarded(
                  parts.map((p, j) => (j === i ? p : '')),
                  () => void copy(text),
                )
              }
            >
              {t('compose.copyPart', { index: i + 1 })}
            </button>
          )}
        </div>
      ))}
      {/* What the generated post leaves out; once the person edits it, the text is theirs. */}
      {!draft && words !== undefined && words !== 'all' && (
        <StoryFitNote
          kind={story.kind}
          words={words}
          site={site}
          threads={profile.thread !== null}
          onShowThread={() => {
            setVariant('thread');
            // The note goes with the story post: focus moves to the choice it made.
            requestAnimationFrame(() =>
              postsBox.current?.querySelector<HTMLInputElement>('input[name="variant"][value="thread"]')?.focus(),
            );
          }}
          onOpenCards={onOpenCards}
        />
      )}
      {!draft && (
        <LeftOutNote
          kind={story.kind}
          post={
            words !== undefined && words !== 'all'
              ? { ...posts[variant], leftOut: posts[variant].leftOut.filter((p) => p !== 'story') }
              : posts[variant]
          }
          site={site}
        />
      )}
      <UnreadFacts unread={factsFor(story, services.today())?.unread ?? []} voice={voiceOf(story.kind)} />
      {draft &&
        (confirmReset === key ? (
          <ResetConfirm
            onKeep={() => {
              setConfirmReset(null);
              requestAnimationFrame(() => resetButton.current?.focus());
            }}
            onReset={() => {
              setConfirmReset(null);
              services.library.getState().setDraft(storyId, key, null);
              // Focus goes to the post, now Homeward's version again.
              requestAnimationFrame(() => postsBox.current?.querySelector<HTMLElement>('.post textarea')?.focus());
            }}
          />
        ) : (
          <p className="muted small">
            {t('compose.edited')} {/* The parent's edit is never thrown away on one click: this asks first. */}
            <button type="button" ref={resetButton} className="link-button" onClick={() => setConfirmReset(key)}>
              {t('compose.reset')}
            </button>
          </p>
        ))}

      {gate.gate()}
      <div className="step-buttons">
        {canInsert && (
          <button type="button" className="primary" onClick={() => guarded([...parts, title ?? ''], () => void insert())}>
            {t('compose.insert')}
          </button>
        )}
        <button type="button" className={canInsert ? '' : 'primary'} onClick={() => guarded(parts, () => void copy(parts.join('\n\n')))}>
          {t('compose.copy')}
        </button>
      </div>
      <p role="status" className="compose-status">
        {status}
      </p>
    </section>
  );
}
