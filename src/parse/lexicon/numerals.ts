/**
 * Numerals of heading numbers: Chinese (一 … 九十九, 一百零一), circled (①–㊿)
 * and Roman (Ⅰ–Ⅻ); reading and writing them.
 */

/** Characters of Chinese numerals (〇 and 零 for zero, 两 for two, 十 and 百). */
export const CN_NUMERAL_CHARS = '〇零一二两三四五六七八九十百';
const CN_NUMERAL_ONLY = new RegExp(`^[${CN_NUMERAL_CHARS}]+$`);

export const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Parses Chinese numerals up to 999 (一, 十二, 二十, 九十九, 一百零一); NaN when not a numeral. */
export function parseChineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!CN_NUMERAL_ONLY.test(s)) return NaN;
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
      current = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + current;
}

const DIGITS = '〇一二三四五六七八九';

/** 1–99 in Chinese numerals, as numbers are written in headings: 一, 十, 十二, 二十, 九十九. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return DIGITS.charAt(n);
  if (n < 20) return `十${n % 10 ? DIGITS.charAt(n % 10) : ''}`;
  if (n < 100) return `${DIGITS.charAt(Math.floor(n / 10))}十${n % 10 ? DIGITS.charAt(n % 10) : ''}`;
  return String(n);
}

/** A circled number ①–㊿ for n, or null beyond 50. */
export function toCircled(n: number): string | null {
  for (const { start, span, base } of CIRCLED_RANGES) {
    if (n >= base && n < base + span) return String.fromCharCode(start + n - base);
  }
  return null;
}

/** The value of a circled number (① → 1), or NaN. */
export function circledValue(ch: string): number {
  const c = ch.charCodeAt(0);
  for (const { start, span, base } of CIRCLED_RANGES) {
    if (c >= start && c < start + span) return base + c - start;
  }
  return NaN;
}

/** The blocks of circled numbers: first code point, how many, and the number of the first. */
const CIRCLED_RANGES = [
  { start: 0x2460, span: 20, base: 1 }, // ①-⑳
  { start: 0x3251, span: 15, base: 21 }, // ㉑-㉟
  { start: 0x32b1, span: 15, base: 36 }, // ㊱-㊿
] as const;


export const ROMAN: Readonly<Record<string, number>> = { Ⅰ: 1, Ⅱ: 2, Ⅲ: 3, Ⅳ: 4, Ⅴ: 5, Ⅵ: 6, Ⅶ: 7, Ⅷ: 8, Ⅸ: 9, Ⅹ: 10, Ⅺ: 11, Ⅻ: 12 };

/** The value of a parenthesized number in one character (⑴ → 1 … ⒇ → 20), or NaN. */
export function parenthesizedValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2473 : NaN;
}

/** The value of a parenthesized ideograph (㈠ → 1 … ㈩ → 10: （一）…（十） in one character), or NaN. */
export function parenthesizedIdeographValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0x3220 && c <= 0x3229 ? c - 0x321f : NaN;
}

/** The value of a number with a full stop in one character (⒈ → 1 … ⒛ → 20), or NaN. */
export function fullStopDigitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 0x2488 && c <= 0x249b ? c - 0x2487 : NaN;
}
