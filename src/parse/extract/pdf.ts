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
import { type PageLine, pageLines, pagesToSource } from './positioned.js';
import { RADICAL, RADICAL_SUPPLEMENT } from '../lexicon/radicals.js';
import { replaceEvery } from '../lexicon/regex.js';

/** The ideograph a radical stands for; other characters as they are. */
function withIdeographs(s: string): string {
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

/** pdfjs's error for a PDF it cannot open, by name. */
function failure(e: unknown): FormatError {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new FormatError('pdf-encrypted');
  return new FormatError('pdf-damaged');
}

export async function readPdf(bytes: Uint8Array): Promise<SourceText> {
  const bomb = pdfBomb(bytes);
  if (bomb) throw bomb;
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
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
      const items = content.items.flatMap((it) => ('str' in it ? [{ str: withIdeographs(it.str), x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height || Math.abs(it.transform[3] as number) }] : []));
      pages.push(pageLines(items));
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
