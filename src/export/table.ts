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
        let cut = -1;
        for (let k = chars.length - 1; k >= Math.max(1, chars.length - 12); k--) {
          if (BREAK_AFTER.test(chars[k])) {
            cut = k + 1;
            break;
          }
        }
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

function fitWidths(natural: number[], columns: Column[], available: number | null): number[] {
  const gaps = 2 * (columns.length - 1);
  const total = natural.reduce((a, b) => a + b, 0) + gaps;
  if (available === null || total <= available) return natural;
  const fixed = natural.reduce((a, w, i) => a + (columns[i].flex ? 0 : w), 0);
  const room = Math.max(available - fixed - gaps, 0);
  const flex = natural.map((w, i) => (columns[i].flex ? w : 0));
  const widths = [...natural];
  // share the room among flex columns in proportion to their natural width, at least `min` each when it fits
  const mins = flex.map((w, i) => (w ? Math.min(w, columns[i].min ?? 8) : 0));
  const minTotal = mins.reduce((a, b) => a + b, 0);
  const extra = Math.max(room - minTotal, 0);
  const wanted = flex.reduce((a, w, i) => a + Math.max(w - mins[i], 0), 0);
  flex.forEach((w, i) => {
    if (!w) return;
    const base = minTotal <= room ? mins[i] : Math.max(4, Math.floor((mins[i] / minTotal) * room));
    widths[i] = Math.min(w, base + (wanted ? Math.floor((Math.max(w - mins[i], 0) / wanted) * extra) : 0));
  });
  return widths;
}

export function renderTable(allColumns: Column[], allRows: string[][], width: number | null, style: TableStyle = plain): string {
  // columns with no content in any row are left out
  const keep = allColumns.map((_, i) => allRows.some((r) => (r[i] ?? '') !== ''));
  const columns = allColumns.filter((_, i) => keep[i]);
  const rows = allRows.map((r) => r.filter((_, i) => keep[i]));
  const natural = columns.map((c, i) => Math.max(stringWidth(c.header), ...rows.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => stringWidth(l))))));
  const widths = fitWidths(natural, columns, width);
  const lines: string[] = [];
  lines.push(style.header(columns.map((c, i) => pad(c.header, widths[i], c.align)).join('  ').trimEnd()));
  lines.push(style.dim(widths.map((w) => '─'.repeat(w)).join('  ')));
  for (const r of rows) {
    const cells = columns.map((_, i) => wrapText(r[i] ?? '', widths[i]));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      lines.push(columns.map((c, i) => pad(cells[i][k] ?? '', widths[i], c.align)).join('  ').trimEnd());
    }
  }
  return lines.join('\n') + '\n';
}
