/**
 * Third stage: segments → numbered items. One pass keeps a stack of open
 * headings, splits headings and unit labels glued into running text, repairs
 * hard line breaks, and attaches unit clauses to the innermost open item.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { LADDER_RANK, matchHeading, type HeadingMark, type NumberStyle } from './markers.js';
import { type TwinText, concatTwins, sliceTwin, trimTwin } from './twin.js';
import type { Segment } from './segments.js';
import { assertNever, type BodyLine, type LabelLine, type NoticeLine, type NumberedLine } from './notice-line.js';
import { type ClauseResult, emptyClause, endsWithUnitParenthetical, findParentheticals, labelAtStart, LABEL_RE, mergeClause, parseLabelledText } from './clauses.js';
import { hasUnitSuffix, isCatchAll } from './unit-list.js';
import { PARAGRAPH_END } from './chars.js';
import { matchesFrom } from './lexicon/regex.js';
import { clauseBracketDelta } from './lexicon/brackets.js';

export type ParagraphKind = 'heading' | 'body' | 'label';

export interface Paragraph {
  kind: ParagraphKind;
  span: TwinText;
  line: number;
  col: number;
  /** The paragraph's last physical line was joined into it (a hard wrap was repaired). */
  joined: boolean;
  /** The heading paragraph ended at the end of its physical line with no other text after it. */
  standalone: boolean;
  /** Length of the paragraph's last physical line. */
  lastLineLength: number;
}

export interface Item {
  mark: HeadingMark;
  rank: number;
  parent: Item | null;
  children: Item[];
  line: number;
  col: number;
  heading: Paragraph;
  body: Paragraph[];
  clause: ClauseResult;
  /** Attachment part (0 = the notice itself). */
  part: number;
}

export interface StructureResult {
  items: Item[];
  preamble: Paragraph[];
  diagnostics: Diagnostic[];
  /** Unit clauses found outside any numbered item. */
  strayClauses: { line: number; clause: ClauseResult }[];
}

export interface StructureOptions {
  /** Physical line width of hard-wrapped text, when the document has one. */
  wrapWidth: number | null;
  /** The document is (mostly) one long line: glued headings may open new levels. */
  flattened: boolean;
  /** Blank lines separate every line and carry no meaning. */
  doubleSpaced: boolean;
}

const BOUNDARY_BEFORE = /[。；;！？!?）)”\s]/;

class Builder {
  items: Item[] = [];
  stack: Item[] = [];
  preamble: Paragraph[] = [];
  diagnostics: Diagnostic[] = [];
  stray: { line: number; clause: ClauseResult }[] = [];
  dynamicRank = new Map<NumberStyle, number>();
  lastAtRank = new Map<number, number>();
  current: Paragraph | null = null;
  part = 0;
  constructor(private opts: StructureOptions) {}

  top(): Item | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /** Rank of a numbering style: fixed on the ladder, or set where an outside style first appears. */
  rankOf(style: NumberStyle, commit: boolean): number {
    const fixed = LADDER_RANK[style];
    if (fixed !== null) return fixed;
    const known = this.dynamicRank.get(style);
    if (known !== undefined) return known;
    const top = this.top();
    const base = top ? top.rank : -3;
    const used = [...Object.values(LADDER_RANK).filter((r): r is number => r !== null), ...this.dynamicRank.values()].filter((r) => r > base);
    const next = used.length ? Math.min(...used) : base + 2;
    const rank = (base + next) / 2;
    if (commit) this.dynamicRank.set(style, rank);
    return rank;
  }

  /**
   * Whether a number fits the running sequence: the next sibling of the open
   * item at its rank, the next number of a sequence running across sections,
   * or (unless `strict`, or in flattened text) a first child.
   */
  fits(mark: HeadingMark, strict: boolean): boolean {
    const rank = this.rankOf(mark.style, false);
    const sibling = this.stack.find((it) => it.rank === rank);
    if (sibling) return mark.value === sibling.mark.value + 1;
    const last = this.lastAtRank.get(rank);
    if (last !== undefined && mark.value === last + 1) return true;
    if (mark.value === 1) return !strict || this.opts.flattened;
    return false;
  }

  closeParagraph(): void {
    const p = this.current;
    this.current = null;
    if (!p) return;
    const owner = this.top();
    if (p.kind === 'label') {
      const clause = parseLabelledText(p.span);
      if (!clause) return;
      if (owner) mergeClause(owner.clause, clause);
      else if (clause.units.length) this.stray.push({ line: p.line, clause });
      return;
    }
    if (p.kind === 'heading') return;
    if (owner) owner.body.push(p);
    else this.preamble.push(p);
  }

  openItem(mark: HeadingMark, seg: Segment, offset: number): void {
    this.closeParagraph();
    const rank = this.rankOf(mark.style, true);
    while (this.stack.length && this.top()!.rank >= rank) this.stack.pop();
    const parent = this.top();
    this.lastAtRank.set(rank, mark.value);
    const line = seg.line;
    const col = seg.col + offset;
    const heading = newParagraph('heading', seg, offset);
    const item: Item = { mark, rank, parent, children: [], line, col, heading, body: [], clause: emptyClause(), part: this.part };
    if (parent) parent.children.push(item);
    this.items.push(item);
    this.stack.push(item);
    this.current = heading;
  }

  startAttachment(): void {
    this.closeParagraph();
    this.stack = [];
    this.lastAtRank.clear();
    this.part++;
  }

  /** Whether text at the start of a segment continues the open paragraph (a repaired hard line break). */
  continues(seg: Segment, text: TwinText): boolean {
    const p = this.current;
    if (!p || !p.span.n || !text.n) return false;
    if (seg.blankBefore && !this.opts.doubleSpaced) return false;
    const last = p.span.n.replace(/[ \t]+$/, '').slice(-1);
    if ('，、。；）)”》'.includes(text.n.charAt(0))) return true;
    const wrapped = this.opts.wrapWidth !== null && p.lastLineLength >= this.opts.wrapWidth - 2;
    if (p.kind === 'label') {
      // names set apart by spaces on the label's own line: 配合单位: 市城管局  市水务局
      if (!seg.lineStart) return !labelAtStart(text.n) && !/[。]/.test(text.n);
      if ('、，,；;（(“《'.includes(last) || unbalanced(p.span.n)) return true;
      if (/[。；;：:]/.test(text.n) || labelAtStart(text.n)) return false;
      // the name broken by the line end must make a unit again: 平潭综合实 / 验区管委会, 省直有关 / 部门
      const lastItem = /[^、，,；;：:\s]*$/.exec(p.span.n.trimEnd())?.[0] ?? '';
      const firstPiece = /^[^、，,；;\s]*/.exec(text.n)?.[0] ?? '';
      const joined = lastItem + firstPiece;
      // a name cut after its first characters: 各 / 市、县（区）人民政府, 人行 / 福州中心支行
      if (INCOMPLETE_NAME_HEAD.test(lastItem) && firstPiece) return true;
      // two whole names are not one broken name
      if (hasUnitSuffix(lastItem) && firstPiece.length > 2 && hasUnitSuffix(firstPiece)) return false;
      return (wrapped || text.n.length <= 16 || firstPiece.length <= 8) && (hasUnitSuffix(joined) || isCatchAll(joined));
    }
    if (PARAGRAPH_END.includes(last)) return false;
    if ((last === '）' || last === ')') && endsWithUnitParenthetical(p.span)) return false;
    if (p.kind === 'heading' && !/[。！？!?]/.test(p.span.n)) {
      // a heading without a full stop continues only when its line was hard-wrapped
      if ('，、（(“《'.includes(last) || unbalanced(p.span.n)) return true;
      return seg.lineStart ? wrapped : false;
    }
    return true;
  }

  /**
   * A segment in the structure pass. Its first piece opens a heading, opens a
   * label, or continues / starts a paragraph; each glued heading or label found
   * after it opens the next piece (a loop, not recursion: a flattened document
   * may hold thousands of them on one line).
   */
  feedSegment(seg: Segment, first: Piece): void {
    const text = trimTwin(seg.span);
    if (!text.n) return;
    let piece = first;
    let rest = text;
    let offset = 0;
    for (;;) {
      let body = rest;
      let bodyOffset = offset;
      if (piece.kind === 'heading') {
        this.openItem(piece.mark, seg, offset);
        body = sliceTwin(rest, piece.mark.length);
        bodyOffset = offset + piece.mark.length;
      } else if (piece.kind === 'label') {
        this.closeParagraph();
        this.current = newParagraph('label', seg, offset);
      }
      const glue = this.findGlue(body, piece.kind === 'text' ? (this.current?.kind ?? 'body') : piece.kind);
      const head = glue ? sliceTwin(body, 0, glue.at) : body;
      if (piece.kind === 'text') this.continueOrStart(seg, head);
      else {
        this.current!.span = head;
        this.current!.standalone = piece.kind === 'heading' && !glue && seg.lineEnd;
      }
      this.current!.lastLineLength = seg.lineLength;
      if (!glue) return;
      piece = glue.kind === 'heading' ? { kind: 'heading', mark: glue.mark! } : { kind: 'label' };
      rest = sliceTwin(body, glue.at);
      offset = bodyOffset + glue.at;
    }
  }

  /** Text at the start of a segment: joined to the open paragraph across a hard line break, or a new paragraph. */
  continueOrStart(seg: Segment, head: TwinText): void {
    if (this.current && this.continues(seg, head)) {
      const p = this.current;
      const sameLine = p.kind === 'label' && !seg.lineStart;
      const sep = sameLine || (/[A-Za-z0-9]$/.test(p.span.n) && /^[A-Za-z0-9]/.test(head.n)) ? ' ' : '';
      p.span = concatTwins(p.span, head, sep);
      p.joined = true;
    } else {
      this.closeParagraph();
      this.current = newParagraph('body', seg, 0);
      this.current.span = head;
    }
  }

  acceptsHeading(mark: HeadingMark, text: TwinText): boolean {
    // `1、2号楼` is prose; `一、2023年主要目标` at a line start is a heading
    if (mark.digitAfter && !this.fits(mark, !DIGIT_SAFE_STYLES.has(mark.style))) return false;
    if ((mark.style === 'alpha' || mark.style === 'roman' || mark.style === 'numHalfParen') && !this.fits(mark, false)) return false;
    // a reference in running text, not a heading: （一）至（三）项…, 第三条规定的…, （二）中所列…
    if (REFERENCE_AFTER.test(text.n.slice(mark.length, mark.length + 4))) return false;
    return text.n.length > 0;
  }

  /** Finds the first place in `text` where a glued heading or label starts (never inside brackets). */
  findGlue(text: TwinText, context: ParagraphKind): Glue | null {
    const n = text.n;
    const depth = new DepthScanner(n);
    let labelAt = -1;
    if (n.includes('：') || n.includes(':')) {
      for (const m of matchesFrom(LABEL_RE, n)) {
        // 【责任单位：X】 is a bracketed clause, found as a parenthetical; 【责任单位】：X is a label
        if (OPENING_BRACKET.test(m[0]) && !CLOSING_BRACKET.test(m[0])) continue;
        if (m.index > 0 && depth.at(m.index) === 0 && (BOUNDARY_BEFORE.test(n.charAt(m.index - 1)) || context === 'label')) {
          labelAt = m.index;
          break;
        }
      }
    }
    const limit = labelAt >= 0 ? labelAt : n.length;
    const anywhere = context === 'label';
    const headings = new DepthScanner(n);
    for (let i = 1; i < limit; i++) {
      if (!isMarkStart(n.charCodeAt(i))) continue;
      const prev = n.charCodeAt(i - 1);
      const afterCjk = prev >= 0x4e00 && prev <= 0x9fa5;
      if (!anywhere && !isBoundary(prev) && !(afterCjk && this.opts.flattened)) continue;
      if (prev === 0xff1a || prev === 0x3a || (prev >= 0x30 && prev <= 0x39) || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a) || prev === 0x2e) continue;
      if (headings.at(i) !== 0) continue;
      const mark = matchHeading(n, i);
      if (!mark || !this.fits(mark, true)) continue;
      if (afterCjk && !anywhere && !GLUE_AFTER_CJK.has(mark.style)) continue;
      if (i + mark.length >= n.length && !anywhere) continue;
      return { at: i, kind: 'heading', mark };
    }
    return labelAt >= 0 ? { at: labelAt, kind: 'label' } : null;
  }
}

/** Bracket depth before a position, computed incrementally for increasing positions (linear overall). */
class DepthScanner {
  private pos = 0;
  private depth = 0;
  constructor(private n: string) {}
  at(i: number): number {
    for (; this.pos < i; this.pos++) {
      const delta = clauseBracketDelta(this.n[this.pos]!);
      if (delta > 0) this.depth++;
      else if (delta < 0 && this.depth > 0) this.depth--;
    }
    return this.depth;
  }
}

/** Characters that can start a heading number: （ ( 第 digits, Chinese numerals, circled numbers. */
function isMarkStart(c: number): boolean {
  return (
    c === 0xff08 ||
    c === 0x28 ||
    c === 0x7b2c ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x2460 && c <= 0x2473) ||
    (c >= 0x2474 && c <= 0x249b) ||
    (c >= 0x3251 && c <= 0x325f) ||
    (c >= 0x32b1 && c <= 0x32bf) ||
    CN_NUMERAL_CODES.has(c)
  );
}
const CN_NUMERAL_CODES = new Set([...'〇零一二两三四五六七八九十'].map((c) => c.charCodeAt(0)));

/** Punctuation or space after which a glued heading or label may start. */
function isBoundary(c: number): boolean {
  return BOUNDARY_CODES.has(c) || c === 0x20 || c === 0x09;
}
const BOUNDARY_CODES = new Set([...'。；;！？!?）)”'].map((ch) => ch.charCodeAt(0)));


type Piece = { kind: 'heading'; mark: HeadingMark } | { kind: 'label' } | { kind: 'text' };

interface Glue {
  at: number;
  kind: 'heading' | 'label';
  mark?: HeadingMark;
}

const OPENING_BRACKET = /^[【[〔]/;
const CLOSING_BRACKET = /[】\]〕]/;

/** Words right after a number that make it a reference to an item, not a heading. */
const REFERENCE_AFTER = /^(至|到|和|或|与|及|项|款|中所|所列|所述|规定|提到|的规定|的)/;

/** The start of a unit name that cannot stand alone. */
const INCOMPLETE_NAME_HEAD = /^(各|人行|人民银行|国网|中国|省|市|县|区|省直|市直|县直|区直)$/;

/** Styles whose number cannot be confused with a quantity when a digit follows. */
const DIGIT_SAFE_STYLES = new Set<NumberStyle>(['cn', 'cnParen', 'numParen', 'part', 'chapter']);

const GLUE_AFTER_CJK = new Set<NumberStyle>(['cn', 'cnParen', 'numParen', 'circled']);

function newParagraph(kind: ParagraphKind, seg: Segment, offset: number): Paragraph {
  return { kind, span: { r: '', n: '' }, line: seg.line, col: seg.col + offset, joined: false, standalone: false, lastLineLength: seg.lineLength };
}

function unbalanced(n: string): boolean {
  let depth = 0;
  for (const ch of n) {
    const delta = clauseBracketDelta(ch);
    if (delta > 0) depth++;
    else if (delta < 0 && depth > 0) depth--;
  }
  return depth > 0;
}

/** The first piece of a typed line: a numbered line opens a heading when its number fits the running sequence, else it is text. */
function firstPiece(b: Builder, line: NumberedLine | LabelLine | BodyLine): Piece {
  switch (line.kind) {
    case 'numbered':
      return b.acceptsHeading(line.mark, trimTwin(line.seg.span)) ? { kind: 'heading', mark: line.mark } : { kind: 'text' };
    case 'label':
      return { kind: 'label' };
    case 'body':
      return { kind: 'text' };
    default:
      return assertNever(line);
  }
}

export function buildStructure(lines: readonly NoticeLine[], opts: StructureOptions): StructureResult {
  const b = new Builder(opts);
  for (const line of lines) {
    switch (line.kind) {
      case 'attachment-start':
        b.startAttachment();
        break;
      case 'meta':
      case 'attachment-list':
        b.closeParagraph();
        break;
      case 'numbered':
      case 'label':
      case 'body':
        b.feedSegment(line.seg, firstPiece(b, line));
        break;
      default:
        assertNever(line);
    }
  }
  b.closeParagraph();
  return { items: b.items, preamble: b.preamble, diagnostics: b.diagnostics, strayClauses: b.stray };
}

/** Removes unit parentheticals from a paragraph and returns the clauses found. */
export function extractParentheticals(span: TwinText): { text: TwinText; clauses: ClauseResult[] } {
  const found = findParentheticals(span);
  if (!found.length) return { text: span, clauses: [] };
  let r = '';
  let n = '';
  let last = 0;
  for (const p of found) {
    r += span.r.slice(last, p.start);
    n += span.n.slice(last, p.start);
    last = p.end;
  }
  r += span.r.slice(last);
  n += span.n.slice(last);
  return { text: { r, n }, clauses: found.map((p) => p.clause) };
}

