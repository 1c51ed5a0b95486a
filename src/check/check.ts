/**
 * The check (pure): progress reports against parsed notices → findings per
 * unit, a summary per unit and period, and totals. No file system, no
 * process: the edge reads files and passes them in.
 */
import type { ParsedDocument } from '../model/notice.js';
import { isCatchAll } from '../parse/unit-list.js';
import { suggest } from '../units/similar.js';
import { unitParts } from '../units/resolve.js';
import type { Registry } from '../units/registry.js';
import { finding, type Finding, type FindingCode, type FindingFields } from './findings.js';
import { type FieldSource, isEmptyProgress, nearPeriod, type Place, placeName, type Report, type ReportEntry } from './report.js';
import { addDays, periodSpan } from './period.js';
import { compare } from './trends.js';
import { deadlineDate } from './deadline.js';
import { NoticeIndex, normaliseTitle } from './notice-index.js';
import { compareText } from '../model/order.js';

export interface ReportInput {
  file: string;
  report: Report | null;
  /** Findings from reading the file (invalid JSON, schema, unknown fields). */
  findings: Finding[];
}

export interface CheckOptions {
  /** Periods every unit must report for; default: the periods of each notice's reports. */
  periods?: string[];
  /** Date to judge deadlines by when a report has no `submitted` date (YYYY-MM-DD). */
  asOf: string;
  /** The registry that applies to each notice (same order as the notices). */
  registries?: (Registry | undefined)[];
  /** Only these units (as a notice names them, or by a full or former name): the others' findings and summaries are left out. */
  units?: string[];
  /** Days after a period's end by which its report is due (`late-report`); default 10. */
  dueDays?: number;
  /** Only the periods from `since` to `until` (inclusive) are judged; the reports before still serve as the previous period. */
  since?: string;
  until?: string;
}

/** Days after a period's end by which its report is due, unless --due-days says otherwise. */
export const DEFAULT_DUE_DAYS = 10;

export interface UnitSummary {
  unit: string;
  document: string;
  period: string | null;
  reports: string[];
  assigned: number;
  reported: number;
  gaps: number;
  /** Tasks of the unit's report whose status is not_started. */
  notStarted: number;
  /** Tasks of the unit's report by status: completed, in progress, blocked. */
  completed: number;
  inProgress: number;
  blocked: number;
  /** For a member of a collective: the collective as the notice names it. */
  collective?: string;
  /** The tasks assigned, in document order. */
  tasks: { id: string; title: string }[];
}

export interface CheckSummary {
  notices: number;
  reports: number;
  units: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Number of findings by code. */
  byCode: Record<string, number>;
}

/** A report as read: what it says it is, and where each of unit, notice and period was read (`field` in a JSON report). */
export interface ReportRecord {
  file: string;
  sheet: string | null;
  /** The unit as the notice names it (as written when it names none of the notice's units). */
  unit: string;
  unitWritten: string;
  document: string;
  period: string;
  submitted: string | null;
  entries: number;
  from: Record<'unit' | 'document' | 'period', FieldSource>;
}

/** What a unit reported on one assigned task for one period, with the place of the entry. */
export interface EntryRecord {
  document: string;
  unit: string;
  period: string;
  task: string;
  status: ReportEntry['status'];
  progress: string;
  file: string;
  /** Where the entry is in its report, found only when asked (the dashboard): placing every entry would read every report's positions. */
  locate(): Place;
}

export interface CheckResult {
  findings: Finding[];
  units: UnitSummary[];
  /** Every assigned task a unit reported on, per period (for the progress views and the dashboard). */
  entries: EntryRecord[];
  /** Every report read, in the order of its file. */
  reports: ReportRecord[];
  /** The notices checked against: the label findings name them by, and their file. */
  notices: { label: string; file: string }[];
  summary: CheckSummary;
}

function reportRecord(r: Report, resolved: string | null): ReportRecord {
  const field: FieldSource = { from: 'field' };
  return {
    file: r.file,
    sheet: r.sheet ?? null,
    unit: resolved ?? r.unit,
    unitWritten: r.unit,
    document: r.document,
    period: r.period,
    submitted: r.submitted ?? null,
    entries: r.tasks.filter((e) => !e.blank).length,
    from: { unit: r.sources?.unit ?? field, document: r.sources?.document ?? field, period: r.sources?.period ?? field },
  };
}

function matchNotice(notices: NoticeIndex[], written: string): NoticeIndex | null {
  const w = normaliseTitle(written);
  return notices.find((n) => n.names.has(w)) ?? null;
}

/** The level a catch-all stands for: 省直有关部门 → 省; 有关部门 → any (''). */
function catchAllLevel(name: string): string {
  return /^(省|市|县|区)/.exec(name)?.[1] ?? '';
}

interface Group {
  notice: NoticeIndex;
  unit: string;
  period: string;
  reports: string[];
  /** The first report of the group, where it has one (a missing unit's group has none). */
  first: Report | null;
  reported: Set<string>;
  /** Ids of the assigned tasks reported as not_started. */
  notStarted: Set<string>;
  collective: string | null;
  /** The entry that answered each assigned task, and its index in the report: what the next period is compared with. */
  entries: Map<string, { entry: ReportEntry; index: number }>;
}

/** A finding from reading a table row names the task as written: the notice's task it means, with its title and line (or none). */
function taskOf(notice: NoticeIndex, written: string | null): Pick<Finding, 'task' | 'title' | 'noticeLine'> | Record<string, never> {
  if (written === null) return {};
  const task = notice.resolveTask(written);
  return task ? { task: task.id, title: task.title, noticeLine: task.line } : {};
}

class Checker {
  findings: Finding[] = [];
  records: ReportRecord[] = [];
  groups = new Map<string, Group>();
  constructor(
    private notices: NoticeIndex[],
    private opts: CheckOptions,
  ) {}

  checkReport(input: ReportInput): void {
    const r = input.report;
    if (!r) {
      this.findings.push(...input.findings);
      return;
    }
    const notice = matchNotice(this.notices, r.document);
    // findings from reading the file (unknown fields) belong to the report's unit once it is known
    const resolved = notice ? notice.resolveUnit(r.unit).unit : null;
    this.records.push(reportRecord(r, resolved));
    for (const f of input.findings) this.findings.push(notice ? { ...f, unit: resolved ?? r.unit, document: notice.label, period: r.period, ...taskOf(notice, f.task) } : f);
    if (!notice) {
      const names = this.notices.flatMap((n) => [n.doc.id, n.doc.docNumber ?? '', n.doc.title ?? '']).filter(Boolean);
      this.add('unknown-document', { written: r.document, suggestions: suggest(r.document, names).join('、') }, r, { unit: r.unit, period: r.period, at: ['document'] });
      return;
    }
    const base = { file: r.file, document: notice.label, period: r.period };
    const res = notice.resolveUnit(r.unit);
    if (!res.unit) {
      const members = notice.membersOf(r.unit);
      if (members) this.add('collective-unit', { written: r.unit, members: members.slice(0, 3).join('、') }, r, { ...base, unit: r.unit, at: ['unit'] });
      else this.add('unknown-unit', { written: r.unit, suggestions: res.suggestions.join('、') }, r, { ...base, unit: r.unit, at: ['unit'] });
    }
    const unit = res.unit;
    const collective = res.collective ?? (unit ? (notice.parties.get(unit)?.collective ?? null) : null);
    let group: Group | null = null;
    if (unit) {
      const key = `${notice.doc.id}\u0000${unit}\u0000${r.period}`;
      const existing = this.groups.get(key);
      const earlier = existing?.reports[0];
      if (existing && earlier !== undefined) {
        this.add('duplicate-report', { other: earlier }, r, { ...base, unit, at: [] });
        existing.reports.push(r.file);
        return;
      }
      group = existing ?? { notice, unit, period: r.period, reports: [], first: r, reported: new Set(), notStarted: new Set(), collective, entries: new Map() };
      this.lateReport(r, { ...base, unit });
      group.reports.push(r.file);
      this.groups.set(key, group);
    }
    this.checkEntries(r, notice, unit, collective, group, base);
  }

  private checkEntries(
    r: Report,
    notice: NoticeIndex,
    unit: string | null,
    collective: string | null,
    group: Group | null,
    base: { file: string; document: string; period: string },
  ): void {
    const assigned = unit ? notice.tasksOf(unit, collective) : [];
    const assignedIds = new Set(assigned.map((t) => t.id));
    const seen = new Map<string, number>();
    const blankRows = new Map<string, number>();
    const asOf = r.submitted ?? this.opts.asOf;
    r.tasks.forEach((e, i) => {
      const task = notice.resolveTask(e.id);
      // a table's category row (一、科技创新) or empty row is no entry: an assigned task in an empty row stays missing, found at that row
      if (e.blank) {
        if (task && !blankRows.has(task.id)) blankRows.set(task.id, i);
        return;
      }
      if (!task) {
        const title = e.title?.trim();
        const byTitle = title ? [...notice.tasks.values()].filter((t) => t.title === title).map((t) => t.id) : [];
        const suggestions = [...new Set([...byTitle, ...suggest(e.id, notice.tasks.keys())])].slice(0, 3);
        this.add('unknown-task', { written: e.id, suggestions: suggestions.join('、') }, r, { ...base, unit: unit ?? r.unit, task: e.id, at: ['tasks', i, 'id'] });
        return;
      }
      // a finding about one field is placed at it (a workbook's cell, a JSON value), else at the entry
      const fields = (field?: string): FindingFields & { at: (string | number)[] } => ({ ...base, unit: unit ?? r.unit, task: task.id, title: task.title, noticeLine: task.line, at: field ? ['tasks', i, field] : ['tasks', i] });
      if (seen.has(task.id)) {
        const first = r.locate(['tasks', seen.get(task.id)!]);
        this.add('duplicate-task', first.cell ? { firstCell: placeName(first) } : { first: first.line ?? 1 }, r, fields());
        return;
      }
      seen.set(task.id, i);
      // an entry that breaks the schema answers its task, but its fields are not judged
      if (e.invalid) return;
      if (unit && !assignedIds.has(task.id)) {
        const open = task.units.some((u) => isCatchAll(u.name) && [unitParts(unit).level, ''].includes(catchAllLevel(u.name)));
        this.add('unassigned-task', { unit }, r, fields(), task.openEnded && open ? 'info' : 'warning');
      } else if (group) {
        group.reported.add(task.id);
        group.entries.set(task.id, { entry: e, index: i });
        if (e.status === 'not_started') group.notStarted.add(task.id);
      }
      if ((e.status === 'in_progress' || e.status === 'completed') && isEmptyProgress(e.progress)) {
        this.add('empty-progress', { status: e.status }, r, fields('progress'));
      }
      if (e.status === 'completed' && !(e.evidence ?? []).some((x) => !isEmptyProgress(x))) this.add('no-evidence', {}, r, fields('evidence'));
      if (e.status === 'blocked') this.add('blocked', { problems: e.problems ?? '' }, r, fields('status'));
      const due = task.deadline ? deadlineDate(task.deadline) : null;
      if (due && e.status !== 'completed' && due < asOf) this.add('overdue', { deadline: task.deadline!, due, asOf }, r, fields('status'));
    });
    if (isUnfilled(r)) this.add('template-unfilled', { tasks: r.tasks.length }, r, { ...base, unit: unit ?? r.unit, at: ['tasks'] });
    for (const t of assigned) {
      if (!seen.has(t.id)) this.add('missing-task', {}, r, { ...base, unit: unit!, task: t.id, title: t.title, noticeLine: t.line, at: blankRows.has(t.id) ? ['tasks', blankRows.get(t.id)!] : ['tasks'] });
    }
  }

  /** Parties with assigned tasks and no report, for each period; each missing member of a collective by name. */
  checkMissingReports(periodsSeen: Map<NoticeIndex, Set<string>>): void {
    for (const notice of this.notices) {
      const periods = this.opts.periods ?? [...(periodsSeen.get(notice) ?? [])];
      for (const period of periods) {
        for (const party of notice.expectedParties()) {
          const key = `${notice.doc.id}\u0000${party.name}\u0000${period}`;
          if (this.groups.has(key)) continue;
          const tasks = notice.tasksOf(party.name);
          this.groups.set(key, { notice, unit: party.name, period, reports: [], first: null, reported: new Set(), notStarted: new Set(), collective: party.collective, entries: new Map() });
          const params: Record<string, string | number> = { tasks: tasks.length };
          if (party.collective) params.collective = party.collective;
          this.add('no-report', params, null, { unit: party.name, document: notice.label, period, noticeLine: tasks[0]?.line ?? null });
        }
      }
    }
  }

  /**
   * Groups whose period one report alone uses while two or more reports of the
   * same notice use another, near one (a typo, or a period in another form of
   * the same year): each gets a `lone-period` warning on its report.
   */
  lonePeriods(): Set<Group> {
    const byPeriod = new Map<NoticeIndex, Map<string, Group[]>>();
    for (const g of this.groups.values()) {
      if (!g.first) continue;
      const periods = byPeriod.get(g.notice) ?? new Map<string, Group[]>();
      byPeriod.set(g.notice, periods);
      const same = periods.get(g.period);
      if (same) same.push(g);
      else periods.set(g.period, [g]);
    }
    const lone = new Set<Group>();
    for (const periods of byPeriod.values()) {
      const usual = [...periods].filter(([, gs]) => gs.length >= 2).sort((a, b) => b[1].length - a[1].length)[0]?.[0];
      if (usual === undefined) continue;
      for (const [period, gs] of periods) {
        const g = gs[0];
        if (gs.length !== 1 || !g?.first || !nearPeriod(period, usual)) continue;
        lone.add(g);
        this.add('lone-period', { written: period, usual }, g.first, { file: g.first.file, unit: g.unit, document: g.notice.label, period, at: ['period'] });
      }
    }
    return lone;
  }

  /** A report submitted after its period's end plus the grace days. */
  private lateReport(r: Report, fields: FindingFields): void {
    const span = periodSpan(r.period);
    if (!span || !r.submitted) return;
    const grace = this.opts.dueDays ?? DEFAULT_DUE_DAYS;
    const due = addDays(span.end, grace);
    if (r.submitted <= due) return;
    const days = Math.round((Date.parse(r.submitted) - Date.parse(due)) / 86400000);
    this.add('late-report', { submitted: r.submitted, due, grace, days }, r, { ...fields, at: ['submitted'] });
  }

  /**
   * Each unit's reports in period order, each task compared with the same
   * unit's entry for the period before: progress written again is `stalled`
   * (since the first period of the run), a task that went back is
   * `status-regressed`. A unit's first period is never stalled.
   */
  trends(): void {
    // each unit's reported periods, in time order (by their last day)
    const byUnit = new Map<string, { g: Group; end: string }[]>();
    for (const g of this.groups.values()) {
      const span = g.first ? periodSpan(g.period) : null;
      if (!span) continue;
      const key = `${g.notice.doc.id}\u0000${g.unit}`;
      const list = byUnit.get(key) ?? [];
      list.push({ g, end: span.end });
      byUnit.set(key, list);
    }
    for (const dated of byUnit.values()) {
      const list = dated.sort((a, b) => compareText(a.end, b.end)).map((x) => x.g);
      const runStart = new Map<string, string>();
      for (let k = 1; k < list.length; k++) {
        const [prev, cur] = [list[k - 1]!, list[k]!];
        for (const [id, now] of cur.entries) {
          const before = prev.entries.get(id);
          const since = runStart.get(id) ?? prev.period;
          const trend = before ? compare({ period: prev.period, entry: before.entry }, { period: cur.period, entry: now.entry }, since) : null;
          if (trend?.kind !== 'stalled') runStart.delete(id);
          if (!trend) continue;
          const task = cur.notice.tasks.get(id)!;
          const fields = { file: cur.first!.file, document: cur.notice.label, period: cur.period, unit: cur.unit, task: id, title: task.title, noticeLine: task.line };
          if (trend.kind === 'stalled') {
            runStart.set(id, since);
            this.add('stalled', { previous: prev.period, since, similarity: trend.similarity.toFixed(2) }, cur.first, { ...fields, at: ['tasks', now.index, 'progress'] });
          } else this.add('status-regressed', { previous: trend.previous, from: trend.from, to: trend.to }, cur.first, { ...fields, at: ['tasks', now.index, 'status'] });
        }
      }
    }
  }

  /** Adds a finding; `at` is the path of the value it concerns in the report (located only now). */
  add(code: FindingCode, params: Record<string, string | number>, r: Report | null, fields: FindingFields & { at?: (string | number)[] }, severity?: Finding['severity']): void {
    const { at, ...rest } = fields;
    const where = at && r ? r.locate(at) : {};
    this.findings.push(finding(code, params, { file: r?.file ?? null, ...rest, ...where }, severity));
  }
}

export function checkReports(docs: ParsedDocument[], inputs: ReportInput[], opts: CheckOptions): CheckResult {
  // a doc number shared by two notices cannot label their findings apart: use their ids then
  const docNumbers = docs.map((d) => d.docNumber);
  const notices = docs.map((d, i) => new NoticeIndex(d, opts.registries?.[i], docNumbers.filter((n) => n && n === d.docNumber).length > 1));
  const checker = new Checker(notices, opts);
  // the earliest submission of a unit's report stands; later ones are duplicates
  const submitted = (i: ReportInput) => i.report?.submitted ?? '9999';
  const sorted = [...inputs].sort((a, b) => compareText(submitted(a), submitted(b)) || compareText(a.file, b.file));
  for (const input of sorted) checker.checkReport(input);
  const periodsSeen = new Map<NoticeIndex, Set<string>>();
  const lone = opts.periods ? new Set<Group>() : checker.lonePeriods();
  for (const g of checker.groups.values()) {
    if (!periodsSeen.has(g.notice)) periodsSeen.set(g.notice, new Set());
    // a period one report alone writes, near the one the others use, asks no report of the rest
    if (!lone.has(g)) periodsSeen.get(g.notice)!.add(g.period);
  }
  const judged = periodFilter(opts.since, opts.until);
  for (const seen of periodsSeen.values()) for (const p of seen) if (!judged(p)) seen.delete(p);
  checker.checkMissingReports(periodsSeen);
  checker.trends();
  const only = opts.units?.length ? wantedUnits(notices, opts.units) : null;
  const units = summarise(notices, checker).filter((u) => (!only || only.has(`${u.document}\u0000${u.unit}`)) && (u.period === null || judged(u.period)));
  // a finding about no unit (a file that cannot be read) concerns every run
  const findings = orderFindings(checker.findings, notices).filter((f) => (!only || f.unit === null || only.has(`${f.document}\u0000${f.unit}`)) && (f.period === null || judged(f.period)));
  const reports = [...checker.records].sort((a, b) => compareText(a.file, b.file) || compareText(a.sheet ?? '', b.sheet ?? ''));
  return { findings, units, entries: entryRecords(units, checker), reports, notices: notices.map((n) => ({ label: n.label, file: n.doc.file })), summary: totals(findings, units, inputs.length, notices.length) };
}

/** Whether a period is judged under --since / --until: its days within theirs; a period in no known form is always judged. */
function periodFilter(since: string | undefined, until: string | undefined): (period: string) => boolean {
  const from = since ? periodSpan(since)?.start : undefined;
  const to = until ? periodSpan(until)?.end : undefined;
  if (!from && !to) return () => true;
  return (period) => {
    const span = periodSpan(period);
    return !span || ((!from || span.start >= from) && (!to || span.end <= to));
  };
}

/** The units asked for with --unit, as each notice names them (a full or former name resolves as in reports). */
function wantedUnits(notices: NoticeIndex[], names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of notices) {
    for (const name of names) {
      const unit = n.resolveUnit(name).unit;
      if (unit) out.add(`${n.label}\u0000${unit}`);
    }
  }
  return out;
}

function summarise(notices: NoticeIndex[], checker: Checker): UnitSummary[] {
  const partyOrder = new Map<NoticeIndex, Map<string, number>>(notices.map((n) => [n, new Map([...n.parties.keys()].map((p, i) => [p, i]))]));
  const noticeOrder = new Map(notices.map((n, i) => [n, i]));
  const order = (g: Group) => [noticeOrder.get(g.notice)!, partyOrder.get(g.notice)!.get(g.unit) ?? 1e6] as const;
  const groups = [...checker.groups.values()].sort((a, b) => {
    const [na, ua] = order(a);
    const [nb, ub] = order(b);
    return na - nb || ua - ub || compareText(a.unit, b.unit) || compareText(a.period, b.period);
  });
  const gaps = new Map<string, number>();
  for (const f of checker.findings) {
    if (f.severity !== 'error') continue;
    const key = `${f.document}\u0000${f.unit}\u0000${f.period}`;
    gaps.set(key, (gaps.get(key) ?? 0) + 1);
  }
  return groups.map((g) => {
    const tasks = g.notice.tasksOf(g.unit, g.collective);
    return {
      unit: g.unit,
      document: g.notice.label,
      period: g.period,
      reports: g.reports,
      assigned: tasks.length,
      reported: g.reported.size,
      notStarted: g.notStarted.size,
      ...countStatuses(g),
      gaps: gaps.get(`${g.notice.label}\u0000${g.unit}\u0000${g.period}`) ?? 0,
      ...(g.collective ? { collective: g.collective } : {}),
      tasks: tasks.map((t) => ({ id: t.id, title: t.title })),
    };
  });
}

function countStatuses(g: Group): Pick<UnitSummary, 'completed' | 'inProgress' | 'blocked'> {
  const n = { completed: 0, inProgress: 0, blocked: 0 };
  for (const { entry } of g.entries.values()) {
    if (entry.status === 'completed') n.completed++;
    else if (entry.status === 'in_progress') n.inProgress++;
    else if (entry.status === 'blocked') n.blocked++;
  }
  return n;
}

/** The entries of the groups shown, in the order of the units and then of the notice's tasks. */
function entryRecords(units: UnitSummary[], checker: Checker): EntryRecord[] {
  const out: EntryRecord[] = [];
  const byKey = new Map([...checker.groups.values()].map((g) => [`${g.notice.label}\u0000${g.unit}\u0000${g.period}`, g]));
  for (const u of units) {
    const g = byKey.get(`${u.document}\u0000${u.unit}\u0000${u.period}`);
    if (!g?.first) continue;
    for (const t of u.tasks) {
      const e = g.entries.get(t.id);
      if (!e) continue;
      const report = g.first;
      const index = e.index;
      out.push({ document: u.document, unit: u.unit, period: g.period, task: t.id, status: e.entry.status, progress: e.entry.progress ?? '', file: report.file, locate: () => report.locate(['tasks', index]) });
    }
  }
  return out;
}

/** A report sent as its template left it: every entry not_started, with nothing written in it. */
function isUnfilled(r: Report): boolean {
  return r.tasks.length > 0 && r.tasks.every((e) => !e.invalid && e.status === 'not_started' && [e.progress, e.problems, e.nextSteps, ...(e.evidence ?? [])].every((x) => isEmptyProgress(x)));
}

function orderFindings(findings: Finding[], notices: NoticeIndex[]): Finding[] {
  const noticeOrder = new Map(notices.map((n, i) => [n.label, i]));
  const unitOrder = new Map<string, number>();
  notices.forEach((n) => [...n.parties.keys()].forEach((u, i) => unitOrder.set(`${n.label}\u0000${u}`, i)));
  const key = (f: Finding) =>
    [
      f.document === null ? -1 : (noticeOrder.get(f.document) ?? 1e6),
      f.unit === null ? -1 : (unitOrder.get(`${f.document}\u0000${f.unit}`) ?? 1e6),
    ] as const;
  // each finding's key is made once, not at every comparison; periods and files compare by code unit (a total order that needs no collation)
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings
    .map((f, i) => {
      const [d, u] = key(f);
      return { f, i, d, u, period: f.period ?? '', file: f.file ?? '', line: f.line ?? 0 };
    })
    .sort((a, b) => a.d - b.d || a.u - b.u || byText(a.period, b.period) || byText(a.file, b.file) || a.line - b.line || a.i - b.i)
    .map((x) => x.f);
}

function totals(findings: Finding[], units: UnitSummary[], reports: number, notices: number): CheckSummary {
  const byCode: Record<string, number> = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  return {
    notices,
    reports,
    units: new Set(units.map((u) => `${u.document}\u0000${u.unit}`)).size,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
    byCode,
  };
}
