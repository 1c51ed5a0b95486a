/** Test helpers: run the CLI in-process with a fake Io, and read fixtures. */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { parseNotice } from '../src/core/parse.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const SEEDS = join(ROOT, 'seeds');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface CliOptions {
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
  tty?: boolean;
  columns?: number;
}

export async function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const io: Io = {
    stdout: { write: (c) => out.push(Buffer.from(c)), isTTY: opts.tty ?? false, columns: opts.columns },
    stderr: { write: (c) => err.push(Buffer.from(c)), isTTY: false },
    readStdin: async () => (opts.stdin === undefined ? Buffer.alloc(0) : Buffer.from(opts.stdin)),
    stdinIsTTY: opts.stdin === undefined,
    env: { LANG: 'en_US.UTF-8', ...opts.env },
    cwd: opts.cwd ?? ROOT,
  };
  const code = await main(args, io);
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function listFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/** Parses a notice text in-process (Simplified texts only). */
export function parse(text: string, id = 'test') {
  return parseNotice(text, { id, file: `${id}.txt` });
}

/** Names of a task's units. */
export function unitNames(task: { units: { name: string }[] }): string[] {
  return task.units.map((u) => u.name);
}
