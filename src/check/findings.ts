/**
 * Findings of `check`: the project's one diagnostic model (src/model/diagnostic)
 * with the report file and the unit, notice, period and task they concern.
 */
import type { Diagnostic, Severity } from '../model/diagnostic.js';

export interface Finding extends Diagnostic {
  file: string | null;
  unit: string | null;
  document: string | null;
  period: string | null;
  task: string | null;
  title: string | null;
  /** Line of the task in the notice. */
  noticeLine: number | null;
  /** In a workbook report: the sheet (none for a CSV file) and the cell (E7). */
  sheet?: string;
  cell?: string;
}

export type FindingFields = Partial<Pick<Finding, 'file' | 'unit' | 'document' | 'period' | 'task' | 'title' | 'noticeLine' | 'line' | 'column' | 'sheet' | 'cell'>>;

/** A finding with the severity the code table gives its code, unless `severity` says otherwise. */
export function finding(code: FindingCode, params: Record<string, string | number>, fields: FindingFields, severity: Severity = severityOf(code)): Finding {
  return {
    severity,
    code,
    params,
    file: fields.file ?? null,
    unit: fields.unit ?? null,
    document: fields.document ?? null,
    period: fields.period ?? null,
    task: fields.task ?? null,
    title: fields.title ?? null,
    noticeLine: fields.noticeLine ?? null,
    ...(fields.line !== undefined ? { line: fields.line } : {}),
    ...(fields.column !== undefined ? { column: fields.column } : {}),
    ...(fields.sheet !== undefined ? { sheet: fields.sheet } : {}),
    ...(fields.cell !== undefined ? { cell: fields.cell } : {}),
  };
}

export { FINDING_CODES, type FindingCode } from '../model/codes.js';
import { type FindingCode, severityOf } from '../model/codes.js';

