import { useTranslation } from 'react-i18next';
import type { UnreadFact } from '@/lib/kinds/family/facts';
import type { Voice } from '@/lib/kinds';
import { voiceKeys } from '@/lib/i18n/voice';

/**
 * Each date or age the parent typed that Homeward could not read, quoted, with where to change it: posts and
 * cards leave it out rather than print it wrong, and the panel says so.
 */
export function UnreadFacts({ unread, voice = 'family' }: { unread: readonly UnreadFact[]; voice?: Voice }) {
  const { t } = useTranslation();
  if (unread.length === 0) return null;
  return (
    <div className="unread-facts">
      {unread.map((u) => (
        <p key={u.part} className="gentle-error">
          {t(voiceKeys(voice, `facts.unread.${u.part}`), { text: u.text })}
        </p>
      ))}
    </div>
  );
}
