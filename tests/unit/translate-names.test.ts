import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealName, romanizeName } from '@/lib/translate/names';

const best = (name: string) => romanizeName(name)?.best.text;
const alternatives = (name: string) => romanizeName(name)?.alternatives.map((a) => a.text) ?? [];

describe('romanizeName', () => {
  it('writes the surname in capitals and the given name together, capitalised once', () => {
    expect(romanizeName('张小明')).toEqual({
      best: { surname: 'ZHANG', given: 'Xiaoming', text: 'ZHANG Xiaoming' },
      alternatives: [],
    });
    expect(best('王芳')).toBe('WANG Fang');
  });

  it('reads the surname as a surname', () => {
    expect(best('曾小明')).toBe('ZENG Xiaoming');
    expect(best('单田芳')).toBe('SHAN Tianfang');
    expect(best('仇英')).toBe('QIU Ying');
    expect(best('解缙')).toBe('XIE Jin');
    expect(best('区志强')).toBe('OU Zhiqiang');
    expect(best('朴正')).toBe('PIAO Zheng');
    expect(best('查良镛')).toBe('ZHA Liangyong');
    expect(best('曾')).toBe('ZENG');
    // Traditional forms, which pinyin-pro's surname list lacks.
    expect(best('單田芳')).toBe('SHAN Tianfang');
    expect(best('區志強')).toBe('OU Zhiqiang');
  });

  it('writes a compound surname as one word', () => {
    const cases: Record<string, string> = {
      欧阳修: 'OUYANG Xiu',
      司马光: 'SIMA Guang',
      诸葛亮: 'ZHUGE Liang',
      上官婉儿: "SHANGGUAN Wan'er",
      东方朔: 'DONGFANG Shuo',
      皇甫谧: 'HUANGFU Mi',
      尉迟恭: 'YUCHI Gong',
      公孙胜: 'GONGSUN Sheng',
      慕容复: 'MURONG Fu',
      令狐冲: 'LINGHU Chong',
      夏侯惇: 'XIAHOU Dun',
      长孙无忌: 'ZHANGSUN Wuji',
      宇文化及: 'YUWEN Huaji',
      司徒雷登: 'SITU Leideng',
      端木蓉: 'DUANMU Rong',
      歐陽修: 'OUYANG Xiu',
    };
    for (const [name, text] of Object.entries(cases)) expect(best(name), name).toBe(text);
    expect(romanizeName('欧阳修')?.best).toEqual({ surname: 'OUYANG', given: 'Xiu', text: 'OUYANG Xiu' });
  });

  it('reads the given name as ordinary words (乐乐 Lele, not Yueyue)', () => {
    expect(best('张乐乐')).toBe('ZHANG Lele');
    expect(best('乐乐')).toBe('Lele');
    expect(romanizeName('乐乐')?.best.surname).toBe('');
    expect(best('小明')).toBe('Xiaoming');
    expect(best('张长江')).toBe('ZHANG Changjiang');
    expect(romanizeName('乐', { givenOnly: true })?.best.text).toBe('Le');
  });

  it('writes ü as the passport does: LYU, NYU, but LUE, NUE', () => {
    expect(best('吕小红')).toBe('LYU Xiaohong');
    expect(best('张小女')).toBe('ZHANG Xiaonyu');
    expect(best('女')).toBe('NYU');
    expect(best('略')).toBe('LUE');
    expect(best('虐')).toBe('NUE');
    expect(best('王吕')).toBe('WANG Lyu');
    expect(best('吕略')).toBe('LYU Lue');
  });

  it('puts an apostrophe where the next syllable begins with a, o or e', () => {
    expect(best('王建安')).toBe("WANG Jian'an");
    expect(best('李西安')).toBe("LI Xi'an");
    expect(best('王小儿')).toBe("WANG Xiao'er");
    expect(best('张天鹅')).toBe("ZHANG Tian'e");
    expect(best('张小明')).not.toContain("'");
  });

  it('offers the other readings of polyphonic characters in the given name, the name reading first', () => {
    const lele = romanizeName('张乐乐')!;
    expect(lele.best.text).toBe('ZHANG Lele');
    expect(lele.alternatives.map((a) => a.text)).toContain('ZHANG Yueyue');
    expect(lele.alternatives.every((a) => a.surname === 'ZHANG')).toBe(true);
    expect(alternatives('王乐')).toContain('WANG Yue');
    expect(best('李行')).toBe('LI Xing');
    expect(alternatives('李行')).toContain('LI Hang');
    expect(alternatives('张长江')).toContain('ZHANG Zhangjiang');
    // The surname is not varied.
    expect(alternatives('曾小明')).toEqual([]);
  });

  it('caps the alternatives, fewest changes first', () => {
    const many = romanizeName('张乐行长重还和')!;
    expect(many.alternatives.length).toBeLessThanOrEqual(8);
    expect(many.alternatives.length).toBeGreaterThan(0);
    const texts = many.alternatives.map((a) => a.text);
    expect(new Set([many.best.text, ...texts]).size).toBe(texts.length + 1);
  });

  it('writes a name with a middle dot part by part, with no surname', () => {
    expect(romanizeName('阿依古丽·买买提')?.best).toEqual({ surname: '', given: 'Ayiguli Maimaiti', text: 'Ayiguli Maimaiti' });
    expect(best('阿依古丽•买买提')).toBe('Ayiguli Maimaiti');
    expect(best('阿依古丽・买买提')).toBe('Ayiguli Maimaiti');
  });

  it('keeps Latin letters, drops emoji, and is null without Han characters', () => {
    expect(best('张Tom')).toBe('ZHANG Tom');
    expect(best('Tom张')).toBe('Tom Zhang');
    expect(best('张😀三')).toBe('ZHANG San');
    expect(best('张小明🙏🏻')).toBe('ZHANG Xiaoming');
    expect(romanizeName('')).toBeNull();
    expect(romanizeName('   ')).toBeNull();
    expect(romanizeName('Tom')).toBeNull();
    expect(romanizeName('😀')).toBeNull();
  });

  it('never throws and never returns Han characters for a string of Han characters', () => {
    const han = fc.string({
      unit: fc
        .oneof(
          fc.integer({ min: 0x4e00, max: 0x9fff }),
          fc.integer({ min: 0x3400, max: 0x4dbf }),
          fc.integer({ min: 0x20000, max: 0x2a6df }),
        )
        .map((c) => String.fromCodePoint(c)),
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(han, (name) => {
        const result = romanizeName(name);
        for (const r of result ? [result.best, ...result.alternatives] : []) {
          expect(r.text).not.toMatch(/\p{Script=Han}/u);
          expect(r.text).toMatch(/^[A-Za-z' ]*$/);
        }
        expect(result === null || result.alternatives.length <= 8).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any text, and puts apostrophes only before a, o or e', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 16 }),
        fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)), maxLength: 8 }),
        (other, han) => {
          for (const name of [other, han, other + han, han + other]) {
            const result = romanizeName(name);
            for (const r of result ? [result.best, ...result.alternatives] : []) {
              const apostrophes = r.text.match(/'./g) ?? [];
              for (const a of apostrophes) if (!name.includes("'")) expect(a).toMatch(/^'[aoeAOE]$/);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('appealName', () => {
  it('writes the pinyin with the original beside it', () => {
    expect(appealName('ZHANG Xiaoming', '张小明')).toBe('ZHANG Xiaoming (张小明)');
    expect(appealName(' ZHANG Xiaoming ', ' 张小明 ')).toBe('ZHANG Xiaoming (张小明)');
    expect(appealName('ZHANG Xiaoming', '')).toBe('ZHANG Xiaoming');
    expect(appealName('', '张小明')).toBe('张小明');
  });
});
