/**
 * Plain-text tables for terminals, aligned by display width (CJK characters
 * take two columns) and wrapped to the terminal's width when it is known.
 */
import { eastAsianWidth } from 'get-east-asian-width';

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u;

/** Display width of a string in a terminal: wide and full-width characters take two columns. */
export function stringWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    w += eastAsianWidth(ch.codePointAt(0)!, { ambiguousAsWide: false });
  }
  return w;
}

export interface Column {
  header: string;
  /** Columns that may be narrowed and wrapped when the table is too wide. */
  flex?: boolean;
  min?: number;
  align?: 'left' | 'right';
  /** A column that may be left out when the table does not fit: the highest rank goes first. */
  optional?: number;
}

export interface TableOptions {
  /** Too many fixed columns for the width: repeat the first column and print the others in pages of columns that fit. */
  pageColumns?: boolean;
  /** Words for the line saying which optional columns were left out to fit the width. */
  hiddenNote?: (headers: string[], width: number) => string;
}

export interface TableStyle {
  header: (s: string) => string;
  dim: (s: string) => string;
}

const plain: TableStyle = { header: (s) => s, dim: (s) => s };

/** Where a line may break: after a list separator, a space or a hyphen, so that a unit name or a word is not cut in two. */
const BREAK_AFTER = /[、，,；; -]/;

/** Characters that end an organ's name (总局, 监管局, 办公厅): with no separator near, a name list breaks after one rather than inside a name. */
const NAME_END = /[局厅委办部院会府处室站所司]/;

/** Splits text into lines of at most `width` display columns, breaking after a separator when one is near. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let w = 0;
    for (const ch of para) {
      const cw = stringWidth(ch);
      if (w + cw > width && line) {
        const chars = [...line];
        // the last separator among the last 12 characters (never the first character)
        const from = Math.max(1, chars.length - 12);
        const after = (re: RegExp) => chars.findLastIndex((c, k) => k >= from && re.test(c));
        const sep = after(BREAK_AFTER);
        const at = sep >= 0 ? sep : after(NAME_END);
        const cut = at >= 0 ? at + 1 : -1;
        const keep = cut > 0 ? chars.slice(0, cut).join('') : line;
        const carry = cut > 0 ? chars.slice(cut).join('') : '';
        out.push(keep.trimEnd());
        line = carry;
        w = stringWidth(carry);
      }
      line += ch;
      w += cw;
    }
    out.push(line);
  }
  return out;
}

function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const gap = Math.max(0, width - stringWidth(s));
  return align === 'right' ? ' '.repeat(gap) + s : s + ' '.repeat(gap);
}

/** Each column with its width: the natural one (its widest line), narrowed for flex columns when the table is wider than `available`. */
function fitWidths<C extends Column & { natural: number; index: number }>(columns: C[], available: number | null): (C & { width: number })[] {
  const gaps = 2 * (columns.length - 1);
  const total = columns.reduce((a, c) => a + c.natural, 0) + gaps;
  if (available === null || total <= available) return columns.map((c) => ({ ...c, width: c.natural }));
  const fixed = columns.reduce((a, c) => a + (c.flex ? 0 : c.natural), 0);
  const room = Math.max(available - fixed - gaps, 0);
  // share the room among flex columns in proportion to their natural width, at least `min` each when it fits
  const shares = columns.map((c) => {
    const flex = c.flex ? c.natural : 0;
    return { c, flex, min: flex ? Math.min(flex, c.min ?? 8) : 0 };
  });
  const minTotal = shares.reduce((a, s) => a + s.min, 0);
  const extra = Math.max(room - minTotal, 0);
  const wanted = shares.reduce((a, s) => a + Math.max(s.flex - s.min, 0), 0);
  return shares.map(({ c, flex: w, min }) => {
    if (!w) return { ...c, width: c.natural };
    const base = minTotal <= room ? min : Math.max(4, Math.floor((min / minTotal) * room));
    return { ...c, width: Math.min(w, base + (wanted ? Math.floor((Math.max(w - min, 0) / wanted) * extra) : 0)) };
  });
}

type Sized = Column & { natural: number; index: number };

/** The width a table takes with its flex columns at their narrowest. */
function narrowest(columns: Sized[]): number {
  return columns.reduce((a, c) => a + (c.flex ? Math.min(c.natural, c.min ?? 8) : c.natural), 0) + 2 * (columns.length - 1);
}

/** Leaves out optional columns, highest rank first, until the table fits or none is left. */
function dropOptional(columns: Sized[], width: number | null): { columns: Sized[]; hidden: string[] } {
  const hidden: string[] = [];
  let kept = columns;
  while (width !== null && narrowest(kept) > width) {
    const next = kept.filter((c) => c.optional !== undefined).sort((a, b) => b.optional! - a.optional!)[0];
    if (!next) break;
    hidden.push(next.header);
    kept = kept.filter((c) => c !== next);
  }
  return { columns: kept, hidden };
}

/** Still too wide with every optional column out: the text columns after the first may wrap too, down to their header's width. */
function lastResortFlex(columns: Sized[], width: number | null): Sized[] {
  if (width === null || narrowest(columns) <= width) return columns;
  return columns.map((c, i) => (i > 0 && !c.flex && c.align !== 'right' ? { ...c, flex: true, min: Math.max(stringWidth(c.header), 4) } : c));
}

/** Splits the columns after the first into pages that each fit beside the first. */
function columnPages(columns: Sized[], width: number | null): Sized[][] {
  const [first, ...rest] = columns;
  if (!first || width === null || narrowest(columns) <= width) return [columns];
  const pages: Sized[][] = [];
  let page: Sized[] = [first];
  for (const c of rest) {
    if (page.length > 1 && narrowest([...page, c]) > width) {
      pages.push(page);
      page = [first];
    }
    page.push(c);
  }
  pages.push(page);
  return pages;
}

function renderPage(sized: (Sized & { width: number })[], rows: string[][], style: TableStyle): string[] {
  const lines: string[] = [];
  lines.push(style.header(sized.map((c) => pad(c.header, c.width, c.align)).join('  ').trimEnd()));
  lines.push(style.dim(sized.map((c) => '─'.repeat(c.width)).join('  ')));
  for (const r of rows) {
    const cells = sized.map((c) => ({ c, lines: wrapText(r[c.index] ?? '', c.width) }));
    const height = Math.max(...cells.map((x) => x.lines.length));
    for (let k = 0; k < height; k++) {
      lines.push(cells.map(({ c, lines: wrapped }) => pad(wrapped[k] ?? '', c.width, c.align)).join('  ').trimEnd());
    }
  }
  return lines;
}

export function renderTable(allColumns: Column[], allRows: string[][], width: number | null, style: TableStyle = plain, options: TableOptions = {}): string {
  // columns with no content in any row are left out
  const natural = (i: number, header: string) => Math.max(stringWidth(header), ...allRows.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => stringWidth(l)))));
  const filled = allColumns.map((c, index) => ({ ...c, index, natural: natural(index, c.header) })).filter((c) => allRows.some((r) => (r[c.index] ?? '') !== ''));
  const { columns: kept, hidden } = dropOptional(filled, width);
  const columns = options.pageColumns ? kept : lastResortFlex(kept, width);
  const pages = options.pageColumns ? columnPages(columns, width) : [columns];
  const blocks = pages.map((page) => renderPage(fitWidths(page, width), allRows, style).join('\n'));
  const note = hidden.length && width !== null && options.hiddenNote ? `\n${wrapText(options.hiddenNote(hidden, width), width).map(style.dim).join('\n')}` : '';
  return blocks.join('\n\n') + note + '\n';
}
