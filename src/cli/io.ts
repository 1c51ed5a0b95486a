/**
 * The edge: reading inputs, writing outputs atomically, and the one-line
 * error report. Everything that touches the file system or the process
 * goes through here (or through the Io object given to main()).
 */
import type { Reason } from '../model/codes.js';
import { open, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { closeSync, createReadStream, fstatSync, openSync, readSync, rmSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { message, type Lang } from '../i18n.js';
import { oneLine } from '../export/safe.js';

export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  /** Standard input, read up to `limit` bytes and one more (so that the caller can tell it was longer), then no further. */
  readStdin(limit: number): Promise<Buffer>;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** An input or output problem reported as one line, exit code 2. */
export class InputError extends Error {
  constructor(
    public code: string,
    public params: Record<string, string | number> = {},
    /** The file the problem is about, when the line should name it. */
    public file: string | null = null,
  ) {
    super(code);
  }
}

/** Operating-system errors in words, as reason codes of the code table, for reads and writes alike. */
export const OS_REASONS: Record<string, Reason> = {
  EEXIST: 'name-taken',
  EBUSY: 'file-busy',
  EMFILE: 'too-many-open-files',
  ENFILE: 'too-many-open-files',
  EIO: 'io-error',
  ELOOP: 'link-loop',
  ENXIO: 'no-such-device',
  ENAMETOOLONG: 'name-too-long',
  ENOSPC: 'disk-full',
};

/** Why a write failed, as a reason code of the code table (an unknown system error is shown as its code). */
const WRITE_REASONS: Record<string, Reason> = {
  ...OS_REASONS,
  ENOENT: 'no-such-folder',
  ENOTDIR: 'no-such-folder',
  EACCES: 'no-write-permission',
  EPERM: 'no-write-permission',
  EISDIR: 'is-a-directory',
  ENOSPC: 'disk-full',
  EROFS: 'read-only-file-system',
  EREADONLY: 'read-only-file',
  EDQUOT: 'disk-quota-exceeded',
  ENAMETOOLONG: 'name-too-long',
};

/** A write failure as the one line users see: `policy-check: out.csv: cannot write: the folder does not exist`. */
export function writeError(path: string, e: unknown): InputError {
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? err.message;
  return new InputError('write-error', { reason: WRITE_REASONS[code] ?? code }, path);
}

export const STDIN = '-';

/**
 * The width tables and long lines are fitted to: the terminal's, or COLUMNS
 * when the output is piped (as `COLUMNS=100 policy-check … | less`); null
 * when written to a file or piped without COLUMNS (no wrapping then).
 */
export function outputWidth(io: Io, toFile: boolean): number | null {
  if (toFile) return null;
  if (io.stdout.isTTY) return io.stdout.columns || 80;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns >= 20 ? columns : null;
}
/** Inputs larger than this are refused rather than parsed. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export function displayName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

/** A file-system error as the one line users see (no such file, a directory, permission denied …). */
export function fsError(e: unknown): InputError {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return new InputError('file-not-found');
    case 'EISDIR':
      return new InputError('is-directory');
    case 'EACCES':
    case 'EPERM':
      return new InputError('permission-denied');
    default:
      return new InputError('read-error', { reason: (err.code && OS_REASONS[err.code]) || (err.code ?? err.message) });
  }
}

/**
 * A notice's bytes: a regular file up to the size limit, a pipe (standard
 * input, a FIFO) read up to the same limit and no further; a device
 * (/dev/zero, a terminal) is refused, since it may never end.
 */
export async function readInput(path: string, io: Io): Promise<Buffer> {
  const tooLarge = (size: string) => new InputError('too-large', { size, limit: formatBytes(MAX_INPUT_BYTES) });
  if (path === STDIN) {
    if (io.stdinIsTTY) throw new InputError('stdin-tty');
    const bytes = await io.readStdin(MAX_INPUT_BYTES);
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(`> ${formatBytes(MAX_INPUT_BYTES)}`);
    return bytes;
  }
  const full = resolve(io.cwd, path);
  let st: Stats;
  try {
    st = await stat(full);
    if (st.isDirectory()) throw new InputError('is-directory');
    if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket()) throw new InputError('not-a-file');
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fsError(e);
  }
  if (st.size > MAX_INPUT_BYTES) throw tooLarge(formatBytes(st.size));
  try {
    if (!st.isFIFO()) return await readFile(full);
    const bytes = await readCapped(createReadStream(full), MAX_INPUT_BYTES);
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(`> ${formatBytes(MAX_INPUT_BYTES)}`);
    return bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw fsError(e);
  }
}

/** A file's identity (device and inode), the same for every link to it; null where the system gives no inode. */
export function fileIdentity(st: Stats): string | null {
  return st.ino ? `${st.dev}:${st.ino}` : null;
}

/** What a file holds, read at once: its bytes (and the file's identity), or why they were not read. */
export type FileRead =
  | { kind: 'bytes'; bytes: Buffer; identity: string | null; stamp: string }
  | { kind: 'directory' }
  | { kind: 'device' }
  | { kind: 'too-large'; size: number };

/** Read a chunk at a time where the size is not known beforehand (a pipe; a file that says it is empty may not be: /proc). */
const UNKNOWN_SIZE_CHUNK = 64 * 1024;

/**
 * A file's bytes up to `limit` (and one more, if there are more), with one open, one fstat and reads on the
 * descriptor: a stat before readFileSync asks the file system for the file twice, which counts when a check reads
 * thousands of reports. A named pipe is read as it comes, up to the limit (the open waits for a writer, as `cat`
 * does); a device or socket may never end and is not read. Other errors of open and read are thrown as they come.
 */
export function readFileOnce(full: string, limit: number, lent?: ReadBuffer): FileRead {
  let fd: number;
  try {
    fd = openSync(full, 'r');
  } catch (e) {
    // a socket cannot be opened at all
    if ((e as NodeJS.ErrnoException).code === 'ENXIO') return { kind: 'device' };
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { kind: 'directory' };
    if (st.isCharacterDevice() || st.isBlockDevice() || st.isSocket()) return { kind: 'device' };
    if (st.size > limit) return { kind: 'too-large', size: st.size };
    const bytes = st.size && !st.isFIFO() ? readKnownSize(fd, st.size, lent?.take(st.size)) : readToEnd(fd, limit);
    return { kind: 'bytes', bytes, identity: fileIdentity(st), stamp: `${st.size}:${st.mtimeMs}:${st.ctimeMs}` };
  } finally {
    closeSync(fd);
  }
}

/**
 * A buffer lent to each read in turn, for bytes that are decoded at once and not kept: a fresh buffer for every one of
 * thousands of reports costs an allocation outside the heap (and the pages' first touch) each time. The next read
 * overwrites what the last one gave.
 */
export class ReadBuffer {
  private buffer = Buffer.allocUnsafeSlow(64 * 1024);
  /** A buffer of at least `size` bytes. */
  take(size: number): Buffer {
    if (size > this.buffer.length) this.buffer = Buffer.allocUnsafeSlow(Math.max(size, this.buffer.length * 2));
    return this.buffer;
  }
}

/** `size` bytes, or fewer if the file was cut meanwhile (into `target`, when lent one). */
function readKnownSize(fd: number, size: number, target?: Buffer): Buffer {
  // not from the shared pool: a caller may keep the bytes, and a pooled slice would keep the pool's 8 KB with it
  const bytes = target ?? Buffer.allocUnsafeSlow(size);
  let got = 0;
  for (let n = 1; got < size && n > 0; got += n) n = readSync(fd, bytes, got, size - got, null);
  return bytes.subarray(0, got);
}

/** The bytes up to the end, or `limit` and one more. */
function readToEnd(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(UNKNOWN_SIZE_CHUNK);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    size += n;
    if (size > limit) break;
  }
  return Buffer.concat(chunks, size).subarray(0, limit + 1);
}

/** A stream's bytes up to `limit` and one more, then no further (the stream is closed). */
export async function readCapped(stream: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks, size).subarray(0, limit + 1);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** Output: one string or buffer, or a sequence of chunks (large JSON is written as it is produced). */
export type Output = string | Uint8Array | Iterable<string | Uint8Array>;

/** Output is written in blocks of this many bytes. */
const BLOCK = 1 << 20;

/**
 * Encodes chunks as UTF-8 straight into blocks of 1 MB, so that large outputs take few system calls and no buffer
 * per chunk; a string that may not fit the rest of a block (3 bytes a UTF-16 unit at most) starts a new one, and one
 * larger than a block is a block of its own. `reuse`: the consumer is done with a block when it asks for the next
 * (a file written with await), and one block serves throughout; otherwise each block is new, as a stream may still
 * hold the last (a large output's blocks would be garbage outside the heap, tens of MB before a collection).
 */
function* chunks(data: Output, reuse = false): Generator<Uint8Array> {
  if (typeof data === 'string') {
    yield Buffer.from(data, 'utf8');
    return;
  }
  if (data instanceof Uint8Array) {
    yield data;
    return;
  }
  let block = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  for (const chunk of data) {
    const fits = typeof chunk === 'string' && chunk.length * 3 <= BLOCK - used;
    if (!fits && used) {
      yield block.subarray(0, used);
      if (!reuse) block = Buffer.allocUnsafe(BLOCK);
      used = 0;
    }
    if (typeof chunk !== 'string') yield chunk;
    else if (chunk.length * 3 > BLOCK) yield Buffer.from(chunk, 'utf8');
    else used += block.write(chunk, used, 'utf8');
  }
  if (used) yield block.subarray(0, used);
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a
 * rename. A link is followed and its target replaced (the link stays); a
 * target that is not a regular file (/dev/null, a FIFO, a terminal) is
 * written straight to, as any tool would.
 */
export async function writeAtomic(path: string, data: Output, cwd: string): Promise<void> {
  const given = resolve(cwd, path);
  const failed = (e: unknown) => writeError(path, e);
  const existing = await stat(given).catch(() => null);
  if (existing && !existing.isFile()) {
    if (existing.isDirectory()) throw failed(Object.assign(new Error(), { code: 'EISDIR' }));
    try {
      await writeChunks(given, 'w', undefined, data);
      return;
    } catch (e) {
      throw failed(e);
    }
  }
  // a read-only file is not replaced, as cp refuses without -f
  if (existing && (existing.mode & 0o222) === 0) throw failed(Object.assign(new Error(), { code: 'EREADONLY' }));
  const full = existing ? await realpath(given) : given;
  // a short name whatever the output's (a long output name would make it too long for the file system)
  const tmp = join(dirname(full), `${TMP_PREFIX}${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await removeStaleTemporaries(dirname(full));
  pending.add(tmp);
  removeOnSignal();
  try {
    // an existing file keeps its permissions (set after opening: the umask would narrow them)
    await writeChunks(tmp, 'wx', existing ? existing.mode & 0o777 : undefined, data);
    await rename(tmp, full);
  } catch (e) {
    await rm(tmp, { force: true });
    throw failed(e);
  } finally {
    pending.delete(tmp);
  }
}

/** Temporary files are named `.policy-check-PID-….tmp` in the output's folder. */
const TMP_PREFIX = '.policy-check-';
const TMP_NAME = /^\.policy-check-(\d+)-[0-9a-z]+\.tmp$/;
/** Temporary files this process is writing, removed if it is killed. */
const pending = new Set<string>();
let signalsHandled = false;

/** On SIGINT or SIGTERM, the temporary files being written are removed, then the signal takes its course. */
function removeOnSignal(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const tmp of pending) rmSync(tmp, { force: true });
      process.kill(process.pid, signal);
    });
  }
}

/** Temporary files of ours left in a folder by a run that was killed (its process is gone): removed. */
async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TMP_NAME.exec(name)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) await rm(join(dir, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, owned by someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function writeChunks(path: string, flags: string, mode: number | undefined, data: Output): Promise<void> {
  const fh = await open(path, flags, mode ?? 0o644);
  try {
    if (mode !== undefined) await fh.chmod(mode);
    for (const chunk of chunks(data, true)) await fh.write(chunk);
  } finally {
    await fh.close();
  }
}

/** Writes output to a file (atomically) or to standard output (no -o, or -o -). */
export async function emit(io: Io, data: Output, output: string | undefined): Promise<void> {
  if (output !== undefined && output !== STDIN) return writeAtomic(output, data, io.cwd);
  for (const chunk of chunks(data)) io.stdout.write(chunk);
}

/** Any failure while handling one file becomes that file's one error line, so that the run goes on. */
export function asInputError(e: unknown): InputError {
  if (e instanceof InputError) return e;
  const err = e as Error | undefined;
  return new InputError('internal-error', { reason: err?.message ?? String(e) });
}

/** Writes the output (atomically with -o); a failure is one error line. Returns false when it failed. */
export async function emitOrReport(io: Io, lang: Lang, data: Output | Promise<Output>, output: string | undefined): Promise<boolean> {
  try {
    await emit(io, await data, output);
    return true;
  } catch (e) {
    const err = asInputError(e);
    reportError(io, lang, err.file, err.code, err.params);
    return false;
  }
}

/** The one line for a bad input: `policy-check: FILE: problem`. */
export function reportError(io: Io, lang: Lang, file: string | null, code: string, params: Record<string, string | number> = {}): void {
  const where = file === null ? '' : `${displayName(file)}: `;
  // a file name or a value from a notice or report may hold control characters: never raw on the terminal
  io.stderr.write(`policy-check: ${oneLine(`${where}${message(lang, code, params)}`)}\n`);
}
