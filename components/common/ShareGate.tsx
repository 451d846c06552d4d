import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareCheck } from '@/lib/gate/check';
import type { AnswerPlace } from '@/lib/gate/essentials';
import type { LocatedFinding } from '@/lib/gate/findings';
import type { StoryKind } from '@/lib/story/kinds';
import { useVoiceT } from './useVoice';

interface Props {
  /** Whose story: what is missing is said in its voice ("your child's name", "what you saw"). */
  readonly kind: StoryKind;
  readonly check: ShareCheck;
  /** Takes the parent to the question (and box) that gives a missing essential. */
  readonly onGoTo: (place: AnswerPlace) => void;
  /** "Go back and edit": to the answer holding the finding, or to the text it was typed in. */
  readonly onEditFinding: (finding: LocatedFinding) => void;
  /** The parent goes on deliberately; never offered while an essential that blocks is missing. */
  readonly onContinue: () => void;
  readonly onCancel: () => void;
}

/**
 * Shown before anything leaves the panel (posts and cards alike), when there is something to say: first what
 * the appeal still lacks, each with a way to the question that gives it; then phone numbers, ID numbers and
 * street addresses in what would leave, each with a way back to where it was written. The parent decides,
 * except that an appeal without who, when and where is not shared at all.
 */
export function ShareGate({ kind, check, onGoTo, onEditFinding, onContinue, onCancel }: Props) {
  const { t } = useTranslation();
  const vt = useVoiceT(kind);
  const ids = { heading: useId(), body: useId(), finding: useId() };
  const box = useRef<HTMLDivElement>(null);
  const { missing, findings, blocked } = check;

  // Focus goes to the first way forward, so the parent (and a screen reader) starts at what to do.
  useEffect(() => box.current?.querySelector<HTMLButtonElement>('button')?.focus(), []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onCancel();
  };

  const where = (f: LocatedFinding) =>
    f.source ? t('gate.foundIn', { place: t(`questions.${f.source.questionId}.parts.${f.source.partId}`) }) : t('gate.inPost');

  return (
    <div
      ref={box}
      role="alertdialog"
      aria-labelledby={ids.heading}
      aria-describedby={ids.body}
      className="safety-check share-gate police-first"
      onKeyDown={onKeyDown}
    >
      <h3 id={ids.heading}>{missing.length > 0 ? vt('gate.headingMissing') : vt('compose.safetyHeading')}</h3>
      {missing.length > 0 && (
        <>
          <p id={ids.body}>{blocked ? vt('gate.blocked') : vt('gate.advised')}</p>
          <ul className="gate-list">
            {missing.map((m) => (
              <li key={m.id}>
                <span id={`${ids.body}-${m.id}`}>{vt(`gate.essential.${m.id}`)}</span>{' '}
                <button type="button" className="link-button" aria-describedby={`${ids.body}-${m.id}`} onClick={() => onGoTo(m)}>
                  {vt(`gate.goTo.${m.id}`)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {findings.length > 0 && (
        <>
          {missing.length > 0 && <h3>{vt('compose.safetyHeading')}</h3>}
          <p id={missing.length > 0 ? undefined : ids.body}>{vt('compose.safetyBody')}</p>
          <p>{t('compose.safetyFound')}</p>
          <ul className="gate-list">
            {findings.map((f, i) => (
              <li key={`${f.textIndex}-${f.start}-${f.kind}`}>
                <span id={`${ids.finding}-${i}`}>
                  {/* "Label: " in English, "标签：" in Chinese: the punctuation is the language's own. */}
                  {t('screens.partLabel', { label: t(`compose.safetyKind.${f.kind}`) })}
                  <mark>
                    <bdi>{f.text}</bdi>
                  </mark>{' '}
                  <span className="muted small">{where(f)}</span>
                </span>{' '}
                {/* The same short name on every finding's button; its description says which one. */}
                <button type="button" className="link-button" aria-describedby={`${ids.finding}-${i}`} onClick={() => onEditFinding(f)}>
                  {t('compose.safetyEdit')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="step-buttons">
        {!blocked && (
          <button type="button" onClick={onContinue}>
            {findings.length > 0 ? t('compose.safetyContinue') : t('gate.continueWithout')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('gate.notNow')}
        </button>
      </div>
    </div>
  );
}
