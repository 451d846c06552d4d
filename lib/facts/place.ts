/**
 * The place a child was lost, from the province, city and district boxes, written the way the place's own
 * script writes it: Chinese from the largest to the smallest with nothing between (广东省深圳市宝安区), English
 * (or a mix) from the smallest to the largest with commas (Bao'an District, Shenzhen, Guangdong), also when
 * each English box keeps its Chinese original beside it in brackets, as a checked translation does. Before,
 * both were run together with spaces in Chinese order ("from Guangdong Shenzhen Bao'an District").
 */
import { joinPhrases } from '@/lib/text/join';
import { writtenInChinese } from '@/lib/text/scripts';
import { cleanEnd } from './clean';

/** The boxes as typed, largest first, without a box another box already contains (北京 + 北京市 → 北京市). */
function distinct(parts: readonly string[]): string[] {
  const kept = parts.map(cleanEnd).filter(Boolean);
  return kept.filter((p, i) => !kept.some((q, j) => j !== i && (q === p ? j < i : q.includes(p))));
}

function written(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  // A box of English with its Chinese original beside it ("Shenzhen (深圳市)", a checked translation) is English.
  if (parts.every(writtenInChinese)) return joinPhrases(parts);
  // Any box written in English follows English order, so a mix reads "Chengdu, 四川省", never "四川省 Chengdu".
  return [...parts].reverse().join(', ');
}

export interface PlaceParts {
  readonly province: string;
  readonly city: string;
  readonly district: string;
}

/**
 * The place, then shorter forms of it, for posts that must fit a limit: all three boxes; the city and
 * district; the city alone (or whichever one box is most known). No form repeats another.
 */
export function placeForms({ province, city, district }: PlaceParts): readonly string[] {
  const full = distinct([province, city, district]);
  const noProvince = distinct([city, district]);
  const one = distinct([city]).length ? distinct([city]) : distinct([district]).length ? distinct([district]) : full;
  const forms = [full, noProvince.length ? noProvince : full, one].map(written).filter(Boolean);
  return [...new Set(forms)];
}
