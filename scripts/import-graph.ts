/**
 * The project's import graph, read with the TypeScript compiler (both tsconfigs, so the backend's
 * CommonJS resolution and the UI's bundler resolution each apply to their own files), and the
 * import circles in it. Type-only imports count: a circle of types is still two files that cannot
 * be understood one without the other.
 *
 * `npx tsx scripts/import-graph.ts` prints every circle (exit 1 when there is one); the test
 * test/architecture/import-cycles.test.ts holds the tree to none.
 */
import * as path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');

export type ImportGraph = Map<string, Set<string>>;

function parseConfig(file: string): ts.ParsedCommandLine {
  const read = ts.readConfigFile(file, (f) => ts.sys.readFile(f));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(file));
}

/** Every project file (not node_modules, not built output) → the project files it imports or re-exports. */
export function importGraph(root = ROOT): ImportGraph {
  const graph: ImportGraph = new Map();
  const own = (f: string): boolean => f.startsWith(root + path.sep) && !f.includes(`${path.sep}node_modules${path.sep}`) && !/\.d\.ts$/.test(f);
  for (const config of ['tsconfig.json', 'static/tsconfig.json']) {
    const parsed = parseConfig(path.join(root, config));
    const host = ts.createCompilerHost(parsed.options);
    for (const file of parsed.fileNames.map((f) => path.resolve(f)).filter(own)) {
      if (!/\.(ts|tsx)$/.test(file)) continue;
      const edges = graph.get(file) ?? new Set<string>();
      graph.set(file, edges);
      const info = ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true);
      for (const ref of info.importedFiles) {
        const resolved = ts.resolveModuleName(ref.fileName, file, parsed.options, host).resolvedModule;
        if (resolved && !resolved.isExternalLibraryImport && own(path.resolve(resolved.resolvedFileName))) {
          edges.add(path.resolve(resolved.resolvedFileName));
        }
      }
    }
  }
  return graph;
}

/** The strongly connected components with more than one file (or a file importing itself): each is an import circle. */
export function importCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.has(v)) cycles.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indexOf.has(v)) visit(v);
  return cycles;
}

if (require.main === module) {
  const cycles = importCycles(importGraph());
  for (const c of cycles) console.log(`circle: ${c.map((f) => path.relative(ROOT, f)).join(' ↔ ')}`);
  console.log(cycles.length === 0 ? 'no import circle' : `${cycles.length} import circle(s)`);
  process.exit(cycles.length === 0 ? 0 : 1);
}
