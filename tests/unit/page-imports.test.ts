import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * What runs on the page imports only lib/page and lib/messaging (docs/platforms.md, "What runs on the page"):
 * no React, no i18n, no story data, so the content scripts stay small (scripts/content-script-budget.ts) and
 * the page never holds the parent's story. Type-only imports are erased and may come from anywhere.
 */
const ROOT = resolve(__dirname, '../..');

/** What the page side may import at run time: its own modules, the protocol, WXT's two helpers, the match list. */
function allowed(target: string): boolean {
  if (target === 'wxt/browser' || target === 'wxt/utils/define-content-script') return true;
  return target.startsWith('lib/page/') || target === 'lib/messaging.ts' || target === 'lib/platforms/hosts.ts';
}

/** The imports of a file that remain in the built code (not `import type`, not only `type` names). */
function runtimeImports(source: string, fileName = 'file.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      found.push(arg && ts.isStringLiteral(arg) ? arg.text : '(a computed dynamic import)');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A specifier as a path from the repository root (a local .ts file), or as written (a package). */
function resolveImport(fromFile: string, specifier: string): string {
  let base: string;
  if (specifier.startsWith('@/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(join(ROOT, fromFile)), specifier);
  else return specifier;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate).split('\\').join('/');
  }
  return `${relative(ROOT, base)} (not found)`;
}

/** Every file that starts the page side: the content script entrypoints (files or folders) and lib/page. */
function pageSideRoots(): string[] {
  const roots: string[] = [];
  for (const name of readdirSync(join(ROOT, 'entrypoints'))) {
    if (!/\.content(\.|$)/.test(name)) continue;
    const path = join(ROOT, 'entrypoints', name);
    if (statSync(path).isDirectory())
      roots.push(
        ...readdirSync(path)
          .filter((f) => /\.tsx?$/.test(f))
          .map((f) => `entrypoints/${name}/${f}`),
      );
    else roots.push(`entrypoints/${name}`);
  }
  roots.push(
    ...readdirSync(join(ROOT, 'lib/page'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `lib/page/${f}`),
  );
  return roots;
}

/** Follows run-time imports from the roots; each import of something not allowed, as "file → target". */
function pageSideViolations(roots: readonly string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const violations: string[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(read(file), file)) {
      const target = resolveImport(file, specifier);
      if (!allowed(target)) violations.push(`${file} → ${target}`);
      else if (target.endsWith('.ts')) queue.push(target);
    }
  }
  return violations;
}

const readRepoFile = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('what runs on the page imports only lib/page and lib/messaging', () => {
  it('finds the content scripts and lib/page', () => {
    const roots = pageSideRoots();
    expect(roots).toContain('entrypoints/composer.content/index.ts');
    expect(roots).toContain('entrypoints/paste-bridge.content.ts');
    expect(roots).toContain('lib/page/insert.ts');
  });

  it('the content scripts, lib/page and everything they import at run time', () => {
    expect(pageSideViolations(pageSideRoots(), readRepoFile)).toEqual([]);
  });

  it('would catch React, i18n or story code reached from the page, directly or through another file', () => {
    const files: Record<string, string> = {
      'entrypoints/x.content.ts': "import { probePage } from '@/lib/page/probe';\nimport type { Story } from '@/lib/story/story';",
      'lib/page/probe.ts': "import { useState } from 'react';\nexport { t } from '@/lib/i18n/i18n';\nimport { a, type B } from './attach';",
      'lib/page/attach.ts': "import { type Story } from '@/lib/story/story';\nconst data = () => import('@/lib/story/migrate');",
    };
    expect(pageSideViolations(['entrypoints/x.content.ts'], (file) => files[file] ?? '')).toEqual([
      'lib/page/probe.ts → react',
      'lib/page/probe.ts → lib/i18n/i18n.ts',
      'lib/page/attach.ts → lib/story/migrate.ts',
    ]);
  });

  it('counts only what stays in the built code', () => {
    const source = [
      "import type { A } from 'type-only';",
      "import { type B, type C } from 'names-type-only';",
      "import { d, type E } from 'mixed';",
      "import f from 'default';",
      "import 'side-effect';",
      "export type { G } from 'type-reexport';",
      "export { h } from 'reexport';",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['mixed', 'default', 'side-effect', 'reexport']);
  });
});
