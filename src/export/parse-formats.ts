/** Output formats of `policy-check parse`: JSON (the contract), CSV, table, Markdown. */
import type { ParsedDocument, Role, Section, Task, Unit } from '../model/notice.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { diagnosticMessage, type Lang } from '../i18n.js';
import { toCsvText } from './csv.js';
import { mdTable } from './markdown.js';
import { mdText } from './safe.js';
import type { CiIssue } from './ci-formats.js';

export const PARSE_SCHEMA_VERSION = 1;

/*
 * The JSON contract is written out field by field, so that an internal field
 * never leaks into it and the order of fields stays the same.
 */
export function diagnosticJson(d: Diagnostic, lang: Lang) {
  return {
    severity: d.severity,
    code: d.code,
    message: diagnosticMessage(d, lang),
    line: d.line ?? null,
    column: d.column ?? null,
    ...(d.source ? { source: d.source } : {}),
    params: d.params,
  };
}

function unitJson(u: Unit) {
  const out: Record<string, unknown> = { name: u.name, raw: u.raw, role: u.role, canonical: u.canonical ?? u.name, registry: u.registry ?? null, kind: u.kind ?? null };
  if (u.current) out.current = u.current;
  return out;
}

function taskJson(t: Task) {
  return {
    id: t.id,
    number: t.number,
    path: t.path,
    title: t.title,
    text: t.text,
    units: t.units.map(unitJson),
    openEnded: t.openEnded,
    deadline: t.deadline,
    line: t.line,
    ...(t.span ? { span: t.span } : {}),
    ...(t.source ? { source: t.source } : {}),
    leaders: t.leaders,
    unitsRaw: t.unitsRaw,
    notes: t.notes,
  };
}

interface SectionJson {
  id: string;
  number: string;
  title: string;
  line: number;
  source?: object;
  tasks: string[];
  children: SectionJson[];
}

function sectionJson(s: Section): SectionJson {
  return { id: s.id, number: s.number, title: s.title, line: s.line, ...(s.source ? { source: s.source } : {}), tasks: s.tasks, children: s.children.map(sectionJson) };
}

export function documentJson(doc: ParsedDocument, lang: Lang) {
  return {
    id: doc.id,
    file: doc.file,
    encoding: doc.encoding,
    format: doc.format,
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    signedDate: doc.signedDate,
    publishedDate: doc.publishedDate,
    addressees: doc.addressees,
    sections: doc.sections.map(sectionJson),
    tasks: doc.tasks.map(taskJson),
    diagnostics: doc.diagnostics.map((d) => diagnosticJson(d, lang)),
  };
}

export function toJson(docs: ParsedDocument[], lang: Lang): string {
  return [...jsonChunks(docs, lang)].join('');
}

function indented(value: unknown, pad: string): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad}`);
}

/**
 * The same JSON as JSON.stringify(…, null, 2), produced task by task so that a
 * large notice is written without building one huge string.
 */
export function* jsonChunks(docs: ParsedDocument[], lang: Lang): Generator<string> {
  yield `{\n  "schemaVersion": ${PARSE_SCHEMA_VERSION},\n  "documents": [`;
  for (const [d, doc] of docs.entries()) {
    // tasks are turned into JSON one at a time, so that a large notice's tasks are never copied whole
    const rest = documentJson({ ...doc, tasks: [] }, lang);
    const tasks = doc.tasks;
    const fields = Object.entries(rest);
    yield `${d ? ',' : ''}\n    {`;
    let first = true;
    for (const [key, value] of fields) {
      if (key === 'diagnostics' || key === 'tasks') continue;
      yield `${first ? '' : ','}\n      ${JSON.stringify(key)}: ${indented(value, '      ')}`;
      first = false;
    }
    yield `,\n      "tasks": [`;
    for (let t = 0; t < tasks.length; t++) yield `${t ? ',' : ''}\n        ${indented(taskJson(tasks[t]!), '        ')}`;
    yield tasks.length ? '\n      ]' : ']';
    yield `,\n      "diagnostics": ${indented(rest.diagnostics, '      ')}\n    }`;
  }
  yield docs.length ? '\n  ]\n}\n' : ']\n}\n';
}

export const CSV_HEADER = ['document', 'taskId', 'number', 'path', 'title', 'unit', 'raw', 'role', 'openEnded', 'deadline', 'line', 'file'];

export function csvRows(docs: ParsedDocument[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const doc of docs) {
    for (const t of doc.tasks) {
      for (const u of t.units) {
        rows.push([doc.id, t.id, t.number.join(''), t.path.join(' / '), t.title, u.name, u.raw, u.role, t.openEnded, t.deadline ?? '', t.line, doc.file]);
      }
    }
  }
  return rows;
}

export function toCsv(docs: ParsedDocument[]): string {
  return toCsvText(CSV_HEADER, csvRows(docs));
}

export const DIAGNOSTICS_HEADER = ['document', 'severity', 'code', 'message', 'line', 'column', 'file'];

/** A workbook: the CSV's rows on one sheet, the diagnostics on another (sheet names fixed, for scripts; messages in the chosen language). */
export async function toXlsx(docs: ParsedDocument[], lang: Lang): Promise<Buffer> {
  const { toXlsx: write } = await import('./xlsx.js');
  const diagnostics = docs.flatMap((d) => d.diagnostics.map((x) => [d.id, x.severity, x.code, diagnosticMessage(x, lang), x.line ?? null, x.column ?? null, d.file]));
  return write([
    { name: 'tasks', header: CSV_HEADER, rows: csvRows(docs) },
    { name: 'diagnostics', header: DIAGNOSTICS_HEADER, rows: diagnostics },
  ]);
}

const ROLE_MARK: Record<Lang, Record<Role, string>> = {
  zh: { lead: '（牵头）', responsible: '', cooperating: '（配合）' },
  en: { lead: ' (lead)', responsible: '', cooperating: ' (coop.)' },
};

export function unitsCell(units: Unit[], openEnded: boolean, lang: Lang): string {
  const list = units.map((u) => u.name + ROLE_MARK[lang][u.role]).join('、');
  return openEnded ? `${list}${lang === 'zh' ? ' 等' : ' …'}` : list;
}

export const HEAD = {
  zh: { id: '编号', title: '任务', units: '责任单位', deadline: '时限', line: '行', docNumber: '文号', issuer: '发文机关', signed: '成文日期', published: '发布日期', tasks: '项任务', none: '（无）' },
  en: { id: 'ID', title: 'Task', units: 'Units', deadline: 'Deadline', line: 'Line', docNumber: 'No.', issuer: 'Issuer', signed: 'Signed', published: 'Published', tasks: 'tasks', none: '(none)' },
} satisfies Record<Lang, Record<string, string>>;

/** The title line and the facts line above a notice's table. */
export function docHeader(doc: ParsedDocument, lang: Lang): [string, string] {
  const h = HEAD[lang];
  const facts = [
    doc.docNumber && `${h.docNumber} ${doc.docNumber}`,
    doc.issuer && `${h.issuer} ${doc.issuer}`,
    doc.signedDate && `${h.signed} ${doc.signedDate}`,
    doc.publishedDate && `${h.published} ${doc.publishedDate}`,
    `${doc.tasks.length} ${doc.tasks.length === 1 && lang === 'en' ? 'task' : h.tasks}`,
  ].filter(Boolean);
  return [doc.title ?? doc.id, `${doc.file} · ${facts.join(' · ')}`];
}

export function taskRow(t: Task, lang: Lang): string[] {
  return [t.id, t.title, unitsCell(t.units, t.openEnded, lang), t.deadline ?? '', String(t.line)];
}

export function toMarkdown(docs: ParsedDocument[], lang: Lang): string {
  const h = HEAD[lang];
  return docs
    .map((doc) => {
      const [title, facts] = docHeader(doc, lang);
      const rows = doc.tasks.map((t) => taskRow(t, lang));
      return `## ${mdText(title)}\n\n${mdText(facts)}\n\n${mdTable([h.id, h.title, h.units, h.deadline, h.line], rows)}`;
    })
    .join('\n');
}

/** Diagnostics as the CI formats (SARIF, GitLab) take them: each at its notice's line; the identity leaves the line out and keeps the text the diagnostic quotes. */
export function ciIssues(docs: readonly ParsedDocument[], lang: Lang): CiIssue[] {
  return docs.flatMap((doc) =>
    doc.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: diagnosticMessage(d, lang),
      file: doc.file,
      line: d.line,
      column: d.column,
      identity: [d.code, doc.file, ...Object.keys(d.params).sort().map((k) => `${k}=${d.params[k]}`)],
    })),
  );
}
