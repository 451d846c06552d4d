import { sentences } from '@/lib/compose/thread';
import { findSensitive, type Finding } from '@/lib/compose/safety';
import { allowedContacts } from '@/lib/gate/findings';
import { kindDefinition, type AnswerPlace } from '@/lib/kinds';
import type { Story } from '@/lib/story/story';

export interface SentenceChoice {
  readonly text: string;
  /** The answer it was taken from, for "Go back and edit". */
  readonly source: AnswerPlace;
  /** Phone numbers, ID numbers, street addresses in it: such a sentence is held back unless the parent confirms. */
  readonly findings: readonly Finding[];
}

/** The parent's own sentences, for the story card: their words to the child first; each once, short enough for a card. */
const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

export function sentenceChoices(story: Story | undefined): SentenceChoice[] {
  if (!story) return [];
  const allowed = allowedContacts(story);
  const seen = new Set<string>();
  const out: SentenceChoice[] = [];
  // Where they come from, most wanted first, is the story kind's (lib/kinds/<kind>/words.ts).
  for (const source of kindDefinition(story.kind).cardSentences) {
    for (const sentence of sentences(story.answers[source.questionId]?.[source.partId] ?? '')) {
      const text = sentence.trim();
      // A sentence needs words: "😋" or "……" left over after a full stop is not one to put on a card.
      if (letters(text) < 2 || text.length > 80 || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, source, findings: findSensitive(text, allowed) });
    }
  }
  return out;
}

/**
 * The sentence the story card shows: the one the parent chose, if it is still in the story and is either
 * safe or confirmed by them in this view; else the first safe one; else none (the card has no quote).
 */
export function pickSentence(
  choices: readonly SentenceChoice[],
  chosen: string | null,
  confirmed: ReadonlySet<string>,
): SentenceChoice | null {
  const usable = (c: SentenceChoice) => c.findings.length === 0 || confirmed.has(c.text);
  const saved = chosen === null ? undefined : choices.find((c) => c.text === chosen);
  if (saved && usable(saved)) return saved;
  return choices.find((c) => c.findings.length === 0) ?? null;
}
