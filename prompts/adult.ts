import type { Question, Section } from './types';

/**
 * The guided interview for an adult who was taken as a child and now looks for their birth family (the
 * `adult-seeking-family` kind, 宝贝寻家), as data. The words are in locales/<lang>.json under `questions.<id>`.
 * Volunteers match on the birth date, the date they came to the family that raised them, body marks, the
 * hometown dialect and relatives' names the person remembers (docs/kinds.md, "An adult looking for their
 * birth family"). Section ids are the kind's own, since the locale keys are `sections.<id>` and
 * `questions.<section>.<name>` for every kind.
 */
export const ADULT_SECTIONS = [
  { id: 'me' },
  { id: 'arrival' },
  { id: 'memories' },
  { id: 'search' },
  { id: 'parents' },
] as const satisfies readonly Section[];

const text = <const Id extends string>(id: Id) => ({ id, input: 'text' as const });
const long = <const Id extends string>(id: Id) => ({ id, input: 'longtext' as const });
const place = <const Id extends string>(id: Id) => ({ id, input: 'text' as const, reads: 'place' as const });

export const ADULT_QUESTIONS = [
  // 1. You: the names a family would know, and what a volunteer matches on.
  {
    id: 'me.name',
    section: 'me',
    kind: 'parts',
    parts: [
      { ...text('nowName'), reads: 'name' },
      { ...text('earlierName'), reads: 'childName' },
      { ...text('otherScripts'), reads: 'asTyped' },
    ],
    requiredAnyOf: ['nowName', 'earlierName'],
  },
  {
    id: 'me.gender',
    section: 'me',
    kind: 'parts',
    parts: [{ id: 'gender', input: 'choice', options: ['female', 'male'] }],
  },
  {
    id: 'me.birth',
    section: 'me',
    kind: 'parts',
    parts: [
      { id: 'birthDate', input: 'date' },
      { id: 'ageWhenArrived', input: 'age' },
    ],
  },
  { id: 'me.photos', section: 'me', kind: 'photos', parts: [] },
  { id: 'me.marks', section: 'me', kind: 'parts', parts: [long('marks')] },

  // 2. How you came to the family that raised you: when and where, as near as is known.
  {
    id: 'arrival.when',
    section: 'arrival',
    kind: 'parts',
    parts: [{ id: 'date', input: 'date' }],
    requiredAnyOf: ['date'],
  },
  {
    id: 'arrival.place',
    section: 'arrival',
    kind: 'parts',
    parts: [place('province'), place('city'), place('district')],
    requiredAnyOf: ['province', 'city', 'district'],
  },
  { id: 'arrival.how', section: 'arrival', kind: 'parts', parts: [long('how')] },
  // For the police only: never in a post or a card (lib/kinds/adult/words.ts names none of it).
  { id: 'arrival.private', section: 'arrival', kind: 'parts', parts: [long('details')], private: true },

  // 3. Earliest memories: what could make someone recognise you.
  { id: 'memories.people', section: 'memories', kind: 'parts', parts: [long('people')] },
  { id: 'memories.words', section: 'memories', kind: 'parts', parts: [long('dialect')] },
  { id: 'memories.home', section: 'memories', kind: 'parts', parts: [long('home')] },
  { id: 'memories.other', section: 'memories', kind: 'parts', parts: [long('other')] },

  // 4. The search so far, and how people can reach you safely.
  {
    id: 'search.dna',
    section: 'search',
    kind: 'parts',
    // No sample yet: it is free at any police station, said kindly right where it is chosen.
    parts: [{ id: 'dna', input: 'choice', options: ['yes', 'no', 'unsure'], advice: { no: 'dnaSample', unsure: 'dnaSample' } }],
  },
  {
    id: 'search.registered',
    section: 'search',
    kind: 'parts',
    parts: [
      { id: 'registered', input: 'choice', options: ['yes', 'no'], advice: { no: 'register' } },
      { ...text('number'), reads: 'asTyped' },
    ],
  },
  { id: 'search.documents', section: 'search', kind: 'parts', parts: [long('documents')] },
  {
    id: 'search.contact',
    section: 'search',
    kind: 'parts',
    parts: [
      // Their own phone: the scam warning, said right there.
      { id: 'mode', input: 'choice', options: ['messages', 'volunteers', 'personal'], advice: { personal: 'ownPhone' } },
      text('detail'),
    ],
  },
  { id: 'search.links', section: 'search', kind: 'parts', parts: [long('links')] },
  { id: 'search.tags', section: 'search', kind: 'parts', parts: [text('tags')] },

  // 5. To your parents.
  { id: 'parents.feelings', section: 'parents', kind: 'parts', parts: [long('feelings')] },
  { id: 'parents.message', section: 'parents', kind: 'parts', parts: [long('message')] },
] as const satisfies readonly Question[];
