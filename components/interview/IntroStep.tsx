import { useRef, useState, type RefObject } from 'react';
import type { Story } from '@/lib/story/story';
import { MarkedText } from '../common/UserText';
import { useVoiceT } from '../common/useVoice';
import { useServices } from '../services';
import { KindChooser } from '../library/KindChooser';

interface Props {
  story: Story;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Whether the person has answered anything yet: then the button picks up where they stopped. */
  started: boolean;
  onBegin: () => void;
}

export function IntroStep({ story, headingRef, started, onBegin }: Props) {
  const t = useVoiceT(story.kind);
  const { setKind } = useServices().library.getState();
  // Before anything is typed, the person may say someone else is writing (the first story opens as a family's).
  const [choosing, setChoosing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  return (
    <section className="step intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading" ref={headingRef} tabIndex={-1}>
        {t('intro.heading')}
      </h2>
      {/* Police first, before anything else (appeal guidance: safety advice); for a witness, 110 if in danger now. */}
      <div className="police-first">
        <h3>{t('intro.policeHeading')}</h3>
        <p>
          <MarkedText text={t('intro.policeBody')} />
        </p>
      </div>
      <p>{t('intro.body')}</p>
      {!started &&
        (choosing ? (
          <KindChooser
            current={story.kind}
            onChoose={(kind) => {
              setKind(story.id, kind);
              setChoosing(false);
              headingRef.current?.focus();
            }}
            onCancel={() => {
              setChoosing(false);
              // The link comes back in place of the chooser: focus returns to it.
              requestAnimationFrame(() => changeButton.current?.focus());
            }}
          />
        ) : (
          <p>
            <button ref={changeButton} type="button" className="link-button" aria-expanded={false} onClick={() => setChoosing(true)}>
              {t('kinds.change')}
            </button>
          </p>
        ))}
      <div className="step-buttons">
        <button type="button" className="primary" onClick={onBegin}>
          {started ? t('intro.continue') : t('intro.begin')}
        </button>
      </div>
    </section>
  );
}
