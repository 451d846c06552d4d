/**
 * Where each field of a 宝贝回家 宝贝寻家 registration goes in the story of an adult looking for their birth
 * family (lib/page-text/suggest.ts asks here: the adult's question ids live with the adult kind).
 */
import { splitPlace } from '@/lib/page-text/place';
import { genderOption } from '@/lib/page-text/gender';
import type { AnswerTarget, RegistrationField, Suggestion } from '@/lib/page-text/types';
import { adultPlace } from './ids';

export function adultRegistrationSuggestions(field: RegistrationField): Suggestion[] {
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
