/**
 * The import graph of src/core (issue 18): no cycle between files, none between its subfolders (a file
 * at the core's top is a node of its own), and no import running back up out of src/core. Relative
 * imports are read from the sources (`import … from`, `export … from`, `import type`), type-only ones
 * included: a cycle of types is still a knot to read.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

const CORE = resolve(__dirname, '..', '..', 'src', 'core');
/** File cycles allowed: none. */
const ALLOWED_FILE_CYCLES: string[][] = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const SPEC = /(?:^|\n)\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function resolveImport(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return base;
}

/** Relative imports of each core file, as paths relative to src/core ('..' first when outside). */
export function coreGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files(CORE)) {
    const text = readFileSync(f, 'utf8');
    const out = new Set<string>();
    for (const m of text.matchAll(SPEC)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) continue;
      out.add(relative(CORE, resolveImport(f, spec)).split(sep).join('/'));
    }
    graph.set(
      relative(CORE, f).split(sep).join('/'),
      [...out].filter((t) => !t.endsWith('.json')),
    );
  }
  return graph;
}

/** The strongly connected components of more than one node, or of one node importing itself (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The folder a core file belongs to: its first folder, or the file itself at the core's top. */
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

const graph = coreGraph();

test('the graph is read (the report imports the kinds, the appendix kind the rules)', () => {
  expect(graph.size).toBeGreaterThan(40);
  expect(graph.get('report.ts')).toEqual(expect.arrayContaining(['check/kinds.ts']));
  expect(graph.get('check/appendix.ts')).toEqual(expect.arrayContaining(['rules/validate.ts']));
});

test('no import runs back up out of src/core', () => {
  const out = [...graph].flatMap(([f, to]) => to.filter((t) => t.startsWith('..')).map((t) => `${f} -> ${t}`));
  expect(out).toEqual([]);
});

test('no cycle between the files of src/core', () => {
  const allowed = new Set(ALLOWED_FILE_CYCLES.map((c) => c.join(' ')));
  expect(cycles(graph).filter((c) => !allowed.has(c.join(' ')))).toEqual([]);
});

test('no cycle between the subfolders of src/core', () => {
  const folders = new Map<string, string[]>();
  for (const [f, to] of graph) {
    const from = folderOf(f);
    const set = new Set(folders.get(from) ?? []);
    for (const t of to) if (folderOf(t) !== from && !t.startsWith('..')) set.add(folderOf(t));
    folders.set(from, [...set]);
  }
  expect(cycles(folders)).toEqual([]);
});

test('the cycle finder finds a cycle (a test of the test)', () => {
  expect(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', ['a']],
        ['c', ['c']],
        ['d', ['a']],
      ]),
    ),
  ).toEqual([['a', 'b'], ['c']]);
});
