/**
 * Heading numbers: GB/T 9704-2012 §7.3.3 (一、 / （一） / 1. / （1）) and the
 * variants found in practice, with their rung on the ladder
 * 第X部分 > 第X章 > 第X节 > 第X条 > 一、 > （一） > 1. > （1） > ①.
 * Styles outside the ladder get their rank from where they first appear.
 */
import { stickyMatcher } from './lexicon/regex.js';

export type NumberStyle =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'cn'
  | 'cnParen'
  | 'num'
  | 'numParen'
  | 'circled'
  | 'numHalfParen'
  | 'alpha'
  | 'alphaParen'
  | 'roman';

/** Fixed ranks of the ladder; smaller is outer. `null` = takes its rank from first appearance. */
export const LADDER_RANK: Record<NumberStyle, number | null> = {
  part: -1,
  chapter: 0,
  section: 0.5,
  article: 1,
  cn: 2,
  cnParen: 3,
  num: 4,
  numParen: 5,
  circled: 6,
  numHalfParen: null,
  alpha: null,
  alphaParen: null,
  roman: null,
};

export interface HeadingMark {
  style: NumberStyle;
  /** Integer value of the number. */
  value: number;
  /** Normalised token, e.g. `（一）`, `1.`, `第十一条`. */
  token: string;
  /** Characters consumed in the source, trailing spaces included. */
  length: number;
  /** True when the separator is directly followed by a digit (`3、4月`), a weak heading. */
  digitAfter: boolean;
}
const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses Chinese numerals up to 999 (一, 十二, 二十, 九十九, 一百零一); NaN when not a numeral. */
export function parseChineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(s)) return NaN;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGITS[ch];
    }
  }
  return total + current;
}

const DIGITS = '〇一二三四五六七八九';

/** 1–99 in Chinese numerals, as numbers are written in headings: 一, 十, 十二, 二十, 九十九. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

/** A circled number ①–㊿ for n, or null beyond 50. */
export function toCircled(n: number): string | null {
  for (let i = 0; i < CIRCLED_START.length; i++) {
    if (n >= CIRCLED_BASE[i] && n < CIRCLED_BASE[i] + CIRCLED_SPAN[i]) return String.fromCharCode(CIRCLED_START[i] + n - CIRCLED_BASE[i]);
  }
  return null;
}

/** The value of a circled number (① → 1), or NaN. */
export function circledValue(ch: string): number {
  const c = ch.charCodeAt(0);
  for (let i = 0; i < CIRCLED_START.length; i++) {
    if (c >= CIRCLED_START[i] && c < CIRCLED_START[i] + CIRCLED_SPAN[i]) return CIRCLED_BASE[i] + c - CIRCLED_START[i];
  }
  return NaN;
}

const CIRCLED_START = [0x2460, 0x3251, 0x32b1]; // ①-⑳, ㉑-㉟, ㊱-㊿
const CIRCLED_SPAN = [20, 15, 15];
const CIRCLED_BASE = [1, 21, 36];


const ROMAN: Record<string, number> = { Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5, Ⅵ: 6, Ⅶ: 7, Ⅷ: 8, Ⅸ: 9, Ⅹ: 10, Ⅺ: 11, Ⅻ: 12 };

const S = '[ \\t]*';
const CN = '[〇零一二两三四五六七八九十百]{1,4}';
// All patterns are matched at a position (sticky) and run on width-folded text (full-width digits and ．﹒ already ASCII).
const atOrdinal = stickyMatcher(new RegExp(`第${S}(${CN}|\\d{1,4})${S}(部分|章|节|条|编)`));
const atCn = stickyMatcher(new RegExp(`(${CN})${S}[、.](?![、.])`));
const atCnParen = stickyMatcher(new RegExp(`[（(]${S}(${CN})${S}[）)]`));
const atNum = stickyMatcher(/(\d{1,3})(?:[ \t]*、|\.(?!\d))/);
const atNumParen = stickyMatcher(/[（(][ \t]*(\d{1,3})[ \t]*[）)]/);
const atNumHalf = stickyMatcher(/(\d{1,3})[）)]/);
const atAlpha = stickyMatcher(/([a-zA-Z])[.、](?![a-zA-Z0-9])/);
const atAlphaParen = stickyMatcher(/[（(]([a-zA-Z])[）)]/);
const atRoman = stickyMatcher(/([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])[、.]?/);

const ORDINAL_STYLE: Record<string, NumberStyle> = { 部分: 'part', 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' };

function spacesAfter(s: string, pos: number): number {
  let end = pos;
  while (s[end] === ' ' || s[end] === '\t') end++;
  return end - pos;
}

function mark(style: NumberStyle, value: number, token: string, s: string, pos: number, len: number): HeadingMark | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  const end = pos + len;
  const ws = spacesAfter(s, end);
  return { style, value, token, length: len + ws, digitAfter: /\d/.test(s[end + ws] ?? '') };
}

/**
 * Recognises a heading number at `pos` of the width-folded text `s`.
 * Returns null when the text there is not a heading number (e.g. `1.5亿元`, `2018年`).
 */
export function matchHeading(s: string, pos = 0): HeadingMark | null {
  const c = s[pos];
  if (c === undefined) return null;
  let m: RegExpExecArray | null;
  if (c === '第') {
    if ((m = atOrdinal(s, pos))) {
      const style = ORDINAL_STYLE[m[2]];
      return mark(style, parseChineseNumeral(m[1]), m[0].replace(/[ \t]/g, ''), s, pos, m[0].length);
    }
    return null;
  }
  if (c === '（' || c === '(') {
    if ((m = atCnParen(s, pos))) return mark('cnParen', parseChineseNumeral(m[1]), `（${m[1]}）`, s, pos, m[0].length);
    if ((m = atNumParen(s, pos))) return mark('numParen', Number(m[1]), `（${Number(m[1])}）`, s, pos, m[0].length);
    if ((m = atAlphaParen(s, pos))) return mark('alphaParen', alphaValue(m[1]), `（${m[1]}）`, s, pos, m[0].length);
    return null;
  }
  if (c >= '0' && c <= '9') {
    if ((m = atNum(s, pos))) {
      const n = Number(m[1]);
      return mark('num', n, `${n}.`, s, pos, m[0].length);
    }
    if ((m = atNumHalf(s, pos))) {
      const n = Number(m[1]);
      return mark('numHalfParen', n, `${n}）`, s, pos, m[0].length);
    }
    return null;
  }
  if (CN_DIGITS[c] !== undefined || c === '十') {
    if ((m = atCn(s, pos))) {
      // 一、二、三产业 is an enumeration in running text, not a heading
      if (/^[〇零一二两三四五六七八九十]、/.test(s.slice(pos + m[0].length, pos + m[0].length + 2))) return null;
      return mark('cn', parseChineseNumeral(m[1]), `${m[1]}、`, s, pos, m[0].length);
    }
    return null;
  }
  const circled = circledValue(c);
  if (!Number.isNaN(circled)) return mark('circled', circled, c, s, pos, 1);
  if (ROMAN[c] !== undefined && (m = atRoman(s, pos))) return mark('roman', ROMAN[c], `${c}、`, s, pos, m[0].length);
  if (/[a-zA-Z]/.test(c) && (m = atAlpha(s, pos))) {
    // Only CJK text may follow: `a.` before English words is prose, not numbering.
    const next = s[pos + m[0].length];
    if (next !== undefined && /[\u4e00-\u9fff“《（(]/.test(next)) return mark('alpha', alphaValue(m[1]), `${m[1]}.`, s, pos, m[0].length);
  }
  return null;
}

function alphaValue(ch: string): number {
  return ch.toLowerCase().charCodeAt(0) - 96;
}

