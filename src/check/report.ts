/**
 * Reading one progress report (pure): JSON text → a report, with every problem
 * as a finding located at the report's line and column. JSON is parsed with
 * jsonc-parser in strict mode (no comments, no trailing commas) so that each
 * value keeps its offset; schema errors (ajv, JSON Schema 2020-12) are mapped
 * from their JSON pointer to that offset.
 */
import { type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { nestingDepth, pointerPath, Positions } from '../text/json-positions.js';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import { finding, type Finding } from './findings.js';

export type Status = 'not_started' | 'in_progress' | 'completed' | 'blocked';

const STATUS_WORDS: Record<string, Status> = {
  not_started: 'not_started',
  in_progress: 'in_progress',
  completed: 'completed',
  blocked: 'blocked',
  未启动: 'not_started',
  推进中: 'in_progress',
  进行中: 'in_progress',
  已完成: 'completed',
  受阻: 'blocked',
};

export function normaliseStatus(s: string): Status | null {
  return STATUS_WORDS[s.trim()] ?? null;
}

/** Progress text that says nothing: '', 无, 暂无, -, N/A … */
export function isEmptyProgress(s: string | undefined): boolean {
  if (s === undefined) return true;
  const t = s.replace(/[\s\u3000。.，,；;、]+/g, '');
  return /^(|无|暂无|没有|空|略|待补充|待填写|待定|未填|不详|-+|—+|－+|\/|／|N\/?A|n\/?a|none|None|NONE|TBD|tbd|null|\?+|？+)$/.test(t);
}

export interface ReportEntry {
  /** The id as written. */
  id: string;
  /** The task title the reporter copied (ignored, but used for did-you-mean). */
  title?: string;
  status: Status;
  progress?: string;
  evidence?: string[];
  problems?: string;
  nextSteps?: string;
  /** Position of the entry in the report's `tasks` array. */
  index: number;
}

export interface Report {
  file: string;
  unit: string;
  document: string;
  period: string;
  submitted?: string;
  tasks: ReportEntry[];
  /** Position of a value by its path (computed only when a finding needs it). */
  locate(path: (string | number)[]): { line: number; column: number };
}

export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export type Validate = (value: unknown) => SchemaError[];

export const MAX_DEPTH = 64;

const TOP_FIELDS = new Set(['$schema', 'unit', 'document', 'period', 'submitted', 'contact', 'tasks']);
const TASK_FIELDS = new Set(['id', 'title', 'status', 'progress', 'evidence', 'problems', 'nextSteps']);


type Localize = (errors?: SchemaError[] | null) => void;
/** ajv-i18n is CommonJS: its function is the module itself, or its default under some loaders. */
const localizeZh = ((localizeZhModule as unknown as { default?: Localize }).default ?? localizeZhModule) as unknown as Localize;

/** The schema error in English (ajv) and Chinese (ajv-i18n), with the allowed values where there are some. */
function describeSchemaError(e: SchemaError): { detail: string; detailZh: string } {
  const p = e.params;
  const zh = { ...e };
  localizeZh([zh]);
  const allowed = e.keyword === 'enum' ? `: ${(p.allowedValues as unknown[]).join(', ')}` : '';
  if (e.keyword === 'required') return { detail: `missing "${String(p.missingProperty)}"`, detailZh: `缺少必填字段“${String(p.missingProperty)}”` };
  return { detail: `${e.message ?? e.keyword}${allowed}`, detailZh: `${zh.message ?? e.keyword}${allowed ? `：${(p.allowedValues as unknown[]).join('、')}` : ''}` };
}

export interface ReadResult {
  report: Report | null;
  findings: Finding[];
}

export function readReport(text: string, file: string, validate: Validate): ReadResult {
  const depth = nestingDepth(text, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    return { report: null, findings: [finding('error', 'too-deep', { depth: `>${MAX_DEPTH}`, limit: MAX_DEPTH }, { file, line: 1, column: 1 })] };
  }
  const pos = new Positions(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const e = errors[0];
    return { report: null, findings: [finding('error', 'invalid-json', { reason: e ? printParseErrorCode(e.error) : 'InvalidSymbol' }, { file, ...pos.at(e ? e.offset : 0) })] };
  }
  const findings: Finding[] = [];
  for (const e of validate(value)) {
    findings.push(finding('error', 'schema-violation', { pointer: e.instancePath || '/', ...describeSchemaError(e), keyword: e.keyword }, { file, ...pos.locate(pointerPath(e.instancePath)) }));
  }
  if (!isObject(value)) return { report: null, findings };
  findUnknownFields(value, pos, file, findings);
  if (findings.some((f) => f.severity === 'error')) return { report: null, findings };
  const v = value as Record<string, unknown>;
  const tasks = (v.tasks as Record<string, unknown>[]).map((t, index) => ({
    id: String(t.id),
    title: t.title as string | undefined,
    status: normaliseStatus(String(t.status))!,
    progress: t.progress as string | undefined,
    evidence: t.evidence as string[] | undefined,
    problems: t.problems as string | undefined,
    nextSteps: t.nextSteps as string | undefined,
    index,
  }));
  const report: Report = {
    file,
    unit: String(v.unit),
    document: String(v.document),
    period: String(v.period),
    submitted: v.submitted as string | undefined,
    tasks,
    locate: (path) => pos.locate(path),
  };
  return { report, findings };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fields the schema does not know: a warning each (a typo such as `progess` loses data). */
function findUnknownFields(value: Record<string, unknown>, pos: Positions, file: string, out: Finding[]): void {
  const check = (obj: unknown, known: Set<string>, path: (string | number)[]) => {
    if (!isObject(obj)) return;
    for (const key of Object.keys(obj)) {
      if (!known.has(key)) out.push(finding('warning', 'unknown-field', { field: key, where: `/${path.join('/')}` }, { file, ...pos.locateKey(path, key) }));
    }
  };
  check(value, TOP_FIELDS, []);
  if (Array.isArray(value.tasks)) value.tasks.forEach((t, i) => check(t, TASK_FIELDS, ['tasks', i]));
}
