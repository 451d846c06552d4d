import { useTranslation } from 'react-i18next';
import type { StoryKind } from '@/lib/story/kinds';
import { useVoiceT } from '../common/useVoice';
import type { LeftOut, Post } from '@/lib/compose/posts';

const UNREAD: readonly LeftOut[] = ['unreadLostDate', 'unreadBirthDate', 'unreadAgeWhenLost'];
const ESSENTIALS: readonly LeftOut[] = ['name', 'date', 'place', 'police'];

/**
 * Under a post: what it does not say that the story does, in the person's language. What was cut to fit the
 * site ("To fit X, this post leaves out: the exact spot, the topics.") and, in a warning, any essential that
 * could not fit at all. (Dates and ages Homeward could not read are said by UnreadFacts.)
 */
export function LeftOutNote({ post, site, kind }: { post: Post; site: string; kind: StoryKind }) {
  const { t } = useTranslation();
  const vt = useVoiceT(kind);
  const list = (pieces: readonly LeftOut[]) => pieces.map((p) => vt(`facts.leftOut.piece.${p}`)).join(t('facts.leftOut.listSep'));
  const essentials = post.leftOut.filter((p) => ESSENTIALS.includes(p));
  const fitted = post.leftOut.filter((p) => !ESSENTIALS.includes(p) && !UNREAD.includes(p));
  if (essentials.length === 0 && fitted.length === 0) return null;
  return (
    <div className="left-out">
      {essentials.length > 0 && <p className="gentle-error">{t('facts.leftOut.essentials', { site, list: list(essentials) })}</p>}
      {fitted.length > 0 && <p className="muted small">{t('facts.leftOut.intro', { site, list: list(fitted) })}</p>}
    </div>
  );
}
