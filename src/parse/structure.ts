/**
 * The structure pass: typed lines → numbered items. It walks the lines once,
 * keeping the open paragraph; the level stack (tree.ts) decides where a number
 * opens an item, the repairs (repair.ts) where a hard line break is joined and
 * where a heading or label glued into a line starts, and each unit clause is
 * attached to the innermost open item.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { HeadingMark } from './markers.js';
import { bracketDepth } from './lexicon/brackets.js';
import { type TwinText, concatTwins, sliceTwin, trimTwin } from './twin.js';
import type { Segment } from './segments.js';
import { assertNever, type BodyLine, type LabelLine, type NoticeLine, type NumberedLine } from './notice-line.js';
import { type ClauseResult, findParentheticals, type Label, labelAtStart, mergeClause, parseCellText, parseLabelledText } from './clauses.js';
import { LevelStack, type Item, type Paragraph, type ParagraphKind } from './tree.js';
import { continuesParagraph, findGlue, hasSentenceEnd, labelOnly, lastNonBlank, type Layout, TAIL_LENGTH, wrappedAtWidth } from './repair.js';
import { PARAGRAPH_END } from './chars.js';

export type { Item, Paragraph, ParagraphKind } from './tree.js';

export interface StructureResult {
  items: Item[];
  preamble: Paragraph[];
  diagnostics: Diagnostic[];
  /** Unit clauses found outside any numbered item. */
  strayClauses: { line: number; clause: ClauseResult }[];
}

export type StructureOptions = Layout;

type Piece = { kind: 'heading'; mark: HeadingMark } | { kind: 'label'; cell?: Label } | { kind: 'text'; opensParagraph?: true; joins?: true };

class Builder {
  readonly tree: LevelStack;
  preamble: Paragraph[] = [];
  diagnostics: Diagnostic[] = [];
  stray: { line: number; clause: ClauseResult }[] = [];
  current: Paragraph | null = null;
  constructor(private opts: StructureOptions) {
    this.tree = new LevelStack(opts.flattened);
  }

  /** Ends the open paragraph: a label's clause goes to the innermost open item, text to its body. */
  closeParagraph(): void {
    const p = this.current;
    this.current = null;
    if (!p) return;
    const owner = this.tree.top();
    if (owner && (p.endLine > owner.endLine || (p.endLine === owner.endLine && p.endCol > owner.endCol))) {
      owner.endLine = p.endLine;
      owner.endCol = p.endCol;
    }
    if (p.kind === 'label') {
      const clause = p.cellLabel ? parseCellText(p.cellLabel, p.span) : parseLabelledText(p.span);
      if (!clause) return;
      if (owner) {
        owner.clauseAt ??= { line: p.line, col: p.col };
        mergeClause(owner.clause, clause);
      } else if (clause.units.length) this.stray.push({ line: p.line, clause });
      return;
    }
    if (p.kind === 'heading') return;
    if (owner) owner.body.push(p);
    else this.preamble.push(p);
  }

  openItem(mark: HeadingMark, seg: Segment, offset: number): void {
    this.closeParagraph();
    const heading = newParagraph('heading', seg, offset);
    this.tree.open(mark, heading);
    this.current = heading;
  }

  /** A label written under a number of its own (（三）责任单位：…) closes the items at that number's rank, where it fits the sequence: its clause is the item's above. */
  closeItemsAt(mark: HeadingMark): void {
    this.closeParagraph();
    if (!this.tree.fits(mark, false)) return;
    // points that name units of their own (（一）…（责任单位：市自然资源局） then （三）配合单位：…) keep the label: it is theirs,
    // not the item's above
    const siblings = this.tree.parentAt(mark)?.children ?? [];
    if (namesUnits(siblings.slice(-SIBLINGS_LOOKED_AT))) return;
    this.tree.closeAt(mark);
  }

  startAttachment(): void {
    this.closeParagraph();
    this.tree.startPart();
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
    let rest = text;
    let offset = 0;
    // a table's measures cell is one paragraph of its row: its own 1. 2. 3. are no headings
    const cell = first.kind === 'text' && first.opensParagraph === true;
    // right after a list's opening formula (…会议确定：1.…) a first item may start; elsewhere only the next of a sequence
    const fits = (mark: HeadingMark, opening: boolean, step?: number) => !cell && this.tree.fits(mark, !opening, step);
    let piece = first;
    // 责任单 / 位：省科技厅…: a label cut in two by a hard line break is taken back out of the paragraph above, and this line joins it
    if (first.kind === 'text' && !first.opensParagraph && this.reopenSplitLabel(seg, text)) piece = { kind: 'text', joins: true };
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
        if (piece.cell) this.current.cellLabel = piece.cell;
      }
      const glue = findGlue(body, piece.kind === 'text' ? (this.current?.kind ?? 'body') : piece.kind, fits, this.opts.flattened, piece.kind === 'text' ? this.openDepth(seg, body, piece) : 0);
      const head = glue ? sliceTwin(body, 0, glue.at) : body;
      if (piece.kind === 'text') this.continueOrStart(seg, head, piece.opensParagraph === true, piece.joins === true);
      else if (this.current) {
        startSpan(this.current, head);
        this.current.standalone = piece.kind === 'heading' && !glue && seg.lineEnd;
      }
      if (this.current) {
        this.current.lastLineLength = seg.lineLength;
        // the piece ends where its text does: the segment's column plus the piece's offset and length
        this.current.endLine = seg.line;
        this.current.endCol = seg.col + (piece.kind === 'heading' ? bodyOffset : offset) + trimmedLength(head.n);
      }
      if (!glue) return;
      piece = glue.kind === 'heading' && glue.mark ? { kind: 'heading', mark: glue.mark } : { kind: 'label' };
      rest = sliceTwin(body, glue.at);
      offset = bodyOffset + glue.at;
    }
  }

  /**
   * The brackets a line goes on inside: those left open by the paragraph it continues, when the line
   * closes one (…（牵头单位：市发展改革委；配 / 合单位：市财政局；完成时限：2024年12月底前）: no label of
   * its own starts inside them), or when it is hard-wrapped at the text's width, the bracket going on
   * onto the next line (…（责任单位：市农业农村局、 / 市农机推广中心；联系人：刘志刚，电 / 话：2455309）).
   * 0 when it starts a paragraph, or closes no bracket and ends short of the width (an unclosed bracket
   * never hides the labels of the lines after it).
   */
  openDepth(seg: Segment, text: TwinText, piece: Piece & { kind: 'text' }): number {
    const p = this.current;
    if (!p || p.depth === 0 || piece.opensParagraph) return 0;
    const width = this.opts.wrapWidth;
    const goesOnBelow = width !== null && seg.lineLength >= width - 2;
    if (bracketDepth(p.depth, text.n) >= p.depth && !goesOnBelow) return 0;
    return piece.joins || continuesParagraph(p, seg, text, this.opts) ? p.depth : 0;
  }

  /** Whether the open paragraph's last line was hard-wrapped at the text's width with its sentence open, so that this line goes on with it. */
  runsOnTo(seg: Segment): boolean {
    const p = this.current;
    return p !== null && seg.lineStart && !seg.blankBefore && wrappedAtWidth(p, this.opts) && !PARAGRAPH_END.includes(lastNonBlank(p.tail));
  }

  /**
   * Whether a line goes on with the open paragraph inside a clause bracket: one that the line closes, or one left
   * open by a line hard-wrapped at the text's width (…（牵头单位：市科技局， / 配合单位：市金融办、…广州开发区管 / 委会）).
   */
  closesOpenBracket(seg: Segment): boolean {
    const p = this.current;
    if (!p || p.depth === 0 || !seg.lineStart) return false;
    const text = trimTwin(seg.span);
    return (bracketDepth(p.depth, text.n) < p.depth || wrappedAtWidth(p, this.opts)) && continuesParagraph(p, seg, text, this.opts);
  }

  /**
   * When the open paragraph ends with the start of a label and this line
   * goes on with the rest of it (…强化督促落实。责任单 / 位：省科技厅…), the
   * label's start leaves the paragraph and opens a label paragraph, which
   * this line then continues.
   */
  reopenSplitLabel(seg: Segment, text: TwinText): boolean {
    const p = this.current;
    // inside an open bracket (…（牵头单位：X；责任单 / 位：Y）) the line simply goes on: the bracket is read whole
    if (!p || !seg.lineStart || p.depth > 0) return false;
    const k = splitLabelLength(p.tail, text.n);
    // after a label's names (牵头单位：县住房和城乡建设局；配 / 合单位：…) the label word running over the break is the proof
    const goesOn = p.kind === 'label' ? !seg.blankBefore || this.opts.doubleSpaced : continuesParagraph(p, seg, text, this.opts);
    if (!k || !goesOn) return false;
    const cut = p.span.n.length - k;
    const start = sliceTwin(p.span, cut);
    p.span = sliceTwin(p.span, 0, cut);
    p.tail = p.span.n.slice(-TAIL_LENGTH);
    p.endCol -= k;
    const label: Paragraph = { ...newParagraph('label', seg, 0), line: p.endLine, col: p.endCol, endLine: p.endLine, endCol: p.endCol + k };
    this.closeParagraph();
    this.current = label;
    startSpan(label, start);
    return true;
  }

  /** Text at the start of a segment: joined to the open paragraph across a hard line break, or a new paragraph. */
  continueOrStart(seg: Segment, head: TwinText, opensParagraph: boolean, joins = false): void {
    const p = this.current;
    if (p && !opensParagraph && (joins || continuesParagraph(p, seg, head, this.opts))) {
      const sameLine = p.kind === 'label' && !seg.lineStart;
      // a label alone on its line with no colon (责任主体) is kept apart from the names on the next line
      const afterBareLabel = p.kind === 'label' && labelOnly(p.span.n) && !/[：:]\s*$/.test(p.span.n);
      // words of Latin script wrapped at a space keep it (ESG / report); a number the wrap broke (2 / 0万吨) is one
      const sep = sameLine || afterBareLabel || wordsApart(p.tail.slice(-1), head.n.charAt(0)) ? ' ' : '';
      extendSpan(p, head, sep);
      p.joined = true;
    } else {
      this.closeParagraph();
      this.current = newParagraph('body', seg, 0);
      startSpan(this.current, head);
    }
  }
}

/** Two Latin words or a word and a number across a line break, not two digits of one number. */
const wordsApart = (last: string, first: string): boolean => /^[A-Za-z0-9]$/.test(last) && /^[A-Za-z0-9]$/.test(first) && !(/\d/.test(last) && /\d/.test(first));

/** What may stand before a label inside a paragraph: a sentence or clause end, a bracket, a space. */
const LABEL_BOUNDARY = '。；;！？!?，,）)】」 \u3000\t';

/** A line that opens with a label's colon: the label's word stands at the end of the line before. */
const COLON_FIRST = /^[ \t\u3000]*[：:]/;

/** How many of a paragraph's last characters start a label that the next line completes (责任单 + 位：…): 0 when none does. */
function splitLabelLength(tail: string, next: string): number {
  const head = next.slice(0, 16);
  // the longest start first (责任单 + 位：, not 单 + 位：), and only after a sentence or clause boundary
  for (let k = Math.min(6, tail.length); k >= 1; k--) {
    const start = tail.slice(-k);
    const before = tail.charAt(tail.length - k - 1);
    if (before && !LABEL_BOUNDARY.includes(before)) continue;
    const found = labelAtStart(start + head);
    // the label's word runs over the break: its colon is on the next line, and the paragraph's part is no label of its own
    // unless the break stands right before the colon (…牵头单位 / ：省政务服务数据管理局)
    if (found && found.contentStart > k && (!labelAtStart(start) || COLON_FIRST.test(head))) return k;
  }
  return 0;
}

/** Sets a paragraph's text, with what joins read of it (open brackets, its last characters, a sentence end). */
function startSpan(p: Paragraph, head: TwinText): void {
  p.span = head;
  p.depth = bracketDepth(0, head.n);
  p.tail = head.n.slice(-TAIL_LENGTH);
  p.sentenceEnded = hasSentenceEnd(head.n);
}

/** Adds a line to a paragraph's text; what joins read is kept up to date from the new line alone (linear in the paragraph). */
function extendSpan(p: Paragraph, head: TwinText, sep: string): void {
  p.span = concatTwins(p.span, head, sep);
  p.depth = bracketDepth(p.depth, head.n);
  p.tail = (p.tail + sep + head.n).slice(-TAIL_LENGTH);
  p.sentenceEnded ||= hasSentenceEnd(head.n);
}

function newParagraph(kind: ParagraphKind, seg: Segment, offset: number): Paragraph {
  return { kind, span: { r: '', n: '' }, line: seg.line, col: seg.col + offset, joined: false, standalone: false, lastLineLength: seg.lineLength, depth: 0, tail: '', sentenceEnded: false, endLine: seg.line, endCol: seg.col + offset };
}

/** The length of a piece's text without the spaces at its end. */
function trimmedLength(n: string): number {
  let end = n.length;
  while (end > 0 && (n[end - 1] === ' ' || n[end - 1] === '\t' || n[end - 1] === '\u3000')) end--;
  return end;
}

/** The first piece of a typed line: a numbered line opens a heading when its number fits the running sequence, else it is text. */
function firstPiece(b: Builder, line: NumberedLine | LabelLine | BodyLine): Piece {
  switch (line.kind) {
    case 'numbered': {
      const text = trimTwin(line.seg.span);
      if (!text.n || !b.tree.accepts(line.mark, text.n.slice(line.mark.length))) return { kind: 'text' };
      // a number out of the running sequence on a line that a paragraph hard-wrapped mid-sentence runs on to
      // (…推广“多站合 / 一、一点多能”模式…, under 三、): the paragraph's words, not a heading
      // (a table's row is its own line, never a wrapped one)
      return line.table === undefined && b.runsOnTo(line.seg) && !b.tree.fits(line.mark, false) ? { kind: 'text' } : { kind: 'heading', mark: line.mark };
    }
    case 'label':
      if (line.cell) return { kind: 'label', cell: line.label };
      // …（牵头单位：市农业农村局； / 配合单位：市发展改革委、财政局）: a label line closing the bracket above goes on inside it
      return b.closesOpenBracket(line.seg) ? { kind: 'text' } : { kind: 'label' };
    case 'body':
      return line.opensParagraph ? { kind: 'text', opensParagraph: true } : { kind: 'text' };
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
        b.tree.enterTable(line.table, line.mark);
        b.feedSegment(line.seg, firstPiece(b, line));
        break;
      case 'label':
      case 'body':
        if (line.kind === 'label' && line.closes) b.closeItemsAt(line.closes);
        // a table's unit cell or measures cell stays in its table; other text is outside any
        if (!(line.kind === 'label' ? line.cell : line.opensParagraph)) b.tree.enterTable(undefined);
        b.feedSegment(line.seg, firstPiece(b, line));
        break;
      default:
        assertNever(line);
    }
  }
  b.closeParagraph();
  for (const it of b.tree.items) compactItem(it);
  return { items: b.tree.items, preamble: b.preamble, diagnostics: b.diagnostics, strayClauses: b.stray };
}

/**
 * An item's lists at their length. A list grown by push has room for sixteen or more entries, and an item holds
 * seven lists (children, body and the clause's five), most of them with none to three entries: on a large
 * notice they were a third of the structure's memory.
 */
function compactItem(it: Item): void {
  it.children = it.children.slice();
  it.body = it.body.slice();
  const c = it.clause;
  it.clause = { ...c, units: c.units.slice(), deadlines: c.deadlines.slice(), leaders: c.leaders.slice(), raw: c.raw.slice(), notes: c.notes.slice() };
}

/** How many points before a numbered label, and items in all below them, are asked whether they name units (a bound on a long list). */
const SIBLINGS_LOOKED_AT = 20;
const ITEMS_LOOKED_AT = 200;

/** Whether one of the items or one below them names units (a label's clause, or a unit parenthetical in a heading or body); past the bound, taken as yes. */
function namesUnits(items: readonly Item[]): boolean {
  const pending = [...items];
  for (let seen = 0; pending.length; seen++) {
    if (seen === ITEMS_LOOKED_AT) return true;
    const it = pending.pop()!;
    if (it.clause.units.length || findParentheticals(it.heading.span).length || it.body.some((p) => findParentheticals(p.span).length)) return true;
    pending.push(...it.children);
  }
  return false;
}

/** Removes unit parentheticals from a paragraph and returns the clauses found. */
export function extractParentheticals(span: TwinText): { text: TwinText; clauses: ClauseResult[]; firstAt: number } {
  const found = findParentheticals(span, true);
  if (!found.length) return { text: span, clauses: [], firstAt: -1 };
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
  return { text: { r, n }, clauses: found.map((p) => p.clause), firstAt: found[0]!.start };
}
