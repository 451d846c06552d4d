import { splitTags } from '@/lib/platforms/types';
import { joinPhrases } from './phrases';
import type { Story } from '@/lib/story/story';

/** The story's facts, gathered once for every template; the parent's own words are kept exactly as written. */
export interface StoryFacts {
  readonly name: string;
  readonly nickname: string;
  readonly otherName: string;
  readonly gender: 'girl' | 'boy' | '';
  readonly birthDate: string;
  readonly lostDate: string;
  readonly lostTime: string;
  readonly ageThen: number | null;
  readonly ageNow: number | null;
  /** Whole years since the child was lost, when the date is known. */
  readonly yearsLost: number | null;
  /** Province, city and district, then the spot. */
  readonly area: string;
  readonly spot: string;
  readonly height: string;
  readonly build: string;
  readonly marks: string;
  readonly languages: string;
  readonly clothing: string;
  /** The parent's own words, by question part. */
  readonly words: Readonly<Record<string, string>>;
  readonly reported: 'yes' | 'notYet' | '';
  readonly dna: 'yes' | 'no' | 'unsure' | '';
  readonly caseNumber: string;
  readonly station: string;
  readonly stationPhone: string;
  readonly contactMode: 'policeOnly' | 'searchNumber' | 'personal' | '';
  readonly contactDetail: string;
  readonly links: string;
  readonly tags: readonly string[];
}

const part = (story: Story, q: string, p: string) => (story.answers[q]?.[p] ?? '').trim();

/** Whole years between two ISO dates (YYYY-MM-DD), or null when either is missing or the order is wrong. */
export function yearsBetween(from: string, to: string): number | null {
  const a = /^(\d{4})-(\d{2})-(\d{2})/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(to);
  if (!a || !b) return null;
  let years = Number(b[1]) - Number(a[1]);
  if (Number(b[2]) * 100 + Number(b[3]) < Number(a[2]) * 100 + Number(a[3])) years--;
  return years >= 0 ? years : null;
}

export function storyFacts(story: Story, today: string): StoryFacts {
  const birthDate = part(story, 'child.birth', 'birthDate');
  const lostDate = part(story, 'day.when', 'date');
  const statedAge = Number.parseFloat(part(story, 'child.birth', 'ageWhenLost').replace(/[^\d.]/g, ''));
  const yearsLost = yearsBetween(lostDate, today);
  const ageThen = yearsBetween(birthDate, lostDate) ?? (Number.isFinite(statedAge) ? Math.floor(statedAge) : null);
  const ageNow = yearsBetween(birthDate, today) ?? (ageThen !== null && yearsLost !== null ? ageThen + yearsLost : null);
  const area = ['province', 'city', 'district'].map((p) => part(story, 'day.place', p)).filter(Boolean);
  const words: Record<string, string> = {};
  for (const [q, answer] of Object.entries(story.answers)) {
    for (const [p, text] of Object.entries(answer)) if (text.trim()) words[`${q}.${p}`] = text.trim();
  }
  const gender = part(story, 'child.gender', 'gender');
  const reported = part(story, 'help.police', 'reported');
  const dna = part(story, 'help.police', 'dna');
  const mode = part(story, 'help.contact', 'mode');
  return {
    name: part(story, 'child.name', 'fullName'),
    nickname: part(story, 'child.name', 'nickname'),
    otherName: part(story, 'child.name', 'otherScripts'),
    gender: gender === 'girl' || gender === 'boy' ? gender : '',
    birthDate,
    lostDate,
    lostTime: part(story, 'day.when', 'time'),
    ageThen,
    ageNow,
    yearsLost,
    // Joined without spaces in Chinese style (广东省深圳市宝安区), with spaces otherwise; templates place it.
    area: joinPhrases(area),
    spot: part(story, 'day.place', 'spot'),
    height: part(story, 'child.build', 'height'),
    build: part(story, 'child.build', 'build'),
    marks: part(story, 'child.marks', 'marks'),
    languages: part(story, 'child.languages', 'languages'),
    clothing: part(story, 'child.clothing', 'clothing'),
    words,
    reported: reported === 'yes' || reported === 'notYet' ? reported : '',
    dna: dna === 'yes' || dna === 'no' || dna === 'unsure' ? dna : '',
    caseNumber: part(story, 'help.case', 'caseNumber'),
    station: part(story, 'help.case', 'station'),
    stationPhone: part(story, 'help.case', 'stationPhone'),
    contactMode: mode === 'policeOnly' || mode === 'searchNumber' || mode === 'personal' ? mode : '',
    contactDetail: part(story, 'help.contact', 'detail'),
    links: part(story, 'help.links', 'links'),
    tags: splitTags(part(story, 'help.tags', 'tags')),
  };
}
