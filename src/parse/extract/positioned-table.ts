/**
 * A task table printed on pages (PDF, OFD), rebuilt from where its text
 * stands: a header line whose cells name a 序号, a task and a unit column (as
 * a table reader's header does); the columns where no text of the table
 * stands between two header cells; the rows by the numbers in the 序号
 * column, each row reaching as far above its number as below it (a number
 * set at the top of its cell reaches nothing above; one centred in a cell
 * wrapped over three lines reaches one line each way); and each cell's text
 * its pieces top to bottom. The table goes on over a page break (a header
 * repeated at the top of the next page is skipped) and ends at a line whose
 * text crosses a column. Anything less certain is left as lines.
 */
import { findHeader, buildGrid, type Grid } from './table.js';
import type { TextItem } from './positioned.js';
import type { RuledTable } from './ruled-table.js';
import { firstWidth, setApart, withoutJustifying } from './placed-text.js';
import { ATTACHMENT_START } from '../lexicon/documents.js';
import { CONTINUED_TABLE } from '../lexicon/furniture.js';

/** A line of a page: its text and its placed pieces. */
export interface PageLine {
  text: string;
  items: TextItem[];
  /** A table the page draws (its text is in its cells, not in `text`). */
  table?: RuledTable;
}

/** Where a line is: its page and its index on the page (0-based). */
export interface LineRef {
  page: number;
  line: number;
}

export interface PrintedTable {
  grid: Grid;
  /** The place of each grid row (the header first). */
  rows: LineRef[];
  /** The lines the table took, to leave out of the text. */
  used: Set<string>;
  /** Where the text goes on after the table. */
  next: LineRef;
}

const SEQ = /^(序号|编号|序號|編號)$/;
/** A header cell that is the 序号 column (spaces inside it aside). */
const isSeq = (cell: { text: string }) => SEQ.test(cell.text.replace(/\s+/g, ''));
/** A row's number under 序号: 1, 1., 1、, （1）. */
const NUMBER = /^(?:\d{1,3}[.．、]?|[（(]\d{1,3}[）)])$/;
const key = (r: LineRef) => `${r.page}:${r.line}`;

/** A line's pieces merged into cells: pieces closer than half a character are one cell. */
function cellsOf(items: TextItem[]): { text: string; x: number; end: number }[] {
  const out: { text: string; x: number; end: number }[] = [];
  for (const it of [...items].filter((i) => i.str.trim()).sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    const em = Math.max(it.height, 1);
    if (last && it.x - last.end < em / 2) {
      last.text += it.str.trim();
      last.end = Math.max(last.end, it.x + it.width);
    } else out.push({ text: it.str.trim(), x: it.x, end: it.x + it.width });
  }
  return out;
}

/**
 * A header's pieces, on one line or wrapped over two or three (牵头单 / 位, 序 / 号, a cell centred beside
 * them): pieces that overlap across the lines are one cell, read top to bottom.
 */
function windowCells(lines: PageLine[]): { text: string; x: number; end: number }[] {
  const pieces = lines.flatMap((l, row) => l.items.filter((i) => i.str.trim()).map((i) => ({ i, row }))).sort((a, b) => a.i.x - b.i.x);
  const cells: { parts: { i: TextItem; row: number }[]; x: number; end: number }[] = [];
  for (const p of pieces) {
    const last = cells[cells.length - 1];
    const em = Math.max(p.i.height, 1);
    if (last && p.i.x < last.end + em / 2) {
      last.parts.push(p);
      last.end = Math.max(last.end, p.i.x + p.i.width);
    } else cells.push({ parts: [p], x: p.i.x, end: p.i.x + p.i.width });
  }
  return cells.map((c) => ({ text: c.parts.sort((a, b) => a.row - b.row || a.i.x - b.i.x).map((p) => p.i.str.trim()).join(''), x: c.x, end: c.end }));
}

/** The header's cells when lines `from` to `from + size - 1` are a task table's header: 序号 and a task or unit column among three or more cells. */
function headerCells(lines: PageLine[]): { text: string; x: number; end: number }[] | null {
  const cells = lines.length === 1 ? cellsOf(lines[0]!.items) : windowCells(lines);
  if (cells.length < 3 || !cells.some(isSeq)) return null;
  const header = findHeader(buildGrid([cells.map((c) => ({ text: c.text.replace(/\s+/g, ''), rowspan: 1, colspan: 1 }))]));
  return header && header.end === 0 ? cells : null;
}

/** The column boundaries: between each two header cells, the middle of the widest stretch where no piece of the table stands. */
function boundaries(header: { x: number; end: number }[], lines: PageLine[]): number[] | null {
  const spans = lines.flatMap((l) => l.items.filter((i) => i.str.trim()).map((i) => [i.x, i.x + i.width] as const)).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (let c = 0; c + 1 < header.length; c++) {
    const from = (header[c]!.x + header[c]!.end) / 2;
    const to = (header[c + 1]!.x + header[c + 1]!.end) / 2;
    // uncovered stretches between the two header centres
    let reach = from;
    let best: [number, number] | null = null;
    for (const [s, e] of spans) {
      if (e <= reach) continue;
      if (s >= to) break;
      if (s > reach && (!best || s - reach > best[1] - best[0])) best = [reach, Math.min(s, to)];
      reach = Math.max(reach, e);
    }
    if (reach < to && (!best || to - reach > best[1] - best[0])) best = [reach, to];
    if (!best) return null;
    out.push((best[0] + best[1]) / 2);
  }
  return out;
}

/** The column of a piece: the one its start falls in; -1 when it crosses a boundary by more than a character (a paragraph, not a cell). */
function columnOf(item: TextItem, cuts: number[]): number {
  let col = 0;
  while (col < cuts.length && item.x >= cuts[col]!) col++;
  const crosses = col < cuts.length && item.x + item.width > cuts[col]! + Math.max(item.height, 1);
  return crosses ? -1 : col;
}

/** A category row's text across the table opens with its number: 一、…, （一）…, 第一部分 …. */
const CATEGORY = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部篇章])/;

/** A line that is one piece of text naming a category (一、持续精简行政审批) from where the rows' numbers stand, not a paragraph. */
function isCategoryLine(line: PageLine, seq: { x: number; end: number }): boolean {
  const cells = cellsOf(line.items);
  const text = line.text.replace(/\s+/g, '');
  if (cells.length !== 1 || text.length > 40 || /[。；;，,]/.test(text)) return false;
  return CATEGORY.test(text) && cells[0]!.x <= seq.end;
}

/** Lines `from` to `to` of a table: a row per number under 序号. */
interface Row {
  from: number;
  to: number;
  category?: boolean;
}

/**
 * The rows of a stretch of lines between category rows (`aligned`: as the table's first stretch found). A stretch whose
 * first number stands on its first line sets its numbers at the top of their cells: a row runs to the line before the
 * next number. Otherwise they are centred: a row reaches as far above its number as below it. (The last row of a stretch `closed` by a category's row takes
 * the lines up to it; the table's last row reaches below its number as far as the row before it did, or as far as
 * above: no further, so that a line after the table, a signature, is not taken into a cell.)
 */
function rowsOf(first: number, last: number, numbered: (k: number) => boolean, closed: boolean, aligned?: boolean): { rows: Row[]; topAligned?: boolean } {
  const firsts: number[] = [];
  for (let k = first; k <= last; k++) if (numbered(k)) firsts.push(k);
  if (!firsts.length) return { rows: [] };
  const topAligned = aligned ?? firsts[0] === first;
  const rows: Row[] = [];
  let start = first;
  let below = 0;
  for (const [n, k] of firsts.entries()) {
    const above = k - start;
    const end = n + 1 === firsts.length;
    const reach = topAligned ? (end ? below : firsts[n + 1]! - 1 - k) : end ? Math.max(above, below) : above;
    const to = end && closed ? last : Math.max(k, Math.min(end ? last : firsts[n + 1]! - 1, k + reach));
    rows.push({ from: start, to });
    below = to - k;
    start = to + 1;
  }
  return { rows, topAligned };
}

/** Whether a cell's line that ended at `end` wraps onto `next`: it left no room for the next line's first character. */
const wraps = (end: number, next: { text: string; em: number }, reach: number): boolean => end + firstWidth(next) > reach + next.em / 4;

/** A line's text in one column: its pieces left to right, where the last one ends, and the text's size. */
interface CellLine {
  text: string;
  end: number;
  em: number;
}
/** A line's text in each column (undefined where it has none). */
type Placed = (CellLine | undefined)[];

/**
 * Lines that go on with a row's wrapped cells: the lines before the next row's number that only continue cells the row
 * left wrapped (区政务服务和数据管 / 理局、区卫生健康局; 2024年9 / 月底前) are the row's, not the next row's: a row that
 * runs over a page, or whose number stands on its first line in a table whose numbers are centred.
 */
function carryOver(rows: Row[], placed: Placed[], reach: number[], numbered: (k: number) => boolean): void {
  for (let r = 0; r + 1 < rows.length; r++) {
    const row = rows[r]!;
    const next = rows[r + 1]!;
    if (row.category || next.category) continue;
    // where each of the row's cells last ended
    const last: (number | undefined)[] = reach.map(() => undefined);
    for (let k = row.from; k <= row.to; k++) placed[k]!.forEach((cell, col) => cell && (last[col] = cell.end));
    while (next.from < next.to && !numbered(next.from)) {
      const cells = placed[next.from]!;
      const goesOn = cells.every((cell, col) => !cell || (last[col] !== undefined && wraps(last[col]!, cell, reach[col]!)));
      if (!goesOn || !cells.some(Boolean)) break;
      cells.forEach((cell, col) => cell && (last[col] = cell.end));
      row.to++;
      next.from++;
    }
  }
}

/** A line's text in each column. */
function cellLines(items: TextItem[], cuts: number[], columns: number): Placed {
  const out: Placed = Array.from({ length: columns });
  for (const it of [...items].filter((i) => i.str.trim()).sort((a, b) => a.x - b.x)) {
    const col = columnOf(it, cuts);
    const cell = (out[col] ??= { text: '', end: -Infinity, em: 1 });
    const piece = withoutJustifying(it.str.trim());
    cell.text += cell.text && setApart(cell.text, cell.end, piece, it) ? ` ${piece}` : piece;
    cell.end = Math.max(cell.end, it.x + it.width);
    cell.em = Math.max(cell.em, it.height);
  }
  return out;
}

/**
 * The table whose header is line `at`, or null. `lines(p)` gives page p's
 * lines; `isFurniture(ref)` says which lines are page furniture (running
 * heads, page numbers), which a table passes over.
 */
export function readPrintedTable(pages: PageLine[][], at: LineRef, isFurniture: (ref: LineRef) => boolean): PrintedTable | null {
  // the header on one line, or wrapped over two or three (a narrow column's 牵头单 / 位)
  let head: { text: string; x: number; end: number }[] | null = null;
  let size = 1;
  for (; size <= 3 && !head; size++) {
    const window = pages[at.page]!.slice(at.line, at.line + size);
    if (window.length === size) head = headerCells(window);
  }
  size--;
  if (!head) return null;
  const headerKey = head.map((c) => c.text).join('|');
  // the lines after the header, over page breaks, until one that holds a single wide piece (a paragraph) or a heading
  const body: { ref: LineRef; line: PageLine }[] = [];
  // the header repeated at the top of a later page (Word's repeated header row): part of the table, not text
  const repeated: LineRef[] = [];
  const width = head[head.length - 1]!.end - head[0]!.x;
  const headHeight = Math.max(...pages[at.page]!.slice(at.line, at.line + size).flatMap((l) => l.items.filter((i) => i.str.trim()).map((i) => i.height)), 1);
  outer: for (let p = at.page; p < pages.length; p++) {
    for (let k = p === at.page ? at.line + size : 0; k < pages[p]!.length; k++) {
      const ref = { page: p, line: k };
      const line = pages[p]![k]!;
      // page furniture inside a table is what stands in smaller type than the header (a running head, a page
      // number): a row of the table repeated at page edges (the same units row after row) is no furniture
      if (isFurniture(ref) && line.items.every((i) => !i.str.trim() || i.height < headHeight * 0.85)) continue;
      if (p > at.page && (size === 1 ? cellsOf(line.items) : windowCells(pages[p]!.slice(k, k + size))).map((c) => c.text).join('|') === headerKey) {
        for (let d = 0; d < size; d++) repeated.push({ page: p, line: k + d });
        k += size - 1;
        continue;
      }
      const pieces = line.items.filter((i) => i.str.trim());
      // 续表 over a page: the table goes on, the line is none of its text
      if (p > at.page && CONTINUED_TABLE.test(line.text)) {
        repeated.push(ref);
        continue;
      }
      // a paragraph across the table, or the next attachment's label (附件2), ends it
      if ((pieces.length === 1 && pieces[0]!.width > width * 0.6) || ATTACHMENT_START.test(line.text.trim())) break outer;
      body.push({ ref, line });
    }
  }
  // the columns are found among the lines down to the last number under 序号, not among the
  // lines after the table: a signature at the left margin would cover the gap after 序号
  const seqCol = head.findIndex(isSeq);
  const seqHead = head[seqCol]!;
  const under = (i: TextItem) => NUMBER.test(i.str.trim()) && i.x >= seqHead.x - i.height && i.x + i.width <= seqHead.end + i.height;
  let lastNumbered = -1;
  body.forEach((b, k) => {
    if (b.line.items.some(under)) lastNumbered = k;
  });
  if (lastNumbered < 0) return null;
  // a category's row across the table (一、持续精简行政审批) with numbered rows after it stays in the table
  const category = (k: number) => k < lastNumbered && isCategoryLine(body[k]!.line, seqHead);
  const cuts = boundaries(head, body.slice(0, lastNumbered + 1).filter((_, k) => !category(k)).map((b) => b.line));
  if (!cuts) return null;
  // the table ends at the first line with a piece that crosses a column, or with anything but a number under 序号
  // (a signature or a paragraph after the table starts at the left margin)
  const end = body.findIndex((b, k) => !category(k) && b.line.items.some((i) => i.str.trim() && (columnOf(i, cuts) < 0 || (columnOf(i, cuts) === seqCol && !NUMBER.test(i.str.trim())))));
  const lines = end < 0 ? body : body.slice(0, end);
  const categories = new Set(lines.flatMap((_, k) => (category(k) ? [k] : [])));
  const numbered = (k: number) => !categories.has(k) && lines[k]!.line.items.some((i) => NUMBER.test(i.str.trim()) && columnOf(i, cuts) === seqCol);
  if (!lines.some((_, k) => numbered(k))) return null;
  const rows: Row[] = [];
  let from = 0;
  let aligned: boolean | undefined;
  for (let k = 0; k <= lines.length; k++) {
    if (k < lines.length && !categories.has(k)) continue;
    // a stretch closed by a category's row gives its last row all its lines, the table's last stretch does not reach
    // past it; the table's first numbers say where its numbers stand in their cells (a row split by a page may put its
    // number on the fragment's first line)
    const stretch = rowsOf(from, k - 1, numbered, k < lines.length, aligned);
    aligned ??= stretch.topAligned;
    rows.push(...stretch.rows);
    if (k < lines.length) rows.push({ from: k, to: k, category: true });
    from = k + 1;
  }
  if (!rows.length) return null;
  const placed = lines.map((b) => cellLines(b.line.items, cuts, head.length));
  // how far right the text of each column reaches: a line that ends well short of it was broken on purpose
  const reach = head.map((_, col) => Math.max(...placed.map((cells) => cells[col]?.end ?? -Infinity)));
  carryOver(rows, placed, reach, numbered);
  const lastRef = lines[rows[rows.length - 1]!.to]!.ref;
  const used = new Set<string>([...Array.from({ length: size }, (_, d) => key({ page: at.page, line: at.line + d })), ...repeated.filter((r) => r.page < lastRef.page || (r.page === lastRef.page && r.line < lastRef.line)).map(key)]);
  const cell = (text: string, colspan = 1) => ({ text, rowspan: 1, colspan });
  const grid = [head.map((c) => cell(c.text.replace(/\s+/g, '')))];
  const refs: LineRef[] = [at];
  for (const { from, to, category } of rows) {
    if (category) {
      // a category's row is one cell across the table, as a reader of a page's table gives it
      used.add(key(lines[from]!.ref));
      grid.push([cell(lines[from]!.line.text.replace(/\s+/g, ''), head.length)]);
      refs.push(lines[from]!.ref);
      continue;
    }
    const cells = head.map(() => '');
    // where each cell's last line ended
    const ends: (number | undefined)[] = head.map(() => undefined);
    for (let k = from; k <= to; k++) {
      used.add(key(lines[k]!.ref));
      placed[k]!.forEach((line, col) => {
        if (!line) return;
        // a line that left room for this line's first character was broken on purpose (one name a line), not wrapped
        const end = ends[col];
        if (end !== undefined && !wraps(end, line, reach[col]!)) cells[col] += '\n';
        cells[col] += line.text;
        ends[col] = line.end;
      });
    }
    grid.push(cells.map((c) => cell(c.trim())));
    refs.push(lines[from]!.ref);
  }
  return { grid: buildGrid(grid), rows: refs, used, next: { page: lastRef.page, line: lastRef.line + 1 } };
}
