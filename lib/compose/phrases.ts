import type { StoryFacts } from './facts';
import type { Translate } from './posts';

/** Phrases posts and cards share, so both say the same thing the same way. */

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
