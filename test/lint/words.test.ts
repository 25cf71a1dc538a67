/**
 * Sentences live only in the message tables: no string literal or JSX text meant for a person
 * anywhere in src but src/core/messages/ (what the product says) and src/core/words/ (the words of
 * the documents it writes, a leaf table since the layouts that use them sit below the messages).
 * A literal is taken as meant for a person when it holds a Vietnamese letter, or is JSX text, or
 * reads as a sentence (three words or more, ending in a stop). A developer's words for a
 * programming error (`new …Error('…')`) are not the user's.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'fs';
import { join, relative } from 'path';
import ts from 'typescript';

const root = join(__dirname, '..', '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

const VIETNAMESE = /[À-ỹĐđ]/u;
const SENTENCE = /^\s*\p{Lu}?\p{L}+(\s+\p{L}[\p{L}’']*){2,}.*[.!?…:]\s*$/u;

function personWords(text: string, jsx: boolean): boolean {
  if (VIETNAMESE.test(text)) return true;
  if (jsx) return /\p{L}/u.test(text);
  return SENTENCE.test(text);
}

/** The literals of a file meant for a person, as 'line: text'. */
function offenders(path: string): string[] {
  const code = readFileSync(path, 'utf8');
  const sf = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const developers = (n: ts.Node): boolean => {
    for (let p = n.parent; p; p = p.parent) {
      if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText(sf))) return true;
      if (ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.SuperKeyword) return true;
      if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
    }
    return false;
  };
  const visit = (n: ts.Node) => {
    let text: string | null = null;
    let jsx = false;
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) text = n.text;
    else if (ts.isTemplateExpression(n)) text = [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(' ');
    else if (ts.isJsxText(n)) {
      text = n.text.trim();
      jsx = true;
    }
    if (text && personWords(text, jsx) && !developers(n)) {
      const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf));
      found.push(`${line + 1}: ${text.slice(0, 60)}`);
    }
    if (!ts.isTemplateExpression(n)) ts.forEachChild(n, visit);
    else n.templateSpans.forEach((s) => ts.forEachChild(s.expression, visit));
  };
  visit(sf);
  return found;
}

test('no words for a person outside the message tables', () => {
  const out: Record<string, string[]> = {};
  for (const f of files(src)) {
    const rel = relative(root, f).split('\\').join('/');
    if (rel.startsWith('src/core/messages/') || rel.startsWith('src/core/words/')) continue;
    const o = offenders(f);
    if (o.length) out[rel] = o;
  }
  expect(out).toEqual({});
});

test('the check finds a sentence, Vietnamese text and JSX text, and lets a programming error speak English', () => {
  const tmp = join(root, 'dist', 'words-probe.tsx');
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(
    tmp,
    [
      "export const a = 'Nothing was changed at all.';",
      'export const b = `Đã ghi ${1} ô`;',
      'export const c = <p>Hello there</p>;',
      "export const d = () => { throw new RangeError('bad cell address given here.'); };",
      "export const e = 'cchc.lang';",
    ].join('\n'),
  );
  expect(offenders(tmp).map((l) => l.split(':')[0])).toEqual(['1', '2', '3']);
});
