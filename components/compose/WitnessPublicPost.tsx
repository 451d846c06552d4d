import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@/lib/i18n/translate';
import type { AnswerPlace } from '@/lib/gate/essentials';
import { witnessPublicPost } from '@/lib/kinds/witness/public-post';
import { insertRequest } from '@/lib/messaging';
import type { Story } from '@/lib/story/story';
import { joinPhrases } from '@/lib/text/join';
import { useServices } from '../services';
import { useShareGate } from '../common/useShareGate';
import { useActiveSite } from './useActiveSite';
import { ReportText } from './ReportText';

/**
 * The optional public post about a child seen in a public place, for the site in the tab: Insert into post
 * and Copy, both through the share gate (unlike the police report, it goes to the public). Null when there is
 * no public post (the child was not seen in a public place).
 */
export function WitnessPublicPost({ story, onEditAnswer }: { story: Story; onEditAnswer: (place: AnswerPlace) => void }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const { tab, detected, known } = useActiveSite();
  const [status, setStatus] = useState('');
  const inserting = useRef(false);
  const profile = detected.profile;
  const limit = detected.limit;
  const post = useMemo(
    () => witnessPublicPost({ story, profile, limit, t: i18n.getFixedT(story.language) as unknown as Translate, today: services.today() }),
    [story, profile, limit, i18n, services],
  );
  const gate = useShareGate(story, { onGoTo: onEditAnswer }, [story.updatedAt, profile.id, limit].join('|'));
  if (!post || !known) return null;

  const site = t(`sites.${profile.id}`);
  const copy = async (after: string) => {
    try {
      await services.copyText(post.text);
      setStatus(after);
    } catch {
      setStatus(t('compose.copyFailed'));
    }
  };
  const copied = profile.id === 'other' ? t('compose.copiedOther') : t('compose.copied', { site });
  const insert = async () => {
    if (!tab || inserting.current) return;
    inserting.current = true;
    setStatus(t('compose.inserting', { site }));
    try {
      const request = insertRequest({
        platform: profile.id,
        editor: profile.editor,
        parts: [post.text],
        ...(post.title ? { title: post.title } : {}),
      });
      const outcome = await services.sendToTab(tab.id, request).catch(() => ({ status: 'unreachable' as const }));
      if (outcome.status === 'inserted') setStatus(t('compose.inserted', { site }));
      else if (outcome.status === 'no-compose-box') await copy(t('compose.noBox', { site }));
      else if (outcome.status === 'unreachable') await copy(t('compose.unreachable', { site }));
      else await copy(joinPhrases([t('compose.failed'), t('compose.pasteAgain')]));
    } finally {
      inserting.current = false;
    }
  };
  const fitted = post.leftOut.map((p) => t(`witness.view.publicPost.part.${p}`));
  const canInsert = profile.id !== 'other' && tab !== null;
  const texts = [post.text, post.title ?? ''];

  return (
    <section className="witness-public-post" aria-labelledby="witness-public-heading">
      <h3 id="witness-public-heading">{t('witness.view.publicPost.heading')}</h3>
      <p className="muted">{t('witness.view.publicPost.help')}</p>
      <ReportText
        label={t('witness.view.publicPost.label')}
        text={post.text}
        language={story.language}
        // The site's own count, as the family's post editor shows it; no limit for a page that is no site.
        note={
          Number.isFinite(limit)
            ? t('compose.counter', { used: profile.count(post.text, limit).used, limit })
            : t('compose.counterNoLimit', { used: profile.count(post.text, limit).used })
        }
      />
      {fitted.length > 0 && (
        <p className="muted small">{t('witness.view.publicPost.leftOut', { site, list: fitted.join(t('facts.leftOut.listSep')) })}</p>
      )}
      {gate.gate()}
      <div className="step-buttons">
        {canInsert && (
          <button type="button" className="primary" onClick={() => gate.guard(texts, () => void insert())}>
            {t('compose.insert')}
          </button>
        )}
        <button type="button" onClick={() => gate.guard(texts, () => void copy(copied))}>
          {t('compose.copy')}
        </button>
      </div>
      <p role="status" className="compose-status">
        {status}
      </p>
    </section>
  );
}
