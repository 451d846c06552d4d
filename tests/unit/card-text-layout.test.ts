import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atoms, breakLines, fitText, roughMeasure, type Measure } from '@/lib/cards/text-layout';
import { graphemes } from '@/lib/text/segments';

const measure: Measure = roughMeasure;

const NO_START = '，。、！？）」》';
const NO_END = '（「《';

describe('card text layout', () => {
  it('breaks Chinese between characters', () => {
    expect(breakLines('一二三四五六七八九十', 5 * 10, 10, measure)).toEqual(['一二三四五', '六七八九十']);
  });

  it('never starts a line with closing punctuation, never ends one with opening punctuation (kinsoku)', () => {
    expect(breakLines('一二三四，五六', 40, 10, measure)).toEqual(['一二三', '四，五六']);
    expect(breakLines('一二三「四五」', 40, 10, measure)).toEqual(['一二三', '「四五」']);
    expect(breakLines('他说：“回家吧。”', 50, 10, measure)).toEqual(['他说：“回', '家吧。”']);
    // A run of punctuation wider than the line: it hangs rather than starting a line.
    expect(breakLines('寻，！，', 60, 20, measure)).toEqual(['寻，！，']);
  });

  it('keeps Latin words whole and emoji whole, in mixed scripts', () => {
    const lines = breakLines('李小明 Li Xiaoming 今年11岁 👨‍👩‍👧 回家', 60, 10, measure);
    expect(lines.join('|')).not.toMatch(/Xiao\|ming|Xi\|aoming/);
    expect(lines.some((l) => l.includes('👨‍👩‍👧'))).toBe(true);
    expect(atoms('Li Xiaoming, 4')).toEqual(['Li', ' ', 'Xiaoming,', ' ', '4']);
  });

  it('splits a word longer than a whole line only as a last resort', () => {
    expect(breakLines('Supercalifragilistic', 50, 10, measure).every((l) => measure(l, 10) <= 50)).toBe(true);
  });

  it('a run of opening brackets wider than a line: no line gets wider than the box', () => {
    for (const line of breakLines('「「（《小兔子》', 60, 20, measure)) expect(measure(line, 20)).toBeLessThanOrEqual(60);
    // With spaces among the brackets too; only such a line may end with an opening bracket.
    const lines = breakLines('「 「「寻，', 60, 20, measure);
    for (const line of lines) expect(measure(line.trimEnd(), 20)).toBeLessThanOrEqual(60);
    for (const line of lines.slice(0, -1)) if (/[（「《]$/.test(line)) expect(line).toMatch(/^[（「《\s]+$/);
  });

  it('keeps explicit line breaks', () => {
    expect(breakLines('一\n\n二', 100, 10, measure)).toEqual(['一', '', '二']);
  });

  it('fits a long name by shrinking first, then wrapping, then an ellipsis', () => {
    const box = { width: 300, height: 60 };
    const opts = { maxFontSize: 60, minFontSize: 24, lineHeight: 1 };
    expect(fitText('李小明', box, opts, measure)).toEqual({ fontSize: 60, lines: ['李小明'], truncated: false });
    const shrunk = fitText('欧阳小明明明明', box, opts, measure);
    expect(shrunk.truncated).toBe(false);
    expect(shrunk.lines).toEqual(['欧阳小明明明明']);
    expect(shrunk.fontSize).toBeLessThan(60);
    const wrapped = fitText('欧阳小明明明明明明明明明明明明', { width: 300, height: 60 }, opts, measure);
    expect(wrapped).toMatchObject({ truncated: false });
    expect(wrapped.lines.length).toBe(2);
    const cut = fitText('很长很长的名字'.repeat(20), box, opts, measure);
    expect(cut.truncated).toBe(true);
    expect(cut.fontSize).toBe(24);
    expect(cut.lines.at(-1)!.endsWith('…')).toBe(true);
    for (const line of cut.lines) expect(measure(line, 24)).toBeLessThanOrEqual(300);
  });

  const PIECES = [
    '寻',
    '找',
    '明明',
    '，',
    '。',
    '！',
    '「',
    '」',
    '（',
    '）',
    '《小兔子》',
    ' ',
    'Mingming',
    'Li',
    'Shenzhen,',
    '😋',
    '👨‍👩‍👧',
    '🇨🇳',
    '2019',
    'é',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));

  it('for any text and width: lines fit, nothing is lost, kinsoku holds, no grapheme or word is cut (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 60, max: 600 }), (t, width) => {
        const lines = breakLines(t, width, 20, measure);
        for (const line of lines) {
          // Only hanging closing punctuation may reach past the edge.
          const body = line.replace(/[，。、！？：；）」』》,.!?:;)\]}…]+$/u, '');
          if (graphemes(body).length > 1) expect(measure(body, 20)).toBeLessThanOrEqual(width);
          expect(NO_START.includes(line[0] ?? 'x') && line !== lines[0]).toBe(false);
          // (unless the text itself ends there)
          // (a line of nothing but brackets and spaces, wider than the box, is the one exception: found by
          // this property with "「 「「寻，" at 3 characters wide)
          if (line !== lines.at(-1) && !/^[（「《\s]+$/.test(line)) expect(NO_END.includes(line.at(-1) ?? 'x')).toBe(false);
        }
        expect(lines.join('').replace(/\s/g, '')).toBe(t.replace(/\s/g, ''));
        const kept = new Set(lines.flatMap((l) => graphemes(l)));
        for (const g of ['👨‍👩‍👧', '🇨🇳']) if (t.includes(g)) expect(kept.has(g)).toBe(true);
        // Every unbreakable unit (a word with its punctuation, an emoji) that fits on a line is on one line.
        for (const unit of atoms(t)) {
          if (unit.trim() && measure(unit, 20) <= width) expect(lines.some((l) => l.includes(unit.trim()))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
