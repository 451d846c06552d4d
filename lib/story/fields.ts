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
import type { CardPhoto, CardStyle, PhotoRef, Story } from './story';
import { isSafeKey } from './safe-keys';
import { MAX_PHOTOS } from './validate';

export type FieldMap = ReadonlyMap<string, unknown>;
export type Stamps = Readonly<Record<string, string>>;

const ANSWER = 'answers/';
const PHOTO = 'photos/';
const DRAFT = 'drafts/';
const CARD_PHOTO = 'cardPhotos/';
const CARD_STYLE = 'cardStyle/';
const PHOTO_ORDER = 'photoOrder';

/** Tombstones beyond this many are pruned, oldest first (only a view open for days could still need one). */
const MAX_TOMBSTONES = 500;

/** Every field of a story, by path. Absent fields (an empty answer, a removed photo) are not in the map. */
export function storyFields(story: Story): FieldMap {
  const fields = new Map<string, unknown>([
    ['kind', story.kind],
    ['title', story.title],
    ['language', story.language],
    ['position', story.position],
    [PHOTO_ORDER, story.photos.map((p) => p.id)],
  ]);
  for (const [q, answer] of Object.entries(story.answers)) {
    for (const [p, text] of Object.entries(answer)) if (text !== '') fields.set(`${ANSWER}${q}/${p}`, text);
  }
  for (const photo of story.photos) fields.set(`${PHOTO}${photo.id}`, photo);
  for (const [key, parts] of Object.entries(story.drafts ?? {})) fields.set(`${DRAFT}${key}`, parts);
  for (const [key, value] of Object.entries(story.cardPhotos ?? {})) fields.set(`${CARD_PHOTO}${key}`, value);
  for (const [key, value] of Object.entries(story.cardStyle ?? {})) if (value !== undefined) fields.set(`${CARD_STYLE}${key}`, value);
  return fields;
}

/** The story these fields describe; `head` gives what no edit changes (id, dates, version). */
export function storyFromFields(head: Pick<Story, 'version' | 'id' | 'createdAt' | 'updatedAt'>, fields: FieldMap, stamps: Stamps): Story {
  const answers = new Map<string, Map<string, string>>();
  const photos = new Map<string, PhotoRef>();
  const drafts = new Map<string, readonly string[]>();
  const cardPhotos = new Map<string, CardPhoto>();
  const cardStyle = new Map<string, unknown>();
  for (const [path, value] of fields) {
    if (path.startsWith(ANSWER)) {
      const [q, p] = path.slice(ANSWER.length).split('/');
      if (q === undefined || p === undefined || !isSafeKey(q) || !isSafeKey(p)) continue;
      const answer = answers.get(q) ?? new Map<string, string>();
      answer.set(p, value as string);
      answers.set(q, answer);
    } else if (path.startsWith(PHOTO)) photos.set(path.slice(PHOTO.length), value as PhotoRef);
    else if (path.startsWith(DRAFT)) drafts.set(path.slice(DRAFT.length), value as readonly string[]);
    else if (path.startsWith(CARD_PHOTO)) cardPhotos.set(path.slice(CARD_PHOTO.length), value as CardPhoto);
    else if (path.startsWith(CARD_STYLE)) cardStyle.set(path.slice(CARD_STYLE.length), value);
  }
  // The photos in the order last set, then any the order does not name (added in another view), oldest first.
  const order = (fields.get(PHOTO_ORDER) as readonly string[] | undefined) ?? [];
  const ordered = order.flatMap((id) => photos.get(id) ?? []);
  const rest = [...photos.values()]
    .filter((p) => !order.includes(p.id))
    .sort((a, b) => (a.addedAt ?? '').localeCompare(b.addedAt ?? '') || a.id.localeCompare(b.id));
  // Two views adding photos at once could pass the limit; the story keeps the first ones.
  const photoList = [...ordered, ...rest].slice(0, MAX_PHOTOS);

  const story: Story = {
    version: head.version,
    id: head.id,
    kind: fields.get('kind') as Story['kind'],
    title: (fields.get('title') as string | undefined) ?? '',
    language: fields.get('language') as Story['language'],
    createdAt: head.createdAt,
    updatedAt: head.updatedAt,
    answers: Object.fromEntries([...answers].map(([q, parts]) => [q, Object.fromEntries(parts)])),
    photos: photoList,
    position: (fields.get('position') as string | undefined) ?? 'intro',
    ...(drafts.size > 0 ? { drafts: Object.fromEntries(drafts) } : {}),
    ...(cardPhotos.size > 0 ? { cardPhotos: Object.fromEntries(cardPhotos) } : {}),
    ...(cardStyle.size > 0 ? { cardStyle: Object.fromEntries(cardStyle) as CardStyle } : {}),
    ...(Object.keys(stamps).length > 0 ? { stamps } : {}),
  };
  return story;
}

const same = (a: unknown, b: unknown) => a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

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
  const stamps: Record<string, string> = { ...previous.stamps };
  let stamp: string | null = null;
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    if (same(before.get(path), after.get(path))) continue;
    stamp ??= tick();
    stamps[path] = stamp;
  }
  if (stamp === null && next.stamps === previous.stamps) return next;
  return { ...next, stamps: pruneTombstones(stamps, after) };
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
  const stamps: Record<string, string> = {};
  let localChanged = false;
  let remoteBehind = false;
  for (const path of new Set([...lf.keys(), ...rf.keys(), ...Object.keys(ls), ...Object.keys(rs)])) {
    const sl = ls[path] ?? '';
    const sr = rs[path] ?? '';
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
    if (stamp !== '') stamps[path] = stamp;
    if (!same(value, l) || stamp !== sl) localChanged = true;
    if (!same(value, r) || stamp !== sr) remoteBehind = true;
  }
  if (!localChanged) {
    // Dates may differ without any field differing; keep the later one.
    if (remote.updatedAt > local.updatedAt) return { story: { ...local, updatedAt: remote.updatedAt }, localChanged: true, remoteBehind };
    return { story: local, localChanged: false, remoteBehind };
  }
  const head = {
    version: local.version,
    id: local.id,
    createdAt: local.createdAt < remote.createdAt ? local.createdAt : remote.createdAt,
    updatedAt: local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt,
  };
  return { story: storyFromFields(head, fields, stamps), localChanged, remoteBehind };
}
