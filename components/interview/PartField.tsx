import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionPart } from '@/prompts/types';
import { answerPart, type Story } from '@/lib/story/story';
import { useServices } from '../services';
import { languageOfText } from '@/lib/text/scripts';
import { useUiLanguage } from '../common/UserText';

interface Props {
  story: Story;
  question: Question;
  part: QuestionPart;
  describedBy: string;
  invalid: boolean;
}

const INPUT_TYPE = { text: 'text', date: 'date', time: 'time', number: 'text', tel: 'tel' } as const;

/** One labelled box of an answer. Every change goes to the store at once (the store saves it). */
export function PartField({ story, question, part, describedBy, invalid }: Props) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const id = useId();
  const { setAnswerPart } = useServices().library.getState();
  const value = answerPart(story, question.id, part.id);
  const label = t(`questions.${question.id}.parts.${part.id}`);
  const change = (text: string) => setAnswerPart(story.id, question.id, part.id, text);

  if (part.input === 'choice') {
    const options = ['', ...(part.options ?? [])];
    return (
      <fieldset className="part choice" aria-describedby={describedBy}>
        <legend>{label}</legend>
        {options.map((option) => (
          <label key={option || 'none'} className="choice-option">
            <input
              type="radio"
              name={id}
              value={option}
              checked={value === option}
              onChange={() => change(option)}
            />{' '}
            {t(`options.${option || 'none'}`)}
          </label>
        ))}
      </fieldset>
    );
  }

  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    maxLength: 20_000,
    // What the parent typed: read in its own language (Chinese answers on an English screen), laid out in its
    // own direction.
    lang: languageOfText(value, ui, story.language),
    dir: 'auto',
  };
  return (
    <div className="part">
      <label htmlFor={id}>{label}</label>
      {part.input === 'longtext' ? (
        <textarea {...common} rows={4} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={INPUT_TYPE[part.input]}
          inputMode={part.input === 'number' ? 'decimal' : undefined}
          autoComplete="off"
          onChange={(event) => change(event.target.value)}
        />
      )}
    </div>
  );
}
