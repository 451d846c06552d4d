/**
 * The words appeals for missing children use, each with one agreed English rendering and its Traditional
 * form, so every helper translates them the same way. No pinyin here: this module is small and may be
 * imported anywhere.
 */

export interface GlossaryEntry {
  readonly id: string;
  /** Every Chinese form matched in a text: the Simplified ones first, then any Traditional form that differs. */
  readonly zh: readonly string[];
  /** The English an appeal uses. */
  readonly en: string;
  /** The Traditional form of the first Simplified one (also in `zh` when it differs). */
  readonly zhTW: string;
  /** For the helper: why this rendering, or what to watch for. */
  readonly note?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'trafficked',
    zh: ['拐卖', '拐賣'],
    en: 'trafficked',
    zhTW: '拐賣',
    note: 'The legal term (拐卖儿童罪 is the crime of trafficking in children) and the word English readers and search engines know; "abducted and sold" may follow once to explain it.',
  },
  {
    id: 'went-missing',
    zh: ['走失'],
    en: 'went missing',
    zhTW: '走失',
    note: 'The child got lost or wandered off; not a claim that someone took them.',
  },
  { id: 'missing', zh: ['失踪', '失蹤'], en: 'missing', zhTW: '失蹤' },
  { id: 'police-station', zh: ['派出所'], en: 'police station', zhTW: '派出所', note: 'The local police station.' },
  {
    id: 'public-security-bureau',
    zh: ['公安局'],
    en: 'public security bureau (police)',
    zhTW: '公安局',
    note: 'The city or county police headquarters.',
  },
  { id: 'case-registered', zh: ['立案'], en: 'case registered with the police', zhTW: '立案' },
  { id: 'reported', zh: ['报案', '报警', '報案', '報警'], en: 'reported to the police', zhTW: '報案' },
  {
    id: 'dna-sample',
    zh: ['采血', '採血', 'DNA'],
    en: 'DNA sample given',
    zhTW: '採血',
    note: 'A blood sample for the national DNA database, so a match can be found.',
  },
  {
    id: 'anti-trafficking',
    zh: ['打拐'],
    en: 'anti-trafficking (police campaign)',
    zhTW: '打拐',
  },
  {
    id: 'baobei-huijia',
    zh: ['宝贝回家', '寶貝回家'],
    en: 'Baobei Huijia (宝贝回家)',
    zhTW: '寶貝回家',
    note: 'The volunteer site for missing children; its name is kept, not translated.',
  },
  {
    id: 'tuanyuan',
    zh: ['团圆', '團圓'],
    en: 'Tuanyuan (团圆)',
    zhTW: '團圓',
    note: "The police's missing-child alert system. 团圆 is also the everyday word for a family reunion: check which is meant.",
  },
  { id: 'searching-for-family', zh: ['寻亲', '尋親'], en: 'searching for family', zhTW: '尋親' },
  { id: 'looking-for-son', zh: ['寻子', '尋子'], en: 'looking for a son', zhTW: '尋子' },
  { id: 'looking-for-daughter', zh: ['寻女', '尋女'], en: 'looking for a daughter', zhTW: '尋女' },
  {
    id: 'adoptive-parents',
    zh: ['养父母', '養父母'],
    en: 'adoptive parents',
    zhTW: '養父母',
    note: 'When the writer is the child and there was no formal adoption, "the family who raised me" may read better.',
  },
  { id: 'birth-parents', zh: ['亲生父母', '親生父母'], en: 'birth parents', zhTW: '親生父母' },
  {
    id: 'childhood-name',
    zh: ['小名', '乳名'],
    en: 'childhood name',
    zhTW: '小名',
    note: 'The name the child was called at home ("milk name" is the literal word); write it in pinyin with the Chinese beside it.',
  },
  { id: 'birthmark', zh: ['胎记', '胎記'], en: 'birthmark', zhTW: '胎記' },
  { id: 'accent', zh: ['口音'], en: 'accent', zhTW: '口音' },
  { id: 'dialect', zh: ['方言'], en: 'dialect', zhTW: '方言' },
  { id: 'volunteer', zh: ['志愿者', '志願者', '志工'], en: 'volunteer', zhTW: '志願者' },
  {
    id: 'reward',
    zh: ['悬赏', '懸賞'],
    en: 'reward',
    zhTW: '懸賞',
    note: 'Homeward never publishes a reward amount.',
  },
];

/** What glossaryIn matches: an entry's Chinese forms (and its Traditional one, where it has one). */
interface Matched {
  readonly zh: readonly string[];
  readonly zhTW?: string;
}

/** Every form of every entry, longest first (宝贝回家 before a shorter form inside it). */
function forms<T extends Matched>(entries: readonly T[]): readonly (readonly [string, T])[] {
  return entries
    .flatMap((entry) => [...new Set([...entry.zh, entry.zhTW ?? ''])].filter((f) => f !== '').map((form) => [form, entry] as const))
    .sort((a, b) => b[0].length - a[0].length);
}

const GLOSSARY_FORMS = forms(GLOSSARY);

/**
 * The entries whose Chinese (Simplified or Traditional) appears in this text, in the order they first appear:
 * the built-in glossary's, or any list of words with Chinese forms (a story's own, lib/translate/story-glossary.ts).
 */
export function glossaryIn<T extends Matched = GlossaryEntry>(
  text: string,
  entries: readonly T[] = GLOSSARY as unknown as readonly T[],
): readonly T[] {
  const all =
    (entries as readonly unknown[]) === GLOSSARY ? (GLOSSARY_FORMS as unknown as readonly (readonly [string, T])[]) : forms(entries);
  const found = new Set<T>();
  // Left to right, the longest form at each place; the characters a match covers match nothing else.
  for (let at = 0; at < text.length;) {
    const hit = all.find(([form]) => text.startsWith(form, at));
    if (hit) {
      found.add(hit[1]);
      at += hit[0].length;
    } else at += 1;
  }
  return [...found];
}
