import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { ADULT_QUESTIONS } from '@/prompts/adult';
import { FAMILY_QUESTIONS } from '@/prompts/family';
import type { Question } from '@/prompts/types';
import { readDate, isoOf } from '@/lib/facts/dates';
import { splitPlace } from '@/lib/page-text/place';
import { readPageText } from '@/lib/page-text/read';
import { suggestAnswers, type Suggestion } from '@/lib/page-text/suggest';
import type { RegistrationField, RegistrationKey } from '@/lib/page-text/types';

const win = new JSDOM('').window;
const fieldsOf = (name: string, url: string): readonly RegistrationField[] => {
  const text = readPageText(
    { url, title: '', html: readFileSync(resolve(__dirname, '../fixtures/pages', name), 'utf8'), selection: '' },
    win,
  );
  if (text.source !== 'registration') throw new Error(text.source);
  return text.fields;
};
const FAMILY = fieldsOf('baobei-family.html', 'https://www.baobeihuijia.com/view.aspx?type=1&id=520001');
const ADULT = fieldsOf('baobei-adult.html', 'https://www.baobeihuijia.com/view.aspx?type=2&id=530002');
const at = (suggestions: readonly Suggestion[]) =>
  suggestions.map((s) => `${s.key} → ${s.target.questionId}/${s.target.partId}: ${s.value}`);
const field = (key: RegistrationKey, value: string): RegistrationField => ({ key, label: key, value });

describe('suggestAnswers', () => {
  it('puts a 家寻宝贝 registration into the family interview', () => {
    expect(at(suggestAnswers('family-seeking-child', FAMILY))).toEqual([
      'name → child.name/fullName: 李小雨',
      'gender → child.gender/gender: girl',
      'birthDate → child.birth/birthDate: 2015年03月08日',
      'height → child.build/height: 110厘米',
      'lostDate → day.when/date: 2019年06月01日',
      'lostPlace → day.place/province: 四川省',
      'lostPlace → day.place/city: 成都市',
      'lostPlace → day.place/district: 金牛区',
      'lostPlace → day.place/spot: 荷花池市场',
      `features → child.marks/marks: ${FAMILY.find((f) => f.key === 'features')?.value}`,
      `other → day.what/what: ${FAMILY.find((f) => f.key === 'other')?.value}`,
    ]);
  });

  it('puts a 宝贝寻家 registration into the adult interview', () => {
    expect(at(suggestAnswers('adult-seeking-family', ADULT))).toEqual([
      'number → search.registered/registered: yes',
      'number → search.registered/number: 530002',
      'name → me.name/nowName: 王建军',
      'gender → me.gender/gender: male',
      'birthDate → me.birth/birthDate: 1990年05月12日',
      'lostDate → arrival.when/date: 1994年',
      'lostPlace → arrival.place/province: 福建省',
      'lostPlace → arrival.place/city: 莆田市',
      'lostPlace → arrival.place/district: 仙游县',
      `features → me.marks/marks: ${ADULT.find((f) => f.key === 'features')?.value}`,
      `other → memories.other/other: ${ADULT.find((f) => f.key === 'other')?.value}`,
    ]);
  });

  it('turns 男/女 into each kind’s option, and suggests nothing for another word', () => {
    const gender = (kind: 'family-seeking-child' | 'adult-seeking-family', value: string) =>
      suggestAnswers(kind, [field('gender', value)]).map((s) => s.value);
    expect(gender('family-seeking-child', '女')).toEqual(['girl']);
    expect(gender('family-seeking-child', '男')).toEqual(['boy']);
    expect(gender('adult-seeking-family', '女')).toEqual(['female']);
    expect(gender('adult-seeking-family', '男性')).toEqual(['male']);
    expect(gender('adult-seeking-family', '其他')).toEqual([]);
  });

  it('keeps the dates as the page writes them, and lib/facts reads them back as the right day', () => {
    const dates = [...suggestAnswers('family-seeking-child', FAMILY), ...suggestAnswers('adult-seeking-family', ADULT)].filter(
      (s) => s.key === 'birthDate' || s.key === 'lostDate',
    );
    const read = dates.map((s) => {
      const reading = readDate(s.value, '2026-01-01');
      return reading.kind === 'date' ? isoOf(reading.date) : reading.kind;
    });
    expect(read).toEqual(['2015-03-08', '2019-06-01', '1990-05-12', '1994']);
  });

  it('splits a place only by the simple rule, and keeps the rest whole', () => {
    expect(splitPlace('广西壮族自治区桂林市')).toEqual({ province: '广西壮族自治区', city: '桂林市', district: '', rest: '' });
    expect(splitPlace('北京市朝阳区三里屯')).toEqual({ province: '北京市', city: '北京市', district: '朝阳区', rest: '三里屯' });
    expect(splitPlace('吉林市船营区')).toEqual({ province: '', city: '吉林市', district: '船营区', rest: '' });
    // Traditional: split where Simplified would be, each box as written.
    expect(splitPlace('廣東省深圳市寶安區西鄉街道')).toEqual({ province: '廣東省', city: '深圳市', district: '寶安區', rest: '西鄉街道' });
    expect(splitPlace('臺灣臺中市')).toEqual({ province: '臺灣', city: '臺中市', district: '', rest: '' });
    expect(splitPlace('四川省成都市荷花池市场')).toEqual({ province: '四川省', city: '成都市', district: '', rest: '荷花池市场' });
    for (const whole of ['湖南邵阳', '北京路步行街', '火车站附近', '']) {
      expect(splitPlace(whole)).toEqual({ province: '', city: '', district: '', rest: whole });
    }
    // The adult question asks for no address: what cannot be split is not suggested there.
    expect(suggestAnswers('adult-seeking-family', [field('lostPlace', '火车站附近')])).toEqual([]);
    expect(at(suggestAnswers('family-seeking-child', [field('lostPlace', '火车站附近')]))).toEqual([
      'lostPlace → day.place/spot: 火车站附近',
    ]);
  });

  it('suggests only boxes that exist in the prompts and are not private', () => {
    const every: RegistrationField[] = (
      ['category', 'number', 'name', 'gender', 'birthDate', 'height', 'lostDate', 'lostPlace', 'features', 'other'] as const
    ).map((key) => field(key, key === 'gender' ? '女' : key === 'lostPlace' ? '四川省成都市金牛区荷花池市场' : `${key} 2019年6月1日`));
    for (const [kind, questions] of [
      ['family-seeking-child', FAMILY_QUESTIONS],
      ['adult-seeking-family', ADULT_QUESTIONS],
    ] as const) {
      const suggestions = suggestAnswers(kind, every);
      expect(suggestions.length).toBeGreaterThan(8);
      for (const { target, value } of suggestions) {
        const question: Question | undefined = (questions as readonly Question[]).find((q) => q.id === target.questionId);
        expect(question, target.questionId).toBeDefined();
        expect(question?.private, target.questionId).toBeUndefined();
        const part = question?.parts.find((p) => p.id === target.partId);
        expect(part, `${target.questionId}/${target.partId}`).toBeDefined();
        if (part?.input === 'choice') expect(part.options).toContain(value);
      }
    }
  });
});
