/** Character classes and width-preserving normalisation used throughout the parser. */
import { replaceEvery } from './lexicon/regex.js';

/** CJK ideographs (BMP unified + extension A + compatibility). */
export function isCjk(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** CJK punctuation and full-width forms, curly quotes included. */
export function isCjkPunct(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65) || (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026;
}

/** Whitespace, including the ideographic space and no-break spaces. */
export const WS = '\\s\\u3000\\u00a0\\u2002-\\u200b\\ufeff';

/** Whether a UTF-16 code unit is whitespace of WS (JavaScript's \s and U+200B). */
export function isWsCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * How wide text sets, in full-width characters: a hard-wrapped line (a PDF's, or a copy of one) breaks at a width on
 * the page, where ASCII letters, digits and half-width punctuation take half a character (2020年 is three wide).
 */
export function textWidth(s: string, from = 0, to = s.length): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) ? 0.5 : 1;
  }
  return w;
}

/** Spaces a copy writes in other forms: no-break (a page's &nbsp;), en, em, thin, narrow no-break. */
const ODD_SPACE = /[\u00a0\u2002-\u200a\u202f\u205f]/;

/** A text with its odd spaces written as ASCII spaces, same length: cells set apart by &nbsp; are set apart. */
export function plainSpaces(s: string): string {
  return ODD_SPACE.test(s) ? replaceEvery(s, ODD_SPACE, ' ') : s;
}

/** Punctuation after which a line break is a paragraph break rather than a hard wrap. */
export const PARAGRAPH_END = '。！？；：!?;:…”’';

/**
 * Same-length normalisation for matching: full-width ASCII letters, digits and
 * a few punctuation marks become half-width, other characters stay. The result
 * has exactly the same length, so indices map one to one onto the source.
 */
export function foldWidth(s: string): string {
  if (!FOLDABLE.test(s)) return s;
  return replaceEvery(s, FOLDABLE, foldChar);
}

/** Full-width digits, letters and full stops: what a table's 序号 cells (１, ２．) and figures are written with in some copies. */
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e]/;

/** A text with its full-width digits, letters and full stops half-width, same length (１．→ 1.); nothing else changed. */
export function foldAlphanumerics(s: string): string {
  return FULL_WIDTH_ALNUM.test(s) ? replaceEvery(s, FULL_WIDTH_ALNUM, foldChar) : s;
}

/**
 * Lines read from a same-length normalised form of a text (Simplified, half-width), given back the text's own
 * characters: a normalised character that stands for one character throughout the text (单 for 單, 1 for １) is
 * written as that one; one that stands for two (发 for 發 and 髮), or somewhere for itself, stays as it is.
 */
export function asWritten(lines: readonly string[], raw: string, normalised: string): string[] {
  const back = new Map<string, string | null>();
  const n = Math.min(raw.length, normalised.length);
  for (let i = 0; i < n; i++) {
    const s = normalised.charAt(i);
    const r = raw.charAt(i);
    const was = back.get(s);
    if (s === r) back.set(s, null);
    else if (was === undefined) back.set(s, r);
    else if (was !== r) back.set(s, null);
  }
  return lines.map((line) => {
    let out = '';
    for (let i = 0; i < line.length; i++) {
      const ch = line.charAt(i);
      out += back.get(ch) ?? ch;
    }
    return out;
  });
}

const FOLDABLE = /[\uff10-\uff19\uff21-\uff3b\uff3d\uff41-\uff5a\uff0e\ufe52\u3000\u00a0\u2002-\u200b\u2028\u2029\ufeff\ua3a1-\ua3fe]/;

function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  // (and full-width square brackets, which hold a clause as [ ] do: ［牵头单位：…；责任单位：…］)
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3b) || c === 0xff3d || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0);
  // full-width full stop and small full stop are used as number separators
  if (c === 0xff0e || c === 0xfe52) return '.';
  // GB2312's full-width row (A3A1–A3FE: ，。；（）…) taken as code points comes out as Yi syllables
  // (ꎬ ꎮ) in text copied from some PDFs: read them as the full-width forms they stand for
  // (A3AE, the full-width full stop, ends sentences there: 。)
  if (c === 0xa3ae) return '。';
  if (c >= 0xa3a1 && c <= 0xa3fe) return String.fromCharCode(0xff01 + c - 0xa3a1);
  return ' ';
}


