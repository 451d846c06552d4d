/**
 * What the side panel captured from a web page, and the text Homeward took from it (issue 13 §2). Plain data:
 * no HTML string and no DOM node ever leaves lib/page-text.
 */

/** What scripting.executeScript returned from the tab. */
export interface PageCapture {
  /** The tab's address. */
  readonly url: string;
  readonly title: string;
  /** document.documentElement.outerHTML. Only the first 5 MB (MAX_HTML_CHARS) is read. */
  readonly html: string;
  /** window.getSelection().toString(); may be ''. */
  readonly selection: string;
}

/** A link in the text. `href` is always an absolute http(s) address. */
export interface TextLink {
  readonly text: string;
  readonly href: string;
}

/** One heading, paragraph or list item, as plain text (whitespace collapsed), with the links in it. */
export interface TextBlock {
  readonly kind: 'heading' | 'paragraph' | 'item';
  readonly text: string;
  readonly links: readonly TextLink[];
}

/** The fields of a 宝贝回家 registration page that Homeward reads. */
export type RegistrationKey =
  'category' | 'number' | 'name' | 'gender' | 'birthDate' | 'height' | 'lostDate' | 'lostPlace' | 'features' | 'other';

/** One field as the page says it: `label` as written there (姓名, 失踪地点), `value` as plain text. */
export interface RegistrationField {
  readonly key: RegistrationKey;
  readonly label: string;
  readonly value: string;
}

export type PageText =
  | {
      readonly source: 'registration';
      readonly url: string;
      readonly title: string;
      readonly kind: 'family-seeking-child' | 'adult-seeking-family';
      readonly fields: readonly RegistrationField[];
      /** The registration's photo, absolute http(s), or null. */
      readonly photoUrl: string | null;
    }
  | { readonly source: 'selection' | 'article'; readonly url: string; readonly title: string; readonly blocks: readonly TextBlock[] }
  | { readonly source: 'nothing'; readonly url: string; readonly title: string };

/** Where a registration's field would go: one part of one answer. */
export interface AnswerTarget {
  readonly questionId: string;
  readonly partId: string;
}

/** A field's suggested answer part, with the value as that part holds it (女 → girl). */
export interface Suggestion {
  readonly key: RegistrationKey;
  readonly target: AnswerTarget;
  readonly value: string;
}
