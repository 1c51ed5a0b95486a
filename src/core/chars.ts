/** Character classes and width-preserving normalisation used throughout the parser. */

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
const wsRe = new RegExp(`[${WS}]`);
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && wsRe.test(ch);
}

/** Punctuation that closes a sentence or a clause list item. */
export const SENTENCE_END = '。！？!?';
/** Punctuation after which a line break is a paragraph break rather than a hard wrap. */
export const PARAGRAPH_END = '。！？；：!?;:…”’';

/**
 * Same-length normalisation for matching: full-width ASCII letters, digits and
 * a few punctuation marks become half-width, other characters stay. The result
 * has exactly the same length, so indices map one to one onto the source.
 */
export function foldWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
      out += String.fromCharCode(c - 0xfee0);
    } else if (c === 0xff0e || c === 0xfe52) {
      // full-width full stop and small full stop used as number separators
      out += '.';
    } else if (c === 0x3000 || c === 0x00a0 || (c >= 0x2002 && c <= 0x200a)) {
      out += ' ';
    } else if (c === 0x200b || c === 0xfeff) {
      out += ' ';
    } else {
      out += s[i];
    }
  }
  return out;
}

/** Full-width → ASCII for brackets and separators, used when normalising unit names and tokens. */
export function toFullWidthBrackets(s: string): string {
  return s.replace(/\(/g, '（').replace(/\)/g, '）');
}

export function trimSpaces(s: string): string {
  return s.replace(new RegExp(`^[${WS}]+|[${WS}]+$`, 'g'), '');
}
