import type { RegistrationKind } from './registration';

/** 男 / 女 (男孩, 女性…) as the option ids of the kind's gender choice, or null for anything else. */
export function genderOption(value: string, kind: RegistrationKind): string | null {
  const v = value.trim();
  if (v.length > 3) return null;
  if (/^男/u.test(v)) return kind === 'family-seeking-child' ? 'boy' : 'male';
  if (/^女/u.test(v)) return kind === 'family-seeking-child' ? 'girl' : 'female';
  return null;
}
