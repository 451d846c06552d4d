import { describe, expect, it } from 'vitest';
import { localImports, sourceFiles } from '../helpers/source-files';

/**
 * lib/compose (the posts) and lib/cards (the image cards) both use the story's facts and the shared words
 * (lib/kinds, lib/text, lib/i18n, lib/facts), and neither imports the other in a circle. Cycles make the
 * import order matter and tie modules that should change apart; this keeps lib/ free of them.
 */

type Graph = ReadonlyMap<string, readonly string[]>;

/** Every import cycle in a graph, each as the files in it (Tarjan's strongly connected components of size > 1, or a self-import). */
function importCycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

/** Whether `from` reaches any file of `to` through imports. */
function reaches(graph: Graph, from: readonly string[], to: (file: string) => boolean): string | null {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of graph.get(file) ?? []) {
      if (to(next)) return `${file} → ${next}`;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return null;
}

const files = sourceFiles(['lib', 'prompts']);
const graph: Graph = new Map(files.map((file) => [file, localImports(file)]));
const inCompose = (file: string) => file.startsWith('lib/compose/');
const inCards = (file: string) => file.startsWith('lib/cards/');

describe('imports in lib/', () => {
  it('finds a cycle when there is one', () => {
    const tangled: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCycles(tangled)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      importCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the imports of lib/ (the cards use the story facts)', () => {
    expect(files.filter(inCards).length).toBeGreaterThan(3);
    expect(graph.get('lib/cards/poster.ts')).toContain('lib/kinds/family/facts.ts');
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('lib/compose never reaches lib/cards, so the two cannot import each other in a circle', () => {
    expect(reaches(graph, files.filter(inCompose), inCards)).toBeNull();
  });
});
