/**
 * A translate function fixed to one language (i18next's getFixedT), so that lib/ stays free of i18next:
 * posts, cards and facts take one of these and never know which library made it.
 */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
