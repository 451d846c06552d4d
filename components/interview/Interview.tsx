import { useEffect, useMemo, useRef, useState } from 'react';
import { useLibrary, useServices } from '../services';
import { SectionNav } from './SectionNav';
import { IntroStep } from './IntroStep';
import { QuestionStep } from './QuestionStep';
import { ReviewStep } from './ReviewStep';
import type { AnswerPlace } from '@/lib/gate/essentials';
import { Sentence, UserText } from '../common/UserText';
import { INTRO, REVIEW, currentPosition, findQuestion, firstUnanswered, nextPosition, previousPosition } from '@/lib/interview/progress';

interface Props {
  storyId: string;
  title: string;
  /** A box to focus when its question shows (the parent was sent here from the posts or cards view). */
  focus?: AnswerPlace | null;
  onFocused?: () => void;
  /** The review's way on: to the posts and the image cards of this story. */
  onMakePosts: () => void;
  onMakeCards: () => void;
}

/** One story's guided interview: where the person is, one question at a time, and the review at the end. */
export function Interview({ storyId, title, focus = null, onFocused, onMakePosts, onMakeCards }: Props) {
  const stored = useLibrary((s) => s.stories[storyId]);
  // This view's own place in the interview: another open view moving on does not move this one.
  const viewPosition = useLibrary((s) => s.positions[storyId]);
  const story = useMemo(
    () => (stored && viewPosition !== undefined && stored.position !== viewPosition ? { ...stored, position: viewPosition } : stored),
    [stored, viewPosition],
  );
  const { moveTo } = useServices().library.getState();
  const heading = useRef<HTMLHeadingElement>(null);
  const position = story ? currentPosition(story) : INTRO;
  const lastPosition = useRef(position);
  // The question opened with "Change" from the review: its Next goes back to the review.
  const [fromReview, setFromReview] = useState<string | null>(null);

  // When the step changes, focus goes to its heading, so keyboard and screen-reader users start at the top.
  useEffect(() => {
    if (lastPosition.current !== position) heading.current?.focus();
    lastPosition.current = position;
  }, [position]);

  if (!story) return null;
  const go = (to: string) => {
    setFromReview(null);
    moveTo(storyId, to);
  };
  const backToReview = fromReview === position ? () => go(REVIEW) : undefined;
  const question = findQuestion(story, position);
  const started = Object.keys(story.answers).length > 0 || story.photos.length > 0;

  return (
    <div className="interview">
      <p className="story-for muted">
        <Sentence i18nKey="interview.storyFor" values={{ name: <UserText text={title} story={story.language} /> }} />
      </p>
      <SectionNav story={story} position={position} onJump={go} />
      {position === REVIEW ? (
        <ReviewStep
          story={story}
          headingRef={heading}
          onJump={(to) => {
            go(to);
            setFromReview(to);
          }}
          onMakePosts={onMakePosts}
          onMakeCards={onMakeCards}
        />
      ) : question ? (
        <QuestionStep
          key={question.id}
          story={story}
          question={question}
          headingRef={heading}
          onBack={() => go(previousPosition(story))}
          onNext={() => go(nextPosition(story))}
          focusPart={focus && focus.questionId === question.id ? focus.partId : null}
          onFocused={onFocused}
          onBackToReview={backToReview}
        />
      ) : (
        <IntroStep
          story={story}
          headingRef={heading}
          started={started}
          onBegin={() => go(started ? firstUnanswered(story) : nextPosition({ ...story, position: INTRO }))}
        />
      )}
    </div>
  );
}
