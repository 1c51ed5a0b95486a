/**
 * CSV for Excel and scripts: RFC 4180 via csv-stringify, CRLF records, every
 * cell holding a line break quoted, UTF-8 with BOM by default (Excel on
 * Chinese Windows reads BOM-less UTF-8 as GBK) or GB18030 for legacy tools,
 * and cells that Excel would run as formulas neutralised (CWE-1236).
 */
import { createRequire } from 'node:module';
import { withoutControls } from './safe.js';

export interface CsvOptions {
  bom: boolean;
  encoding: 'utf-8' | 'gb18030';
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell that Excel would evaluate as a formula with an apostrophe. */
export function neutraliseCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // the data stays, but no raw ESC or other control character reaches the file (CWE-150)
  const s = withoutControls(typeof value === 'string' ? value : String(value));
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** csv-stringify, loaded when CSV is first written (its CommonJS build, synchronously): other formats do not pay for it. */
let stringify: typeof import('csv-stringify/sync').stringify | null = null;

export function toCsvText(header: string[], rows: unknown[][]): string {
  stringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;
  return stringify([header.map(neutraliseCell), ...rows.map((r) => r.map(neutraliseCell))], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

export async function encodeCsv(text: string, opts: CsvOptions): Promise<Buffer> {
  if (opts.encoding === 'gb18030') {
    const iconv = (await import('iconv-lite')).default;
    return iconv.encode(text, 'gb18030');
  }
  return Buffer.from((opts.bom ? '\ufeff' : '') + text, 'utf8');
}
