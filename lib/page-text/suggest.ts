/**
 * Where each field of a 宝贝回家 registration would go in a story of that kind: the box a person would expect,
 * with the value as that box holds it (男/女 as the choice's option; dates kept as the page writes them,
 * 2004年02月17日, which lib/facts/dates reads; the place split into its boxes). The helper decides; this only
 * suggests. A field with no fitting box (the category; the family kind's registration number; the adult
 * kind's height) is not suggested, and no private box is ever suggested.
 */
import { adultPlace } from '@/lib/kinds/adult/ids';
import { familyPlace } from '@/lib/kinds/family/ids';
import { splitPlace } from './place';
import type { RegistrationField, RegistrationKey } from './types';

export interface AnswerTarget {
  readonly questionId: string;
  readonly partId: string;
}

export interface Suggestion {
  readonly key: RegistrationKey;
  readonly target: AnswerTarget;
  readonly value: string;
}

type Kind = 'family-seeking-child' | 'adult-seeking-family';

/** 男 / 女 (男孩, 女性…) as the option ids of the kind's gender choice, or null for anything else. */
function genderOption(value: string, kind: Kind): string | null {
  const v = value.trim();
  if (v.length > 3) return null;
  if (/^男/u.test(v)) return kind === 'family-seeking-child' ? 'boy' : 'male';
  if (/^女/u.test(v)) return kind === 'family-seeking-child' ? 'girl' : 'female';
  return null;
}

function familySuggestions(field: RegistrationField): Suggestion[] {
  const { key, value } = field;
  const one = (target: AnswerTarget, text = value): Suggestion[] => [{ key, target, value: text }];
  switch (key) {
    case 'name':
      return one(familyPlace('child.name', 'fullName'));
    case 'gender': {
      const option = genderOption(value, 'family-seeking-child');
      return option ? one(familyPlace('child.gender', 'gender'), option) : [];
    }
    case 'birthDate':
      return one(familyPlace('child.birth', 'birthDate'));
    case 'height':
      return one(familyPlace('child.build', 'height'));
    case 'lostDate':
      return one(familyPlace('day.when', 'date'));
    case 'lostPlace': {
      const place = splitPlace(value);
      const parts: [AnswerTarget, string][] = [
        [familyPlace('day.place', 'province'), place.province],
        [familyPlace('day.place', 'city'), place.city],
        [familyPlace('day.place', 'district'), place.district],
        [familyPlace('day.place', 'spot'), place.rest],
      ];
      return parts.filter(([, text]) => text !== '').map(([target, text]) => ({ key, target, value: text }));
    }
    case 'features':
      return one(familyPlace('child.marks', 'marks'));
    case 'other':
      return one(familyPlace('day.what', 'what'));
    case 'category':
    case 'number':
      return [];
  }
}

function adultSuggestions(field: RegistrationField): Suggestion[] {
  const { key, value } = field;
  const one = (target: AnswerTarget, text = value): Suggestion[] => [{ key, target, value: text }];
  switch (key) {
    case 'name':
      return one(adultPlace('me.name', 'nowName'));
    case 'gender': {
      const option = genderOption(value, 'adult-seeking-family');
      return option ? one(adultPlace('me.gender', 'gender'), option) : [];
    }
    case 'birthDate':
      return one(adultPlace('me.birth', 'birthDate'));
    case 'lostDate':
      return one(adultPlace('arrival.when', 'date'));
    case 'lostPlace': {
      // Only the province, city and district (the question asks for no more, never an address): what
      // follows the district is not suggested, nor a place that could not be split.
      const place = splitPlace(value);
      const parts: [AnswerTarget, string][] = [
        [adultPlace('arrival.place', 'province'), place.province],
        [adultPlace('arrival.place', 'city'), place.city],
        [adultPlace('arrival.place', 'district'), place.district],
      ];
      return parts.filter(([, text]) => text !== '').map(([target, text]) => ({ key, target, value: text }));
    }
    case 'features':
      return one(adultPlace('me.marks', 'marks'));
    case 'other':
      return one(adultPlace('memories.other', 'other'));
    case 'number':
      return [...one(adultPlace('search.registered', 'registered'), 'yes'), ...one(adultPlace('search.registered', 'number'))];
    case 'category':
    case 'height':
      return [];
  }
}

/** The suggestions for a registration's fields, in the order of the fields. */
export function suggestAnswers(kind: Kind, fields: readonly RegistrationField[]): readonly Suggestion[] {
  return fields.flatMap((field) => (kind === 'family-seeking-child' ? familySuggestions(field) : adultSuggestions(field)));
}
