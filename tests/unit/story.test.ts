import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STORY_VERSION, answerPart, createStory, hasAnswer, withAnswerPart } from '@/lib/story/story';
import { childName } from '@/lib/kinds/family/child-name';
import { parseStory } from '@/lib/story/validate';
import { STORY_KINDS } from '@/lib/story/kinds';

const now = '2026-11-29T10:00:00.000Z';
const fresh = () => createStory({ id: 's1', now, language: 'zh-CN', kind: 'family-seeking-child' });

describe('Story model', () => {
  it('starts as an empty family story at the intro, in the given language', () => {
    const story = fresh();
    expect(story).toMatchObject({ version: STORY_VERSION, kind: 'family-seeking-child', language: 'zh-CN', position: 'intro' });
    expect(story.answers).toEqual({});
    expect(parseStory(story)).toEqual({ ok: true, story, migrated: false });
  });

  it('keeps every kind the appeal guidance names, so later kinds fit without a rewrite', () => {
    expect(STORY_KINDS).toEqual(['family-seeking-child', 'adult-seeking-family', 'neighbour-tip', 'sighting']);
    for (const kind of STORY_KINDS) expect(parseStory(createStory({ id: 'k', now, language: 'en', kind })).ok).toBe(true);
  });

  it('sets and clears one part without touching the others', () => {
    let story = withAnswerPart(fresh(), 'child.name', 'fullName', '李小明', now);
    story = withAnswerPart(story, 'child.name', 'nickname', '明明', now);
    expect(story.answers['child.name']).toEqual({ fullName: '李小明', nickname: '明明' });
    story = withAnswerPart(story, 'child.name', 'fullName', '', now);
    expect(story.answers['child.name']).toEqual({ nickname: '明明' });
    story = withAnswerPart(story, 'child.name', 'nickname', '', now);
    expect(story.answers['child.name']).toBeUndefined();
  });

  it('does not change the story it was given', () => {
    const story = fresh();
    withAnswerPart(story, 'day.what', 'what', 'x', now);
    expect(story.answers).toEqual({});
  });

  it('names the child by full name, else nickname', () => {
    expect(childName(fresh())).toBe('');
    const nick = withAnswerPart(fresh(), 'child.name', 'nickname', ' 明明 ', now);
    expect(childName(nick)).toBe('明明');
    expect(childName(withAnswerPart(nick, 'child.name', 'fullName', '李小明', now))).toBe('李小明');
  });

  it('treats spaces alone as no answer', () => {
    expect(hasAnswer({ a: '   ' })).toBe(false);
    expect(hasAnswer({ a: ' ', b: '明' })).toBe(true);
    expect(hasAnswer(undefined)).toBe(false);
  });

  it('keeps any text exactly, emoji and mixed scripts included (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        const story = withAnswerPart(fresh(), 'who.memory', 'memory', text, now);
        const stored = JSON.parse(JSON.stringify(story)) as unknown;
        const parsed = parseStory(stored);
        expect(parsed.ok && answerPart(parsed.story, 'who.memory', 'memory')).toBe(text);
      }),
    );
  });
});
