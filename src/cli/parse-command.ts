/** `policy-check parse`: notices in, task records out. */
import type { ParsedDocument } from '../model/notice.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { EncodingName } from '../parse/parse-source.js';
import { diagnosticMessage, severityWord, type Lang } from '../i18n.js';
import { oneLine } from '../export/safe.js';
import { asInputError, displayName, emitOrReport, type Io, type Output, outputWidth, reportError, STDIN } from './io.js';
import { withoutIgnored } from './ignore.js';
import { loadNotice, uniqueIds } from './load-notice.js';
import { colorEnabled, paintFor, type Paint } from './color.js';
import { registriesOrReport } from './registry-loader.js';
import { binaryToTerminal, expandInputs, outputIsInput, sameFileTwice } from './inputs.js';
import type { InputFormat } from '../parse/parse-source.js';
import { TOOL } from './version.js';

export type ParseFormat = 'table' | 'json' | 'csv' | 'xlsx' | 'md' | 'sarif' | 'gitlab';

export interface ParseCommandOptions {
  /** The first (often the only) format and its output. */
  format: ParseFormat;
  output?: string | undefined;
  /** Every format of the run with its output (undefined: standard output); default the one above. */
  outputs?: { format: ParseFormat; output: string | undefined }[] | undefined;
  encoding: EncodingName;
  outputEncoding: 'utf-8' | 'gb18030';
  bom: boolean;
  id?: string | undefined;
  lang: Lang;
  color?: boolean | undefined;
  quiet?: boolean | undefined;
  verbose?: boolean | undefined;
  failOn?: 'warning' | 'none' | undefined;
  registry?: string[] | undefined;
  inputFormat?: InputFormat | undefined;
  /** Notice files to leave out (.gitignore syntax), relative to ignoreBase (default the working folder). */
  ignorePattern?: string[] | undefined;
  ignoreBase?: string | undefined;
  /** The name standard input stands for: its id, its format by extension, and the name in the output. */
  stdinFilename?: string | undefined;
  /** The folder of the config file in use: SARIF and GitLab paths are relative to it (else to the working folder). */
  configBase?: string | undefined;
}

/** Formats a script reads: written (empty) to standard output even when no notice could be read. */
const MACHINE_FORMATS: ReadonlySet<ParseFormat> = new Set(['json', 'csv', 'xlsx', 'sarif', 'gitlab']);

export function formatDiagnostic(file: string, d: Diagnostic, lang: Lang, paint: Paint): string {
  // in a PDF a place is a page and a line on it: p.3:12
  const page = (d as { source?: { page?: number } }).source?.page;
  const where = page !== undefined ? `${displayName(file)}:p.${page}:${d.line}` : [displayName(file), d.line, d.column].filter((x) => x !== undefined).join(':');
  const sev = severityWord(lang, d.severity);
  const colored = d.severity === 'error' ? paint.red(sev) : d.severity === 'warning' ? paint.yellow(sev) : paint.dim(sev);
  // the file name and the quoted text come from the input: control characters never reach the terminal raw
  return `${oneLine(where)}: ${colored}: ${oneLine(diagnosticMessage(d, lang))} [${d.code}]`;
}

/** Lines of one code printed per file; the rest are counted (JSON keeps them all). */
export const MAX_LINES_PER_CODE = 20;

export function printDiagnostics(io: Io, doc: ParsedDocument, opts: Pick<ParseCommandOptions, 'lang' | 'quiet' | 'verbose'>, paint: Paint): void {
  if (opts.quiet) return;
  const printed = new Map<string, number>();
  for (const d of doc.diagnostics) {
    if (d.severity === 'info' && !opts.verbose) continue;
    const n = (printed.get(d.code) ?? 0) + 1;
    printed.set(d.code, n);
    if (n <= MAX_LINES_PER_CODE) io.stderr.write(formatDiagnostic(doc.file, d, opts.lang, paint) + '\n');
  }
  for (const [code, n] of printed) {
    if (n <= MAX_LINES_PER_CODE) continue;
    const more = n - MAX_LINES_PER_CODE;
    io.stderr.write(`${oneLine(displayName(doc.file))}: ${opts.lang === 'zh' ? `另有 ${more} 条 ${code} 未列出（--format json 中有全部）` : `${more} more ${code} not shown (--format json has them all)`}\n`);
  }
}

async function render(docs: ParsedDocument[], opts: ParseCommandOptions, io: Io): Promise<Output> {
  const formats = await import('../export/parse-formats.js');
  switch (opts.format) {
    case 'json':
      return formats.jsonChunks(docs, opts.lang);
    case 'csv': {
      const { encodeCsv } = await import('../export/csv.js');
      return encodeCsv(formats.toCsv(docs), { bom: opts.bom, encoding: opts.outputEncoding });
    }
    case 'xlsx':
      return formats.toXlsx(docs, opts.lang);
    case 'md':
      return formats.toMarkdown(docs, opts.lang);
    case 'sarif':
    case 'gitlab': {
      const [{ ciOutput }, { DIAGNOSTIC_CODES }] = await Promise.all([import('../export/ci-formats.js'), import('../model/codes.js')]);
      return ciOutput(opts.format, formats.ciIssues(docs, opts.lang), { cwd: io.cwd, root: opts.configBase ?? io.cwd }, Object.keys(DIAGNOSTIC_CODES), TOOL, opts.lang);
    }
    default: {
      const toFile = opts.output !== undefined;
      const paint = await paintFor(!toFile && colorEnabled(opts.color, io.env, io.stdout));
      const width = outputWidth(io, toFile);
      return (await import('../export/parse-table.js')).toTable(docs, opts.lang, width, { header: paint.bold, dim: paint.dim, title: (s) => paint.bold(paint.cyan(s)) });
    }
  }
}


export async function runParse(paths: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  const specs = opts.outputs ?? [{ format: opts.format, output: opts.output }];
  if (specs.some((s) => binaryToTerminal(s.format, s.output, io, opts.lang)) || sameFileTwice(specs, io, opts.lang)) return 2;
  const expanded = await expandInputs(paths, io, opts.lang);
  if (opts.stdinFilename !== undefined && !expanded.files.includes(STDIN)) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'stdin-filename-without-stdin' });
    return 2;
  }
  const files = withoutIgnored(expanded.files, paths, opts, io);
  if (expanded.files.length && !files.length) {
    reportError(io, opts.lang, null, 'all-ignored', { count: expanded.files.length });
    return 2;
  }
  if (specs.some((s) => outputIsInput(s.output, files, io, opts.lang))) return 2;
  if (opts.id !== undefined && files.length !== 1) {
    reportError(io, opts.lang, null, 'id-needs-one-file');
    return 2;
  }
  const paint = await paintFor(colorEnabled(opts.color, io.env, io.stderr));
  const registries = await registriesOrReport(opts.registry, io, opts.lang);
  if (!registries) return 2;
  const docs: ParsedDocument[] = [];
  let failed = expanded.bad;
  for (const file of files) {
    try {
      const doc = await loadNotice(file, io, { encoding: opts.encoding, id: opts.id, registries, inputFormat: opts.inputFormat, stdinName: opts.stdinFilename });
      docs.push(doc);
      printDiagnostics(io, doc, opts, paint);
    } catch (e) {
      const err = asInputError(e);
      reportError(io, opts.lang, file, err.code, err.params);
      failed = true;
    }
  }
  uniqueIds(docs, io, opts.lang);
  // an empty JSON or CSV on standard output tells a script there was nothing; an existing -o file is left alone
  let written = true;
  for (const spec of specs) {
    if (!docs.length && (spec.output !== undefined || !MACHINE_FORMATS.has(spec.format))) continue;
    written = (await emitOrReport(io, opts.lang, render(docs, { ...opts, ...spec }, io), spec.output)) && written;
  }
  if (!written || failed) return 2;
  // for CI: a notice that parsed with warnings (no tasks, encoding damage …) can fail the job
  return opts.failOn === 'warning' && docs.some((d) => d.diagnostics.some((x) => x.severity !== 'info')) ? 1 : 0;
}
