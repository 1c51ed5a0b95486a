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
}

export interface TableStyle {
  header: (s: string) => string;
  dim: (s: string) => string;
}

const plain: TableStyle = { header: (s) => s, dim: (s) => s };

/** Where a line may break: after a list separator or a space, so that a unit name is not cut in two. */
const BREAK_AFTER = /[、，,；; ]/;

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
        const at = chars.findLastIndex((c, k) => k >= from && BREAK_AFTER.test(c));
        const cut = at >= 0 ? at + 1 : -1;
        const keep = cut > 0 ? chars.slice(0, cut).join('') : line;
        const carry = cut > 0 ? chars.slice(cut).join('') : '';
        out.push(keep);
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
function fitWidths<C extends Column & { natural: number }>(columns: C[], available: number | null): (C & { width: number })[] {
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

export function renderTable(allColumns: Column[], allRows: string[][], width: number | null, style: TableStyle = plain): string {
  // columns with no content in any row are left out
  const keep = allColumns.map((_, i) => allRows.some((r) => (r[i] ?? '') !== ''));
  const columns = allColumns.filter((_, i) => keep[i]);
  const rows = allRows.map((r) => r.filter((_, i) => keep[i]));
  const sized = fitWidths(
    columns.map((c, i) => ({ ...c, natural: Math.max(stringWidth(c.header), ...rows.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => stringWidth(l))))) })),
    width,
  );
  const lines: string[] = [];
  lines.push(style.header(sized.map((c) => pad(c.header, c.width, c.align)).join('  ').trimEnd()));
  lines.push(style.dim(sized.map((c) => '─'.repeat(c.width)).join('  ')));
  for (const r of rows) {
    const cells = sized.map((c, i) => ({ c, lines: wrapText(r[i] ?? '', c.width) }));
    const height = Math.max(...cells.map((x) => x.lines.length));
    for (let k = 0; k < height; k++) {
      lines.push(cells.map(({ c, lines: wrapped }) => pad(wrapped[k] ?? '', c.width, c.align)).join('  ').trimEnd());
    }
  }
  return lines.join('\n') + '\n';
}
