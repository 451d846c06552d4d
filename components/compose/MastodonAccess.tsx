import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { originFromInput } from '@/lib/tabs/site-access-origin';
import { useServices } from '../services';

/** For a Mastodon server Homeward does not know yet: the person names it and allows Homeward there. */
export function MastodonAccess({ tabId, onAllowed }: { tabId: number | null; onAllowed: () => void }) {
  const { t } = useTranslation();
  const { allowSite } = useServices();
  const id = useId();
  const whyId = useId();
  const [server, setServer] = useState('');
  const [message, setMessage] = useState('');
  const allow = async () => {
    const origin = originFromInput(server);
    if (!origin) {
      setMessage(t('compose.mastodonBadServer'));
      return;
    }
    const host = new URL(origin).hostname;
    const ok = await allowSite(origin, tabId).catch(() => false);
    setMessage(ok ? t('compose.mastodonAllowed', { server: host }) : t('compose.mastodonDenied', { server: host }));
    if (ok) onAllowed();
  };
  return (
    <div className="mastodon-access part">
      <label htmlFor={id}>{t('compose.mastodonServer')}</label>
      <input id={id} value={server} placeholder="mastodon.social" aria-describedby={whyId} onChange={(e) => setServer(e.target.value)} />
      <p id={whyId} className="muted small">
        {t('compose.mastodonWhy')}
      </p>
      <div>
        <button type="button" onClick={() => void allow()}>
          {t('compose.mastodonAllow')}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
