/**
 * A translate function fixed to one language (i18next's getFixedT), so that lib/ stays free of i18next:
 * posts, cards and facts take one of these and never know which library made it. A list of keys is read as
 * i18next reads it: the first key the language has (lib/i18n/voice.ts uses that for a story's voice).
 */
export type Translate = (key: string | readonly string[], vars?: Record<string, string | number>) => string;
