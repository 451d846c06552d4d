/**
 * Numbers as parents type them: ASCII or full-width digits (a Chinese keyboard gives ３ as easily as 3),
 * Chinese numerals (三, 十一, 二〇一九), and English number words (three, a, an).
 */

/** Full-width ASCII (！…～, so ０-９ and Ａ-Ｚ) and the ideographic space, as plain ASCII. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The characters a Chinese numeral is written with (for finding numerals inside a longer text). */
export const CHINESE_NUMERAL = '[〇零一二两兩三四五六七八九十廿百]';

/**
 * A Chinese numeral as a number: 三 3, 十一 11, 二十 20, 廿三 23, 一百零五 105; a run of digits without
 * 十 or 百 reads digit by digit, as years are written (二〇一九 2019). Null when it is not one.
 */
export function chineseInteger(text: string): number | null {
  if (text === '' || ![...text].every((c) => c in CHINESE_DIGITS || c === '十' || c === '廿' || c === '百')) return null;
  if (!/[十廿百]/.test(text)) return Number([...text].map((c) => CHINESE_DIGITS[c]).join(''));
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in CHINESE_DIGITS) {
      // Two digits in a row only after 零, which holds a place (一百零五).
      if (digit !== null && digit !== 0) return null;
      digit = CHINESE_DIGITS[c] ?? 0;
    } else {
      const unit = c === '百' ? 100 : c === '廿' ? 20 : 10;
      if (c === '廿' && digit !== null) return null;
      // 十 on its own at the start is ten (十一 11); 百 needs its digit.
      if (digit === null && c === '百') return null;
      if ((unit === 10 && total % 100 >= 10) || (unit === 100 && total > 0)) return null;
      total += (c === '廿' ? 1 : (digit ?? 1)) * unit;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}
