import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { voiceOf } from '@/lib/kinds';
import { voiceKeys } from '@/lib/i18n/voice';
import type { StoryKind } from '@/lib/story/kinds';

/**
 * `t` in the voice of this kind of story: "Your story" for an adult looking for their family, "What you
 * saw" for a witness, the family's words where the voice says nothing different (lib/i18n/voice.ts).
 */
export function useVoiceT(kind: StoryKind): (key: string, options?: Record<string, unknown>) => string {
  const { t } = useTranslation();
  const voice = voiceOf(kind);
  return useCallback((key: string, options?: Record<string, unknown>) => t(voiceKeys(voice, key), options ?? {}), [t, voice]);
}
