import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkedText } from '../common/UserText';
import { STARTABLE_KINDS, type StoryKind } from '@/lib/story/kinds';

interface Props {
  /** The kind chosen now (the story's, when it is being changed). */
  current?: StoryKind;
  onChoose: (kind: StoryKind) => void;
  onCancel: () => void;
}

/**
 * Who is writing: a family looking for their child, an adult looking for their birth family, or someone who
 * saw a child. One button each, with a line on what that story is for; Cancel leaves everything as it was.
 */
export function KindChooser({ current, onChoose, onCancel }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a button that stays (New story) or goes (the first screen's link): focus starts at the question.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="kind-chooser" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('kinds.question')}
      </h3>
      <p className="muted">{t('kinds.help')}</p>
      <ul className="kind-list">
        {STARTABLE_KINDS.map((kind) => {
          const aboutId = `${headingId}-${kind}`;
          return (
            <li key={kind}>
              <button
                type="button"
                className={kind === current ? 'kind-option primary' : 'kind-option'}
                aria-describedby={aboutId}
                aria-pressed={current === undefined ? undefined : kind === current}
                data-kind={kind}
                onClick={() => onChoose(kind)}
              >
                <MarkedText text={t(`kinds.${kind}`)} />
              </button>
              <p id={aboutId} className="muted kind-about">
                <MarkedText text={t(`kinds.about.${kind}`)} />
              </p>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link-button" onClick={onCancel}>
        {t('kinds.cancel')}
      </button>
    </section>
  );
}
