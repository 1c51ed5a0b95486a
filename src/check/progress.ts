/**
 * Progress across periods (pure): for each notice a unit × period table of
 * tasks completed against tasks assigned, with the share done and the
 * notice's own share per period; for one unit a task × period grid of
 * statuses. Built from a check result.
 */
import type { CheckResult, UnitSummary } from './check.js';
import type { Status } from './report.js';
import { periodSpan } from './period.js';
import { compareText } from '../model/order.js';

export interface ProgressCell {
  assigned: number;
  reported: number;
  completed: number;
  /** completed / assigned, 0…1. */
  share: number;
}

export interface NoticeProgress {
  document: string;
  periods: string[];
  units: { unit: string; cells: (ProgressCell | null)[] }[];
  /** Every expected unit together, per period: a unit that sent nothing counts its tasks as not done. */
  total: ProgressCell[];
}

/** A task's state in one period: its status as reported, `missing` when the unit's report left it out, `none` when the unit sent no report. */
export type TaskState = Status | 'unread' | 'missing' | 'none';

export interface UnitGrid {
  document: string;
  unit: string;
  periods: string[];
  tasks: { id: string; title: string; states: TaskState[] }[];
}

/** Periods in time order (by their last day); periods in no known form after them, as written. */
export function orderPeriods(periods: Iterable<string>): string[] {
  const key = (p: string) => periodSpan(p)?.end ?? `~${p}`;
  return [...new Set(periods)].sort((a, b) => compareText(key(a), key(b)) || compareText(a, b));
}

function cell(u: Pick<UnitSummary, 'assigned' | 'reported' | 'completed'>): ProgressCell {
  return { assigned: u.assigned, reported: u.reported, completed: u.completed, share: u.assigned ? u.completed / u.assigned : 0 };
}

function byDocument(units: UnitSummary[]): Map<string, UnitSummary[]> {
  const out = new Map<string, UnitSummary[]>();
  for (const u of units) {
    const list = out.get(u.document);
    if (list) list.push(u);
    else out.set(u.document, [u]);
  }
  return out;
}

/** For each notice: a row per unit, a column per period. */
export function progressView(result: CheckResult): NoticeProgress[] {
  return [...byDocument(result.units)].map(([document, units]) => {
    const periods = orderPeriods(units.flatMap((u) => (u.period ? [u.period] : [])));
    const names = [...new Set(units.map((u) => u.unit))];
    const at = new Map(units.map((u) => [`${u.unit}\u0000${u.period}`, u]));
    const rows = names.map((unit) => ({
      unit,
      cells: periods.map((p) => {
        const u = at.get(`${unit}\u0000${p}`);
        return u && u.reports.length ? cell(u) : null;
      }),
    }));
    const total = periods.map((p) => {
      const inPeriod = units.filter((u) => u.period === p);
      return cell({ assigned: sum(inPeriod, 'assigned'), reported: sum(inPeriod, 'reported'), completed: sum(inPeriod, 'completed') });
    });
    return { document, periods, units: rows, total };
  });
}

function sum(units: UnitSummary[], key: 'assigned' | 'reported' | 'completed'): number {
  return units.reduce((n, u) => n + u[key], 0);
}

/** For each unit of the result (run with --unit: the one asked for), per notice: a row per assigned task, a column per period. */
export function unitGrids(result: CheckResult): UnitGrid[] {
  const out: UnitGrid[] = [];
  const byUnit = new Map<string, UnitSummary[]>();
  for (const u of result.units) {
    const key = `${u.document}\u0000${u.unit}`;
    const list = byUnit.get(key);
    if (list) list.push(u);
    else byUnit.set(key, [u]);
  }
  for (const units of byUnit.values()) {
    const { document, unit } = units[0]!;
    const periods = orderPeriods(units.flatMap((u) => (u.period ? [u.period] : [])));
    const tasks = units[0]!.tasks;
    const entries = new Map(result.entries.filter((e) => e.document === document && e.unit === unit).map((e) => [`${e.period}\u0000${e.task}`, e]));
    const reported = new Set(units.filter((u) => u.reports.length).map((u) => u.period));
    out.push({
      document,
      unit,
      periods,
      tasks: tasks.map((t) => ({
        id: t.id,
        title: t.title,
        states: periods.map((p): TaskState => {
          if (!reported.has(p)) return 'none';
          const e = entries.get(`${p}\u0000${t.id}`);
          return e ? (e.status ?? 'unread') : 'missing';
        }),
      })),
    });
  }
  return out;
}
