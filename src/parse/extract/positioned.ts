/**
 * Text placed on pages (PDF, OFD) into lines: the pieces of a page grouped by
 * baseline, top to bottom, each line's pieces in x order with the gaps between
 * them as spaces; then page furniture left out: lines that repeat at the top
 * or bottom of most pages (a 红头, a running title) and page numbers on a line
 * of their own (— 3 —, 第 1 页 共 5 页). Each line's place is its page and its
 * line on that page.
 */
import { LineSink, type InputFormat, type SourceText } from './source.js';
import { type LineRef, type PageLine, readPrintedTable } from './positioned-table.js';
import { findHeader, writeTable, type Grid } from './table.js';
import { breaksBetweenNames, ruledTables, type RuledTable, type Segment } from './ruled-table.js';
import { ATTACHMENT_START } from '../lexicon/documents.js';
import { isUnitColumn } from '../lexicon/tables.js';

export type { PageLine } from './positioned-table.js';

/** A piece of text on a page: its baseline `y` grows upward (PDF's way; OFD's downward y is given negated). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A page's text as lines, top to bottom, each with its items in x order. */
export function pageLines(items: TextItem[]): PageLine[] {
  const sorted = items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: TextItem[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    // items on one baseline (within half their height) are one line
    if (last && Math.abs(last.y - it.y) <= Math.max(last.size, it.height, 1) / 2) last.items.push(it);
    else lines.push({ y: it.y, size: it.height, items: [it] });
  }
  return lines.map((l) => {
    const sortedItems = l.items.sort((a, b) => a.x - b.x);
    return { text: joinItems(sortedItems), items: sortedItems };
  });
}

/** A page's lines with the tables its ruling lines draw: their text in their cells, the rest as lines. */
export function drawnPage(items: TextItem[], segments: readonly Segment[]): PageLine[] {
  const tables = ruledTables(segments, items);
  if (!tables.length) return pageLines(items);
  return withTables(pageLines(items.filter((it) => !tables.some((t) => t.items.has(it)))), tables);
}

/** A page's lines with its drawn tables placed among them, each above the first line below its top. */
function withTables(lines: PageLine[], tables: RuledTable[]): PageLine[] {
  const out: PageLine[] = [];
  const rest = [...tables];
  for (const line of lines) {
    const y = line.items[0]?.y ?? -Infinity;
    while (rest.length && rest[0]!.top > y) out.push({ text: '', items: [], table: rest.shift()! });
    out.push(line);
  }
  for (const table of rest) out.push({ text: '', items: [], table });
  return out;
}

/** Whether two drawn tables have the same column lines (a table going on over a page). */
const sameColumns = (a: RuledTable, b: RuledTable): boolean => a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x - b.columns[i]!) <= 3);

const rowText = (row: Grid[number]): string => row.map((c) => c.text.replace(/\s+/g, '')).join('|');

/** Rows of `grid` appended to `into`, their merged cells' origins moved down with them. */
function appendRows(into: Grid, rows: Grid): void {
  const offset = into.length;
  for (const row of rows) into.push(row.map((c) => ({ ...c, originRow: c.originRow + offset })));
}

/**
 * A drawn table's pieces over pages joined into one grid: a header row the next page repeats is left out, and a
 * row that a page break split (its part on the next page has no number where the table's rows have one) is
 * joined to the row it goes on from. Returns each grid row's place.
 */
function joinPieces(pieces: { table: RuledTable; ref: LineRef }[]): { grid: Grid; refs: LineRef[] } {
  const first = pieces[0]!;
  const grid: Grid = first.table.grid.map((row) => row.map((c) => ({ ...c })));
  const refs: LineRef[] = grid.map(() => first.ref);
  const header = findHeader(grid);
  const seq = header ? header.roles.indexOf('seq') : -1;
  for (const { table, ref } of pieces.slice(1)) {
    let rows = table.grid;
    // a repeated header
    let same = 0;
    while (same < rows.length && same < 3 && rowText(rows[same]!) === rowText(grid[same]!)) same++;
    rows = rows.slice(same);
    const head = rows[0];
    const last = grid[grid.length - 1];
    const ownRow = head?.every((c, col) => c.originRow === same && rows[1]?.[col]?.originRow !== same);
    if (head && last && seq >= 0 && ownRow && !head[seq]!.text.trim() && last[seq]!.text.trim() && head.some((c) => c.text.trim())) {
      // the split row's cells go on in the row above
      head.forEach((c, col) => {
        if (!c.text.trim()) return;
        const origin = last[col]!;
        // the rows the cell spans, from its origin down (not the whole table: a table of many pages stays linear)
        // (a unit cell's names one a line, a name on each page, go on as two: 市发展改革委 / 市市场监管局)
        const apart = header && isUnitColumn(header.roles[col] ?? 'other') && breaksBetweenNames(origin.text, c.text);
        const joined = origin.text + (apart ? '\n' : '') + c.text;
        for (let r = origin.originRow; r < grid.length; r++) for (const cell of grid[r]!) if (cell.originRow === origin.originRow && cell.originCol === origin.originCol) cell.text = joined;
      });
      rows = rows.slice(1);
    }
    // origins counted from the rows kept (a cell merged down from a row left out starts in its own row)
    const dropped = table.grid.length - rows.length;
    appendRows(grid, rows.map((row, r) => row.map((c) => ({ ...c, originRow: c.originRow - dropped >= 0 ? c.originRow - dropped : r }))));
    for (let k = 0; k < rows.length; k++) refs.push(ref);
  }
  return { grid, refs };
}

/** Whether a line's pieces stand apart by more than a character and a half somewhere (cells of a table row). */
function hasWideGap(line: PageLine): boolean {
  return line.items.some((it, k) => k > 0 && it.x - (line.items[k - 1]!.x + line.items[k - 1]!.width) > 1.5 * Math.max(it.height, 1));
}

/** Whether a page may hold a table: two of its lines or more have pieces set apart (a page of running text has none, or a signature). */
export const mayHoldTable = (lines: readonly PageLine[]): boolean => lines.filter(hasWideGap).length >= 2;

/**
 * Items of one line joined: a gap wider than a third of the text's height is
 * a space (words apart); one wider than a character and a half is a wide
 * space, as a typed notice sets a signature or a table's columns apart.
 */
function joinItems(items: TextItem[]): string {
  let out = '';
  let end: number | null = null;
  for (const it of items) {
    const gap = end === null ? 0 : it.x - end;
    const em = Math.max(it.height, 1);
    if (gap > 1.5 * em) out = `${out.trimEnd()}\u3000\u3000`;
    else if (gap > em / 3 && !out.endsWith(' ')) out += ' ';
    out += it.str;
    end = it.x + it.width;
  }
  return out;
}

/** A page number on a line of its own: — 3 —, - 3 -, 3, 第 1 页 共 5 页, 第3页, 3/5. */
const PAGE_NUMBER = /^\s*(?:[—–\-－·•]*\s*\d{1,4}\s*[—–\-－·•]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$/;

/** How many lines at the top and at the bottom of a page may be running heads or feet. */
const EDGE_LINES = 2;

/** A line as compared across pages: digits (page numbers, dates) and spaces aside. */
const edgeKey = (s: string): string => s.replace(/\d+/g, '#').replace(/\s+/g, '');

/**
 * Lines that stand at the top or bottom of most pages (digits aside): running heads and feet. Not attachments'
 * labels that differ (附件1 atop one page, 附件2 atop another: each attachment starts a page of its own).
 */
function furnitureLines(pages: readonly string[][]): Set<string> {
  const out = new Set<string>();
  if (pages.length < 2) return out;
  const counts = new Map<string, number>();
  const labels = new Map<string, Set<string>>();
  for (const lines of pages) {
    const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
    for (const k of new Set(edges.map(edgeKey))) counts.set(k, (counts.get(k) ?? 0) + 1);
    for (const text of edges.filter((t) => ATTACHMENT_START.test(t.trim()))) {
      const k = edgeKey(text);
      labels.set(k, (labels.get(k) ?? new Set()).add(text.replace(/\s+/g, '')));
    }
  }
  for (const [k, n] of counts) if (k && n >= Math.max(2, Math.ceil(pages.length / 2)) && (labels.get(k)?.size ?? 0) < 2) out.add(k);
  return out;
}

/** How far a line may start left of the text's edge and still stand at it (a hanging bracket, a font's side bearing). */
const EDGE_SLACK = 1.5;

/**
 * A page's left text edge: the leftmost place where two lines or more start (a lone line further left, a stamp or a
 * side note, is not the edge); null on a page of fewer than two lines that start together.
 */
function leftEdge(lines: readonly PageLine[]): number | null {
  const starts = lines.flatMap((l) => (l.table || !l.items.length ? [] : [l.items[0]!.x])).sort((a, b) => a - b);
  for (let i = 0; i + 1 < starts.length; i++) if (starts[i + 1]! - starts[i]! <= EDGE_SLACK) return starts[i]!;
  return null;
}

/**
 * A line's indent from the page's left edge, as full-width spaces of its own size: a 公文 paragraph's first line
 * starts two characters in, and a text copy keeps that indent, which says where the paragraph starts and that its
 * first line, wrapped at the right edge, is full though shorter than the lines below it.
 */
function indentOf(line: PageLine, edge: number | null): string {
  const first = line.items[0];
  if (edge === null || !first) return '';
  const chars = Math.round((first.x - edge) / Math.max(first.height, 1));
  return chars > 0 ? '\u3000'.repeat(Math.min(chars, MAX_INDENT)) : '';
}

/** The most characters of indent written (a centred title's; more says nothing more). */
const MAX_INDENT = 20;

/** Pages of lines → the source: page numbers and running heads and feet left out, each line placed by page and line. */
export function pagesToSource(pages: PageLine[][], format: InputFormat): SourceText {
  const texts = pages.map((lines) => lines.map((l) => l.text));
  const furniture = furnitureLines(texts);
  // a page number stands at the top or the bottom of its page: a bare number inside the page (a table's 序号
  // cell, an item number on a line of its own) is text
  const isFurniture = ({ page, line }: LineRef): boolean => {
    const lines = texts[page]!;
    const text = lines[line]!;
    const edge = line < EDGE_LINES || line >= lines.length - EDGE_LINES;
    return edge && (PAGE_NUMBER.test(text) || furniture.has(edgeKey(text)));
  };
  const sink = new LineSink();
  const taken = new Set<string>();
  let tables = 0;
  // a drawn table's pieces, page by page, until text that is not page furniture comes between
  let drawn: { table: RuledTable; ref: LineRef }[] = [];
  const flushDrawn = () => {
    if (!drawn.length) return;
    const { grid, refs } = joinPieces(drawn);
    const at = (r: number) => refs[r] ?? drawn[0]!.ref;
    writeTable(grid, sink, { table: ++tables, rowLocation: (r) => ({ page: at(r).page + 1, line: at(r).line + 1 }) });
    const end = drawn[drawn.length - 1]!.ref;
    sink.push('', { page: end.page + 1, line: end.line + 1 });
    drawn = [];
  };
  pages.forEach((lines, p) => {
    const edge = leftEdge(lines);
    lines.forEach((line, k) => {
      const ref = { page: p, line: k };
      if (line.table) {
        const last = drawn[drawn.length - 1];
        if (last && !(last.ref.page < p && sameColumns(last.table, line.table))) flushDrawn();
        drawn.push({ table: line.table, ref });
        return;
      }
      if (taken.has(`${p}:${k}`)) return;
      // a task table's header line: the table is rebuilt from where its text stands (before the furniture rule:
      // a header repeated at the top of each page is no running head)
      const table = /[序编序編]/.test(line.text) ? readPrintedTable(pages, ref, isFurniture) : null;
      if (table || !isFurniture(ref)) flushDrawn();
      if (table) {
        for (const used of table.used) taken.add(used);
        writeTable(table.grid, sink, { table: ++tables, rowLocation: (r) => ({ page: (table.rows[r] ?? ref).page + 1, line: (table.rows[r] ?? ref).line + 1 }) });
        // the table's end ends a paragraph: the line after it (a signature) never continues its last cell
        sink.push('', { page: table.next.page + 1, line: table.next.line + 1 });
        return;
      }
      if (!isFurniture(ref)) sink.push(indentOf(line, edge) + line.text, { page: p + 1, line: k + 1 });
    });
  });
  flushDrawn();
  return sink.result(format);
}
