/** No import circle anywhere in the project (backend, local tools, UI apps, tests), type-only imports included. */
import path from 'node:path';
import { importCycles, importGraph, ROOT } from '../../scripts/import-graph';

test('the import graph has no circle', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(200); // it really read the tree
  const cycles = importCycles(graph).map((c) => c.map((f) => path.relative(ROOT, f)).join(' ↔ '));
  expect(cycles).toEqual([]);
});

test('the circle finder finds a circle (so the test above can fail)', () => {
  const g = new Map([
    ['a', new Set(['b'])],
    ['b', new Set(['c'])],
    ['c', new Set(['a'])],
    ['d', new Set(['a'])],
    ['e', new Set(['e'])],
  ]);
  expect(importCycles(g)).toEqual([['a', 'b', 'c'], ['e']]);
});
