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
}

export type FindingFields = Partial<Pick<Finding, 'file' | 'unit' | 'document' | 'period' | 'task' | 'title' | 'noticeLine' | 'line' | 'column'>>;

export function finding(severity: Severity, code: string, params: Record<string, string | number>, fields: FindingFields): Finding {
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
  };
}

/** Every finding code and its usual severity (the README's table lists the same codes; a test checks it). */
export const FINDING_CODES = {
  'invalid-json': 'error',
  'report-too-large': 'error',
  'too-deep': 'error',
  'schema-violation': 'error',
  'unknown-document': 'error',
  'unknown-unit': 'error',
  'collective-unit': 'error',
  'unknown-task': 'error',
  'duplicate-task': 'error',
  'missing-task': 'error',
  'empty-progress': 'error',
  'no-report': 'error',
  'duplicate-report': 'error',
  'unreadable-report': 'error',
  'unknown-field': 'warning',
  'duplicate-field': 'warning',
  'status-spelling': 'warning',
  'invalid-utf8': 'warning',
  'unassigned-task': 'warning',
  'no-evidence': 'warning',
  blocked: 'warning',
  overdue: 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;
