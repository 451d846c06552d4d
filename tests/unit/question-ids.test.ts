import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allQuestions } from '@/lib/kinds';
import { ROOT, sourceFiles, stringLiterals } from '../helpers/source-files';

/**
 * A home for each story kind: its questions are named in its own files only (lib/kinds/<kind>/ and
 * prompts/<kind>.ts). Everything else asks the registry (lib/kinds), so that a new kind or a renamed question
 * never means hunting strings across the panel. Comments may mention an id; code may not.
 */
const SCANNED = ['lib', 'components', 'stores', 'entrypoints'];
const KIND_HOMES = [/^lib\/kinds\//, /^prompts\//];

const QUESTION_IDS = [...new Set(allQuestions().map(({ question }) => question.id))];

/** The question ids a text names in its string literals: an id alone, or an id followed by a part (`child.name.fullName`). */
function namedIds(text: string, fileName: string): string[] {
  return stringLiterals(text, fileName).flatMap((literal) => QUESTION_IDS.filter((id) => literal === id || literal.startsWith(`${id}.`)));
}

describe('question ids live with their kind', () => {
  it('knows the questions it looks for', () => {
    expect(QUESTION_IDS).toContain('child.name');
    expect(QUESTION_IDS.length).toBeGreaterThan(20);
  });

  it('finds an id written in code, with or without a part, and ignores one in a comment', () => {
    const code = [
      "const a = story.answers['day.when'];",
      'const b = f.words[`hopes.message.message`];',
      "// the child's name (`child.name`) is read by the kind",
      "/* 'help.case' */ const c = t('posts.who');",
    ].join('\n');
    expect(namedIds(code, 'x.ts')).toEqual(['day.when', 'hopes.message']);
  });

  it('no file outside lib/kinds and prompts names a question id', () => {
    const files = sourceFiles(SCANNED).filter((path) => !KIND_HOMES.some((home) => home.test(path)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) => namedIds(readFileSync(join(ROOT, path), 'utf8'), path).map((id) => `${path}: ${id}`));
    expect(found).toEqual([]);
  });
});
