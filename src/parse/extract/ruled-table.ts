/**
 * Tables whose cells a page draws (PDF): the ruling lines of a page, joined
 * where they touch, give each table its column and row lines; two neighbouring
 * boxes with no line drawn between them are one merged cell (a 责任单位 cell
 * over three rows, a category row across the table, a header cell over two
 * sub-columns); each piece of text belongs to the box its first character
 * stands in. A cell's lines are joined where a line wrapped at the cell's
 * right edge and kept apart where it was broken short (one name a line). The
 * grid is what a Word or HTML table gives, so that one table writer reads them
 * all. A page whose drawing is not a grid (a chart, a diagram) has no table.
 */
import { buildGrid, type Grid } from './table.js';
import type { TextItem } from './positioned.js';
import { firstWidth, NO_LINE_START, setApart, withoutJustifying } from './placed-text.js';
import { hasUnitSuffix, NAME_OPENING, NAMED_PLACE_OPENING, nameRunsOnAfterBreak } from '../lexicon/units.js';
import { lastAtOrBefore } from '../../model/position.js';

/** A ruling line: horizontal (y1 = y2) or vertical (x1 = x2), x1 ≤ x2 and y1 ≤ y2; y grows upward. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A point on a page. */
export type Point = [number, number];

/** A filled rectangle no thicker than this is a ruling line (a border drawn as a thin box); a thicker one is shading. */
const THIN = 3;

/** The line between two points, its ends in order. */
export const segment = ([x1, y1]: Point, [x2, y2]: Point): Segment => ({ x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) });

/**
 * A filled shape that is a thin strip along an axis (a border drawn as a thin box, or as a browser draws it: a
 * quadrilateral with mitred corners) as its middle line, or null.
 */
export function thinStrip(poly: Point[]): Segment | null {
  if (poly.length < 3 || poly.length > 8) return null;
  const xs = poly.map((p) => p[0]);
  const ys = poly.map((p) => p[1]);
  const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (y2 - y1 <= THIN && x2 - x1 > THIN) return { x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 };
  if (x2 - x1 <= THIN && y2 - y1 > THIN) return { x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 };
  return null;
}

/** A drawn table on a page. */
export interface RuledTable {
  /** Its top edge (y grows upward): where it stands among the page's lines. */
  top: number;
  bottom: number;
  /** The x of each column line, left to right: a table going on over a page has the same. */
  columns: number[];
  grid: Grid;
  /** The pieces of text in its cells, to leave out of the page's lines. */
  items: Set<TextItem>;
}

/** Pieces of a line closer than this are one line (PDF units: a point is 1/72 inch). */
const TOLERANCE = 2;
/**
 * Lines closer than this are one column or row line, and lines this close touch: a web page's table draws each
 * cell's own box, a little apart from its neighbours' (cellspacing), and no cell is narrower.
 */
const NEAR = 4;
/** Shorter strokes are no ruling (a dash, an underline of one character is longer). */
const MIN_LENGTH = 3;
/** A cell's padding, as word processors set it (Word's 0.19 cm is 5.4 points), and the most taken as one. */
const DEFAULT_PADDING = 5.4;
const MAX_PADDING = 8;
/** More ruling lines than this on a page is a drawing, not a table: read as text (and linear in the page's size). */
export const MAX_RULINGS = 2000;
/** More boxes than this in one frame is a chart's grid, not a table (a page of a table holds a few hundred). */
const MAX_BOXES = 20000;

const isHorizontal = (s: Segment) => Math.abs(s.y2 - s.y1) <= 1 && s.x2 - s.x1 >= MIN_LENGTH;
const isVertical = (s: Segment) => Math.abs(s.x2 - s.x1) <= 1 && s.y2 - s.y1 >= MIN_LENGTH;

/** Collinear pieces of one line joined (a border drawn cell by cell is one line): `along` is a line's own axis. */
function joinCollinear(lines: Segment[], horizontal: boolean): Segment[] {
  const at = (s: Segment) => (horizontal ? s.y1 : s.x1);
  const from = (s: Segment) => (horizontal ? s.x1 : s.y1);
  const to = (s: Segment) => (horizontal ? s.x2 : s.y2);
  const sorted = [...lines].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: Segment[] = [];
  // lines at one height (within the tolerance), each run's pieces in order along it
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && at(sorted[j]!) - at(sorted[i]!) <= TOLERANCE) j++;
    const run = sorted.slice(i, j).sort((a, b) => from(a) - from(b));
    const pos = run.reduce((sum, s) => sum + at(s), 0) / run.length;
    let start = from(run[0]!);
    let end = to(run[0]!);
    const close = () => out.push(horizontal ? { x1: start, y1: pos, x2: end, y2: pos } : { x1: pos, y1: start, x2: pos, y2: end });
    for (const s of run.slice(1)) {
      if (from(s) <= end + TOLERANCE) end = Math.max(end, to(s));
      else {
        close();
        start = from(s);
        end = to(s);
      }
    }
    close();
    i = j;
  }
  return out;
}

const touches = (h: Segment, v: Segment) => v.x1 >= h.x1 - NEAR && v.x1 <= h.x2 + NEAR && h.y1 >= v.y1 - NEAR && h.y1 <= v.y2 + NEAR;

/** Groups of lines that touch one another: each a table's frame (or a drawing's). */
function frames(hs: Segment[], vs: Segment[]): { hs: Segment[]; vs: Segment[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  hs.forEach((h, i) => vs.forEach((v, j) => touches(h, v) && (parent[find(i)] = find(hs.length + j))));
  const groups = new Map<number, { hs: Segment[]; vs: Segment[] }>();
  const group = (i: number) => groups.get(find(i)) ?? groups.set(find(i), { hs: [], vs: [] }).get(find(i))!;
  hs.forEach((h, i) => group(i).hs.push(h));
  vs.forEach((v, j) => group(hs.length + j).vs.push(v));
  return [...groups.values()];
}

/** Distinct positions in order: a run of positions each near the one before is one (its middle). */
function distinct(values: number[]): number[] {
  const runs: number[][] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && v - run[run.length - 1]! <= NEAR) run.push(v);
    else runs.push([v]);
  }
  return runs.map((run) => (run[0]! + run[run.length - 1]!) / 2);
}

/** The lines of a frame by the column or row line they stand at (`positions`, ascending): index k holds those near positions[k]. */
function byPosition(lines: Segment[], positions: number[], horizontal: boolean): Segment[][] {
  const out: Segment[][] = positions.map(() => []);
  for (const s of lines) {
    const at = horizontal ? s.y1 : s.x1;
    const k = positions.findIndex((p) => Math.abs(p - at) <= NEAR);
    if (k >= 0) out[k]!.push(s);
  }
  return out;
}

/** Whether one of `lines` (those at one column or row line) covers the point `mid` along it. */
const covers = (lines: Segment[], horizontal: boolean, mid: number) => lines.some((s) => (horizontal ? s.x1 <= mid && s.x2 >= mid : s.y1 <= mid && s.y2 >= mid));

/** A box of the grid: its row (from the top) and column, and the cell it is part of. */
interface Cell {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

/**
 * The cells of a frame: boxes between its column and row lines, neighbours with no line drawn between them
 * joined. Null when a joined cell is no rectangle (a drawing, not a table).
 */
function cellsOf(xs: number[], ys: number[], hs: Segment[], vs: Segment[]): (Cell | undefined)[][] | null {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => (parent[find(a)] = find(b));
  const columnLines = byPosition(vs, xs, false);
  const rowLines = byPosition(hs, ys, true);
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !covers(columnLines[c + 1]!, false, midY)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covers(rowLines[r + 1]!, true, midX)) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const boxes = new Map<number, { r0: number; r1: number; c0: number; c1: number; n: number }>();
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const b = boxes.get(find(r * cols + c));
      if (b) Object.assign(b, { r1: Math.max(b.r1, r), c0: Math.min(b.c0, c), c1: Math.max(b.c1, c), n: b.n + 1 });
      else boxes.set(find(r * cols + c), { r0: r, r1: r, c0: c, c1: c, n: 1 });
    }
  const out: (Cell | undefined)[][] = Array.from({ length: rows }, () => Array.from({ length: cols }));
  for (const b of boxes.values()) {
    const rowspan = b.r1 - b.r0 + 1;
    const colspan = b.c1 - b.c0 + 1;
    if (rowspan * colspan !== b.n) return null;
    out[b.r0]![b.c0] = { row: b.r0, col: b.c0, rowspan, colspan };
  }
  return out;
}

/** The index of the interval of `edges` (ascending) that holds v, or -1. */
function intervalOf(edges: number[], v: number): number {
  if (v < edges[0]! || v > edges[edges.length - 1]!) return -1;
  // (v on the last edge is in the last interval)
  return Math.max(0, Math.min(lastAtOrBefore(edges, v), edges.length - 2));
}

/** A line of a cell: its text, where it starts and ends, and its size. */
interface CellLine {
  text: string;
  x: number;
  end: number;
  em: number;
}

/** A cell's pieces as lines, top to bottom: pieces on one baseline (within half their height) are a line. */
function linesOf(items: TextItem[]): CellLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextItem[][] = [];
  for (const it of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last[0]!.y - it.y) <= Math.max(last[0]!.height, it.height, 1) / 2) last.push(it);
    else groups.push([it]);
  }
  return groups.map((g) => {
    const line: CellLine = { text: '', x: Infinity, end: -Infinity, em: 1 };
    for (const it of g.sort((a, b) => a.x - b.x)) {
      const text = it.str.trim();
      const piece = withoutJustifying(text);
      if (line.text && setApart(line.text, line.end, piece, it)) line.text += ' ';
      line.text += piece;
      line.x = Math.min(line.x, it.x);
      line.end = Math.max(line.end, it.x + it.width);
      line.em = Math.max(line.em, it.height);
    }
    return line;
  });
}

/** A line that opens a name of its own: with a level word (县住房城乡建设局) or a named place (金凤区人民政府). */
const opensName = (text: string) => NAME_OPENING.test(text) || NAMED_PLACE_OPENING.test(text);

/** A unit's name at a line's end (…县自然资源局), not a name cut by the line's end. */
const endsInName = (text: string) => hasUnitSuffix(/[^、，,；;\s]*$/.exec(text)![0]);

/**
 * Whether text that ends a unit's name and text that opens another are two names, though nothing sets them apart
 * (县自然资源局 / 县住房城乡建设局, 兴庆区人民政府 / 金凤区人民政府): a line or a page broke between them.
 */
export const breaksBetweenNames = (before: string, next: string): boolean => endsInName(before) && opensName(next) && !nameRunsOnAfterBreak(before, next);

/**
 * A cell's text: a line that left no room before the cell's right edge (`right`, its padding taken off) for what
 * the next line starts with wrapped there and goes on with it, unless it ends a unit's name and the next line
 * opens another with a level word (县自然资源局 / 县住房城乡建设局, set one name a line in a narrow column); one that stopped short
 * was broken on purpose, a new line.
 */
function cellText(lines: CellLine[], right: number): string {
  let out = '';
  lines.forEach((line, k) => {
    const before = lines[k - 1];
    if (before) {
      // within half a character of the edge: line breaking keeps a number with its measure (15条) and may squeeze
      const full = before.end + firstWidth(line) > right - line.em / 2;
      const wraps = full && !breaksBetweenNames(before.text, line.text);
      out += wraps ? '' : '\n';
    }
    out += line.text;
  });
  return out;
}

/** Where the first character of a piece stands: the point that decides its cell. */
const anchor = (it: TextItem) => ({ x: it.x + Math.min(it.width, Math.max(it.height, 1)) / 2, y: it.y + Math.max(it.height, 1) / 3 });

/** How wide a character sets, in squares: half for a digit, a letter or a space, one for the rest. */
const advance = (ch: string): number => (/[\x20-\x7e]/.test(ch) ? 0.5 : 1);

/**
 * A piece of text cut where a column line it crosses stands (a reader joins the texts of two cells on one baseline
 * into one piece: 市市场监管局 市公安局、市税务局): at the space nearest the line, which stands for the gap between the
 * cells, else at the character nearest it, the characters' places estimated from their widths.
 */
function cutAt(it: TextItem, x: number): TextItem[] {
  const chars = [...it.str];
  const total = chars.reduce((w, ch) => w + advance(ch), 0);
  const places: number[] = [];
  let w = 0;
  for (const ch of chars) {
    places.push(it.x + (it.width * w) / total);
    w += advance(ch);
  }
  const nearest = (ks: number[]) => ks.reduce((best, k) => (Math.abs(places[k]! - x) < Math.abs(places[best]! - x) ? k : best));
  const spaces = chars.flatMap((ch, k) => (k > 0 && /\s/.test(ch) ? [k] : []));
  const k = spaces.length ? nearest(spaces) : nearest(chars.map((_, j) => j).slice(1));
  const left = chars.slice(0, k).join('').trimEnd();
  const right = chars.slice(k).join('').trimStart();
  const at = places[k]!;
  // punctuation hanging past a cell's edge (…封顶。) stays with its line
  if (!left || !right || (NO_LINE_START.test(right) && !right.replace(NO_LINE_START, ''))) return [it];
  return [
    { ...it, str: left, width: at - it.x },
    { ...it, str: right, x: at, width: it.x + it.width - at },
  ];
}

/** Pieces that cross a column line drawn beside them cut there, so that each cell gets its own text. */
function withinColumns(items: TextItem[], vs: Segment[]): TextItem[] {
  return items.flatMap((it) => {
    const em = Math.max(it.height, 1);
    const lines = vs.filter((v) => v.x1 > it.x + em / 2 && v.x1 < it.x + it.width - em / 2 && v.y1 <= it.y + em / 2 && v.y2 >= it.y + em / 2).sort((a, b) => a.x1 - b.x1);
    let pieces = [it];
    for (const v of lines) pieces = pieces.flatMap((p) => (p.x < v.x1 && p.x + p.width > v.x1 ? cutAt(p, v.x1) : [p]));
    return pieces;
  });
}

/** A frame's table, or null when it is no grid of two columns or more (one row is a table's piece on a page of its own). */
function tableOf(frame: { hs: Segment[]; vs: Segment[] }, items: TextItem[]): RuledTable | null {
  const { hs, vs } = frame;
  // a side left open (no outer border) ends where the lines across it end
  const xs = distinct([...vs.map((v) => v.x1), Math.min(...hs.map((h) => h.x1)), Math.max(...hs.map((h) => h.x2))]);
  const ysUp = distinct([...hs.map((h) => h.y1), Math.min(...vs.map((v) => v.y1)), Math.max(...vs.map((v) => v.y2))]);
  if (xs.length < 3 || ysUp.length < 2 || (xs.length - 1) * (ysUp.length - 1) > MAX_BOXES) return null;
  const ys = [...ysUp].reverse();
  const cells = cellsOf(xs, ys, hs, vs);
  if (!cells) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // the pieces of each box, by where their first character stands
  const inBox: TextItem[][] = Array.from({ length: rows * cols }, () => []);
  // the pieces the table holds (as the page gave them, whole)
  const used = new Set<TextItem>();
  for (const [whole, pieces] of items.map((it) => [it, withinColumns([it], vs)] as const)) {
    for (const it of pieces) {
      const p = anchor(it);
      const c = intervalOf(xs, p.x);
      const r = intervalOf(ysUp, p.y);
      if (c < 0 || r < 0) continue;
      inBox[(rows - 1 - r) * cols + c]!.push(it);
      used.add(whole);
    }
  }
  const texts: { cell: Cell; lines: CellLine[] }[] = [];
  for (const row of cells)
    for (const cell of row) {
      if (!cell) continue;
      const pieces: TextItem[] = [];
      for (let r = cell.row; r < cell.row + cell.rowspan; r++) for (let c = cell.col; c < cell.col + cell.colspan; c++) pieces.push(...inBox[r * cols + c]!);
      texts.push({ cell, lines: linesOf(pieces) });
    }
  // a cell's padding: the least any line stands from its cell's left line (cells set flush left give it)
  const gaps = texts.flatMap(({ cell, lines }) => lines.map((l) => l.x - xs[cell.col]!)).filter((d) => d >= 0);
  const padding = Math.min(MAX_PADDING, gaps.length ? Math.min(...gaps) : DEFAULT_PADDING);
  const text = new Map(texts.map(({ cell, lines }) => [cell, cellText(lines, xs[cell.col + cell.colspan]! - padding)]));
  const grid = buildGrid(cells.map((row) => row.flatMap((cell) => (cell ? [{ text: text.get(cell)!, rowspan: cell.rowspan, colspan: cell.colspan }] : []))));
  return { top: ys[0]!, bottom: ys[ys.length - 1]!, columns: xs, grid, items: used };
}

/** The drawn tables of a page, top to bottom, from its ruling lines and its pieces of text. */
export function ruledTables(segments: readonly Segment[], items: readonly TextItem[]): RuledTable[] {
  const hs = joinCollinear(segments.filter(isHorizontal), true);
  const vs = joinCollinear(segments.filter(isVertical), false);
  if (!hs.length || !vs.length || hs.length + vs.length > MAX_RULINGS) return [];
  const text = items.filter((it) => it.str.trim());
  return frames(hs, vs)
    .flatMap((frame) => (frame.hs.length && frame.vs.length ? [tableOf(frame, text)] : []))
    .filter((t): t is RuledTable => t !== null && t.items.size > 0)
    .sort((a, b) => b.top - a.top);
}
