/**
 * Report files in the formats offices fill in, read into tables (pure: bytes
 * in, no file system): Excel workbooks (.xlsx) with exceljs, after the
 * package has been inflated once under a cap (a zip bomb is refused before
 * exceljs expands it), and CSV files with csv-parse. What cannot be read is a
 * `WorkbookError` with a reason code of the code table.
 */
import type { Reason } from '../model/codes.js';
import type { TableBook, TableCell, TableSheet } from './table-report.js';
import { inflateCapped, inflatedSize } from '../parse/extract/zip.js';

export class WorkbookError extends Error {
  constructor(
    readonly reason: Reason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}

/** A part of a workbook may inflate to at most this, and the whole package to at most twice it. */
export const MAX_WORKBOOK_PART = 64 * 1024 * 1024;
const MAX_WORKBOOK_TOTAL = 2 * MAX_WORKBOOK_PART;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An OLE compound file holding an encrypted Office package names its streams EncryptionInfo and EncryptedPackage (UTF-16). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

/** Whether the bytes are a zip package (an .xlsx) or an OLE file (an .xls, or an encrypted .xlsx): a report in a workbook, whatever its name. */
export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, OLE);
}

/** Inflates every part once, counting: refuses a package that inflates beyond the caps, whatever it declares. */
async function checkInflatedSize(bytes: Uint8Array): Promise<void> {
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // it opens like a zip package: a workbook cut short or damaged
    throw new WorkbookError('damaged-workbook');
  }
  if (!zip.file('xl/workbook.xml')) throw new WorkbookError('not-a-workbook');
  let total = 0;
  let merged = 0;
  const limit = `${MAX_WORKBOOK_PART / 1024 / 1024} MB`;
  const tooLarge = (part: string) => new WorkbookError('workbook-too-large', { part, limit });
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const cap = Math.min(MAX_WORKBOOK_PART, MAX_WORKBOOK_TOTAL - total);
    try {
      if (!SHEET_PART.test(f.name)) {
        total += await inflatedSize(f, cap, tooLarge);
        continue;
      }
      // a sheet is read once here: the reader makes a cell for every cell of a merged range, so the ranges are counted first
      const xml = await inflateCapped(f, cap, tooLarge);
      total += xml.length;
      merged += mergedCells(Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('latin1'));
    } catch (e) {
      if (e instanceof WorkbookError) throw e;
      throw new WorkbookError('damaged-workbook');
    }
    if (merged > MAX_MERGED_CELLS) throw new WorkbookError('merged-cells-too-many', { limit: MAX_MERGED_CELLS });
  }
}

/** A worksheet's part in the package. */
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/** Cells that merged ranges may cover in one workbook: a report's merges are a title and a few 序号 cells; one range over a whole sheet would make billions. */
export const MAX_MERGED_CELLS = 200_000;

/** Column letters as a number: A → 1, XFD → 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The cells a sheet's merged ranges cover (<mergeCell ref="A1:H1"/>), counted from the XML as written. */
function mergedCells(xml: string): number {
  let cells = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g)) {
    const [, c1, r1, c2, r2] = m;
    cells += (Math.abs(columnNumber(c2!) - columnNumber(c1!)) + 1) * (Math.abs(Number(r2) - Number(r1)) + 1);
  }
  return cells;
}

type ExcelValue = import('exceljs').CellValue;

/** A cell as text, number, date or flag: rich text joined, a link's text, a formula's saved result (none: `uncached`). */
function cellOf(value: ExcelValue): TableCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { value };
  if (typeof value === 'object') {
    if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return { value: null, uncached: true };
      if (typeof result === 'object' && !(result instanceof Date)) return null;
      return { value: result as string | number | boolean | Date };
    }
    if ('text' in value) {
      const t = (value as { text: unknown }).text;
      return { value: typeof t === 'string' ? t : typeof t === 'object' && t && 'richText' in t ? (t as { richText: { text: string }[] }).richText.map((r) => r.text).join('') : String(t) };
    }
    // #N/A, #REF!: a cell whose formula failed says nothing
    if ('error' in value) return null;
  }
  return { value: String(value) };
}

/** An .xlsx report's sheets as tables: merged cells keep their value in the top-left cell only; hidden sheets are marked. */
export async function readXlsxBook(bytes: Uint8Array, file: string, name: string): Promise<TableBook> {
  if (startsWith(bytes, OLE)) throw new WorkbookError(isEncryptedPackage(bytes) ? 'encrypted-workbook' : 'legacy-xls');
  if (!startsWith(bytes, ZIP)) throw new WorkbookError('not-a-workbook');
  await checkInflatedSize(bytes);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookError('damaged-workbook');
  }
  const sheets: TableSheet[] = wb.worksheets.map((ws) => {
    const rows: (TableCell | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: (TableCell | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        cells[c - 1] = cellOf(cell.value);
      });
      rows[r - 1] = cells;
    });
    for (let r = 0; r < rows.length; r++) rows[r] ??= [];
    return { name: ws.name, hidden: ws.state !== undefined && ws.state !== 'visible', rows };
  });
  return { file, name, sheets };
}

/** A CSV report (any encoding the notices may have, decoded by the caller): one table, each row with the line it starts on. */
export async function readCsvBook(text: string, file: string, name: string): Promise<TableBook> {
  const { parse } = await import('csv-parse/sync');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch {
    throw new WorkbookError('damaged-csv');
  }
  const rows: TableCell[][] = [];
  const lines: number[] = [];
  let line = 1;
  for (const { record, info } of records) {
    // a cell our own CSV writers guarded with an apostrophe ('-1, '=A1) reads as it was
    rows.push(record.map((value) => ({ value: /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value })));
    lines.push(line);
    line = info.lines + 1;
  }
  return { file, name, sheets: [{ name: null, hidden: false, rows, lines }] };
}
