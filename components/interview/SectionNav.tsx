import { useTranslation } from 'react-i18next';
import type { Story } from '@/lib/story/story';
import { REVIEW, findQuestion, isAnswered, sectionProgress } from '@/lib/interview/progress';

/** Every part of the story, with how much is answered; any part can be opened at any time. */
export function SectionNav({ story, position, onJump }: { story: Story; position: string; onJump: (to: string) => void }) {
  const { t } = useTranslation();
  const current = findQuestion(story, position)?.section ?? (position === REVIEW ? REVIEW : null);
  return (
    <nav aria-label={t('interview.sections')} className="section-nav">
      <ol>
        {sectionProgress(story).map(({ section, questions, answered }, i) => (
          <li key={section.id}>
            {/* Named by what it shows (the part's title and 6/8), then what 6/8 means: a voice-control user says
                what they see, a screen reader also hears the count in words. The number is only an ordinal. */}
            <button
              type="button"
              aria-current={current === section.id ? 'step' : undefined}
              onClick={() => {
                // Open the part at its first unanswered question, so coming back lands on what is left.
                const first = questions.find((q) => !isAnswered(story, q)) ?? questions[0];
                if (first) onJump(first.id);
              }}
            >
              <span className="section-number" aria-hidden="true">
                {i + 1}
              </span>
              {/* Spaces between the parts, or the name runs them together ("Your child0/8"). */}
              <span>{t(`sections.${section.id}`)}</span>{' '}
              <span className="section-count">
                {answered}/{questions.length}
              </span>{' '}
              <span className="visually-hidden">{t('screens.sectionAnswered', { answered, total: questions.length })}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" aria-current={current === REVIEW ? 'step' : undefined} onClick={() => onJump(REVIEW)}>
            <span className="section-number" aria-hidden="true">
              ✓
            </span>
            <span>{t('interview.review')}</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
