/**
 * A parent's short answers (a nickname, a height, a police station) go inside Homeward's own sentences.
 * They are kept as written except for what the sentence already says: the full stop at the end (the
 * sentence adds its own, so "胎记。" + "。" was "胎记。。") and a label the template already writes
 * ("身高105厘米" under "身高{{height}}" was "身高身高105厘米"; "Speaks Hakka" under "Speaks: {{languages}}").
 * The parent's longer words (what happened, their message) are never cleaned: they are published whole.
 */

/** Stops and commas an answer may end with; "…" and "..." are kept (they say the parent trailed off). */
const TRAILING = /[\s。．.！!？?；;，,、：:]+$/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** The answer without trailing stops; '' when nothing but punctuation or quotes is left (no empty “”). */
export function cleanEnd(text: string): string {
  const trimmed = text.trim();
  if (!HAS_CONTENT.test(trimmed)) return '';
  if (/(?:…|\.\.\.)$/u.test(trimmed)) return trimmed;
  // A quotation at the end keeps its words and loses only its full stop, which the sentence now gives after
  // the quote: 说过：“我要妈妈。” + 。 was 说过：“我要妈妈。”。, now 说过：“我要妈妈”。
  return trimmed.replace(TRAILING, '').replace(STOP_IN_QUOTE, '');
}
const STOP_IN_QUOTE = /[。．.；;，,]+(?=[”’」』"']+$)/u;

/**
 * The labels a template writes before each kind of answer, in any of the languages a parent may answer in.
 * A label is taken off only at the very start and, where it could be the answer's own first word (a mark
 * that is a 胎记), only when a colon follows it.
 */
const LABELS = {
  nickname: /^(?:小名|乳名|昵称|暱稱|nickname|called)\s*(?:[:：]\s*|叫\s*)?/iu,
  height: /^(?:身高|height)\s*[:：]?\s*/iu,
  marks: /^(?:特征|特徵|体貌特征|體貌特徵|(?:distinguishing |identifying )?marks?)\s*[:：]\s*/iu,
  clothing: /^(?:走失时|走失時)?\s*(?:身上)?(?:穿着|穿著|穿的是|穿了|穿|衣着|衣著|(?:was )?wearing|wore|clothing)\s*[:：]?\s*/iu,
  languages: /^(?:会说|會說|能说|能說|(?:说|說)(?![话話])|speaks?|languages?)\s*[:：]?\s*/iu,
  caseNumber: /^(?:案件编号|案件編號|案件号|案號|案号|立案编号|立案編號|case(?: number| no\.?| #)?)\s*[:：#]?\s*/iu,
  // 最后出现在{{spot}}: a spot that starts with 在 or 于 said it twice (最后出现在在西乡…).
  spot: /^(?:在|于|於)(?=\p{Script=Han})/u,
} as const;

export type LabelledField = keyof typeof LABELS | 'build';

/**
 * Answers that continue a sentence mid-way ("Height about 105 cm, slim"): an English capital at their start
 * is only the capital a box gives its first word. Names and abbreviations (a second capital) keep theirs.
 */
const MID_SENTENCE: ReadonlySet<LabelledField> = new Set(['height', 'build']);

/** An answer ready to sit inside a sentence: no trailing stop, no repeated label. */
export function cleanFact(text: string, field?: LabelledField): string {
  const end = cleanEnd(text);
  if (!field) return end;
  const label = field === 'build' ? null : LABELS[field];
  const stripped = label ? end.replace(label, '') : end;
  // A label and nothing else ("身高") stays as typed rather than vanishing.
  const kept = HAS_CONTENT.test(stripped) ? stripped : end;
  return MID_SENTENCE.has(field) && /^[A-Z][a-z]+\b(?![ -][A-Z])/.test(kept) ? kept.charAt(0).toLowerCase() + kept.slice(1) : kept;
}
