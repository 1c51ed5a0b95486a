/**
 * Tasks enumerated inline: 一是…（责任单位：X）；二是…（Y牵头，Z配合）；三是…
 * in one paragraph of a text that numbers nothing else (a supervision report's
 * running text). Where two or more of them carry their own unit clause, each
 * 一是/二是 opens an item of its own (style `enum`), so that every clause goes to
 * its own task. Where at most one does (…；二是…。（责任单位：X）), the
 * enumeration is the wording of one task, and the line is left as it is.
 */
import { matchHeading, type HeadingMark } from './markers.js';
import { parseChineseNumeral, toChineseNumeral } from './lexicon/numerals.js';
import { clauseBracketCode } from './lexicon/brackets.js';
import { findParentheticals } from './clauses.js';
import type { NoticeLine } from './notice-line.js';
import type { Segment } from './segments.js';
import { sliceTwin, type TwinText } from './twin.js';
import { matchesFrom } from './lexicon/regex.js';

/** 一是, 二是 … after the start of the text or a mark that ends a clause or sentence. */
const ENUM_MARK = /(?<=^|[。；;，,：:！？!?）)\s])([一二三四五六七八九十]{1,3})是/;

/** Fewest inline items with their own clause that make an enumeration a list of tasks. */
const MIN_CLAUSED = 2;

/** Where an inline enumeration's marks start outside brackets, numbered 1, 2 … in order (a number out of order ends the run). */
function startsInOrder(n: string, mark: RegExp, valueOf: (m: RegExpExecArray) => number, opensAt: (at: number) => boolean = () => true): { at: number; value: number }[] {
  const starts: { at: number; value: number }[] = [];
  let depth = 0;
  let scanned = 0;
  for (const m of matchesFrom(mark, n, 0)) {
    for (; scanned < m.index; scanned++) depth = Math.max(0, depth + clauseBracketCode(n.charCodeAt(scanned)));
    if (depth > 0) continue;
    const value = valueOf(m);
    if (value !== starts.length + 1 || (value === 1 && !opensAt(m.index))) {
      if (starts.length) break;
      continue;
    }
    starts.push({ at: m.index, value });
  }
  return starts;
}

/** Where 一是, 二是 … start. */
const enumerationStarts = (n: string) => startsInOrder(n, ENUM_MARK, (m) => parseChineseNumeral(m[1]!));

/** Whether a piece of text holds a bracketed clause that names units. */
function hasOwnClause(piece: TwinText): boolean {
  return findParentheticals(piece).some((p) => p.clause.units.length > 0);
}

function subSegment(seg: Segment, from: number, to: number, last: boolean): Segment {
  return { ...seg, span: sliceTwin(seg.span, from, to), col: seg.col + from, lineStart: seg.lineStart && from === 0, lineEnd: seg.lineEnd && last, blankBefore: seg.blankBefore && from === 0 };
}

function enumMark(value: number): HeadingMark {
  return { style: 'enum', value, token: `${toChineseNumeral(value)}是`, length: 1 + toChineseNumeral(value).length, digitAfter: false };
}

/**
 * The line split at the starts of an enumeration two or more of whose pieces close with their own clause (the text
 * before the first start stays the line), or null when fewer do.
 */
function splitAtStarts(line: NoticeLine, starts: readonly { at: number; value: number }[], markOf: (piece: Segment, value: number) => HeadingMark | null): NoticeLine[] | null {
  const { seg } = line;
  const n = seg.span.n;
  if (starts.length < MIN_CLAUSED) return null;
  const ends = [...starts.slice(1).map((s) => s.at), n.length];
  const clauses = starts.filter((s, k) => hasOwnClause(sliceTwin(seg.span, s.at, ends[k]))).length;
  if (clauses < MIN_CLAUSED) return null;
  const out: NoticeLine[] = [];
  const first = starts[0]!.at;
  if (first > 0) out.push({ ...line, seg: subSegment(seg, 0, first, false) });
  starts.forEach((s, k) => {
    const piece = subSegment(seg, s.at, ends[k]!, k === starts.length - 1);
    const mark = markOf(piece, s.value);
    out.push(mark ? { kind: 'numbered', seg: piece, mark } : { ...line, seg: piece });
  });
  return out;
}

/** A body or numbered line split at its inline 一是…二是… items, or the line alone. */
function splitLine(line: NoticeLine): NoticeLine[] {
  if ((line.kind !== 'body' && line.kind !== 'numbered') || (line.kind === 'body' && line.opensParagraph) || (line.kind === 'numbered' && line.table !== undefined)) return [line];
  // most lines hold no 是 at all: no need for the scan
  if (!line.seg.span.n.includes('是')) return [line];
  return splitAtStarts(line, enumerationStarts(line.seg.span.n), (_, value) => enumMark(value)) ?? [line];
}

/**
 * The typed lines with every inline enumeration of tasks split into numbered lines: 一是…二是… in a text with no
 * numbered line of its own (a report's running text: where the notice numbers its items, they are its tasks), and,
 * in any text, a body line's digits after a colon (…主要内容为：1.…（发改委）；2.…（财政局）；…) where two or more of
 * the pieces close with their own clause.
 */
export function splitEnumerations(lines: readonly NoticeLine[]): NoticeLine[] {
  const numbered = lines.some((l) => l.kind === 'numbered');
  return lines.flatMap((line) => {
    const split = numbered ? [line] : splitLine(line);
    return split.length === 1 ? splitDigitLine(split[0]!) : split;
  });
}

/** 1. or 1、 after a colon, and the next numbers after a clause's or a sentence's end, each before text (2. 2020年… too). */
const DIGIT_MARK = /(?<=[：:；;。]\s*)(\d{1,2})[.、．]\s*(?=\S)/;

/** Where the inline numbers 1, 2, 3 … start in order, the first right after a colon, outside brackets. */
function digitStarts(n: string): { at: number; value: number }[] {
  const afterColon = (at: number) => {
    let b = at - 1;
    while (b >= 0 && /\s/.test(n[b]!)) b--;
    return n[b] === '：' || n[b] === ':';
  };
  return startsInOrder(n, DIGIT_MARK, (m) => Number(m[1]), afterColon);
}

/** A body line, or a numbered heading's line, split at its inline 1.…2.… items that carry their own clauses, or the line alone. */
function splitDigitLine(line: NoticeLine): NoticeLine[] {
  if (line.kind !== 'body' && (line.kind !== 'numbered' || line.table !== undefined)) return [line];
  const n = line.seg.span.n;
  if (!/[：:]\s*1[.、．]/.test(n)) return [line];
  const digitMark = (piece: Segment) => {
    const mark = matchHeading(piece.span.n, 0);
    return mark && { ...mark, digitAfter: false };
  };
  return splitAtStarts(line, digitStarts(n), digitMark) ?? [line];
}
