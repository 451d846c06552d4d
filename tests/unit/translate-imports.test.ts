import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles } from '../helpers/source-files';

/**
 * pinyin-pro is about 458 KB minified: only lib/translate/ imports it, and everything else reaches the modules
 * that use it (names, places, pinyin) only through `import()`, so it loads when the translate view opens and
 * never with the panel or on the page. (lib/translate/glossary.ts has no pinyin and may be imported anywhere.)
 */
const HEAVY = /translate\/(?:names|places|pinyin)(?:\.ts)?$/;

/** The modules a file imports statically, at run time (not `import type`), as written. */
function staticImports(path: string): string[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const node of file.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.importClause?.isTypeOnly !== true)
      out.push(node.moduleSpecifier.text);
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly)
      out.push(node.moduleSpecifier.text);
  }
  return out;
}

const files = sourceFiles(['lib', 'components', 'entrypoints', 'stores', 'prompts']);

describe('pinyin-pro stays with the translate view', () => {
  it('only lib/translate/ imports pinyin-pro', () => {
    const importers = files.filter((f) => staticImports(f).includes('pinyin-pro'));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((f) => !f.startsWith('lib/translate/'))).toEqual([]);
  });

  it('nothing outside lib/translate/ imports the modules that use it, except lazily', () => {
    const offenders = files.filter((f) => !f.startsWith('lib/translate/') && staticImports(f).some((s) => HEAVY.test(s)));
    expect(offenders).toEqual([]);
  });
});
