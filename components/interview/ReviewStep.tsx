import { voiceOf } from '@/lib/kinds';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '@/lib/story/story';
import type { Question } from '@/prompts/types';
import { isAnswered, meetsRequirement, missingRequired, sectionProgress } from '@/lib/interview/progress';
import { chosenAdvice } from '@/lib/gate/advice';
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import { shownValue } from '@/lib/facts/reading';
import { PhotoThumb } from '../common/PhotoThumb';
import { AgeSummary } from './AgeSummary';
import { useServices } from '../services';
import { MarkedText, UserText } from '../common/UserText';
import { useVoiceT } from '../common/useVoice';

interface Props {
  story: Story;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onJump: (questionId: string) => void;
  onMakePosts: () => void;
  onMakeCards: () => void;
}

function AnswerText({ story, question }: { story: Story; question: Question }) {
  const { t, i18n } = useTranslation();
  const { today } = useServices();
  const language = i18n.language as AppLanguage;
  const fixed = i18n.getFixedT(language) as unknown as Translate;
  if (question.kind === 'photos') {
    return (
      <>
        <span>{t('review.photoCount', { count: story.photos.length })}</span>
        <span className="photo-list">
          {story.photos.map((photo, i) => (
            <PhotoThumb key={photo.id} photo={photo} index={i + 1} voice={voiceOf(story.kind)} />
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
          // Dates and ages as Homeward read them, in the reader's language (never ISO); what it cannot read, as typed.
          const shown =
            part.input === 'choice'
              ? { text: t(`options.${text}`), unread: false }
              : shownValue(part.input, text, fixed, language, today());
          return (
            <span key={part.id} className="answer-part">
              {question.parts.length > 1 && (
                // "Label: " in English, "标签：" in Chinese: the punctuation is the language's own.
                <span className="muted">
                  <MarkedText text={t('screens.partLabel', { label: t(`questions.${question.id}.parts.${part.id}`) })} />
                </span>
              )}
              {part.input === 'choice' ? <MarkedText text={shown.text} /> : <UserText text={shown.text} story={story.language} />}
              {shown.unread && <span className="muted"> {t('facts.review.notRead')}</span>}
            </span>
          );
        })}
      {question.summary === 'ages' && <AgeSummary story={story} />}
    </>
  );
}

/** The whole story, section by section, with gaps marked and a way back to each question. */
export function ReviewStep({ story, headingRef, onJump, onMakePosts, onMakeCards }: Props) {
  const t = useVoiceT(story.kind);
  const { today } = useServices();
  const missing = missingRequired(story, today());
  // Not reported to the police yet: the choice that calls for the advice to go now, said first.
  // (A witness who thinks the child may be in danger now: call 110, said first in the same place.)
  const notReported = chosenAdvice(story).some((advice) => advice.id === 'policeNow' || advice.id === 'call110');
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
              const needed = !meetsRequirement(story, question, today());
              return (
                <div key={question.id} className={answered ? 'review-item' : 'review-item gap'}>
                  <dt>
                    <MarkedText text={label} />
                    {question.private && <span className="badge private-badge"> {t('interview.privateBadge')}</span>}
                  </dt>
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
      {story.sources && story.sources.length > 0 && (
        <section className="review-sources" aria-labelledby="review-sources-heading">
          <h3 id="review-sources-heading">{t('pageText.sources')}</h3>
          <ul>
            {story.sources.map((url) => (
              <li key={url}>
                {/* Only http(s) addresses are kept (lib/story/schema.ts); the link opens in a new tab. */}
                <a href={url} target="_blank" rel="noreferrer noopener">
                  <UserText text={url} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
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
