/**
 * Where each field of a 宝贝回家 registration would go in a story of that kind: the box a person would expect,
 * with the value as that box holds it (男/女 as the choice's option; dates kept as the page writes them,
 * 2004年02月17日, which lib/facts/dates reads; the place split into its boxes). The helper decides; this only
 * suggests. A field with no fitting box (the category; the family kind's registration number; the adult
 * kind's height) is not suggested, and no private box is ever suggested.
 */
import { familyRegistrationSuggestions } from '@/lib/kinds/family/registration';
import { adultRegistrationSuggestions } from '@/lib/kinds/adult/registration';
import type { RegistrationKind } from './registration';
import type { RegistrationField, Suggestion } from './types';

export type { Suggestion } from './types';

/** The suggestions for a registration's fields, in the order of the fields. */
export function suggestAnswers(kind: RegistrationKind, fields: readonly RegistrationField[]): readonly Suggestion[] {
  return fields.flatMap((field) =>
    kind === 'family-seeking-child' ? familyRegistrationSuggestions(field) : adultRegistrationSuggestions(field),
  );
}
