/**
 * Excel workbooks (.xlsx) for analysts: every text cell is stored as text, so
 * Excel never turns a task id such as 3.10 into the number 3.1 or 1.1 into a
 * date, never runs a cell as a formula, and needs no encoding guess. Written
 * with write-excel-file, loaded only for this format.
 */
import { stringWidth } from './table.js';

export interface XlsxSheet {
  name: string;
  header: string[];
  rows: unknown[][];
}

const MAX_COLUMN_WIDTH = 60;

function cell(value: unknown) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return { value, type: Number };
  if (typeof value === 'boolean') return { value, type: Boolean };
  return { value: String(value), type: String };
}

/** Column widths in characters, CJK counted as two, from the header and the first rows. */
function widths(sheet: XlsxSheet): { width: number }[] {
  return sheet.header.map((h, c) => {
    let w = stringWidth(h);
    for (const row of sheet.rows.slice(0, 500)) w = Math.max(w, stringWidth(String(row[c] ?? '')));
    return { width: Math.min(MAX_COLUMN_WIDTH, w + 2) };
  });
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], and unique. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[:\\/?*[\]]/g, '_').slice(0, 28) || 'Sheet';
  let out = base;
  for (let n = 2; taken.has(out); n++) out = `${base}~${n}`;
  taken.add(out);
  return out;
}

export async function toXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  const taken = new Set<string>();
  return writeXlsxFile(
    sheets.map((s) => ({
      sheet: sheetName(s.name, taken),
      data: [s.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const })), ...s.rows.map((r) => r.map(cell))],
      columns: widths(s),
      stickyRowsCount: 1,
    })),
  ).toBuffer();
}
