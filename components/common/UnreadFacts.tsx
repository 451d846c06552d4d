import { useTranslation } from 'react-i18next';
import type { UnreadFact } from '@/lib/kinds/family/facts';

/**
 * Each date or age the parent typed that Homeward could not read, quoted, with where to change it: posts and
 * cards leave it out rather than print it wrong, and the panel says so.
 */
export function UnreadFacts({ unread }: { unread: readonly UnreadFact[] }) {
  const { t } = useTranslation();
  if (unread.length === 0) return null;
  return (
    <div className="unread-facts">
      {unread.map((u) => (
        <p key={u.part} className="gentle-error">
          {t(`facts.unread.${u.part}`, { text: u.text })}
        </p>
      ))}
    </div>
  );
}
