import type { StoryFacts } from './facts';
import type { Translate } from '@/lib/i18n/translate';
import { formatAge } from '@/lib/facts/age';
import { voiced } from '@/lib/i18n/voice';
import { say } from '@/lib/text/say';

/**
 * The appeal's phrases, which posts and cards share, so both say the same thing the same way. Each speaks in
 * the facts' voice: an adult's words (voices.adult.posts.…) where they differ from a family's.
 */

export function namePhrases(f: StoryFacts, tr: Translate): { name: string; nameLine: string } {
  const t = voiced(tr, f.voice);
  // An adult with no name yet is simply not named ("女，1988年出生。"): "我。" would read as a mistake.
  const name = f.name || f.nickname || (f.voice === 'adult' ? '' : t('posts.unnamed'));
  // A name that ends in brackets (a translated name with its Chinese: "LI Xiaoming (李小明)") takes the childhood
  // name after a comma, not in a second pair of brackets.
  const key = /[)）]$/u.test(f.name) ? 'posts.nicknameAfterBrackets' : 'posts.nickname';
  const nameLine = f.name && f.nickname ? say(t, key, { name: f.name, nickname: f.nickname }) : name;
  return { name, nameLine };
}

/** "4 when lost", "now 11": the ages as read, never as typed; the age now only when it differs. */
export function agePhrases(f: StoryFacts, tr: Translate, options: { now?: boolean } = {}): string[] {
  const t = voiced(tr, f.voice);
  const then = f.ageThen ? formatAge(f.ageThen, t, 'short') : '';
  const now = f.ageNow && options.now !== false ? formatAge(f.ageNow, t, 'short') : '';
  return [then ? t('posts.ageThen', { age: then }) : '', now && now !== then ? t('posts.ageNow', { age: now }) : ''].filter(Boolean);
}

/** "Missing since <date> from <place>", or whichever half is known. `place` is a shorter form when room is short. */
export function lostPhrase(f: StoryFacts, tr: Translate, date: string, place: string = f.area): string {
  const t = voiced(tr, f.voice);
  if (date && place) return say(t, 'posts.lostBoth', { date, place });
  if (date) return t('posts.lostDate', { date });
  return place ? say(t, 'posts.lostPlace', { place }) : '';
}

// A spot that starts with its own preposition takes none from the sentence: "last seen outside the market",
// not "last seen at Outside the market".
const PREPOSITION =
  /^(?:outside|near|nearby|at|in|on|by|behind|beside|besides|next to|in front of|opposite|across(?: from)?|inside|under|between|along|around|close to|from|off|just|somewhere|among|within|towards?)\b/i;

/** "last seen at the playground" / "最后出现在西乡菜市场门口". */
export function spotPhrase(f: StoryFacts, tr: Translate): string {
  const t = voiced(tr, f.voice);
  if (!f.spot) return '';
  if (PREPOSITION.test(f.spot)) return say(t, 'posts.spotWithPreposition', { spot: lowerFirstWord(f.spot) });
  // "The" after "at" is a common word, not a name: "last seen at the playground".
  return say(t, 'posts.spot', { spot: f.spot.replace(/^The\b/, 'the') });
}

/** "Outside the market" → "outside the market"; a word in capitals (an abbreviation) is left alone. */
function lowerFirstWord(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** How much of the police contact a post gives: the station and its phone, the phone, or "the police". */
export type PoliceDetail = 'full' | 'phone' | 'none';

/**
 * Who to tell: the station and its phone, either one, or simply the police. For an adult looking for their
 * family, the way they chose to be reached: a private message to them (also when they have not chosen yet:
 * the post is theirs), the 宝贝回家 volunteers, or their own number after the scam warning.
 */
export function policePhrase(f: StoryFacts, tr: Translate, detail: PoliceDetail = 'full'): string {
  const t = voiced(tr, f.voice);
  if (f.voice === 'adult') return adultContactPhrase(f, t);
  const station = detail === 'full' ? f.station : '';
  const phone = detail === 'none' ? '' : f.stationPhone;
  if (station && phone) return say(t, 'posts.policeStation', { station, phone });
  if (station) return say(t, 'posts.policeStationNoPhone', { station });
  if (phone) return say(t, 'posts.policePhone', { phone });
  return t('posts.policeDefault');
}

/** "如果你认得我，请私信我。": how readers who recognise an adult reach them (never the police station: they have none). */
function adultContactPhrase(f: StoryFacts, t: Translate): string {
  if (f.contactMode === 'volunteers')
    return f.contactDetail ? say(t, 'posts.volunteersContact', { detail: f.contactDetail }) : t('posts.volunteers');
  if (f.contactMode === 'personal' && f.contactDetail) return say(t, 'posts.contact', { detail: f.contactDetail });
  return t('posts.policeDefault');
}

/** "1988年出生" / "born 1988": the birth date as known, which volunteers match on (the adult's posts and cards). */
export function bornPhrase(f: StoryFacts, tr: Translate, dateText: (iso: string) => string): string {
  return f.voice === 'adult' && f.birthDate ? say(voiced(tr, f.voice), 'posts.born', { date: dateText(f.birthDate) }) : '';
}

/** The card's headline: "你见过李小明吗？", "寻亲：陈静"; for an adult not named yet, "寻亲" alone. */
export function headline(f: StoryFacts, tr: Translate, name: string): string {
  return voiced(tr, f.voice)('posts.seen', { name }).replace(/[：:]\s*$/u, '');
}
