/**
 * Second stage: prepared lines → segments. A segment is a run of text within
 * one line; a line splits where a run of two or more spaces stands between
 * text (`…有关部门　　福建省人民政府办公厅　　2018年1月29日`), and a date glued
 * to the end of a line is cut off so that the signature block can be found.
 */
import type { PreparedLine } from './prepare.js';
import { type TwinText, sliceTwin } from './twin.js';
import { matchHeading } from './markers.js';
import { compiledPattern, matchesFrom } from './lexicon/regex.js';
import { bracketDepth, clauseBracketCode } from './lexicon/brackets.js';
import { textWidth } from './chars.js';

export interface Segment {
  span: TwinText;
  line: number;
  /** 1-based column of the segment's first character. */
  col: number;
  lineStart: boolean;
  lineEnd: boolean;
  /** A blank line (not a page footer) stands before this segment. */
  blankBefore: boolean;
  /** Width of the physical line, trimmed (see textWidth), and of its indent (see indentWidth). */
  lineLength: number;
}

const DATE_CORE = '(?:\\d{4}|[〇零○OoΟ一二三四五六七八九]{4})[ \\t]*年[ \\t]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t]*月[ \\t]*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[ \\t]*日';
/** Annotations printed after the date: （此件主动公开）, （此件公开发布）… */
export const ANNOTATION = /^[（(]此件[^）)]{0,12}[）)]$|^[（(](?:联系人|联系电话|本文有删减|有删减)[^）)]{0,60}[）)]$/;
/** An annotation after the date, closed or broken open by the line's end (…2018年1月29日（此件主动公 / 开）). */
export const TRAILING_ANNOTATION = /[ \t]*[（(]此件[^）)]{0,12}[）)]?[ \t]*$/;
/** The rest of an annotation that the line's end broke: 开）. */
export const ANNOTATION_REST = /^[^（(）)]{1,8}[）)]$/;
export const DATE_ONLY = compiledPattern(`^${DATE_CORE}$`);
/** A date set apart by spaces inside a line of text run together: a signature's date (… 办公室 2023年1月3日 …). */
export const SPACED_DATE = compiledPattern(`(?<=[ \\t\\u3000])${DATE_CORE}(?=[ \\t\\u3000])`);
const DATE_AT_END = compiledPattern(`${DATE_CORE}$`);

const RUN_OF_SPACES = /[ \t]{2,}/;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Bounds of `norm.slice(from, to)` without spaces at either end. */
function trimmedBounds(norm: string, from = 0, to = norm.length): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isBlank(norm.charCodeAt(a))) a++;
  while (b > a && isBlank(norm.charCodeAt(b - 1))) b--;
  return [a, b];
}

/**
 * Cut points inside one line: runs of spaces between text, except right after a heading number, and inside brackets
 * (those the line opens, and `openBefore` that the line before left open: a clause hard-wrapped inside its bracket,
 * （牵头 / 单位：市商务局  责任单位：…）).
 */
function cutPoints(norm: string, a: number, b: number, openBefore = 0): [number, number][] {
  // most lines hold no run of spaces: no need for the scan
  if (!RUN_OF_SPACES.test(norm)) return [[a, b]];
  const pieces: [number, number][] = [];
  let start = a;
  let depth = openBefore;
  let scanned = a;
  for (const m of matchesFrom(RUN_OF_SPACES, norm, a)) {
    if (m.index >= b) break;
    // no cut inside brackets: （牵头单位：市商务局  责任单位：各区县政府） is one clause
    for (; scanned < m.index; scanned++) depth = Math.max(0, depth + clauseBracketCode(norm.charCodeAt(scanned)));
    if (depth > 0) continue;
    const mk = matchHeading(norm, start);
    const onlyNumber = mk !== null && start + mk.length >= m.index + m[0].length;
    if (!onlyNumber && m.index > start) {
      pieces.push([start, m.index]);
      start = m.index + m[0].length;
    }
  }
  pieces.push([start, b]);
  return pieces;
}

/** Whether a line holds a bracket (most need no count). */
const hasBracket = (norm: string): boolean => /[（(【〔[]/.test(norm);

/** Cuts a date (and the annotation after it) off the end of a longer piece. */
function cutTrailingDate(norm: string, a: number, b: number): [number, number][] {
  const piece = norm.slice(a, b);
  const ann = TRAILING_ANNOTATION.exec(piece);
  const core = ann ? piece.slice(0, ann.index) : piece;
  const m = DATE_AT_END.exec(core);
  if (!m || m.index === 0) return [[a, b]];
  const before = core.charAt(m.index - 1);
  // 于2018年1月29日 / 自… / 至… are dates inside a sentence
  if (/[于自至到从在前止截：:]/.test(before)) return [[a, b]];
  return [
    [a, a + m.index],
    [a + m.index, b],
  ];
}

export function toSegments(lines: PreparedLine[]): Segment[] {
  const segments: Segment[] = [];
  let blank = false;
  // blank lines around a page's number (\n\n— 3 —\n\n, as a PDF copy sets it) are the page's margin, not a paragraph's end
  let pageBreak = false;
  // brackets the line before opened and left open (its own, not those handed on to it: a stray bracket reaches one line)
  let openBefore = 0;
  for (const pl of lines) {
    const [a, b] = trimmedBounds(pl.norm);
    if (a >= b) {
      if (pl.pageBreak) pageBreak = true;
      else {
        blank = true;
        openBefore = 0;
      }
      continue;
    }
    if (pageBreak) blank = false;
    const full = { r: pl.text, n: pl.norm };
    const pieces = cutPoints(pl.norm, a, b, openBefore).flatMap(([s, e]) => cutTrailingDate(pl.norm, s, e));
    openBefore = hasBracket(pl.norm) ? bracketDepth(0, pl.norm.slice(a, b)) : 0;
    pieces.forEach(([s, e], k) => {
      const [start, te] = trimmedBounds(pl.norm, s, e);
      if (start >= te) return;
      segments.push({
        span: sliceTwin(full, start, te),
        line: pl.line,
        col: start + 1,
        lineStart: k === 0,
        lineEnd: k === pieces.length - 1,
        blankBefore: k === 0 && blank,
        lineLength: textWidth(pl.text, a, b) + indentWidth(pl.norm, a),
      });
    });
    blank = false;
    pageBreak = false;
  }
  return segments;
}

/**
 * How wide a line's indent is, in characters of the text: a full-width space is one, two ASCII spaces are one (公文 indent
 * their paragraphs' first lines by two characters, which a copy often writes as four spaces). A hard-wrapped paragraph's
 * first line fills the width with its indent.
 */
function indentWidth(line: string, start: number): number {
  let wide = 0;
  let narrow = 0;
  for (let i = 0; i < start; i++) {
    if (line.charCodeAt(i) === 0x3000) wide++;
    else narrow++;
  }
  return wide + Math.floor(narrow / 2);
}
