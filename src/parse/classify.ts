/**
 * Classify: segments → typed lines. The only place that decides what a piece
 * of a line is: a metadata field (from the metadata pass), an attachment list
 * item or start, a numbered line, a labelled line, or body text.
 */
import type { Segment } from './segments.js';
import type { SegmentRole } from './metadata.js';
import { assertNever, type NoticeLine } from './notice-line.js';
import { matchHeading, type HeadingMark } from './markers.js';
import { labelAtStart } from './clauses.js';
import { sliceTwin, trimTwin } from './twin.js';
import type { CellColumn, LineHint } from '../model/line-hint.js';
import { foldWidth, isWsCode } from './chars.js';
import type { Label } from './clauses.js';
import { UNIT_LABEL_NOUNS } from './lexicon/labels.js';
import { compiledPattern } from './lexicon/regex.js';
import { ATTACHMENT_COLON_ALONE, ATTACHMENT_LIST, ATTACHMENT_START, DOCUMENT_TYPE_END, TITLE_QUALIFIER_END } from './lexicon/documents.js';

/** A cover letter's list (附件：1.… 2.…) and the starts of attachments after the signature. */
function attachmentLines(segments: readonly Segment[], roles: ReadonlyMap<number, SegmentRole>, hints: ReadonlyMap<number, LineHint>): Map<number, 'attachment-list' | 'attachment-start'> {
  const out = new Map<number, 'attachment-list' | 'attachment-start'>();
  let inList = false;
  let signed = false;
  // an attachment list (附件：1.…) was read, and the segment of its first line
  let listed = false;
  let listLine: number | undefined;
  // the titles the list names (附件：…分解落实意见): a line repeating one of them, unsigned, starts that attachment
  const listedTitles = new Set<string>();
  // a title right under 附件2 belongs to that attachment: another starts only after numbered content
  let numberedSinceStart = true;
  // a covering notice without a numbered paragraph (…现转发给你们) and the plan printed under it are one text:
  // the plan's title starts no attachment, and the plan's own 附件 are its attachments
  let numberedAny = false;
  // a second item at the top style since the start (二、 after 一、): a document's title after it starts another
  // document, signed or not (a news page quoting two drafts one after the other)
  let secondSinceStart = false;
  let started = false;
  // the title of the document such a covering notice prints: where a second document's title follows it, both were
  // printed under the notice, and the first starts the first attachment as the second starts the second
  let printed: number | undefined;
  segments.forEach((seg, i) => {
    const n = seg.span.n.trim();
    const role = roles.get(i);
    // a line a reader typed is a table's content (a task cell such as …项目安排 is no attached title)
    const hint = hints.get(seg.line - 1);
    if (hint) {
      // 附件：…分解表 right above the table it names, with no signature between (the plan's own attachment): the table starts there
      if (inList && listLine !== undefined && listLine === i - 1) out.set(listLine, 'attachment-start');
      inList = false;
      if (hint.kind === 'item' || hint.kind === 'numbered') numberedSinceStart = numberedAny = true;
      return;
    }
    if (role === 'date' || role === 'signature') {
      inList = false;
      signed = true;
      return;
    }
    // 附件: alone on its line after the signature starts the attachment when no numbered list of attachments follows it
    const colonStart = signed && ATTACHMENT_COLON_ALONE.test(n) && !matchHeading(segments[i + 1]?.span.n.trim() ?? '');
    if (ATTACHMENT_LIST.test(n) && !colonStart) {
      out.set(i, 'attachment-list');
      inList = true;
      listed = true;
      listLine = i;
      listedTitles.add(titleCore(n.replace(ATTACHMENT_LIST, '')));
      return;
    }
    if (inList && seg.lineStart && !seg.blankBefore && matchHeading(n) && !n.includes('。') && n.length <= 80) {
      out.set(i, 'attachment-list');
      listedTitles.add(titleCore(n.slice(matchHeading(n)!.length)));
      return;
    }
    inList = false;
    // a notice that lists its attachment (附件：…清单) and then prints it, unsigned (a web page without the signature):
    // the 附件 line alone starts it too
    const start = seg.lineStart && seg.lineEnd && (ATTACHMENT_START.test(n) || colonStart);
    const titled = numberedSinceStart && (numberedAny || started) && attachedTitle(n);
    // a table's own title on its line right above it, after the notice's numbered text (…任务分解表 / 序号 …), unsigned:
    // the table is a part of its own, as an attachment is, and its numbering does not go under the notice's last item
    const captioned = numberedSinceStart && numberedAny && seg.lineStart && seg.lineEnd && tableTitle(withTitleAbove(segments, i, hints)) && startsTable(segments[i + 1], hints);
    const restarted = secondSinceStart && titled && seg.lineStart && seg.lineEnd && n.startsWith('关于') && numbersAgainAfter(segments, i);
    // 附件2 alone over its title: an attachment, though a flattened copy lost the signature above it
    const next = segments[i + 1]?.span.n.trim() ?? '';
    const markedTitle = start && (attachedTitle(next) || tableTitle(next));
    const listedTitle = listed && numberedSinceStart && seg.lineStart && seg.lineEnd && standsAsTitle(n) && listedTitles.has(titleCore(n));
    if ((signed && seg.lineStart && seg.lineEnd && (start || titled)) || (listed && start) || captioned || restarted || markedTitle || listedTitle) {
      if (printed !== undefined && titled && !start && namedAbove(segments, printed, n)) out.set(printed, 'attachment-start');
      printed = undefined;
      out.set(i, 'attachment-start');
      numberedSinceStart = secondSinceStart = false;
      started = true;
    } else {
      if (signed && !numberedAny && !started && printed === undefined && seg.lineStart && seg.lineEnd && attachedTitle(n)) printed = i;
      const mark = matchHeading(n);
      if (mark) numberedSinceStart = numberedAny = true;
      if (mark?.style === 'cn' && mark.value >= 2) secondSinceStart = true;
    }
  });
  return out;
}

/**
 * Whether the covering notice above segment `end` names a document of this title (印发…若干政策和…行动计划的通知,
 * 《…行动计划（2021-2023年）》已经…同意): it printed that document, not a table of the one before it. The bracketed years
 * or standing are left out of the comparison, since the cover writes them its own way.
 */
function namedAbove(segments: readonly Segment[], end: number, title: string): boolean {
  const core = title.replace(TITLE_QUALIFIER_END, '').replace(/\s+/g, '');
  if (core.length < ATTACHED_TITLE_MIN) return false;
  return segments.slice(0, end).some((seg) => seg.span.n.replace(/\s+/g, '').includes(core));
}

/** A title as compared with an attachment list's: without spaces, title brackets and closing punctuation. */
const titleCore = (title: string): string => title.replace(/[\s《》〈〉<>]+/g, '').replace(/[。；;，,.]+$/, '');

/** How far below a document's title its numbering may start (a draft's mark, a preamble of a few lines). */
const NUMBERING_START_WITHIN = 8;

/** Whether the first numbered line after segment `i`, within a few lines, is a first 一、: a document's own numbering starts. */
function numbersAgainAfter(segments: readonly Segment[], i: number): boolean {
  for (let j = i + 1; j < segments.length && j <= i + NUMBERING_START_WITHIN; j++) {
    const mark = matchHeading(segments[j]!.span.n.trim());
    if (mark) return mark.style === 'cn' && mark.value === 1;
  }
  return false;
}

/** A task table's own title ends so: …任务分解表, …责任清单, …决策事项目录; a copy may say it is part of it (…分解表（节选）). */
const TABLE_TITLE_END = /(?:表|清单|目录)(?:[（(](?:节选|摘录|部分)[）)])?$/;

/** A task table's own title (…任务分解表), standing as an attached title does. */
const tableTitle = (n: string): boolean => TABLE_TITLE_END.test(n) && standsAsTitle(n);

/**
 * A title line with the line above it where the title was wrapped there (2023年度县政府重大行政决策 / 事项目录): the line
 * above is a whole line with no number and no sentence or clause punctuation; otherwise the line alone.
 */
function withTitleAbove(segments: readonly Segment[], i: number, hints: ReadonlyMap<number, LineHint>): string {
  const n = segments[i]!.span.n.trim();
  const above = segments[i - 1];
  const a = above?.span.n.trim() ?? '';
  // a table's cell (2020年9月底前, its last) is no part of a title
  const wrapped = above !== undefined && !hints.has(above.line - 1) && above.lineStart && above.lineEnd && a.length > 0 && a.length + n.length <= 60 && !matchHeading(a) && !/[。；;，,：:]/.test(a);
  return wrapped && n.length < ATTACHED_TITLE_MIN ? a + n : n;
}

/** Whether a segment is a table's first line, as its reader typed it. */
const startsTable = (seg: Segment | undefined, hints: ReadonlyMap<number, LineHint>): boolean => seg !== undefined && hints.has(seg.line - 1);

/** Fewest characters of a title standing alone after the signature (a place or a year, a topic and its kind). */
const ATTACHED_TITLE_MIN = 8;

/** A document's title standing alone after the signature (…责任分解方案, …工作要点): an attached document starts, and its numbering with it. */
function attachedTitle(n: string): boolean {
  // a cell's last line (建设行动方案》, a title the wrap cut) is none, nor a line of a sentence a wrap cut inside a quote
  // (…各区政府要按照“一医院一方案 / ”原则…)
  return !/[》”]$/.test(n) && DOCUMENT_TYPE_END.test(n) && standsAsTitle(n) && !opensQuote(n);
}

/** Whether a line opens a quote or a title's brackets (“, 《) it does not close. */
function opensQuote(n: string): boolean {
  return n.lastIndexOf('“') > n.lastIndexOf('”') || n.lastIndexOf('《') > n.lastIndexOf('》');
}

/**
 * A line that may be a title standing alone: a title's length (a short column header, 达标评估计划, is none), no
 * number, no sentence or clause punctuation, and no table's or figure's caption in the text (表2 嘉定区…计划表).
 */
function standsAsTitle(n: string): boolean {
  return n.length >= ATTACHED_TITLE_MIN && n.length <= 60 && !/^[表图][ \t]*[0-9一二三四五六七八九十]/.test(n) && !matchHeading(n) && !/[。；;，,：:]/.test(n);
}

/**
 * A line whose reader said what it is. The line holds the source's own text
 * only: a table row's number comes with the hint (the task cell opens the
 * line, whatever it starts with: 2024年…, 1.5亿元…), a unit or deadline cell
 * is a label of its column's header. Word's and Markdown's list numbers are in
 * the line; the number grammar is asked only for the mark's style.
 */
function typedLine(seg: Segment, hint: LineHint): NoticeLine | null {
  switch (hint.kind) {
    case 'numbered':
    case 'item': {
      // the number is the line's first characters (Word), or the hint's token (a table row, a Markdown list item)
      const mark = matchHeading(hint.kind === 'numbered' ? trimTwin(seg.span).n.slice(0, hint.length) : foldWidth(hint.token), 0);
      if (!mark) return null;
      const table = hint.kind === 'item' ? hint.table : undefined;
      return { kind: 'numbered', seg, mark: { ...mark, length: hint.length, digitAfter: false }, ...(table === undefined ? {} : { table }) };
    }
    case 'cell':
      return { kind: 'label', seg, label: cellLabel(hint.column, hint.header), cell: true };
    case 'paragraph':
      return { kind: 'body', seg, opensParagraph: true };
    default:
      return assertNever(hint);
  }
}

/** The label a unit or deadline column gives its cells: its header as written, the column's role. */
function cellLabel(column: CellColumn, header: string): Label {
  return column === 'deadline' ? { kind: 'deadline', role: 'responsible', text: header } : { kind: 'unit', role: column, text: header };
}

function textLine(seg: Segment, hint: LineHint | undefined, nextMark: NextMark): NoticeLine {
  const typed = hint && seg.lineStart ? typedLine(seg, hint) : null;
  if (typed) return typed;
  const n = trimTwin(seg.span).n;
  const mark = matchHeading(n, 0);
  if (mark) return numberedLabel(seg, mark, nextMark) ?? { kind: 'numbered', seg, mark };
  const label = labelAtStart(n);
  if (label) return { kind: 'label', seg, label: label.label };
  return { kind: 'body', seg };
}

/**
 * A label's content that is all the line holds: no sentence after it (1.责任单位：市发改委。加快推进… opens the item's
 * text); other labels after a semicolon (责任单位：区教育局；完成时限：2024年8月底前。) are the same point's.
 */
const LABEL_CONTENT_ALONE = /^[ \t\u3000]*[^ \t\u3000。！？][^。！？]*[。；;]?[ \t\u3000]*$/;
const LABEL_CONTENT_MAX = 160;
const contentAlone = (content: string): boolean => content.trim().length <= LABEL_CONTENT_MAX && LABEL_CONTENT_ALONE.test(content);
/** A label that names units by their kind (责任单位, 牵头部门, 承办科室), not a 责任分工 whose points are who does what. */
const NAMED_BY_NOUN = compiledPattern(`(?:${UNIT_LABEL_NOUNS.join('|')})$`);

/**
 * A numbered line that holds a unit label and nothing before it (（三）责任单位及承办科室：市自然资源局，储备中心。, the
 * last point of a measure after 适用范围 and 办理流程) names the units of the item it stands in: a label line, its
 * number passed over, and no item of its own.
 */
function numberedLabel(seg: Segment, mark: HeadingMark, nextMark: NextMark): NoticeLine | null {
  const n = seg.span.n;
  let start = n.length - n.trimStart().length + mark.length;
  while (start < n.length && isWsCode(n.charCodeAt(start))) start++;
  const rest = n.slice(start);
  const label = labelAtStart(rest);
  // a heading that is a label's word alone (二、职责分工) is a part's title, not a label; a bracketed clause right after
  // the number (1.【牵头单位：…】逐步普及…) comes before the item's own text
  const kind = label?.label.kind;
  if (!label || (kind !== 'unit' && kind !== 'deadline') || (kind === 'unit' && !NAMED_BY_NOUN.test(label.label.text)) || /^[【〔[（(]/.test(rest) || !/[：:]/.test(rest.slice(0, label.contentStart)) || !contentAlone(rest.slice(label.contentStart))) return null;
  // the last point of its list, or one of a run of such points (2.牵头单位：… 3.配合单位：… 4.完成时限：…): a point with
  // another sibling after it (（二）责任单位：… then （三）完善类改造…) is an item of the list
  const next = nextMark();
  if (next && next.mark.style === mark.style && next.mark.value === mark.value + 1 && !next.labelled) return null;
  return { kind: 'label', seg: { ...seg, span: sliceTwin(seg.span, start), col: seg.col + start }, label: label.label, closes: mark };
}

/** The next numbered line's number, asked only where a numbered label needs it. */
type NextMark = () => { mark: HeadingMark; labelled: boolean } | null;

/** How many segments ahead the next numbered line is looked for. */
const NEXT_MARK_WINDOW = 40;

/** The number opening the next line that starts with one, within a window, and whether a label follows it (null when none). */
function nextLineMark(segments: readonly Segment[], i: number): { mark: HeadingMark; labelled: boolean } | null {
  for (let j = i + 1; j < Math.min(segments.length, i + 1 + NEXT_MARK_WINDOW); j++) {
    const seg = segments[j]!;
    if (!seg.lineStart) continue;
    const n = trimTwin(seg.span).n;
    const mark = matchHeading(n, 0);
    if (mark) return { mark, labelled: labelAtStart(n.slice(mark.length).trimStart()) !== null };
  }
  return null;
}

export function classify(segments: readonly Segment[], roles: ReadonlyMap<number, SegmentRole>, hints: ReadonlyMap<number, LineHint> = new Map()): NoticeLine[] {
  const attachments = attachmentLines(segments, roles, hints);
  return segments.map((seg, i): NoticeLine => {
    const role = roles.get(i);
    const att = attachments.get(i);
    // an attachment start stands after the signature, where the metadata pass marks no role
    if (att === 'attachment-start') return { kind: att, seg };
    if (role) return { kind: 'meta', seg, field: role };
    if (att) return { kind: att, seg };
    // hints are by 0-based line index, segments count lines from 1
    return textLine(seg, hints.get(seg.line - 1), () => nextLineMark(segments, i));
  });
}
