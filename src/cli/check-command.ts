/** `policy-check check`: progress reports against notices, gaps per unit. */
import type { Params } from '../model/codes.js';
import { readdir, realpath, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { binaryToTerminal, expandGlob, isPattern, outputIdentities, outputIsInput, sameFileTwice } from './inputs.js';
import type { EncodingName } from '../parse/parse-source.js';
import { type Decoded, decodeBuffer, DecodeError } from '../parse/parse-source.js';
import type { Lang } from '../i18n.js';
import { checkReports, type ReportInput } from '../check/check.js';
import { NoticeIndex } from '../check/notice-index.js';
import { periodSpan } from '../check/period.js';
import { loadNotices } from './load-notice.js';
import { isCalendarDate, readReport, type Validate } from '../check/report.js';
import { validateReportSchema } from '../check/schema.js';
import { type FindingCode, finding } from '../check/findings.js';
import { emitOrReport, formatBytes, fsError, type Io, OS_REASONS, type Output, outputWidth, ReadBuffer, readFileOnce, reportError, STDIN } from './io.js';
import { colorEnabled, paintFor } from './color.js';
import type { NoticeNames, TableBook } from '../check/table-report.js';
import type { ParsedDocument } from '../model/notice.js';
import { looksLikeWorkbook, readCsvBook, readXlsxBook, WorkbookError } from '../check/workbook.js';
import { readTableReports } from '../check/table-report.js';
import { displayPath, packageRoot } from './paths.js';
import { TOOL } from './version.js';
import { registriesOrReport } from './registry-loader.js';
import { withoutIgnored } from './ignore.js';
import { hasTraditional, loadToSimplified } from '../parse/parse-source.js';
import type { InputFormat } from '../parse/parse-source.js';
import { compareText } from '../model/order.js';

export type CheckFormat = 'text' | 'json' | 'csv' | 'xlsx' | 'junit' | 'github' | 'md' | 'html' | 'sarif' | 'gitlab';

export interface CheckCommandOptions {
  notice?: string[] | undefined;
  /** The first (often the only) format and its output. */
  format: CheckFormat;
  output?: string | undefined;
  /** Every format of the run with its output (undefined: standard output); default the one above. */
  outputs?: { format: CheckFormat; output: string | undefined }[] | undefined;
  encoding: EncodingName;
  lang: Lang;
  color?: boolean | undefined;
  failOn: 'error' | 'warning' | 'none';
  /** No warning lines on stderr (a renamed notice id); error lines stay. */
  quiet?: boolean | undefined;
  outputEncoding: 'utf-8' | 'gb18030';
  bom: boolean;
  maxWarnings?: string | undefined;
  period?: string[] | undefined;
  /** Only these units (repeatable). */
  unit?: string[] | undefined;
  asOf?: string | undefined;
  /** Days after a period's end by which its report is due (a whole number, checked here). */
  dueDays?: string | undefined;
  /** Text output: the full listing, every finding with its place. */
  details?: boolean | undefined;
  since?: string | undefined;
  until?: string | undefined;
  registry?: string[] | undefined;
  inputFormat?: InputFormat | undefined;
  /** Report files to leave out (.gitignore syntax), relative to ignoreBase (default the working folder). */
  ignorePattern?: string[] | undefined;
  ignoreBase?: string | undefined;
  /** The name standard input stands for: shown in findings, and its extension says what it is. */
  stdinFilename?: string | undefined;
  /** The folder of the config file in use: SARIF and GitLab paths are relative to it (else to the working folder). */
  configBase?: string | undefined;
}

/** The most days after a period's end a report may be due (ten years). */
export const MAX_DUE_DAYS = 3660;

/** Reports larger than this are not parsed: one finding instead. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024;

/** Today in the machine's time zone (an office in Beijing at 07:00 is already on today's date). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The bundled default: the seed notices and the sample reports. */
export async function defaultInputs(): Promise<{ notices: string[]; reports: string[] }> {
  const root = packageRoot();
  const seeds = (await readdir(join(root, 'seeds'))).filter((f) => f.endsWith('.txt')).sort();
  return { notices: seeds.map((f) => join(root, 'seeds', f)), reports: [join(root, 'fixtures', 'reports')] };
}

/**
 * Report files under the given paths: folders are searched for *.json (not
 * *.schema.json; hidden folders and node_modules skipped). Links are followed
 * (report folders are often assembled from links), each file and folder is
 * taken once by its real path (a link loop ends), and a folder or link that
 * cannot be read is its own error line while the rest is still collected.
 */
async function collectReports(paths: string[], io: Io, lang: Lang): Promise<{ files: string[]; bad: boolean }> {
  const files: string[] = [];
  const seen = new Set<string>();
  let bad = false;
  const fail = (path: string, e: unknown) => {
    const err = fsError(e);
    reportError(io, lang, displayPath(path, io.cwd), err.code, err.params);
    bad = true;
  };
  // real paths: one system call per folder and per link; a plain file's is its folder's plus its name
  const realOf = (full: string) => {
    try {
      return realpathSync(full);
    } catch {
      return full;
    }
  };
  const once = (real: string): boolean => {
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  };
  const isReportName = (name: string) => reportKind(name) !== null;
  const walk = async (dir: string, realDir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      return fail(dir, e);
    }
    for (const e of entries.sort((a, b) => compareText(a.name, b.name))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      let st: { isDirectory(): boolean; isFile(): boolean } = e;
      if (e.isSymbolicLink()) {
        try {
          st = await stat(full);
        } catch (err) {
          // a broken link to a report is a report that cannot be read
          if (isReportName(e.name)) fail(full, err);
          continue;
        }
      }
      const real = e.isSymbolicLink() ? realOf(full) : join(realDir, e.name);
      if (st.isDirectory()) {
        if (once(real)) await walk(full, real);
      } else if (st.isFile() && isReportName(e.name) && once(real)) files.push(full);
    }
  };
  for (const p of paths) {
    if (p === STDIN) {
      // standard input can be read once: a second - is an error line, as parse says it
      if (files.includes(STDIN)) {
        reportError(io, lang, p, 'stdin-twice');
        bad = true;
      } else files.push(STDIN);
      continue;
    }
    const full = resolve(io.cwd, p);
    try {
      const st = await stat(full);
      const real = realOf(full);
      if (!once(real)) continue;
      if (st.isDirectory()) await walk(full, real);
      else files.push(full);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && isPattern(p, io.cwd)) {
        // a pattern the shell did not expand (cmd.exe and PowerShell leave reports\*.json as it is)
        const matched = await expandGlob(p, io.cwd);
        if (!matched.length) {
          reportError(io, lang, p, 'no-match');
          bad = true;
        }
        for (const m of matched) if (once(realOf(m))) files.push(m);
        continue;
      }
      fail(full, e);
    }
  }
  return { files, bad };
}

/** What a report file is by its name: JSON (not a *.schema.json), a workbook (.xlsx; .xlsm; .xls, to say it must be saved as .xlsx) or CSV; null for other files and Excel's lock files (~$报告.xlsx). */
export function reportKind(name: string): 'json' | 'xlsx' | 'csv' | null {
  const lower = name.toLowerCase();
  const base = lower.slice(Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\')) + 1);
  if (base.startsWith('~$')) return null;
  if (lower.endsWith('.json')) return lower.endsWith('.schema.json') ? null : 'json';
  if (/\.(xlsx|xlsm|xls)$/.test(lower)) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/** Why a report file could not be read: a reason code of the code table (an unknown system error as its code). */
function readFailure(e: unknown): Params {
  const code = (e as NodeJS.ErrnoException).code ?? String(e);
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'no-read-permission' };
  if (code === 'ENOENT') return { reason: 'no-such-file' };
  if (code === 'EISDIR') return { reason: 'is-a-directory' };
  return { reason: OS_REASONS[code] ?? code };
}

function decodeFailure(e: DecodeError): Params {
  if (e.code === 'binary-file') {
    const kind = String(e.params.kind ?? '');
    return kind === 'ZIP/Office' ? { reason: 'office-file' } : { reason: 'binary-file', kind };
  }
  return { reason: 'undecodable-text' };
}

/**
 * Reads and checks one report file. Synchronous reads: for many small files
 * they cost far less than a promise and a thread-pool round trip each.
 */
async function readOne(
  full: string,
  shown: string,
  validate: Validate,
  io: Io,
  notices: readonly NoticeNames[],
  stdinName: string | undefined,
  identity: (id: string | null) => void,
): Promise<ReportInput[]> {
  const fail = (code: FindingCode, params: Record<string, string | number>) => [{ file: shown, report: null, findings: [finding(code, params, { file: shown })] }];
  let bytes: Buffer;
  let stamp: string | undefined;
  const tooLarge = (size: string) => fail('report-too-large', { size, limit: formatBytes(MAX_REPORT_BYTES) });
  // a workbook by its name (standard input's by --stdin-filename), or on standard input by its first bytes
  const name = full === STDIN ? stdinName : full;
  const named = name === undefined ? undefined : (reportKind(name) ?? 'json');
  if (full === STDIN) {
    if (io.stdinIsTTY) return fail('unreadable-report', { reason: 'stdin-is-terminal' });
    bytes = await io.readStdin(MAX_REPORT_BYTES);
    if (bytes.length > MAX_REPORT_BYTES) return tooLarge(`> ${formatBytes(MAX_REPORT_BYTES)}`);
  } else {
    try {
      // a text report's bytes are decoded at once and not kept: they go into the buffer lent to every read; a workbook's
      // reader may keep what it is given
      const file = readFileOnce(full, MAX_REPORT_BYTES, named === 'xlsx' ? undefined : LENT);
      // a device (/dev/zero) may never end; a pipe is read up to the limit
      if (file.kind === 'device') return fail('unreadable-report', { reason: 'not-a-file' });
      if (file.kind === 'directory') return fail('unreadable-report', { reason: 'is-a-directory' });
      if (file.kind === 'too-large') return tooLarge(formatBytes(file.size));
      identity(file.identity);
      ({ bytes, stamp } = file);
      if (bytes.length > MAX_REPORT_BYTES) return tooLarge(`> ${formatBytes(MAX_REPORT_BYTES)}`);
    } catch (e) {
      return fail('unreadable-report', readFailure(e));
    }
  }
  const kind = named ?? (looksLikeWorkbook(bytes) ? 'xlsx' : 'json');
  if (kind === 'xlsx') return readBook(() => readXlsxBook(bytes, shown, basename(name ?? '')), shown, validate, notices);
  let decoded;
  try {
    decoded = await decodeBuffer(bytes, 'auto');
  } catch (e) {
    if (e instanceof DecodeError) return e.code === 'empty-file' ? fail(kind === 'csv' ? 'unreadable-report' : 'invalid-json', { reason: 'empty-file' }) : fail('unreadable-report', decodeFailure(e));
    throw e;
  }
  if (kind === 'csv') return readBook(() => readCsvBook(decoded.text, shown, basename(name ?? '')), shown, validate, notices);
  const reread = stamp === undefined ? fromBytes(bytes, decoded) : fromFile(full, stamp, decoded);
  return [{ file: shown, ...readReport(decoded.text, shown, validate, { invalidUtf8: decoded.how === 'damaged-utf-8', ...(reread && { reread }) }) }];
}

/** The buffer lent to the reads of text reports, one after another (readAll reads them in turn). */
const LENT = new ReadBuffer();

/** Whether the bytes decode the same way again without a guess (valid UTF-8, with or without its mark), and from where. */
function plainUtf8(decoded: Decoded): number | null {
  if (decoded.how === 'valid-utf-8') return 0;
  return decoded.encoding === 'utf-8-bom' ? 3 : null;
}

/**
 * How standard input's text is had again from its bytes, kept outside the JavaScript heap: keeping them instead of
 * the text spares the garbage collector a copy.
 */
function fromBytes(bytes: Buffer, decoded: Decoded): (() => string) | undefined {
  const from = plainUtf8(decoded);
  return from === null ? undefined : () => new TextDecoder('utf-8').decode(bytes.subarray(from));
}

/**
 * How a file's text is had again, for the few findings placed after the reading: read anew, while the file is as it
 * was (same size and times); a file changed meanwhile gives no text, and its findings stand at its first line. Thousands
 * of reports then keep neither their text nor their bytes.
 */
export function fromFile(full: string, stamp: string, decoded: Decoded): (() => string) | undefined {
  const from = plainUtf8(decoded);
  if (from === null) return undefined;
  return () => {
    try {
      const again = readFileOnce(full, MAX_REPORT_BYTES);
      return again.kind === 'bytes' && again.stamp === stamp ? new TextDecoder('utf-8').decode(again.bytes.subarray(from)) : '';
    } catch {
      return '';
    }
  };
}

/** A workbook or CSV report: a report per sheet with a table, or one finding for a file that cannot be read. */
async function readBook(read: () => Promise<TableBook>, shown: string, validate: Validate, notices: readonly NoticeNames[]): Promise<ReportInput[]> {
  let book: TableBook;
  try {
    book = await read();
  } catch (e) {
    if (e instanceof WorkbookError) return [{ file: shown, report: null, findings: [finding('unreadable-report', { reason: e.reason, ...e.params }, { file: shown })] }];
    throw e;
  }
  return readTableReports(book, validate, { notices }).map((r) => ({ file: shown, ...r }));
}

/**
 * Findings that mean the file could not be read or parsed at all: each also
 * gets one line on stderr. They are findings about the reports under check
 * (exit 1 by --fail-on, as ESLint treats a file it cannot parse), not a failure
 * of the tool.
 */
const UNREADABLE = new Set(['unreadable-report', 'invalid-json', 'report-too-large', 'too-deep']);

function reportUnreadable(inputs: ReportInput[], io: Io, lang: Lang): void {
  for (const input of inputs) {
    for (const f of input.findings) {
      if (input.report || !UNREADABLE.has(f.code)) continue;
      reportError(io, lang, input.file, f.code, f.params);
    }
  }
}

/** The reports read, and the output (as given) that one of them turned out to be, if any: the run must not write it. */
async function readAll(
  files: string[],
  io: Io,
  validate: Validate,
  notices: readonly NoticeNames[],
  stdinName: string | undefined,
  outputIds: ReadonlyMap<string, string> | null,
): Promise<{ inputs: ReportInput[]; output?: string }> {
  const inputs: ReportInput[] = [];
  let output: string | undefined;
  const identity = (id: string | null) => {
    if (id !== null) output ??= outputIds?.get(id);
  };
  for (const f of files) inputs.push(...(await readOne(f, f === STDIN ? (stdinName ?? '<stdin>') : displayPath(f, io.cwd), validate, io, notices, stdinName, identity)));
  return output === undefined ? { inputs } : { inputs, output };
}

/** The notices of the run as a table report may name them: its label (as the checker labels it) and the names matched in a title row or file name. */
function noticeNames(docs: readonly ParsedDocument[]): NoticeNames[] {
  return docs.map((d) => ({ label: d.docNumber ?? d.id, names: [d.docNumber, d.title, d.id].filter((x): x is string => Boolean(x)) }));
}



/** The same notice named twice (or through a link) is checked once: twice would double every finding. */
async function distinctFiles(paths: string[], cwd: string): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paths) {
    const real = p === STDIN ? p : await realpath(resolve(cwd, p)).catch(() => p);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(p);
  }
  return out;
}

/** Reports signed or addressed in Traditional characters are matched in Simplified (the report keeps what it says). */
async function simplifyNames(inputs: ReportInput[]): Promise<ReportInput[]> {
  if (!inputs.some((i) => i.report && (hasTraditional(i.report.unit) || hasTraditional(i.report.document)))) return inputs;
  const toSimplified = await loadToSimplified();
  return inputs.map((i) => (i.report ? { ...i, report: { ...i.report, unit: toSimplified(i.report.unit), document: toSimplified(i.report.document) } } : i));
}

/** Whether the run is in a CI job: CI set to anything but false or 0 (GitHub Actions, GitLab, Jenkins with the plugin …). */
function isCi(env: Record<string, string | undefined>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** What `check` and `progress` share: the notices and reports read, checked. A number is the exit code of a run that could not start. */
export async function checkInputs(
  paths: string[],
  opts: Omit<CheckCommandOptions, 'format' | 'failOn'>,
  io: Io,
): Promise<number | { result: ReturnType<typeof checkReports>; bad: boolean; noNotice: boolean }> {
  // --since after --until judges nothing: a slip, not a pass
  if (opts.since && opts.until && (periodSpan(opts.since)?.start ?? '') > (periodSpan(opts.until)?.end ?? '')) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'since-after-until', since: opts.since, until: opts.until });
    return 2;
  }
  // a CI job that forgot its report paths must not go green on the bundled samples
  if (!paths.length && isCi(io.env)) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'no-reports-in-ci' });
    return 2;
  }
  if (opts.notice?.length && !paths.length) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'no-reports-named' });
    return 2;
  }
  // the bundled sample reports only with the bundled seeds; reports alone are checked against the seeds
  const defaults = !paths.length || !opts.notice?.length ? await defaultInputs() : null;
  const noticePaths = await distinctFiles(opts.notice?.length ? opts.notice : defaults!.notices, io.cwd);
  const reportPaths = paths.length ? paths : defaults!.reports;

  const registries = await registriesOrReport(opts.registry, io, opts.lang);
  if (!registries) return 2;
  if (opts.stdinFilename !== undefined && !reportPaths.includes(STDIN)) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'stdin-filename-without-stdin' });
    return 2;
  }
  const [notices, found, validate] = await Promise.all([loadNotices(noticePaths, io, { ...opts, registries }), collectReports(reportPaths, io, opts.lang), validateReportSchema]);
  const collected = { ...found, files: withoutIgnored(found.files, reportPaths, opts, io) };
  if (found.files.length && !collected.files.length) {
    reportError(io, opts.lang, null, 'all-ignored', { count: found.files.length });
    return 2;
  }
  if (!collected.files.length && !collected.bad && !opts.period?.length) {
    // nothing to check is not a pass: a CI job pointed at the wrong folder must not go green
    reportError(io, opts.lang, null, 'no-reports', { paths: reportPaths.map((p) => displayPath(p, io.cwd)).join(', ') });
    return 2;
  }
  const targets = opts.outputs?.map((o) => o.output) ?? [opts.output];
  // the reports are compared with the outputs by the identity their reading gives; the notices (and all inputs where the system has no inodes) now
  const outputIds = outputIdentities(targets, io.cwd);
  if (targets.some((t) => outputIsInput(t, outputIds ? noticePaths : [...noticePaths, ...collected.files], io, opts.lang))) return 2;
  // --unit naming no unit of any notice would show nothing and pass: say so, with a did-you-mean
  if (opts.unit?.length && notices.docs.length && unknownUnits(opts.unit, notices.docs, registries, io, opts.lang)) return 2;
  const read = await readAll(collected.files, io, validate, noticeNames(notices.docs), opts.stdinFilename, outputIds);
  if (read.output !== undefined) {
    reportError(io, opts.lang, read.output, 'output-is-input');
    return 2;
  }
  const inputs = await simplifyNames(read.inputs);
  reportUnreadable(inputs, io, opts.lang);
  const result = checkReports(notices.docs, inputs, {
    ...(opts.period ? { periods: opts.period } : {}),
    ...(opts.unit?.length ? { units: opts.unit } : {}),
    asOf: opts.asOf ?? today(),
    ...(opts.dueDays !== undefined ? { dueDays: Number(opts.dueDays) } : {}),
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.until ? { until: opts.until } : {}),
    registries: notices.docs.map((d) => registries.for(d)),
  });

  return { result, bad: notices.bad || collected.bad, noNotice: !notices.docs.length };
}

/** Names given to --unit that no notice knows: an error line each (with a did-you-mean, or a collective's members); true when there is one. */
function unknownUnits(names: string[], docs: readonly ParsedDocument[], registries: { for(d: ParsedDocument): import('../units/registry.js').Registry | undefined }, io: Io, lang: Lang): boolean {
  const notices = docs.map((d) => new NoticeIndex(d, registries.for(d)));
  let bad = false;
  for (const name of names) {
    if (notices.some((n) => n.resolveUnit(name).unit)) continue;
    bad = true;
    const members = notices.map((n) => n.membersOf(name)).find((m) => m);
    if (members) reportError(io, lang, null, 'collective-unit', { written: name, members: members.slice(0, 3).join('、') });
    else reportError(io, lang, null, 'unknown-unit', { written: name, suggestions: notices[0]!.resolveUnit(name).suggestions.join('、') });
  }
  return bad;
}

export async function runCheck(paths: string[], opts: CheckCommandOptions, io: Io): Promise<number> {
  const specs = opts.outputs ?? [{ format: opts.format, output: opts.output }];
  if (specs.some((s) => binaryToTerminal(s.format, s.output, io, opts.lang)) || sameFileTwice(specs, io, opts.lang)) return 2;
  if (opts.maxWarnings !== undefined && !/^\d+$/.test(opts.maxWarnings)) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'max-warnings-not-whole', value: String(opts.maxWarnings) });
    return 2;
  }
  const maxWarnings = opts.maxWarnings === undefined ? Infinity : Number(opts.maxWarnings);
  if (opts.dueDays !== undefined && (!/^\d+$/.test(opts.dueDays) || Number(opts.dueDays) > MAX_DUE_DAYS)) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'due-days-not-whole', value: String(opts.dueDays) });
    return 2;
  }
  if (opts.asOf !== undefined && !isCalendarDate(opts.asOf)) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'as-of-not-date', value: String(opts.asOf) });
    return 2;
  }
  const checked = await checkInputs(paths, opts, io);
  if (typeof checked === 'number') return checked;
  const { result, bad } = checked;

  // a run that could not do its job (no notice read, a report path or folder missing) replaces no -o file:
  // a CI step that uploads the file must not publish a partial result as the whole; standard output still shows it
  const failed = bad || checked.noNotice;
  let written = true;
  // each output on its own: one that cannot be written is its error line, the others are still written
  for (const spec of specs) {
    // no notice read: nothing was checked, and a list of reports naming an unknown notice would only mislead
    if (checked.noNotice || (failed && spec.output !== undefined)) continue;
    written = (await emitOrReport(io, opts.lang, render(result, { ...opts, ...spec }, io), spec.output)) && written;
  }
  if (!written || failed) return 2;
  const s = result.summary;
  const failing = opts.failOn === 'error' ? s.errors > 0 : opts.failOn === 'warning' ? s.errors + s.warnings > 0 : false;
  return failing || s.warnings > maxWarnings ? 1 : 0;
}

async function render(result: ReturnType<typeof checkReports>, opts: CheckCommandOptions, io: Io): Promise<Output> {
  const f = await import('../export/check-formats.js');
  switch (opts.format) {
    case 'json':
      return f.jsonChunks(result, opts.lang);
    case 'csv': {
      const { encodeCsv } = await import('../export/csv.js');
      return encodeCsv(f.toCsv(result, opts.lang), { bom: opts.bom, encoding: opts.outputEncoding });
    }
    case 'xlsx':
      return f.toXlsx(result, opts.lang);
    case 'junit':
      return f.toJunit(result, opts.lang);
    case 'github':
      return f.toGithub(result, opts.lang);
    case 'md':
      return f.toMarkdown(result, opts.lang);
    case 'html':
      return (await import('../export/dashboard.js')).dashboardHtml(result, opts.lang);
    case 'sarif':
    case 'gitlab': {
      const [{ ciOutput }, { FINDING_CODES }] = await Promise.all([import('../export/ci-formats.js'), import('../model/codes.js')]);
      return ciOutput(opts.format, f.ciIssues(result, opts.lang), { cwd: io.cwd, root: opts.configBase ?? io.cwd }, Object.keys(FINDING_CODES), TOOL, opts.lang);
    }
    default: {
      const paint = await paintFor(opts.output === undefined && colorEnabled(opts.color, io.env, io.stdout));
      return (await import('../export/check-text.js')).toText(result, opts.lang, paint, outputWidth(io, opts.output !== undefined && opts.output !== '-'), opts.details ?? false);
    }
  }
}
