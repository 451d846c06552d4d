import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** The repository's root (tests run from it). */
export const ROOT = resolve('.');

/** Every .ts and .tsx file under these folders (relative to the root), as root-relative paths with `/`. */
export function sourceFiles(folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, path).split(sep).join('/'));
    }
  };
  for (const folder of folders) if (existsSync(join(ROOT, folder))) walk(join(ROOT, folder));
  return out.sort();
}

/** Every string literal in a source text, as written between its quotes (comments are not literals). */
export function stringLiterals(text: string, fileName = 'source.ts'): string[] {
  const file = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    false,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(file);
  return out;
}

/**
 * The project files a source file imports or re-exports (types too), as root-relative paths; packages are
 * left out. `@/` is the root, as in tsconfig.json.
 */
export function localImports(path: string, text = readFileSync(join(ROOT, path), 'utf8')): string[] {
  const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  const out: string[] = [];
  for (const specifier of specifiers) {
    const base = specifier.startsWith('@/')
      ? join(ROOT, specifier.slice(2))
      : specifier.startsWith('.')
        ? resolve(ROOT, dirname(path), specifier)
        : null;
    if (base === null) continue;
    const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', '']
      .map((end) => base + end)
      .find((p) => existsSync(p) && statSync(p).isFile());
    if (found) out.push(relative(ROOT, found).split(sep).join('/'));
  }
  return out;
}
