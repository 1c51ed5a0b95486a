/**
 * First stage of parsing: physical lines, export artefacts and page footers
 * blanked out (same length, so columns stay true), a width-folded and
 * Simplified "shadow" of every line for matching, and encoding-damage
 * diagnostics located on the original lines.
 */
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { foldWidth, isCjk, isCjkPunct } from './chars.js';
import { splitLines } from '../model/position.js';
import { replaceEvery } from './lexicon/regex.js';

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

const ARTEFACT = /\[(?:bookmark|image|img|picture|page ?break|footnote|comment|_GoBack|TOC)[^\]\n]{0,120}\]|\{\\[a-z]+[^}\n]{0,80}\}|<!-{2}[^\n]{0,200}?-{2}>/i;
const FOOTER_LINE = [
  /^[\s\u3000]*第[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*[,，/／]?[\s\u3000]*共[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*$/,
  /^[\s\u3000]*共[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*第[\s\u3000]*\d+[\s\u3000]*页[\s\u3000]*$/,
  /^[\s\u3000]*[—–\-－─]{1,2}[\s\u3000]*\d{1,4}[\s\u3000]*[—–\-－─]{1,2}[\s\u3000]*$/,
  /^[\s\u3000]*(?:page|Page|PAGE)[\s\u3000]*\d+([\s\u3000]*(?:of|\/)[\s\u3000]*\d+)?[\s\u3000]*$/,
  /^[\s\u3000]*\d{1,4}[\s\u3000]*\/[\s\u3000]*\d{1,4}[\s\u3000]*$/,
];
const INLINE_FOOTER = /第[ \u3000]*\d+[ \u3000]*页[ \u3000]*[,，/／]?[ \u3000]*共[ \u3000]*\d+[ \u3000]*页/;

/**
 * Page furniture copied from a website or a WeChat article along with the
 * notice: font-size switches, print and close links, share bars, view
 * counters, follow prompts, editor credits. A line made only of these is blank.
 */
const CHROME_TOKEN =
  /[【[]?\s*字体[：:]?[\s\u3000]*[大中小][\s\u3000]*[大中小][\s\u3000]*[大中小][\s\u3000]*[】\]]?|[【[]?(?:我要)?(?:打印本页|打印|关闭窗口|关闭|收藏本页|收藏|返回顶部|返回|纠错|保存)[】\]]?|分享到[：:]?.*|(?:微信)?扫一扫.*|(?:浏览|阅读|访问|点击)(?:次数|量|数)[：:]?\s*\d*|点击(?:蓝字|上方|下方)[^。]*?关注[^。]*|▲|(?:责任)?编辑[：:]\S*|(?:初审|复审|终审|审核|校对|监制|排版|美编)[：:]\S*|往期推荐|阅读原文|END|分享、点赞、在看.*|长按(?:识别)?二维码.*/;
/** A breadcrumb: 首页 > 政务公开 > 通知公告. */
const BREADCRUMB = /^[\s\u3000]*(?:当前位置|您的位置|您现在的位置|现在位置|所在位置)?[：:]?[\s\u3000]*[^\s>＞»→。，]{1,20}([\s\u3000]*[>＞»→][\s\u3000]*[^\s>＞»→。，]{1,20}){1,6}[\s\u3000]*$/;

/** Cheap test first: a line without any of these cannot be page furniture. */
const CHROME_HINT = /字体|打印|关闭|收藏|返回|纠错|保存|分享|扫一扫|次数|浏览量|阅读量|点击|编辑|审|校对|监制|排版|往期|原文|END|点赞|二维码|[>＞»→▲]/;

function isChromeLine(raw: string): boolean {
  if (!CHROME_HINT.test(raw) || !raw.trim()) return false;
  if (BREADCRUMB.test(raw) && /(首页|政务公开|信息公开|当前位置|您的位置|网|通知公告|政策文件)/.test(raw)) return true;
  return replaceEvery(raw, CHROME_TOKEN, '').replace(/[\s\u3000|｜·•]+/g, '') === '';
}

/** Decorations before a heading (◆ 一、…, 🔷二、…, ■ 三、…) and Markdown bold marks copied as text (**（一）…**). */
const LEADING_MARK = /^([\s\u3000]*)((?:[◆◇■□●▲△▶►▪▫★☆♦❖✦✧➤➢⇒]|\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*)+[\s\u3000]*)/u;
/** Whether the first visible character may be a decoration (shapes, arrows, emoji): the regular expression runs only then. */
function startsWithMark(line: string): boolean {
  const m = /[^\s\u3000]/.exec(line);
  if (!m) return false;
  const c = line.charCodeAt(m.index);
  return (c >= 0x2190 && c <= 0x2bff) || (c >= 0xd83c && c <= 0xd83e);
}

const BOLD_MARK = /\*\*(?=\S)|(?<=\S)\*\*/;

function blank(s: string): string {
  return ' '.repeat(s.length);
}

/** Blanks artefacts; returns the blanked line and whether the line was a footer / page break. */
function cleanLine(raw: string): { text: string; pageBreak: boolean } {
  if (raw.includes('\f')) {
    const rest = raw.replace(/\f/g, ' ');
    return { text: rest, pageBreak: rest.trim() === '' };
  }
  if (FOOTER_LINE.some((re) => re.test(raw))) return { text: blank(raw), pageBreak: true };
  if (isChromeLine(raw)) return { text: blank(raw), pageBreak: false };
  let text = replaceEvery(raw, ARTEFACT, blank);
  if (startsWithMark(text)) text = text.replace(LEADING_MARK, (_m, indent: string, mark: string) => indent + blank(mark));
  if (text.includes('**')) text = replaceEvery(text, BOLD_MARK, blank);
  if (text.includes('页')) text = replaceEvery(text, INLINE_FOOTER, blank);
  return { text, pageBreak: false };
}

export function prepareLines(text: string, toSimplified?: ToSimplified): { lines: PreparedLine[]; diagnostics: Diagnostic[] } {
  const raws = splitLines(text);
  const diagnostics: Diagnostic[] = [];
  const lines: PreparedLine[] = raws.map((raw, i) => {
    const { text: cleaned, pageBreak } = cleanLine(raw);
    let norm = foldWidth(cleaned);
    if (toSimplified) {
      const simp = toSimplified(norm);
      if (simp.length === norm.length) norm = simp;
    }
    findDamage(raw, i + 1, diagnostics);
    return { line: i + 1, text: cleaned, norm, pageBreak };
  });
  return { lines, diagnostics };
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
  for (let i = raw.indexOf('?'); i !== -1; i = raw.indexOf('?', i + 1)) {
    const prev = raw[i - 1];
    const next = raw[i + 1];
    if (prev === undefined || next === undefined || /[\sA-Za-z?]/.test(prev) || /[\sA-Za-z?]/.test(next)) continue;
    if (cjkContext(raw, i, -1) || cjkContext(raw, i, 1)) {
      out.push(diag('warning', 'encoding-damage', { context: raw.slice(Math.max(0, i - 4), i + 5) }, line, i + 1));
    }
  }
  for (let i = raw.indexOf('\ufffd'); i !== -1; i = raw.indexOf('\ufffd', i + 1)) {
    out.push(diag('warning', 'replacement-char', { context: raw.slice(Math.max(0, i - 4), i + 5) }, line, i + 1));
  }
}
