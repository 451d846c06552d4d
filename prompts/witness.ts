import type { Question, Section } from './types';

/**
 * The guided questions for someone who saw a child who may be missing or bought (the `sighting` kind): a
 * new child next door who speaks another dialect, a child begging in the street. What they write is first a
 * private report for the police (lib/kinds/witness/report.ts); a public post only for a child seen in a
 * public place, with the place given coarsely. The words are in locales/<lang>.json under `questions.<id>`.
 */
export const WITNESS_SECTIONS = [{ id: 'sight' }, { id: 'seenChild' }, { id: 'company' }] as const satisfies readonly Section[];

const text = <const Id extends string>(id: Id) => ({ id, input: 'text' as const });
const long = <const Id extends string>(id: Id) => ({ id, input: 'longtext' as const });
const place = <const Id extends string>(id: Id) => ({ id, input: 'text' as const, reads: 'place' as const });

export const WITNESS_QUESTIONS = [
  // 1. What you saw, where and when.
  { id: 'sight.what', section: 'sight', kind: 'parts', parts: [long('what')], requiredAnyOf: ['what'] },
  {
    id: 'sight.where',
    section: 'sight',
    kind: 'parts',
    parts: [
      { id: 'setting', input: 'choice', options: ['publicPlace', 'home', 'otherPlace'] },
      place('province'),
      place('city'),
      place('district'),
      // As precise as they want: it goes to the police only, never into a public post.
      long('spot'),
    ],
    requiredAnyOf: ['province', 'city', 'district', 'spot'],
  },
  {
    id: 'sight.when',
    section: 'sight',
    kind: 'parts',
    parts: [{ id: 'date', input: 'date' }, { id: 'time', input: 'time' }, text('since')],
    requiredAnyOf: ['date', 'since'],
  },

  // 2. The child, as they seemed.
  {
    id: 'seenChild.looks',
    section: 'seenChild',
    kind: 'parts',
    parts: [{ id: 'age', input: 'age' }, { id: 'gender', input: 'choice', options: ['girl', 'boy', 'unsure'] }, long('looks')],
  },
  { id: 'seenChild.clothing', section: 'seenChild', kind: 'parts', parts: [long('clothing')] },
  { id: 'seenChild.speech', section: 'seenChild', kind: 'parts', parts: [text('dialect'), long('said')] },
  // A photo of the child only by choice, after a warning (lib/kinds/witness: no face on a card by default).
  { id: 'seenChild.photos', section: 'seenChild', kind: 'photos', parts: [], consent: 'childPhoto' },

  // 3. Who was with the child, and whether the child is in danger now.
  { id: 'company.who', section: 'company', kind: 'parts', parts: [long('who')], private: true },
  {
    id: 'company.danger',
    section: 'company',
    kind: 'parts',
    parts: [{ id: 'danger', input: 'choice', options: ['now', 'notNow', 'unsure'], advice: { now: 'call110', unsure: 'call110' } }],
  },
] as const satisfies readonly Question[];
