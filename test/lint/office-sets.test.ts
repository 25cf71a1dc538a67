/**
 * Every Excel member the add-in uses, checked against Microsoft's own typings: `@types/office-js` tags
 * each member with the ExcelApi set that brought it (`[Api set: ExcelApi 1.9]`). The TypeScript compiler
 * resolves each property access and call in src/excel, src/commands and src/taskpane to its declaration;
 * a member above the manifest's minimum set must sit behind a guard for a set that contains it:
 * `isSetSupported('ExcelApi', v)` or the adapter's `api(host, v)` (in an `if`, a `?:`, an `&&`, an early
 * return, or a constant holding one). A member of a type that only a newer set hands out (a Setting,
 * from workbook settings at 1.4) is checked where that type is obtained.
 */
import { readFileSync, readdirSync, statSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const DIRS = ['src/excel', 'src/commands', 'src/taskpane'];

/** 'major.minor' → a comparable number. */
const rank = (v: string) => {
  const [a, b] = v.split('.').map(Number);
  return a * 1000 + b;
};

/** The manifest's declared minimum ExcelApi set (its Requirements). */
export function manifestMinimum(xml: string): string {
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+\.\d+)"/.exec(xml);
  if (!m) throw new Error('manifest.xml declares no ExcelApi set');
  return m[1];
}

/** The ExcelApi set a declaration's JSDoc names, or null. */
function setOf(decl: ts.Node): string | null {
  for (const tag of ts.getJSDocTags(decl)) {
    const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
    const m = /\[Api set: ExcelApi (\d+\.\d+)/.exec(text);
    if (m) return m[1];
  }
  return null;
}

/** The set a member needs beyond its type's own: null when its type (class, interface) already needs as much. */
function neededSet(decl: ts.Declaration): string | null {
  const own = setOf(decl);
  if (!own) return null;
  const parent = decl.parent;
  const container = parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) ? setOf(parent) : null;
  return container && rank(container) >= rank(own) ? null : own;
}

const isOfficeTypings = (f: ts.SourceFile) => /[\\/]@types[\\/]office-js[\\/]/.test(f.fileName);

/** A guard call's version: `….isSetSupported('ExcelApi', 'v')` or `api(host, 'v')`. */
function guardCall(node: ts.Node): string | null {
  if (!ts.isCallExpression(node)) return null;
  const callee = node.expression;
  const args = node.arguments;
  const str = (n: ts.Expression | undefined) => (n && ts.isStringLiteralLike(n) ? n.text : null);
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'isSetSupported' && str(args[0]) === 'ExcelApi') return str(args[1]);
  if (ts.isIdentifier(callee) && callee.text === 'api' && args.length === 2) return str(args[1]);
  return null;
}

interface Use {
  file: string;
  line: number;
  member: string;
  set: string;
}

/** Members above `minimum` used outside a guard for their set, in the given files of a program. */
export function unguardedUses(program: ts.Program, files: string[], minimum: string): Use[] {
  const checker = program.getTypeChecker();
  const out: Use[] = [];
  /** Constants holding a guard: `const exact = api(host, '1.14')`. */
  const guardVars = new Map<ts.Symbol, string[]>();

  /** The versions a condition guarantees when it is `truthy` (a `!` flips it). */
  const versions = (e: ts.Expression, truthy: boolean): string[] => {
    if (ts.isParenthesizedExpression(e)) return versions(e.expression, truthy);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return versions(e.operand, !truthy);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      // a && b true: both hold; a || b false: neither holds.
      if ((op === ts.SyntaxKind.AmpersandAmpersandToken && truthy) || (op === ts.SyntaxKind.BarBarToken && !truthy))
        return [...versions(e.left, truthy), ...versions(e.right, truthy)];
      return [];
    }
    if (!truthy) return [];
    const call = guardCall(e);
    if (call) return [call];
    if (ts.isIdentifier(e)) {
      const sym = checker.getSymbolAtLocation(e);
      return (sym && guardVars.get(sym)) ?? [];
    }
    return [];
  };

  /** A statement that always leaves: return, throw, or a block ending in one. */
  const leaves = (s: ts.Statement): boolean =>
    ts.isReturnStatement(s) ||
    ts.isThrowStatement(s) ||
    (ts.isBlock(s) && s.statements.length > 0 && leaves(s.statements[s.statements.length - 1]));

  /** Every version guaranteed where `node` runs. */
  const guardedAt = (node: ts.Node): string[] => {
    const got: string[] = [];
    let child: ts.Node = node;
    for (let p = node.parent; p; child = p, p = p.parent) {
      if (ts.isIfStatement(p) && child === p.thenStatement) got.push(...versions(p.expression, true));
      if (ts.isIfStatement(p) && child === p.elseStatement) got.push(...versions(p.expression, false));
      if (ts.isConditionalExpression(p) && child === p.whenTrue) got.push(...versions(p.condition, true));
      if (ts.isConditionalExpression(p) && child === p.whenFalse) got.push(...versions(p.condition, false));
      if (ts.isBinaryExpression(p) && child === p.right && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
        got.push(...versions(p.left, true));
      if (ts.isBlock(p) || ts.isSourceFile(p)) {
        // Early exits before it: `if (!api(host, '1.7')) return null;`
        for (const s of p.statements) {
          if (s === child) break;
          if (ts.isIfStatement(s) && !s.elseStatement && leaves(s.thenStatement)) got.push(...versions(s.expression, false));
        }
      }
    }
    return got;
  };

  for (const name of files) {
    const sf = program.getSourceFile(name);
    if (!sf) throw new Error(`not in the program: ${name}`);
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && node.initializer && ts.isIdentifier(node.name)) {
        const v = versions(node.initializer, true);
        const sym = checker.getSymbolAtLocation(node.name);
        if (v.length > 0 && sym) guardVars.set(sym, v);
      }
      if (ts.isPropertyAccessExpression(node)) {
        const sym = checker.getSymbolAtLocation(node.name);
        for (const decl of sym?.declarations ?? []) {
          if (!isOfficeTypings(decl.getSourceFile())) continue;
          const set = neededSet(decl);
          if (!set || rank(set) <= rank(minimum)) continue;
          if (guardedAt(node).some((v) => rank(v) >= rank(set))) continue;
          const { line } = sf.getLineAndCharacterOfPosition(node.name.getStart(sf));
          out.push({ file: relative(ROOT, sf.fileName), line: line + 1, member: node.getText(sf), set });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

const options = (() => {
  const cfg = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  return { ...ts.parseJsonConfigFileContent(cfg.config, ts.sys, ROOT).options, noEmit: true };
})();

/** A program over some files, plus in-memory ones (the lint's own cases). */
function programOf(files: string[], extra: Record<string, string> = {}): ts.Program {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) =>
    name in extra ? ts.createSourceFile(name, extra[name], lang) : getSourceFile(name, lang, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in extra || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name in extra ? extra[name] : readFile(name));
  return ts.createProgram([...files, ...Object.keys(extra)], options, host);
}

const MINIMUM = manifestMinimum(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
const FILES = DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
const at = (n: string) => join(ROOT, 'src', 'excel', `__lint_case_${n}.ts`);
const HEAD = `/// <reference types="office-js" />\nconst api = (h: { isSetSupported(n: string, v: string): boolean }, v: string) => h.isSetSupported('ExcelApi', v);\n`;
const H = '{ isSetSupported(n: string, v: string): boolean }';
/** The lint's own cases: a tiny source each, in memory. */
const CASES: Record<string, string> = {
  [at('bare')]: `${HEAD}export function f(c: Excel.RequestContext) { c.workbook.worksheets.onChanged.add(async () => undefined); }\n`,
  [at('low')]:
    `${HEAD}export function f(c: Excel.RequestContext, h: ${H}) { if (api(h, '1.7')) c.workbook.worksheets.onChanged.add(async () => undefined); }\n`,
  [at('if')]:
    `${HEAD}export function f(c: Excel.RequestContext, h: ${H}) { if (h.isSetSupported('ExcelApi', '1.9')) c.workbook.worksheets.onChanged.add(async () => undefined); }\n`,
  [at('early')]:
    `${HEAD}export function f(c: Excel.RequestContext, h: ${H}) { if (!api(h, '1.9')) return; c.workbook.worksheets.onChanged.add(async () => undefined); }\n`,
  [at('const')]:
    `${HEAD}export function f(c: Excel.RequestContext, h: ${H}) { const whole = api(h, '1.10'); return whole ? c.workbook.worksheets.onChanged : null; }\n`,
  [at('event')]: `${HEAD}export function f(e: Excel.WorksheetChangedEventArgs) { return e.triggerSource; }\n`,
  [at('class')]: `${HEAD}export function f(s: Excel.Setting) { return s.value; }\n`,
};
// One program for the project's files and the cases: the type checker is built once.
let program: ts.Program;
beforeAll(() => {
  program = programOf(FILES, CASES);
}, 180000);

describe('Excel members against @types/office-js and the manifest’s ExcelApi set', () => {
  test('the manifest declares ExcelApi 1.1 (Office 2016)', () => {
    expect(MINIMUM).toBe('1.1');
  });

  test('the lint finds an unguarded member above the set, and accepts each kind of guard', () => {
    const found = (n: string) => unguardedUses(program, [at(n)], '1.1').map((u) => `${u.member} ${u.set}`);
    expect(found('bare')).toEqual(['c.workbook.worksheets.onChanged 1.9']);
    // A guard for a lower set does not cover it.
    expect(found('low')).toEqual(['c.workbook.worksheets.onChanged 1.9']);
    expect(found('if')).toEqual([]);
    expect(found('early')).toEqual([]);
    expect(found('const')).toEqual([]);
    expect(found('event')).toEqual(['e.triggerSource 1.14']);
    // A Setting (1.4) is only had from workbook settings (1.4): its members are checked there.
    expect(found('class')).toEqual([]);
    // Above the manifest's set only: with a manifest at 1.9 the first case passes.
    expect(unguardedUses(program, [at('bare')], '1.9')).toEqual([]);
  });

  test('src/excel, src/commands and src/taskpane use nothing above the manifest’s set outside a guard', () => {
    expect(FILES.length).toBeGreaterThan(5);
    expect(unguardedUses(program, FILES, MINIMUM)).toEqual([]);
  }, 120000);

  test('no `as unknown as` hides an Office.js call from the compiler there', () => {
    for (const f of FILES) expect([relative(ROOT, f), /as unknown as/.test(readFileSync(f, 'utf8'))]).toEqual([relative(ROOT, f), false]);
  });
});
