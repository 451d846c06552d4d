/**
 * The stored Story, described once (docs/story-format.md). From this one description come the `Story` type,
 * the checks every story read from storage or a file goes through (validate.ts), and the fields two open
 * views merge by (fields.ts).
 *
 * Adding a field: add it to STORY_ENTRIES, optional so that stories written before it need no migration.
 * It is then checked on load, kept, and merged as one value (the later edit wins it whole) without another
 * file changing. Name it in STORY_MERGE only if two views should merge its entries one by one.
 */
import * as v from 'valibot';
import { APP_LANGUAGES } from '@/lib/i18n/languages';
import { STORY_KINDS } from './kinds';
import { isSafeKey } from './safe-keys';
import { STAMP } from './clock';

/** The version of the stored Story shape. Bump it and add a step in migrate.ts when the shape changes. */
export const STORY_VERSION = 3;

/** Longest text one answer part may hold (a generous letter; stops a corrupt file filling memory). */
export const MAX_PART_LENGTH = 20_000;
export const MAX_PHOTOS = 20;
/** The largest zoom the card editor offers. */
export const MAX_CARD_ZOOM = 4;
/** Most languages a story may be translated into. */
const MAX_TRANSLATION_LANGUAGES = 12;
/** How many source pages a story remembers, and the longest address kept. */
export const MAX_SOURCES = 20;
export const MAX_SOURCE_LENGTH = 2_000;
/** Most stamps a story may carry (a field each, and tombstones); see fields.ts. */
const MAX_STAMPS = 5_000;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
const PHOTO_ID = /^[A-Za-z0-9_-]{1,64}$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: string) => !Number.isNaN(Date.parse(value));
/** An absolute http(s) address: the only kind a story may link to. */
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** An object, not an array (valibot's own object and record schemas take arrays too), with these entries. */
function plainObject<const T extends v.ObjectEntries>(entries: T) {
  return v.pipe(v.custom<Record<string, unknown>>(isPlainObject), v.object(entries), v.readonly());
}

/**
 * A record whose keys come from outside (question and part ids, `<site>:<variant>`, `<template>:<size>`):
 * at most `max` entries, and every key one Homeward itself could have written (safe-keys.ts). The keys are
 * checked before any value, and a bad one is refused with its path (`answers.__proto__`): valibot's record
 * would silently drop `__proto__`, `constructor` and `prototype`, and the parent's text with them.
 */
function keyed<const T extends v.GenericSchema>(value: T, max = Infinity, maxKeyLength = Infinity) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject),
    v.rawCheck<Record<string, unknown>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const input = dataset.value;
      const keys = Object.keys(input);
      if (keys.length > max) return addIssue({ message: `more than ${max} entries` });
      const bad = keys.find((key) => !isSafeKey(key) || key.length > maxKeyLength);
      if (bad !== undefined)
        addIssue({ message: 'not a key Homeward writes', path: [{ type: 'object', origin: 'key', input, key: bad, value: input[bad] }] });
    }),
    v.record(v.string(), value),
    v.readonly(),
  );
}

/** Checked as one value: a problem anywhere inside is reported as this value's own path (`photos.0`). */
function whole<const T extends v.GenericSchema>(schema: T) {
  return v.pipe(
    v.unknown(),
    v.rawTransform<unknown, v.InferOutput<T>>(({ dataset, addIssue, NEVER }) => {
      const result = v.safeParse(schema, dataset.value, { abortEarly: true });
      if (result.success) return result.output;
      addIssue({ message: result.issues[0].message });
      return NEVER;
    }),
  );
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const date = v.pipe(v.string(), v.check(isDate));
const fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const photoId = v.pipe(v.string(), v.regex(PHOTO_ID));

/** A photo kept in IndexedDB; the story only holds this reference. */
const PHOTO_REF = plainObject({
  id: photoId,
  type: v.picklist(PHOTO_TYPES),
  width: v.pipe(v.number(), v.finite()),
  height: v.pipe(v.number(), v.finite()),
  bytes: v.optional(v.pipe(v.number(), v.finite())),
  addedAt: v.optional(v.string()),
});

/** A photo placed in a card's frame: zoom ≥ 1 and the centre of what shows, as fractions of the photo. */
const CARD_PHOTO = plainObject({
  photoId,
  zoom: v.pipe(v.number(), v.minValue(1), v.maxValue(MAX_CARD_ZOOM)),
  cx: fraction,
  cy: fraction,
});

/** Each part optional; the cards view ignores a value it does not know (a template from a newer version). */
const CARD_STYLE = plainObject({
  template: v.optional(text(40)),
  theme: v.optional(text(40)),
  sentence: v.optional(text(2_000)),
  qr: v.optional(v.boolean()),
});

/**
 * Edit stamps are this browser's bookkeeping, not the person's words: a bad entry is dropped rather than
 * making the story unreadable (the field then merges as if edited long ago).
 */
function readableStamps(raw: unknown): Readonly<Record<string, string>> | undefined {
  if (!isPlainObject(raw)) return undefined;
  const entries = Object.entries(raw);
  if (entries.length > MAX_STAMPS) return undefined;
  const good = entries.filter(
    (e): e is [string, string] =>
      typeof e[1] === 'string' && STAMP.test(e[1]) && e[0].length <= 300 && e[0].split('/').every((k) => isSafeKey(k)),
  );
  return good.length > 0 ? Object.fromEntries(good) : undefined;
}

/**
 * One answer part in another language: the text, who made it (a person, or the browser's translator as a
 * draft), whether a person has checked it, and the fingerprint of the source text it was made from
 * (lib/translate/fingerprint.ts): when the parent changes the source, the fingerprints differ and the part
 * says "the original changed" until the helper looks again.
 */
const TRANSLATED_PART = plainObject({
  text: text(MAX_PART_LENGTH),
  by: v.picklist(['person', 'machine']),
  state: v.picklist(['draft', 'checked']),
  source: v.pipe(v.string(), v.maxLength(40)),
});

/**
 * A helper's word in the glossary of one language (lib/translate/glossary.ts): its Chinese (one line, at
 * most 40 characters) and how this story's helpers write it. Under a built-in entry's id it replaces that
 * entry's rendering; under `own-…`, a word the helper added (a dialect word, a name pinyin gets wrong).
 */
const GLOSSARY_WORD = plainObject({
  zh: v.pipe(v.string(), v.minLength(1), v.maxLength(40), v.regex(/^[^\n\r]+$/)),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[^\n\r]+$/)),
});

/** Checked in this order; the first problem found is the one reported. */
const STORY_ENTRIES = {
  version: v.literal(STORY_VERSION),
  id: v.pipe(v.string(), v.maxLength(64), v.check(isSafeKey)),
  kind: v.picklist(STORY_KINDS),
  /** The name the person gave the story in their library; empty means "use the child's name". */
  title: text(200),
  /** The language the story is written in. */
  language: v.picklist(APP_LANGUAGES),
  createdAt: date,
  updatedAt: date,
  /** The text of each part of each question, by question id and part id. */
  answers: keyed(keyed(text(MAX_PART_LENGTH))),
  photos: v.pipe(v.array(v.unknown()), v.maxLength(MAX_PHOTOS), v.array(whole(PHOTO_REF)), v.readonly()),
  /** Where the person is in the interview: the intro, a question id, or the review screen. */
  position: v.string(),
  /**
   * The person's own edits of generated posts, by `<site>:<variant>`, one string per post of a thread.
   * Absent until they edit; optional so that stories written before it need no migration.
   */
  drafts: v.optional(keyed(whole(v.pipe(v.array(text(70_000)), v.maxLength(100), v.readonly())))),
  /**
   * Which photo each card shape shows and how the person moved and zoomed it, by `<template>:<size>`.
   * Absent until they choose; optional so that older stories need no migration.
   */
  cardPhotos: v.optional(keyed(whole(CARD_PHOTO), 200, 100)),
  /** The card the person last made: template, colours, their sentence, QR code on or off. */
  cardStyle: v.optional(CARD_STYLE),
  /**
   * When each field was last edited, by field path (see fields.ts): how two open views merge their edits.
   * Bookkeeping for this browser only; absent in stories written before it.
   */
  stamps: v.optional(v.pipe(v.unknown(), v.transform(readableStamps))),
  /**
   * The story this one was taken in from, through a story file: its id where it was first written (so that
   * opening a later file of the same story asks to keep both or replace), and when that file was saved.
   */
  importedFrom: v.optional(
    plainObject({
      id: v.pipe(v.string(), v.maxLength(64), v.check(isSafeKey)),
      exportedAt: v.pipe(v.string(), v.maxLength(40)),
    }),
  ),
  /**
   * The web pages text was taken from into this story ("Use text from this page"), oldest first: http(s)
   * addresses only, so a helper can go back to the appeal they started from.
   */
  /**
   * Translations of the story's free-text answer parts, by language (`en`, `zh-CN`, `zh-TW`, or any other
   * language tag later), then question id and part id. Absent until a helper translates.
   */
  translations: v.optional(keyed(keyed(keyed(whole(TRANSLATED_PART), 50), 300), MAX_TRANSLATION_LANGUAGES)),
  /**
   * The helpers' own glossary for this story, by language then word id: renderings they changed and words
   * they added. Absent until a helper edits it; it travels with the story in files.
   */
  glossary: v.optional(keyed(keyed(whole(GLOSSARY_WORD), 200, 60), MAX_TRANSLATION_LANGUAGES)),
  sources: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_SOURCE_LENGTH), v.check(isWebAddress))), v.maxLength(MAX_SOURCES), v.readonly()),
  ),
};

export const STORY_SCHEMA = v.pipe(v.object(STORY_ENTRIES), v.readonly());

export type Story = v.InferOutput<typeof STORY_SCHEMA>;
/** One answer: the text of each part of a question, by part id. */
export type Answer = Story['answers'][string];
export type PhotoRef = v.InferOutput<typeof PHOTO_REF>;
export type PhotoType = (typeof PHOTO_TYPES)[number];
export type CardPhoto = v.InferOutput<typeof CARD_PHOTO>;
export type CardStyle = v.InferOutput<typeof CARD_STYLE>;
export type TranslatedPart = v.InferOutput<typeof TRANSLATED_PART>;
export type GlossaryWord = v.InferOutput<typeof GLOSSARY_WORD>;

/**
 * How two open views merge each field (fields.ts). A field not named here is one value: the later edit wins
 * it whole. `entries`: each key on its own (a draft per site, a card photo per shape, a card-style choice);
 * `parts`: each part of each answer (and each word of the glossary, by language); `translations`: each translated part, by language, question and part;
 * `photos`: each photo by id, and their order; `head`: not something a
 * person edits (the story's identity and dates, and the stamps themselves).
 */
export type MergeUnit = 'head' | 'entries' | 'parts' | 'photos' | 'translations';
export const STORY_MERGE: { readonly [K in keyof Story]?: MergeUnit } = {
  version: 'head',
  id: 'head',
  createdAt: 'head',
  updatedAt: 'head',
  stamps: 'head',
  answers: 'parts',
  photos: 'photos',
  drafts: 'entries',
  cardPhotos: 'entries',
  cardStyle: 'entries',
  translations: 'translations',
  glossary: 'parts',
};
