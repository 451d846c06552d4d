import type { Answer, Story } from './story';

/**
 * Three-way merge for two open views editing one story: `base` is the last version both saw in storage,
 * `local` has this view's unsaved edits, `remote` just arrived from the other view.
 * Every part this view changed keeps this view's text; everything else takes the remote text.
 * So two people typing in different fields never erase each other.
 */
export function mergeStory(base: Story, local: Story, remote: Story): Story {
  const answers: Record<string, Record<string, string>> = {};
  for (const [q, a] of Object.entries(remote.answers)) answers[q] = { ...a };
  const questionIds = new Set([...Object.keys(base.answers), ...Object.keys(local.answers)]);
  for (const q of questionIds) {
    const b: Answer = base.answers[q] ?? {};
    const l: Answer = local.answers[q] ?? {};
    for (const p of new Set([...Object.keys(b), ...Object.keys(l)])) {
      if ((b[p] ?? '') === (l[p] ?? '')) continue;
      const target = (answers[q] ??= {});
      if ((l[p] ?? '') === '') delete target[p];
      else target[p] = l[p] ?? '';
      if (Object.keys(target).length === 0) delete answers[q];
    }
  }

  const baseIds = new Set(base.photos.map((p) => p.id));
  const localIds = new Set(local.photos.map((p) => p.id));
  const removedHere = [...baseIds].filter((id) => !localIds.has(id));
  const photos = [
    ...remote.photos.filter((p) => !removedHere.includes(p.id)),
    ...local.photos.filter((p) => !baseIds.has(p.id) && !remote.photos.some((r) => r.id === p.id)),
  ];

  // Drafts and card photos: an entry this view changed keeps this view's value; the rest come from the other view.
  const drafts = mergeRecord(base.drafts, local.drafts, remote.drafts);
  const cardPhotos = mergeRecord(base.cardPhotos, local.cardPhotos, remote.cardPhotos);
  // The card style as a whole: this view's if it changed it, else the other view's.
  const cardStyle = changed(base.cardStyle, local.cardStyle) ? local.cardStyle : remote.cardStyle;

  return {
    ...remote,
    ...(drafts ? { drafts } : {}),
    ...(cardPhotos ? { cardPhotos } : {}),
    ...(cardStyle ? { cardStyle } : {}),
    title: local.title !== base.title ? local.title : remote.title,
    language: local.language !== base.language ? local.language : remote.language,
    position: local.position !== base.position ? local.position : remote.position,
    answers,
    photos,
    updatedAt: local.updatedAt > remote.updatedAt ? local.updatedAt : remote.updatedAt,
  };
}

/** Per key: this view's value where it changed it since `base`, else the other view's. */
function mergeRecord<T>(
  base: Readonly<Record<string, T>> | undefined,
  local: Readonly<Record<string, T>> | undefined,
  remote: Readonly<Record<string, T>> | undefined,
): Record<string, T> | undefined {
  const merged: Record<string, T> = { ...remote };
  for (const key of new Set([...Object.keys(base ?? {}), ...Object.keys(local ?? {})])) {
    const b = base?.[key];
    const l = local?.[key];
    if (JSON.stringify(b) === JSON.stringify(l)) continue;
    if (l === undefined) delete merged[key];
    else merged[key] = l;
  }
  return Object.keys(merged).length > 0 || remote ? merged : undefined;
}

const changed = (base: unknown, local: unknown) => JSON.stringify(base) !== JSON.stringify(local);
