/**
 * Word .docx notices: the package is opened with JSZip and its XML read with
 * fast-xml-parser. Paragraphs become lines; Word's automatic list numbering is
 * written back as text (一、 （一） 1. from the list's levels, formats and
 * counters, so ids come out as if the numbers had been typed); tables with
 * merged cells (gridSpan, vMerge) go to the task-table reader. Each line keeps
 * its paragraph number; table lines their table, row and cell.
 */
import { FormatError, LineSink, type SourceLocation, type SourceText } from './source.js';
import { toChineseNumeral, toCircled } from '../core/numbering.js';
import { type Grid, type GridCell, writeTable } from './table.js';

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
  return c ? attr(c, 'w:val') : undefined;
}

interface Level {
  start: number;
  fmt: string;
  text: string;
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

class Numbering {
  private abstract = new Map<string, Map<number, Level>>();
  private nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  private counters = new Map<string, (number | undefined)[]>();

  constructor(root: XNode[] | null) {
    const numbering = root?.map((n) => (tagOf(n) === 'w:numbering' ? n : null)).find(Boolean);
    if (!numbering) return;
    for (const n of kids(numbering)) {
      const tag = tagOf(n);
      if (tag === 'w:abstractNum') {
        const levels = new Map<number, Level>();
        for (const lvl of kids(n).filter((c) => tagOf(c) === 'w:lvl')) {
          levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
            start: Number(val(lvl, 'w:start') ?? 1),
            fmt: val(lvl, 'w:numFmt') ?? 'decimal',
            text: val(lvl, 'w:lvlText') ?? '',
          });
        }
        this.abstract.set(attr(n, 'w:abstractNumId') ?? '', levels);
      } else if (tag === 'w:num') {
        const overrides = new Map<number, number>();
        for (const o of kids(n).filter((c) => tagOf(c) === 'w:lvlOverride')) {
          const start = val(o, 'w:startOverride');
          if (start !== undefined) overrides.set(Number(attr(o, 'w:ilvl') ?? 0), Number(start));
        }
        this.nums.set(attr(n, 'w:numId') ?? '', { abstractId: val(n, 'w:abstractNumId') ?? '', overrides });
      }
    }
  }

  /** The label of the next paragraph at (numId, ilvl), e.g. `（二）`, advancing the counters; '' for bullets. */
  next(numId: string, ilvl: number): string {
    const num = this.nums.get(numId);
    const levels = num ? this.abstract.get(num.abstractId) : undefined;
    if (!num || !levels || numId === '0') return '';
    const counters = this.counters.get(numId) ?? [];
    const start = (l: number) => num.overrides.get(l) ?? levels.get(l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? start(ilvl) : counters[ilvl]! + 1;
    for (let l = ilvl + 1; l < 9; l++) counters[l] = undefined;
    this.counters.set(numId, counters);
    const level = levels.get(ilvl);
    if (!level || level.fmt === 'bullet' || level.fmt === 'none') return '';
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatNumber(counters[l] ?? start(l), levels.get(l)?.fmt ?? 'decimal');
    });
  }
}

/** Paragraph styles that carry numbering (a heading style linked to a multilevel list), following w:basedOn. */
function styleNumbering(root: XNode[] | null): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  const styles = root?.map((n) => (tagOf(n) === 'w:styles' ? n : null)).find(Boolean);
  if (!styles) return out;
  const raw = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const s of kids(styles).filter((c) => tagOf(c) === 'w:style')) {
    const pPr = child(s, 'w:pPr');
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    raw.set(attr(s, 'w:styleId') ?? '', { numId: val(numPr, 'w:numId'), ilvl: numPr && val(numPr, 'w:ilvl') !== undefined ? Number(val(numPr, 'w:ilvl')) : undefined, basedOn: val(s, 'w:basedOn') });
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

/** Text of a paragraph's runs: w:t, tabs and breaks; deleted text left out. */
function runText(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    switch (tag) {
      case 'w:t':
        out += kids(n)
          .map((c) => String(c['#text'] ?? ''))
          .join('');
        break;
      case 'w:tab':
        out += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        out += '\n';
        break;
      case 'w:noBreakHyphen':
        out += '-';
        break;
      case 'w:del':
      case 'w:delText':
      case 'w:pPr':
      case 'w:rPr':
      case 'w:instrText':
        break;
      case null:
        break;
      default:
        out += runText(kids(n));
    }
  }
  return out;
}

class DocxWriter {
  sink = new LineSink();
  paragraph = 0;
  tables = 0;
  constructor(
    private numbering: Numbering,
    private styles: Map<string, { numId: string; ilvl: number }>,
  ) {}

  paragraphText(p: XNode): string {
    this.paragraph++;
    const pPr = child(p, 'w:pPr');
    const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
    const style = pPr ? val(pPr, 'w:pStyle') : undefined;
    const fromStyle = style ? this.styles.get(style) : undefined;
    const numId = val(numPr, 'w:numId') ?? fromStyle?.numId;
    const ilvl = numPr && val(numPr, 'w:ilvl') !== undefined ? Number(val(numPr, 'w:ilvl')) : (fromStyle?.ilvl ?? 0);
    const text = runText(kids(p).filter((c) => tagOf(c) !== 'w:pPr'));
    const label = numId !== undefined && text.trim() ? this.numbering.next(numId, ilvl) : '';
    return label + text;
  }

  blocks(nodes: XNode[]): void {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === 'w:p') {
        const at: SourceLocation = { paragraph: this.paragraph + 1 };
        const t = this.paragraphText(n);
        if (t.trim()) this.sink.push(t, at);
        else this.sink.blank();
      } else if (tag === 'w:tbl') this.table(n);
      else if (tag === 'w:sdt') this.blocks(kids(child(n, 'w:sdtContent') ?? {}));
      else if (tag === 'w:customXml' || tag === 'w:ins') this.blocks(kids(n));
    }
  }

  table(tbl: XNode): void {
    this.tables++;
    const table = this.tables;
    const firstParagraph: number[] = [];
    const grid: Grid = [];
    kids(tbl)
      .filter((r) => tagOf(r) === 'w:tr')
      .forEach((tr, r) => {
        firstParagraph[r] = this.paragraph + 1;
        const row: GridCell[] = [];
        let c = 0;
        for (const tc of kids(tr).filter((x) => tagOf(x) === 'w:tc')) {
          const tcPr = child(tc, 'w:tcPr');
          const span = Number(val(tcPr, 'w:gridSpan') ?? 1) || 1;
          const vMerge = tcPr ? child(tcPr, 'w:vMerge') : undefined;
          const continues = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
          const text = kids(tc)
            .filter((x) => tagOf(x) === 'w:p')
            .map((p) => this.paragraphText(p))
            .join('\n');
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
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export async function readDocx(bytes: Uint8Array): Promise<SourceText> {
  if (OLE.every((b, i) => bytes[i] === b)) throw new FormatError('docx-encrypted');
  const [{ default: JSZip }, { XMLParser }] = await Promise.all([import('jszip'), import('fast-xml-parser')]);
  let zip: import('jszip');
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // JSZip's own words (and its web address) say nothing to an analyst
    throw new FormatError('docx-damaged', { reason: 'not a readable zip package', reasonZh: '不是可读的压缩包' });
  }
  const read = async (name: string) => zip.file(name)?.async('string') ?? null;
  const [documentXml, numberingXml, stylesXml] = await Promise.all([read('word/document.xml'), read('word/numbering.xml'), read('word/styles.xml')]);
  if (documentXml === null) {
    // another Office package under a Word name
    if (zip.file('xl/workbook.xml')) throw new FormatError('docx-not-word', { kind: 'an Excel workbook', kindZh: 'Excel 工作簿' });
    if (zip.file('ppt/presentation.xml')) throw new FormatError('docx-not-word', { kind: 'a PowerPoint presentation', kindZh: 'PowerPoint 演示文稿' });
    throw new FormatError('docx-damaged', { reason: 'no word/document.xml' });
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true });
  const parse = (xml: string | null) => {
    if (xml === null) return null;
    try {
      return parser.parse(xml) as XNode[];
    } catch (e) {
      throw new FormatError('docx-damaged', { reason: `malformed XML: ${(e as Error).message.split('\n')[0]}` });
    }
  };
  const doc = parse(documentXml)!;
  const root = doc.map((n) => (tagOf(n) === 'w:document' ? n : null)).find(Boolean);
  const body = root ? child(root, 'w:body') : undefined;
  if (!body) throw new FormatError('docx-damaged', { reason: 'no document body' });
  const w = new DocxWriter(new Numbering(parse(numberingXml)), styleNumbering(parse(stylesXml)));
  w.blocks(kids(body));
  return w.sink.result('docx');
}
