import type { StoryFacts } from './facts';
import type { Translate } from './posts';

/** Phrases posts and cards share, so both say the same thing the same way. */

// Chinese characters and full-width punctuation: no space is written between them.
const WIDE_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const WIDE_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Joins phrases with a space, except between Chinese (广东省 + 深圳市 → 广东省深圳市; 。+ 案件 → 。案件). */
export function joinPhrases(parts: readonly string[]): string {
  return parts
    .filter((p) => p.trim() !== '')
    .reduce((out, p) => (out === '' ? p : WIDE_END.test(out) && WIDE_START.test(p) ? out + p : `${out} ${p}`), '');
}

export function namePhrases(f: StoryFacts, t: Translate): { name: string; nameLine: string } {
  const name = f.name || f.nickname || t('posts.unnamed');
  const nameLine = f.name && f.nickname ? t('posts.nickname', { name: f.name, nickname: f.nickname }) : name;
  return { name, nameLine };
}

/** "Missing since <date> from <place>", or whichever half is known. */
export function lostPhrase(f: StoryFacts, t: Translate, date: string): string {
  if (date && f.area) return t('posts.lostBoth', { date, place: f.area });
  if (date) return t('posts.lostDate', { date });
  return f.area ? t('posts.lostPlace', { place: f.area }) : '';
}

/** Who to tell: the station and its phone, either one, or simply the police. */
export function policePhrase(f: StoryFacts, t: Translate): string {
  if (f.station && f.stationPhone) return t('posts.policeStation', { station: f.station, phone: f.stationPhone });
  if (f.station) return t('posts.policeStationNoPhone', { station: f.station });
  if (f.stationPhone) return t('posts.policePhone', { phone: f.stationPhone });
  return t('posts.policeDefault');
}
