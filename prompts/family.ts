import type { Question, Section } from './types';

/**
 * The guided interview for a family looking for their child (the `family-seeking-child` kind), as data.
 * The words (label, help, example) are in locales/<lang>.json under `questions.<id>`.
 * Why each section exists: docs/appeal-guidance.md ("The interview: intent of each section").
 * Written `as const`, so that lib/kinds/family can name its question and part ids as types.
 */
export const FAMILY_SECTIONS = [
  { id: 'child' },
  { id: 'day' },
  { id: 'who' },
  { id: 'you' },
  { id: 'hopes' },
  { id: 'help' },
] as const satisfies readonly Section[];

const text = <const Id extends string>(id: Id) => ({ id, input: 'text' as const });
const long = <const Id extends string>(id: Id) => ({ id, input: 'longtext' as const });
const place = <const Id extends string>(id: Id) => ({ id, input: 'text' as const, reads: 'place' as const });

export const FAMILY_QUESTIONS = [
  // 1. Your child: what a reader needs to recognise the child, then and now.
  {
    id: 'child.name',
    section: 'child',
    kind: 'parts',
    parts: [
      { ...text('fullName'), reads: 'name' },
      { ...text('nickname'), reads: 'childName' },
      { ...text('otherScripts'), reads: 'asTyped' },
    ],
    requiredAnyOf: ['fullName', 'nickname'],
  },
  {
    id: 'child.gender',
    section: 'child',
    kind: 'parts',
    parts: [{ id: 'gender', input: 'choice', options: ['girl', 'boy'] }],
  },
  {
    id: 'child.birth',
    section: 'child',
    kind: 'parts',
    parts: [
      { id: 'birthDate', input: 'date' },
      { id: 'ageWhenLost', input: 'age' },
    ],
    // What the posts will say about the age, read from these answers and the day the child was lost.
    summary: 'ages',
  },
  { id: 'child.photos', section: 'child', kind: 'photos', parts: [] },
  { id: 'child.build', section: 'child', kind: 'parts', parts: [text('height'), text('build')] },
  { id: 'child.marks', section: 'child', kind: 'parts', parts: [long('marks')] },
  { id: 'child.languages', section: 'child', kind: 'parts', parts: [text('languages')] },
  { id: 'child.clothing', section: 'child', kind: 'parts', parts: [long('clothing')] },

  // 2. The day: when and where, exactly enough to jog a memory.
  {
    id: 'day.when',
    section: 'day',
    kind: 'parts',
    parts: [
      { id: 'date', input: 'date' },
      { id: 'time', input: 'time' },
    ],
    requiredAnyOf: ['date'],
  },
  {
    id: 'day.place',
    section: 'day',
    kind: 'parts',
    parts: [place('province'), place('city'), place('district'), { ...long('spot'), reads: 'place' }],
    requiredAnyOf: ['province', 'city', 'district', 'spot'],
  },
  { id: 'day.what', section: 'day', kind: 'parts', parts: [long('what')] },

  // 3. Who they are: a person, not a case.
  { id: 'who.personality', section: 'who', kind: 'parts', parts: [long('personality')] },
  { id: 'who.favourites', section: 'who', kind: 'parts', parts: [long('favourites')] },
  { id: 'who.habits', section: 'who', kind: 'parts', parts: [long('habits')] },
  { id: 'who.memory', section: 'who', kind: 'parts', parts: [long('memory')] },

  // 4. You: what moves readers to repost.
  { id: 'you.feelings', section: 'you', kind: 'parts', parts: [long('feelings')] },
  { id: 'you.changed', section: 'you', kind: 'parts', parts: [long('changed')] },
  { id: 'you.searched', section: 'you', kind: 'parts', parts: [long('searched')] },

  // 5. Fears and hopes.
  { id: 'hopes.fear', section: 'hopes', kind: 'parts', parts: [long('fear')] },
  { id: 'hopes.hope', section: 'hopes', kind: 'parts', parts: [long('hope')] },
  { id: 'hopes.message', section: 'hopes', kind: 'parts', parts: [long('message')] },

  // 6. How people can help: one clear, safe action.
  {
    id: 'help.police',
    section: 'help',
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
    kind: 'parts',
    parts: [{ ...text('caseNumber'), reads: 'asTyped' }, text('station'), { id: 'stationPhone', input: 'tel' }],
  },
  {
    id: 'help.contact',
    section: 'help',
    kind: 'parts',
    parts: [
      // Our own phone: the scam warning, said right there.
      { id: 'mode', input: 'choice', options: ['policeOnly', 'searchNumber', 'personal'], advice: { personal: 'ownPhone' } },
      text('detail'),
    ],
  },
  { id: 'help.links', section: 'help', kind: 'parts', parts: [long('links')] },
  { id: 'help.tags', section: 'help', kind: 'parts', parts: [text('tags')] },
] as const satisfies readonly Question[];
