import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '@/lib/compose/safety';

/** Shown before text leaves the panel when it holds a phone, ID number or address. The person decides. */
export function SafetyCheck({ findings, onEdit, onContinue }: { findings: readonly Finding[]; onEdit: () => void; onContinue: () => void }) {
  const { t } = useTranslation();
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => editButton.current?.focus(), []);
  return (
    <div role="alertdialog" aria-labelledby="safety-heading" aria-describedby="safety-body" className="safety-check police-first">
      <h3 id="safety-heading">{t('compose.safetyHeading')}</h3>
      <p id="safety-body">{t('compose.safetyBody')}</p>
      <p>{t('compose.safetyFound')}</p>
      <ul>
        {findings.map((f) => (
          <li key={`${f.start}-${f.kind}`}>
            {t(`compose.safetyKind.${f.kind}`)}: <mark>{f.text}</mark>
          </li>
        ))}
      </ul>
      <div className="step-buttons">
        <button type="button" ref={editButton} className="primary" onClick={onEdit}>
          {t('compose.safetyEdit')}
        </button>
        <button type="button" onClick={onContinue}>
          {t('compose.safetyContinue')}
        </button>
      </div>
    </div>
  );
}
