import fc from 'fast-check';
import { APP_LANGUAGES } from '@/lib/i18n/languages';
import type { Story } from '@/lib/story/story';
import { storyWith, type AnswerRow } from './stories';

/**
 * Random reports of a child seen, for the property tests of the witness's public post and card. The exact
 * spot and who was with the child carry a marker (SPOTMARK, WHOMARK) that no other answer has, so a test
 * can tell whether either reached a public text.
 */
export const SPOT_MARK = 'SPOTMARK';
export const WHO_MARK = 'WHOMARK';
export const SAID_MARK = 'SAIDMARK';

const anyText = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.constantFrom('很瘦，短头发，下巴有一道疤', 'thin, short hair, a scar on the chin', '红色外套，太大了，没穿鞋', 'A red coat。'),
    fc.constantFrom('很长的描述，', 'a very long description, ').map((s) => s.repeat(40)),
  );

const rows = fc.record({
  setting: fc.constantFrom('publicPlace', 'publicPlace', 'home', 'otherPlace', ''),
  province: fc.constantFrom('河南省', '新疆维吾尔自治区', 'Henan', ''),
  city: fc.constantFrom('郑州市', '伊犁哈萨克自治州', 'Zhengzhou', ''),
  district: fc.constantFrom('二七区', '伊宁县', 'Erqi District', ''),
  spot: fc.oneof(
    fc.constant(''),
    anyText(60).map((s) => `${s}${SPOT_MARK}${s}`),
  ),
  date: fc.constantFrom('2026-11-20', '2026年11月', '上个月', '2030-01-01', ''),
  time: fc.constantFrom('19:30', '', '傍晚'),
  since: fc.constantFrom('', '2026年3月', '开春以来', 'since spring'),
  age: fc.constantFrom('5岁左右', 'about 5', '3-4岁', '看不出来', ''),
  gender: fc.constantFrom('girl', 'boy', 'unsure', ''),
  looks: anyText(80),
  clothing: anyText(80),
  dialect: fc.constantFrom('四川话', 'Hakka', '', '很长的方言描述'.repeat(20)),
  said: fc.oneof(
    fc.constant(''),
    anyText(40).map((s) => `${SAID_MARK}${s}`),
  ),
  who: fc.oneof(
    fc.constant(''),
    anyText(60).map((s) => `${s}${WHO_MARK}${s}`),
  ),
  danger: fc.constantFrom('now', 'notNow', 'unsure', ''),
});

export const randomWitnessStory: fc.Arbitrary<Story> = fc.tuple(fc.constantFrom(...APP_LANGUAGES), rows).map(([language, r]) => {
  const answers: AnswerRow[] = [
    ['sight.what', 'what', 'what I saw'],
    ['sight.where', 'setting', r.setting],
    ['sight.where', 'province', r.province],
    ['sight.where', 'city', r.city],
    ['sight.where', 'district', r.district],
    ['sight.where', 'spot', r.spot],
    ['sight.when', 'date', r.date],
    ['sight.when', 'time', r.time],
    ['sight.when', 'since', r.since],
    ['seenChild.looks', 'age', r.age],
    ['seenChild.looks', 'gender', r.gender],
    ['seenChild.looks', 'looks', r.looks],
    ['seenChild.clothing', 'clothing', r.clothing],
    ['seenChild.speech', 'dialect', r.dialect],
    ['seenChild.speech', 'said', r.said],
    ['company.who', 'who', r.who],
    ['company.danger', 'danger', r.danger],
  ];
  return storyWith(
    language,
    answers.filter(([, , text]) => text !== ''),
    'sighting',
  );
});
