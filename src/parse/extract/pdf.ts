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
import { FormatError, LineSink, type SourceText } from './source.js';
import { RADICAL, RADICAL_SUPPLEMENT } from '../lexicon/radicals.js';
import { replaceEvery } from '../lexicon/regex.js';

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A page's text as lines, top to bottom, each with its items in x order. */
function pageLines(items: TextItem[]): string[] {
  const sorted = items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; items: TextItem[] }[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    // items on one baseline (within half their height) are one line
    if (last && Math.abs(last.y - it.y) <= Math.max(last.size, it.height, 1) / 2) last.items.push(it);
    else lines.push({ y: it.y, size: it.height, items: [it] });
  }
  return lines.map((l) => joinItems(l.items.sort((a, b) => a.x - b.x)));
}

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

/** The ideograph a radical stands for; other characters as they are. */
function withIdeographs(s: string): string {
  if (!RADICAL.test(s)) return s;
  return replaceEvery(s, RADICAL, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0x2f00) return ch.normalize('NFKC');
    return RADICAL_SUPPLEMENT.get(ch) ?? ch;
  });
}

/** A page number on a line of its own: — 3 —, - 3 -, 3, 第 1 页 共 5 页, 第3页, 3/5. */
const PAGE_NUMBER = /^\s*(?:[—–\-－·•]*\s*\d{1,4}\s*[—–\-－·•]*|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$/;

/** How many lines at the top and at the bottom of a page may be running heads or feet. */
const EDGE_LINES = 2;

/** A line as compared across pages: digits (page numbers, dates) and spaces aside. */
const edgeKey = (s: string): string => s.replace(/\d+/g, '#').replace(/\s+/g, '');

/** Lines that stand at the top or bottom of most pages (digits aside): running heads and feet. */
function furnitureLines(pages: string[][]): Set<string> {
  const out = new Set<string>();
  if (pages.length < 2) return out;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map(edgeKey));
    for (const k of edges) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const [k, n] of counts) if (k && n >= Math.max(2, Math.ceil(pages.length / 2))) out.add(k);
  return out;
}

/** pdfjs's error for a PDF it cannot open, by name. */
function failure(e: unknown): FormatError {
  const name = (e as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') return new FormatError('pdf-encrypted');
  return new FormatError('pdf-damaged');
}

export async function readPdf(bytes: Uint8Array): Promise<SourceText> {
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
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.flatMap((it) => ('str' in it ? [{ str: withIdeographs(it.str), x: it.transform[4] as number, y: it.transform[5] as number, width: it.width, height: it.height || Math.abs(it.transform[3] as number) }] : []));
      pages.push(pageLines(items));
      page.cleanup();
    }
    if (!pages.some((lines) => lines.length)) throw new FormatError('pdf-no-text');
    const furniture = furnitureLines(pages);
    const sink = new LineSink();
    pages.forEach((lines, p) => {
      lines.forEach((line, k) => {
        if (PAGE_NUMBER.test(line)) return;
        const edge = k < EDGE_LINES || k >= lines.length - EDGE_LINES;
        if (edge && furniture.has(edgeKey(line))) return;
        sink.push(line, { page: p + 1, line: k + 1 });
      });
    });
    return sink.result('pdf');
  } catch (e) {
    if (e instanceof FormatError) throw e;
    throw failure(e);
  } finally {
    await doc.destroy();
  }
}
