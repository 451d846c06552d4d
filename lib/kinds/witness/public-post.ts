import type { PlatformProfile } from '@/lib/platforms/types';
import type { Translate } from '@/lib/i18n/translate';
import type { Story } from '@/lib/story/story';
import { countByLines } from '@/lib/compose/count-by-lines';
import { joinPhrases } from '@/lib/text/join';
import { say } from '@/lib/text/say';
import { witnessFacts, type WitnessFacts } from './facts';
import { childPhrase, detailPhrases, seenPhrase } from './phrases';

/**
 * What the public post does not say that the report does, to fit the site: the clothing, the looks, the
 * dialect, the place in full (a shorter form is given), the day, the end of the opening (`cut`). Not
 * understood: a day or age Homeward could not read (the report quotes it; a public post never guesses).
 */
export type WitnessLeftOut = 'clothing' | 'looks' | 'dialect' | 'placeShort' | 'date' | 'cut' | 'unreadDate' | 'unreadAge';

export interface WitnessPost {
  readonly text: string;
  /** Xiaohongshu's separate title. */
  readonly title?: string;
  readonly leftOut: readonly WitnessLeftOut[];
}

export interface WitnessPostInput {
  readonly story: Story;
  readonly profile: PlatformProfile;
  /** The limit in force on the page (a Mastodon server's own), else the profile's. */
  readonly limit?: number;
  readonly t: Translate;
  readonly today: string;
}

/** How much the post says: which optional pieces it keeps, and which form of the place. */
interface Trim {
  readonly dropped: ReadonlySet<'clothing' | 'looks' | 'dialect' | 'date'>;
  readonly place: number;
}

/** The pieces given up in this order to fit; the ask to the police is never given up. */
const DROP_ORDER = ['clothing', 'looks', 'dialect'] as const;

function postText(f: WitnessFacts, t: Translate, language: Story['language'], trim: Trim): { opening: string; ask: string } {
  const place = f.places[Math.min(trim.place, f.places.length - 1)] ?? '';
  const seen = seenPhrase(f, t, language, place, !trim.dropped.has('date'));
  const details = detailPhrases(f, t, (piece) => !trim.dropped.has(piece));
  const opening = [say(t, 'witness.publicPost.to', { child: childPhrase(f, t) }), seen, joinPhrases(details)].filter(Boolean).join('\n');
  return { opening, ask: t('witness.publicPost.ask') };
}

/**
 * The optional public post about a child seen in a public place, addressed to families searching and to the
 * police: the apparent age, gender, looks, clothing and dialect, the place coarsely (district, city,
 * province: never the spot), the day, and the ask to tell the police. Never who was with the child nor
 * what the child said. Null unless the child was seen in a public place. Fits the site by its own counting:
 * the least needed pieces go first, then the place shortens, then the day; the ask is never cut.
 */
export function witnessPublicPost({ story, profile, limit, t, today }: WitnessPostInput): WitnessPost | null {
  const f = witnessFacts(story, today);
  if (f.setting !== 'publicPlace') return null;
  const max = limit ?? profile.limit;
  const used = countByLines(profile, max);
  const fits = (text: string) => used(text) <= max;
  const join = (p: { opening: string; ask: string }) => [p.opening, p.ask].filter(Boolean).join('\n\n');

  const unread = f.unread.map((u): WitnessLeftOut => (u.part === 'date' ? 'unreadDate' : 'unreadAge'));
  const dropped = new Set<'clothing' | 'looks' | 'dialect' | 'date'>();
  const leftOut: WitnessLeftOut[] = [];
  let trim: Trim = { dropped, place: 0 };
  let text = join(postText(f, t, story.language, trim));
  const steps: (() => WitnessLeftOut | null)[] = [
    ...DROP_ORDER.map((piece) => () => (f[piece] ? (dropped.add(piece), piece) : null)),
    ...f.places.slice(1).map((_, i) => () => ((trim = { dropped, place: i + 1 }), 'placeShort' as const)),
    () => (f.date ? (dropped.add('date'), 'date' as const) : null),
  ];
  for (const step of steps) {
    if (fits(text)) break;
    const gone = step();
    if (!gone) continue;
    if (!leftOut.includes(gone)) leftOut.push(gone);
    text = join(postText(f, t, story.language, { ...trim, dropped }));
  }
  if (!fits(text)) {
    text = cutOpening(postText(f, t, story.language, { ...trim, dropped }), fits, profile, max);
    leftOut.push('cut');
  }
  const fullTitle = t('witness.publicPost.title');
  const title = profile.title ? fullTitle.slice(0, profile.title.count(fullTitle).fitsUntil) : undefined;
  return { text, leftOut: [...leftOut, ...unread], ...(title === undefined ? {} : { title }) };
}

/** The opening cut short with "…" so that the ask, whole, fits after it; the ask alone when nothing more does. */
function cutOpening(p: { opening: string; ask: string }, fits: (text: string) => boolean, profile: PlatformProfile, max: number): string {
  // Counting may round (Weibo counts halves), so the room is narrowed until the whole text fits.
  for (let room = max - profile.count(`…\n\n${p.ask}`, max).used; room > 0; room -= 2) {
    const end = profile.count(p.opening, room).fitsUntil;
    const text = `${p.opening.slice(0, end).trimEnd()}…\n\n${p.ask}`;
    if (end > 0 && fits(text)) return text;
  }
  return p.ask;
}
