/**
 * Heading numbers: GB/T 9704-2012 §7.3.3 (一、 / （一） / 1. / （1）) and the
 * variants found in practice, with their rung on the ladder
 * 第X部分 > 第X章 > 第X节 > 第X条 > 一、 > （一） > 1. > （1） > ①.
 * Styles outside the ladder get their rank from where they first appear.
 */
import { compiledPattern, stickyMatcher } from './lexicon/regex.js';
import { CN_DIGITS, CN_NUMERAL_CHARS, circledValue, fullStopDigitValue, parenthesizedIdeographValue, parenthesizedValue, parseChineseNumeral, ROMAN, toChineseNumeral } from './lexicon/numerals.js';

export { circledValue, parseChineseNumeral, toChineseNumeral, toCircled } from './lexicon/numerals.js';

export type NumberStyle =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'cn'
  | 'cnParen'
  | 'num'
  /** 2.1 and 2.1.3, as emergency plans and standards number their sections: below 2., above （1）. */
  | 'dotted'
  | 'dotted3'
  | 'numParen'
  | 'circled'
  | 'numHalfParen'
  | 'alpha'
  | 'alphaParen'
  | 'roman'
  /** 一是…二是… inline in running text: only where each of them carries its own unit clause (enumeration.ts). */
  | 'enum';

/** Fixed ranks of the ladder; smaller is outer. `null` = takes its rank from first appearance. */
export const LADDER_RANK: Record<NumberStyle, number | null> = {
  part: -1,
  chapter: 0,
  section: 0.5,
  article: 1,
  cn: 2,
  cnParen: 3,
  num: 4,
  dotted: 4.3,
  dotted3: 4.6,
  numParen: 5,
  circled: 6,
  numHalfParen: null,
  alpha: null,
  alphaParen: null,
  roman: null,
  enum: null,
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

const S = '[ \\t]*';
const CN = `[${CN_NUMERAL_CHARS}]{1,4}`;
// All patterns are matched at a position (sticky) and run on width-folded text (full-width digits and ．﹒ already ASCII).
// text copied from a PDF may space a number's characters (第 2 0 条, 第 1  0 条 as a layout copy writes it): two blanks
// between them at most
const atOrdinal = stickyMatcher(compiledPattern(`第${S}([${CN_NUMERAL_CHARS}](?:[ \\t]{0,2}[${CN_NUMERAL_CHARS}]){0,3}|\\d(?:[ \\t]{0,2}\\d){0,3})${S}(部${S}分|章|节|条|编)`));
const atCn = stickyMatcher(compiledPattern(`(${CN})${S}[、.](?![、.])`));
// 一，总体目标 (a comma for the 、, as OCR reads it or a typist writes it): at a line's start, before a Chinese word only
// (之一，, 第一， inside a sentence are none; nor is 一，二，三 an enumeration)
const atCnComma = stickyMatcher(compiledPattern(`(${CN})[，,]${S}(?=[\\u4e00-\\u9fa5])(?![${CN_NUMERAL_CHARS}][，,、])`));
// (-) and (=), OCR's reading of （一） and （二）
const atDashParen = stickyMatcher(/[（(][ \t]*([-—－=＝])[ \t]*[）)]/);
// （一）、 as scraped copies write it: the 、 after the bracket belongs to the number
const atCnParen = stickyMatcher(compiledPattern(`[（(]${S}(${CN})${S}[）)](?:${S}、(?![、（(]))?`));
// 【一】 as a copy of an article on a social-media account numbers its parts (the rank of 一、)
const atCnBlack = stickyMatcher(compiledPattern(`【${S}(${CN})${S}】`));
// 1。 as well: scraped copies put a full stop after the number
// a year after the dot is no decimal: 4.2024年农村公路… is item 4, and 1.0400年底前… where a copy garbled the year;
// a private-use character for the mark (1\uE010突破…): a symbol font's glyph, a list number's dot, that the copy could not map
// and 1 .实现… as a copy from a PDF spaces it, before Chinese text only (1 .5亿元 is no number); not before a
// lower-case word (8.html, 3.shtml: the tail of an address a wrap cut)
const atNum = stickyMatcher(/(\d{1,3})(?:[ \t]*[、。\uE000-\uF8FF]|\.(?!\d|[a-z]{2})|\.(?=\d{4}年)|[ \t]+\.(?=[\u4e00-\u9fa5“《（(]))/);
const atNumParen = stickyMatcher(/[（(][ \t]*(\d{1,3})[ \t]*[）)](?:[ \t]*、(?![、（(]))?/);
const atNumHalf = stickyMatcher(/(\d{1,3})[）)]/);
/**
 * A number padded to two digits and set apart by spaces (01 项目名称:…, 02 …, 10 …), as a page's list of projects numbers
 * them; not a count, a measure or a time (12 个, 20 日, 15 条, 50 公里, 3 倍), nor a page's decoration before a part's own
 * number (01 一、基础设施互联互通).
 */
const atPaddedNum = stickyMatcher(/(0[1-9]|[1-9]\d)[ \t\u3000]+(?=[\u4e00-\u9fa5])(?![年月日时分秒个家户人次元万亿千百余多天周届岁条件批种类所名位份套台辆座栋处场期轮世公米吨亩平立瓦床张株棵头只斤倍成]|项(?!目)|[一二三四五六七八九十]{1,3}[、.．]|第)/);
const atAlpha = stickyMatcher(/([a-zA-Z])[.、](?![a-zA-Z0-9])/);
// 2.1 / 2.1.3 at a line's start before a heading's Chinese text (2.2应急工作组, 1.3 事件分级); not an amount (1.5亿元, 2.5万人)
const atDotted = stickyMatcher(/(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.．%])[ \t\u3000]*(?=[\u4e00-\u9fa5])(?![万亿千百元倍个米吨亩件项次人户家所座台辆条天年月日岁分秒度公平立])/);
// OCR's readings at a line's start, before Chinese text: l. for 1. (a lower-case L), 3, for 3. (a comma for the dot)
const atOcrOne = stickyMatcher(/l[ \t]*[.、][ \t]*(?=[\u4e00-\u9fa5])/);
const atNumComma = stickyMatcher(/(\d{1,2})[,，][ \t]*(?=[\u4e00-\u9fa5])/);
const atAlphaParen = stickyMatcher(/[（(]([a-zA-Z])[）)]/);
const atRoman = stickyMatcher(/([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])[、.]?/);

const ORDINAL_STYLE: Record<string, NumberStyle> = { 部分: 'part', 编: 'part', 章: 'chapter', 节: 'section', 条: 'article' };

function spacesAfter(s: string, pos: number): number {
  let end = pos;
  while (s[end] === ' ' || s[end] === '\t') end++;
  return end - pos;
}

const YEAR_AFTER = /^\d{4}年/;

function mark(style: NumberStyle, value: number, token: string, s: string, pos: number, len: number): HeadingMark | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  const end = pos + len;
  const ws = spacesAfter(s, end);
  // a year right after a number (1.2024年…) reads as the item's text, not as a quantity (1、2号楼);
  // after a space (2. 2022年…, an attachment list) it stays in doubt
  const after = s.slice(end + ws, end + ws + 5);
  return { style, value, token, length: len + ws, digitAfter: /^\d/.test(after) && !(ws === 0 && YEAR_AFTER.test(after)) };
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
    // the number (group 1) and the kind word (group 2, one of ORDINAL_STYLE's keys) are not optional
    if ((m = atOrdinal(s, pos))) {
      const style = ORDINAL_STYLE[m[2]!.replace(/[ \t]/g, '')];
      if (style) return mark(style, parseChineseNumeral(m[1]!.replace(/[ \t]/g, '')), m[0].replace(/[ \t]/g, ''), s, pos, m[0].length);
    }
    return null;
  }
  // in every pattern below group 1, the number, is not optional
  if (c === '（' || c === '(') {
    if ((m = atCnParen(s, pos))) return mark('cnParen', parseChineseNumeral(m[1]!), `（${m[1]}）`, s, pos, m[0].length);
    if ((m = atDashParen(s, pos))) {
      const value = /[=＝]/.test(m[1]!) ? 2 : 1;
      return mark('cnParen', value, `（${toChineseNumeral(value)}）`, s, pos, m[0].length);
    }
    if ((m = atNumParen(s, pos))) return mark('numParen', Number(m[1]), `（${Number(m[1])}）`, s, pos, m[0].length);
    if ((m = atAlphaParen(s, pos))) return mark('alphaParen', alphaValue(m[1]!), `（${m[1]}）`, s, pos, m[0].length);
    return null;
  }
  if (c >= '0' && c <= '9') {
    if ((m = atNum(s, pos))) {
      const n = Number(m[1]);
      return mark('num', n, `${n}.`, s, pos, m[0].length);
    }
    if (atLineStart(s, pos) && (m = atDotted(s, pos))) {
      const three = m[3] !== undefined;
      const value = Number(three ? m[3] : m[2]);
      return mark(three ? 'dotted3' : 'dotted', value, three ? `${m[1]}.${m[2]}.${m[3]}` : `${m[1]}.${m[2]}`, s, pos, m[0].length);
    }
    if ((m = atNumHalf(s, pos))) {
      const n = Number(m[1]);
      return mark('numHalfParen', n, `${n}）`, s, pos, m[0].length);
    }
    // (padded: the first of such a list is 01, and a number of two digits goes on from it)
    if ((m = atPaddedNum(s, pos))) {
      const n = Number(m[1]);
      return mark('num', n, `${n}.`, s, pos, m[0].length);
    }
    if (atLineStart(s, pos) && (m = atNumComma(s, pos))) {
      const n = Number(m[1]);
      return mark('num', n, `${n}.`, s, pos, m[0].length);
    }
    return null;
  }
  if (CN_DIGITS[c] !== undefined || c === '十') {
    if ((m = atCn(s, pos))) {
      // 一、二、三产业 is an enumeration in running text, not a heading
      if (/^[〇零一二两三四五六七八九十]、/.test(s.slice(pos + m[0].length, pos + m[0].length + 2))) return null;
      return mark('cn', parseChineseNumeral(m[1]!), `${m[1]}、`, s, pos, m[0].length);
    }
    if (atLineStart(s, pos) && (m = atCnComma(s, pos))) return mark('cn', parseChineseNumeral(m[1]!), `${m[1]}、`, s, pos, m[0].length);
    return null;
  }
  if (c === '【') {
    m = atCnBlack(s, pos);
    return m ? mark('cn', parseChineseNumeral(m[1]!), `【${m[1]}】`, s, pos, m[0].length) : null;
  }
  const circled = circledValue(c);
  if (!Number.isNaN(circled)) return mark('circled', circled, c, s, pos, 1);
  // a photo's caption numbered in an inspection bulletin (图①：…。责任单位：县交通局。): an item numbered ①
  if (c === '图') {
    const pictured = circledValue(s[pos + 1] ?? '');
    return !Number.isNaN(pictured) && /[：:]/.test(s[pos + 2] ?? '') ? mark('circled', pictured, s[pos + 1]!, s, pos, 3) : null;
  }
  // ⑴…⒇ are （1）…（20） in one character, ⒈…⒛ are 1.…20.
  const parenthesized = parenthesizedValue(c);
  if (!Number.isNaN(parenthesized)) return mark('numParen', parenthesized, `（${parenthesized}）`, s, pos, 1);
  // ㈠…㈩ are （一）…（十） in one character
  const ideograph = parenthesizedIdeographValue(c);
  if (!Number.isNaN(ideograph)) return mark('cnParen', ideograph, `（${toChineseNumeral(ideograph)}）`, s, pos, 1);
  const fullStop = fullStopDigitValue(c);
  if (!Number.isNaN(fullStop)) return mark('num', fullStop, `${fullStop}.`, s, pos, 1);
  if (ROMAN[c] !== undefined && (m = atRoman(s, pos))) return mark('roman', ROMAN[c], `${c}、`, s, pos, m[0].length);
  if (c === 'l' && atLineStart(s, pos) && (m = atOcrOne(s, pos))) return mark('num', 1, '1.', s, pos, m[0].length);
  if (/[a-zA-Z]/.test(c) && (m = atAlpha(s, pos))) {
    // Only CJK text may follow: `a.` before English words is prose, not numbering.
    const next = s[pos + m[0].length];
    if (next !== undefined && /[\u4e00-\u9fff“《（(]/.test(next)) return mark('alpha', alphaValue(m[1]!), `${m[1]}.`, s, pos, m[0].length);
  }
  return null;
}

/** Whether `pos` opens a line of `s`: marks that OCR misreads are taken there only. */
const atLineStart = (s: string, pos: number): boolean => pos === 0 || s[pos - 1] === '\n';

function alphaValue(ch: string): number {
  return ch.toLowerCase().charCodeAt(0) - 96;
}

/**
 * A task reference as people write it in a report, numbers with or without
 * their separators (2.1.1, 二（一）1, 二、（一）1., 第十一条) → the dotted id,
 * or null when it is not numbering.
 */
export function numberingToId(written: string): string | null {
  const s = written.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+(\.\d+)*$/.test(s)) return s.split('.').map(Number).join('.');
  const parts: number[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s.charAt(i);
    if ('、.．,，﹒。 \t'.includes(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    const rest = s.slice(i);
    // group 1, the number, is not optional in either pattern
    if ((m = new RegExp(`^[（(]\\s*([${CN_NUMERAL_CHARS}]+|\\d+)\\s*[）)]`).exec(rest))) {
      parts.push(parseChineseNumeral(m[1]!));
    } else if ((m = new RegExp(`^第([${CN_NUMERAL_CHARS}]+|\\d+)(?:部分|章|节|条|编)`).exec(rest))) {
      parts.push(parseChineseNumeral(m[1]!));
    } else if ((m = new RegExp(`^[${CN_NUMERAL_CHARS}]+`).exec(rest)) || (m = /^\d+/.exec(rest))) {
      parts.push(parseChineseNumeral(m[0]));
    } else if (!Number.isNaN(circledValue(ch))) {
      m = [ch] as unknown as RegExpExecArray;
      parts.push(circledValue(ch));
    } else {
      return null;
    }
    i += m[0].length;
  }
  if (!parts.length || parts.some((p) => !Number.isFinite(p) || p <= 0)) return null;
  return parts.join('.');
}

/** Words right after a number that make it a reference to an item, not a heading: （一）至（三）项, 第三条规定的. */
// a joining word counts only before another number (（一）至（三）, 1和2): 1.及时…, 一、和谐… are headings
const REFERENCE_AFTER = /^(?:(?:至|到|和|或|与|及)\s*[（(]?(?:第?[\d０-９一二三四五六七八九十]+)|项(?![目])|款(?![项])|中所|所列|所述|规定|提到|的规定|的)/;

/** Whether the text right after a number makes the number a reference to an item. */
export function isItemReference(after: string): boolean {
  return REFERENCE_AFTER.test(after.slice(0, 4));
}
