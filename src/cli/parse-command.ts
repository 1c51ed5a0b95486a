/** `policy-check parse`: notices in, task records out. */
import type { ParsedDocument } from '../core/model.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { EncodingName } from '../text/decode.js';
import { diagnosticMessage, severityWord, type Lang } from '../i18n.js';
import { asInputError, displayName, emitOrReport, type Io, type Output, reportError } from './io.js';
import { loadNotice } from './load-notice.js';
import { colorEnabled, paintFor, type Paint } from './color.js';
import { registriesOrReport } from './registry-loader.js';
import type { InputFormat } from '../formats/source.js';

export type ParseFormat = 'table' | 'json' | 'csv' | 'md';

export interface ParseCommandOptions {
  format: ParseFormat;
  output?: string;
  encoding: EncodingName;
  outputEncoding: 'utf-8' | 'gb18030';
  bom: boolean;
  id?: string;
  lang: Lang;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  registry?: string[];
  inputFormat?: InputFormat;
}

export function formatDiagnostic(file: string, d: Diagnostic, lang: Lang, paint: Paint): string {
  const where = [displayName(file), d.line, d.column].filter((x) => x !== undefined).join(':');
  const sev = severityWord(lang, d.severity);
  const colored = d.severity === 'error' ? paint.red(sev) : d.severity === 'warning' ? paint.yellow(sev) : paint.dim(sev);
  return `${where}: ${colored}: ${diagnosticMessage(d, lang)} [${d.code}]`;
}

export function printDiagnostics(io: Io, doc: ParsedDocument, opts: { lang: Lang; quiet?: boolean; verbose?: boolean }, paint: Paint): void {
  if (opts.quiet) return;
  for (const d of doc.diagnostics) {
    if (d.severity === 'info' && !opts.verbose) continue;
    io.stderr.write(formatDiagnostic(doc.file, d, opts.lang, paint) + '\n');
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
    case 'md':
      return formats.toMarkdown(docs, opts.lang);
    default: {
      const toFile = opts.output !== undefined;
      const paint = await paintFor(!toFile && colorEnabled(opts.color, io.env, io.stdout));
      const width = !toFile && io.stdout.isTTY ? io.stdout.columns || 100 : null;
      return formats.toTable(docs, opts.lang, width, { header: paint.bold, dim: paint.dim, title: (s) => paint.bold(paint.cyan(s)) });
    }
  }
}

export async function runParse(files: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  if (opts.id !== undefined && files.length !== 1) {
    reportError(io, opts.lang, null, 'id-needs-one-file');
    return 2;
  }
  const paint = await paintFor(colorEnabled(opts.color, io.env, io.stderr));
  const registries = await registriesOrReport(opts.registry, io, opts.lang);
  if (!registries) return 2;
  const docs: ParsedDocument[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const doc = await loadNotice(file, io, { encoding: opts.encoding, id: opts.id, registries, inputFormat: opts.inputFormat });
      docs.push(doc);
      printDiagnostics(io, doc, opts, paint);
    } catch (e) {
      const err = asInputError(e);
      reportError(io, opts.lang, file, err.code, err.params);
      failed = true;
    }
  }
  if (docs.length || opts.format === 'json' || opts.format === 'csv') {
    if (!(await emitOrReport(io, opts.lang, render(docs, opts, io), opts.output))) return 2;
  }
  return failed ? 2 : 0;
}
