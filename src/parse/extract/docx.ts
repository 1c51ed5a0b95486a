/**
 * Word .docx notices: the package is opened with JSZip and its XML read with
 * fast-xml-parser. Paragraphs become lines; Word's automatic list numbering is
 * written back as text (一、 （一） 1. from the list's levels, formats and
 * counters, so ids come out as if the numbers had been typed); tables with
 * merged cells (gridSpan, vMerge) go to the task-table reader. Each line keeps
 * its paragraph number; table lines their table, row and cell.
 */
import { openPackage } from './zip.js';
import { FormatError, HEADING_GAP, isBoldHeading, LineSink, type SourceLocation, type SourceText } from './source.js';
import { toChineseNumeral, toCircled } from '../markers.js';
import { findHeader, type Grid, type GridCell, writeTable } from './table.js';

type XNode = Record<string, unknown>;

/** The tag of a preserveOrder node ('w:p'), or null for text and attributes. */
function tagOf(n: XNode): string | null {
  for (const k of Object.keys(n)) if (k !== ':@' && k !== '#text') return k;
  return null;
}

function kids(n: XNode): XNode[] {
  const t = tagOf(n);
  return t ? ((n[t] as XNode[]) ?? []) : [];
}

function attr(n: XNode, name: string): string | undefined {
  return (n[':@'] as Record<string, string> | undefined)?.[name];
}

function child(n: XNode, tag: string): XNode | undefined {
  return kids(n).find((c) => tagOf(c) === tag);
}

function val(n: XNode | undefined, tag: string): string | undefined {
  const c = n ? child(n, tag) : undefined;
  return c ? attr(c, 'val') : undefined;
}

interface Level {
  start: number;
  fmt: string;
  text: string;
  /** w:lvlRestart: the (1-based) level whose use restarts this one; 0 never; undefined: any higher level. */
  restart?: number | undefined;
  /** w:isLgl: every number in this level's text is shown in decimal (1.1 rather than 一.1). */
  isLgl: boolean;
}

function readLevel(lvl: XNode): Level {
  const restart = val(lvl, 'lvlRestart');
  const isLgl = child(lvl, 'isLgl');
  return {
    start: Number(val(lvl, 'start') ?? 1),
    fmt: val(lvl, 'numFmt') ?? 'decimal',
    text: val(lvl, 'lvlText') ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    isLgl: isLgl !== undefined && !/^(0|false|off)$/.test(attr(isLgl, 'val') ?? ''),
  };
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** A counter in one of Word's number formats (w:numFmt). */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographDigital':
      return toChineseNumeral(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return toCircled(n) ?? String(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

interface AbstractList {
  levels: Map<number, Level>;
  /** w:numStyleLink: the levels live in the list that a numbering style points to. */
  numStyleLink?: string | undefined;
}

interface NumInstance {
  abstractId: string;
  /** w:lvlOverride/w:startOverride: the count restarts there at this instance's first use. */
  starts: Map<number, number>;
  /** w:lvlOverride/w:lvl: a level redefined for this instance. */
  levels: Map<number, Level>;
}

/**
 * Word's list numbering. Counters belong to the list (the abstractNum): two
 * w:num instances of one list continue each other's count unless one
 * restarts it with a startOverride, as Word shows them.
 */
class Numbering {
  private abstract = new Map<string, AbstractList>();
  private nums = new Map<string, NumInstance>();
  private counters = new Map<string, (number | undefined)[]>();
  private started = new Set<string>();

  constructor(
    root: XNode[] | null,
    /** Numbering styles (a list style's w:numPr), for w:numStyleLink. */
    private styleNumIds: Map<string, { numId: string; ilvl: number }> = new Map(),
  ) {
    const numbering = root?.map((n) => (tagOf(n) === 'numbering' ? n : null)).find(Boolean);
    if (!numbering) return;
    for (const n of kids(numbering)) {
      const tag = tagOf(n);
      if (tag === 'abstractNum') {
        const levels = new Map<number, Level>();
        for (const lvl of kids(n).filter((c) => tagOf(c) === 'lvl')) levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl));
        this.abstract.set(attr(n, 'abstractNumId') ?? '', { levels, numStyleLink: val(n, 'numStyleLink') });
      } else if (tag === 'num') {
        const starts = new Map<number, number>();
        const levels = new Map<number, Level>();
        for (const o of kids(n).filter((c) => tagOf(c) === 'lvlOverride')) {
          const ilvl = Number(attr(o, 'ilvl') ?? 0);
          const start = val(o, 'startOverride');
          if (start !== undefined) starts.set(ilvl, Number(start));
          const lvl = child(o, 'lvl');
          if (lvl) levels.set(ilvl, readLevel(lvl));
        }
        this.nums.set(attr(n, 'numId') ?? '', { abstractId: val(n, 'abstractNumId') ?? '', starts, levels });
      }
    }
  }

  /** The list that holds the levels: through w:numStyleLink → numbering style → its w:num → that list. */
  private listOf(abstractId: string): [string, AbstractList] | null {
    let id = abstractId;
    for (let hops = 0; hops < 4; hops++) {
      const list = this.abstract.get(id);
      if (!list) return null;
      if (!list.numStyleLink || list.levels.size) return [id, list];
      const styleNum = this.styleNumIds.get(list.numStyleLink);
      const next = styleNum ? this.nums.get(styleNum.numId)?.abstractId : undefined;
      if (!next || next === id) return [id, list];
      id = next;
    }
    return null;
  }

  /** The label of the next paragraph at (numId, ilvl), e.g. `（二）`, advancing the counters; '' for bullets. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const found = num && numId !== '0' ? this.listOf(num.abstractId) : null;
    if (!num || !found) return '';
    const [listId, list] = found;
    const level = (l: number) => num.levels.get(l) ?? list.levels.get(l);
    const start = (l: number) => level(l)?.start ?? 1;
    const counters = this.counters.get(listId) ?? [];
    const restartKey = `${numId}:${ilvl}`;
    if (num.starts.has(ilvl) && !this.started.has(restartKey)) {
      this.started.add(restartKey);
      counters[ilvl] = num.starts.get(ilvl)!;
    } else counters[ilvl] = counters[ilvl] === undefined ? start(ilvl) : counters[ilvl]! + 1;
    for (let l = ilvl + 1; l < 9; l++) {
      const bound = level(l)?.restart;
      if (bound === undefined || ilvl < bound) counters[l] = undefined;
    }
    this.counters.set(listId, counters);
    const own = level(ilvl);
    if (!own || own.fmt === 'bullet' || own.fmt === 'none') return '';
    return own.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatNumber(counters[l] ?? start(l), own.isLgl ? 'decimal' : (level(l)?.fmt ?? 'decimal'));
    });
  }
}

/** Paragraph and numbering styles that carry numbering (a heading style linked to a multilevel list), following w:basedOn. */
function styleNumbering(root: XNode[] | null): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  const styles = root?.map((n) => (tagOf(n) === 'styles' ? n : null)).find(Boolean);
  if (!styles) return out;
  // attributes a style may lack are read as undefined
  const raw = new Map<string, { numId: string | undefined; ilvl: number | undefined; basedOn: string | undefined }>();
  for (const s of kids(styles).filter((c) => tagOf(c) === 'style')) {
    const pPr = child(s, 'pPr');
    const numPr = pPr ? child(pPr, 'numPr') : undefined;
    raw.set(attr(s, 'styleId') ?? '', { numId: val(numPr, 'numId'), ilvl: numPr && val(numPr, 'ilvl') !== undefined ? Number(val(numPr, 'ilvl')) : undefined, basedOn: val(s, 'basedOn') });
  }
  for (const id of raw.keys()) {
    let cur: string | undefined = id;
    const seen = new Set<string>();
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const r = raw.get(cur);
      if (r?.numId) {
        out.set(id, { numId: r.numId, ilvl: r.ilvl ?? 0 });
        break;
      }
      cur = r?.basedOn;
    }
  }
  return out;
}

/** &#xFF1A; and &#12289; left in text by some generators. */
function decodeCharRefs(s: string): string {
  if (!s.includes('&#')) return s;
  return s.replace(/&#x([0-9a-f]{1,6});|&#(\d{1,7});/gi, (m, hex: string | undefined, dec: string | undefined) => {
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** A run formatted as hidden (w:vanish) is not shown by Word. */
function isHidden(run: XNode): boolean {
  const rPr = child(run, 'rPr');
  const vanish = rPr ? child(rPr, 'vanish') : undefined;
  return vanish !== undefined && !/^(0|false|off)$/.test(attr(vanish, 'val') ?? '');
}

/** The branch of mc:AlternateContent to read: the first Choice, else the Fallback (never both). */
function alternative(n: XNode): XNode[] {
  const branch = kids(n).find((c) => tagOf(c) === 'Choice') ?? kids(n).find((c) => tagOf(c) === 'Fallback');
  return branch ? kids(branch) : [];
}

/** Text of a paragraph's runs: w:t, tabs and breaks; deleted, moved-away and hidden text left out; text boxes as lines of their own. */
function runText(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    switch (tag) {
      case 't':
        out += decodeCharRefs(
          kids(n)
            .map((c) => String(c['#text'] ?? ''))
            .join(''),
        );
        break;
      case 'tab':
        out += '\t';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'noBreakHyphen':
        out += '-';
        break;
      case 'r':
        if (!isHidden(n)) out += runText(kids(n));
        break;
      case 'AlternateContent':
        out += runText(alternative(n));
        break;
      case 'txbxContent':
        // a text box: each of its paragraphs on a line of its own
        out += `\n${kids(n)
          .map((p) => runText(kids(p)))
          .join('\n')}\n`;
        break;
      case 'del':
      case 'delText':
      case 'moveFrom':
      case 'pPr':
      case 'rPr':
      case 'instrText':
        break;
      case null:
        break;
      default:
        out += runText(kids(n));
    }
  }
  return out;
}

/** Whether a run is set in bold by its own formatting (w:b, not switched off). */
function isBold(run: XNode): boolean {
  const rPr = child(run, 'rPr');
  const b = rPr ? child(rPr, 'b') : undefined;
  return b !== undefined && !/^(0|false|off)$/.test(attr(b, 'val') ?? '');
}

/**
 * A paragraph that opens with a bold numbered heading and runs on into its body in plain runs
 * (（一）培育龙头骨干企业 in bold, then 对年营业收入…): its text with the bold's end kept as a wide space; null otherwise.
 */
function boldHeadingText(runs: XNode[], label: string): string | null {
  const first = runs.findIndex((r) => tagOf(r) === 'r' && runText([r]).trim());
  if (first < 0 || !isBold(runs[first]!)) return null;
  let end = first;
  while (end < runs.length && (tagOf(runs[end]!) !== 'r' || isBold(runs[end]!) || !runText([runs[end]!]).trim())) end++;
  const head = runText(runs.slice(0, end));
  const rest = runText(runs.slice(end));
  return rest.trim() && isBoldHeading(label + head) ? `${head}${HEADING_GAP}${rest}` : null;
}

/** Children with content controls, custom XML and tracked insertions opened, down to the tags wanted (rows, cells, paragraphs). */
function unwrap(nodes: XNode[], wanted: Set<string>): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag !== null && wanted.has(tag)) out.push(n);
    else if (tag === 'sdt') out.push(...unwrap(kids(child(n, 'sdtContent') ?? {}), wanted));
    else if (tag === 'customXml' || tag === 'ins' || tag === 'moveTo' || tag === 'smartTag') out.push(...unwrap(kids(n), wanted));
  }
  return out;
}

const ROWS = new Set(['tr']);
const CELLS = new Set(['tc']);
const BLOCKS = new Set(['p', 'tbl']);

class DocxWriter {
  sink = new LineSink();
  paragraph = 0;
  tables = 0;
  constructor(
    private numbering: Numbering,
    private styles: Map<string, { numId: string; ilvl: number }>,
  ) {}

  /**
   * A paragraph's text with its list number. The counter advances even for
   * an empty numbered paragraph, as Word shows it; in a table cell (an
   * auto-numbered 序号 column) the number alone is the cell's text.
   */
  paragraphText(p: XNode, inCell = false): string {
    const { label, text } = this.paragraphParts(p);
    return text.trim() || inCell ? label + text : '';
  }

  /** A paragraph's list number as Word shows it ('' when it has none) and its text. */
  paragraphParts(p: XNode): { label: string; text: string } {
    this.paragraph++;
    const pPr = child(p, 'pPr');
    const numPr = pPr ? child(pPr, 'numPr') : undefined;
    const style = pPr ? val(pPr, 'pStyle') : undefined;
    const fromStyle = style ? this.styles.get(style) : undefined;
    const numId = val(numPr, 'numId') ?? fromStyle?.numId;
    const ilvl = numPr && val(numPr, 'ilvl') !== undefined ? Number(val(numPr, 'ilvl')) : (fromStyle?.ilvl ?? 0);
    const runs = kids(p).filter((c) => tagOf(c) !== 'pPr');
    const label = numId !== undefined ? this.numbering.next(numId, ilvl) : '';
    return { label, text: boldHeadingText(runs, label) ?? runText(runs) };
  }

  blocks(nodes: XNode[]): void {
    for (const n of unwrap(nodes, BLOCKS)) {
      if (tagOf(n) === 'p') {
        const at: SourceLocation = { paragraph: this.paragraph + 1 };
        const { label, text } = this.paragraphParts(n);
        // Word's own list number is known to be one: the line is typed, not guessed from the text
        if (!text.trim()) this.sink.blank();
        else if (label.trim()) this.sink.pushTyped(label + text, at, { kind: 'numbered', length: label.length });
        else this.sink.push(text, at);
      } else this.table(n);
    }
  }

  /** A cell's text: its paragraphs, and the cells of a table nested in it, one per line. */
  cellText(tc: XNode): string {
    return unwrap(kids(tc), BLOCKS)
      .map((b) =>
        tagOf(b) === 'p'
          ? this.paragraphText(b, true)
          : unwrap(kids(b), ROWS)
              .flatMap((tr) => unwrap(kids(tr), CELLS).map((c) => this.cellText(c)))
              .join('\n'),
      )
      .join('\n');
  }

  table(tbl: XNode): void {
    const rows = unwrap(kids(tbl), ROWS);
    const cells = rows.map((tr) => unwrap(kids(tr), CELLS));
    // a layout table (one column, or the notice laid out in cells with tables inside): its cells are read as the body
    const nested = cells.some((row) => row.some((tc) => unwrap(kids(tc), BLOCKS).some((b) => tagOf(b) === 'tbl')));
    if (cells.every((row) => row.length <= 1) || (nested && !this.looksLikeTaskTable(cells))) {
      for (const row of cells) for (const tc of row) this.blocks(kids(tc));
      return;
    }
    this.tables++;
    const table = this.tables;
    const firstParagraph: number[] = [];
    const grid: Grid = [];
    cells.forEach((rowCells, r) => {
      firstParagraph[r] = this.paragraph + 1;
      const row: GridCell[] = [];
      let c = 0;
      for (const tc of rowCells) {
        const tcPr = child(tc, 'tcPr');
        const span = Number(val(tcPr, 'gridSpan') ?? 1) || 1;
        const vMerge = tcPr ? child(tcPr, 'vMerge') : undefined;
        const continues = vMerge !== undefined && attr(vMerge, 'val') !== 'restart';
        const text = this.cellText(tc);
        for (let k = 0; k < span; k++) {
          const above = grid[r - 1]?.[c + k];
          row[c + k] = continues && above ? above : { text, originRow: r, originCol: c };
        }
        c += span;
      }
      grid.push(row);
    });
    const width = Math.max(0, ...grid.map((row) => row.length));
    const filled: Grid = grid.map((row, r) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '', originRow: r, originCol: c }));
    this.sink.blank();
    writeTable(filled, this.sink, { table, rowLocation: (r) => ({ paragraph: firstParagraph[r] ?? this.paragraph }) });
    this.sink.blank();
  }

  /** Whether the first rows hold a task-table header (序号, 重点任务, 责任单位 …), read without numbering side effects. */
  private looksLikeTaskTable(cells: XNode[][]): boolean {
    const grid: Grid = cells.slice(0, 4).map((row, r) => row.map((tc, c) => ({ text: runText(kids(tc)), originRow: r, originCol: c })));
    return findHeader(grid) !== null;
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** An XML part's text: UTF-8 (with or without BOM) or UTF-16 with a BOM, as the package rules allow. */
function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}

/** Targets of a part's relationships by type (the last segment of the type URI): officeDocument, numbering, styles. */
function relationships(xml: string | null, base: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const type = /\bType="([^"]*)"/.exec(attrs)?.[1]?.split('/').pop();
    const target = /\bTarget="([^"]*)"/.exec(attrs)?.[1];
    if (!type || !target || /\bTargetMode="External"/.test(attrs)) continue;
    out.set(type, target.startsWith('/') ? target.slice(1) : `${base}${target}`);
  }
  return out;
}

/**
 * A part of a package may inflate to at most this many bytes: a real Word
 * document.xml is a few megabytes; a zip bomb inflates a small file to gigabytes.
 */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

export async function readDocx(bytes: Uint8Array): Promise<SourceText> {
  if (OLE.every((b, i) => bytes[i] === b)) throw new FormatError('docx-encrypted');
  // each part inflated as a stream and counted as it comes: past the cap the file is refused (`zip-too-large`)
  const damaged = () => new FormatError('docx-damaged', { reason: 'not-a-zip-package' });
  const [{ zip, inflate }, { XMLParser }] = await Promise.all([openPackage(bytes, MAX_PART_BYTES, damaged), import('fast-xml-parser')]);
  const read = async (name: string | undefined) => {
    const f = name ? zip.file(name) : null;
    return f ? decodePart(await inflate(f)) : null;
  };
  // the main part is where the package's relationships say (Word Online writes word/document2.xml)
  const main = relationships(await read('_rels/.rels'), '').get('officeDocument') ?? 'word/document.xml';
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const mainRels = relationships(await read(`${folder}_rels/${main.slice(folder.length)}.rels`), folder);
  const [documentXml, numberingXml, stylesXml] = await Promise.all([read(main), read(mainRels.get('numbering') ?? `${folder}numbering.xml`), read(mainRels.get('styles') ?? `${folder}styles.xml`)]);
  if (documentXml === null) {
    // another Office package under a Word name
    if (zip.file('xl/workbook.xml')) throw new FormatError('docx-not-word', { kind: 'excel-workbook' });
    if (zip.file('ppt/presentation.xml')) throw new FormatError('docx-not-word', { kind: 'powerpoint-presentation' });
    throw new FormatError('docx-damaged', { reason: `no ${main}` });
  }
  // namespace prefixes dropped: w:p, ns0:p and a default namespace all read as p
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true, trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true });
  const parse = (xml: string | null) => {
    if (xml === null) return null;
    try {
      return parser.parse(xml) as XNode[];
    } catch (e) {
      throw new FormatError('docx-damaged', { reason: `malformed XML: ${(e as Error).message.split('\n')[0]}` });
    }
  };
  const doc = parse(documentXml)!;
  const root = doc.map((n) => (tagOf(n) === 'document' ? n : null)).find(Boolean);
  const body = root ? child(root, 'body') : undefined;
  if (!body) throw new FormatError('docx-damaged', { reason: 'no document body' });
  const styles = styleNumbering(parse(stylesXml));
  const w = new DocxWriter(new Numbering(parse(numberingXml), styles), styles);
  w.blocks(kids(body));
  return w.sink.result('docx');
}
