/** Output formats of `policy-check check`: JSON, CSV, xlsx, JUnit XML, GitHub annotations, Markdown, and the CI formats' issues (the text for people is check-text.ts). */
import type { CheckResult } from '../check/check.js';
import type { Finding } from '../check/findings.js';
import { locationText } from '../check/report.js';
import { diagnosticMessage, severityWord, type Lang } from '../i18n.js';
import { toCsvText } from './csv.js';
import { mdTable } from './markdown.js';
import { withoutControls } from './safe.js';
import type { CiIssue } from './ci-formats.js';
import { replaceEvery } from '../parse/lexicon/regex.js';

export const CHECK_SCHEMA_VERSION = 1;

/** Where a finding is: FILE:LINE:COLUMN in a JSON report, FILE:SHEET!CELL in a workbook (FILE:CELL in a CSV file). */
export function location(f: Finding): string {
  return locationText(f.file, f);
}

export function findingJson(f: Finding, lang: Lang) {
  return {
    code: f.code,
    severity: f.severity,
    unit: f.unit,
    document: f.document,
    period: f.period,
    task: f.task,
    title: f.title,
    message: diagnosticMessage(f, lang),
    file: f.file,
    line: f.line ?? null,
    column: f.column ?? null,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    noticeLine: f.noticeLine,
    params: f.params,
  };
}

/**
 * Findings as the CI formats (SARIF, GitLab) take them: the message names the
 * unit and task, the task's line in its notice is the related place, and the
 * identity that fingerprints a finding leaves its line out (a report edited
 * above a finding keeps the finding's fingerprint).
 */
function noticePlace(task: string | null, lang: Lang): string {
  if (lang === 'zh') return task ? `通知中的任务 ${task}` : '通知中的位置';
  return task ? `task ${task} in the notice` : 'the place in the notice';
}

export function ciIssues(r: CheckResult, lang: Lang): CiIssue[] {
  const files = new Map(r.notices.map((n) => [n.label, n.file]));
  return r.findings.map((f) => {
    const notice = f.document ? files.get(f.document) : undefined;
    const who = [f.unit, f.period, f.task ? `${f.task}${f.title ? ` ${f.title}` : ''}` : null].filter(Boolean).join(' ');
    return {
      severity: f.severity,
      code: f.code,
      message: `${who ? `${who}: ` : ''}${diagnosticMessage(f, lang)}`,
      file: f.file,
      line: f.line,
      column: f.column,
      sheet: f.sheet,
      cell: f.cell,
      related: notice && f.noticeLine ? { file: notice, line: f.noticeLine, message: noticePlace(f.task, lang) } : undefined,
      identity: [f.code, f.file, f.sheet, f.cell, f.document, f.unit, f.period, f.task, f.params.written],
    };
  });
}

export function toJson(r: CheckResult, lang: Lang): string {
  return [...jsonChunks(r, lang)].join('');
}

/** A list as JSON.stringify(…, null, 2) writes it at the second level, one element at a time. */
function* listChunks<T>(key: string, items: readonly T[], json: (item: T) => unknown, last = false): Generator<string> {
  yield `  ${JSON.stringify(key)}: [`;
  for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}\n    ${JSON.stringify(json(items[i]!), null, 2).replaceAll('\n', '\n    ')}`;
  yield `${items.length ? '\n  ]' : ']'}${last ? '' : ','}\n`;
}

/**
 * The same JSON as JSON.stringify(…, null, 2), produced a finding, a unit, a
 * report and an entry at a time, so that a check of many reports is written
 * without one huge string (and each element's JSON object is made only as it
 * is written).
 */
export function* jsonChunks(r: CheckResult, lang: Lang): Generator<string> {
  yield `{\n  "schemaVersion": ${CHECK_SCHEMA_VERSION},\n`;
  yield* listChunks('findings', r.findings, (f) => findingJson(f, lang));
  yield* listChunks('units', r.units, (u) => u);
  yield* listChunks('reports', r.reports, (x) => x);
  yield* listChunks('entries', r.entries, ({ locate: _where, ...e }) => e);
  yield `  "summary": ${JSON.stringify(r.summary, null, 2).replaceAll('\n', '\n  ')}\n}\n`;
}

export const CSV_HEADER = ['severity', 'code', 'unit', 'document', 'period', 'task', 'title', 'message', 'file', 'line', 'column', 'noticeLine', 'sheet', 'cell'];

function findingRows(r: CheckResult, lang: Lang): unknown[][] {
  return r.findings.map((f) => [f.severity, f.code, f.unit, f.document, f.period, f.task, f.title, diagnosticMessage(f, lang), f.file, f.line, f.column, f.noticeLine, f.sheet, f.cell]);
}

export function toCsv(r: CheckResult, lang: Lang): string {
  return toCsvText(CSV_HEADER, findingRows(r, lang));
}

export const UNITS_HEADER = ['unit', 'document', 'period', 'reports', 'assigned', 'reported', 'gaps', 'collective', 'notStarted'];

/** A workbook: the findings (as in the CSV) on one sheet, each unit's counts on another. */
export async function toXlsx(r: CheckResult, lang: Lang): Promise<Buffer> {
  const { toXlsx: write } = await import('./xlsx.js');
  const units = r.units.map((u) => [u.unit, u.document, u.period, u.reports.join('\n'), u.assigned, u.reported, u.gaps, u.collective ?? null, u.notStarted]);
  return write([
    { name: 'findings', header: CSV_HEADER, rows: findingRows(r, lang) },
    { name: 'units', header: UNITS_HEADER, rows: units },
  ]);
}

export const WORDS = {
  zh: {
    reports: '报告',
    none: '（无报告）',
    assigned: '分配',
    reported: '已报',
    gaps: '缺口',
    notStarted: '未启动',
    unattributed: '无法归属的报告',
    summary: '汇总',
    units: '个单位',
    files: '份报告',
    notices: '份通知',
    errors: '个错误',
    warnings: '个警告',
    infos: '条提示',
    clean: '没有发现问题',
    noticeLine: '通知第',
    lineSuffix: '行',
    task: '任务',
    finding: '问题',
    unit: '单位',
    location: '位置',
  },
  en: {
    reports: 'reports',
    none: '(no report)',
    assigned: 'assigned',
    reported: 'reported',
    gaps: 'gaps',
    notStarted: 'not started',
    unattributed: 'Reports that could not be attributed',
    summary: 'Summary',
    units: 'units',
    files: 'reports',
    notices: 'notices',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'info',
    clean: 'no findings',
    noticeLine: 'notice line',
    lineSuffix: '',
    task: 'Task',
    finding: 'Finding',
    unit: 'Unit',
    location: 'Location',
  },
} satisfies Record<Lang, Record<string, string>>;

export function groupKey(unit: string | null, document: string | null, period: string | null): string {
  return `${document}\u0000${unit}\u0000${period}`;
}

export function summaryLine(r: CheckResult, lang: Lang): string {
  const w = WORDS[lang];
  const s = r.summary;
  const byCode = Object.entries(s.byCode)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const n = (count: number, word: string) => `${count} ${lang === 'en' && count === 1 ? word.replace(/s$/, '') : word}`;
  return `${n(s.notices, w.notices)} · ${n(s.reports, w.files)} · ${n(s.units, w.units)} · ${n(s.errors, w.errors)} · ${n(s.warnings, w.warnings)} · ${n(s.infos, w.infos)}${byCode ? ` (${byCode})` : ''}`;
}

export function toMarkdown(r: CheckResult, lang: Lang): string {
  const w = WORDS[lang];
  const rows = r.findings.map((f) => [severityWord(lang, f.severity), f.unit ?? '', f.period ?? '', f.task ? `${f.task} ${f.title ?? ''}`.trim() : '', diagnosticMessage(f, lang), f.code, location(f)]);
  const units = r.units.map((u) => [u.unit, u.document, u.period ?? '', u.reports.join('\n') || w.none, u.assigned, u.reported, u.gaps]);
  return [
    `### ${w.summary}\n\n${summaryLine(r, lang)}\n`,
    mdTable([w.unit, 'document', 'period', w.reports, w.assigned, w.reported, w.gaps], units),
    rows.length ? mdTable(['severity', w.unit, 'period', w.task, w.finding, 'code', w.location], rows) : `${w.clean}\n`,
  ].join('\n');
}

/**
 * GitHub workflow commands. Values are escaped as GitHub's runner expects
 * (the rules of @actions/core's escapeData / escapeProperty, which that
 * package does not export): % CR LF in data; also : and , in properties.
 */
function ghData(s: string): string {
  return withoutControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function ghProperty(s: string): string {
  return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function toGithub(r: CheckResult, lang: Lang): string {
  const lines = r.findings.map((f) => {
    const cmd = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
    // a workbook has no lines: the annotation points at the file, its title names the cell
    const cell = f.cell ? ` ${f.sheet ? `${f.sheet}!` : ''}${f.cell}` : '';
    const props = [
      f.file ? `file=${ghProperty(f.file)}` : '',
      f.line && !f.cell ? `line=${f.line}` : '',
      f.column && !f.cell ? `col=${f.column}` : '',
      `title=${ghProperty(`${f.code}${f.unit ? ` ${f.unit}` : ''}${f.task ? ` ${f.task}` : ''}${cell}`)}`,
    ].filter(Boolean);
    const msg = `${f.task ? `${f.task} ${f.title ?? ''} — ` : ''}${diagnosticMessage(f, lang)}`;
    return `::${cmd} ${props.join(',')}::${ghData(msg)}`;
  });
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** Characters XML 1.0 does not allow, even escaped. */
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const xmlSafe = (s: string) => replaceEvery(s, XML_INVALID, '\ufffd');

/** JUnit XML for GitLab and Jenkins: a test suite per unit and period, a test case per assigned task. */
export async function toJunit(r: CheckResult, lang: Lang): Promise<string> {
  const { XMLBuilder } = await import('fast-xml-parser');
  const message = (f: Finding) => xmlSafe(`${diagnosticMessage(f, lang)} [${f.code}]${location(f) ? ` ${location(f)}` : ''}`);
  const failure = (fs: Finding[]) => {
    const errors = fs.filter((f) => f.severity === 'error');
    const other = fs.filter((f) => f.severity !== 'error');
    const [first] = errors;
    return {
      ...(first ? { failure: { '@_message': message(first), '@_type': first.code, '#text': errors.map(message).join('\n') } } : {}),
      ...(other.length ? { 'system-out': other.map(message).join('\n') } : {}),
    };
  };
  const suites = r.units.map((u) => {
    const mine = r.findings.filter((f) => f.unit === u.unit && f.document === u.document && f.period === u.period);
    const tasks = u.tasks;
    const ids = new Set(tasks.map((t) => t.id));
    const cases = tasks.map((t) => ({ '@_name': xmlSafe(`${t.id} ${t.title}`), '@_classname': xmlSafe(`${u.document}.${u.unit}`), ...failure(mine.filter((f) => f.task === t.id)) }));
    const rest = mine.filter((f) => !f.task || !ids.has(f.task));
    if (rest.length) cases.push({ '@_name': 'report', '@_classname': xmlSafe(`${u.document}.${u.unit}`), ...failure(rest) });
    return {
      '@_name': xmlSafe(`${u.unit} · ${u.document}${u.period ? ` · ${u.period}` : ''}`),
      '@_tests': cases.length,
      '@_failures': cases.filter((c) => 'failure' in c).length,
      testcase: cases,
    };
  });
  const grouped = new Set(r.units.map((u) => groupKey(u.unit, u.document, u.period)));
  const loose = r.findings.filter((f) => !grouped.has(groupKey(f.unit, f.document, f.period)));
  if (loose.length) {
    const byFile = new Map<string, Finding[]>();
    for (const f of loose) byFile.set(f.file ?? '', [...(byFile.get(f.file ?? '') ?? []), f]);
    const cases = [...byFile].map(([file, fs]) => ({ '@_name': xmlSafe(file || 'report'), '@_classname': 'reports', ...failure(fs) }));
    suites.push({ '@_name': 'reports', '@_tests': cases.length, '@_failures': cases.filter((c) => 'failure' in c).length, testcase: cases });
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': 'policy-check',
      '@_tests': suites.reduce((n, s) => n + s['@_tests'], 0),
      '@_failures': suites.reduce((n, s) => n + s['@_failures'], 0),
      testsuite: suites,
    },
  };
  return builder.build(doc) as string;
}
