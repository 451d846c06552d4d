import { findSensitive, type Finding } from '@/lib/compose/safety';
import { kindDefinition, questionsFor, type AnswerPlace } from '@/lib/kinds';
import type { Story } from '@/lib/story/story';

/**
 * A finding in text about to leave the panel, and where the parent wrote it. `start` and `end` are in the
 * checked text; `text` is as the parent wrote it in the answer, when it comes from one.
 */
export interface LocatedFinding extends Finding {
  /** Which of the checked texts holds it (a post of a thread, a string a card draws). */
  readonly textIndex: number;
  /** The answer it came from, or null when it is not in any answer (typed straight into a post). */
  readonly source: AnswerPlace | null;
}

/**
 * What the appeal is meant to carry and is never flagged: for a family, the police station's public phone and
 * the case number (lib/kinds/family/gate.ts). The family's own numbers (even one kept for the search) are
 * flagged, with the scam warning.
 */
export function allowedContacts(story: Story): string[] {
  return kindDefinition(story.kind).allowedContacts(story);
}

// Full-width digits and letters as ASCII, no spaces or dashes: "138 1234-5678" and "１３８１２３４５６７８" are one number.
const normal = (s: string) =>
  s
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-\u2010-\u2015\uff0d()（）]/g, '')
    .toLowerCase();

/**
 * The answer a finding came from. Posts and cards keep the parent's words exactly as written, so the same
 * number or address is found in the answer too; its match may be shorter or longer there (an address match
 * takes in the Chinese words before 路, which differ between "最后出现在新安路12号" and the answer "新安路12号"),
 * so one containing the other is enough.
 */
export function locateFinding(
  finding: Finding,
  story: Story,
  allowed: readonly string[] = allowedContacts(story),
): { readonly place: AnswerPlace; readonly text: string } | null {
  const wanted = normal(finding.text);
  for (const question of questionsFor(story.kind)) {
    for (const part of question.parts) {
      const text = story.answers[question.id]?.[part.id];
      if (!text || part.input === 'choice') continue;
      const hit = findSensitive(text, allowed).find((f) => {
        if (f.kind !== finding.kind) return false;
        const own = normal(f.text);
        return own.includes(wanted) || wanted.includes(own);
      });
      if (hit) return { place: { questionId: question.id, partId: part.id }, text: hit.text };
    }
  }
  return null;
}

/**
 * Every phone number, ID number and street address in these texts, each once (the bilingual poster says the
 * place in both languages), with where the parent wrote it. A finding that comes from an answer is named as
 * the parent wrote it there ("新安路12号", not the card's "最后出现在新安路12号").
 */
export function findInTexts(texts: readonly string[], story: Story): LocatedFinding[] {
  const allowed = allowedContacts(story);
  const seen = new Set<string>();
  const out: LocatedFinding[] = [];
  texts.forEach((text, textIndex) => {
    for (const finding of findSensitive(text, allowed)) {
      const located = locateFinding(finding, story, allowed);
      const shown = located?.text ?? finding.text;
      const where = located ? `${located.place.questionId}.${located.place.partId}` : `text ${textIndex}`;
      const key = `${finding.kind}:${normal(shown)}:${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...finding, text: shown, textIndex, source: located?.place ?? null });
    }
  });
  return out;
}
