import { beforeAll, describe, expect, it } from 'vitest';
import { policeReport } from '@/lib/kinds/witness/report';
import type { Translate } from '@/lib/i18n/translate';
import { translators } from '../helpers/translators';
import { SEEN_AT_STATION, storyWith, type AnswerRow } from '../helpers/stories';

const today = '2026-11-29';
let zh: Translate;
let en: Translate;
beforeAll(async () => {
  ({ zh, en } = await translators());
});

/** Each of `parts` is in `text`, in this order. */
function expectInOrder(text: string, parts: readonly string[]) {
  let at = -1;
  for (const part of parts) {
    const i = text.indexOf(part, at + 1);
    expect(i, `${part} after position ${at} in\n${text}`).toBeGreaterThan(at);
    at = i;
  }
}

const IN_ENGLISH: AnswerRow[] = [
  ['sight.what', 'what', 'A girl of about five was begging at the station square. The man with her would not let her speak.'],
  ['sight.where', 'setting', 'publicPlace'],
  ['sight.where', 'province', 'Henan'],
  ['sight.where', 'city', 'Zhengzhou'],
  ['sight.where', 'district', 'Erqi District'],
  ['sight.where', 'spot', 'outside the KFC on the west square'],
  ['sight.when', 'date', '20 November 2026'],
  ['sight.when', 'time', '7.30 pm'],
  ['sight.when', 'since', 'about a week'],
  ['seenChild.looks', 'age', 'about 5'],
  ['seenChild.looks', 'gender', 'girl'],
  ['seenChild.clothing', 'clothing', 'a red coat, too big for her'],
  ['seenChild.speech', 'dialect', 'Sichuan dialect'],
  ['company.who', 'who', 'A man of about 50 in a black jacket; a white van, plate 豫A·12345'],
  ['company.danger', 'danger', 'now'],
];

describe('the police report', () => {
  it('SEEN_AT_STATION in Chinese: the call script says who, where, when, the child, who was with her, the danger, in order', () => {
    const { call } = policeReport(storyWith('zh-CN', SEEN_AT_STATION, 'sighting'), zh, today);
    const lines = call.split('\n');
    expect(lines[0]).toBe('您好，我要报告一个可能走失或被拐卖的孩子。');
    expectInOrder(call, [
      '地点：郑州火车站西广场，肯德基门口（河南省郑州市二七区）。',
      '时间：2026年11月20日 19:30。',
      // The child's words keep their quotes; their full stop moves after the quote, never doubled (。”。).
      '孩子：看起来约5岁，女孩，很瘦，短头发，下巴有一道疤，穿着红色外套，太大了，没穿鞋，说四川话，说过：“我要妈妈，他们不是我爸爸妈妈”。',
      '和孩子在一起的人：一个五十岁左右的男人，黑夹克，叫她“丫头”；一辆白色面包车，车牌豫A·12345。',
      '我认为孩子目前没有紧急危险。',
    ]);
    // A few short lines, read in about a minute.
    expect(lines.length).toBeLessThanOrEqual(6);
    expect([...call].length).toBeLessThan(320);
  });

  it('SEEN_AT_STATION in Chinese: the message has everything, under headings, in order; the photos counted, none attached', () => {
    const photo = (id: string) => ({ id, width: 10, height: 10, type: 'image/jpeg' as const });
    const story = { ...storyWith('zh-CN', SEEN_AT_STATION, 'sighting'), photos: [photo('p1'), photo('p2')] };
    const { message } = policeReport(story, zh, today);
    expectInOrder(message, [
      '报告：一个可能走失或被拐卖的孩子',
      '【我看到的情况】\n一个大约五岁的女孩在火车站广场乞讨',
      '【地点】\n具体位置：郑州火车站西广场，肯德基门口\n地区：河南省郑州市二七区\n场所：公共场所',
      '【时间】\n日期和时间：2026年11月20日 19:30',
      '【孩子】\n看起来的年龄：约5岁\n性别：女孩\n样子：很瘦，短头发，下巴有一道疤\n穿着：红色外套，太大了，没穿鞋\n方言或语言：四川话\n孩子说的话：“我要妈妈，他们不是我爸爸妈妈。”',
      '【和孩子在一起的人】\n一个五十岁左右的男人，黑夹克，叫她“丫头”；一辆白色面包车，车牌豫A·12345',
      '【孩子现在是否有危险】\n我认为孩子目前没有紧急危险。',
      '【照片】\n我有2张孩子的照片，可以发给警方。',
    ]);
    expect(message).not.toMatch(/data:|blob:/);
  });

  it('an English story: the date and age as read, the time kept, the danger now said last', () => {
    const { call, message } = policeReport(storyWith('en', IN_ENGLISH, 'sighting'), en, today);
    expect(call.split('\n')).toEqual([
      'Hello. I want to report a child who may be missing or trafficked.',
      'Where: outside the KFC on the west square (Erqi District, Zhengzhou, Henan).',
      'When: 20 November 2026, 7.30 pm (there since about a week).',
      'The child: looks about 5 years old, girl, wearing a red coat, too big for her, speaks Sichuan dialect.',
      'With the child: A man of about 50 in a black jacket; a white van, plate 豫A·12345.',
      'I think the child is in danger now.',
    ]);
    expectInOrder(message, [
      'What I saw:\nA girl of about five',
      'Where:\nExact place: outside the KFC on the west square\nArea: Erqi District, Zhengzhou, Henan\nKind of place: A public place',
      'When:\nDay and time: 20 November 2026, 7.30 pm\nThere since: about a week',
      'The child:\nApparent age: about 5 years\nGirl or boy: girl\nClothing: a red coat, too big for her\nDialect or language: Sichuan dialect',
      'Who was with the child:\nA man of about 50',
      'Is the child in danger now?\nI think the child is in danger now.',
    ]);
    // No photos: no photo line.
    expect(message).not.toContain('Photos:');
  });

  it('an empty story: the opening and the closing only, no label with nothing after it', () => {
    const { call, message } = policeReport(storyWith('en', [], 'sighting'), en, today);
    expect(call).toBe('Hello. I want to report a child who may be missing or trafficked.');
    expect(message.split('\n\n')).toEqual([
      'Report: a child who may be missing or trafficked',
      'I have written this down as I saw it. Please contact me through this message if you need to know more.',
    ]);
  });

  it('a half-empty story: only what was answered; a date or age that cannot be read is quoted as written, never guessed', () => {
    const rows: AnswerRow[] = [
      ['sight.where', 'city', '郑州市'],
      ['sight.when', 'date', '上个月'],
      ['seenChild.looks', 'age', '看不出来'],
      ['seenChild.clothing', 'clothing', '   '],
    ];
    const { call, message } = policeReport(storyWith('zh-CN', rows, 'sighting'), zh, today);
    expect(call).toContain('地点：郑州市。');
    expect(call).toContain('时间：“上个月”（原话）。');
    expect(call).toContain('孩子：看起来“看不出来”（原话）。');
    // The report speaks to the police: what Homeward could not read is said to the person on screen, not here.
    expect(`${call}\n${message}`).not.toContain('Homeward');
    expect(message).toContain('【地点】\n地区：郑州市');
    expect(message).not.toMatch(/(具体位置|场所|穿着|性别|样子|方言或语言|孩子说的话)：/);
    expect(message).not.toMatch(/：\n|：$/m);
    expect(message).not.toContain('【和孩子在一起的人】');
    expect(message).not.toContain('【孩子现在是否有危险】');
  });
});
