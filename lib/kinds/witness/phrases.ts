import type { Translate } from '@/lib/i18n/translate';
import type { AppLanguage } from '@/lib/i18n/languages';
import { formatAge } from '@/lib/facts/age';
import { formatIsoDate } from '@/lib/facts/dates';
import { say } from '@/lib/text/say';
import type { WitnessFacts } from './facts';

/** The witness's phrases that the report, the public post and the card share. */

/** "a girl of about 5" / "约5岁的女孩"; "a child" when neither the age nor the gender is known. */
export function childPhrase(f: WitnessFacts, t: Translate): string {
  const gender = t(`witness.words.${f.gender || 'child'}`);
  return f.age ? t('witness.words.childAge', { gender, age: formatAge(f.age, t, 'short') }) : t('witness.words.childNoAge', { gender });
}

/** The day as words, with the time when known ("20 November 2026, 19:30"); '' when neither. */
export function whenPhrase(f: WitnessFacts, t: Translate, language: AppLanguage): string {
  const date = f.date ? formatIsoDate(f.date, language) : '';
  if (date && f.time) return say(t, 'witness.words.dateTime', { date, time: f.time });
  return date || f.time;
}

/** Since when, as read (a date in words) or as the person wrote it. */
export const sinceText = (f: WitnessFacts, language: AppLanguage): string => (f.since ? formatIsoDate(f.since, language) : '');

/** "Seen on 20 November 2026 in Erqi District, Zhengzhou, Henan.": the day and the place, coarsely (`place`: a form from f.places). */
export function seenPhrase(f: WitnessFacts, t: Translate, language: AppLanguage, place: string, withDate = true): string {
  const date = f.date && withDate ? formatIsoDate(f.date, language) : '';
  if (date && place) return say(t, 'witness.publicPost.seenBoth', { date, place });
  if (date) return say(t, 'witness.publicPost.seenDate', { date });
  return place ? say(t, 'witness.publicPost.seenPlace', { place }) : '';
}

/** The looks, the clothing and the dialect as the public post and the card say them ("Looks: …"). */
export function detailPhrases(
  f: WitnessFacts,
  t: Translate,
  keep: (piece: 'looks' | 'clothing' | 'dialect') => boolean = () => true,
): string[] {
  return [
    f.looks && keep('looks') ? say(t, 'witness.publicPost.looks', { looks: f.looks }) : '',
    f.clothing && keep('clothing') ? say(t, 'witness.publicPost.clothing', { clothing: f.clothing }) : '',
    f.dialect && keep('dialect') ? say(t, 'witness.publicPost.dialect', { dialect: f.dialect }) : '',
  ].filter(Boolean);
}
