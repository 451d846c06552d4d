import type { Voice } from '@/lib/kinds/types';
import type { Translate } from './translate';

/**
 * The locale keys for words that differ by whose story it is: the voice's own (`voices.adult.review.heading`)
 * first, then the shared one (`review.heading`, written for a family). i18next takes the first key it has, so
 * a voice overrides only what it says differently. The locales test checks every `voices.<voice>.…` key (but the few a voice alone says, named in the test)
 * overrides a key that exists.
 */
export function voiceKeys(voice: Voice, key: string): [string, string] {
  return [`voices.${voice}.${key}`, key];
}

/**
 * A translate function that says every word in a voice: `t('posts.opening')` reads `voices.adult.posts.opening`
 * when the adult's voice has it, else `posts.opening`. The family's voice is the shared words themselves, so
 * it is `t` unchanged. Keys given as a list already are passed on as they are (voicing twice changes nothing).
 */
export function voiced(t: Translate, voice: Voice): Translate {
  if (voice === 'family') return t;
  return (key, vars) => t(typeof key === 'string' ? voiceKeys(voice, key) : key, vars);
}
