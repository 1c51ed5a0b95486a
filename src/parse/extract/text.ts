/**
 * Plain text with task tables in it. A table copied from Word or a spreadsheet
 * arrives as lines of tab-separated cells; one copied from a web page often
 * arrives with every cell on a line of its own (序号 / 重点任务 / 牵头单位 / …,
 * then 1 / the task / the units / …). Such tables go to the task-table reader;
 * all other lines pass through unchanged, each keeping its line number.
 */
import { LineSink, type SourceText } from './source.js';
import { buildGrid, classify, findHeader, writeTable, type ColumnRole } from './table.js';
import { diag } from '../../model/diagnostic.js';
import { splitLines } from '../../model/position.js';

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());
const isTableLine = (line: string | undefined) => line !== undefined && (line.match(/\t/g)?.length ?? 0) >= 2;
const SEQ_HEADER_LINE = /^[ \t\u3000]*(序号|编号)([ \t\u3000]*$|[ \u3000]{2,}\S)/m;
const SPACED_SPLIT = /[ \u3000]{2,}|\t/;
const spacedCells = (line: string) => line.trim().split(SPACED_SPLIT);

/** Whether a text holds a tab-separated task table at all (cheap: most texts have no tab). */
export function hasTabTable(text: string): boolean {
  return text.includes('\t') && splitLines(text).filter(isTableLine).length >= 2;
}

/** Whether a text may hold a task table: tab-separated, columns set apart by runs of spaces, or one cell per line, under a 序号 header. */
export function hasTextTable(text: string): boolean {
  return hasTabTable(text) || SEQ_HEADER_LINE.test(text);
}

type Row = { cells: string[]; line: number };

/** A table found in the lines: its rows (header first) with their source lines, and the index after it. */
interface FoundTable {
  rows: Row[];
  next: number;
}

function tabTableAt(lines: string[], i: number): FoundTable | null {
  if (!isTableLine(lines[i])) return null;
  let j = i;
  while (j < lines.length && isTableLine(lines[j])) j++;
  if (j - i < 2) return null;
  return { rows: lines.slice(i, j).map((l, k) => ({ cells: cellsOf(l), line: i + k + 1 })), next: j };
}

const nextFilled = (lines: string[], from: number) => {
  let k = from;
  while (k < lines.length && !lines[k]?.trim()) k++;
  return k;
};

/**
 * A table whose columns are set apart by two or more spaces (a PDF or web copy):
 * a header starting with 序号, then rows with exactly as many cells. A row with
 * more or fewer (an empty cell, or a cell with spaces in it) cannot be split with
 * certainty: the table ends before it, with a warning.
 */
function spacedTableAt(lines: string[], i: number, sink: LineSink): FoundTable | null {
  const first = lines[i];
  if (first === undefined) return null;
  const header = spacedCells(first);
  if (header.length < 3 || !/^(序号|编号)$/.test(header[0] ?? '')) return null;
  const rows: Row[] = [{ cells: header, line: i + 1 }];
  let k = i + 1;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (line === undefined || !line.trim()) break;
    const cells = spacedCells(line);
    if (cells.length !== header.length) {
      sink.diagnostics.push(diag('table-cells-uneven', { row: rows.length, columns: header.length }, k + 1));
      break;
    }
    rows.push({ cells, line: k + 1 });
  }
  return rows.length >= 2 ? { rows, next: k } : null;
}

/** A header written one cell per line, 序号 first, naming a task column and a unit column. */
function cellHeaderAt(lines: string[], i: number): { columns: string[]; next: number } | null {
  const first = lines[i]?.trim();
  if (first === undefined || !/^(序号|编号)$/.test(first)) return null;
  const columns = [first];
  let j = nextFilled(lines, i + 1);
  while (j < lines.length) {
    const t = lines[j]?.trim();
    if (t === undefined) break;
    const role = classify(t);
    if (t.length > 10 || role === 'other' || role === 'seq') break;
    columns.push(t);
    j = nextFilled(lines, j + 1);
  }
  const roles = columns.map(classify);
  const has = (...wanted: ColumnRole[]) => roles.some((r) => wanted.includes(r));
  if (columns.length < 3 || !has('task', 'measures') || !has('lead', 'cooperating', 'responsible')) return null;
  return { columns, next: j };
}

/**
 * Rows of a one-cell-per-line table: each starts at the line holding the next
 * 序号 (1, 2, 3 …) and has exactly one line per column. A row with more or fewer
 * lines (a wrapped or an empty cell) cannot be split with certainty: the table
 * ends before it, with a warning, and the rest is read as text.
 */
function cellTableAt(lines: string[], i: number, sink: LineSink): FoundTable | null {
  const header = cellHeaderAt(lines, i);
  if (!header) return null;
  const width = header.columns.length;
  const rows: Row[] = [{ cells: header.columns, line: i + 1 }];
  let k = nextFilled(lines, header.next);
  for (let seq = 1; k < lines.length && lines[k]?.trim() === String(seq); seq++) {
    const start = k;
    const cells: string[] = [];
    let end = start;
    for (let m = start; m < lines.length && cells.length < width; m = nextFilled(lines, m + 1)) {
      const line = lines[m];
      if (line === undefined) break;
      cells.push(line.trim());
      end = m;
    }
    const after = nextFilled(lines, end + 1);
    const nextStart = findNextSeq(lines, start + 1, seq + 1, 2 * width);
    if (cells.length < width || (nextStart >= 0 && nextStart !== after)) {
      sink.diagnostics.push(diag('table-cells-uneven', { row: seq, columns: width }, start + 1));
      break;
    }
    rows.push({ cells, line: start + 1 });
    k = after;
  }
  if (rows.length < 2) return null;
  return { rows, next: k };
}

/** The index of the line holding the 序号 `seq` within `within` filled lines after `from`, or -1. */
function findNextSeq(lines: string[], from: number, seq: number, within: number): number {
  for (let k = nextFilled(lines, from), n = 0; k < lines.length && n < within; k = nextFilled(lines, k + 1), n++) {
    if (lines[k]?.trim() === String(seq)) return k;
  }
  return -1;
}

export function readTextTables(text: string, encoding: string): SourceText {
  const lines = splitLines(text);
  const sink = new LineSink();
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const found = tabTableAt(lines, i) ?? spacedTableAt(lines, i, sink) ?? cellTableAt(lines, i, sink);
    const grid = found && buildGrid(found.rows.map((r) => r.cells.map((c) => ({ text: c, rowspan: 1, colspan: 1 }))));
    if (!found || !grid || !findHeader(grid)) {
      // not a task table: its lines pass through as they are
      const next = found?.next ?? i + 1;
      lines.slice(i, next).forEach((line, k) => sink.push(line, { line: i + k + 1, verbatim: true }));
      i = next - 1;
      continue;
    }
    tables++;
    const rows = found.rows;
    sink.blank();
    writeTable(grid, sink, {
      table: tables,
      rowLocation: (r) => {
        const row = rows[r];
        return row ? { line: row.line, column: 1 } : {};
      },
    });
    sink.blank();
    i = found.next - 1;
  }
  return sink.result('text', encoding);
}
