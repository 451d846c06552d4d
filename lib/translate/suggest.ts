/**
 * What the translate view suggests for a name or a place (docs/translation.md): pinyin as an appeal writes it,
 * with the original beside it. Imports pinyin-pro (through names.ts and places.ts): the translate view loads
 * this module with `import()`, so the panel never carries it until a helper opens that view.
 */
import type { AppLanguage } from '@/lib/i18n/languages';
import { appealName, romanizeName } from './names';
import { appealPlace } from './places';

const HAN = /\p{Script=Han}/u;

export interface Suggestions {
  /** The most likely rendering, first; the others (a name's other readings), at most three more. */
  readonly texts: readonly string[];
}

/**
 * @public (used through `import()` by the translate view, where knip cannot see it)
 *
 * The suggestions for one part's source text in `target`, or null when there is nothing to suggest: only
 * into English, and only for Chinese text. `reads`: a person's full name (surname first), a childhood name,
 * or a place.
 */
export function suggestionsFor(reads: 'name' | 'childName' | 'place', source: string, target: AppLanguage): Suggestions | null {
  const text = source.trim();
  if (target !== 'en' || !HAN.test(text)) return null;
  if (reads === 'place') {
    const place = appealPlace(text);
    return place ? { texts: [place] } : null;
  }
  const found = romanizeName(text, { givenOnly: reads === 'childName' });
  if (!found) return null;
  const write = (latin: string) => (reads === 'name' ? appealName(latin, text) : `${latin} (${text})`);
  const texts = [found.best, ...found.alternatives].map((r) => write(r.text));
  return { texts: [...new Set(texts)].slice(0, 4) };
}
