/**
 * Progress reports as departments send them (pure): the table of a workbook
 * sheet or of a CSV file → reports, with every finding placed at its sheet and
 * cell. The table is found, not assumed: its header row is the first that
 * names a task column and a progress or status column; the unit, notice and
 * period come from the lines above it, the title row, the sheet's or the
 * file's name, in that order, and each report says where it took them from.
 * The rows as read go through the same schema as a JSON report.
 */
import { finding, type Finding } from './findings.js';
import {
  buildReport,
  type FieldSource,
  isEmptyProgress,
  normalisePeriod,
  normaliseStatus,
  PERIOD_FORM,
  type Place,
  placeName,
  type ReadResult,
  type SchemaError,
  schemaFindings,
  type Status,
  statusFromSpelling,
  type Validate,
} from './report.js';
import { normaliseTitle } from './notice-index.js';
import { END_ROW, FILE_NAME_WORDS, GENERIC_SHEET, HEADER_WORDS, META_LABELS, STATUS_OR_PROGRESS, STATUS_PHRASES, type TableField } from './lexicon/report-table.js';
import { replaceEvery } from '../parse/lexicon/regex.js';
import { periodIn } from './period.js';

export type CellValue = string | number | boolean | Date | null;

export interface TableCell {
  value: CellValue;
  /** A formula whose value the file does not hold (saved by a program that does not calculate): read as empty. */
  uncached?: boolean;
}

export interface TableSheet {
  /** null for a CSV file (one table, no sheet). */
  name: string | null;
  hidden: boolean;
  /** rows[r][c], 0-based; merged cells hold their value in the top-left cell only. */
  rows: (TableCell | null | undefined)[][];
  /** CSV: the line of the file each row starts on. */
  lines?: number[];
}

export interface TableBook {
  /** The file as shown in findings. */
  file: string;
  /** The file's name without its folder, for the unit and period it may carry. */
  name: string;
  sheets: TableSheet[];
}

/** A notice of the run, as a report may name it: `label` is written to the report, `names` are matched (doc number, title, id). */
export interface NoticeNames {
  label: string;
  names: string[];
}

export interface TableReadOptions {
  notices: readonly NoticeNames[];
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date cell's calendar date (workbook dates carry no time zone: read in UTC). */
function isoDate(d: Date): string {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function cellText(c: TableCell | null | undefined): string {
  const v = c?.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : isoDate(v);
  return String(v).replace(/\r\n?/g, '\n').trim();
}

/** A header as compared with the vocabulary: remarks in brackets, spaces and marks taken out (工作进展（截至6月底） → 工作进展). */
function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/[(（][^()（）]*[)）]/g, '').replace(/[\s*＊:：。.、]/g, '');
}

const FIELD_OF_WORD = new Map<string, TableField>(Object.entries(HEADER_WORDS).flatMap(([field, words]) => words.map((w) => [w, field as TableField] as const)));
const WORDS_LONGEST_FIRST = [...FIELD_OF_WORD.keys()].sort((a, b) => b.length - a.length);

/** The field a column header names: its words exactly, else the longest known name inside a short header (2018年上半年工作进展 → progress). */
export function headerField(text: string): TableField | null {
  const key = headerKey(text);
  if (!key) return null;
  const exact = FIELD_OF_WORD.get(key);
  if (exact) return exact;
  const word = WORDS_LONGEST_FIRST.find((w) => w.length >= 2 && key.includes(w) && key.length <= w.length + 8);
  return word ? FIELD_OF_WORD.get(word)! : null;
}

interface Columns {
  header: number;
  byField: Partial<Record<TableField, number>>;
}

/** The columns of a row when it is a header: a task column and a progress or status column, else null. */
function headerColumns(row: (TableCell | null | undefined)[], r: number): Columns | null {
  const byField: Partial<Record<TableField, number>> = {};
  const words: Partial<Record<TableField, string>> = {};
  row.forEach((c, i) => {
    const text = cellText(c);
    const field = text ? headerField(text) : null;
    if (field && byField[field] === undefined) {
      byField[field] = i;
      words[field] = headerKey(text);
    }
  });
  if (byField.id === undefined || (byField.status === undefined && byField.progress === undefined)) return null;
  // 完成情况 beside another progress column, and no 状态 column: it holds the status (已完成 / 推进中)
  if (byField.status === undefined && byField.progress !== undefined && STATUS_OR_PROGRESS.includes(words.progress ?? '')) {
    const other = row.findIndex((c, i) => i !== byField.progress && headerField(cellText(c)) === 'progress');
    if (other >= 0) {
      byField.status = byField.progress;
      byField.progress = other;
    }
  }
  return { header: r, byField };
}

/** Metadata labels, longest first so that 单位负责人 is not read as 负责人; an optional remark in brackets (（盖章）) and a colon follow. */
const LABEL_OF = new Map<string, keyof typeof META_LABELS>(Object.entries(META_LABELS).flatMap(([k, words]) => words.map((w) => [w, k as keyof typeof META_LABELS] as const)));
const LABEL = new RegExp(`(${[...LABEL_OF.keys()].sort((a, b) => b.length - a.length).join('|')})\\s*(?:[(（][^()（）]{0,8}[)）])?\\s*[:：]`);
const LABEL_ONLY = new RegExp(`^(${[...LABEL_OF.keys()].join('|')})\\s*(?:[(（][^()（）]{0,8}[)）])?\\s*[:：]?$`);
const SEAL_REMARK = /[(（]\s*(盖章|公章|签章|签字|盖公章)\s*[)）]/;

interface MetaValue {
  text: string;
  row: number;
  col: number;
  /** The cell held a number where a date was expected. */
  number?: number;
}

interface Meta {
  unit?: MetaValue;
  period?: MetaValue;
  submitted?: MetaValue;
  /** The rows above the table that are no label: the title, as written. */
  title: { text: string; row: number; col: number }[];
}

/** Labels and their values in one cell: `填报单位（盖章）：福建省科学技术厅　　填报时间：2018年7月5日`. */
function labelsInCell(text: string): { kind: keyof typeof META_LABELS; value: string }[] {
  const out: { kind: keyof typeof META_LABELS; value: string }[] = [];
  let rest = text;
  let m = LABEL.exec(rest);
  while (m) {
    const kind = LABEL_OF.get(m[1]!)!;
    rest = rest.slice(m.index + m[0].length);
    const next = LABEL.exec(rest);
    out.push({ kind, value: (next ? rest.slice(0, next.index) : rest).replace(SEAL_REMARK, '').trim() });
    m = next;
  }
  return out;
}

function readMeta(sheet: TableSheet, header: number): Meta {
  const meta: Meta = { title: [] };
  const set = (kind: keyof typeof META_LABELS, v: MetaValue) => {
    if (kind === 'other' || !v.text && v.number === undefined) return;
    if (!meta[kind]) meta[kind] = v;
  };
  for (let r = 0; r < header; r++) {
    const row = sheet.rows[r] ?? [];
    let labelled = false;
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (!text) continue;
      const only = LABEL_ONLY.exec(text);
      if (only) {
        labelled = true;
        // the label in one cell, its value in the next filled one
        let k = c + 1;
        while (k < row.length && !cellText(row[k])) k++;
        const next = row[k];
        if (k < row.length && !LABEL_ONLY.test(cellText(next))) {
          const value = next?.value;
          set(LABEL_OF.get(only[1]!)!, { text: cellText(next).replace(SEAL_REMARK, '').trim(), row: r, col: k, ...(typeof value === 'number' ? { number: value } : {}) });
          c = k;
        }
        continue;
      }
      const found = labelsInCell(text);
      if (found.length) {
        labelled = true;
        for (const f of found) set(f.kind, { text: f.value, row: r, col: c });
      }
    }
    if (!labelled) {
      const c = row.findIndex((x) => cellText(x));
      if (c >= 0) meta.title.push({ text: row.map(cellText).filter(Boolean).join(' '), row: r, col: c });
    }
  }
  return meta;
}

/** A status written in a status cell or opening a 完成情况 sentence, or null. */
function statusOf(text: string): Status | null {
  const direct = normaliseStatus(text) ?? statusFromSpelling(text);
  if (direct) return direct;
  const t = text.normalize('NFKC').replace(/^\s+/, '');
  for (const [re, status] of STATUS_PHRASES) if (re.test(t)) return status;
  return null;
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year slip included). */
function serialDate(n: number): string | null {
  if (!Number.isFinite(n) || n < 20000 || n > 80000) return null;
  return isoDate(new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86400000));
}

/** A date as people write it (2018年7月5日, 2018/7/5, 2018.07.05, 20180705), as YYYY-MM-DD, or null. */
export function readDate(text: string): string | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const iso = `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === iso ? iso : null;
}

/** The notice a text names (a title row, a file name): the notice whose number, title or id it holds, the longest such name winning. */
function noticeIn(text: string, notices: readonly NoticeNames[]): NoticeNames | null {
  const t = normaliseTitle(text);
  let best: { n: NoticeNames; len: number } | null = null;
  for (const n of notices) {
    for (const name of n.names) {
      const k = normaliseTitle(name);
      if (k.length >= 4 && t.includes(k) && (!best || k.length > best.len)) best = { n, len: k.length };
    }
  }
  return best?.n ?? null;
}

/** The unit and period a file name carries: 省科技厅-2018H1-落实情况表.xlsx → 省科技厅, 2018-H1. */
export function fromFileName(name: string): { unit?: string; period?: string } {
  const stem = name.replace(/\.[^.]+$/, '');
  const out: { unit?: string; period?: string } = {};
  for (const piece of stem.split(/[-_—－·\s]+/)) {
    const p = normalisePeriod(piece);
    if (PERIOD_FORM.test(p) && p.length > 4) {
      out.period ??= p;
      continue;
    }
    // a unit's name is Chinese (报告-a.xlsx, report-a.xlsx name none)
    const word = replaceEvery(piece, FILE_NAME_WORDS, '').trim();
    if (/\p{Script=Han}{2}/u.test(word) && out.unit === undefined) out.unit = word;
  }
  return out;
}

interface Row {
  /** Index of the row in the sheet. */
  r: number;
  id: string;
  texts: Partial<Record<TableField, string>>;
}

/** The table's rows below its header: a row per task; a row without a number continues the one above (a merged 序号); a total or signature row ends the table. */
function dataRows(sheet: TableSheet, cols: Columns): Row[] {
  const rows: Row[] = [];
  const fields = Object.entries(cols.byField) as [TableField, number][];
  for (let r = cols.header + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const first = row.map(cellText).find(Boolean);
    if (!first) continue;
    if (END_ROW.test(first)) break;
    const texts: Partial<Record<TableField, string>> = {};
    for (const [field, c] of fields) {
      const t = cellText(row[c]);
      if (t) texts[field] = t;
    }
    const id = texts.id ?? '';
    delete texts.id;
    const last = rows[rows.length - 1];
    if (!id) {
      // a continuation: its texts are added to the task above (none yet: a second header line)
      if (last) for (const [f, t] of Object.entries(texts) as [TableField, string][]) last.texts[f] = last.texts[f] ? `${last.texts[f]}\n${t}` : t;
      continue;
    }
    rows.push({ r, id, texts });
  }
  return rows;
}

interface SheetTable {
  sheet: TableSheet;
  cols: Columns;
}

/** The header of a sheet: the one row that names a task column and a progress or status column; two such rows are ambiguous. */
function findHeader(sheet: TableSheet): { cols: Columns | null; second: number | null } {
  let cols: Columns | null = null;
  for (let r = 0; r < sheet.rows.length; r++) {
    const found = headerColumns(sheet.rows[r] ?? [], r);
    if (!found) continue;
    if (cols) return { cols, second: r };
    cols = found;
  }
  return { cols, second: null };
}

/** Reads the report tables of a workbook or CSV file: one report per sheet that holds a table. */
export function readTableReports(book: TableBook, validate: Validate, opts: TableReadOptions): ReadResult[] {
  const results: ReadResult[] = [];
  const tables: SheetTable[] = [];
  const place = (sheet: TableSheet, row: number, col: number): Place => ({
    ...(sheet.name !== null ? { sheet: sheet.name } : {}),
    cell: cellName(row, col),
    ...(sheet.lines?.[row] !== undefined ? { line: sheet.lines[row] } : {}),
  });
  for (const sheet of book.sheets) {
    const { cols, second } = findHeader(sheet);
    if (!cols) continue;
    if (sheet.hidden) {
      results.push({ report: null, findings: [finding('hidden-sheet', { sheet: sheet.name ?? '' }, { file: book.file, ...place(sheet, cols.header, cols.byField.id!) })] });
      continue;
    }
    if (second !== null) {
      results.push({ report: null, findings: [finding('ambiguous-header', { first: cols.header + 1, second: second + 1 }, { file: book.file, ...place(sheet, second, 0) })] });
      continue;
    }
    tables.push({ sheet, cols });
  }
  if (!tables.length) {
    if (!results.length) {
      const first = book.sheets.find((s) => !s.hidden) ?? book.sheets[0];
      results.push({ report: null, findings: [finding('no-header-row', {}, { file: book.file, ...(first?.name ? { sheet: first.name } : {}) })] });
    }
    return results;
  }
  for (const t of tables) results.push(readTable(book, t, tables.length > 1, validate, opts, place));
  return results;
}

function readTable(book: TableBook, { sheet, cols }: SheetTable, several: boolean, validate: Validate, opts: TableReadOptions, place: (sheet: TableSheet, row: number, col: number) => Place): ReadResult {
  const file = book.file;
  const findings: Finding[] = [];
  const meta = readMeta(sheet, cols.header);
  const where = (row: number, col: number) => place(sheet, row, col);
  const fileName = fromFileName(book.name);
  const sources: Partial<Record<'unit' | 'document' | 'period', FieldSource>> = {};
  const sourceCells: Partial<Record<'unit' | 'document' | 'period' | 'submitted', Place>> = {};
  const fromCell = (key: 'unit' | 'document' | 'period' | 'submitted', v: { row: number; col: number }): FieldSource => {
    const p = where(v.row, v.col);
    sourceCells[key] = p;
    return { from: key === 'document' ? 'title' : 'cell', cell: placeName(p) };
  };

  // the unit: a cell above the table, the sheet's name (a sheet per unit), the file's name
  let unit: string | undefined;
  if (meta.unit?.text) {
    unit = meta.unit.text;
    sources.unit = fromCell('unit', meta.unit);
  } else if (several && sheet.name && !GENERIC_SHEET.test(sheet.name.trim())) {
    unit = sheet.name.trim();
    sources.unit = { from: 'sheet-name' };
  } else if (fileName.unit) {
    unit = fileName.unit;
    sources.unit = { from: 'file-name' };
  }

  // the notice: the title row, the file's name, the one notice of the run
  let document: string | undefined;
  const titled = meta.title.map((t) => ({ t, n: noticeIn(t.text, opts.notices) })).find((x) => x.n);
  if (titled) {
    document = titled.n!.label;
    sources.document = fromCell('document', titled.t);
  } else {
    const byName = noticeIn(book.name, opts.notices);
    if (byName) {
      document = byName.label;
      sources.document = { from: 'file-name' };
    } else if (opts.notices.length === 1) {
      document = opts.notices[0]!.label;
      sources.document = { from: 'only-notice' };
    }
  }

  // the period: a cell above the table, the title row, the file's name
  let period: string | undefined;
  const metaPeriod = meta.period?.text ? normalisePeriod(meta.period.text) : '';
  const titlePeriod = meta.title.map((t) => ({ t, p: periodIn(t.text) })).find((x) => x.p);
  if (meta.period && metaPeriod) {
    period = metaPeriod;
    sources.period = fromCell('period', meta.period);
  } else if (titlePeriod) {
    period = titlePeriod.p!;
    sources.period = { from: 'title', cell: placeName(where(titlePeriod.t.row, titlePeriod.t.col)) };
    sourceCells.period = where(titlePeriod.t.row, titlePeriod.t.col);
  } else if (fileName.period) {
    period = fileName.period;
    sources.period = { from: 'file-name' };
  }

  // the submission date, typed as a date, as text, or as a number (a date cell formatted as General)
  let submitted: string | undefined;
  if (meta.submitted) {
    const v = meta.submitted;
    const p = where(v.row, v.col);
    sourceCells.submitted = p;
    if (v.number !== undefined) {
      const read = readDate(String(v.number)) ?? serialDate(v.number);
      findings.push(finding('date-as-number', { written: String(v.number), read: read ?? '' }, { file, ...p }));
      if (read) submitted = read;
    } else submitted = readDate(v.text) ?? undefined;
  }

  const headerPlace = where(cols.header, cols.byField.id!);
  for (const [field, value] of [['unit', unit], ['document', document], ['period', period]] as const) {
    if (!value) findings.push(finding('report-field-missing', { field }, { file, ...headerPlace }));
  }

  const rows = dataRows(sheet, cols);
  // a finding about a row names its task as written; the checker maps it to the notice's task
  const idOfRow = new Map(rows.map((row) => [row.r, row.id]));
  const task = (r: number) => (idOfRow.has(r) ? { task: idOfRow.get(r)! } : {});

  // formulas without a saved value are read as empty: say where
  for (let r = cols.header + 1; r < sheet.rows.length; r++) {
    (sheet.rows[r] ?? []).forEach((c, k) => {
      if (c?.uncached) findings.push(finding('uncached-formula', {}, { file, ...task(r), ...where(r, k) }));
    });
  }

  const tasks: Record<string, unknown>[] = [];
  const noStatus = new Set<number>();
  const blank = new Set<number>();
  rows.forEach((row, i) => {
    const x = row.texts;
    const entry: Record<string, unknown> = { id: row.id };
    if (x.title) entry.title = x.title;
    const reported = [x.status, x.progress, x.problems, x.nextSteps, x.evidence].some((t) => t && !isEmptyProgress(t));
    if (!reported && !x.status) blank.add(i);
    const status = x.status ? statusOf(x.status) : x.progress ? statusOf(x.progress) : null;
    if (status) entry.status = status;
    else {
      noStatus.add(i);
      if (reported) {
        const col = cols.byField.status ?? cols.byField.progress!;
        findings.push(finding('status-unreadable', { written: (x.status ?? x.progress ?? '').slice(0, 40) }, { file, ...task(row.r), ...where(row.r, col) }));
      }
    }
    if (x.progress !== undefined) entry.progress = x.progress;
    if (x.problems !== undefined) entry.problems = x.problems;
    if (x.nextSteps !== undefined) entry.nextSteps = x.nextSteps;
    if (x.evidence !== undefined) entry.evidence = x.evidence;
    tasks.push(entry);
  });

  const locate = (path: (string | number)[]): Place => {
    const [head, index, field] = path;
    if (head === 'tasks' && typeof index === 'number') {
      const row = rows[index];
      if (!row) return headerPlace;
      const col = typeof field === 'string' ? (cols.byField[field as TableField] ?? cols.byField.id!) : cols.byField.id!;
      return where(row.r, col);
    }
    if (head === 'unit' || head === 'document' || head === 'period' || head === 'submitted') return sourceCells[head] ?? headerPlace;
    return headerPlace;
  };

  if (!unit || !document || !period) return { report: null, findings };
  const value: Record<string, unknown> = { unit, document, period, ...(submitted ? { submitted } : {}), tasks };
  // a row whose status cannot be read has its own warning (or is blank): not also a schema error
  const errors = validate(value).filter((e: SchemaError) => !(e.keyword === 'required' && e.params.missingProperty === 'status' && noStatus.has(rowIndex(e.instancePath))));
  findings.push(...schemaFindings(errors, file, locate));
  const report = buildReport(value, errors, file, locate);
  if (!report) return { report: null, findings };
  for (const e of report.tasks) if (blank.has(e.index)) e.blank = true;
  return { report: { ...report, ...(sheet.name !== null ? { sheet: sheet.name } : {}), sources }, findings };
}

function rowIndex(pointer: string): number {
  const m = /^\/tasks\/(\d+)/.exec(pointer);
  return m ? Number(m[1]) : -1;
}
