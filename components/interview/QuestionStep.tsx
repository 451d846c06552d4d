import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@/prompts/types';
import type { Story } from '@/lib/story/story';
import { REVIEW, isAnswered, meetsRequirement, nextPosition, placeInSection } from '@/lib/interview/progress';
import { sectionsFor } from '@/lib/kinds';
import { PartField } from './PartField';
import { PhotoField } from './PhotoField';
import { AgeSummary } from './AgeSummary';
import { useServices } from '../services';
import { MarkedText } from '../common/UserText';
import { useVoiceT } from '../common/useVoice';

interface Props {
  story: Story;
  question: Question;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onNext: () => void;
  /**
   * The box to put focus in when the step opens (from "Go back and edit" or a missing essential, in the posts
   * or cards view), instead of the heading; `onFocused` says it is done.
   */
  focusPart?: string | null;
  onFocused?: () => void;
  /** Set when the question was opened from the review: going on returns there. */
  onBackToReview?: (() => void) | undefined;
}

/** The field a part id names: a text box, or the chosen (else the first) option of a choice. */
function partField(fields: HTMLElement, partId: string): HTMLElement | null {
  const el = fields.querySelector<HTMLElement>(`[data-part="${partId}"]`);
  if (el instanceof HTMLFieldSetElement) return el.querySelector<HTMLElement>('input:checked') ?? el.querySelector<HTMLElement>('input');
  return el;
}

export function QuestionStep({ story, question, headingRef, onBack, onNext, focusPart = null, onFocused, onBackToReview }: Props) {
  const { t } = useTranslation();
  const vt = useVoiceT(story.kind);
  const ids = { heading: useId(), help: useId(), example: useId(), error: useId() };
  const { today } = useServices();
  const [showRequired, setShowRequired] = useState(false);
  // A child's photo (not the person's own child): the field shows once they say they understand why it is sensitive.
  const [consented, setConsented] = useState(false);
  const fields = useRef<HTMLDivElement>(null);
  const q = `questions.${question.id}`;
  const sections = sectionsFor(story.kind);
  const sectionIndex = sections.findIndex((s) => s.id === question.section);
  const place = placeInSection(story, question.id);
  const help = t(`${q}.help`);
  const required = question.requiredAnyOf !== undefined;
  const met = meetsRequirement(story, question, today());
  // Something is typed in a required box, but it is not a date Homeward can read: the note under the box says why.
  const typedButUnread = (question.requiredAnyOf ?? []).some((id) => (story.answers[question.id]?.[id] ?? '').trim() !== '');
  const answered = isAnswered(story, question);
  const invalid = showRequired && !met;
  const isLast = nextPosition(story) === REVIEW;
  const describedBy = [help ? ids.help : '', ids.example, invalid ? ids.error : ''].filter(Boolean).join(' ');

  // Sent here to change one box: focus lands in it (else on the heading), so the parent can type at once.
  useEffect(() => {
    if (focusPart === null) return;
    const target = (fields.current && partField(fields.current, focusPart)) ?? headingRef.current;
    target?.focus();
    onFocused?.();
  }, [focusPart, onFocused, headingRef]);

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
        <MarkedText text={t(`${q}.label`)} />
        {/* Brackets from the locale: （…） around Chinese, (…) around English. */}
        {required && <span className="required-note"> {t('screens.requiredNote', { note: vt('interview.required') })}</span>}
      </h2>
      {help && (
        <p id={ids.help} className="help">
          {help}
        </p>
      )}
      {question.private && (
        <p className="private-note">
          <strong>{t('interview.privateBadge')}</strong> {t('interview.privateNote')}
        </p>
      )}
      <p id={ids.example} className="example muted">
        <MarkedText text={t('interview.example', { example: t(`${q}.example`) })} />
      </p>
      <div className="fields" ref={fields}>
        {question.kind === 'photos' ? (
          question.consent && story.photos.length === 0 && !consented ? (
            <label className="consent">
              <input type="checkbox" checked={false} onChange={() => setConsented(true)} aria-describedby={describedBy} />{' '}
              {t(`interview.consent.${question.consent}`)}
            </label>
          ) : (
            <PhotoField story={story} describedBy={describedBy} />
          )
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
      {question.summary === 'ages' && <AgeSummary story={story} />}
      {invalid && (
        <p id={ids.error} role="alert" className="gentle-error">
          {typedButUnread ? t('facts.date.required') : vt('interview.requiredMissing')}
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
