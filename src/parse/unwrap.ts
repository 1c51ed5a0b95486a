/**
 * Hard-wrapped text read as written: the width a text was wrapped at, and the text with its wrapped lines joined (a
 * flattened page as the one line it was; an ordinary notice's paragraphs one by one, over page breaks), every place
 * mapped back to the source. Pure: the parser's first stage calls it.
 */
import type { Place } from './records.js';
import type { PreparedLine } from './prepare.js';
import { normaliseDocNumber } from './metadata.js';
import { allMatches } from './lexicon/regex.js';
import { DOCUMENT_TYPE_END } from './lexicon/documents.js';
import { type HeadingMark, matchHeading, toChineseNumeral } from './markers.js';
import { labelAtStart } from './clauses.js';
import { PARAGRAPH_END, textWidth } from './chars.js';
import { lastAtOrBefore, LineIndex, splitLines } from '../model/position.js';

/** A line's width without its indent and trailing spaces, to the nearest character (see textWidth). */
function trimmedWidth(line: PreparedLine): number {
  const start = line.norm.search(/\S/);
  if (start < 0) return 0;
  return Math.round(textWidth(line.text, start, line.norm.trimEnd().length));
}

/** Hard-wrapped text has many lines of one width that end without punctuation. */
export function estimateWrapWidth(lines: PreparedLine[]): number | null {
  const counts = new Map<number, number>();
  let candidates = 0;
  for (const [i, line] of lines.entries()) {
    const following = lines[i + 1];
    if (following === undefined) break;
    const cur = line.norm.trim();
    const next = following.norm.trim();
    if (cur.length < 15 || !next || PARAGRAPH_END.includes(cur.slice(-1))) continue;
    if (matchHeading(next) || labelAtStart(next)) continue;
    candidates++;
    const width = trimmedWidth(line);
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [len, c] of counts) {
    const around = c + (counts.get(len - 1) ?? 0) + (counts.get(len + 1) ?? 0);
    if (around > bestCount || (around === bestCount && best !== null && len > best)) {
      best = len;
      bestCount = around;
    }
  }
  if (best === null || bestCount < 3 || bestCount < candidates * 0.3) return null;
  // a hard-wrapped text has few lines longer than its width; where more lines run past it than stop at it (a page
  // whose paragraphs are each a line, and whose headings happen to share a length), nothing was wrapped
  const width = best;
  const longer = lines.filter((l) => trimmedWidth(l) > width + 2).length;
  return longer > bestCount ? null : best - 1;
}

/** A line longer than this is more than a paragraph: text flattened onto it. */
const FLAT_LINE = 300;

/** Whether a line (or a run of wrapped lines) of this length is the text flattened: longer than a paragraph, most of the text. */
export const holdsMostOfText = (longest: number, total: number): boolean => longest > FLAT_LINE && longest > total * 0.5;

/** A line's indent, in characters. */
const indentWidth = (l: PreparedLine): number => l.norm.length - l.norm.trimStart().length;

/** Whether a line runs to the text's wrap width, its text going on on the next line. */
function runsToWidth(line: PreparedLine, wrapWidth: number, margin?: number): boolean {
  // a paragraph's first line, indented deeper than the text's margin, holds fewer characters
  const indent = margin === undefined ? 0 : textWidth(line.text, Math.min(margin, indentWidth(line)), indentWidth(line));
  return line.norm.trim().length > 0 && trimmedWidth(line) + indent >= wrapWidth - 1;
}

/**
 * Whether a hard-wrapped text is a flattened one: its lines that run to the wrap width joined with the line after
 * them, one run holds most of the text (a page run onto one line, then wrapped when printed or copied).
 */
export function flatOnceUnwrapped(lines: PreparedLine[], wrapWidth: number): boolean {
  let total = 0;
  let longest = 0;
  let longestMarks = 0;
  let run = 0;
  let marks = 0;
  for (const l of lines) {
    const len = l.norm.trim().length;
    total += len;
    run += len;
    marks += allMatches(INLINE_MARK, l.norm).length;
    if (run > longest) [longest, longestMarks] = [run, marks];
    if (!runsToWidth(l, wrapWidth)) run = marks = 0;
  }
  // (a long paragraph of an ordinary notice wrapped at its width holds no numbered items inside it)
  return holdsMostOfText(longest, total) && longestMarks >= INLINE_MARKS_MIN;
}

/** A heading's number inside a line after a sentence's end or a space (…。 1.推进, …）　　十四、): items numbered inside one paragraph. */
const INLINE_MARK = /(?<=[。；;：:！？）)][ \t\u3000]*|[ \t\u3000])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.．、](?!\d))/;
/** The fewest such numbers that make a wrapped run a page run onto one line. */
const INLINE_MARKS_MIN = 2;

/** A text rewritten, and where each place of it stands in the source. */
export interface Rewritten {
  text: string;
  origin: Place;
}

/**
 * The text with each line that runs to the wrap width joined to the line after it (the line break dropped, nothing
 * else changed), so that a flattened text hard-wrapped reads as the one line it was: a number or label the wrap cut
 * (（十 / 二）) whole again. Its places map back to the source's lines and columns.
 *
 * `guard`, for a hard-wrapped text that was not flattened (a PDF's text copied: paragraphs wrapped at the page's
 * width): a line is joined only to a line that goes on with it (see startsOwnLine), over a page break between them
 * (its number and running head go), and a paragraph's indented first line runs to the width with its indent.
 */
export function unwrap(text: string, prepared: PreparedLine[], wrapWidth: number, guard: WrapGuard | null): Rewritten {
  const source = new LineIndex(text);
  const raws = splitLines(text);
  const out: string[] = [];
  // for each line of the joined text, the physical lines it holds: where each starts in it (0-based) and its number
  const starts: number[][] = [];
  const numbers: number[][] = [];
  // the spaces a copy's margin or a line's end put at a join (pdftotext's indent) go: they are no part of the line's text
  const skipped: number[][] = [];
  // the joined line's pieces and its length: a line of thousands of wrapped lines is joined once, at its end (trimming
  // the whole line before each join was a pass over it each time)
  let pieces: string[] = [];
  let length = 0;
  let at: number[] = [];
  let nums: number[] = [];
  let skip: number[] = [];
  const numbering = new Numbering();
  for (let k = 0; k < raws.length; k++) {
    const raw = raws[k]!;
    // (a paragraph's wrapped lines all indented as its first, a copy's margin: full-width spaces too)
    const lead = at.length ? raw.length - raw.replace(guard ? /^[ \t\u3000]+/ : /^ +/, '').length : 0;
    if (at.length) length -= trimTrailingSpaces(pieces);
    at.push(length);
    nums.push(k + 1);
    skip.push(lead);
    const piece = raw.slice(lead);
    pieces.push(piece);
    length += piece.length;
    const j = guard ? nextTextAcrossPage(prepared, k) : k + 1;
    const next = prepared[j];
    // the number a line of its own opens with
    if (guard && at.length === 1) numbering.saw(prepared[k]!.norm.trim());
    if (next && next.norm.trim() && runsToWidth(prepared[k]!, wrapWidth, guard?.margin) && !(guard && startsOwnLine(prepared[k]!, next, numbering))) {
      // the page's furniture between (its number, its running head) goes
      k = j - 1;
      continue;
    }
    out.push(pieces.join(''));
    starts.push(at);
    numbers.push(nums);
    skipped.push(skip);
    [pieces, length, at, nums, skip] = [[], 0, [], [], []];
  }
  const origin: Place = (ln, column) => {
    const at = starts[ln - 1];
    if (!at) return source.point(text.length);
    const k = lastAtOrBefore(at, column - 1);
    return source.point(source.offset(numbers[ln - 1]![k]!, column - at[k]! + skipped[ln - 1]![k]!) ?? text.length);
  };
  return { text: out.join('\n'), origin };
}

/** The line after line k that holds text, over a page break between them (blank lines around the page's furniture, which prepare blanked); none over a blank line alone. */
function nextTextAcrossPage(prepared: readonly PreparedLine[], k: number): number {
  let j = k + 1;
  let pageBreak = false;
  for (; j < prepared.length && !prepared[j]!.norm.trim(); j++) if (prepared[j]!.pageBreak) pageBreak = true;
  return j === k + 1 || pageBreak ? j : k + 1;
}

/** How a hard-wrapped text that was not flattened is joined: its common indent (the margin). */
export interface WrapGuard {
  margin: number;
}

/** The indent most lines with text have (a copy's margin, or none), in characters. */
export function commonIndent(prepared: readonly PreparedLine[]): number {
  const counts = new Map<number, number>();
  for (const l of prepared) if (l.norm.trim()) counts.set(indentWidth(l), (counts.get(indentWidth(l)) ?? 0) + 1);
  let best = 0;
  for (const [indent, n] of counts) if (n > (counts.get(best) ?? 0)) best = indent;
  return best;
}

/**
 * Whether a line after a wrapped one starts a line of its own: a paragraph's first line (indented deeper than the
 * wrapped line), or a heading or label after a line that may end there (a sentence's end, a closing bracket, a
 * heading's own line); after a line cut mid-phrase, a number opening the next one is the text's (推动“一、 / 二、三产业融合”).
 */
function startsOwnLine(line: PreparedLine, next: PreparedLine, numbering: Numbering): boolean {
  if (indentWidth(next) > indentWidth(line)) return true;
  const n = next.norm.trim();
  // a document's number or a date alone on its line (under a title that happens to fill the width)
  if (normaliseDocNumber(n) !== null || DATE_ALONE.test(n)) return true;
  const mark = wellFormedHeading(n);
  if (mayEndLine(line.norm.trim())) return mark !== null || labelAtStart(n) !== null || readsAsTitle(n);
  // after a line cut mid-phrase (a title filling the width), a heading that goes on with the numbering so far
  return mark !== null && numbering.continues(mark);
}

/**
 * The numbers the lines opened with so far, by style in the order the styles came (outer first): whether a number is
 * the next of its style, or the first of a style not open (a new part's （一） starts again at one).
 */
class Numbering {
  private readonly last = new Map<string, number>();
  saw(line: string): void {
    const mark = wellFormedHeading(line);
    if (!mark) return;
    if (this.last.has(mark.style)) {
      // the styles that came after it are the levels inside it: they start again
      let inner = false;
      for (const style of [...this.last.keys()]) {
        if (inner) this.last.delete(style);
        inner ||= style === mark.style;
      }
    }
    this.last.set(mark.style, mark.value);
  }
  continues(mark: HeadingMark): boolean {
    return mark.value === (this.last.get(mark.style) ?? 0) + 1;
  }
}

/** A date alone on its line: 2017年11月17日, 二〇一七年十一月十七日. */
const DATE_ALONE = /^(?:\d{4}|[〇零○一二三四五六七八九]{4})[ \t]*年[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*月[ \t]*[\d一二三四五六七八九十]{1,3}[ \t]*日$/;

/** The longest line read as a document's title standing alone. */
const TITLE_LINE_MAX = 60;

/** A document's title alone on its line (an attachment's, after the covering notice's last sentence): it ends in a document type. */
const readsAsTitle = (n: string): boolean => n.length <= TITLE_LINE_MAX && DOCUMENT_TYPE_END.test(n) && !/[。；;，,：:]/.test(n);

/** Closing brackets after which a wrapped line may end its paragraph. */
const LINE_CLOSERS = '）)〕】」』';

/** Whether a wrapped line may end its paragraph there: a sentence's or a bracket's end, or a heading's own line. */
function mayEndLine(s: string): boolean {
  const last = s.slice(-1);
  return PARAGRAPH_END.includes(last) || LINE_CLOSERS.includes(last) || matchHeading(s) !== null;
}

/** A heading's number as a notice writes one: a Chinese numeral in its usual form (八五九、 inside a list of names is none). */
function wellFormedHeading(s: string): HeadingMark | null {
  const mark = matchHeading(s);
  if (!mark || (mark.style !== 'cn' && mark.style !== 'cnParen')) return mark;
  const numeral = toChineseNumeral(mark.value);
  return mark.token === `${numeral}、` || mark.token === `（${numeral}）` ? mark : null;
}

/** Drops the spaces that end the last of the pieces (and the pieces they empty): how many were dropped. */
function trimTrailingSpaces(pieces: string[]): number {
  let dropped = 0;
  while (pieces.length) {
    const last = pieces[pieces.length - 1]!;
    let end = last.length;
    while (end > 0 && last.charCodeAt(end - 1) === 0x20) end--;
    dropped += last.length - end;
    if (end > 0) {
      pieces[pieces.length - 1] = last.slice(0, end);
      break;
    }
    pieces.pop();
  }
  return dropped;
}
