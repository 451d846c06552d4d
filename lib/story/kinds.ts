/**
 * The kinds of story Homeward knows: a family looking for their child, an adult taken as a child looking for
 * their birth family, and someone who saw a child who may be missing (`sighting`). `neighbour-tip` was
 * reserved for a neighbour's report; a neighbour and a passer-by now share the `sighting` interview, and a
 * stored story of that kind is read as one (lib/kinds/index.ts).
 */
export const STORY_KINDS = ['family-seeking-child', 'adult-seeking-family', 'neighbour-tip', 'sighting'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/** The kinds a person can start, in the order "New story" offers them: who is writing. */
export const STARTABLE_KINDS = ['family-seeking-child', 'adult-seeking-family', 'sighting'] as const satisfies readonly StoryKind[];

/** The kind of a story started without a choice (the first story on first opening): the family kind. */
export const NEW_STORY_KIND: StoryKind = 'family-seeking-child';
