import { describe, expect, it } from 'vitest';
import { createStory, withAnswerPart, type Story } from '@/lib/story/story';
import {
  INTRO,
  REVIEW,
  currentPosition,
  firstUnanswered,
  interviewSteps,
  missingRequired,
  nextPosition,
  placeInSection,
  previousPosition,
  sectionProgress,
} from '@/lib/interview/progress';
import { questionsFor, sectionsFor } from '@/lib/kinds';

const now = '2026-11-29T10:00:00.000Z';
const QUESTIONS = questionsFor('family-seeking-child');
const SECTIONS = sectionsFor('family-seeking-child');
const story = (patch: Partial<Story> = {}): Story => ({
  ...createStory({ id: 's', now, language: 'en', kind: 'family-seeking-child' }),
  ...patch,
});

describe('interview progress', () => {
  it('walks intro → every question in section order → review, and back', () => {
    const steps = interviewSteps(story());
    expect(steps[0]).toBe(INTRO);
    expect(steps.at(-1)).toBe(REVIEW);
    expect(steps.slice(1, -1)).toEqual(QUESTIONS.map((q) => q.id));
    const sectionOrder = QUESTIONS.map((q) => SECTIONS.findIndex((s) => s.id === q.section));
    expect(sectionOrder).toEqual([...sectionOrder].sort((a, b) => a - b));

    let s = story();
    const visited = [currentPosition(s)];
    while (currentPosition(s) !== REVIEW) {
      s = { ...s, position: nextPosition(s) };
      visited.push(currentPosition(s));
    }
    expect(visited).toEqual(steps);
    expect(nextPosition(s)).toBe(REVIEW);
    expect(previousPosition({ ...s, position: 'child.name' })).toBe(INTRO);
    expect(previousPosition(story())).toBe(INTRO);
  });

  it('falls back to the intro when the stored position no longer exists', () => {
    expect(currentPosition(story({ position: 'child.shoeSize' }))).toBe(INTRO);
  });

  it('requires only a name or nickname, the date and the place', () => {
    expect(missingRequired(story()).map((q) => q.id)).toEqual(['child.name', 'day.when', 'day.place']);
    let s = withAnswerPart(story(), 'child.name', 'nickname', '明明', now);
    s = withAnswerPart(s, 'day.when', 'time', '16:00', now); // a time without a date is not enough
    s = withAnswerPart(s, 'day.place', 'city', '深圳', now);
    expect(missingRequired(s).map((q) => q.id)).toEqual(['day.when']);
    s = withAnswerPart(s, 'day.when', 'date', '2019-06-05', now);
    expect(missingRequired(s)).toEqual([]);
    s = withAnswerPart(s, 'child.name', 'nickname', '   ', now);
    expect(missingRequired(s).map((q) => q.id)).toEqual(['child.name']);
  });

  it('counts answered questions per section, photos included', () => {
    let s = withAnswerPart(story(), 'child.marks', 'marks', '胎记', now);
    s = { ...s, photos: [{ id: 'p', type: 'image/jpeg', width: 1, height: 1 }] };
    const child = sectionProgress(s).find((p) => p.section.id === 'child');
    expect(child?.answered).toBe(2);
    expect(sectionProgress(s).map((p) => p.section.id)).toEqual(['child', 'day', 'who', 'you', 'hopes', 'help']);
  });

  it('picks up at the first unanswered question, or the review when none is left', () => {
    let s = withAnswerPart(story(), 'child.name', 'nickname', '明明', now);
    expect(firstUnanswered(s)).toBe('child.gender');
    for (const q of QUESTIONS) s = q.kind === 'photos' ? s : withAnswerPart(s, q.id, q.parts[0]!.id, 'x', now);
    expect(firstUnanswered(s)).toBe('child.photos');
    s = { ...s, photos: [{ id: 'p', type: 'image/jpeg', width: 1, height: 1 }] };
    expect(firstUnanswered(s)).toBe(REVIEW);
  });

  it('says where a question stands in its section', () => {
    expect(placeInSection(story(), 'day.place')).toEqual({ index: 2, total: 3 });
    expect(placeInSection(story(), 'nope')).toBeNull();
  });
});
