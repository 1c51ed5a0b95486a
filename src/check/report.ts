/**
 * Reading one progress report (pure): JSON text → a report, with every problem
 * as a finding located at the report's line and column. JSON is parsed with
 * jsonc-parser in strict mode (no comments, no trailing commas) so that each
 * value keeps its offset; schema errors (ajv, JSON Schema 2020-12) are mapped
 * from their JSON pointer to that offset.
 */
import { findNodeAtLocation, getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
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
  line: number;
  column: number;
}

export interface Report {
  file: string;
  unit: string;
  document: string;
  period: string;
  submitted?: string;
  tasks: ReportEntry[];
  line: number;
  column: number;
  /** Position of a value by its path, for findings about it. */
  locate(path: (string | number)[]): { line: number; column: number };
}

export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export type Validate = (value: unknown) => SchemaError[];

/** Offsets → 1-based line and column (UTF-16 code units). */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** Deepest nesting of arrays and objects, counted without recursion. */
export function nestingDepth(text: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

export const MAX_DEPTH = 64;

const TOP_FIELDS = new Set(['$schema', 'unit', 'document', 'period', 'submitted', 'contact', 'tasks']);
const TASK_FIELDS = new Set(['id', 'title', 'status', 'progress', 'evidence', 'problems', 'nextSteps']);

function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describeSchemaError(e: SchemaError): string {
  const p = e.params;
  if (e.keyword === 'required') return `missing "${String(p.missingProperty)}"`;
  if (e.keyword === 'enum') return `${e.message ?? 'not allowed'}: ${(p.allowedValues as unknown[]).join(', ')}`;
  return e.message ?? e.keyword;
}

export interface ReadResult {
  report: Report | null;
  findings: Finding[];
}

export function readReport(text: string, file: string, validate: Validate): ReadResult {
  const index = new LineIndex(text);
  const findings: Finding[] = [];
  const depth = nestingDepth(text, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    return { report: null, findings: [finding('error', 'too-deep', { depth: `>${MAX_DEPTH}`, limit: MAX_DEPTH }, { file, line: 1, column: 1 })] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !root) {
    const e = errors[0];
    const at = index.at(e ? e.offset : 0);
    return { report: null, findings: [finding('error', 'invalid-json', { reason: e ? printParseErrorCode(e.error) : 'empty' }, { file, ...at })] };
  }
  const locate = (path: (string | number)[]) => {
    const node = findNodeAtLocation(root, path) ?? nearestNode(root, path);
    return index.at(node.offset);
  };
  const value = getNodeValue(root) as unknown;
  for (const e of validate(value)) {
    const path = pointerPath(e.instancePath);
    findings.push(finding('error', 'schema-violation', { pointer: e.instancePath || '/', detail: describeSchemaError(e), keyword: e.keyword }, { file, ...locate(path) }));
  }
  if (!isObject(value)) return { report: null, findings };
  findUnknownFields(root, index, file, findings);
  if (findings.some((f) => f.severity === 'error')) return { report: null, findings };
  const v = value as Record<string, unknown>;
  const tasks = (v.tasks as Record<string, unknown>[]).map((t, i) => ({
    id: String(t.id),
    title: t.title as string | undefined,
    status: normaliseStatus(String(t.status))!,
    progress: t.progress as string | undefined,
    evidence: t.evidence as string[] | undefined,
    problems: t.problems as string | undefined,
    nextSteps: t.nextSteps as string | undefined,
    ...locate(['tasks', i]),
  }));
  const report: Report = {
    file,
    unit: String(v.unit),
    document: String(v.document),
    period: String(v.period),
    submitted: v.submitted as string | undefined,
    tasks,
    ...index.at(root.offset),
    locate,
  };
  return { report, findings };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The deepest existing node on a path (for errors about a missing property). */
function nearestNode(root: Node, path: (string | number)[]): Node {
  for (let k = path.length - 1; k >= 0; k--) {
    const n = findNodeAtLocation(root, path.slice(0, k));
    if (n) return n;
  }
  return root;
}

function propertyNodes(obj: Node | undefined): Node[] {
  return obj?.type === 'object' ? (obj.children ?? []) : [];
}

/** Fields the schema does not know: a warning each (a typo such as `progess` loses data). */
function findUnknownFields(root: Node, index: LineIndex, file: string, out: Finding[]): void {
  const check = (obj: Node | undefined, known: Set<string>, where: string) => {
    for (const prop of propertyNodes(obj)) {
      const key = prop.children?.[0]?.value as string;
      if (!known.has(key)) out.push(finding('warning', 'unknown-field', { field: key, where }, { file, ...index.at(prop.offset) }));
    }
  };
  check(root, TOP_FIELDS, '/');
  const tasks = findNodeAtLocation(root, ['tasks']);
  if (tasks?.type === 'array') (tasks.children ?? []).forEach((t, i) => check(t, TASK_FIELDS, `/tasks/${i}`));
}
