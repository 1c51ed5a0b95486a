/** Who does what in a notice (pure): per unit counts by role, one unit's tasks, and the unit × task matrix. */
import type { ParsedDocument, Role } from '../model/notice.js';

export interface UnitRow {
  unit: string;
  canonical: string;
  registry: string | null;
  kind: string | null;
  current: string | null;
  lead: number;
  responsible: number;
  cooperating: number;
  total: number;
}

export function unitRows(doc: ParsedDocument): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  for (const t of doc.tasks) {
    for (const u of t.units) {
      const row = rows.get(u.name) ?? {
        unit: u.name,
        canonical: u.canonical ?? u.name,
        registry: u.registry ?? null,
        kind: u.kind ?? null,
        current: u.current ?? null,
        lead: 0,
        responsible: 0,
        cooperating: 0,
        total: 0,
      };
      row[u.role]++;
      row.total++;
      rows.set(u.name, row);
    }
  }
  return [...rows.values()];
}

export interface UnitTask {
  id: string;
  title: string;
  role: Role;
  deadline: string | null;
  /** The other units of the task, with their roles. */
  coUnits: { name: string; role: Role }[];
}

/** The tasks of a unit, or of a party that reports for several names (a member of 各设区市人民政府; 省财政厅 and 财政厅). */
export function unitTasks(doc: ParsedDocument, unit: string | string[]): UnitTask[] {
  const names = new Set(Array.isArray(unit) ? unit : [unit]);
  return doc.tasks
    .filter((t) => t.units.some((u) => names.has(u.name)))
    .map((t) => ({
      id: t.id,
      title: t.title,
      role: t.units.find((u) => names.has(u.name))!.role,
      deadline: t.deadline,
      coUnits: t.units.filter((u) => !names.has(u.name)).map((u) => ({ name: u.name, role: u.role })),
    }));
}

export interface Matrix {
  units: string[];
  tasks: { id: string; title: string }[];
  /** cells[unit][task]: the unit's role in the task, or null. */
  cells: (Role | null)[][];
}

export function unitMatrix(doc: ParsedDocument): Matrix {
  const units = unitRows(doc).map((r) => r.unit);
  const tasks = doc.tasks.map((t) => ({ id: t.id, title: t.title }));
  const cells = units.map((name) => doc.tasks.map((t) => t.units.find((u) => u.name === name)?.role ?? null));
  return { units, tasks, cells };
}
