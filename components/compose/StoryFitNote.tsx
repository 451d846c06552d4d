import { useTranslation } from 'react-i18next';
import type { StoryKind } from '@/lib/story/kinds';
import { useVoiceT } from '../common/useVoice';
import type { Post } from '@/lib/compose/posts';

interface Props {
  readonly words: NonNullable<Post['words']>;
  readonly site: string;
  /** The site takes threads: the whole story goes out there, every word. */
  readonly threads: boolean;
  readonly onShowThread: () => void;
  readonly onOpenCards?: () => void;
  readonly kind: StoryKind;
}

/**
 * Under the story post, when the parent's own words do not all fit in one post of the site: says so plainly
 * (the post never turns into the short alert unannounced) and points to where the whole story can go.
 */
export function StoryFitNote({ words, site, threads, onShowThread, onOpenCards, kind }: Props) {
  const { t } = useTranslation();
  const vt = useVoiceT(kind);
  if (words === 'all') return null;
  return (
    <div className="story-fit" role="note">
      <p>{t(words === 'some' ? 'compose.storyFit.some' : 'compose.storyFit.none', { site })}</p>
      <p className="muted small">{vt(threads ? 'compose.storyFit.thread' : 'compose.storyFit.card', { site })}</p>
      <p className="step-buttons">
        {threads && (
          <button type="button" onClick={onShowThread}>
            {t('compose.storyFit.showThread')}
          </button>
        )}
        {onOpenCards && (
          <button type="button" onClick={onOpenCards}>
            {t('compose.storyFit.openCards')}
          </button>
        )}
      </p>
    </div>
  );
}
