/**
 * A piece of source text carried as two strings of the same length: `r`, the
 * text as written (Traditional characters and full-width digits kept), and
 * `n`, its normalised shadow used for matching. Every cut is made on both.
 */
import { isWsCode } from './chars.js';
import { topLevelSeparators } from './lexicon/brackets.js';

export interface TwinText {
  r: string;
  n: string;
}

export function span(r: string, n: string = r): TwinText {
  return { r, n: n.length === r.length ? n : r };
}

/**
 * Most lines need no normalising, and then `r` and `n` are one string: cuts and
 * joins keep them one (half the strings, half the copying on large notices).
 */
export function sliceTwin(s: TwinText, start: number, end?: number): TwinText {
  if (s.r === s.n) {
    const both = s.r.slice(start, end);
    return { r: both, n: both };
  }
  return { r: s.r.slice(start, end), n: s.n.slice(start, end) };
}

/** Trims the whitespace of WS from both ends, scanning inward (a regex anchored at the end would try every position). */
export function trimTwin(s: TwinText): TwinText {
  const n = s.n;
  let start = 0;
  while (start < n.length && isWsCode(n.charCodeAt(start))) start++;
  if (start === n.length) return start === 0 ? s : { r: '', n: '' };
  let end = n.length;
  while (isWsCode(n.charCodeAt(end - 1))) end--;
  return start === 0 && end === n.length ? s : sliceTwin(s, start, end);
}

export function concatTwins(a: TwinText, b: TwinText, sep = ''): TwinText {
  const r = a.r + sep + b.r;
  return { r, n: a.r === a.n && b.r === b.n ? r : a.n + sep + b.n };
}


/**
 * Splits at the given separator characters outside brackets (（）()〔〕[]【】《》“”).
 * Returns the pieces and the separator that followed each piece ('' for the last).
 */
export function splitTopLevel(s: TwinText, seps: string): { part: TwinText; sep: string }[] {
  const out: { part: TwinText; sep: string }[] = [];
  let last = 0;
  for (const i of topLevelSeparators(s.n, seps)) {
    out.push({ part: sliceTwin(s, last, i), sep: s.n.charAt(i) });
    last = i + 1;
  }
  out.push({ part: sliceTwin(s, last), sep: '' });
  return out;
}
