/** Output formats of `policy-check units`: table, JSON, CSV (Excel-safe), Markdown. */
import type { ParsedDocument, Role } from '../model/notice.js';
import type { Lang } from '../i18n.js';
import { type Matrix, type UnitRow, type UnitTask, unitMatrix, unitRows } from '../units/summary.js';
import { toCsvText } from './csv.js';
import { mdTable } from './markdown.js';
import { mdText } from './safe.js';
import { renderTable, type TableStyle } from './table.js';

export type UnitsView = { kind: 'summary' } | { kind: 'unit'; unit: string; tasks: UnitTask[] } | { kind: 'matrix' };

const ROLE_SHORT: Record<Lang, Record<Role, string>> = {
  zh: { lead: '牵头', responsible: '负责', cooperating: '配合' },
  en: { lead: 'L', responsible: 'R', cooperating: 'C' },
};

const H = {
  zh: { unit: '单位', canonical: '名录名称', registry: '名录编号', kind: '类别', current: '现名', lead: '牵头', responsible: '负责', cooperating: '配合', total: '合计', id: '编号', title: '任务', role: '角色', co: '其他单位', deadline: '时限' },
  en: { unit: 'Unit', canonical: 'Canonical', registry: 'Registry', kind: 'Kind', current: 'Now', lead: 'Lead', responsible: 'Responsible', cooperating: 'Cooperating', total: 'Total', id: 'ID', title: 'Task', role: 'Role', co: 'Co-units', deadline: 'Deadline' },
} satisfies Record<Lang, Record<string, string>>;

/** Table headers where the terminal is narrow: the counts' English words are shortened. */
const SHORT_HEADER: Partial<Record<string, string>> = { Responsible: 'Resp.', Cooperating: 'Coop.' };

/** Summary columns that may be left out to fit the terminal, the highest rank first. */
const OPTIONAL_COLUMN: Record<number, number> = { 2: 1, 3: 2 };

const HIDDEN_NOTE: Record<Lang, (headers: string[], width: number) => string> = {
  zh: (headers, width) => `为适应 ${width} 列的宽度，未显示：${headers.join('、')}（--format csv 或 json 含全部列）`,
  en: (headers, width) => `Not shown, to fit ${width} columns: ${headers.join(', ')} (--format csv or json has every column)`,
};

function summaryRows(rows: UnitRow[]): (string | number)[][] {
  return rows.map((r) => [r.unit, r.canonical === r.unit ? '' : r.canonical, r.registry ?? '', r.kind ?? '', r.current ?? '', r.lead, r.responsible, r.cooperating, r.total]);
}

function unitTaskRows(tasks: UnitTask[], lang: Lang): string[][] {
  return tasks.map((t) => [t.id, t.title, ROLE_SHORT[lang][t.role], t.coUnits.map((c) => (c.role === 'responsible' ? c.name : `${c.name}（${ROLE_SHORT[lang][c.role]}）`)).join('、'), t.deadline ?? '']);
}

function matrixRows(m: Matrix, lang: Lang): string[][] {
  // cells has a row per unit
  return m.units.map((u, i) => [u, ...(m.cells[i] ?? []).map((c) => (c ? ROLE_SHORT[lang][c] : ''))]);
}

export function toJson(docs: ParsedDocument[], view: (doc: ParsedDocument) => UnitsView): string {
  const documents = docs.map((doc) => {
    const v = view(doc);
    const head = { id: doc.id, title: doc.title, docNumber: doc.docNumber };
    if (v.kind === 'unit') return { ...head, unit: v.unit, tasks: v.tasks };
    if (v.kind === 'matrix') return { ...head, ...unitMatrix(doc) };
    return { ...head, units: unitRows(doc) };
  });
  return JSON.stringify({ schemaVersion: 1, documents }, null, 2) + '\n';
}

export function toCsv(docs: ParsedDocument[], view: (doc: ParsedDocument) => UnitsView): string {
  const first = docs[0] ? view(docs[0]) : ({ kind: 'summary' } as UnitsView);
  // CSV is for scripts and spreadsheets: one table whatever the notices, roles as fixed words in every language
  if (first.kind === 'unit') {
    const rows = docs.flatMap((doc) => {
      const v = view(doc) as Extract<UnitsView, { kind: 'unit' }>;
      return v.tasks.map((t) => [doc.id, v.unit, t.id, t.title, t.role, t.coUnits.map((c) => (c.role === 'responsible' ? c.name : `${c.name}(${c.role})`)).join('、'), t.deadline ?? '']);
    });
    return toCsvText(['document', 'unit', 'taskId', 'title', 'role', 'coUnits', 'deadline'], rows);
  }
  if (first.kind === 'matrix') {
    // the matrix in long form: a row per unit and task it has a role in
    const rows = docs.flatMap((doc) => {
      const m = unitMatrix(doc);
      return m.units.flatMap((unit, i) =>
        m.tasks.flatMap((t, k) => {
          const role = m.cells[i]?.[k];
          return role ? [[doc.id, unit, t.id, t.title, role]] : [];
        }),
      );
    });
    return toCsvText(['document', 'unit', 'taskId', 'title', 'role'], rows);
  }
  const rows = docs.flatMap((doc) => unitRows(doc).map((r) => [doc.id, r.unit, r.canonical ?? r.unit, r.registry ?? '', r.kind ?? '', r.current ?? '', r.lead, r.responsible, r.cooperating, r.total]));
  return toCsvText(['document', 'unit', 'canonical', 'registry', 'kind', 'current', 'lead', 'responsible', 'cooperating', 'total'], rows);
}

function blocks(docs: ParsedDocument[], view: (doc: ParsedDocument) => UnitsView, lang: Lang, table: (header: string[], rows: (string | number)[][], align?: number[]) => string, title: (s: string) => string): string {
  const h = H[lang];
  return docs
    .map((doc) => {
      const v = view(doc);
      const name = doc.title ?? doc.id;
      if (v.kind === 'unit') return `${title(`${name} · ${v.unit}`)}\n\n${table([h.id, h.title, h.role, h.co, h.deadline], unitTaskRows(v.tasks, lang))}`;
      if (v.kind === 'matrix') {
        const m = unitMatrix(doc);
        return `${title(name)}\n\n${table([h.unit, ...m.tasks.map((t) => t.id)], matrixRows(m, lang))}`;
      }
      return `${title(name)}\n\n${table([h.unit, h.canonical, h.registry, h.kind, h.current, h.lead, h.responsible, h.cooperating, h.total], summaryRows(unitRows(doc)), [5, 6, 7, 8])}`;
    })
    .join('\n');
}

export function toTable(docs: ParsedDocument[], view: (doc: ParsedDocument) => UnitsView, lang: Lang, width: number | null, style: TableStyle & { title: (s: string) => string }): string {
  const table = (header: string[], rows: (string | number)[][], align: number[] = []) => {
    // the summary is the one table with counts (right-aligned); the matrix the one whose first column is the unit and the rest task ids
    const summary = align.length > 0;
    const matrix = !summary && header[0] === H[lang].unit;
    return renderTable(
      header.map((hd, i) => ({
        header: SHORT_HEADER[hd] ?? hd,
        flex: !matrix && (i === 1 || i === 3),
        align: align.includes(i) ? ('right' as const) : ('left' as const),
        ...(summary && OPTIONAL_COLUMN[i] !== undefined ? { optional: OPTIONAL_COLUMN[i] } : {}),
      })),
      rows.map((r) => r.map(String)),
      width,
      style,
      { pageColumns: matrix, hiddenNote: HIDDEN_NOTE[lang] },
    );
  };
  return blocks(docs, view, lang, table, style.title);
}

export function toMarkdown(docs: ParsedDocument[], view: (doc: ParsedDocument) => UnitsView, lang: Lang): string {
  return blocks(docs, view, lang, (header, rows) => mdTable(header, rows), (s) => `## ${mdText(s)}`);
}
