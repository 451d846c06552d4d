import type { Voice } from '@/lib/kinds/types';

/**
 * The locale keys for words that differ by whose story it is: the voice's own (`voices.adult.review.heading`)
 * first, then the shared one (`review.heading`, written for a family). i18next takes the first key it has, so
 * a voice overrides only what it says differently. The locales test checks every `voices.<voice>.…` key
 * overrides a key that exists.
 */
export function voiceKeys(voice: Voice, key: string): [string, string] {
  return [`voices.${voice}.${key}`, key];
}
