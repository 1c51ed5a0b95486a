/**
 * Repairs inside the structure pass: hard line breaks joined, and headings or
 * labels glued into running text found. What they guarantee:
 *
 * - A line break is joined only when the open paragraph cannot have ended there:
 *   never across a blank line (unless every line is blank-separated), never after
 *   a paragraph's end mark (。；：…) or a unit parenthetical; a heading line without
 *   a full stop continues only when the text is hard-wrapped at a fixed width; a
 *   label line continues only with more names (a name broken by the line end must
 *   make a unit name again: 平潭综合实 / 验区管委会).
 * - A glued heading is split off only outside brackets, after a clause boundary
 *   (or after a Chinese character in flattened text), and only where its number
 *   fits the running sequence, which the level stack decides; a glued label only
 *   at a clause boundary, or anywhere inside a label line.
 * - Each search is linear in the text it is given.
 */
import { matchHeading, type HeadingMark, type NumberStyle } from './markers.js';
import type { TwinText } from './twin.js';
import type { Segment } from './segments.js';
import type { Paragraph, ParagraphKind } from './tree.js';
import { endsWithUnitParenthetical, type Label, labelAtStart, LABEL_RE } from './clauses.js';
import { hasUnitSuffix, isCatchAll } from './unit-list.js';
import { isWsCode, PARAGRAPH_END } from './chars.js';
import { matchesFrom } from './lexicon/regex.js';
import { bracketDepth, clauseBracketCode } from './lexicon/brackets.js';
import { CLAUSE_ROLE_END_RE, NAME_ROLE_TAIL } from './lexicon/roles.js';

export interface Layout {
  /** Physical line width of hard-wrapped text, when the document has one. */
  readonly wrapWidth: number | null;
  /** The document is (mostly) one long line: glued headings may open new levels. */
  readonly flattened: boolean;
  /** Blank lines separate every line and carry no meaning. */
  readonly doubleSpaced: boolean;
}

/** Whether a paragraph's last line runs to the text's width, where a hard-wrapped text breaks its lines. */
export const wrappedAtWidth = (p: Paragraph, layout: Layout): boolean => layout.wrapWidth !== null && p.lastLineLength >= layout.wrapWidth - 2;

/** Whether text at the start of a segment continues the open paragraph (a repaired hard line break). */
export function continuesParagraph(p: Paragraph | null, seg: Segment, text: TwinText, layout: Layout): boolean {
  if (!p || !text.n) return false;
  if (seg.blankBefore && !layout.doubleSpaced) return false;
  // a number alone on its line (（三） / 推进政务服务“一网通办”。): the next line is its heading's text
  if (!p.span.n) return p.kind === 'heading';
  // read from the end: a paragraph may grow line by line to any length, and each join must cost the line, not the paragraph
  const last = lastNonBlank(p.tail);
  if ('，、。；）)”》'.includes(text.n.charAt(0))) return true;
  const wrapped = wrappedAtWidth(p, layout);
  if (p.kind === 'label') return labelContinues(p, seg, text, last, wrapped);
  // a label's colon inside an open bracket (…（责任单位： / 省发展改革委、…）) ends no paragraph, nor does a
  // semicolon inside one that this line closes, or in a hard-wrapped line (…（市市场监督管理局牵头； / 市公安局配合；2023年）
  if (p.depth > 0 && (last === '：' || last === ':')) return true;
  if (p.depth > 0 && (last === '；' || last === ';') && (wrapped || bracketDepth(p.depth, text.n) < p.depth)) return true;
  if (PARAGRAPH_END.includes(last) && !(wrapped && quoteClosesNoSentence(p.tail))) return false;
  if ((last === '）' || last === ')') && endsWithUnitParenthetical(p.span)) return false;
  if (p.kind === 'heading' && !p.sentenceEnded) {
    // a heading without a full stop continues only when its line was hard-wrapped
    if ('，、（(“《'.includes(last) || p.depth > 0) return true;
    // or inside a name of its list of units that the next line completes (…市公安局、市应 / 急管理局等参与。)
    if (seg.lineStart && completesListedName(p.tail, text.n)) return true;
    // and never into a line that opens with a field of its own (提案号：3　提案人：…); one character alone on the
    // next line is its last, left there by the wrapping (关于解决城区停车难问题的提 / 案), and so are one or two
    // before a full stop, which no sentence opens with (完善城市功能，补齐公共服务设施短 / 板。按照…)
    if (FIELD_OPENING.test(text.n)) return false;
    if (seg.lineStart && WRAPPED_HEADING_END.test(text.n.trim()) && !SHORT_REPLY.test(text.n.trim())) return true;
    return seg.lineStart ? wrapped : false;
  }
  return true;
}

/** A heading's last one or two characters, left alone on the next line or before its full stop. */
const WRAPPED_HEADING_END = /^[\u4e00-\u9fa5](?:$|[\u4e00-\u9fa5]?。)/;
/** A short answer standing as a line of its own under a heading (略。, 无。, 暂无。), not the heading's last characters. */
const SHORT_REPLY = /^(?:略|无|暂无|同上|是|否|有|见附件)(?:。|$)/;

/** A line opening with a short field name and its colon: 提案号：3, 建议人：… */
const FIELD_OPENING = /^[\u4e00-\u9fa5]{2,5}[：:]/;

/** The longest text that can be a label alone (【牵头责任单位】：). */
const LABEL_ONLY_MAX = 16;
/** Whether a label paragraph holds its label alone (责任单位：, 责任主体), its names to come on the next line. */
export const labelOnly = (n: string): boolean => {
  if (n.length > LABEL_ONLY_MAX) return false;
  const t = n.trim();
  const label = labelAtStart(t);
  return label !== null && label.contentStart >= t.length;
};

/** A line that opens with the close of a unit list: 等省直有关部门, 等有关单位, 等相关县区. */
const LIST_TAIL = /^等(?:有关|相关|其他)?[^、，,；;。：:\s]{0,12}?(?:部门|单位|机构|县区|县（市、区）|地区|乡镇|街道)/;

/** A label line goes on with more names: on its own line set apart by spaces, or a name broken by the line end. */
function labelContinues(p: Paragraph, seg: Segment, text: TwinText, last: string, wrapped: boolean): boolean {
  // names set apart by spaces on the label's own line: 配合单位: 市城管局  市水务局
  if (!seg.lineStart) return !labelAtStart(text.n) && !/[。]/.test(text.n);
  if ('、，,；;（(“《'.includes(last) || p.depth > 0) return true;
  // a label with nothing after it yet (责任单位： / 责任主体 alone on its line): its names are on the next line
  if (labelOnly(p.span.n) && !labelAtStart(text.n)) return true;
  // a name broken by a wrapped line's end, the clause going on after it (…牵头单位：县城市管理和综 / 合执法局；配合单位：…)
  if (wrapped && completesBrokenName(p.tail, text.n) && lastLabelNamesUnits(p)) return true;
  // a role word broken by a wrapped line's end (…市国土资源局配 / 合。)
  if (wrapped && completesRoleWord(p.tail, text.n)) return true;
  // a time limit broken by the line's end (…完成时限：20 / 21年12月底): inside a number, or at the text's width
  if ((wrapped || /\d$/.test(last)) && /[\d年月]$/.test(last) && TIME_REST.test(text.n) && lastLabelKind(p) === 'deadline') return true;
  if (/[。；;：:]/.test(text.n) || labelAtStart(text.n)) return false;
  // the list's closing 等… broken onto the next line: 人社厅 / 等省直有关部门, 财政局 / 等有关单位 (also where the
  // signature shares that line: 等省直有关部门　福建省人民政府办公厅　2018年1月29日)
  if (LIST_TAIL.test(text.n)) return true;
  // a line with a full date is a signature (福建省人民政府办公厅　2018年1月29日), never more names of the list
  if (/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(text.n)) return false;
  // the name broken by the line end must make a unit again: 平潭综合实 / 验区管委会, 省直有关 / 部门
  // a unit name is never longer than the paragraph's last 64 characters
  const lastItem = lastListItem(p.tail);
  const firstPiece = /^[^、，,；;\s]*/.exec(text.n)?.[0] ?? '';
  const joined = lastItem + firstPiece;
  // a name cut after its first characters: 各 / 市、县（区）人民政府, 人行 / 福州中心支行
  if (INCOMPLETE_NAME_HEAD.test(lastItem) && firstPiece) return true;
  // one or two characters left alone on a line by a page's own wrapping, while the name is still open (平潭综合 /
  // 实 / 验区管委会): they belong to it, and the line after them may complete it
  if (/^[\u4e00-\u9fa5]{1,2}$/.test(text.n.trim()) && lastItem && !hasUnitSuffix(lastItem) && !isCatchAll(lastItem)) return true;
  // two whole names are not one broken name
  if (hasUnitSuffix(lastItem) && firstPiece.length > 2 && hasUnitSuffix(firstPiece)) return false;
  return (wrapped || text.n.length <= 16 || firstPiece.length <= 8) && (hasUnitSuffix(joined) || isCatchAll(joined));
}

/** The last name (or part of one) of a list at a text's end, after its last separator. */
const lastListItem = (tail: string): string => /[^、，,；;：:\s]*$/.exec(tail.trimEnd())?.[0] ?? '';

/**
 * Whether the last label in a label paragraph is a unit label (牵头单位：县城市管理和综), not a person's (领衔代表：郭红英):
 * the last in its tail, or, where a long list has left the label out of the tail, the paragraph's own.
 */
function lastLabelNamesUnits(p: Paragraph): boolean {
  return lastLabelKind(p) === 'unit';
}

/** The kind of the last label in a label paragraph: the last in its tail, or the paragraph's own. */
function lastLabelKind(p: Paragraph): Label['kind'] | undefined {
  let found: Label['kind'] | null = null;
  for (const m of matchesFrom(LABEL_RE, p.tail)) found = labelAtStart(p.tail.slice(m.index))?.label.kind ?? found;
  return found ?? labelAtStart(p.span.n)?.label.kind;
}

/** The rest of a time limit on the line after its break: 21年12月底, 年12月底, 月底前, 底前. */
const TIME_REST = /^(?:\d{1,4}\s*[年月]|[年月]\s*\d|月?底|前)/;

/**
 * Whether a line's first piece, up to a separator, completes the name a label's wrapped last line broke off
 * (县城市管理和综 + 合执法局). In a list set apart by 、 a wrapped line that ends with no separator ends inside a name,
 * even where its part reads as a name (县经济开发区 + 管委会, 滁州经开区管委 + 会, 县高新技术产业园 + 区管委会).
 */
function completesBrokenName(tail: string, next: string): boolean {
  const lastItem = lastListItem(tail);
  // up to the separator, or the 等 that closes the list (…区管委会等，各乡镇人民政府。)
  const piece = /^([^、，,；;。：:\s]+?)等?[、，,；;。]/.exec(next)?.[1] ?? '';
  if (!lastItem || !piece || isCatchAll(lastItem)) return false;
  // (the list's first name, right after the label's colon, as well: 责任单位:市城管局 + 三大队。)
  const before = tail.charAt(tail.length - lastItem.length - 1);
  if (hasUnitSuffix(lastItem) && before !== '、' && before !== '：' && before !== ':') return false;
  return hasUnitSuffix(lastItem + piece);
}

/** Whether a heading's line ends inside a listed name (…、市应) that the next line's first piece completes (急管理局等参与). */
function completesListedName(tail: string, next: string): boolean {
  const item = LISTED_NAME_HEAD.exec(tail)?.[1];
  const piece = /^[^、，,；;。：:\s]+/.exec(next)?.[0].replace(NAME_ROLE_TAIL, '') ?? '';
  return item !== undefined && !hasUnitSuffix(item) && piece.length > 0 && piece.length <= LISTED_PIECE_MAX && hasUnitSuffix(item + piece);
}
/** A list's last name begun after its 、 at a line's end. */
const LISTED_NAME_HEAD = /、([^、，,；;。：:\s]{1,8})$/;
/** Most characters of the rest of a name on the next line. */
const LISTED_PIECE_MAX = 10;

/** Whether a line's first piece completes the role word a wrapped label line broke off (…市国土资源局配 + 合。). */
function completesRoleWord(tail: string, next: string): boolean {
  const lastItem = lastListItem(tail);
  const piece = /^[^、，,；;。：:\s]{1,3}(?=[、，,；;。]|$)/.exec(next.trim())?.[0] ?? '';
  return lastItem.length > 1 && piece !== '' && !CLAUSE_ROLE_END_RE.test(lastItem) && CLAUSE_ROLE_END_RE.test(lastItem + piece);
}

export interface Glue {
  at: number;
  kind: 'heading' | 'label';
  mark?: HeadingMark;
}

/**
 * The first place in `text` where a glued heading or label starts (never inside
 * brackets); `fits` says whether a number fits the running sequence (`opening`: right
 * after the formula that opens a list, where a first item may start).
 */
export function findGlue(text: TwinText, context: ParagraphKind, fits: (mark: HeadingMark, opening: boolean, step?: number) => boolean, flattened: boolean, openDepth = 0): Glue | null {
  const n = text.n;
  const labelAt = gluedLabelAt(n, context, openDepth);
  const limit = labelAt >= 0 ? labelAt : n.length;
  const anywhere = context === 'label';
  const headings = new DepthScanner(n, openDepth);
  for (let i = 1; i < limit; i++) {
    if (!isMarkStart(n.charCodeAt(i))) continue;
    const prev = n.charCodeAt(i - 1);
    const afterCjk = prev >= 0x4e00 && prev <= 0x9fa5;
    const colon = prev === 0xff1a || prev === 0x3a;
    // after a colon only where the formula that opens the numbered text ends (…现提出如下意见：一、…)
    // or after the full stop of the sentence that closes a preamble (…结合我市实际，制定本方案。一、…)
    const opening = (colon && opensNumberedText(n, i - 1)) || (prev === 0x3002 && closesPreamble(n, i) && !ENUMERATED_AFTER.test(n.slice(i, i + 4)));
    // a heading's first child glued right after its short title, or its title's full stop (一、强化源头减量（一）推进…,
    // （一）扩大有效投资。1.全年实施…, and with a space after the full stop where a page's lines were joined: 一、促进发展。 1、…)
    // and a first child set apart by a space after a longer title with commas in it, where no sentence ended before it
    // (一、高质量建设“一圈五区”,推动区域协调发展 1.深入实施…: a page's paragraphs joined with a space)
    const afterTitle =
      context === 'heading' &&
      ((i <= HEADING_PHRASE_MAX + 1 && !HEADING_PHRASE_BREAK.test(n.slice(0, i).replace(/。[ \t\u3000]*$/, ''))) || (isWsCode(prev) && i <= SPACED_TITLE_MAX && !SENTENCE_BREAK.test(n.slice(0, i))));
    // (a title of two phrases parted by one comma, 坚持关口前移，着力防范化解重大安全风险（一）…: its first child numbered 1 only)
    const commaTitle = context === 'heading' && !afterTitle && afterCjk && i <= COMMA_TITLE_MAX && COMMA_TITLE.test(n.slice(0, i));
    if (!anywhere && !opening && !afterTitle && !commaTitle && !isBoundary(prev) && !(afterCjk && flattened)) continue;
    if (colon && !opening) continue;
    if ((prev >= 0x30 && prev <= 0x39) || (prev >= 0x41 && prev <= 0x5a) || (prev >= 0x61 && prev <= 0x7a) || prev === 0x2e) continue;
    if (headings.at(i) !== 0) continue;
    const mark = matchHeading(n, i);
    if (!mark) continue;
    // the first child, or the next of a run numbered straight through the parts (三、营造良好氛围（六）广泛开展…)
    const firstChild = (afterTitle && FIRST_CHILD_STYLES.has(mark.style) && (mark.value === 1 || fits(mark, false))) || (commaTitle && FIRST_CHILD_STYLES.has(mark.style) && mark.value === 1);
    if (afterTitle && !firstChild && !anywhere && !opening && !isBoundary(prev) && !(afterCjk && flattened)) continue;
    // in a page flattened into one line, a part's number after a full stop may skip a few (（三）… 。（六）市政提升…), as the
    // document numbered it
    const skipping = () => flattened && prev === 0x3002 && SKIPPING_STYLES.has(mark.style) && fits(mark, false, MAX_SKIP);
    // a list run onto one short line after a sentence (…请认真贯彻执行。 1.推进…。 2.优化…): its first item opens where
    // the line holds the second after a sentence or a space too
    const runsOn = () => !flattened && mark.value === 1 && !mark.digitAfter && RUN_STYLES.has(mark.style) && (prev === 0x3002 || (isWsCode(prev) && n.charCodeAt(i - 2) === 0x3002)) && fits(mark, true) && secondAhead(n, i + mark.length, mark);
    if (!fits(mark, opening || firstChild) && !skipping() && !runsOn()) continue;
    if (afterCjk && !anywhere && !firstChild && !GLUE_AFTER_CJK.has(mark.style)) continue;
    if (i + mark.length >= n.length && !anywhere) continue;
    // the next number of an enumeration opened after a colon that opens no list (资金来源：1.…；2.实训大楼建设：…) is wording
    if (continuesEnumeration(n, i, mark)) continue;
    return { at: i, kind: 'heading', mark };
  }
  return labelAt >= 0 ? { at: labelAt, kind: 'label' } : null;
}

/** Styles of a list whose items a flattened line runs together: 1. 2., （一）（二）, 一、二、. */
const RUN_STYLES: ReadonlySet<string> = new Set(['num', 'cnParen', 'cn', 'numParen']);
/** How far ahead the second item of a list run onto one line is looked for (a bound: the look stays linear). */
const RUN_LOOKAHEAD = 1500;

/** Whether the item numbered 2 of `mark`'s style stands after a sentence's end or a space within reach of `from`. */
function secondAhead(n: string, from: number, mark: HeadingMark): boolean {
  const end = Math.min(n.length, from + RUN_LOOKAHEAD);
  for (let k = from + 1; k < end; k++) {
    const prev = n.charCodeAt(k - 1);
    if (prev !== 0x3002 && prev !== 0xff1b && !isWsCode(prev)) continue;
    if (!isMarkStart(n.charCodeAt(k))) continue;
    const next = matchHeading(n, k);
    if (next && next.style === mark.style && next.value === 2 && !next.digitAfter) return true;
  }
  return false;
}

/** How far back an enumeration's previous number is looked for in the text. */
const ENUMERATION_LOOKBACK = 200;

/**
 * Whether an enumeration of `mark`'s style opened a little before it in the text, right after a colon that opens no list
 * (资金来源：1.…；2.…, not 通知如下：1.…): the number one below `mark`'s stands there.
 */
function continuesEnumeration(n: string, at: number, mark: HeadingMark): boolean {
  if (mark.value < 2) return false;
  // a number written as digits: the one below with the same mark after it, even before a figure (目标任务：1.10月份…；2.…)
  const digits = String(mark.value);
  const below = n.startsWith(digits, at) ? `${mark.value - 1}${n.charAt(at + digits.length)}` : null;
  for (let k = at - 1; k >= Math.max(1, at - ENUMERATION_LOOKBACK); k--) {
    const prev = n.charCodeAt(k - 1);
    if ((prev !== 0xff1a && prev !== 0x3a) || !isMarkStart(n.charCodeAt(k)) || opensNumberedText(n, k - 1)) continue;
    if (below && n.startsWith(below, k)) return true;
    const before = matchHeading(n, k);
    if (before && before.style === mark.style && before.value === mark.value - 1) return true;
  }
  return false;
}

/**
 * The formula that opens a list of items, ending at the colon at `colon`: …现提出如下意见：一、…,
 * …通知如下：一、…, and in minutes …会议确定：1.…, 会议议定：1.… (not 具体为：…, 主要包括：…).
 */
function opensNumberedText(n: string, colon: number): boolean {
  return OPENING_FORMULA.test(n.slice(Math.max(0, colon - 8), colon));
}
/**
 * 如下, or 如下 with the kind of document it announces (如下工作要点, 如下意见), or minutes' 会议确定
 * (not 以下方式：…, 以下方面：…, which enumerate inside a sentence).
 */
const OPENING_FORMULA = /如下(?:[\u4e00-\u9fa5]{0,4}(?:意见|要点|措施|方案|任务|通知|安排))?$|(?:确定|议定|决定|商定)$/;

/** The sentence that closes a preamble, up to its full stop at `at - 1`: 制定本方案。, 现提出如下意见。, 特制定本实施方案。 */
function closesPreamble(n: string, at: number): boolean {
  return PREAMBLE_END.test(n.slice(Math.max(0, at - PREAMBLE_END_MAX), at));
}
const PREAMBLE_END = /(?:制定|制订|提出|印发|形成)(?:了)?(?:本|如下|以下)?[\u4e00-\u9fa5]{0,10}(?:方案|意见|要点|措施|计划|清单|细则|办法|分工)。$/;
const PREAMBLE_END_MAX = 24;
/** 一、二级医院, 一、二类: numbers enumerated inside a sentence, not a heading. */
const ENUMERATED_AFTER = /^[一二三四五六七八九十]、[一二三四五六七八九十两]/;

/** The longest title a first child set apart by a space may follow, and what ends a sentence before it. */
const SPACED_TITLE_MAX = 60;
const SENTENCE_BREAK = /[。；;！？!?：:]/;
/** A heading's title before its first child glued to it: short, with no punctuation or bracket in it. */
const HEADING_PHRASE_MAX = 20;
/** Most characters of a title of two phrases parted by one comma, before a glued first child. */
const COMMA_TITLE_MAX = 32;
/** Two phrases parted by one comma, nothing else between: 坚持关口前移，着力防范化解重大安全风险. */
const COMMA_TITLE = /^[^，,。；;：:、！？!?（(【〔[“《]+[，,][^，,。；;：:、！？!?（(【〔[“《]+$/;
const HEADING_PHRASE_BREAK = /[，,。；;：:、！？!?（(【〔[“《]/;
/** Styles whose glued number may skip a few after a full stop in flattened text, and how many. */
const SKIPPING_STYLES: ReadonlySet<string> = new Set(['cn', 'cnParen']);
const MAX_SKIP = 3;
/** Styles of a first child glued after its parent's title: （一）, （1）, 1., and an article (三、成员单位工作职责第五条…). */
const FIRST_CHILD_STYLES: ReadonlySet<string> = new Set(['cnParen', 'numParen', 'num', 'article']);

/** Where a label glued after a clause boundary starts (anywhere inside a label line), or -1. */
function gluedLabelAt(n: string, context: ParagraphKind, openDepth: number): number {
  if (!n.includes('：') && !n.includes(':')) return -1;
  const depth = new DepthScanner(n, openDepth);
  for (const m of matchesFrom(LABEL_RE, n)) {
    // 【责任单位：X】 is a bracketed clause, found as a parenthetical; 【责任单位】：X is a label
    if (OPENING_BRACKET.test(m[0]) && !CLOSING_BRACKET.test(m[0])) continue;
    if (m.index > 0 && depth.at(m.index) === 0 && (BOUNDARY_BEFORE.test(n.charAt(m.index - 1)) || context === 'label' || afterTitleComma(n, m.index))) return m.index;
  }
  return -1;
}

/** Bracket depth before a position, computed incrementally for increasing positions (linear overall). */
class DepthScanner {
  private pos = 0;
  constructor(
    private n: string,
    /** Brackets open before the text (a line that goes on with a paragraph inside its bracket). */
    private depth = 0,
  ) {}
  at(i: number): number {
    for (; this.pos < i; this.pos++) {
      const delta = clauseBracketCode(this.n.charCodeAt(this.pos));
      if (delta > 0 && !isStrayOpening(this.n, this.pos)) this.depth++;
      else if (delta < 0 && this.depth > 0) this.depth--;
    }
    return this.depth;
  }
}

/** More text than this after an opening bracket with no bracket closing it: no clause runs so long, the bracket is stray. */
const STRAY_BRACKET_SPAN = 200;

/**
 * Whether the opening bracket at `at` is stray: no bracket closes it within a clause's length, and more text than that
 * follows (a flattened page's 【字体:打印 chrome; a line hard-wrapped inside a clause ends soon after its open bracket).
 * A look of bounded length, so that a text's scan stays linear.
 */
function isStrayOpening(n: string, at: number): boolean {
  const end = at + STRAY_BRACKET_SPAN;
  if (n.length <= end) return false;
  let depth = 1;
  for (let k = at + 1; k < end; k++) {
    const delta = clauseBracketCode(n.charCodeAt(k));
    if (delta > 0) depth++;
    else if (delta < 0 && --depth === 0) return false;
  }
  return true;
}

/** Whether a text holds a sentence end (。！？!?). */
export const hasSentenceEnd = (n: string): boolean => /[。！？!?]/.test(n);

/** The last characters of a paragraph kept for joins: enough for any unit name. */
export const TAIL_LENGTH = 64;

/**
 * A closing quotation mark at the end that closes a name, not a sentence (…推行“党工委（管委会）+公司” / 运营模式，…):
 * no sentence's end stands before it. Where a line so ending is hard-wrapped at the text's width, its sentence goes on.
 */
function quoteClosesNoSentence(tail: string): boolean {
  const t = tail.trimEnd();
  return t.length >= 2 && (t.endsWith('”') || t.endsWith('’')) && !'。！？；…!?;'.includes(t.charAt(t.length - 2));
}

/** The last character of a text that is not a space or a tab ('' when there is none), read from the end. */
export function lastNonBlank(n: string): string {
  let i = n.length - 1;
  while (i >= 0 && (n.charCodeAt(i) === 0x20 || n.charCodeAt(i) === 0x09)) i--;
  return i >= 0 ? n.charAt(i) : '';
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
const BOUNDARY_CODES = new Set([...'。；;！？!?）)”】〕]'].map((ch) => ch.charCodeAt(0)));

/** What may stand before a glued label: a sentence or clause end, a bracket, a space. */
const BOUNDARY_BEFORE = /[。；;！？!?）)”\s]/;

/**
 * A label right after the first comma of a text with no colon before it: the title then the units
 * (1、技能培训提升,牵头单位:市退役军人局). A later comma (地点：…，主办单位：…) is running text.
 */
function afterTitleComma(n: string, at: number): boolean {
  const before = n.slice(0, at - 1);
  return (n.charAt(at - 1) === '，' || n.charAt(at - 1) === ',') && !/[，,：:]/.test(before);
}
const OPENING_BRACKET = /^[【[〔]/;
const CLOSING_BRACKET = /[】\]〕]/;

/** The start of a unit name that cannot stand alone. */
const INCOMPLETE_NAME_HEAD = /^(各|人行|人民银行|国网|中国|省|市|县|区|省直|市直|县直|区直)$/;

const GLUE_AFTER_CJK = new Set<NumberStyle>(['cn', 'cnParen', 'numParen', 'circled']);

