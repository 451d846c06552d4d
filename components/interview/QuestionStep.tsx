import { useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@/prompts/types';
import type { Story } from '@/lib/story/story';
import { REVIEW, isAnswered, meetsRequirement, nextPosition, placeInSection } from '@/lib/interview/progress';
import { sectionsFor } from '@/prompts/interview';
import { PartField } from './PartField';
import { PhotoField } from './PhotoField';
import { MarkedText } from '../common/UserText';

interface Props {
  story: Story;
  question: Question;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onNext: () => void;
  /** Set when the question was opened from the review: going on returns there. */
  onBackToReview?: (() => void) | undefined;
}

export function QuestionStep({ story, question, headingRef, onBack, onNext, onBackToReview }: Props) {
  const { t } = useTranslation();
  const ids = { heading: useId(), help: useId(), example: useId(), error: useId() };
  const [showRequired, setShowRequired] = useState(false);
  const fields = useRef<HTMLDivElement>(null);
  const q = `questions.${question.id}`;
  const sections = sectionsFor(story.kind);
  const sectionIndex = sections.findIndex((s) => s.id === question.section);
  const place = placeInSection(story, question.id);
  const help = t(`${q}.help`);
  const required = question.requiredAnyOf !== undefined;
  const met = meetsRequirement(story, question);
  const answered = isAnswered(story, question);
  const invalid = showRequired && !met;
  const isLast = nextPosition(story) === REVIEW;
  const describedBy = [help ? ids.help : '', ids.example, invalid ? ids.error : ''].filter(Boolean).join(' ');

  const onward = onBackToReview ?? onNext;
  const next = () => {
    if (!met) {
      setShowRequired(true);
      fields.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
      return;
    }
    onward();
  };

  return (
    <section className="step question" aria-labelledby={ids.heading}>
      <p className="crumb muted">
        {t('interview.partOf', { index: sectionIndex + 1, total: sections.length, title: t(`sections.${question.section}`) })}
        {place && <> · {t('interview.questionOf', { index: place.index, total: place.total })}</>}
      </p>
      <h2 id={ids.heading} ref={headingRef} tabIndex={-1}>
        {t(`${q}.label`)}
        {/* Brackets from the locale: （…） around Chinese, (…) around English. */}
        {required && <span className="required-note"> {t('screens.requiredNote', { note: t('interview.required') })}</span>}
      </h2>
      {help && (
        <p id={ids.help} className="help">
          {help}
        </p>
      )}
      <p id={ids.example} className="example muted">
        <MarkedText text={t('interview.example', { example: t(`${q}.example`) })} />
      </p>
      <div className="fields" ref={fields}>
        {question.kind === 'photos' ? (
          <PhotoField story={story} describedBy={describedBy} />
        ) : (
          question.parts.map((part) => (
            <PartField
              key={part.id}
              story={story}
              question={question}
              part={part}
              describedBy={describedBy}
              invalid={invalid && (question.requiredAnyOf?.includes(part.id) ?? false)}
            />
          ))
        )}
      </div>
      {invalid && (
        <p id={ids.error} role="alert" className="gentle-error">
          {t('interview.requiredMissing')}
        </p>
      )}
      <div className="step-buttons">
        <button type="button" onClick={onBack}>
          {t('interview.back')}
        </button>
        {!required && !answered && (
          <button type="button" onClick={onward}>
            {t('interview.skip')}
          </button>
        )}
        <button type="button" className="primary" onClick={next}>
          {onBackToReview ? t('screens.backToReview') : isLast ? t('interview.toReview') : t('interview.next')}
        </button>
      </div>
    </section>
  );
}
