/** Test helpers: run the CLI in-process with a fake Io, and read fixtures. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { parseNotice } from '../src/parse/parse-notice.js';

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
    stdout: { write: (c) => out.push(Buffer.from(c)), isTTY: opts.tty ?? false, ...(opts.columns === undefined ? {} : { columns: opts.columns }) },
    stderr: { write: (c) => err.push(Buffer.from(c)), isTTY: false },
    readStdin: async (limit: number) => (opts.stdin === undefined ? Buffer.alloc(0) : Buffer.from(opts.stdin).subarray(0, limit + 1)),
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

/** The element at `i`, failing the test with a clear message when there is none. */
export function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no element ${i}: the list has ${xs.length}`);
  return x;
}

/** Names of a task's units. */
export function unitNames(task: { units: { name: string }[] }): string[] {
  return task.units.map((u) => u.name);
}

export interface ExpectedTask {
  id: string;
  number?: string[];
  title?: string;
  units?: ({ name: string; role?: string } | string)[];
  openEnded?: boolean;
  deadline?: string | null;
  notes?: string[];
}

export interface Expected {
  description: string;
  metadata?: Record<string, unknown>;
  taskCount?: number;
  tasks?: ExpectedTask[];
  diagnostics?: { code: string; line?: number; column?: number }[];
}

interface TaskLike {
  id: string;
  number: string[];
  title: string;
  units: { name: string; role: string }[];
  openEnded: boolean;
  deadline: string | null;
  notes?: string[];
}

/** Compares parsed tasks with an expected-records file: only the keys the file gives. */
export function expectTasks(doc: { tasks: TaskLike[] }, expected: Expected): void {
  if (expected.taskCount !== undefined) expect(doc.tasks.map((t) => t.id)).toHaveLength(expected.taskCount);
  for (const want of expected.tasks ?? []) {
    const t = doc.tasks.find((x) => x.id === want.id);
    expect([want.id, t ? 'found' : 'missing', doc.tasks.map((x) => x.id).join(' ')]).toEqual([want.id, 'found', expect.any(String)]);
    const got: Record<string, unknown> = { id: t!.id };
    if (want.number) got.number = t!.number;
    if (want.title !== undefined) got.title = t!.title;
    if (want.units) {
      got.units = want.units.map((u, i) => {
        const actual = t!.units[i];
        if (typeof u === 'string') return actual?.name;
        return u.role ? { name: actual?.name, role: actual?.role } : { name: actual?.name };
      });
      got.unitCount = t!.units.length;
    }
    if (want.openEnded !== undefined) got.openEnded = t!.openEnded;
    if (want.deadline !== undefined) got.deadline = t!.deadline;
    if (want.notes !== undefined) got.notes = t!.notes;
    const wanted: Record<string, unknown> = { ...want };
    if (want.units) wanted.unitCount = want.units.length;
    expect(got).toEqual(wanted);
  }
}

const temps: string[] = [];

/** A temporary folder, removed after the test file (call `afterAll(removeTemps)`). */
export function makeTemp(prefix = 'pc-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * A bad input parsed beside a good notice: exit 2, one error line naming the
 * file and the problem, no stack trace, and the good notice still in the output.
 */
export async function expectOneBadLine(name: string, bytes: Buffer, problem: string): Promise<void> {
  const { writeFileSync } = await import('node:fs');
  const bad = join(makeTemp('pc-bad-'), name);
  writeFileSync(bad, bytes);
  const r = await runCli(['parse', bad, join(SEEDS, 'fujian-2017-48-industry-university-research.txt'), '-f', 'json']);
  expect(r.code).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l.startsWith('policy-check:'));
  expect(lines).toEqual([expect.stringContaining(`${bad}: ${problem}`)]);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(JSON.parse(r.stdout).documents).toHaveLength(1);
}
