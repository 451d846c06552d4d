import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditClock, newViewId, STAMP } from '@/lib/story/clock';
import { mergeStories, stampEdits, storyFields, storyFromFields } from '@/lib/story/fields';
import { createStory, withAnswerPart, withCardPhoto, withCardStyle, withDraft, type Story } from '@/lib/story/story';
import { parseStory } from '@/lib/story/validate';
import { STORY_SCHEMA } from '@/lib/story/schema';

const now = '2026-11-29T10:00:00.000Z';
const fresh = () => createStory({ id: 's', now, language: 'zh-CN', kind: 'family-seeking-child' });

/** A view: its own clock, its own copy of the story. */
function view(id: string, start: Story, time: { ms: number }) {
  const clock = createEditClock(id, () => time.ms);
  let story = start;
  return {
    get story() {
      return story;
    },
    edit(change: (s: Story) => Story) {
      story = stampEdits(story, change(story), clock.tick);
    },
    receive(remote: Story) {
      for (const stamp of Object.values(remote.stamps ?? {})) clock.observe(stamp);
      story = mergeStories(story, remote).story;
    },
  };
}

const photo = (id: string, addedAt = now) => ({ id, type: 'image/jpeg' as const, width: 4, height: 3, addedAt });

/** Everything a person can edit, so the round trip below covers every field of a story. */
function fullStory(): Story {
  let s = fresh();
  s = withAnswerPart(s, 'child.name', 'fullName', '李小明', now);
  s = withAnswerPart(s, 'child.name', 'nickname', '明明', now);
  s = withAnswerPart(s, 'day.what', 'what', '那天下午\n\n我转身', now);
  s = { ...s, title: '找明明', position: 'day.what', photos: [photo('p2', '2026-11-29T11:00:00.000Z'), photo('p1')] };
  s = withDraft(s, 'weibo:story', ['微博 1', '微博 2'], now);
  s = withCardPhoto(s, 'poster:x', { photoId: 'p1', zoom: 2, cx: 0.25, cy: 0.5 }, now);
  s = withCardStyle(s, { template: 'poster', theme: 'calm', sentence: '回家吧', qr: true }, now);
  s = { ...s, importedFrom: { id: 'family-story-1', exportedAt: '2026-11-20T08:30:00.000Z' } };
  s = { ...s, sources: ['https://www.baobeihuijia.com/view.aspx?type=1&id=520001'] };
  s = {
    ...s,
    translations: {
      en: { 'child.name': { fullName: { text: 'LI Xiaoming (李小明)', by: 'person', state: 'checked', source: 'f1:0:3' } } },
    },
    glossary: { en: { 'police-station': { zh: '派出所', text: 'police post' }, 'own-0a1b2c3d': { zh: '明明', text: 'Mingming' } } },
  };
  return s;
}

describe('edit stamps', () => {
  it('stamps order edits: later is greater, within the same ms too, and past every stamp seen', () => {
    const time = { ms: 1_700_000_000_000 };
    const a = createEditClock('a', () => time.ms);
    const b = createEditClock('b', () => time.ms - 5000); // a clock running behind
    const s1 = a.tick();
    const s2 = a.tick();
    expect(s2 > s1).toBe(true);
    expect(s1).toMatch(STAMP);
    b.observe(s2);
    expect(b.tick() > s2).toBe(true);
    time.ms += 1;
    expect(a.tick() > s2).toBe(true);
  });

  it('never repeats a stamp (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 200 }), (steps) => {
        const time = { ms: 1_700_000_000_000 };
        const clock = createEditClock('v', () => time.ms);
        let last = '';
        for (const step of steps) {
          time.ms += step - 1; // the clock may stand still or go back
          const stamp = clock.tick();
          expect(stamp > last).toBe(true);
          last = stamp;
        }
      }),
    );
  });

  it('view ids are short and stamp-safe', () => {
    expect(newViewId()).toMatch(/^[0-9a-z]{8}$/);
  });
});

describe('story fields', () => {
  it('turn back into the same story: no field of a story is left out of merging', () => {
    const story = fullStory();
    const rebuilt = storyFromFields(story, storyFields(story), {});
    expect(rebuilt).toEqual(story);
    // A meta-check: the full story sets every field of the schema (its stamps aside), so the round trip covers each.
    expect(Object.keys(story).sort()).toEqual(
      Object.keys(STORY_SCHEMA.entries)
        .filter((key) => key !== 'stamps')
        .sort(),
    );
  });

  it('stamp only the fields an edit changed', () => {
    const clock = createEditClock('v', () => 1_700_000_000_000);
    const first = stampEdits(undefined, fresh(), clock.tick);
    const second = stampEdits(first, withAnswerPart(first, 'day.what', 'what', '那天', now), clock.tick);
    const changed = Object.keys(second.stamps!).filter((k) => second.stamps![k] !== first.stamps![k]);
    expect(changed).toEqual(['answers/day.what/what']);
    // No change, no new stamps.
    expect(stampEdits(second, second, clock.tick)).toBe(second);
  });

  it('a stamped story passes validation with its stamps', () => {
    const clock = createEditClock('v', () => 1_700_000_000_000);
    const stamped = stampEdits(undefined, fullStory(), clock.tick);
    const parsed = parseStory(JSON.parse(JSON.stringify(stamped)));
    expect(parsed.ok && parsed.story.stamps).toEqual(stamped.stamps);
  });
});

describe('mergeStories', () => {
  const part = fc.constantFrom('child.name/fullName', 'child.name/nickname', 'day.what/what', 'who.memory/memory', 'day.place/city');
  const edit = fc.tuple(fc.constantFrom('a', 'b', 'c'), part, fc.string({ maxLength: 4 }));

  it('all views end the same, whatever order copies arrive in, and no view loses a field only it edited (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(edit, fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('a', 'b', 'c'))), { maxLength: 40 }),
        (steps) => {
          const time = { ms: 1_700_000_000_000 };
          const views = Object.fromEntries(['a', 'b', 'c'].map((id) => [id, view(id, fresh(), time)]));
          // Who last wrote each part, and what: the later edit wins, so this is what all must end with.
          const last = new Map<string, string>();
          for (const step of steps) {
            time.ms += 1;
            if (step.length === 3) {
              const [who, key, text] = step;
              const [q, p] = key.split('/') as [string, string];
              // Typing what the box already holds is no edit.
              if ((views[who]!.story.answers[q]?.[p] ?? '') === text) continue;
              views[who]!.edit((s) => withAnswerPart(s, q, p, text, now));
              last.set(key, text);
            } else {
              const [from, to] = step;
              views[to]!.receive(views[from]!.story);
            }
          }
          // Everyone hears everyone (twice round, in a fixed order), then all agree.
          for (let round = 0; round < 2; round++)
            for (const from of ['a', 'b', 'c']) for (const to of ['a', 'b', 'c']) views[to]!.receive(views[from]!.story);
          const answers = views.a!.story.answers;
          expect(views.b!.story.answers).toEqual(answers);
          expect(views.c!.story.answers).toEqual(answers);
          for (const [key, text] of last) {
            const [q, p] = key.split('/') as [string, string];
            expect(answers[q]?.[p] ?? '').toBe(text);
          }
        },
      ),
    );
  });

  it('is commutative, associative and idempotent (property)', () => {
    const storyArb = fc
      .array(fc.tuple(fc.constantFrom('a', 'b'), part, fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 5 })), { maxLength: 8 })
      .map((edits) => {
        const time = { ms: 1_700_000_000_000 };
        const v = view('x', fresh(), time);
        for (const [, key, text, dt] of edits) {
          time.ms += dt;
          const [q, p] = key.split('/') as [string, string];
          v.edit((s) => withAnswerPart(s, q, p, text, now));
        }
        return v.story;
      });
    const same = (x: Story, y: Story) => expect(storyFields(x)).toEqual(storyFields(y));
    fc.assert(
      fc.property(storyArb, storyArb, storyArb, (x, y, z) => {
        same(mergeStories(x, y).story, mergeStories(y, x).story);
        same(mergeStories(mergeStories(x, y).story, z).story, mergeStories(x, mergeStories(y, z).story).story);
        expect(mergeStories(x, x).localChanged).toBe(false);
      }),
    );
  });

  it('two views typing different fields at the same time keep every character of both', () => {
    const time = { ms: 1_700_000_000_000 };
    const a = view('a', fresh(), time);
    const b = view('b', fresh(), time);
    const textA = '那天下午我转身付钱，回头他就不见了';
    const textB = 'Lele loves 🚀 rockets 👨‍👩‍👧';
    const graphemesB = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(textB)].map((g) => g.segment);
    let typedB = '';
    for (let i = 0; i < Math.max(textA.length, graphemesB.length); i++) {
      time.ms += 40;
      if (i < textA.length) a.edit((s) => withAnswerPart(s, 'day.what', 'what', textA.slice(0, i + 1), now));
      if (i < graphemesB.length) b.edit((s) => withAnswerPart(s, 'who.memory', 'memory', (typedB += graphemesB[i]), now));
      // Copies cross in flight: each receives the other's copy from a moment ago, stale in its own field.
      if (i % 3 === 0) {
        const [fromA, fromB] = [a.story, b.story];
        b.receive(fromA);
        a.receive(fromB);
      }
    }
    a.receive(b.story);
    b.receive(a.story);
    for (const v of [a, b]) {
      expect(v.story.answers['day.what']?.what).toBe(textA);
      expect(v.story.answers['who.memory']?.memory).toBe(textB);
    }
  });

  it('a stale copy of a field does not overwrite the newer text (the old merge treated it as an edit)', () => {
    const time = { ms: 1_700_000_000_000 };
    const a = view('a', fresh(), time);
    const b = view('b', fresh(), time);
    a.edit((s) => withAnswerPart(s, 'day.what', 'what', '那天', now));
    b.receive(a.story);
    time.ms += 10;
    a.edit((s) => withAnswerPart(s, 'day.what', 'what', '那天下午', now));
    time.ms += 10;
    b.edit((s) => withAnswerPart(s, 'who.memory', 'memory', '他爱笑', now)); // B's copy still says 那天
    a.receive(b.story);
    expect(a.story.answers['day.what']?.what).toBe('那天下午');
    expect(a.story.answers['who.memory']?.memory).toBe('他爱笑');
  });

  it('the same field edited in two views at once ends as the later edit left it, whole', () => {
    const time = { ms: 1_700_000_000_000 };
    const a = view('a', fresh(), time);
    const b = view('b', fresh(), time);
    a.edit((s) => withAnswerPart(s, 'day.what', 'what', '妈妈写的', now));
    time.ms += 5;
    b.edit((s) => withAnswerPart(s, 'day.what', 'what', 'Written by dad', now));
    a.receive(b.story);
    b.receive(a.story);
    expect(a.story.answers['day.what']?.what).toBe('Written by dad');
    expect(b.story.answers['day.what']?.what).toBe('Written by dad');
  });

  it('a removed photo, draft or cleared answer stays removed when an older copy arrives', () => {
    const time = { ms: 1_700_000_000_000 };
    let s = fresh();
    s = withAnswerPart(s, 'day.what', 'what', '那天', now);
    s = withDraft({ ...s, photos: [photo('p1'), photo('p2')] }, 'x:alert', ['Help'], now);
    const a = view('a', s, time);
    a.edit((x) => x); // nothing
    const b = view('b', a.story, time);
    const old = b.story;
    time.ms += 10;
    a.edit((x) => ({ ...withDraft(withAnswerPart(x, 'day.what', 'what', '', now), 'x:alert', null, now), photos: [photo('p2')] }));
    a.receive(old);
    expect(a.story.photos.map((p) => p.id)).toEqual(['p2']);
    expect(a.story.drafts?.['x:alert']).toBeUndefined();
    expect(a.story.answers['day.what']).toBeUndefined();
  });

  it('photos added in two views at once are both kept, in one order everywhere', () => {
    const time = { ms: 1_700_000_000_000 };
    const a = view('a', fresh(), time);
    const b = view('b', fresh(), time);
    time.ms += 1;
    a.edit((s) => ({ ...s, photos: [...s.photos, photo('pa', '2026-11-29T10:00:01.000Z')] }));
    time.ms += 1;
    b.edit((s) => ({ ...s, photos: [...s.photos, photo('pb', '2026-11-29T10:00:02.000Z')] }));
    const [fromA, fromB] = [a.story, b.story];
    a.receive(fromB);
    b.receive(fromA);
    expect(a.story.photos.map((p) => p.id).sort()).toEqual(['pa', 'pb']);
    expect(b.story.photos.map((p) => p.id)).toEqual(a.story.photos.map((p) => p.id));
  });

  it('stories from before stamps merge the same way in every view', () => {
    const x = withAnswerPart(fresh(), 'day.what', 'what', 'x', now);
    const y = withAnswerPart(fresh(), 'day.what', 'what', 'y', now);
    expect(mergeStories(x, y).story.answers).toEqual(mergeStories(y, x).story.answers);
  });

  it('returns this view’s own copy when nothing newer arrived (no needless redraw)', () => {
    const time = { ms: 1_700_000_000_000 };
    const a = view('a', fresh(), time);
    a.edit((s) => withAnswerPart(s, 'day.what', 'what', '那天', now));
    const older = a.story;
    time.ms += 1;
    a.edit((s) => withAnswerPart(s, 'day.what', 'what', '那天下午', now));
    const result = mergeStories(a.story, older);
    expect(result.story).toBe(a.story);
    expect(result.localChanged).toBe(false);
    expect(result.remoteBehind).toBe(true);
  });
});
