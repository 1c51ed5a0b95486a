/**
 * Architecture rules, checked on the source itself (TypeScript's own parser):
 * where each layer may import from, and no module-level regular expression
 * with the `g` or `y` flag (such a regex keeps `lastIndex` between calls, so
 * one file's parse could change the next one's).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers.js';

const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const files = walk(SRC).map((f) => ({ file: relative(ROOT, f), sf: ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true) }));

/** Relative imports (static and dynamic) of a file, as paths from the project root. */
function importsOf(file: string, sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    let spec: string | undefined;
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) spec = n.moduleSpecifier.text;
    if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) spec = n.arguments[0].text;
    if (spec?.startsWith('.')) out.push(relative(ROOT, resolve(dirname(join(ROOT, file)), spec)).replace(/\.js$/, '.ts'));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** `new RegExp(…)`, or `compiledPattern(…)`, which makes one. */
function isRegexConstruction(n: ts.Node): n is ts.NewExpression | ts.CallExpression {
  if (ts.isNewExpression(n)) return ts.isIdentifier(n.expression) && n.expression.text === 'RegExp';
  return ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'compiledPattern';
}

/** Regex literals and `new RegExp(…, flags)` or `compiledPattern(…, flags)` outside any function, with their flags. */
function moduleLevelRegexes(sf: ts.SourceFile): { text: string; flags: string }[] {
  const out: { text: string; flags: string }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) || ts.isClassDeclaration(n)) return;
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText(sf);
      out.push({ text, flags: text.slice(text.lastIndexOf('/') + 1) });
    }
    if (isRegexConstruction(n)) {
      const flags = n.arguments?.[1];
      out.push({ text: n.getText(sf).slice(0, 80), flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Every regex literal and `new RegExp` in a file, wherever it stands. */
function allRegexes(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push(n.getText(sf));
    if (isRegexConstruction(n)) out.push(n.getText(sf).slice(0, 60));
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

test.each(['src/parse/tree.ts', 'src/parse/records.ts'])('%s decides from marks and parsed clauses only: no regular expression in it', (file) => {
  const found = files.find((f) => f.file === file);
  expect(found).toBeDefined();
  expect(allRegexes(found!.sf)).toEqual([]);
});

test('no module-level regular expression keeps state (flag g or y)', () => {
  const offending = files.flatMap(({ file, sf }) => moduleLevelRegexes(sf).filter((r) => /[gy]/.test(r.flags)).map((r) => `${file}: ${r.text.slice(0, 60)}`));
  expect(offending).toEqual([]);
});

test.each([
  ['src/parse/lexicon', ['src/parse/lexicon'], 'imports nothing but itself'],
  ['src/model', ['src/model'], 'imports nothing but the model'],
  ['src/parse/extract', ['src/model', 'src/parse/lexicon', 'src/parse/extract', 'src/parse/markers.ts', 'src/parse/chars.ts', 'src/parse/regex.ts'], 'imports only the model, the lexicon and the shared grammar'],
  ['src/parse', ['src/model', 'src/parse'], 'imports nothing from the CLI, the checker or the exports'],
])('%s %s', (dir, allowed, _why) => {
  const bad = files
    .filter(({ file }) => file.startsWith(dir + '/') || file === dir + '.ts')
    .flatMap(({ file, sf }) => importsOf(file, sf).filter((p) => !allowed.some((a) => p === a || p.startsWith(a + '/'))).map((p) => `${file} → ${p}`));
  expect(bad).toEqual([]);
});

test('the CLI reaches the parser only through parse-source', () => {
  const bad = files
    .filter(({ file }) => file.startsWith('src/cli/'))
    .flatMap(({ file, sf }) => importsOf(file, sf).filter((p) => p.startsWith('src/parse/') && p !== 'src/parse/parse-source.ts').map((p) => `${file} → ${p}`));
  expect(bad).toEqual([]);
});
