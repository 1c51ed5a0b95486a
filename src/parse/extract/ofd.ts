/**
 * OFD (GB/T 33190-2016, the national format of electronic official
 * documents, 电子公文): a ZIP of XML. OFD.xml names the document's root
 * (DocBody/DocRoot), whose Document.xml lists the pages (Pages/Page BaseLoc);
 * each page's Content.xml holds TextObjects (in layers and page blocks) with a
 * Boundary (x y w h, in millimetres, y downward) and TextCodes placed at X, Y
 * (the baseline) inside it, with the advance of each character in DeltaX
 * (`g` repeats a value), and PathObjects whose lines (AbbreviatedData: M, L,
 * C …) rule a table's cells. The text is rebuilt into lines by position, and
 * the drawn tables into cells, as a PDF's are (placed in points, y upward);
 * page templates (the red header, the page frame) and annotations are not
 * page content and are not read. Each part is inflated with a cap, as a Word
 * package is.
 */
import { FormatError, type SourceText } from './source.js';
import { openPackage } from './zip.js';
import { drawnPage, type PageLine, pagesToSource, type TextItem } from './positioned.js';
import { segment, thinStrip, type Point, type Segment } from './ruled-table.js';

/** The most bytes one part of the package may inflate to. */
export const MAX_OFD_PART_BYTES = 64 * 1024 * 1024;

/** The most pages read: a package naming more is cut there (a bomb of page entries). */
const MAX_PAGES = 5000;

type XNode = Record<string, unknown>;

const asArray = (v: unknown): XNode[] => (Array.isArray(v) ? (v as XNode[]) : v && typeof v === 'object' ? [v as XNode] : []);
const attr = (n: XNode, name: string): string | undefined => {
  const v = n[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
};
const numbers = (s: string | undefined): number[] => (s ?? '').trim().split(/[\s,]+/).filter(Boolean).map(Number);

/**
 * DeltaX with its `g N d` runs (N advances of d) written out, up to `limit`
 * advances (a text of n characters has n - 1: a run of a billion is not
 * written out).
 */
export function deltas(s: string | undefined, limit = Infinity): number[] {
  const parts = (s ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < parts.length && out.length < limit; i++) {
    if (parts[i] === 'g') {
      const n = Number(parts[i + 1]);
      const d = Number(parts[i + 2]);
      for (let k = 0; k < n && out.length < limit && Number.isFinite(d); k++) out.push(d);
      i += 2;
    } else out.push(Number(parts[i]));
  }
  return out;
}

/** The text of a TextCode: its characters (an element with attributes keeps its text under #text). */
function codeText(code: XNode | string): string {
  if (typeof code === 'string') return code;
  const t = code['#text'];
  return typeof t === 'string' ? t : typeof t === 'number' ? String(t) : '';
}

/** Every object of a kind (TextObject, PathObject) of a page, in layers and (nested) page blocks, in order of writing. */
function objects(node: XNode, kind: 'TextObject' | 'PathObject', out: XNode[] = [], depth = 0): XNode[] {
  if (depth > 32) return out;
  for (const t of asArray(node[kind])) out.push(t);
  for (const block of asArray(node.PageBlock)) objects(block, kind, out, depth + 1);
  for (const layer of asArray(node.Layer)) objects(layer, kind, out, depth + 1);
  return out;
}

/** Millimetres (OFD's unit) in points (a PDF's), so that one table reader measures both. */
const PT = 72 / 25.4;

/**
 * An object's place on the page: its Boundary's origin, and its CTM applied first where it has one; y negated.
 * `scale` is how much the CTM enlarges a length (a text's size and advances).
 */
function placer(obj: XNode): { place: (x: number, y: number) => Point; scale: number } {
  const [bx = 0, by = 0] = numbers(attr(obj, 'Boundary'));
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = numbers(attr(obj, 'CTM'));
  return { place: (x, y) => [(bx + a * x + c * y + e) * PT, -(by + b * x + d * y + f) * PT], scale: Math.sqrt(Math.abs(a * d - b * c)) || 1 };
}

/** How many numbers each command of a path's AbbreviatedData takes: S and M start, L lines, Q and B curve, A arcs, C closes. */
const PATH_ARGS: Record<string, number> = { S: 2, M: 2, L: 2, Q: 4, B: 6, A: 7, C: 0 };

/**
 * A page's ruling lines, from its PathObjects: the straight lines of those stroked (the default), and the filled
 * shapes thin enough to be lines, in points with y upward as its text is placed.
 */
function pageSegments(page: XNode): Segment[] {
  const content = asArray(page.Content)[0];
  const out: Segment[] = [];
  if (!content) return out;
  for (const obj of objects(content, 'PathObject')) {
    const stroked = attr(obj, 'Stroke') !== 'false';
    const filled = attr(obj, 'Fill') === 'true';
    const data = obj.AbbreviatedData;
    if (typeof data !== 'string' || (!stroked && !filled)) continue;
    const { place } = placer(obj);
    const tokens = data.trim().split(/\s+/);
    const polygons: Point[][] = [];
    let poly: Point[] = [];
    for (let i = 0; i < tokens.length; ) {
      const op = tokens[i++]!;
      const n = PATH_ARGS[op];
      if (n === undefined) break;
      const args = tokens.slice(i, i + n).map(Number);
      i += n;
      if (op === 'S' || op === 'M') {
        if (poly.length) polygons.push(poly);
        poly = [place(args[0]!, args[1]!)];
      } else if (op === 'L') {
        const p = place(args[0]!, args[1]!);
        if (stroked && poly.length) out.push(segment(poly[poly.length - 1]!, p));
        poly.push(p);
      } else if (op === 'C') {
        if (stroked && poly.length > 1) out.push(segment(poly[poly.length - 1]!, poly[0]!));
      } else {
        // a curve or an arc ends the straight run
        if (poly.length) polygons.push(poly);
        poly = [place(args[n - 2]!, args[n - 1]!)];
      }
    }
    if (poly.length) polygons.push(poly);
    if (filled) for (const shape of polygons) {
      const line = thinStrip(shape);
      if (line) out.push(line);
    }
  }
  return out;
}

/** A page's pieces of text, placed: x from the left, y the baseline negated (so that it grows upward as a PDF's). */
function pageItems(page: XNode): TextItem[] {
  const items: TextItem[] = [];
  const content = asArray(page.Content)[0];
  if (!content) return items;
  for (const obj of objects(content, 'TextObject')) {
    const { place, scale } = placer(obj);
    const size = Number(attr(obj, 'Size') ?? 0) || 3.5;
    let x = 0;
    let y = 0;
    for (const code of asArray(obj.TextCode)) {
      // a TextCode without X or Y goes on from where the one before ended
      x = attr(code, 'X') !== undefined ? Number(attr(code, 'X')) : x;
      y = attr(code, 'Y') !== undefined ? Number(attr(code, 'Y')) : y;
      const str = codeText(code);
      if (!str) continue;
      // the advances between characters (DeltaX), else a character's width each
      const chars = [...str].length;
      const advance = deltas(attr(code, 'DeltaX'), chars - 1);
      const width = advance.length ? advance.slice(0, Math.max(0, chars - 1)).reduce((a, b) => a + b, 0) + size : chars * size;
      const [px, py] = place(x, y);
      items.push({ str, x: px, y: py, width: width * scale * PT, height: size * scale * PT });
      x += width;
    }
  }
  return items;
}

export async function readOfd(bytes: Uint8Array): Promise<SourceText> {
  const damaged = (part?: string) => new FormatError('ofd-damaged', { reason: 'not-a-zip-package', ...(part ? { part } : {}) });
  const [{ zip, inflate }, { XMLParser }] = await Promise.all([openPackage(bytes, MAX_OFD_PART_BYTES, damaged), import('fast-xml-parser')]);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name) => ['DocBody', 'Page', 'Layer', 'PageBlock', 'TextObject', 'TextCode', 'PathObject'].includes(name),
  });
  const read = async (path: string): Promise<XNode> => {
    const f = zip.file(path.replace(/^\//, ''));
    if (!f) throw new FormatError('ofd-damaged', { reason: 'missing-part', part: path });
    const xml = new TextDecoder('utf-8').decode(await inflate(f, path));
    try {
      return parser.parse(xml) as XNode;
    } catch {
      throw new FormatError('ofd-damaged', { reason: 'malformed-xml', part: path });
    }
  };
  const root = asArray((await read('OFD.xml')).OFD)[0];
  const body = root && asArray(root.DocBody)[0];
  const docRoot = body ? body.DocRoot : undefined;
  if (typeof docRoot !== 'string' || !docRoot.trim()) throw new FormatError('ofd-damaged', { reason: 'no-document-root' });
  const docPath = docRoot.trim().replace(/^\//, '');
  const docDir = docPath.includes('/') ? docPath.slice(0, docPath.lastIndexOf('/') + 1) : '';
  const document = asArray((await read(docPath)).Document)[0];
  const pageEntries = document ? asArray(asArray(document.Pages)[0]?.Page).slice(0, MAX_PAGES) : [];
  const pages: PageLine[][] = [];
  for (const entry of pageEntries) {
    const loc = attr(entry, 'BaseLoc');
    if (!loc) continue;
    const path = loc.startsWith('/') ? loc.slice(1) : `${docDir}${loc}`;
    const page = asArray((await read(path)).Page)[0];
    pages.push(page ? drawnPage(pageItems(page), pageSegments(page)) : []);
  }
  if (!pages.some((lines) => lines.length)) throw new FormatError('ofd-no-text');
  return pagesToSource(pages, 'ofd');
}
