import { isStoryKind } from './kinds';
import { migrateStory } from './migrate';
import { PHOTO_TYPES, STORY_VERSION, type Answer, type CardPhoto, type CardStyle, type PhotoRef, type Story } from './story';
import { isAppLanguage } from '@/lib/i18n/languages';
import { isSafeKey } from './safe-keys';
import { STAMP } from './clock';

/** Longest text one answer part may hold (a generous letter; stops a corrupt file filling memory). */
export const MAX_PART_LENGTH = 20_000;
export const MAX_PHOTOS = 20;

/** Why a stored or imported story was refused; `field` says where, for the person and for us. */
export type StoryProblem =
  | { code: 'not-a-story' }
  | { code: 'newer-version' }
  | { code: 'unknown-version' }
  | { code: 'bad-field'; field: string };

export type ParseResult = { ok: true; story: Story; migrated: boolean } | { ok: false; problem: StoryProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const PHOTO_ID = /^[A-Za-z0-9_-]{1,64}$/;

// Records are built with Object.fromEntries (own data properties), never by assigning outside keys.
function parseAnswers(raw: unknown): Record<string, Answer> | string {
  if (!isObject(raw)) return 'answers';
  const answers: [string, Answer][] = [];
  for (const [questionId, answer] of Object.entries(raw)) {
    if (!isSafeKey(questionId) || !isObject(answer)) return `answers.${questionId}`;
    const parts: [string, string][] = [];
    for (const [partId, text] of Object.entries(answer)) {
      if (!isSafeKey(partId) || typeof text !== 'string' || text.length > MAX_PART_LENGTH) return `answers.${questionId}.${partId}`;
      parts.push([partId, text]);
    }
    answers.push([questionId, Object.fromEntries(parts)]);
  }
  return Object.fromEntries(answers);
}

function parsePhotos(raw: unknown): PhotoRef[] | string {
  if (!Array.isArray(raw) || raw.length > MAX_PHOTOS) return 'photos';
  const photos: PhotoRef[] = [];
  for (const [i, p] of raw.entries()) {
    const ok =
      isObject(p) &&
      typeof p.id === 'string' &&
      PHOTO_ID.test(p.id) &&
      (PHOTO_TYPES as readonly unknown[]).includes(p.type) &&
      Number.isFinite(p.width) &&
      Number.isFinite(p.height) &&
      (p.bytes === undefined || Number.isFinite(p.bytes)) &&
      (p.addedAt === undefined || typeof p.addedAt === 'string');
    if (!ok) return `photos.${i}`;
    photos.push(p as unknown as PhotoRef);
  }
  return photos;
}

function parseDrafts(raw: unknown): Record<string, string[]> | undefined | string {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) return 'drafts';
  const drafts: [string, string[]][] = [];
  for (const [key, parts] of Object.entries(raw)) {
    if (!isSafeKey(key) || !Array.isArray(parts) || parts.length > 100 || !parts.every((p) => typeof p === 'string' && p.length <= 70_000)) {
      return `drafts.${key}`;
    }
    drafts.push([key, parts as string[]]);
  }
  return Object.fromEntries(drafts);
}

/** The largest zoom the card editor offers. */
export const MAX_CARD_ZOOM = 4;

function parseCardPhotos(raw: unknown): Record<string, CardPhoto> | undefined | string {
  if (raw === undefined) return undefined;
  if (!isObject(raw) || Object.keys(raw).length > 200) return 'cardPhotos';
  const out: [string, CardPhoto][] = [];
  const fraction = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1;
  for (const [key, p] of Object.entries(raw)) {
    const ok =
      isSafeKey(key) &&
      key.length <= 100 &&
      isObject(p) &&
      typeof p.photoId === 'string' &&
      PHOTO_ID.test(p.photoId) &&
      typeof p.zoom === 'number' &&
      p.zoom >= 1 &&
      p.zoom <= MAX_CARD_ZOOM &&
      fraction(p.cx) &&
      fraction(p.cy);
    if (!ok) return `cardPhotos.${key}`;
    out.push([key, { photoId: p.photoId as string, zoom: p.zoom as number, cx: p.cx as number, cy: p.cy as number }]);
  }
  return Object.fromEntries(out);
}

function parseCardStyle(raw: unknown): CardStyle | undefined | string {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) return 'cardStyle';
  const text = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
  if (!text(raw.template, 40)) return 'cardStyle.template';
  if (!text(raw.theme, 40)) return 'cardStyle.theme';
  if (!text(raw.sentence, 2_000)) return 'cardStyle.sentence';
  if (raw.qr !== undefined && typeof raw.qr !== 'boolean') return 'cardStyle.qr';
  const style: { -readonly [K in keyof CardStyle]: CardStyle[K] } = {};
  if (typeof raw.template === 'string') style.template = raw.template;
  if (typeof raw.theme === 'string') style.theme = raw.theme;
  if (typeof raw.sentence === 'string') style.sentence = raw.sentence;
  if (typeof raw.qr === 'boolean') style.qr = raw.qr;
  return style;
}

/** Most stamps a story may carry (a field each, and tombstones); see fields.ts. */
const MAX_STAMPS = 5_000;

/**
 * Edit stamps are this browser's bookkeeping, not the person's words: a bad entry is dropped rather than
 * making the story unreadable (the field then merges as if edited long ago).
 */
function parseStamps(raw: unknown): Record<string, string> | undefined {
  if (!isObject(raw)) return undefined;
  const entries = Object.entries(raw);
  if (entries.length > MAX_STAMPS) return undefined;
  const good = entries.filter(
    (e): e is [string, string] => typeof e[1] === 'string' && STAMP.test(e[1]) && e[0].length <= 300 && e[0].split('/').every((k) => isSafeKey(k)),
  );
  return good.length > 0 ? Object.fromEntries(good) : undefined;
}

/**
 * Checks anything read from storage or a file and returns a current-version Story, migrating old shapes.
 * Never throws: a bad story comes back as a problem the UI can explain.
 */
export function parseStory(raw: unknown): ParseResult {
  if (!isObject(raw) || !('version' in raw)) return { ok: false, problem: { code: 'not-a-story' } };
  const migrated = migrateStory(raw);
  if (!migrated.ok) {
    return { ok: false, problem: { code: migrated.reason === 'newer' ? 'newer-version' : 'unknown-version' } };
  }
  const v = migrated.value;
  const bad = (field: string): ParseResult => ({ ok: false, problem: { code: 'bad-field', field } });

  if (typeof v.id !== 'string' || v.id.length > 64 || !isSafeKey(v.id)) return bad('id');
  if (!isStoryKind(v.kind)) return bad('kind');
  if (typeof v.title !== 'string' || v.title.length > 200) return bad('title');
  if (!isAppLanguage(v.language)) return bad('language');
  if (!isDate(v.createdAt)) return bad('createdAt');
  if (!isDate(v.updatedAt)) return bad('updatedAt');
  if (typeof v.position !== 'string') return bad('position');
  const answers = parseAnswers(v.answers);
  if (typeof answers === 'string') return bad(answers);
  const photos = parsePhotos(v.photos);
  if (typeof photos === 'string') return bad(photos);
  const drafts = parseDrafts(v.drafts);
  if (typeof drafts === 'string') return bad(drafts);
  const cardPhotos = parseCardPhotos(v.cardPhotos);
  if (typeof cardPhotos === 'string') return bad(cardPhotos);
  const cardStyle = parseCardStyle(v.cardStyle);
  if (typeof cardStyle === 'string') return bad(cardStyle);
  const stamps = parseStamps(v.stamps);

  const story: Story = {
    version: STORY_VERSION,
    id: v.id,
    kind: v.kind,
    title: v.title,
    language: v.language,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    answers,
    photos,
    position: v.position,
    ...(drafts ? { drafts } : {}),
    ...(cardPhotos ? { cardPhotos } : {}),
    ...(cardStyle ? { cardStyle } : {}),
    ...(stamps ? { stamps } : {}),
  };
  return { ok: true, story, migrated: raw.version !== STORY_VERSION };
}
