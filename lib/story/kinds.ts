/** The kinds of story Homeward knows. Only the family kind has an interview today; the others are reserved. */
export const STORY_KINDS = ['family-seeking-child', 'adult-seeking-family', 'neighbour-tip', 'sighting'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** The kind of a story the person starts: the family kind, while it is the only one with an interview. */
export const NEW_STORY_KIND: StoryKind = 'family-seeking-child';
