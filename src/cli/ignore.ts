/**
 * Files left out of a run, in .gitignore's syntax (the `ignore` package, as
 * ESLint reads its ignore files): the `.policycheckignore` of the working
 * folder, the config's `ignorePatterns` (relative to the config file) and
 * `--ignore-pattern` (relative to the working folder; it replaces the
 * config's). A later set decides over an earlier one, so a `!pattern` of
 * --ignore-pattern takes back a file the ignore file leaves out.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import type { Lang } from '../i18n.js';
import { type Io, reportError, STDIN } from './io.js';
import { displayPath } from './paths.js';

/** The ignore file read from the working folder. */
export const IGNORE_FILE = '.policycheckignore';

interface RuleSet {
  base: string;
  rules: Ignore;
}

export interface IgnoreRules {
  /** Whether a file (absolute, or relative to the working folder) is left out. */
  ignores(file: string): boolean;
}

function ruleSet(base: string, patterns: string[]): RuleSet {
  const ignore = createRequire(import.meta.url)('ignore') as typeof import('ignore');
  return { base, rules: ignore({ allowRelativePaths: true }).add(patterns) };
}

/** The rules of a run; null when there are none (nothing to load, nothing to test). */
export function loadIgnore(cwd: string, patterns: readonly string[] | undefined, patternBase: string | undefined): IgnoreRules | null {
  const sets: RuleSet[] = [];
  let fileText: string | null = null;
  try {
    fileText = readFileSync(join(cwd, IGNORE_FILE), 'utf8');
  } catch {
    // no ignore file: nothing left out by it
  }
  if (fileText !== null) sets.push(ruleSet(cwd, fileText.replace(/^\ufeff/, '').split(/\r?\n/)));
  if (patterns?.length) sets.push(ruleSet(patternBase ?? cwd, [...patterns]));
  if (!sets.length) return null;
  return {
    ignores(file: string): boolean {
      const full = resolve(cwd, file);
      let ignored = false;
      for (const { base, rules } of sets) {
        const rel = relative(base, full);
        // a file outside the set's folder is not its business
        if (!rel || rel.startsWith('..') || isAbsolute(rel)) continue;
        const verdict = rules.test(sep === '\\' ? rel.replace(/\\/g, '/') : rel);
        if (verdict.ignored) ignored = true;
        else if (verdict.unignored) ignored = false;
      }
      return ignored;
    },
  };
}

/**
 * The inputs left after the ignore rules. A file named on the command line
 * that a rule leaves out gets a line saying so (as ESLint warns), so that an
 * input is never skipped unnoticed; standard input is never left out.
 */
export function withoutIgnored(files: string[], named: string[], opts: { ignorePattern?: string[] | undefined; ignoreBase?: string | undefined; lang: Lang; quiet?: boolean | undefined }, io: Io): string[] {
  const rules = loadIgnore(io.cwd, opts.ignorePattern, opts.ignoreBase);
  if (!rules) return files;
  const explicit = new Set(named.filter((p) => p !== STDIN).map((p) => resolve(io.cwd, p)));
  return files.filter((f) => {
    if (f === STDIN || !rules.ignores(f)) return true;
    if (explicit.has(resolve(io.cwd, f)) && !opts.quiet) reportError(io, opts.lang, displayPath(f, io.cwd), 'ignored-file');
    return false;
  });
}
