import { describe, expect, it } from 'vitest';
import { allQuestions, kindDefinition, questionsFor, sectionsFor, voiceOf } from '@/lib/kinds';
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
import { CHEN_JING, MINGMING, SEEN_AT_STATION, storyWith } from '../helpers/stories';

const now = '2026-11-29T10:00:00.000Z';
const OTHERS = STORY_KINDS.filter((kind) => kind !== 'family-seeking-child');
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

  it.each(OTHERS)('%s asks none of the family questions: a family story’s answers are foreign to it', (kind) => {
    const story = asKind(kind);
    const ids = questionsFor(kind).map((q) => q.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => questionsFor('family-seeking-child').some((q) => q.id === id))).toEqual([]);
    // Its own sections, none shared with another kind (the locale keys are sections.<id>).
    expect(sectionsFor(kind).filter((s) => FAMILY_SECTIONS.some((f) => f.id === s.id))).toEqual([]);
    expect(interviewSteps(story).slice(1, -1)).toEqual(ids);
    // The family's name and message are not this kind's: nothing is named, nothing put on a card from them.
    expect(
      missingEssentials(story)
        .filter((m) => m.blocking)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['when', 'where', 'who']);
    expect(sentenceChoices(story)).toEqual([]);
    expect(allowedContacts(story)).toEqual([]);
    expect(storyDisplayName(story, untitled)).toBe('Untitled');
  });

  it('a neighbour-tip story (a kind reserved before) is read with the sighting interview', () => {
    expect(kindDefinition('neighbour-tip')).toBe(kindDefinition('sighting'));
    expect(allQuestions().filter(({ kind }) => kind === 'neighbour-tip')).toEqual([]);
  });

  it('the adult kind answers what the shared code asks, in its own voice', () => {
    const story = storyWith('zh-CN', CHEN_JING, 'adult-seeking-family');
    expect(voiceOf('adult-seeking-family')).toBe('adult');
    expect(storyDisplayName(story, untitled)).toBe('陈静');
    expect(storyDisplayName({ ...story, answers: { ...story.answers, 'me.name': { earlierName: '妞妞' } } }, untitled)).toBe('妞妞');
    expect(missingEssentials(story)).toEqual([]);
    expect(allowedContacts(story)).toEqual(['寻家编号 12345']);
    expect(sentenceChoices(story)[0]).toMatchObject({ source: { questionId: 'parents.message', partId: 'message' } });
    // What they know of the family who raised or sold them is for the police: no card sentence comes from it.
    expect(sentenceChoices(story).map((c) => c.source.questionId)).not.toContain('arrival.private');
    const empty = createStory({ id: 'e', now, language: 'en', kind: 'adult-seeking-family' });
    expect(missingEssentials(empty).map((m) => m.id)).toEqual(['who', 'when', 'where', 'whomToTell']);
  });

  it('the witness kind names the report by its place, and asks no one to be named as whom to tell', () => {
    const story = storyWith('zh-CN', SEEN_AT_STATION, 'sighting');
    expect(voiceOf('sighting')).toBe('witness');
    expect(storyDisplayName(story, untitled)).toBe('二七区');
    expect(missingEssentials(story)).toEqual([]);
    expect(sentenceChoices(story)).toEqual([]);
    const empty = createStory({ id: 'e', now, language: 'en', kind: 'sighting' });
    expect(missingEssentials(empty).map((m) => m.id)).toEqual(['who', 'where', 'when']);
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
