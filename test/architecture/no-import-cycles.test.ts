/**
 * No import cycle between folders: every relative import of every source file (outside node_modules, dist and
 * test) is read with TypeScript's own pre-processor, files are grouped into their top-level folder (and, inside
 * generators/ and scenarios/, their second-level folder), and any cycle between two groups fails with its path.
 * Between files, no cycle of imports that load a module (type-only imports are erased, so they cannot make one):
 * a module caught in such a loop sees the other half-loaded.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const SKIPPED = new Set(['node_modules', 'dist', 'test', '.git', 'reports']);
/** Top-level folders whose sub-folders must not import each other in a cycle either. */
const SPLIT = new Set(['generators', 'scenarios']);
/** The source folders from the top of the stack down (ARCHITECTURE.md, "Where things are"): each imports only later ones. */
const LAYERS = ['cli', 'suites', 'reporters', 'scenarios', 'engine', 'checks', 'targets', 'generators', 'model', 'mock', 'spec', 'json'];

/** Every .ts file under the root, as a path relative to it. */
function sourceFiles(dir = ROOT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.') || (dir === ROOT && SKIPPED.has(entry.name))) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path.relative(ROOT, full)] : [];
  });
}

/** The file a relative specifier names (with its .ts or /index.ts), or undefined when it is not one of ours. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.join(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    if (candidate.endsWith('.ts') && fs.existsSync(path.join(ROOT, candidate))) return candidate;
  }
  return undefined;
}

/** The relative imports of one file (static, re-exports, dynamic import and require), resolved. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

/** The relative imports of one file that load a module at run time: all but `import type` and type-only names. */
function valueImportsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typesOnly = clause?.isTypeOnly || (bindings && ts.isNamedImports(bindings) && !clause.name && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly));
      if (!typesOnly && ts.isStringLiteral(statement.moduleSpecifier)) specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.exportClause;
      const typesOnly = statement.isTypeOnly || (clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
      if (!typesOnly) specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers.filter((specifier) => specifier.startsWith('.')).flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

/** The group of a file at the given depth: `cli`, or `generators/cases` (a file directly in checks/ is `checks/.`). */
function groupOf(file: string, depth: 1 | 2): string {
  const parts = file.split(path.sep);
  if (depth === 1 || parts.length < 2) return parts.length === 1 ? '.' : parts[0];
  return parts.length === 2 ? `${parts[0]}/.` : `${parts[0]}/${parts[1]}`;
}

/** A cycle in a graph of groups, as `a → b → a`, or undefined (depth-first search, grey set). */
function findCycle(edges: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (stack.includes(node)) return [...stack.slice(stack.indexOf(node)), node];
    if (done.has(node)) return undefined;
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    done.add(node);
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** The group graph and, per edge, one import that makes it (for the message). */
function groupGraph(files: string[], depth: 1 | 2, keep: (file: string) => boolean): { edges: Map<string, Set<string>>; witness: Map<string, string> } {
  const edges = new Map<string, Set<string>>();
  const witness = new Map<string, string>();
  for (const file of files.filter(keep)) {
    for (const target of importsOf(file).filter(keep)) {
      const [from, to] = [groupOf(file, depth), groupOf(target, depth)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)?.add(to);
      if (!witness.has(`${from}→${to}`)) witness.set(`${from}→${to}`, `${file} imports ${target}`);
    }
  }
  return { edges, witness };
}

/** The imports (one witness per edge) from a layer to one listed before it; folders not in `layers` are free. */
function upwardImports(edges: Map<string, Set<string>>, witness: Map<string, string>, layers: readonly string[]): string[] {
  return [...edges].flatMap(([from, targets]) =>
    [...targets].filter((to) => layers.includes(from) && layers.includes(to) && layers.indexOf(to) < layers.indexOf(from)).map((to) => witness.get(`${from}→${to}`) ?? `${from} → ${to}`),
  );
}

function describeCycle(cycle: string[], witness: Map<string, string>): string {
  const steps = cycle.slice(1).map((to, index) => `  ${witness.get(`${cycle[index]}→${to}`)}`);
  return `${cycle.join(' → ')}\n${steps.join('\n')}`;
}

describe('architecture: no import cycles between folders', function () {
  this.timeout(60_000);
  const files = sourceFiles();

  it('reads the relative imports of the source files', () => {
    expect(files).to.include(path.join('engine', 'session.ts'));
    expect(importsOf(path.join('engine', 'session.ts')).length).to.be.greaterThan(0);
  });

  it('finds a cycle when there is one (the detector can fail)', () => {
    const edges = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    expect(findCycle(edges)).to.deep.equal(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set<string>()]]))).to.equal(undefined);
  });

  it('has no cycle between top-level folders', () => {
    const { edges, witness } = groupGraph(files, 1, () => true);
    const cycle = findCycle(edges);
    expect(cycle, cycle && describeCycle(cycle, witness)).to.equal(undefined);
  });

  it('finds an import that goes up the layers (the layer rule can fail)', () => {
    const edges = new Map([['cli', new Set(['engine'])], ['engine', new Set(['suites', 'json'])]]);
    const witness = new Map([['engine→suites', 'engine/x.ts imports suites/y.ts']]);
    expect(upwardImports(edges, witness, LAYERS)).to.deep.equal(['engine/x.ts imports suites/y.ts']);
  });

  it('imports only downwards through the layers ARCHITECTURE.md lists', () => {
    const { edges, witness } = groupGraph(files, 1, () => true);
    expect(upwardImports(edges, witness, LAYERS)).to.deep.equal([]);
    for (const layer of LAYERS) expect(fs.existsSync(path.join(ROOT, layer)), `${layer}/ exists`).to.equal(true);
  });

  it('sees which imports load a module (type-only ones do not)', () => {
    const loads = valueImportsOf(path.join('spec', 'raw-spec.ts'));
    expect(loads).to.include(path.join('spec', 'overlay.ts'));
    expect(loads).to.not.include(path.join('spec', 'spec-finding.ts'));
    expect(loads).to.not.include(path.join('spec', 'merge.ts'));
  });

  it('has no cycle of module-loading imports between files', () => {
    const edges = new Map(files.map((file) => [file, new Set(valueImportsOf(file))]));
    const cycle = findCycle(edges);
    expect(cycle, cycle?.join(' → ')).to.equal(undefined);
  });

  for (const top of SPLIT) {
    it(`has no cycle between the folders of ${top}/`, () => {
      const { edges, witness } = groupGraph(files, 2, (file) => file.split(path.sep)[0] === top);
      const cycle = findCycle(edges);
      expect(cycle, cycle && describeCycle(cycle, witness)).to.equal(undefined);
    });
  }
});
