import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryIn, type GlossaryEntry } from '@/lib/translate/glossary';

const ids = (text: string, entries?: readonly GlossaryEntry[]) => glossaryIn(text, entries).map((e) => e.id);

describe('GLOSSARY', () => {
  it('has unique ids, an English rendering and a Traditional form for every entry', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      expect(entry.zh.length, entry.id).toBeGreaterThan(0);
      expect(entry.en, entry.id).not.toBe('');
      expect(entry.zh, entry.id).toContain(entry.zhTW);
    }
  });

  it('says Homeward never publishes a reward amount', () => {
    expect(GLOSSARY.find((e) => e.id === 'reward')?.note).toMatch(/never publishes a reward amount/);
  });
});

describe('glossaryIn', () => {
  it('finds the entries in Simplified text, in the order they first appear, each once', () => {
    const text = '2003年在成都走失，疑似被拐卖。家人已到派出所报案，公安局已立案，并已采血。失踪时有胎记，讲四川口音。再次报警。';
    expect(ids(text)).toEqual([
      'went-missing',
      'trafficked',
      'police-station',
      'reported',
      'public-security-bureau',
      'case-registered',
      'dna-sample',
      'missing',
      'birthmark',
      'accent',
    ]);
  });

  it('finds them in Traditional text', () => {
    expect(ids('在寶貝回家網站尋親，親生父母曾在團圓系統登記，孩子被拐賣，小名叫樂樂，有胎記。')).toEqual([
      'baobei-huijia',
      'searching-for-family',
      'birth-parents',
      'tuanyuan',
      'trafficked',
      'childhood-name',
      'birthmark',
    ]);
    expect(ids('志工報警後，警方懸賞')).toEqual(['volunteer', 'reported', 'reward']);
  });

  it('matches the longest form first and the characters inside it not again', () => {
    const entries: GlossaryEntry[] = [{ id: 'home', zh: ['回家'], en: 'come home', zhTW: '回家' }, ...GLOSSARY];
    expect(ids('宝贝回家志愿者', entries)).toEqual(['baobei-huijia', 'volunteer']);
    expect(ids('宝贝回家，早日回家', entries)).toEqual(['baobei-huijia', 'home']);
    expect(ids('养父母不是亲生父母')).toEqual(['adoptive-parents', 'birth-parents']);
  });

  it('finds the DNA sample however it is written', () => {
    expect(ids('已做DNA比对')).toEqual(['dna-sample']);
    expect(ids('已採血')).toEqual(['dna-sample']);
  });

  it('finds nothing in text with none of the words', () => {
    expect(glossaryIn('')).toEqual([]);
    expect(glossaryIn('今天天气很好。')).toEqual([]);
    expect(glossaryIn('A missing child', [])).toEqual([]);
  });
});
