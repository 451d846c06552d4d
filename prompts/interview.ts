import type { Question, Section } from './types';
import type { StoryKind } from '@/lib/story/kinds';

/**
 * The guided interview for a family looking for their child, as data.
 * The words (label, help, example) are in locales/<lang>.json under `questions.<id>`.
 * Why each section exists: docs/appeal-guidance.md ("The interview: intent of each section").
 */
const FAMILY: readonly StoryKind[] = ['family-seeking-child'];

export const SECTIONS: readonly Section[] = [
  { id: 'child', kinds: FAMILY },
  { id: 'day', kinds: FAMILY },
  { id: 'who', kinds: FAMILY },
  { id: 'you', kinds: FAMILY },
  { id: 'hopes', kinds: FAMILY },
  { id: 'help', kinds: FAMILY },
];

const text = (id: string) => ({ id, input: 'text' as const });
const long = (id: string) => ({ id, input: 'longtext' as const });

export const QUESTIONS: readonly Question[] = [
  // 1. Your child: what a reader needs to recognise the child, then and now.
  {
    id: 'child.name',
    section: 'child',
    kinds: FAMILY,
    kind: 'parts',
    parts: [text('fullName'), text('nickname'), text('otherScripts')],
    requiredAnyOf: ['fullName', 'nickname'],
  },
  {
    id: 'child.gender',
    section: 'child',
    kinds: FAMILY,
    kind: 'parts',
    parts: [{ id: 'gender', input: 'choice', options: ['girl', 'boy'] }],
  },
  {
    id: 'child.birth',
    section: 'child',
    kinds: FAMILY,
    kind: 'parts',
    parts: [{ id: 'birthDate', input: 'date' }, { id: 'ageWhenLost', input: 'age' }],
  },
  { id: 'child.photos', section: 'child', kinds: FAMILY, kind: 'photos', parts: [] },
  { id: 'child.build', section: 'child', kinds: FAMILY, kind: 'parts', parts: [text('height'), text('build')] },
  { id: 'child.marks', section: 'child', kinds: FAMILY, kind: 'parts', parts: [long('marks')] },
  { id: 'child.languages', section: 'child', kinds: FAMILY, kind: 'parts', parts: [text('languages')] },
  { id: 'child.clothing', section: 'child', kinds: FAMILY, kind: 'parts', parts: [long('clothing')] },

  // 2. The day: when and where, exactly enough to jog a memory.
  {
    id: 'day.when',
    section: 'day',
    kinds: FAMILY,
    kind: 'parts',
    parts: [{ id: 'date', input: 'date' }, { id: 'time', input: 'time' }],
    requiredAnyOf: ['date'],
  },
  {
    id: 'day.place',
    section: 'day',
    kinds: FAMILY,
    kind: 'parts',
    parts: [text('province'), text('city'), text('district'), long('spot')],
    requiredAnyOf: ['province', 'city', 'district', 'spot'],
  },
  { id: 'day.what', section: 'day', kinds: FAMILY, kind: 'parts', parts: [long('what')] },

  // 3. Who they are: a person, not a case.
  { id: 'who.personality', section: 'who', kinds: FAMILY, kind: 'parts', parts: [long('personality')] },
  { id: 'who.favourites', section: 'who', kinds: FAMILY, kind: 'parts', parts: [long('favourites')] },
  { id: 'who.habits', section: 'who', kinds: FAMILY, kind: 'parts', parts: [long('habits')] },
  { id: 'who.memory', section: 'who', kinds: FAMILY, kind: 'parts', parts: [long('memory')] },

  // 4. You: what moves readers to repost.
  { id: 'you.feelings', section: 'you', kinds: FAMILY, kind: 'parts', parts: [long('feelings')] },
  { id: 'you.changed', section: 'you', kinds: FAMILY, kind: 'parts', parts: [long('changed')] },
  { id: 'you.searched', section: 'you', kinds: FAMILY, kind: 'parts', parts: [long('searched')] },

  // 5. Fears and hopes.
  { id: 'hopes.fear', section: 'hopes', kinds: FAMILY, kind: 'parts', parts: [long('fear')] },
  { id: 'hopes.hope', section: 'hopes', kinds: FAMILY, kind: 'parts', parts: [long('hope')] },
  { id: 'hopes.message', section: 'hopes', kinds: FAMILY, kind: 'parts', parts: [long('message')] },

  // 6. How people can help: one clear, safe action.
  {
    id: 'help.police',
    section: 'help',
    kinds: FAMILY,
    kind: 'parts',
    parts: [
      // Not reported yet: go to the police now (no 24-hour wait), said right where it is chosen.
      { id: 'reported', input: 'choice', options: ['yes', 'notYet'], advice: { notYet: 'policeNow' } },
      { id: 'dna', input: 'choice', options: ['yes', 'no', 'unsure'] },
    ],
  },
  {
    id: 'help.case',
    section: 'help',
    kinds: FAMILY,
    kind: 'parts',
    parts: [text('caseNumber'), text('station'), { id: 'stationPhone', input: 'tel' }],
  },
  {
    id: 'help.contact',
    section: 'help',
    kinds: FAMILY,
    kind: 'parts',
    parts: [
      // Our own phone: the scam warning, said right there.
      { id: 'mode', input: 'choice', options: ['policeOnly', 'searchNumber', 'personal'], advice: { personal: 'ownPhone' } },
      text('detail'),
    ],
  },
  { id: 'help.links', section: 'help', kinds: FAMILY, kind: 'parts', parts: [long('links')] },
  { id: 'help.tags', section: 'help', kinds: FAMILY, kind: 'parts', parts: [text('tags')] },
];

export function questionsFor(kind: StoryKind): readonly Question[] {
  return QUESTIONS.filter((q) => q.kinds.includes(kind));
}

export function sectionsFor(kind: StoryKind): readonly Section[] {
  return SECTIONS.filter((s) => s.kinds.includes(kind));
}
