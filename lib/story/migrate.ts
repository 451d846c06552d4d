/**
 * Migrations of the stored Story shape, one step per version.
 *
 * Version 1 is the first prototype's shape (documented in docs/story-format.md):
 * no `kind` (every story was a family looking for a child), the library name in `name`,
 * flat string answers under prototype keys, and the interview step as a number.
 */
import { STORY_VERSION } from './story';
import { V1_ANSWER_PLACES, V1_LEFTOVER_PLACE } from '@/lib/kinds/family/legacy';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function v1ToV2(v1: Json): Json {
  const answers: Record<string, Record<string, string>> = {};
  const unknown: string[] = [];
  const flat = isObject(v1.answers) ? v1.answers : {};
  for (const [key, value] of Object.entries(flat)) {
    const text = str(value);
    if (text === '') continue;
    // Own keys only: `__proto__` or `constructor` in a stored answer must not find Object's own members.
    // Which box each prototype key goes to is the family kind's (lib/kinds/family/legacy.ts).
    const target = Object.hasOwn(V1_ANSWER_PLACES, key) ? V1_ANSWER_PLACES[key] : undefined;
    if (!target) {
      unknown.push(`${key}: ${text}`);
      continue;
    }
    const { questionId, partId } = target;
    answers[questionId] = { ...answers[questionId], [partId]: text };
  }
  // Nothing typed is ever dropped: answers the prototype had that we no longer ask land in "what happened".
  if (unknown.length > 0) {
    const { questionId, partId } = V1_LEFTOVER_PLACE;
    const what = answers[questionId]?.[partId] ?? '';
    answers[questionId] = { ...answers[questionId], [partId]: [what, ...unknown].filter(Boolean).join('\n\n') };
  }
  const photos = Array.isArray(v1.photos) ? v1.photos : [];
  return {
    version: 2,
    id: v1.id,
    kind: 'family-seeking-child',
    title: str(v1.name),
    language: v1.language ?? 'zh-CN',
    createdAt: v1.createdAt,
    updatedAt: v1.updatedAt,
    answers,
    photos: photos.map((p: unknown) => (isObject(p) ? { ...p, addedAt: str(v1.createdAt) } : p)),
    position: 'intro',
  };
}

/**
 * Version 3: the date parts (`child.birth` → `birthDate`, `day.when` → `date`) and the age part
 * (`child.birth` → `ageWhenLost`) hold what the parent typed, read by lib/facts ("2019年6月", "June 2019",
 * "三岁半"), where version 2 held only what an `<input type="date">` gave (YYYY-MM-DD, or nothing) and a number.
 * Every version-2 value is already a valid version-3 value, so no answer changes: not a character is touched.
 * The version is raised so that an older Homeward refuses these stories (as "newer") instead of opening them:
 * its date box would show "2019年6月" as empty, and the next key pressed there would replace the parent's text.
 */
function v2ToV3(v2: Json): Json {
  return { ...v2, version: 3 };
}

const STEPS: Readonly<Record<number, (old: Json) => Json>> = { 1: v1ToV2, 2: v2ToV3 };

export type MigrationResult = { ok: true; value: Json } | { ok: false; reason: 'newer' | 'unknown-version' };

/** Brings a stored story of any known version up to the current one. Pure: the input is not changed. */
export function migrateStory(raw: Json): MigrationResult {
  let value = raw;
  const stored = value.version;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) return { ok: false, reason: 'unknown-version' };
  let version: number = stored;
  if (version > STORY_VERSION) return { ok: false, reason: 'newer' };
  while (version < STORY_VERSION) {
    const step = STEPS[version];
    if (!step) return { ok: false, reason: 'unknown-version' };
    value = step(value);
    version = value.version as number;
  }
  return { ok: true, value };
}
