/** Output formats of `policy-check progress`: table, JSON, CSV (Excel-safe, long form), Markdown, xlsx. */
import type { Lang } from '../i18n.js';
import type { NoticeProgress, ProgressCell, TaskState, UnitGrid } from '../check/progress.js';
import { renderTable, type TableStyle } from './table.js';
import { toCsvText } from './csv.js';
import { mdTable } from './markdown.js';
import { mdText, oneLine } from './safe.js';

export type ProgressData = { kind: 'notices'; notices: NoticeProgress[] } | { kind: 'unit'; grids: UnitGrid[] };

export const STATE_WORDS: Record<Lang, Record<TaskState, string>> = {
  zh: { completed: '已完成', in_progress: '推进中', not_started: '未启动', blocked: '受阻', unread: '状态不明', missing: '未填报', none: '无报告' },
  en: { completed: 'completed', in_progress: 'in progress', not_started: 'not started', blocked: 'blocked', unread: 'unread', missing: 'missing', none: 'no report' },
};

const WORDS = {
  zh: { unit: '单位', task: '任务', all: '全部单位', none: '—', title: (d: string) => `${d} 完成情况（已完成 / 分配）` },
  en: { unit: 'Unit', task: 'Task', all: 'All units', none: '—', title: (d: string) => `${d}: completed / assigned` },
} satisfies Record<Lang, Record<string, unknown>>;

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function cellText(c: ProgressCell | null, lang: Lang): string {
  return c ? `${c.completed}/${c.assigned} ${percent(c.share)}` : WORDS[lang].none;
}

/** The tables as rows of text: a header and a row per unit (and the notice's own row), or a row per task. */
function tables(data: ProgressData, lang: Lang): { title: string; header: string[]; rows: string[][] }[] {
  const w = WORDS[lang];
  if (data.kind === 'notices') {
    return data.notices.map((n) => ({
      title: w.title(n.document),
      header: [w.unit, ...n.periods],
      rows: [...n.units.map((u) => [u.unit, ...u.cells.map((c) => cellText(c, lang))]), [w.all, ...n.total.map((c) => cellText(c, lang))]],
    }));
  }
  return data.grids.map((g) => ({
    title: `${g.unit} · ${g.document}`,
    header: [w.task, ...g.periods],
    rows: g.tasks.map((t) => [`${t.id} ${t.title}`, ...t.states.map((s) => STATE_WORDS[lang][s])]),
  }));
}

export function toTable(data: ProgressData, lang: Lang, width: number | null, style: TableStyle & { title: (s: string) => string }): string {
  return tables(data, lang)
    .map((t) => `${style.title(oneLine(t.title))}\n${renderTable(t.header.map((header, i) => ({ header: oneLine(header), flex: i === 0 && data.kind === 'unit', align: i ? ('right' as const) : ('left' as const) })), t.rows.map((r) => r.map(oneLine)), width, style, { pageColumns: data.kind === 'notices' })}`)
    .join('\n');
}

export function toMarkdown(data: ProgressData, lang: Lang): string {
  return tables(data, lang)
    .map((t) => `### ${mdText(t.title)}\n\n${mdTable(t.header, t.rows)}`)
    .join('\n');
}

export function toJson(data: ProgressData): string {
  return JSON.stringify({ schemaVersion: 1, ...(data.kind === 'notices' ? { notices: data.notices } : { units: data.grids }) }, null, 2) + '\n';
}

/** One table whatever the notices, in long form: a row per unit and period (or per task and period for --unit); states as fixed words. */
function csvTable(data: ProgressData): { header: string[]; rows: unknown[][] } {
  if (data.kind === 'notices') {
    const rows = data.notices.flatMap((n) => [
      ...n.units.flatMap((u) => u.cells.map((c, i) => [n.document, u.unit, n.periods[i], c ? c.assigned : '', c ? c.reported : '', c ? c.completed : '', c ? Number(c.share.toFixed(4)) : ''])),
      ...n.total.map((c, i) => [n.document, '*', n.periods[i], c.assigned, c.reported, c.completed, Number(c.share.toFixed(4))]),
    ]);
    return { header: ['document', 'unit', 'period', 'assigned', 'reported', 'completed', 'share'], rows };
  }
  const rows = data.grids.flatMap((g) => g.tasks.flatMap((t) => t.states.map((s, i) => [g.document, g.unit, t.id, t.title, g.periods[i], s])));
  return { header: ['document', 'unit', 'task', 'title', 'period', 'state'], rows };
}

export function toCsv(data: ProgressData): string {
  const t = csvTable(data);
  return toCsvText(t.header, t.rows);
}

export async function toXlsx(data: ProgressData, lang: Lang): Promise<Buffer> {
  const { toXlsx: write } = await import('./xlsx.js');
  return write(tables(data, lang).map((t, i) => ({ name: data.kind === 'notices' ? (data.notices[i]?.document ?? String(i + 1)) : t.title, header: t.header, rows: t.rows })));
}
