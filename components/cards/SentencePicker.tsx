import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '@/lib/i18n/languages';
import { UserText } from '../common/UserText';
import type { Finding } from '@/lib/compose/safety';
import type { SentenceChoice } from '@/lib/cards/sentences';
import type { AnswerPlace } from '@/lib/gate/essentials';

interface Props {
  readonly choices: readonly SentenceChoice[];
  /** The sentence on the card now ('' when none). */
  readonly sentence: string;
  /** Sentences with a finding the parent has chosen to put on the card anyway. */
  readonly confirmed: ReadonlySet<string>;
  readonly onChoose: (text: string) => void;
  readonly onConfirm: (text: string) => void;
  readonly onEdit: (place: AnswerPlace) => void;
  /** The language the story is written in (the sentences are the parent's words). */
  readonly language: AppLanguage;
}

/** The sentence with what was found in it marked. */
function Marked({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const pieces: (string | { mark: string })[] = [];
  let at = 0;
  for (const f of findings) {
    pieces.push(text.slice(at, f.start), { mark: text.slice(f.start, f.end) });
    at = f.end;
  }
  pieces.push(text.slice(at));
  return <>{pieces.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>))}</>;
}

/**
 * The story card's sentence, from the parent's own words. A sentence with a phone number, an ID number or a
 * street address is not offered in the list: it is shown below, marked, with a way back to where it was
 * written and a button to put it on the card anyway (the parent's deliberate choice; then it is offered,
 * still marked). Radio buttons, not a drop-down: the parent's sentences wrap and can all be read at once, no
 * menu grows wider than the panel, and a choice that asked on change would pop up while arrowing through.
 */
export function SentencePicker({ choices, sentence, confirmed, onChoose, onConfirm, onEdit, language }: Props) {
  const { t } = useTranslation();
  const ids = { group: useId(), held: useId() };
  const group = useRef<HTMLFieldSetElement>(null);
  const focusSelect = useRef(false);
  const offered = choices.filter((c) => c.findings.length === 0 || confirmed.has(c.text));
  const held = choices.filter((c) => c.findings.length > 0 && !confirmed.has(c.text));
  const kinds = (c: SentenceChoice) => [...new Set(c.findings.map((f) => t(`compose.safetyKind.${f.kind}`)))].join(t('posts.listSep'));

  // The confirm button goes away with its sentence: focus moves to it, now offered (and chosen) in the list.
  useEffect(() => {
    if (!focusSelect.current) return;
    focusSelect.current = false;
    group.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  });

  return (
    <>
      {offered.length > 0 ? (
        <fieldset ref={group} className="part choice sentence-choice">
          <legend>{t('cards.sentence')}</legend>
          {offered.map((c) => (
            <label key={c.text} className="choice-option">
              <input type="radio" name={ids.group} value={c.text} checked={sentence === c.text} onChange={() => onChoose(c.text)} />
              <UserText text={c.text} story={language} />
              {c.findings.length > 0 && <span className="muted small"> {t('cards.safety.markedKind', { kind: kinds(c) })}</span>}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="gentle-error">{t('cards.safety.noSafeSentence')}</p>
      )}
      {held.length > 0 && (
        <div className="held-sentences police-first">
          <p id={ids.held}>{t('cards.safety.heldBack')}</p>
          <ul className="gate-list">
            {held.map((c, i) => (
              <li key={c.text}>
                <span id={`${ids.held}-${i}`}>
                  <bdi lang={language}>
                    <Marked text={c.text} findings={c.findings} />
                  </bdi>{' '}
                  <span className="muted small">{t('cards.safety.markedKind', { kind: kinds(c) })}</span>
                </span>{' '}
                <span className="held-actions">
                  <button type="button" className="link-button" aria-describedby={`${ids.held}-${i}`} onClick={() => onEdit(c.source)}>
                    {t('compose.safetyEdit')}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    aria-describedby={`${ids.held}-${i}`}
                    onClick={() => {
                      focusSelect.current = true;
                      onConfirm(c.text);
                    }}
                  >
                    {t('cards.safety.use')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
