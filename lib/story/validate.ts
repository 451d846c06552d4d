import * as v from 'valibot';
import { migrateStory } from './migrate';
import { STORY_SCHEMA, STORY_VERSION, type Story } from './schema';

export { MAX_PART_LENGTH, MAX_PHOTOS } from './schema';

/** Why a stored or imported story was refused; `field` says where, for the person and for us. */
export type StoryProblem =
  { code: 'not-a-story' } | { code: 'newer-version' } | { code: 'unknown-version' } | { code: 'bad-field'; field: string };

export type ParseResult = { ok: true; story: Story; migrated: boolean } | { ok: false; problem: StoryProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks anything read from storage or a file and returns a current-version Story, migrating old shapes.
 * Every field the schema (schema.ts) describes is checked and kept; anything else is left out.
 * Never throws: a bad story comes back as a problem the UI can explain, naming the first bad field
 * (`answers.child.name.fullName`, `photos.0`).
 */
export function parseStory(raw: unknown): ParseResult {
  if (!isObject(raw) || !('version' in raw)) return { ok: false, problem: { code: 'not-a-story' } };
  const migrated = migrateStory(raw);
  if (!migrated.ok) {
    return { ok: false, problem: { code: migrated.reason === 'newer' ? 'newer-version' : 'unknown-version' } };
  }
  const result = v.safeParse(STORY_SCHEMA, migrated.value, { abortEarly: true });
  if (!result.success) return { ok: false, problem: { code: 'bad-field', field: v.getDotPath(result.issues[0]) ?? 'story' } };
  // An optional field left empty (stamps that could not be read) is absent, as if never written.
  const story = Object.fromEntries(Object.entries(result.output).filter(([, value]) => value !== undefined)) as Story;
  return { ok: true, story, migrated: raw.version !== STORY_VERSION };
}
