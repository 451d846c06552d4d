import { describe, expect, it } from 'vitest';
import { allQuestions, kindDefinition, questionsFor, sectionsFor } from '@/lib/kinds';
import { FAMILY_KIND } from '@/lib/kinds/family';
import { familyAnswer, familyPlace } from '@/lib/kinds/family/ids';
import { storyFacts } from '@/lib/kinds/family/facts';
import { CARD_SENTENCES, STORY_WORDS } from '@/lib/kinds/family/words';
import { V1_ANSWER_PLACES, V1_LEFTOVER_PLACE } from '@/lib/kinds/family/legacy';
import { FAMILY_QUESTIONS, FAMILY_SECTIONS } from '@/prompts/family';
import { NEW_STORY_KIND, STORY_KINDS } from '@/lib/story/kinds';
import { createStory, withAnswerPart, type Story } from '@/lib/story/story';
import { interviewSteps } from '@/lib/interview/progress';
import { missingEssentials } from '@/lib/gate/essentials';
import { sentenceChoices } from '@/lib/cards/sentences';
import { allowedContacts } from '@/lib/gate/findings';
import { storyDisplayName } from '@/components/story-name';
import type { AnswerPlace } from '@/lib/kinds';
import { MINGMING, storyWith } from '../helpers/stories';

const now = '2026-11-29T10:00:00.000Z';
const RESERVED = STORY_KINDS.filter((kind) => kind !== 'family-seeking-child');
const untitled = (() => 'Untitled') as unknown as Parameters<typeof storyDisplayName>[1];

/** The Mingming story as another kind: the same answers, which that kind does not ask. */
const asKind = (kind: Story['kind']): Story => ({ ...storyWith('en', MINGMING), kind });

/** Whether a place is a box the family interview has (a question, and a part of it). */
const inFamilyInterview = ({ questionId, partId }: AnswerPlace) =>
  questionsFor('family-seeking-child').some((q) => q.id === questionId && q.parts.some((p) => p.id === partId));

describe('the registry of story kinds', () => {
  it('has a definition for every kind; the family kind is its own folder and interview', () => {
    for (const kind of STORY_KINDS) expect(kindDefinition(kind)).toBeDefined();
    expect(kindDefinition('family-seeking-child')).toBe(FAMILY_KIND);
    expect(questionsFor('family-seeking-child')).toBe(FAMILY_QUESTIONS);
    expect(sectionsFor('family-seeking-child')).toBe(FAMILY_SECTIONS);
    expect(NEW_STORY_KIND).toBe('family-seeking-child');
  });

  it('every question id is unique and in a section of its own kind', () => {
    const ids = allQuestions().map(({ kind, question }) => `${kind}:${question.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { kind, question } of allQuestions()) expect(sectionsFor(kind).map((s) => s.id)).toContain(question.section);
  });

  it.each(RESERVED)('%s is reserved: no questions, nothing required, nothing named, flagged as allowed or put on a card', (kind) => {
    expect(questionsFor(kind)).toEqual([]);
    expect(sectionsFor(kind)).toEqual([]);
    const story = asKind(kind);
    expect(interviewSteps(story)).toEqual(['intro', 'review']);
    expect(missingEssentials(story)).toEqual([]);
    expect(sentenceChoices(story)).toEqual([]);
    expect(allowedContacts(story)).toEqual([]);
    expect(storyDisplayName(story, untitled)).toBe('Untitled');
  });

  it('the family kind answers what the shared code asks', () => {
    const story = storyWith('en', MINGMING);
    expect(storyDisplayName(story, untitled)).toBe('李小明');
    expect(allowedContacts(story)).toEqual(['0755-12345678', '440306-2019-0001']);
    expect(sentenceChoices(story)[0]).toMatchObject({
      text: '明明，爸爸妈妈从来没有停止找你。',
      source: { questionId: 'hopes.message', partId: 'message' },
    });
    const empty = createStory({ id: 'e', now, language: 'en', kind: 'family-seeking-child' });
    expect(missingEssentials(empty).map((m) => m.id)).toEqual(['who', 'when', 'where', 'whomToTell']);
  });
});

describe('the family kind’s typed places', () => {
  it('every place the family files name is a box of its interview', () => {
    const places = [...Object.values(STORY_WORDS).flat(), ...CARD_SENTENCES, ...Object.values(V1_ANSWER_PLACES), V1_LEFTOVER_PLACE];
    expect(places.length).toBeGreaterThan(30);
    expect(places.filter((place) => !inFamilyInterview(place))).toEqual([]);
  });

  it('a question or part that is not in prompts/family.ts does not compile', () => {
    // @ts-expect-error: no such question
    familyPlace('child.nam', 'fullName');
    // @ts-expect-error: the name question has no such part
    familyPlace('child.name', 'birthDate');
    // @ts-expect-error: the photos question has no text parts
    familyAnswer(createStory({ id: 'p', now, language: 'en', kind: 'family-seeking-child' }), 'child.photos', 'photos');
    expect(familyPlace('day.when', 'date')).toEqual({ questionId: 'day.when', partId: 'date' });
  });

  it('groups the parent’s words by where the story post puts them, trimmed, the empty ones left out', () => {
    const answers: [string, string, string][] = [
      ['who.favourites', 'favourites', ' 西瓜 '],
      ['who.memory', 'memory', '唱歌'],
      ['you.changed', 'changed', '   '],
      ['hopes.message', 'message', '回家吧。'],
      ['help.links', 'links', 'https://example.com'],
    ];
    const f = storyFacts(
      answers.reduce(
        (s, [q, p, text]) => withAnswerPart(s, q, p, text, now),
        createStory({ id: 'w', now, language: 'zh-CN', kind: 'family-seeking-child' }),
      ),
      '2026-11-29',
    );
    expect(f.words).toEqual({ who: ['西瓜', '唱歌'], day: [], us: [], hopes: [], message: ['回家吧。'] });
  });
});
