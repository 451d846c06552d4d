import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@/lib/i18n/translate';
import type { AnswerPlace } from '@/lib/gate/essentials';
import { seenInPublic, witnessFacts } from '@/lib/kinds/witness/facts';
import { policeReport } from '@/lib/kinds/witness/report';
import { useLibrary, useServices } from '../services';
import { ReportText } from './ReportText';
import { WitnessPublicPost } from './WitnessPublicPost';

/** If a child may be in danger now: call 110 now. First on the screen and last. */
function Call110() {
  const { t } = useTranslation();
  return (
    <div role="note" className="police-first">
      <p>
        <strong>{t('witness.view.danger.heading')}</strong>
      </p>
      <p>{t('witness.view.danger.body')}</p>
    </div>
  );
}

/**
 * What someone who saw a child takes away (instead of the family's posts): the private report for the police,
 * a call script and a written message, copied as they are and never through the share gate (a plate number
 * or an address is what the police need); there is no "Insert into post" for either. Then, only for a child
 * seen in a public place, an optional public post (WitnessPublicPost), which does pass the gate.
 */
export function WitnessReport({ storyId, onEditAnswer }: { storyId: string; onEditAnswer: (place: AnswerPlace) => void }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const story = useLibrary((s) => s.stories[storyId]);
  const [status, setStatus] = useState('');
  const report = useMemo(
    () => (story ? policeReport(story, i18n.getFixedT(story.language) as unknown as Translate, services.today()) : null),
    [story, i18n, services],
  );
  if (!story || !report) return <p>{t('compose.noStory')}</p>;

  const copy = async (text: string) => {
    try {
      await services.copyText(text);
      setStatus(t('witness.view.copied'));
    } catch {
      setStatus(t('compose.copyFailed'));
    }
  };
  const safe = ['noName', 'noId', 'noConfront', 'noHousehold'] as const;

  return (
    <section className="compose witness-report" aria-labelledby="compose-heading">
      <h2 id="compose-heading" className="visually-hidden">
        {t('voices.witness.compose.tab')}
      </h2>
      <Call110 />
      <h3>{t('witness.view.why.heading')}</h3>
      <p>{t('witness.view.why.body')}</p>
      <h3>{t('witness.view.safe.heading')}</h3>
      <ul>
        {safe.map((key) => (
          <li key={key}>{t(`witness.view.safe.${key}`)}</li>
        ))}
      </ul>

      {/* A date or age Homeward could not read goes to the police as written; the person is told why to fix it. */}
      {witnessFacts(story, services.today()).unread.map((u) => (
        <p key={u.part} role="note" className="gentle-error">
          {t('witness.view.unread', { text: u.text })}
        </p>
      ))}
      <h3>{t('witness.view.call.heading')}</h3>
      <ReportText label={t('witness.view.call.label')} text={report.call} language={story.language} note={t('witness.view.call.help')} />
      <div className="step-buttons">
        <button type="button" onClick={() => void copy(report.call)}>
          {t('witness.view.call.copy')}
        </button>
      </div>

      <h3>{t('witness.view.message.heading')}</h3>
      <ReportText
        label={t('witness.view.message.label')}
        text={report.message}
        language={story.language}
        note={t('witness.view.message.help')}
      />
      <div className="step-buttons">
        <button type="button" className="primary" onClick={() => void copy(report.message)}>
          {t('witness.view.message.copy')}
        </button>
      </div>
      <p role="status" className="compose-status">
        {status}
      </p>

      {seenInPublic(story) ? (
        <WitnessPublicPost story={story} onEditAnswer={onEditAnswer} />
      ) : (
        <p className="muted">{t('witness.view.noPublic')}</p>
      )}
      <Call110 />
    </section>
  );
}
