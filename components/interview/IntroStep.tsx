import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

export function IntroStep({ headingRef, onBegin }: { headingRef: RefObject<HTMLHeadingElement | null>; onBegin: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="step intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading" ref={headingRef} tabIndex={-1}>
        {t('intro.heading')}
      </h2>
      {/* Police first, before anything else (appeal guidance: safety advice). */}
      <div className="police-first">
        <h3>{t('intro.policeHeading')}</h3>
        <p>{t('intro.policeBody')}</p>
      </div>
      <p>{t('intro.body')}</p>
      <div className="step-buttons">
        <button type="button" className="primary" onClick={onBegin}>
          {t('intro.begin')}
        </button>
      </div>
    </section>
  );
}
