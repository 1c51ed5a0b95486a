/**
 * The text output of `policy-check check`, for people at a terminal: a
 * summary table per notice and period, then each unit's findings a line per
 * code (or, with --details, every finding with its place). Its own module,
 * so that the machine formats do not load the width tables it aligns by.
 */
import type { CheckResult, UnitSummary } from '../check/check.js';
import type { Finding } from '../check/findings.js';
import { diagnosticMessage, type Lang } from '../i18n.js';
import { oneLine } from './safe.js';
import { renderTable, wrapText } from './table.js';
import type { Paint } from './paint.js';
import { groupKey, location, summaryLine, WORDS } from './check-formats.js';

const MARK = { error: '✗', warning: '!', info: 'i' } satisfies Record<Finding['severity'], string>;

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
