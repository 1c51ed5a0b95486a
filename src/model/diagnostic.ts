/**
 * The one diagnostic model shared by parsing, checking and the CLI.
 * The core creates diagnostics with a code and parameters; the edge renders
 * the message in the user's language (see src/i18n.ts).
 */
import { type DiagnosticCode, severityOf } from './codes.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `encoding-damage`. */
  code: string;
  /** Parameters used to render the message. */
  params: Record<string, string | number>;
  /** 1-based line in the source, when known. */
  line?: number;
  /** 1-based column (UTF-16 code units) in the source line, when known. */
  column?: number;
  /** Where in an HTML, Markdown or Word source the line came from (paragraph, table row and cell, element). */
  source?: object;
}

/** A diagnostic with the severity the code table gives its code. */
export function diag(code: DiagnosticCode, params: Record<string, string | number> = {}, line?: number, column?: number): Diagnostic {
  const d: Diagnostic = { severity: severityOf(code), code, params };
  if (line !== undefined) d.line = line;
  if (column !== undefined) d.column = column;
  return d;
}

/** Sorts diagnostics by position, keeping the original order for ties. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map((x) => x.d);
}

export { DIAGNOSTIC_CODES } from './codes.js';
