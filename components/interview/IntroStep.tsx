import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkedText } from '../common/UserText';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Whether the person has answered anything yet: then the button picks up where they stopped. */
  started: boolean;
  onBegin: () => void;
}

export function IntroStep({ headingRef, started, onBegin }: Props) {
  const { t } = useTranslation();
  return (
    <section className="step intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading" ref={headingRef} tabIndex={-1}>
        {t('intro.heading')}
      </h2>
      {/* Police first, before anything else (appeal guidance: safety advice). */}
      <div className="police-first">
        <h3>{t('intro.policeHeading')}</h3>
        <p>
          <MarkedText text={t('intro.policeBody')} />
        </p>
      </div>
      <p>{t('intro.body')}</p>
      <div className="step-buttons">
        <button type="button" className="primary" onClick={onBegin}>
          {started ? t('intro.continue') : t('intro.begin')}
        </button>
      </div>
    </section>
  );
}
