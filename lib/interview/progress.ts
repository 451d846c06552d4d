import { questionsFor, sectionsFor } from '@/lib/kinds';
import type { Question, Section } from '@/prompts/types';
import { hasAnswer, type Story } from '@/lib/story/story';
import { readDate } from '@/lib/facts/dates';

export const INTRO = 'intro';
export const REVIEW = 'review';

/** Every place the interview can stand, in order: the intro, each question, the review. */
export function interviewSteps(story: Story): readonly string[] {
  return [INTRO, ...questionsFor(story.kind).map((q) => q.id), REVIEW];
}

/** The stored position if it still exists (a question may have been removed since), else the intro. */
export function currentPosition(story: Story): string {
  return interviewSteps(story).includes(story.position) ? story.position : INTRO;
}

export function nextPosition(story: Story): string {
  const steps = interviewSteps(story);
  const i = steps.indexOf(currentPosition(story));
  return steps[Math.min(i + 1, steps.length - 1)] ?? REVIEW;
}

export function previousPosition(story: Story): string {
  const steps = interviewSteps(story);
  const i = steps.indexOf(currentPosition(story));
  return steps[Math.max(i - 1, 0)] ?? INTRO;
}

export function findQuestion(story: Story, id: string): Question | undefined {
  return questionsFor(story.kind).find((q) => q.id === id);
}

export function isAnswered(story: Story, question: Question): boolean {
  if (question.kind === 'photos') return story.photos.length > 0;
  return hasAnswer(story.answers[question.id]);
}

/**
 * A required question is met when any of its named parts holds something the posts can use: text, and for a
 * date, a date Homeward can read (a year is enough). A date that cannot be read ("六月初", a five-digit year,
 * a day after `today`) is kept as typed but does not meet the need, since no post can carry it.
 * Without `today` (YYYY-MM-DD), no date is refused for being in the future.
 */
export function meetsRequirement(story: Story, question: Question, today = '9999-12-31'): boolean {
  if (!question.requiredAnyOf) return true;
  const answer = story.answers[question.id];
  return question.requiredAnyOf.some((id) => {
    const text = answer?.[id] ?? '';
    const input = question.parts.find((p) => p.id === id)?.input;
    return input === 'date' ? readDate(text, today).kind === 'date' : text.trim() !== '';
  });
}

export function missingRequired(story: Story, today?: string): readonly Question[] {
  return questionsFor(story.kind).filter((q) => !meetsRequirement(story, q, today));
}

export interface SectionProgress {
  readonly section: Section;
  readonly questions: readonly Question[];
  readonly answered: number;
}

export function sectionProgress(story: Story): readonly SectionProgress[] {
  const questions = questionsFor(story.kind);
  return sectionsFor(story.kind).map((section) => {
    const own = questions.filter((q) => q.section === section.id);
    return { section, questions: own, answered: own.filter((q) => isAnswered(story, q)).length };
  });
}

/** 1-based place of a question inside its section, for "Question 2 of 5". */
export function placeInSection(story: Story, questionId: string): { index: number; total: number } | null {
  const question = findQuestion(story, questionId);
  if (!question) return null;
  const own = questionsFor(story.kind).filter((q) => q.section === question.section);
  return { index: own.findIndex((q) => q.id === questionId) + 1, total: own.length };
}

/** Where to pick up: the first question not yet answered, or the review when all are. */
export function firstUnanswered(story: Story): string {
  return questionsFor(story.kind).find((q) => !isAnswered(story, q))?.id ?? REVIEW;
}
