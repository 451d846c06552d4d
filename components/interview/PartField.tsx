import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionPart } from '@/prompts/types';
import { answerPart, type Story } from '@/lib/story/story';
import { useServices } from '../services';
import { useVoiceT } from '../common/useVoice';
import { ChoiceAdvice } from './ChoiceAdvice';
import { PartNote, usePartReading } from './PartNote';
import { fieldLanguage } from '@/lib/text/scripts';
import { MarkedText, useUiLanguage } from '../common/UserText';

interface Props {
  story: Story;
  question: Question;
  part: QuestionPart;
  describedBy: string;
  invalid: boolean;
}

// Dates and ages are plain text: a parent may know only the year, or write 三岁半; what was read shows below.
const INPUT_TYPE = { text: 'text', date: 'text', time: 'time', age: 'text', tel: 'tel' } as const;

/** One labelled box of an answer. Every change goes to the store at once (the store saves it). */
export function PartField({ story, question, part, describedBy, invalid }: Props) {
  const { t } = useTranslation();
  const vt = useVoiceT(story.kind);
  const ui = useUiLanguage();
  const id = useId();
  const adviceId = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  const noteId = useId();
  const { setAnswerPart } = useServices().library.getState();
  const value = answerPart(story, question.id, part.id);
  const label = t(`questions.${question.id}.parts.${part.id}`);
  const change = (text: string) => setAnswerPart(story.id, question.id, part.id, text);
  // A problem is said once the parent has left the box (or came back to one already filled), not while typing.
  const [settled, setSettled] = useState(value.trim() !== '');
  const reading = usePartReading(part.input, value);
  const showNote = reading !== null && (!reading.problem || settled);

  if (part.input === 'choice') {
    const options = ['', ...(part.options ?? [])];
    // Advice right under the choice that calls for it (not reported yet; our own phone).
    const advice = part.advice?.[value];
    // Publishing our own phone offers the safer way as a button: a contact choice lists the safest first
    // (through the police only; a private message to this account).
    const saferOption = advice === 'ownPhone' ? part.options?.[0] : undefined;
    return (
      <>
        <fieldset ref={group} className="part choice" aria-describedby={describedBy} data-part={part.id}>
          <legend>
            <MarkedText text={label} />
          </legend>
          {options.map((option) => (
            <label key={option || 'none'} className="choice-option">
              <input
                type="radio"
                name={id}
                value={option}
                checked={value === option}
                // While advice shows, each option is described by it, so it is read as the choice is reached.
                aria-describedby={advice ? adviceId : undefined}
                onChange={() => change(option)}
              />{' '}
              <MarkedText text={vt(`options.${option || 'none'}`)} />
            </label>
          ))}
        </fieldset>
        <div aria-live="polite" className="advice-region">
          {advice && (
            <ChoiceAdvice
              kind={story.kind}
              id={adviceId}
              advice={advice}
              onSafer={
                saferOption
                  ? () => {
                      change(saferOption);
                      // The button goes with the advice: focus moves to the option now chosen.
                      group.current?.querySelector<HTMLInputElement>(`input[value="${saferOption}"]`)?.focus();
                    }
                  : undefined
              }
            />
          )}
        </div>
      </>
    );
  }

  const common = {
    id,
    value,
    'aria-describedby': [describedBy, showNote ? noteId : ''].filter(Boolean).join(' '),
    'aria-invalid': invalid || (showNote && reading.problem) || undefined,
    maxLength: 20_000,
    // "Go back and edit" and the missing-essential buttons find the box by its part id.
    'data-part': part.id,
    // What the parent typed: read in its own language (Chinese answers on an English screen), laid out in its
    // own direction.
    lang: fieldLanguage(value, ui, story.language),
    dir: 'auto',
  };
  return (
    <div className="part">
      <label htmlFor={id}>
        <MarkedText text={label} />
      </label>
      {part.input === 'longtext' ? (
        <textarea {...common} rows={4} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={INPUT_TYPE[part.input]}
          autoComplete="off"
          onChange={(event) => change(event.target.value)}
          onBlur={() => setSettled(true)}
        />
      )}
      {(part.input === 'date' || part.input === 'age') && <PartNote id={noteId} reading={showNote ? reading : null} />}
    </div>
  );
}
