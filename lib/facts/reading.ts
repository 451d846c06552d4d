/**
 * What Homeward read from a date or age box, as a message for the panel: the reading to show back
 * ("= June 2019", "即 1岁6个月"), or why it cannot be used. Words come from locales (facts.*); this only
 * chooses the key and the values, so it stays free of React and i18next.
 */
import type { AppLanguage } from '@/lib/i18n/languages';
import type { Translate } from '@/lib/i18n/translate';
import { formatAge, readAge } from './age';
import { formatDate, readDate } from './dates';

export interface PartReading {
  /** The words to show under the box. */
  readonly text: string;
  /** The box holds something that cannot be used as it is. */
  readonly problem: boolean;
}

/** The reading of one `date` or `age` part, in the panel's language; null for an empty box or another kind. */
export function partReading(input: string, value: string, t: Translate, language: AppLanguage, today: string): PartReading | null {
  if (input === 'date') {
    const reading = readDate(value, today);
    if (reading.kind === 'empty') return null;
    if (reading.kind === 'date') return { text: t('facts.date.reading', { date: formatDate(reading.date, language) }), problem: false };
    return { text: t(`facts.date.${reading.problem}`), problem: true };
  }
  if (input === 'age') {
    const reading = readAge(value);
    if (reading.kind === 'empty') return null;
    if (reading.kind === 'age') return { text: t('facts.age.reading', { age: formatAge(reading.age, t, 'long') }), problem: false };
    return { text: t('facts.age.unknown'), problem: true };
  }
  return null;
}

/** The part as the review shows it: the date or age as read, in the panel's language; other parts as typed. */
export function shownValue(
  input: string,
  value: string,
  t: Translate,
  language: AppLanguage,
  today: string,
): { text: string; unread: boolean } {
  if (input === 'date') {
    const reading = readDate(value, today);
    return reading.kind === 'date'
      ? { text: formatDate(reading.date, language), unread: false }
      : { text: value, unread: reading.kind === 'problem' };
  }
  if (input === 'age') {
    const reading = readAge(value);
    return reading.kind === 'age'
      ? { text: formatAge(reading.age, t, 'long'), unread: false }
      : { text: value, unread: reading.kind === 'unknown' };
  }
  return { text: value, unread: false };
}
