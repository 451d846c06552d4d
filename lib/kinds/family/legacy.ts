import type { AnswerPlace } from '../types';
import { familyPlace } from './ids';

/**
 * The first prototype's answers (story version 1, docs/story-format.md): every story then was a family
 * looking for their child, with flat answers under these keys. lib/story/migrate.ts moves each to its box.
 */
export const V1_ANSWER_PLACES: Readonly<Record<string, AnswerPlace>> = {
  childName: familyPlace('child.name', 'fullName'),
  nickname: familyPlace('child.name', 'nickname'),
  gender: familyPlace('child.gender', 'gender'),
  birthDate: familyPlace('child.birth', 'birthDate'),
  ageWhenLost: familyPlace('child.birth', 'ageWhenLost'),
  height: familyPlace('child.build', 'height'),
  marks: familyPlace('child.marks', 'marks'),
  dialect: familyPlace('child.languages', 'languages'),
  clothing: familyPlace('child.clothing', 'clothing'),
  dateLost: familyPlace('day.when', 'date'),
  // The prototype had one free-text place; it becomes the description of the spot.
  placeLost: familyPlace('day.place', 'spot'),
  whatHappened: familyPlace('day.what', 'what'),
  personality: familyPlace('who.personality', 'personality'),
  memory: familyPlace('who.memory', 'memory'),
  feelings: familyPlace('you.feelings', 'feelings'),
  message: familyPlace('hopes.message', 'message'),
  caseNumber: familyPlace('help.case', 'caseNumber'),
  policePhone: familyPlace('help.case', 'stationPhone'),
};

/** Where the prototype's answers that are no longer asked go, so that nothing typed is dropped: "what happened". */
export const V1_LEFTOVER_PLACE: AnswerPlace = familyPlace('day.what', 'what');
