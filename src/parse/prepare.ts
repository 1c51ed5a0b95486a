/**
 * First stage of parsing: physical lines, export artefacts and page footers
 * blanked out (same length, so columns stay true), a width-folded and
 * Simplified "shadow" of every line for matching, and encoding-damage
 * diagnostics located on the original lines.
 */
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { foldWidth, isCjk, isCjkPunct } from './chars.js';
import { splitLines } from '../model/position.js';
import { allMatches, compiledPattern, replaceEvery } from './lexicon/regex.js';
import { matchHeading } from './markers.js';
import { ANY_LABEL } from './lexicon/labels.js';
import { ARTEFACT, BOLD_MARK, CONTROL_SEQUENCE, INLINE_FOOTER, isChromeLine, isPageFooterLine, LEADING_MARK, ARTICLE_TAIL, SITE_FOOTER_ADDRESS, SITE_FOOTER_PROOF, SITE_FOOTER_START } from './lexicon/furniture.js';

import type { ToSimplified } from './extract/traditional.js';

export type { ToSimplified } from './extract/traditional.js';

export interface PreparedLine {
  /** 1-based line number in the source. */
  line: number;
  /** The line with artefacts blanked (same length as the source line). */
  text: string;
  /** Same-length shadow of `text` used for matching. */
  norm: string;
  /** The line was a page footer or page break and carries no text. */
  pageBreak: boolean;
}


/** Whether the first visible character may be a decoration (shapes, arrows, emoji): the regular expression runs only then. */
function startsWithMark(line: string): boolean {
  const m = /[^\s\u3000]/.exec(line);
  if (!m) return false;
  const c = line.charCodeAt(m.index);
  return (c >= 0x2190 && c <= 0x2bff) || (c >= 0xd83c && c <= 0xd83e);
}


/** A Markdown heading or list mark at a line's start before a heading's number, bold or not: `## 一、`, `- **1.`, `* （一）`. */
const MARKDOWN_LEAD = /^([ \t\u3000]*)(#{1,6}[ \t]+|[-*+][ \t]+)(?=(?:\*\*)?(?:[（(〔][一二三四五六七八九十\d]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[.．、]))/;

/** A dash where a heading's 一 stands (—、 at a line's start, （—）): how OCR reads 一 in a scanned notice. */
const OCR_DASH_ONE = /^([ \t\u3000]*)[—－-](?=、)|(?<=[（(])[—－-](?=[）)])/;

/** A scanned notice's 一 misread as a dash in a heading's number, read as 一 in the shadow (same length). */
function ocrDashAsOne(norm: string): string {
  return norm.includes('—') || norm.includes('-') || norm.includes('－') ? replaceEvery(norm, OCR_DASH_ONE, (_m: string, indent?: string) => `${indent ?? ''}一`) : norm;
}

/** One to four `?` at a line's start, before text: ideographic spaces lost in re-encoding. */
const LOST_INDENT = /^([ \t\u3000]*)(\?{1,4})(?=[^\s?])/;

function blank(s: string): string {
  return ' '.repeat(s.length);
}

/** Whether a line holds a control character other than a tab or a form feed (a quick scan before the pattern). */
function hasControl(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

/**
 * A unit label written as a sentence's part, its colon a verb (…恢复库区派出所，责任单位为市公安局；): at a clause's start,
 * before names, the shadow reads it as the label, the comma before it as a clause's end (same length, so places stay),
 * and the text keeps what it says. Not a note on the list: 第一责任单位为牵头单位 (no clause starts at the label),
 * 责任单位为牵头单位 (no names after it).
 */
const LABEL_WITH_VERB = /(^[ \t\u3000]*|[，,；;。])((?:责任|牵头|配合|协作|协办|主办|承办)(?:单位|部门))为(?!牵头|主办|配合|协|责任|第|其|本|该)/;
/** The comma before such a label ends the clause, as the label's own colon would have it: a semicolon of the same width. */
const labelWithVerb = (_m: string, before: string, label: string): string => `${before === '，' ? '；' : before === ',' ? ';' : before}${label}：`;

/** Blanks artefacts; returns the blanked line and whether the line was a footer / page break. */
function cleanLine(raw: string): { text: string; pageBreak: boolean } {
  if (raw.includes('\f')) {
    const rest = raw.replace(/\f/g, ' ');
    return { text: rest, pageBreak: rest.trim() === '' };
  }
  if (isPageFooterLine(raw)) return { text: blank(raw), pageBreak: true };
  if (isChromeLine(raw)) return { text: blank(raw), pageBreak: false };
  // control characters and terminal escape sequences (a copy from a terminal or a log) are blanked: most lines hold none
  let text = hasControl(raw) ? replaceEvery(raw, CONTROL_SEQUENCE, blank) : raw;
  // artefacts open with [ { or <: most lines hold none
  if (/[[{<]/.test(text)) text = replaceEvery(text, ARTEFACT, blank);
  if (startsWithMark(text)) text = text.replace(LEADING_MARK, (_m, indent: string, mark: string) => indent + blank(mark));
  // full-width indentation lost in re-encoding comes out as ?? before the text, or after the part of the indent that
  // survived: blank it (the damage warning still names it)
  if (LOST_INDENT.test(text)) text = text.replace(LOST_INDENT, (_m, indent: string, lost: string) => indent + blank(lost));
  // a Markdown heading or list mark copied as text before a heading's number (## 一、…, - **1.…**)
  if (text.startsWith('#') || text.startsWith('-') || text.startsWith('+') || /^[ \t\u3000]+[#+*-]/.test(text)) text = text.replace(MARKDOWN_LEAD, (_m, indent: string, mark: string) => indent + blank(mark));
  if (text.includes('**')) text = replaceEvery(text, BOLD_MARK, blank);
  if (text.includes('页')) text = replaceEvery(text, INLINE_FOOTER, blank);
  return { text, pageBreak: false };
}

/** Pinyin with a tone mark in brackets right after a character: 責(zé)任, 區(qū), left by converter sites. */
const PINYIN_AFTER = /(?<=[\u4e00-\u9fff])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[）)]/;

/**
 * A line copied from a page that printed pinyin after characters (責(zé)任單(dān)位):
 * the pinyin goes, so that words and names read whole. Later columns of the line
 * count the characters without it.
 */
export function withoutPinyin(line: string): string {
  return TONE_MARK.test(line) ? replaceEvery(line, PINYIN_AFTER, '') : line;
}

/** A text with the pinyin after its characters dropped, line by line (the text itself when it holds no tone mark). */
export function textWithoutPinyin(text: string): string {
  return TONE_MARK.test(text) ? text.split('\n').map(withoutPinyin).join('\n') : text;
}

/** A vowel with a tone mark: most lines hold none, and then there is no pinyin to drop. */
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

/** A CJK character, digit or punctuation mark (Chinese, or a half-width comma or bracket: 建 设 , 打 造): what a letter-spacing space stands between. */
const SPACED_CHAR = '[\u4e00-\u9fff0-9，。、；：（）“”《》\ua3a1-\ua3fe,()%]';
/** Such a character and the letter-spacing space after it, before another. */
const SPACED_PAIR = compiledPattern(`${SPACED_CHAR} (?=${SPACED_CHAR})`);
/**
 * The same with a half-width colon, semicolon or stop on either side (意 见 : 一 、): closed up only in a line spaced
 * out throughout, since a flattened line sets a real space after them (意见: 一、深入…), which a line spaced out only
 * in part keeps.
 */
const SPACED_CHAR_WIDE = '[\u4e00-\u9fff0-9，。、；：（）“”《》\ua3a1-\ua3fe,()%:;.!?]';
const SPACED_PAIR_WIDE = compiledPattern(`${SPACED_CHAR_WIDE} (?=${SPACED_CHAR_WIDE})`);
/** Two spaces or more, or a tab, inside a line: a gap between columns. */
const COLUMN_GAP = /[ \u3000]{2,}|\t/;
/** One space between two characters, whatever they are. */
const LETTER_SPACE = /\S (?=\S)/;
/** The share of a line's characters followed by one space in a line spaced out throughout. */
const SPACED_THROUGHOUT = 0.8;
const CJK_CHAR = /[\u4e00-\u9fff]/;

/**
 * A line copied from a PDF with a space between every character (省 财 政 厅):
 * the single spaces go, so that names and labels read whole. Only a line where
 * most characters are spaced out is changed; its later columns count the
 * characters without the spaces.
 */
export function withoutLetterSpacing(line: string): string {
  if (!line.includes(' ')) return line;
  const pairs = allMatches(SPACED_PAIR_WIDE, line).length;
  if (pairs < 8) return withoutSpacedTail(line);
  let cjk = 0;
  for (const ch of line) if (CJK_CHAR.test(ch)) cjk++;
  if (pairs >= cjk * 0.5) {
    const spaced = allMatches(LETTER_SPACE, line).length;
    const throughout = spaced >= (line.replace(/\s+/g, '').length - 1) * SPACED_THROUGHOUT;
    return replaceEvery(line, throughout ? SPACED_PAIR_WIDE : SPACED_PAIR, (m) => m[0]!);
  }
  // a stretch spaced out inside a line of plain text (…管理系统。（ 责 任 单 位 ： 省 民 政 厅 ）): that stretch only
  return replaceEvery(line, SPACED_RUN, (run) => run.replaceAll(' ', ''));
}

/**
 * A text with its letter-spaced lines closed up, line by line (the text itself where no line changes), as the table
 * readers read it: a line whose columns are set apart by wider space (序 号   重 点 任 务) keeps its places, which
 * its table's rows line up with (the readers close its cells up themselves).
 */
export function textWithoutLetterSpacing(text: string): string {
  // (most texts have no character a space apart from the next: left as they are without being split into lines)
  if (!SPACED_PAIR_WIDE.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  const out = lines.map((line) => {
    const closed = COLUMN_GAP.test(line.trim()) ? line : withoutLetterSpacing(line);
    if (closed !== line) changed = true;
    return closed;
  });
  return changed ? out.join('\n') : text;
}

/**
 * A short line spaced out to its end after a few plain characters at most, a heading's number as a rule
 * (（二）建 设 现 代 化 渔 港): the spaces go. Four characters or more, or two or three Chinese ones alone on their
 * line; a spaced run that stops before the line's end (平台 1 0 座以上) is left alone.
 */
function withoutSpacedTail(line: string): string {
  // a line of two or three characters spaced out, nothing else (年 底 前, 办 公 室: a table's cell a line)
  if (SPACED_SHORT.test(line)) return line.replace(/(?<=\S) (?=\S)/g, '');
  const tail = SPACED_TAIL.exec(line);
  if (!tail || /\s/.test(line.slice(0, tail.index).trim()) || line.slice(0, tail.index).trim().length > SPACED_TAIL_PREFIX_MAX) return line;
  return line.slice(0, tail.index) + tail[0].replace(/ (?=\S)/g, '');
}
const SPACED_TAIL = compiledPattern(`(?:${SPACED_CHAR_WIDE} ){3,}${SPACED_CHAR_WIDE}[ \t]*$`);
const SPACED_SHORT = /^[ \t\u3000]*[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,2}[ \t\u3000]*$/;
/** The most plain characters before a spaced tail: a heading's number (（十二）, 第三条). */
const SPACED_TAIL_PREFIX_MAX = 6;

/**
 * Nine characters or more, each set apart from the next by one space: a letter-spaced stretch. No ideograph glued to
 * its ends belongs to it (the 号 of 序号, the 地 of 地区生产总值 before and after a spaced header), and no bare digit
 * ends it (a table's first row number after a spaced header: 目 标 类 型 1 地区…); brackets and colons may touch it.
 */
const SPACED_RUN = compiledPattern(`(?<![\\u4e00-\\u9fff])(?:${SPACED_CHAR} ){8,}${SPACED_CHAR}(?<!\\d)(?![\\u4e00-\\u9fff\\d])`);

/**
 * A label of two characters spaced out to line up with longer ones before its colon (链 长：…, 组　长：…): the spaces go,
 * so that the label reads as one. Only where the two characters make a label (in Simplified: a Traditional copy's too).
 */
function withoutSpacedLabel(line: string, toSimplified?: ToSimplified): string {
  if (!SPACED_TWO.test(line)) return line;
  // a Traditional copy's label (鏈 長：) is known by its Simplified shadow
  const known = (word: string) => twoCharLabel().test(toSimplified ? toSimplified(word) : word);
  return replaceEvery(line, SPACED_TWO, (spaced: string, a: string, b: string) => (known(a + b) ? a + b : spaced));
}
const SPACED_TWO = compiledPattern('(?<![\\u4e00-\\u9fa5])([\\u4e00-\\u9fa5])[ \\u3000]{1,3}([\\u4e00-\\u9fa5])(?=[ \\u3000]*[：:])');
/** Any label as a whole word, compiled at its first use (most texts space no label out: no cost at start-up). */
let twoCharLabelRe: RegExp | undefined;
const twoCharLabel = (): RegExp => (twoCharLabelRe ??= compiledPattern(`^(?:${ANY_LABEL})$`));

/**
 * A heading number cut from its mark by spaces, as text converted from a PDF
 * writes it (`一 、 承担的…`, `1 . 严格管控…`): the spaces go, so that the number
 * reads as a heading. Only at the start of a line, and only before Chinese text
 * or an opening quote or bracket (`1 . 5亿元` is left alone).
 */
const SPACED_MARKER = /^([ \t\u3000]*)([一二三四五六七八九十]{1,3}|\d{1,3})[ \u3000]+([、.．])[ \u3000]*(?=[\u4e00-\u9fa5“《（(])/u;

export function withoutSpacedMarker(line: string): string {
  return SPACED_MARKER.test(line) ? line.replace(SPACED_MARKER, '$1$2$3') : line;
}

/** `typed`: 1-based numbers of the lines a reader typed (a table's cells): their text is never page furniture. */
export function prepareLines(text: string, toSimplified?: ToSimplified, typed: ReadonlySet<number> = new Set()): { lines: PreparedLine[]; diagnostics: Diagnostic[]; sharedCopy: boolean } {
  const raws = splitLines(text).map((line) => withoutSpacedLabel(withoutSpacedMarker(withoutLetterSpacing(withoutPinyin(line))), toSimplified));
  const diagnostics: Diagnostic[] = [];
  // lines holding a website footer's proof (网站标识码：…): the footer's other lines are near them
  const proofs: number[] = [];
  const lines: PreparedLine[] = raws.map((raw, i) => {
    const { text: cleaned, pageBreak } = typed.has(i + 1) ? { text: raw, pageBreak: false } : cleanLine(raw);
    let norm = ocrDashAsOne(foldWidth(cleaned));
    if (toSimplified) {
      const simp = toSimplified(norm);
      if (simp.length === norm.length) norm = simp;
      // chrome written in Traditional characters (掃一掃, 打印本頁) is found on the Simplified shadow
      if (simp !== cleaned && !typed.has(i + 1) && isChromeLine(norm)) return { line: i + 1, text: blank(cleaned), norm: blank(norm), pageBreak };
    }
    findDamage(raw, i + 1, diagnostics);
    if (norm.includes('为')) norm = replaceEvery(norm, LABEL_WITH_VERB, labelWithVerb);
    const footer = typed.has(i + 1) ? -1 : siteFooterAt(norm);
    if (footer < 0) {
      // a page's article tail joined onto the text's last line (… 来源：…办公室 附件下载) is no part of it
      const tail = typed.has(i + 1) ? null : ARTICLE_TAIL.exec(norm);
      return tail ? { line: i + 1, text: blankFrom(cleaned, tail.index), norm: blankFrom(norm, tail.index), pageBreak } : { line: i + 1, text: cleaned, norm, pageBreak };
    }
    proofs.push(i);
    return { line: i + 1, text: blankFrom(cleaned, footer), norm: blankFrom(norm, footer), pageBreak };
  });
  blankBarePageNumbers(lines, typed);
  blankRunningHeads(lines);
  blankFooterNeighbours(lines, proofs, typed);
  const sharedCopy = blankSharedPageMarks(lines);
  return { lines, diagnostics, sharedCopy };
}

/** The line a document-sharing site puts above a file's text (《….docx》由会员分享，可在线阅读…请在人人文库网上搜索。). */
const SHARED_COPY_HEAD = /由会员分享|(?:页|頁)珍藏版|请在[\u4e00-\u9fa5]{1,8}(?:文库|文档|网)[\u4e00-\u9fa5]{0,3}上?搜索/;
/** How many lines from the top may hold that line. */
const SHARED_COPY_HEAD_LINES = 3;
/** A page's mark as such a site prints it at the start of each page's text: 1、, 2、, 3、. */
const SHARED_PAGE_MARK = /^([ \t\u3000]*)(\d{1,3})、/;

/**
 * A copy from a document-sharing site runs each page of the file onto one line, opened by the page's number (1、…,
 * 2、财政局、市自然资源…), which cuts sentences and names: where the site's line stands at the top, marks numbered 1, 2,
 * 3 … in turn at the lines' starts are page furniture, and the text reads on across them. True for such a copy, whose
 * text is flattened however short its pages.
 */
function blankSharedPageMarks(lines: PreparedLine[]): boolean {
  const head = lines.slice(0, SHARED_COPY_HEAD_LINES).findIndex((l) => SHARED_COPY_HEAD.test(l.norm));
  if (head < 0) return false;
  lines[head] = asPageFurniture(lines[head]!);
  let page = 1;
  for (let k = head + 1; k < lines.length; k++) {
    const l = lines[k]!;
    const m = SHARED_PAGE_MARK.exec(l.norm);
    if (!m || Number(m[2]) !== page) continue;
    page++;
    const end = m[0].length;
    lines[k] = { ...l, text: blank(l.text.slice(0, end)) + l.text.slice(end), norm: blank(l.norm.slice(0, end)) + l.norm.slice(end) };
  }
  return true;
}

/** How many lines around a website footer's proof (网站标识码：…, ICP备…) may hold the rest of the footer. */
const FOOTER_REACH = 3;

/**
 * A website's footer spread over lines: a line that opens with a footer word
 * (主办单位：…　承办单位：…, 技术支持单位：…) or gives the site's address with its postcode, next
 * to a line holding the footer's proof (网站标识码：4414000001), or next to such a line, is
 * footer too, though it holds no proof of its own.
 */
function blankFooterNeighbours(lines: PreparedLine[], proofs: readonly number[], typed: ReadonlySet<number>): void {
  // outward from the proof, through footer lines only: the first line that is not one (a task's 承办单位：…, a
  // print link) ends the footer on that side
  const footerAt = (k: number): boolean => {
    const l = lines[k];
    if (!l || typed.has(l.line)) return false;
    const start = l.norm.search(/\S/);
    // a line opening with a footer word, or the site's address with its postcode
    if (start < 0 || (SITE_FOOTER_START.exec(l.norm.slice(start))?.index !== 0 && !SITE_FOOTER_ADDRESS.test(l.norm))) return false;
    lines[k] = { ...l, text: blankFrom(l.text, start), norm: blankFrom(l.norm, start) };
    return true;
  };
  for (const i of proofs) {
    for (let k = i - 1; k >= Math.max(0, i - FOOTER_REACH) && footerAt(k); k--);
    for (let k = i + 1; k <= Math.min(lines.length - 1, i + FOOTER_REACH) && footerAt(k); k++);
  }
}

/**
 * A running head that names its publication, seen on one page opening only (a copy of two pages): an issuing organ's
 * 公报, 政报 or 文件 series (四川省人民政府办公厅行政规范性文件, 南通市人民政府公报　2022年第4期), no sentence.
 */
const PUBLICATION_HEAD = /^[\u4e00-\u9fa5]{2,24}(?:人民政府|政府|办公厅|办公室|委员会)[\u4e00-\u9fa5]{0,8}(?:公报|政报|文件)(?:[\s\u3000]+\d{4}年第\d{1,3}期)?$/;

/** How many lines from the top may hold the title a running head repeats. */
const TITLE_LINES = 6;

/**
 * The visible text of a line for comparing running heads: its parts between spaces, in any order (a gazette's
 * head puts its name and issue on the outer side of each page: 2021年第2期　吴忠市人民政府公报 / 吴忠市人民政府公报　2021年第2期).
 */
const headKey = (norm: string) => norm.trim().split(/[\s\u3000]+/).sort().join('');

/** A line that is page furniture (a page's number, its running head): blanked, the same length, a page break. */
function asPageFurniture(l: PreparedLine): PreparedLine {
  return { ...l, text: blank(l.text), norm: blank(l.norm), pageBreak: true };
}

/** A page's number as a PDF's text copy prints it: the number alone on its line. */
const BARE_PAGE_NUMBER = /^[ \t\u3000]*(\d{1,3})[ \t\u3000]*$/;

/**
 * Page numbers printed bare (…，各街 / 2 / (blank) / 杭州市拱墅区人民政府办公室 / 道（园区）。): numbers alone on their
 * line with a blank line (or the text's end) after them, counting up by one through the text, two at least. A table's
 * numbers a cell a line have their row's cells after them, not a blank line; in a double-spaced copy every line has
 * one, and no number is taken there.
 */
function blankBarePageNumbers(lines: PreparedLine[], typed: ReadonlySet<number>): void {
  let blanks = 0;
  const found: { at: number; page: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.norm.trim()) {
      blanks++;
      continue;
    }
    const m = BARE_PAGE_NUMBER.exec(l.norm);
    if (m && !typed.has(i + 1) && !lines[i + 1]?.norm.trim()) found.push({ at: i, page: Number(m[1]) });
  }
  if (found.length < 2 || blanks * 2 > lines.length) return;
  const run = longestCountingRun(found);
  if (run.length < 2) return;
  for (const { at } of run) lines[at] = asPageFurniture(lines[at]!);
}

/** The longest run of numbers, in the text's order, each one more than the one before it. */
function longestCountingRun<T extends { page: number }>(found: readonly T[]): T[] {
  // for each number, the longest run ending at it so far: its length and the index of the number before it
  const ending = new Map<number, { length: number; at: number }>();
  const before: number[] = [];
  let best = -1;
  let bestLength = 0;
  found.forEach((f, i) => {
    const prior = ending.get(f.page - 1);
    const length = (prior?.length ?? 0) + 1;
    before.push(prior?.at ?? -1);
    ending.set(f.page, { length, at: i });
    if (length > bestLength) [best, bestLength] = [i, length];
  });
  const run: T[] = [];
  for (let i = best; i >= 0; i = before[i]!) run.push(found[i]!);
  return run.reverse();
}

/** The index of the first line with text from `from` on, or -1. */
function nextWithText(lines: PreparedLine[], from: number): number {
  for (let k = from; k < lines.length; k++) if (lines[k]!.norm.trim()) return k;
  return -1;
}

/**
 * A running head: the line that opens a page in a copy from a PDF, right after the
 * previous page's number (－ 1 －), repeating the document's title (one of its first
 * lines) or the same on two pages or more. It is page furniture like the number, so a
 * sentence or a name broken across the page (县发展和改 / － 1 － / …清单 / 革局) reads on.
 */
function blankRunningHeads(lines: PreparedLine[]): void {
  const opening: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.pageBreak) continue;
    const k = nextWithText(lines, i + 1);
    if (k > 0 && !lines[k]!.pageBreak) opening.push(k);
  }
  if (!opening.length) return;
  const openings = new Set(opening);
  const titles = new Set<string>();
  for (let i = 0, seen = 0; i < lines.length && seen < TITLE_LINES; i++) {
    const key = headKey(lines[i]!.norm);
    if (!key) continue;
    seen++;
    if (!openings.has(i)) titles.add(key);
  }
  const keys = new Map(opening.map((k) => [k, headKey(lines[k]!.norm)]));
  const counts = new Map<string, number>();
  for (const key of keys.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [k, key] of keys) {
    const l = lines[k]!;
    // a line with a colon or a sentence's end is text (责任单位：…, 全面推行容缺受理。), never a running head
    if (key.length > 60 || /[：:。；;]/.test(key) || matchHeading(l.norm.trimStart())) continue;
    if (titles.has(key) || (counts.get(key) ?? 0) >= 2 || PUBLICATION_HEAD.test(l.norm.trim())) lines[k] = asPageFurniture(l);
  }
}

/** Where a website's footer starts in a line (matched on the simplified text), or -1. */
function siteFooterAt(norm: string): number {
  if (!SITE_FOOTER_PROOF.test(norm) || matchHeading(norm.trimStart())) return -1;
  return SITE_FOOTER_START.exec(norm)?.index ?? -1;
}

/** The line with everything from `at` on blanked (same length, so columns stay). */
function blankFrom(s: string, at: number): string {
  return s.slice(0, at) + blank(s.slice(at));
}

function cjkContext(s: string, i: number, dir: -1 | 1): boolean {
  for (let k = 1; k <= 2; k++) {
    const ch = s[i + dir * k];
    if (ch === undefined || /\s/.test(ch)) return false;
    if (isCjk(ch) || isCjkPunct(ch)) return true;
    if (!/[0-9]/.test(ch)) return false;
  }
  return false;
}

/**
 * Encoding damage: `?` standing for a character lost in re-encoding (中国?海峡,
 * “6?18”), and U+FFFD replacement characters from undecodable bytes.
 */
function findDamage(raw: string, line: number, out: Diagnostic[]): void {
  const lost = LOST_INDENT.exec(raw);
  if (lost) out.push(diag('encoding-damage', { context: raw.slice(lost[1]!.length, lost[1]!.length + 8) }, line, lost[1]!.length + 1));
  for (let i = raw.indexOf('?', lost ? lost[0].length : 0); i !== -1; i = raw.indexOf('?', i + 1)) {
    const prev = raw[i - 1];
    const next = raw[i + 1];
    if (prev === undefined || next === undefined || /[\sA-Za-z?]/.test(prev) || /[\sA-Za-z?]/.test(next)) continue;
    if (cjkContext(raw, i, -1) || cjkContext(raw, i, 1)) {
      out.push(diag('encoding-damage', { context: raw.slice(Math.max(0, i - 4), i + 5) }, line, i + 1));
    }
  }
  for (let i = raw.indexOf('\ufffd'); i !== -1; i = raw.indexOf('\ufffd', i + 1)) {
    out.push(diag('replacement-char', { context: raw.slice(Math.max(0, i - 4), i + 5) }, line, i + 1));
  }
}
