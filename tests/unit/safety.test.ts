import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSensitive } from '@/lib/compose/safety';

const kinds = (text: string, allowed: string[] = []) => findSensitive(text, allowed).map((f) => [f.kind, f.text]);

describe('findSensitive', () => {
  it.each([
    ['联系妈妈 13812345678', [['phone', '13812345678']]],
    ['电话：138 1234 5678。', [['phone', '138 1234 5678']]],
    ['+86 138-1234-5678', [['phone', '+86 138-1234-5678']]],
    ['全角１３８１２３４５６７８', [['phone', '１３８１２３４５６７８']]],
    ['家里座机 0755-87654321', [['phone', '0755-87654321']]],
    ['台灣手機 0912-345-678', [['phone', '0912-345-678']]],
    ['call +1 415 555 0123', [['phone', '+1 415 555 0123']]],
    ['身份证 440306201503120012', [['id', '440306201503120012']]],
    ['身份证号11010519491231002X', [['id', '11010519491231002X']]],
    ['身分證 A123456789', [['id', 'A123456789']]],
    ['HKID A123456(7)', [['id', 'A123456(7)']]],
    ['家住宝安区西乡街道新安路12号', [['address', '家住宝安区西乡街道新安路12号']]],
    ['3栋2单元501室', [['address', '3栋2单元501室']]],
    ['We live at 12 Harbour Road.', [['address', '12 Harbour Road']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('does not flag what an appeal should carry: the station phone, the case number, dates, heights', () => {
    const text = '请联系西乡派出所（电话 0755-12345678），案件编号 440306-2019-0001。2019年6月5日走失，身高105厘米，今年11岁。';
    expect(kinds(text, ['0755-12345678', '440306-2019-0001'])).toEqual([]);
    expect(kinds('2019-06-05 下午4点')).toEqual([]);
  });

  it('does not flag the station phone written with a country code or an extension', () => {
    expect(kinds('请联系西乡派出所（电话 0755-2781 2345 转 8001）', ['+86 0755-2781 2345 转 8001'])).toEqual([]);
    expect(kinds('Call +86 0755-2781 2345 ext. 12.', ['0755-2781 2345 ext. 12'])).toEqual([]);
    expect(kinds('妈妈 13812345678', ['+86 0755-2781 2345 转 8001'])).toEqual([['phone', '13812345678']]);
  });

  it('still flags a family phone next to the allowed station phone', () => {
    expect(kinds('派出所 0755-12345678；妈妈 13812345678', ['0755-12345678'])).toEqual([['phone', '13812345678']]);
  });

  it('never throws and returns ranges inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        for (const f of findSensitive(text)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
    );
  });
});
