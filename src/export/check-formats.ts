/** Output formats of `policy-check check`: text for people, JSON, CSV, JUnit XML, GitHub annotations, Markdown. */
import type { CheckResult, UnitSummary } from '../check/check.js';
import type { Finding } from '../check/findings.js';
import { locationText } from '../check/report.js';
import { diagnosticMessage, severityWord, type Lang } from '../i18n.js';
import { toCsvText } from './csv.js';
import { mdTable } from './markdown.js';
import { oneLine, withoutControls } from './safe.js';
import { renderTable, wrapText } from './table.js';
import type { Paint } from './paint.js';
import type { CiIssue } from './ci-formats.js';
import { replaceEvery } from '../parse/lexicon/regex.js';

export const CHECK_SCHEMA_VERSION = 1;

/** Where a finding is: FILE:LINE:COLUMN in a JSON report, FILE:SHEET!CELL in a workbook (FILE:CELL in a CSV file). */
function location(f: Finding): string {
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
  return JSON.stringify({ schemaVersion: CHECK_SCHEMA_VERSION, findings: r.findings.map((f) => findingJson(f, lang)), units: r.units, reports: r.reports, entries: r.entries.map(({ locate: _where, ...e }) => e), summary: r.summary }, null, 2) + '\n';
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

const WORDS = {
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
    errors: '错误',
    warnings: '警告',
    infos: '提示',
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

const MARK = { error: '✗', warning: '!', info: 'i' } satisfies Record<Finding['severity'], string>;

function groupKey(unit: string | null, document: string | null, period: string | null): string {
  return `${document}\u0000${unit}\u0000${period}`;
}

function findingLine(f: Finding, lang: Lang, paint: Paint): string {
  const w = WORDS[lang];
  const mark = f.severity === 'error' ? paint.red(MARK.error) : f.severity === 'warning' ? paint.yellow(MARK.warning) : paint.dim(MARK.info);
  const task = f.task ? `${paint.bold(oneLine(f.task))}${f.title ? ` ${oneLine(f.title)}` : ''} — ` : '';
  const where = [oneLine(location(f)), f.noticeLine ? `${w.noticeLine} ${f.noticeLine}${w.lineSuffix ? ` ${w.lineSuffix}` : ''}` : ''].filter(Boolean).join(' · ');
  return `  ${mark} ${task}${oneLine(diagnosticMessage(f, lang))} ${paint.dim(`[${f.code}]`)}${where ? `\n      ${paint.dim(where)}` : ''}`;
}

function unitHeader(u: UnitSummary, lang: Lang, paint: Paint): string {
  const w = WORDS[lang];
  const title = oneLine(`${paint.bold(u.unit)} · ${u.document}${u.period ? ` · ${u.period}` : ''}`);
  const files = u.reports.length ? oneLine(u.reports.join(', ')) : w.none;
  const notStarted = u.notStarted ? ` / ${w.notStarted} ${paint.yellow(String(u.notStarted))}` : '';
  const counts = `${w.assigned} ${u.assigned} / ${w.reported} ${u.reported}${notStarted} / ${w.gaps} ${u.gaps ? paint.red(String(u.gaps)) : paint.green('0')}`;
  return `${title}\n  ${paint.dim(`${w.reports}: ${files}`)}\n  ${counts}`;
}

export function summaryLine(r: CheckResult, lang: Lang): string {
  const w = WORDS[lang];
  const s = r.summary;
  const byCode = Object.entries(s.byCode)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return `${s.notices} ${w.notices} · ${s.reports} ${w.files} · ${s.units} ${w.units} · ${s.errors} ${w.errors} · ${s.warnings} ${w.warnings} · ${s.infos} ${w.infos}${byCode ? ` (${byCode})` : ''}`;
}

interface SilentUnits {
  document: string;
  period: string | null;
  units: { unit: string; tasks: number; collective: string | null }[];
}

/** The units of one notice and period that sent no report, in one line each with its assigned tasks (and its collective, for a member). */
function noReportLine(g: SilentUnits, lang: Lang, paint: Paint, fit: (text: string, indent?: string) => string): string {
  const where = `${g.document}${g.period ? ` · ${g.period}` : ''}`;
  const head = lang === 'zh' ? `${g.units.length} 个单位本期没有报告（${where}）` : `No report from ${g.units.length} unit${g.units.length === 1 ? '' : 's'} (${where})`;
  const unit = (u: SilentUnits['units'][number]) =>
    lang === 'zh' ? `${u.unit}（${u.collective ? `${u.collective}成员，` : ''}${u.tasks} 项）` : `${u.unit} (${u.collective ? `member of ${u.collective}, ` : ''}${u.tasks} task${u.tasks === 1 ? '' : 's'})`;
  return `${paint.red(MARK.error)} ${oneLine(head)} ${paint.dim('[no-report]')}\n  ${fit(oneLine(g.units.map(unit).join(lang === 'zh' ? '、' : ', ')), '  ')}`;
}

const TABLE_WORDS = {
  zh: { unit: '单位', reports: '报告', assigned: '分配', reported: '已报', gaps: '缺口', stalled: '雷同', overdue: '逾期', details: '各单位的问题（按类别；--details 逐条列出并给出位置）', more: (n: number) => `另 ${n} 项` },
  en: { unit: 'Unit', reports: 'Reports', assigned: 'Assigned', reported: 'Reported', gaps: 'Gaps', stalled: 'Stalled', overdue: 'Overdue', details: 'Findings by unit and code (--details lists each, with its place)', more: (n: number) => `${n} more` },
} satisfies Record<Lang, Record<string, unknown>>;

/** Task ids named on one line of the brief text output; --details lists them all. */
export const MAX_TASKS = 8;

/**
 * The text output. By default it leads with one line per unit (reports,
 * gaps, stalled, overdue) for each notice and period, then the units that sent
 * nothing in one line, then each unit's findings, a line per code;
 * `details` gives the full listing: every finding with its place.
 * `width`: the terminal's (or COLUMNS when piped), to which tables and long
 * lines are fitted; null for no wrapping.
 */
export function toText(r: CheckResult, lang: Lang, paint: Paint, width: number | null = null, details = false): string {
  return details ? detailedText(r, lang, paint, width) : briefText(r, lang, paint, width);
}

function fitter(width: number | null) {
  return (text: string, indent = '') =>
    width
      ? wrapText(text, Math.max(20, width - indent.length))
          .map((l, i) => (i ? indent + l.trimStart() : l).trimEnd())
          .join('\n')
      : text;
}

function summaryBlock(r: CheckResult, lang: Lang, paint: Paint, fit: (text: string, indent?: string) => string): string {
  const w = WORDS[lang];
  const total = r.summary.errors + r.summary.warnings + r.summary.infos;
  // wrapped as plain text, painted after (a break never falls inside an escape sequence)
  const summary = fit(`${w.summary}: ${summaryLine(r, lang)}${total ? '' : ` — ${w.clean}`}`, '  ');
  return paint.bold(w.summary) + (total ? summary.slice(w.summary.length) : summary.slice(w.summary.length).replace(w.clean, paint.green(w.clean)));
}

/** Units that only sent no report, per notice and period. */
function silentGroups(r: CheckResult, byGroup: Map<string, Finding[]>): { silent: Map<string, SilentUnits>; isSilent: (u: UnitSummary) => boolean } {
  const silent = new Map<string, SilentUnits>();
  const isSilent = (u: UnitSummary) => {
    const fs = byGroup.get(groupKey(u.unit, u.document, u.period)) ?? [];
    return !u.reports.length && fs.length === 1 && fs[0]!.code === 'no-report';
  };
  for (const u of r.units) {
    if (!isSilent(u)) continue;
    const key = `${u.document}\u0000${u.period}`;
    const group = silent.get(key) ?? { document: u.document, period: u.period, units: [] };
    group.units.push({ unit: u.unit, tasks: u.assigned, collective: u.collective ?? null });
    silent.set(key, group);
  }
  return { silent, isSilent };
}

function findingsByGroup(r: CheckResult): { byGroup: Map<string, Finding[]>; loose: Finding[] } {
  const byGroup = new Map<string, Finding[]>();
  const loose: Finding[] = [];
  const groups = new Set(r.units.map((u) => groupKey(u.unit, u.document, u.period)));
  for (const f of r.findings) {
    const k = groupKey(f.unit, f.document, f.period);
    if (groups.has(k)) {
      if (!byGroup.has(k)) byGroup.set(k, []);
      byGroup.get(k)!.push(f);
    } else loose.push(f);
  }
  return { byGroup, loose };
}

/** The findings of one code for one unit on one line: the message itself for one; for several, how many and their tasks (and the message when they all say the same). */
function codeLine(same: Finding[], lang: Lang, paint: Paint, fit: (text: string, indent?: string) => string): string {
  const f = same[0]!;
  const mark = f.severity === 'error' ? paint.red(MARK.error) : f.severity === 'warning' ? paint.yellow(MARK.warning) : paint.dim(MARK.info);
  const tw = TABLE_WORDS[lang];
  const messages = new Set(same.map((x) => diagnosticMessage(x, lang)));
  const tasks = same.map((x) => x.task).filter((t): t is string => Boolean(t));
  const shown = tasks.slice(0, MAX_TASKS).join(', ') + (tasks.length > MAX_TASKS ? `, ${tw.more(tasks.length - MAX_TASKS)}` : '');
  const text =
    same.length === 1
      ? `${f.task ? `${f.task} ` : ''}${diagnosticMessage(f, lang)}`
      : `${same.length} × ${tasks.length ? shown : ''}${messages.size === 1 ? `${tasks.length ? ' — ' : ''}${diagnosticMessage(f, lang)}` : ''}`;
  // wrapped as plain text, painted after (a break never falls inside an escape sequence)
  return `  ${mark} ${fit(`${oneLine(text)} [${f.code}]`, '    ').replace(`[${f.code}]`, paint.dim(`[${f.code}]`))}`;
}

function briefText(r: CheckResult, lang: Lang, paint: Paint, width: number | null): string {
  const w = WORDS[lang];
  const tw = TABLE_WORDS[lang];
  const fit = fitter(width);
  const { byGroup, loose } = findingsByGroup(r);
  const { silent, isSilent } = silentGroups(r, byGroup);
  const out: string[] = [];
  // a table per notice and period: one line per unit that reported
  const tables = new Map<string, UnitSummary[]>();
  for (const u of r.units) {
    if (isSilent(u)) continue;
    const key = `${u.document}\u0000${u.period}`;
    const list = tables.get(key);
    if (list) list.push(u);
    else tables.set(key, [u]);
  }
  const count = (u: UnitSummary, code: string) => (byGroup.get(groupKey(u.unit, u.document, u.period)) ?? []).filter((f) => f.code === code).length;
  for (const units of tables.values()) {
    const head = units[0]!;
    const columns = [tw.unit, tw.reports, tw.assigned, tw.reported, tw.gaps, tw.stalled, tw.overdue].map((header, i) => ({ header, align: i ? ('right' as const) : ('left' as const) }));
    const rows = units.map((u) => [oneLine(u.unit), String(u.reports.length), String(u.assigned), String(u.reported), String(u.gaps), String(count(u, 'stalled')), String(count(u, 'overdue'))]);
    out.push(`${paint.bold(oneLine(`${head.document}${head.period ? ` · ${head.period}` : ''}`))}\n${renderTable(columns, rows, width, { header: paint.bold, dim: paint.dim }).trimEnd()}`);
  }
  for (const g of silent.values()) out.push(noReportLine(g, lang, paint, fit));
  // the findings of each unit, a line per code, errors first
  const listed: string[] = [];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const u of r.units) {
    if (isSilent(u)) continue;
    const fs = (byGroup.get(groupKey(u.unit, u.document, u.period)) ?? []).filter((f) => f.severity !== 'info');
    if (!fs.length) continue;
    const byCode = new Map<string, Finding[]>();
    for (const f of fs) {
      const same = byCode.get(f.code);
      if (same) same.push(f);
      else byCode.set(f.code, [f]);
    }
    const lines = [...byCode.values()].sort((a, b) => rank[a[0]!.severity] - rank[b[0]!.severity]).map((same) => codeLine(same, lang, paint, fit));
    listed.push(`${paint.bold(oneLine(u.unit))} · ${oneLine(u.document)}${u.period ? ` · ${oneLine(u.period)}` : ''}\n${lines.join('\n')}`);
  }
  if (listed.length) out.push(`${paint.bold(tw.details)}\n\n${listed.join('\n')}`);
  if (loose.length) out.push(`${paint.bold(w.unattributed)}\n${loose.map((f) => findingLine(f, lang, paint)).join('\n')}`);
  out.push(summaryBlock(r, lang, paint, fit));
  return out.join('\n\n') + '\n';
}

/** The full listing (--details): a block per unit with every finding and its place. */
function detailedText(r: CheckResult, lang: Lang, paint: Paint, width: number | null): string {
  const fit = fitter(width);
  const w = WORDS[lang];
  const { byGroup, loose } = findingsByGroup(r);
  // units that only sent no report are one line per notice and period, not a block each
  const { silent, isSilent } = silentGroups(r, byGroup);
  const out: string[] = [];
  for (const u of r.units) {
    if (isSilent(u)) continue;
    const fs = byGroup.get(groupKey(u.unit, u.document, u.period)) ?? [];
    out.push(unitHeader(u, lang, paint) + (fs.length ? '\n' + fs.map((f) => findingLine(f, lang, paint)).join('\n') : ''));
  }
  for (const g of silent.values()) out.push(noReportLine(g, lang, paint, fit));
  if (loose.length) {
    out.push(`${paint.bold(w.unattributed)}\n${loose.map((f) => findingLine(f, lang, paint)).join('\n')}`);
  }
  out.push(summaryBlock(r, lang, paint, fit));
  return out.join('\n\n') + '\n';
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
