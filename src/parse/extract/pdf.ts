/**
 * PDF notices (pdfjs-dist, loaded only for a PDF): the text items of each
 * page rebuilt into lines by their baseline and x order, the CJK radicals a
 * font put where the page shows an ideograph (⼈ for 人) read as the
 * ideograph, and page furniture left out: lines that repeat at the top or
 * bottom of most pages (a 红头, a running title) and page numbers (— 3 —,
 * 第 1 页 共 5 页). A line wrapped at the right margin stays a line of its own:
 * the parser's repairs join hard-wrapped lines. Each line's place is its page
 * and its line on that page.
 */
import { inflateSync } from 'node:zlib';
import { FormatError, type SourceText } from './source.js';
import { diag } from '../../model/diagnostic.js';
import { drawnPage, mayHoldTable, type PageLine, pageLines, pagesToSource } from './positioned.js';
import { segment, thinStrip, type Point, type Segment } from './ruled-table.js';
import { RADICAL, RADICAL_SUPPLEMENT } from '../lexicon/radicals.js';
import { replaceEvery } from '../lexicon/regex.js';

/**
 * The ideograph a radical stands for, and the dash a horizontal bar stands for (GB 2312's dash, A1AA, is U+2015 in
 * the older tables many fonts' maps were made from, U+2014 in GB 18030's: 中国—东盟); other characters as they are.
 */
function asText(s: string): string {
  if (s.includes('\u2015')) s = s.replaceAll('\u2015', '\u2014');
  if (!RADICAL.test(s)) return s;
  return replaceEvery(s, RADICAL, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x2f00) return ch.normalize('NFKC');
    return RADICAL_SUPPLEMENT.get(ch) ?? ch;
  });
}

/** The most one compressed stream of a PDF may inflate to, and all of them together. */
export const MAX_PDF_STREAM_BYTES = 64 * 1024 * 1024;
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;
/**
 * The deepest a page's graphics states (q … Q) may nest. Printed notices nest a
 * few levels (PDF's own implementation limit is 28); pdfjs's time grows with
 * the square of the depth, so that 20,000 levels take seconds and 200,000 hours.
 */
export const MAX_PDF_STATE_DEPTH = 1000;

const isDelimiter = (c: number | undefined): boolean => c === undefined || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

/** How deep the q operators of a content stream nest (q and Q as words of their own; text in strings may be miscounted, which only over-counts a few). */
function stateDepth(content: Uint8Array): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if ((c !== 0x71 && c !== 0x51) || !isDelimiter(content[i - 1]) || !isDelimiter(content[i + 1])) continue;
    if (c === 0x71) max = Math.max(max, ++depth);
    else depth = Math.max(0, depth - 1);
  }
  return max;
}

/**
 * A PDF bomb, before pdfjs reads the file: Flate-compressed streams that
 * inflate past the caps (a small file whose page content inflates to
 * gigabytes, which pdfjs would read whole), or graphics states nested past
 * MAX_PDF_STATE_DEPTH in a stream. Each stream is inflated with a cap and let
 * go; a damaged stream is left for pdfjs to judge.
 */
export function pdfBomb(bytes: Uint8Array): FormatError | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tooLarge = (): FormatError => new FormatError('pdf-too-large', { limit: `${MAX_PDF_STREAM_BYTES / 1024 / 1024} MB` });
  let total = 0;
  for (let pos = b.indexOf('stream', 0, 'latin1'); pos >= 0; pos = b.indexOf('stream', pos + 6, 'latin1')) {
    if (pos >= 3 && b.toString('latin1', pos - 3, pos) === 'end') continue;
    let start = pos + 6;
    if (b[start] === 0x0d) start++;
    if (b[start] !== 0x0a) continue;
    start++;
    const end = b.indexOf('endstream', start, 'latin1');
    if (end < 0) break;
    // the stream's dictionary stands before it, after its object's "obj"
    const before = b.toString('latin1', Math.max(0, pos - 1024), pos);
    const dict = before.slice(before.lastIndexOf('obj') + 1);
    let content: Uint8Array | null = null;
    if (/\/(FlateDecode|Fl)\b/.test(dict)) {
      try {
        content = inflateSync(b.subarray(start, end), { maxOutputLength: MAX_PDF_STREAM_BYTES });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge();
      }
      total += content?.length ?? 0;
      if (total > MAX_PDF_INFLATED_BYTES) return tooLarge();
    } else if (!/\/Filter\b/.test(dict)) content = b.subarray(start, end);
    if (content && stateDepth(content) > MAX_PDF_STATE_DEPTH) return new FormatError('pdf-too-deep', { limit: MAX_PDF_STATE_DEPTH.toLocaleString('en') });
    pos = end;
  }
  return null;
}

/**
 * Whether the cross-reference the PDF's end points to is not there (the file
 * was cut and mended, or edited by hand): pdfjs then finds the objects by
 * scanning the whole file, which reads most such files, but what it reads
 * may be an older version of a page.
 */
export function xrefDamaged(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tail = b.toString('latin1', Math.max(0, b.length - 1024));
  const m = /startxref\s+(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!m) return true;
  const at = Number(m[1]);
  if (at >= b.length) return true;
  const there = b.toString('latin1', at, Math.min(b.length, at + 32));
  return !/^\s*(xref|\d+\s+\d+\s+obj)/.test(there);
}

/** pdfjs's operator numbers, as its OPS table names them. */
type Ops = Record<string, number>;
/** A 2-D affine matrix [a b c d e f], as PDF's cm operator gives it. */
type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
const apply = (m: Matrix, x: number, y: number): Point => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
/** pdfjs's path commands inside a constructPath operator (its DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE = 4;

/** The straight pieces of a path (curves end its run of lines), as page coordinates. */
function pathSegments(data: ArrayLike<number>, m: Matrix): { lines: Segment[]; polygons: Point[][] } {
  const lines: Segment[] = [];
  const polygons: Point[][] = [];
  let poly: Point[] = [];
  let i = 0;
  const end = () => poly.length && polygons.push(poly);
  while (i < data.length) {
    const op = data[i++];
    if (op === MOVE_TO || op === LINE_TO) {
      const p = apply(m, data[i]!, data[i + 1]!);
      i += 2;
      if (op === MOVE_TO) {
        end();
        poly = [p];
      } else {
        if (poly.length) lines.push(segment(poly[poly.length - 1]!, p));
        poly.push(p);
      }
    } else if (op === CURVE_TO || op === QUADRATIC_TO) {
      i += op === CURVE_TO ? 6 : 4;
      end();
      poly = [];
    } else if (op === CLOSE) {
      if (poly.length > 1) lines.push(segment(poly[poly.length - 1]!, poly[0]!));
      end();
      poly = [];
    } else break;
  }
  end();
  return { lines, polygons };
}

/**
 * A page's ruling lines, from its operator list: stroked straight lines, and filled rectangles thin enough to be
 * lines, in page coordinates (the current matrix applied, as saved and restored and in form XObjects).
 */
export function rulings(list: { fnArray: number[]; argsArray: unknown[] }, ops: Ops): Segment[] {
  const out: Segment[] = [];
  let m: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const stroked = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const filled = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  list.fnArray.forEach((fn, k) => {
    const args = list.argsArray[k] as unknown[] | null;
    if (fn === ops.save) stack.push(m);
    else if (fn === ops.restore) m = stack.pop() ?? m;
    else if (fn === ops.transform) m = multiply(args as Matrix, m);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(m);
      const matrix = args?.[0] as Matrix | null | undefined;
      if (matrix) m = multiply(matrix, m);
    } else if (fn === ops.paintFormXObjectEnd) m = stack.pop() ?? m;
    else if (fn === ops.constructPath && args) {
      const draw = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!data || (!stroked.has(draw) && !filled.has(draw))) return;
      const { lines, polygons } = pathSegments(data, m);
      if (stroked.has(draw)) for (const line of lines) out.push(line);
      if (filled.has(draw))
        for (const poly of polygons) {
          const line = thinStrip(poly);
          if (line) out.push(line);
        }
    }
  });
  // a page drawn with more straight pieces than any table has (a map, a chart) holds no table to read
  return out.length > MAX_PIECES ? [] : out;
}

/** The most straight pieces a page's drawing may have for its tables to be read (a table of a page draws a few hundred). */
const MAX_PIECES = 100_000;

/** pdfjs's error for a PDF it cannot open, by name. */
function failure(e: unknown): FormatError {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new FormatError('pdf-encrypted');
  return new FormatError('pdf-damaged');
}

export async function readPdf(bytes: Uint8Array): Promise<SourceText> {
  const bomb = pdfBomb(bytes);
  if (bomb) throw bomb;
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes the buffer over: it gets a copy, so that the caller's bytes stay as they were
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    throw failure(e);
  }
  try {
    const pages: PageLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((it) => ('str' in it ? [{ str: asText(it.str), x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height || Math.abs(it.transform[3] as number) }] : []));
      const lines = pageLines(items);
      // the drawing is read only where the text looks like a table's rows, or a table may go on from the page before:
      // it costs pdfjs each font's glyphs
      const drawn = mayHoldTable(lines) || Boolean(pages[pages.length - 1]?.some((l) => l.table));
      pages.push(drawn ? drawnPage(items, rulings(await page.getOperatorList(), OPS)) : lines);
      page.cleanup();
    }
    if (!pages.some((lines) => lines.length)) throw new FormatError('pdf-no-text');
    const src = pagesToSource(pages, 'pdf');
    // read all the same (pdfjs scanned the file for its objects), with a warning that says so
    if (xrefDamaged(bytes)) src.diagnostics.push(diag('pdf-xref-damaged', {}));
    return src;
  } catch (e) {
    if (e instanceof FormatError) throw e;
    throw failure(e);
  } finally {
    await doc.destroy();
  }
}
