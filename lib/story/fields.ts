/**
 * A story as a set of fields, each with the stamp of its last edit: what lets two open views of one story
 * merge without losing a character (docs/saving.md, "Two views").
 *
 * A field is the smallest thing a person edits on its own: one part of one answer, the title, one photo,
 * the photos' order, one post draft, one card shape's photo, one card-style choice. Each edit stamps the
 * fields it changed (stampEdits). Merging two copies takes, field by field, the value with the later stamp
 * (mergeStories). That merge is commutative, associative and idempotent, so every view ends with the same
 * story whatever order the copies arrive in; concurrent edits of different fields both stay; the same field
 * edited in two views at once ends as the later edit left it, whole, never a mix of the two.
 * A removed field keeps its stamp (a tombstone), so a stale copy cannot bring it back.
 */
import { isSafeKey, ownValue } from './safe-keys';
import { MAX_PHOTOS, STORY_MERGE, STORY_SCHEMA, type MergeUnit, type PhotoRef, type Story } from './schema';

export type FieldMap = ReadonlyMap<string, unknown>;
export type Stamps = Readonly<Record<string, string>>;

/** The path of the photos' order (the photos themselves are `photos/<id>`). */
const PHOTO_ORDER = 'photoOrder';

/** Tombstones beyond this many are pruned, oldest first (only a view open for days could still need one). */
const MAX_TOMBSTONES = 500;

/**
 * Every field of the schema a person edits, with how it merges (schema.ts, STORY_MERGE): a field the
 * schema gains is merged from then on, as one value unless STORY_MERGE says otherwise.
 */
const EDITED: readonly (readonly [string, Exclude<MergeUnit, 'head'> | 'whole'])[] = Object.keys(STORY_SCHEMA.entries).flatMap((key) => {
  const unit = (STORY_MERGE as Readonly<Record<string, MergeUnit>>)[key] ?? 'whole';
  return unit === 'head' ? [] : [[key, unit] as const];
});
const HEAD = Object.keys(STORY_SCHEMA.entries).filter(
  (key) => key !== 'stamps' && (STORY_MERGE as Readonly<Record<string, MergeUnit>>)[key] === 'head',
);
const UNIT = new Map(EDITED);
const isOptional = (key: string) => (STORY_SCHEMA.entries as Readonly<Record<string, { type: string }>>)[key]?.type === 'optional';

/** The story as a record of its schema's fields (a Story is one; the schema, not this file, names them). */
const asRecord = (story: Story) => story as unknown as Readonly<Record<string, unknown>>;

type Field =
  | { unit: 'whole' | 'order'; key: string }
  | { unit: 'entries' | 'photos'; key: string; entry: string }
  | { unit: 'parts'; key: string; entry: string; part: string }
  | { unit: 'translations'; key: string; language: string; entry: string; part: string };

/**
 * What a path names, or null when no story can have it: an unknown field, or a key Homeward never writes
 * (`answers/__proto__/x`, from a copy that skipped validation). Photo ids are checked by the schema instead.
 */
function fieldOf(path: string): Field | null {
  let field = FIELD_OF.get(path);
  if (field === undefined) {
    // The same few hundred paths come back at every merge; reading each once keeps merging quick.
    if (FIELD_OF.size >= 20_000) FIELD_OF.clear();
    field = readPath(path);
    FIELD_OF.set(path, field);
  }
  return field;
}
const FIELD_OF = new Map<string, Field | null>();

function readPath(path: string): Field | null {
  if (path === PHOTO_ORDER) return { unit: 'order', key: path };
  const [key = '', entry, part, more, beyond] = path.split('/');
  const unit = UNIT.get(key);
  if (unit === 'whole') return entry === undefined ? { unit, key } : null;
  // translations/<language>/<question>/<part>
  if (unit === 'translations')
    return entry !== undefined && part !== undefined && more !== undefined && beyond === undefined && [entry, part, more].every(isSafeKey)
      ? { unit, key, language: entry, entry: part, part: more }
      : null;
  if (entry === undefined || more !== undefined) return null;
  if (unit === 'photos') return part === undefined && entry !== '' ? { unit, key, entry } : null;
  if (unit === 'entries') return part === undefined && isSafeKey(entry) ? { unit, key, entry } : null;
  if (unit === 'parts') return part !== undefined && isSafeKey(entry) && isSafeKey(part) ? { unit, key, entry, part } : null;
  return null;
}

/** Every field of a story, by path. Absent fields (an empty answer, a removed photo) are not in the map. */
export function storyFields(story: Story): FieldMap {
  const fields = new Map<string, unknown>();
  for (const [key, unit] of EDITED) {
    const value = asRecord(story)[key];
    if (value === undefined) continue;
    if (unit === 'whole') {
      fields.set(key, value);
    } else if (unit === 'entries') {
      for (const [k, entry] of Object.entries(value as object)) if (entry !== undefined) fields.set(`${key}/${k}`, entry);
    } else if (unit === 'parts') {
      // An answer's parts are text (an empty one is no answer); a glossary's words are objects.
      for (const [q, answer] of Object.entries(value as Readonly<Record<string, Readonly<Record<string, unknown>>>>)) {
        for (const [p, part] of Object.entries(answer)) if (part !== '' && part !== undefined) fields.set(`${key}/${q}/${p}`, part);
      }
    } else if (unit === 'translations') {
      for (const [language, questions] of Object.entries(value as Readonly<Record<string, Readonly<Record<string, object>>>>)) {
        for (const [q, parts] of Object.entries(questions)) {
          for (const [p, part] of Object.entries(parts as Readonly<Record<string, unknown>>))
            fields.set(`${key}/${language}/${q}/${p}`, part);
        }
      }
    } else {
      const photos = value as readonly PhotoRef[];
      fields.set(
        PHOTO_ORDER,
        photos.map((p) => p.id),
      );
      for (const photo of photos) fields.set(`${key}/${photo.id}`, photo);
    }
  }
  return fields;
}

/**
 * The story these fields describe. `base` gives what no edit changes (id, dates, version) and any required
 * field the map lacks. Records are built with Object.fromEntries from keys Homeward could have written, so no
 * key (`__proto__` in a copy that skipped validation) can replace a prototype.
 */
export function storyFromFields(base: Story, fields: FieldMap, stamps: Stamps): Story {
  const entries = new Map<string, Map<string, unknown>>();
  const parts = new Map<string, Map<string, Map<string, unknown>>>();
  const photos = new Map<string, PhotoRef>();
  const translated = new Map<string, Map<string, Map<string, Map<string, unknown>>>>();
  for (const [path, value] of fields) {
    const field = fieldOf(path);
    if (field?.unit === 'entries') {
      const record = entries.get(field.key) ?? new Map<string, unknown>();
      entries.set(field.key, record.set(field.entry, value));
    } else if (field?.unit === 'parts') {
      const answers = parts.get(field.key) ?? new Map<string, Map<string, unknown>>();
      const answer = answers.get(field.entry) ?? new Map<string, unknown>();
      answers.set(field.entry, answer.set(field.part, value));
      parts.set(field.key, answers);
    } else if (field?.unit === 'photos') {
      photos.set(field.entry, value as PhotoRef);
    } else if (field?.unit === 'translations') {
      const languages = translated.get(field.key) ?? new Map<string, Map<string, Map<string, unknown>>>();
      const questions = languages.get(field.language) ?? new Map<string, Map<string, unknown>>();
      const parts = questions.get(field.entry) ?? new Map<string, unknown>();
      questions.set(field.entry, parts.set(field.part, value));
      translated.set(field.key, languages.set(field.language, questions));
    }
  }

  const story = new Map<string, unknown>(HEAD.flatMap((key) => (asRecord(base)[key] === undefined ? [] : [[key, asRecord(base)[key]]])));
  for (const [key, unit] of EDITED) {
    let value: unknown;
    if (unit === 'whole') {
      value = fields.get(key);
    } else if (unit === 'entries') {
      const record = entries.get(key);
      value = record ? Object.fromEntries(record) : undefined;
    } else if (unit === 'parts') {
      const answers = parts.get(key);
      value = answers ? Object.fromEntries([...answers].map(([q, answer]) => [q, Object.fromEntries(answer)])) : undefined;
    } else if (unit === 'translations') {
      const languages = translated.get(key);
      value = languages
        ? Object.fromEntries(
            [...languages].map(([language, questions]) => [
              language,
              Object.fromEntries([...questions].map(([q, parts]) => [q, Object.fromEntries(parts)])),
            ]),
          )
        : undefined;
    } else {
      value = orderedPhotos(photos, (fields.get(PHOTO_ORDER) as readonly string[] | undefined) ?? []);
    }
    // An optional field with nothing in it is absent; a required one is there, empty if need be.
    if (value === undefined && !isOptional(key)) value = unit === 'whole' ? asRecord(base)[key] : {};
    if (value !== undefined) story.set(key, value);
  }
  if (Object.keys(stamps).length > 0) story.set('stamps', stamps);
  return Object.fromEntries(story) as Story;
}

/** The photos in the order last set, then any the order does not name (added in another view), oldest first. */
function orderedPhotos(photos: ReadonlyMap<string, PhotoRef>, order: readonly string[]): readonly PhotoRef[] {
  const ordered = order.flatMap((id) => photos.get(id) ?? []);
  const rest = [...photos.values()]
    .filter((p) => !order.includes(p.id))
    .sort((a, b) => (a.addedAt ?? '').localeCompare(b.addedAt ?? '') || a.id.localeCompare(b.id));
  // Two views adding photos at once could pass the limit; the story keeps the first ones.
  return [...ordered, ...rest].slice(0, MAX_PHOTOS);
}

const same = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/**
 * `next` with the fields that differ from `previous` stamped as edited now. With no `previous` (a new story,
 * a copy), every field is stamped. Every change the library makes goes through here, so no edit is unstamped.
 */
export function stampEdits(previous: Story | undefined, next: Story, tick: () => string): Story {
  const after = storyFields(next);
  if (!previous) {
    const stamp = tick();
    return { ...next, stamps: Object.fromEntries([...after.keys()].map((path) => [path, stamp])) };
  }
  const before = storyFields(previous);
  const stamps = new Map(Object.entries(previous.stamps ?? {}));
  let stamp: string | null = null;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (same(before.get(path), after.get(path))) continue;
    stamp ??= tick();
    stamps.set(path, stamp);
  }
  if (stamp === null && next.stamps === previous.stamps) return next;
  return { ...next, stamps: pruneTombstones(Object.fromEntries(stamps), after) };
}

function pruneTombstones(stamps: Record<string, string>, fields: FieldMap): Stamps {
  const tombstones = Object.keys(stamps).filter((path) => !fields.has(path));
  if (tombstones.length <= MAX_TOMBSTONES) return stamps;
  tombstones.sort((a, b) => ((stamps[a] ?? '') < (stamps[b] ?? '') ? -1 : 1));
  const pruned = { ...stamps };
  for (const path of tombstones.slice(0, tombstones.length - MAX_TOMBSTONES)) delete pruned[path];
  return pruned;
}

export interface MergeResult {
  /** The merged story; `local` itself when nothing from `remote` was newer. */
  readonly story: Story;
  /** Something of `remote` was taken: the view must show the merged story. */
  readonly localChanged: boolean;
  /** Something of `local` was newer than `remote`: the view must write the merged story back. */
  readonly remoteBehind: boolean;
}

/** Field by field, the later edit wins (see the top of this file). Both copies must be of the same story. */
export function mergeStories(local: Story, remote: Story): MergeResult {
  const lf = storyFields(local);
  const rf = storyFields(remote);
  const ls = local.stamps ?? {};
  const rs = remote.stamps ?? {};
  const fields = new Map<string, unknown>();
  const stamps = new Map<string, string>();
  let localChanged = false;
  let remoteBehind = false;
  for (const path of new Set([...lf.keys(), ...rf.keys(), ...Object.keys(ls), ...Object.keys(rs)])) {
    // A path with a key Homeward never writes is dropped; if this view's copy had one, the story is rebuilt without it.
    if (fieldOf(path) === null && !path.split('/').every((k) => isSafeKey(k))) {
      if (lf.has(path) || Object.hasOwn(ls, path)) localChanged = true;
      continue;
    }
    const sl = ownValue(ls, path) ?? '';
    const sr = ownValue(rs, path) ?? '';
    const l = lf.get(path);
    const r = rf.get(path);
    let takeLocal: boolean;
    if (sl !== sr) takeLocal = sl > sr;
    else if (same(l, r)) takeLocal = true;
    // Same stamp, different values (copies from before stamps existed): the same choice in every view.
    else takeLocal = (JSON.stringify(l) ?? '') > (JSON.stringify(r) ?? '');
    const value = takeLocal ? l : r;
    const stamp = sl > sr ? sl : sr;
    if (value !== undefined) fields.set(path, value);
    if (stamp !== '') stamps.set(path, stamp);
    if (!same(value, l) || stamp !== sl) localChanged = true;
    if (!same(value, r) || stamp !== sr) remoteBehind = true;
  }
  if (!localChanged) {
    // Dates may differ without any field differing; keep the later one.
    if (remote.updatedAt > local.updatedAt) return { story: { ...local, updatedAt: remote.updatedAt }, localChanged: true, remoteBehind };
    return { story: local, localChanged: false, remoteBehind };
  }
  const base: Story = {
    ...local,
    createdAt: local.createdAt < remote.createdAt ? local.createdAt : remote.createdAt,
    updatedAt: local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt,
  };
  return { story: storyFromFields(base, fields, Object.fromEntries(stamps)), localChanged, remoteBehind };
}
