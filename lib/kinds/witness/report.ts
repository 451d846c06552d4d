import type { Translate } from '@/lib/i18n/translate';
import type { Story } from '@/lib/story/story';
import { formatAge } from '@/lib/facts/age';
import { cleanEnd } from '@/lib/facts/clean';
import { joinPhrases } from '@/lib/text/join';
import { say } from '@/lib/text/say';
import { witnessFacts, type WitnessFacts } from './facts';
import { sinceText, whenPhrase } from './phrases';

/**
 * The witness's main output: a private report for the police, never a public post. `call` is a short script
 * to read aloud on a 110 call; `message` is the same in full, in order, with headings, for a police account's
 * private messages or the police's online form. Everything the person wrote may go in (the exact spot, who
 * was with the child: the police want a plate number or an address); the person's own name never does (the
 * interview never asks it). Empty answers are left out.
 */
export interface PoliceReport {
  readonly call: string;
  readonly message: string;
}

type Line = readonly [key: string, value: string];

/** "Label: value" lines, the empty ones left out. */
const labelled = (t: Translate, lines: readonly Line[]) =>
  lines.filter(([, value]) => value !== '').map(([key, value]) => say(t, 'witness.report.line', { label: t(key), value }));

/** What was read of the age, or, when it could not be read, what was typed (the report says so). */
function ageText(f: WitnessFacts, t: Translate): string {
  if (f.age) return formatAge(f.age, t, 'long');
  const typed = f.unread.find((u) => u.part === 'age');
  return typed ? say(t, 'witness.report.unread', { text: typed.text }) : '';
}

function dateText(f: WitnessFacts, t: Translate, language: Story['language']): string {
  const when = whenPhrase(f, t, language);
  if (when && f.date) return when;
  const typed = f.unread.find((u) => u.part === 'date');
  return joinPhrases([typed ? say(t, 'witness.report.unread', { text: typed.text }) : '', when]);
}

/** The exact spot, then the district, city and province ("郑州火车站西广场（河南省郑州市二七区）"). */
function placeText(f: WitnessFacts, t: Translate): string {
  if (f.spot && f.area) return say(t, 'witness.report.spotInArea', { spot: f.spot, area: f.area });
  return f.spot || f.area;
}

export function policeReport(story: Story, t: Translate, today: string): PoliceReport {
  const f = witnessFacts(story, today);
  const language = story.language;
  const gender = f.gender ? t(`witness.words.${f.gender}`) : '';
  const age = ageText(f, t);
  const when = dateText(f, t, language);
  const since = sinceText(f, language);
  const place = placeText(f, t);
  const danger = f.danger ? t(`witness.report.danger.${f.danger}`) : '';

  const child = [
    age ? say(t, 'witness.report.call.age', { age }) : '',
    gender,
    f.looks,
    f.clothing ? say(t, 'witness.report.call.clothing', { clothing: f.clothing }) : '',
    f.dialect ? say(t, 'witness.report.call.dialect', { dialect: f.dialect }) : '',
    f.said ? say(t, 'witness.report.call.said', { said: cleanEnd(f.said) }) : '',
  ].filter(Boolean);
  const callLine = (key: string, value: string) => (value ? say(t, key, { value }) : '');
  const call = [
    t('witness.report.call.opening'),
    callLine('witness.report.call.where', place),
    callLine('witness.report.call.when', joinPhrases([when, since ? say(t, 'witness.report.call.since', { since }) : ''])),
    callLine('witness.report.call.child', child.join(t('posts.listSep'))),
    callLine('witness.report.call.who', cleanEnd(f.who)),
    danger,
  ].filter(Boolean);

  const section = (heading: string, body: readonly string[]) =>
    body.length ? [t(`witness.report.heading.${heading}`), ...body].join('\n') : '';
  const message = [
    t('witness.report.message.title'),
    section('what', f.what ? [f.what] : []),
    section(
      'where',
      labelled(t, [
        ['witness.report.label.spot', f.spot],
        ['witness.report.label.area', f.area],
        ['witness.report.label.setting', f.setting ? t(`witness.report.setting.${f.setting}`) : ''],
      ]),
    ),
    section(
      'when',
      labelled(t, [
        ['witness.report.label.date', when],
        ['witness.report.label.since', since],
      ]),
    ),
    section(
      'child',
      labelled(t, [
        ['witness.report.label.age', age],
        ['witness.report.label.gender', gender],
        ['witness.report.label.looks', f.looks],
        ['witness.report.label.clothing', f.clothing],
        ['witness.report.label.dialect', f.dialect],
        ['witness.report.label.said', f.said],
      ]),
    ),
    section('who', f.who ? [f.who] : []),
    section('danger', danger ? [danger] : []),
    section('photos', f.photoCount > 0 ? [t('witness.report.message.photos', { count: f.photoCount })] : []),
    t('witness.report.message.closing'),
  ].filter(Boolean);

  return { call: call.join('\n'), message: message.join('\n\n') };
}
