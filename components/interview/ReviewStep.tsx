import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '@/lib/story/story';
import type { Question } from '@/prompts/types';
import { isAnswered, meetsRequirement, missingRequired, sectionProgress } from '@/lib/interview/progress';
import { PhotoThumb } from '../common/PhotoThumb';
import { UserText } from '../common/UserText';

interface Props {
  story: Story;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onJump: (questionId: string) => void;
  onMakePosts: () => void;
  onMakeCards: () => void;
}

function AnswerText({ story, question }: { story: Story; question: Question }) {
  const { t } = useTranslation();
  if (question.kind === 'photos') {
    return (
      <>
        <span>{t('review.photoCount', { count: story.photos.length })}</span>
        <span className="photo-list">
          {story.photos.map((photo, i) => (
            <PhotoThumb key={photo.id} photo={photo} index={i + 1} />
          ))}
        </span>
      </>
    );
  }
  const answer = story.answers[question.id] ?? {};
  return (
    <>
      {question.parts
        .filter((part) => (answer[part.id] ?? '').trim() !== '')
        .map((part) => {
          const text = answer[part.id] ?? '';
          const shown = part.input === 'choice' ? t(`options.${text}`) : text;
          return (
            <span key={part.id} className="answer-part">
              {question.parts.length > 1 && (
                // "Label: " in English, "标签：" in Chinese: the punctuation is the language's own.
                <span className="muted">{t('screens.partLabel', { label: t(`questions.${question.id}.parts.${part.id}`) })}</span>
              )}
              {part.input === 'choice' ? shown : <UserText text={shown} story={story.language} />}
            </span>
          );
        })}
    </>
  );
}

/** The whole story, section by section, with gaps marked and a way back to each question. */
export function ReviewStep({ story, headingRef, onJump, onMakePosts, onMakeCards }: Props) {
  const { t } = useTranslation();
  const missing = missingRequired(story);
  const notReported = story.answers['help.police']?.reported === 'notYet';
  return (
    <section className="step review" aria-labelledby="review-heading">
      <h2 id="review-heading" ref={headingRef} tabIndex={-1}>
        {t('review.heading')}
      </h2>
      <p>{t('review.thanks')}</p>
      {notReported && <p className="police-first">{t('review.policeNotYet')}</p>}
      <p className={missing.length ? 'gentle-error' : 'muted'}>
        {missing.length ? t('review.missingSummary', { count: missing.length }) : t('review.complete')}
      </p>
      {sectionProgress(story).map(({ section, questions }) => (
        <section key={section.id} className="review-section" aria-labelledby={`review-${section.id}`}>
          <h3 id={`review-${section.id}`}>{t(`sections.${section.id}`)}</h3>
          <dl>
            {questions.map((question) => {
              const label = t(`questions.${question.id}.label`);
              const answered = isAnswered(story, question);
              const needed = !meetsRequirement(story, question);
              return (
                <div key={question.id} className={answered ? 'review-item' : 'review-item gap'}>
                  <dt>{label}</dt>
                  <dd>
                    {answered ? <AnswerText story={story} question={question} /> : <em className="muted">{t('review.notAnswered')}</em>}
                    {needed && <strong className="needed"> {t('review.needed')}</strong>}{' '}
                    <button
                      type="button"
                      className="link-button"
                      // Short on screen; the full name says which question, for screen readers and voice control.
                      aria-label={t(answered ? 'review.edit' : 'review.answer', { question: label })}
                      onClick={() => onJump(question.id)}
                    >
                      {t(answered ? 'review.editShort' : 'review.answerShort')}
                    </button>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {/* The way on: what the story is for. Offered even with gaps; the posts say what they lack. */}
      <section className="review-next" aria-labelledby="review-next-heading">
        <h3 id="review-next-heading">{t('screens.reviewNext')}</h3>
        <p>{t('screens.reviewNextBody')}</p>
        <div className="way-on">
          <button type="button" className="primary" onClick={onMakePosts}>
            {t('screens.toPosts')}
          </button>
          <button type="button" onClick={onMakeCards}>
            {t('screens.toCards')}
          </button>
        </div>
      </section>
    </section>
  );
}
