/**
 * Before any text leaves the panel: does it hold a phone number, an ID number or a street address?
 * Scammers call families who publish their phone and ask for money; ID numbers and home addresses put the
 * family at risk (docs/appeal-guidance.md). The police station's own phone and the case number,
 * which the appeal should carry, are not flagged.
 */
export type SensitiveKind = 'phone' | 'id' | 'address';

export interface Finding {
  readonly kind: SensitiveKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const PATTERNS: readonly { kind: SensitiveKind; re: RegExp }[] = [
  // ID numbers first, so an 18-digit ID is not also read as a phone number.
  // Mainland resident ID: region(6) + birth date(8) + sequence(3) + check digit or X.
  { kind: 'id', re: /(?<![\dA-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g },
  // Taiwan national ID, Hong Kong identity card.
  { kind: 'id', re: /(?<![A-Za-z\d])[A-Z][12]\d{8}(?!\d)/g },
  { kind: 'id', re: /(?<![A-Za-z\d])[A-Z]{1,2}\d{6}\s?\(?[\dA]\)(?!\d)/g },
  // Mainland mobile (with or without +86), landlines with area code, Taiwan and Hong Kong mobiles, international.
  { kind: 'phone', re: /(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g },
  { kind: 'phone', re: /(?<![\d+])0\d{2,3}[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/g },
  { kind: 'phone', re: /(?<![\d+])09\d{2}[\s-]?\d{3}[\s-]?\d{3}(?!\d)/g },
  { kind: 'phone', re: /\+\d{1,3}[\s-]?\d{2,4}(?:[\s-]?\d{2,4}){2,3}(?!\d)/g },
  // Street addresses: 某某路12号, 3栋2单元501室, 12号楼; "12 Harbour Road".
  { kind: 'address', re: /[\u4e00-\u9fff]{1,12}(?:路|街|巷|道|弄|里)\d+(?:-\d+)?号(?:院|楼)?/g },
  { kind: 'address', re: /\d+(?:号楼|栋|幢|單元|单元|室|樓|号院)(?:\d+(?:单元|單元|室|层|樓|楼))*/g },
  { kind: 'address', re: /\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr)\b/g },
];

const digits = (s: string) => s.replace(/\D/g, '');
/** The digits without a country code written in front ("+86 0755…", "(+86) 138…"): how an allowed contact is compared. */
const national = (s: string) => digits(s.trim().replace(/^\(?\+\d{1,3}\)?[\s-]?/, ''));

/** Everything that looks sensitive, in order, except text the appeal is meant to carry (`allowed`). */
export function findSensitive(text: string, allowed: readonly string[] = []): Finding[] {
  // Full-width digits and letters (１３８…) are matched as their ASCII forms; NFKC keeps them one unit each.
  const folded = text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0d]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  const allowedDigits = allowed.map(national).filter((d) => d.length >= 5);
  const findings: Finding[] = [];
  const taken: [number, number][] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // Part of an allowed contact, or holding one: "0755-2781 2345" in the station's "+86 0755-2781 2345 转 8001".
      if ((kind === 'phone' || kind === 'id') && allowedDigits.some((d) => d.includes(national(m[0])) || national(m[0]).includes(d)))
        continue;
      taken.push([start, end]);
      findings.push({ kind, text: text.slice(start, end), start, end });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
