/**
 * Input paths as people give them: a pattern the shell did not expand
 * (cmd.exe and PowerShell pass `seeds\*.txt` as it is) is expanded here,
 * standard input is read once, and an output file may not be an input.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { existsSync } from 'node:fs';
import type { Lang } from '../i18n.js';
import { fileIdentity, type Io, reportError, STDIN } from './io.js';

const GLOB_CHARS = /[*?[\]{}]/;

/** Whether a path holds pattern characters (the config's notices and reports are patterns or paths). */
export const hasGlobChars = (path: string): boolean => GLOB_CHARS.test(path);

/** The files a pattern names, sorted (tinyglobby loads only when a pattern is given). */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const posix = sep === '\\' ? pattern.replace(/\\/g, '/') : pattern;
  const found = await glob(posix, { cwd, absolute: true, onlyFiles: true, dot: false });
  return found.map((f) => resolve(f)).sort();
}

/** Whether a path that does not exist should be read as a pattern. */
export function isPattern(path: string, cwd: string): boolean {
  return path !== STDIN && GLOB_CHARS.test(path) && !existsSync(resolve(cwd, path));
}

/**
 * The inputs with patterns expanded. A pattern that matches nothing, and a
 * second `-` (standard input can be read once), are error lines; `bad` says so.
 */
export async function expandInputs(paths: string[], io: Io, lang: Lang): Promise<{ files: string[]; bad: boolean }> {
  const files: string[] = [];
  let bad = false;
  for (const p of paths) {
    if (p === STDIN && files.includes(STDIN)) {
      reportError(io, lang, p, 'stdin-twice');
      bad = true;
    } else if (isPattern(p, io.cwd)) {
      const matched = await expandGlob(p, io.cwd);
      if (!matched.length) {
        reportError(io, lang, p, 'no-match');
        bad = true;
      }
      files.push(...matched);
    } else files.push(p);
  }
  return { files, bad };
}

const real = (path: string, cwd: string) => {
  const full = resolve(cwd, path);
  try {
    return realpathSync(full);
  } catch {
    return full;
  }
};

/** A file's identity (device and inode), the same for every hard link to it; null when it does not exist. */
function fileId(path: string): string | null {
  try {
    return fileIdentity(statSync(path));
  } catch {
    return null;
  }
}

/**
 * The identities of the output files that exist, each with its name as given, for a caller that learns each input's
 * identity as it reads it (a check of thousands of reports then stats no file twice); null when one of them exists
 * on a system that gives no inode, where the inputs are compared by path beforehand (`outputIsInput`).
 */
export function outputIdentities(outputs: readonly (string | undefined)[], cwd: string): Map<string, string> | null {
  const ids = new Map<string, string>();
  for (const output of outputs) {
    if (output === undefined || output === STDIN) continue;
    const target = resolve(cwd, output);
    const id = fileId(target);
    if (id !== null) ids.set(id, output);
    else if (existsSync(target)) return null;
  }
  return ids;
}

/**
 * Refuses `-o FILE` when FILE is one of the inputs: writing it would destroy
 * what was read. A file is known by its identity (device and inode, which
 * `stat` reads through links): the same file by a link or under another name
 * (a hard link) is refused too, with one `stat` per input and none when FILE
 * does not exist yet. Where a system reports no inode, real paths are compared.
 * One error line; true when refused.
 */
export function outputIsInput(output: string | undefined, inputs: string[], io: Io, lang: Lang): boolean {
  if (output === undefined || output === STDIN) return false;
  const target = resolve(io.cwd, output);
  const targetId = fileId(target);
  // by identity where the system gives one; else by real path; an output that does not exist is no input
  const realTarget = targetId === null && existsSync(target) ? real(output, io.cwd) : null;
  const same = (i: string) => i !== STDIN && (targetId !== null ? fileId(resolve(io.cwd, i)) === targetId : real(i, io.cwd) === realTarget);
  if ((targetId === null && realTarget === null) || !inputs.some(same)) return false;
  reportError(io, lang, output, 'output-is-input');
  return true;
}

/** A workbook is not for a terminal: `--format xlsx` needs `-o FILE` or a pipe. One error line; true when refused. */
export function binaryToTerminal(format: string, output: string | undefined, io: Io, lang: Lang): boolean {
  if (format !== 'xlsx' || output !== undefined || !io.stdout.isTTY) return false;
  reportError(io, lang, null, 'usage-error', { reason: 'xlsx-needs-output' });
  return true;
}

/** Two formats of one run written to one file under two spellings (a.json, ./a.json, its absolute path): one would overwrite the other. One error line; true when refused. */
export function sameFileTwice(specs: readonly { output: string | undefined }[], io: Io, lang: Lang): boolean {
  const seen = new Set<string>();
  for (const { output } of specs) {
    if (output === undefined) continue;
    const full = resolve(io.cwd, output);
    if (seen.has(full)) {
      reportError(io, lang, null, 'usage-error', { reason: 'same-output-twice', file: output });
      return true;
    }
    seen.add(full);
  }
  return false;
}
