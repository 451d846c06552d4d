import type { Story } from '@/lib/story/story';
import { readAge } from '@/lib/facts/age';
import { childAges, yearsSince } from '@/lib/facts/ages';
import { cleanFact } from '@/lib/facts/clean';
import { dayFromIso, firstDay, isoOf, readDate, type PartialDate } from '@/lib/facts/dates';
import { placeForms } from '@/lib/facts/place';
import { splitTags } from '@/lib/text/tags';
import { wordsIn, type StoryFacts, type UnreadFact } from '../family/facts';
import { adultAnswer, type AdultPartId, type AdultQuestionId } from './ids';
import { registrationNumber } from './gate';
import { ADULT_STORY_WORDS } from './words';

const raw = <Q extends AdultQuestionId>(story: Story, q: Q, p: AdultPartId<Q>) => adultAnswer(story, q, p).trim();

/** A label the registration number's sentence already writes (寻家编号：{{caseNumber}}), typed in the box too. */
const REGISTRATION_LABEL =
  /^(?:宝贝回家|寶貝回家)?\s*(?:寻家编号|尋家編號|寻亲编号|尋親編號|登记编号|登記編號|登记号|登記號|编号|編號|(?:registration )?(?:number|no)(?:\.|(?=[\s:：#]))|#)\s*[:：#]?\s*/iu;

/**
 * An adult's search for their birth family, as the facts every post and card is written from (the family's
 * `StoryFacts`, in the adult's voice): the name they have now and the one remembered from childhood, the birth
 * date as known, when and where they came to the family that raised them and how old they were, their marks,
 * their memories (the words, by the family's groups), the DNA sample, their 宝贝回家 registration number and
 * how to reach them.
 *
 * Never read here: `arrival.private`, what they know of the family who raised or sold them. It is for the
 * police, and a post or card cannot say what its facts do not hold.
 */
export function adultFacts(story: Story, today: string): StoryFacts {
  const part = <Q extends AdultQuestionId>(q: Q, p: AdultPartId<Q>) => cleanFact(raw(story, q, p));
  const unread: UnreadFact[] = [];
  const date = (text: string, fact: 'birthDate' | 'lostDate'): PartialDate | null => {
    const reading = readDate(text, today);
    if (reading.kind === 'date') return reading.date;
    if (reading.kind === 'problem') unread.push({ part: fact, text });
    return null;
  };
  const birth = date(raw(story, 'me.birth', 'birthDate'), 'birthDate');
  // The day they came to the family that raised them stands where a family's "the day the child was lost" does.
  const arrived = date(raw(story, 'arrival.when', 'date'), 'lostDate');
  const ageText = raw(story, 'me.birth', 'ageWhenArrived');
  const ageReading = readAge(ageText);
  if (ageReading.kind === 'unknown') unread.push({ part: 'ageWhenLost', text: ageText });
  const todayDay = dayFromIso(today) ?? firstDay({ year: 9999 });
  const ages = childAges({ birth, lost: arrived, stated: ageReading.kind === 'age' ? ageReading.age : null, today: todayDay });
  const places = placeForms({
    province: raw(story, 'arrival.place', 'province'),
    city: raw(story, 'arrival.place', 'city'),
    district: raw(story, 'arrival.place', 'district'),
  });
  const gender = raw(story, 'me.gender', 'gender');
  const dna = raw(story, 'search.dna', 'dna');
  const mode = raw(story, 'search.contact', 'mode');
  const number = cleanFact(registrationNumber(story));
  const withoutLabel = number.replace(REGISTRATION_LABEL, '');
  return {
    voice: 'adult',
    name: part('me.name', 'nowName'),
    // The name remembered from childhood: "陈静（小时候叫妞妞）".
    nickname: cleanFact(raw(story, 'me.name', 'earlierName'), 'nickname'),
    otherName: part('me.name', 'otherScripts'),
    gender: gender === 'female' ? 'girl' : gender === 'male' ? 'boy' : '',
    birthDate: birth ? isoOf(birth) : '',
    lostDate: arrived ? isoOf(arrived) : '',
    lostTime: '',
    ageThen: ages.then,
    ageNow: ages.now,
    yearsLost: yearsSince(arrived, todayDay),
    area: places[0] ?? '',
    places,
    spot: '',
    height: '',
    build: '',
    marks: cleanFact(raw(story, 'me.marks', 'marks'), 'marks'),
    // The hometown dialect is in their memories (the words), as they wrote it.
    languages: '',
    clothing: '',
    // Never `arrival.private`: ADULT_STORY_WORDS does not name it.
    words: wordsIn(story, ADULT_STORY_WORDS),
    reported: '',
    dna: dna === 'yes' || dna === 'no' || dna === 'unsure' ? dna : '',
    caseNumber: /[\p{L}\p{N}]/u.test(withoutLabel) ? withoutLabel : number,
    station: '',
    stationPhone: '',
    contactMode: mode === 'messages' || mode === 'volunteers' || mode === 'personal' ? mode : '',
    contactDetail: part('search.contact', 'detail'),
    links: raw(story, 'search.links', 'links'),
    tags: splitTags(raw(story, 'search.tags', 'tags')),
    unread,
    datesDisagree: ages.datesDisagree,
    birthAfterLoss: ages.birthAfterLoss,
  };
}
