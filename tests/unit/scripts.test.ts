import { describe, expect, it } from 'vitest';
import { fieldLanguage, isolate, isolateIfNeeded, languageOfText, scriptRuns, writtenInChinese } from '@/lib/text/scripts';

describe('a person’s words among Homeward’s', () => {
  it('isolates them with U+2068 … U+2069', () => {
    expect(isolate('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
    // Kept text (a copied story's name) changes only when the name could turn words around.
    expect(isolateIfNeeded('李小明')).toBe('李小明');
    expect(isolateIfNeeded('Emily Chen')).toBe('Emily Chen');
    expect(isolateIfNeeded('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
    expect(isolateIfNeeded('שלום')).toBe('\u2068שלום\u2069');
  });

  it('says which language they are in when it is not the screen’s', () => {
    expect(languageOfText('李小明', 'en')).toBe('zh-CN');
    expect(languageOfText('李小明', 'en', 'zh-TW')).toBe('zh-TW');
    expect(languageOfText('李小明', 'zh-CN')).toBeUndefined();
    expect(languageOfText('李小明', 'zh-CN', 'zh-TW')).toBe('zh-TW');
    expect(languageOfText('Emily Chen', 'zh-CN')).toBe('en');
    expect(languageOfText('Emily Chen', 'en')).toBeUndefined();
    // One word, a number or a link is not a language.
    expect(languageOfText('Em', 'zh-CN')).toBeUndefined();
    expect(languageOfText('0755-12345678', 'zh-CN')).toBeUndefined();
    expect(languageOfText('https://weibo.com/u/123', 'zh-CN')).toBeUndefined();
  });

  it('marks a box by the language it is written in: English keeping a name’s Chinese beside it is English', () => {
    // Found by the end-to-end translation test: an English post in an English panel was marked zh-CN.
    const post = 'HELP FIND\nHave you seen LI Xiaoyu (李小雨)?\nMissing since 5 June 2019 from Shenzhen (深圳市).';
    expect(writtenInChinese(post)).toBe(false);
    expect(fieldLanguage(post, 'en', 'en')).toBeUndefined();
    expect(fieldLanguage(post, 'zh-CN', 'en')).toBe('en');
    expect(fieldLanguage(post, 'zh-TW', 'en')).toBe('en');
    expect(fieldLanguage('Shenzhen（深圳市）', 'zh-CN')).toBe('en');
    // Chinese outside the brackets, or nothing but Chinese: Chinese, as before.
    for (const text of ['李小明 (Li Xiaoming)', '[EN] 左耳后有一块红色胎记', 'Have you seen 王小红?', '（小名）', '宝安区（西乡）']) {
      expect(writtenInChinese(text), text).toBe(true);
      expect(fieldLanguage(text, 'en'), text).toBe('zh-CN');
      expect(fieldLanguage(text, 'zh-CN'), text).toBeUndefined();
    }
    // An English post with names not translated yet (written as the parent wrote them) is English; Chinese
    // with an English word or a web address in it is Chinese.
    const untranslated =
      'HELP FIND\nHave you seen 李小明?\n李小明 (called 明明 at home), boy, 4 when lost, now 11. Missing since 5 June 2019 from 广东省深圳市宝安区.\nIf you know anything, please call the police on 0755-12345678.';
    expect(writtenInChinese(untranslated)).toBe(false);
    expect(fieldLanguage(untranslated, 'zh-CN', 'zh-CN')).toBe('en');
    expect(writtenInChinese('我们在Walmart门口走散了')).toBe(true);
    expect(writtenInChinese('请看 https://weibo.com/u/1234567890/abcdef?from=page')).toBe(true);
    expect(writtenInChinese('Emily Chen')).toBe(false);
    expect(fieldLanguage('Emily Chen', 'zh-CN')).toBe('en');
    expect(fieldLanguage('0755-12345678', 'zh-CN')).toBeUndefined();
  });

  it('splits Homeward’s English around the Chinese in it', () => {
    expect(scriptRuns('the national Tuanyuan (团圆) alert', 'en')).toEqual([
      { text: 'the national Tuanyuan (' },
      { text: '团圆', lang: 'zh-CN' },
      { text: ') alert' },
    ]);
    expect(scriptRuns('before “全文” (Full text):', 'en')).toEqual([
      { text: 'before “' },
      { text: '全文”', lang: 'zh-CN' },
      { text: ' (Full text):' },
    ]);
    expect(scriptRuns('寻找明明, 宝贝回家', 'en')).toEqual([
      { text: '寻找明明', lang: 'zh-CN' },
      { text: ', ' },
      { text: '宝贝回家', lang: 'zh-CN' },
    ]);
    expect(scriptRuns('团圆', 'zh-CN')).toEqual([{ text: '团圆' }]);
  });
});
