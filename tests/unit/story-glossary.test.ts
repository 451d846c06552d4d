import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '@/lib/translate/glossary';
import { ownWordId, storyWords, withGlossaryWord, wordsIn } from '@/lib/translate/story-glossary';
import { withChecked, withTranslatedText } from '@/lib/translate/story-translation';
import { mergeStories, stampEdits } from '@/lib/story/fields';
import { createEditClock } from '@/lib/story/clock';
import { parseStory } from '@/lib/story/validate';
import { MINGMING, storyWith } from '../helpers/stories';

const now = '2026-11-30T04:00:00.000Z';
const ids = (words: readonly { id: string }[]) => words.map((w) => w.id);

describe('the story’s glossary', () => {
  it('starts as the appeals’ words as Homeward writes them, in the chosen language', () => {
    const story = storyWith('zh-CN', MINGMING);
    const en = storyWords(story, 'en');
    expect(ids(en)).toEqual(GLOSSARY.map((e) => e.id));
    expect(en.find((w) => w.id === 'police-station')).toMatchObject({ text: 'police station', origin: 'glossary' });
    expect(storyWords(story, 'zh-TW').find((w) => w.id === 'trafficked')?.text).toBe('拐賣');
    // The station's name holds 派出所.
    expect(ids(wordsIn('宝安区西乡派出所', en))).toEqual(['police-station']);
  });

  it('a helper changes a word: shown as theirs with Homeward’s beside it; written as Homeward’s again, the change goes', () => {
    let story = withGlossaryWord(
      storyWith('zh-CN', MINGMING),
      'en',
      'police-station',
      { zh: '派出所', text: '  local   police post ' },
      now,
    );
    const word = storyWords(story, 'en').find((w) => w.id === 'police-station');
    expect(word).toMatchObject({ text: 'local police post', origin: 'changed', usual: 'police station' });
    // Only in that language.
    expect(storyWords(story, 'zh-TW').find((w) => w.id === 'police-station')?.origin).toBe('glossary');
    story = withGlossaryWord(story, 'en', 'police-station', { zh: '派出所', text: 'police station' }, now);
    expect(story.glossary).toBeUndefined();
  });

  it('a helper adds their own word; the same word added again is one; removed, it goes', () => {
    let story = withGlossaryWord(
      storyWith('zh-CN', MINGMING),
      'en',
      ownWordId('阿姆'),
      { zh: '阿姆', text: 'Amu (Mum, in the family’s dialect)' },
      now,
    );
    story = withGlossaryWord(story, 'en', ownWordId('阿姆 '.trim()), { zh: '阿姆', text: 'Amu (Mum)' }, now);
    const own = storyWords(story, 'en').filter((w) => w.origin === 'own');
    expect(own).toEqual([{ id: ownWordId('阿姆'), zh: ['阿姆'], text: 'Amu (Mum)', origin: 'own' }]);
    expect(ids(wordsIn('我管妈妈叫“阿姆”。', storyWords(story, 'en')))).toEqual([ownWordId('阿姆')]);
    story = withGlossaryWord(story, 'en', ownWordId('阿姆'), null, now);
    expect(story.glossary).toBeUndefined();
  });

  it('a checked name is a word beside every other part that holds it, never beside its own box; a draft is not', () => {
    let story = storyWith('zh-CN', MINGMING);
    story = withTranslatedText(story, 'en', 'child.name', 'nickname', 'Mingming', 'person', now);
    const message = MINGMING.find(([q]) => q === 'hopes.message')?.[2] ?? '';
    expect(wordsIn(message, storyWords(story, 'en')).some((w) => w.origin === 'checked')).toBe(false);
    story = withChecked(story, 'en', 'child.name', 'nickname', true, now);
    const words = storyWords(story, 'en');
    expect(wordsIn(message, words)).toEqual([expect.objectContaining({ zh: ['明明'], text: 'Mingming', origin: 'checked' })]);
    expect(wordsIn('明明', words, 'child.name/nickname')).toEqual([]);
  });

  it('is kept through validation, and refuses what it must (a line break, a word too long, an unsafe key)', () => {
    const story = withGlossaryWord(storyWith('zh-CN', MINGMING), 'en', 'trafficked', { zh: '拐卖', text: 'abducted and sold' }, now);
    const read = parseStory(JSON.parse(JSON.stringify(story)));
    expect(read.ok && read.story.glossary).toEqual({ en: { trafficked: { zh: '拐卖', text: 'abducted and sold' } } });
    for (const glossary of [
      { en: { trafficked: { zh: '拐卖', text: 'two\nlines' } } },
      { en: { trafficked: { zh: '拐'.repeat(41), text: 'x' } } },
      { en: { trafficked: { zh: '拐卖', text: '' } } },
      JSON.parse('{"en":{"__proto__":{"zh":"拐卖","text":"x"}}}'),
    ]) {
      expect(parseStory({ ...JSON.parse(JSON.stringify(story)), glossary }).ok).toBe(false);
    }
  });

  it('two views changing words at once keep both; the same word changed in both ends as the later change', () => {
    const base = stampEdits(undefined, storyWith('zh-CN', MINGMING), () => '00000000001.0000.a');
    const time = { ms: 1_700_000_000_000 };
    const a = createEditClock('a', () => time.ms);
    const b = createEditClock('b', () => time.ms);
    const inA = stampEdits(base, withGlossaryWord(base, 'en', 'trafficked', { zh: '拐卖', text: 'abducted and sold' }, now), a.tick);
    time.ms += 5;
    const inB = stampEdits(base, withGlossaryWord(base, 'en', ownWordId('阿姆'), { zh: '阿姆', text: 'Amu' }, now), b.tick);
    const merged = mergeStories(inA, inB).story;
    expect(Object.keys(merged.glossary?.en ?? {}).sort()).toEqual([ownWordId('阿姆'), 'trafficked'].sort());
    expect(mergeStories(inB, inA).story.glossary).toEqual(merged.glossary);
    time.ms += 5;
    const later = stampEdits(merged, withGlossaryWord(merged, 'en', 'trafficked', { zh: '拐卖', text: 'trafficked (sold)' }, now), b.tick);
    expect(mergeStories(inA, later).story.glossary?.en?.trafficked?.text).toBe('trafficked (sold)');
  });
});
