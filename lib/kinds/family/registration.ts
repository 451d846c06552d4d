/**
 * Where each field of a 宝贝回家 家寻宝贝 registration goes in a family's story (lib/page-text/suggest.ts asks
 * here: the family's question ids live with the family kind). The helper decides; this only suggests.
 */
import { splitPlace } from '@/lib/page-text/place';
import { genderOption } from '@/lib/page-text/gender';
import type { AnswerTarget, RegistrationField, Suggestion } from '@/lib/page-text/types';
import { familyPlace } from './ids';

export function familyRegistrationSuggestions(field: RegistrationField): Suggestion[] {
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
