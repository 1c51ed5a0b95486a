/**
 * A piece of source text carried as two strings of the same length: `r`, the
 * text as written (Traditional characters and full-width digits kept), and
 * `n`, its normalised shadow used for matching. Every cut is made on both.
 */
import { WS } from './chars.js';
import { listBracketCode } from './lexicon/brackets.js';

export interface TwinText {
  r: string;
  n: string;
}

export function span(r: string, n: string = r): TwinText {
  return { r, n: n.length === r.length ? n : r };
}

export function sliceTwin(s: TwinText, start: number, end?: number): TwinText {
  return { r: s.r.slice(start, end), n: s.n.slice(start, end) };
}

const LEAD_WS = new RegExp(`^[${WS}]+`);
const TRAIL_WS = new RegExp(`[${WS}]+$`);

export function trimTwin(s: TwinText): TwinText {
  const lead = LEAD_WS.exec(s.n)?.[0].length ?? 0;
  const trail = TRAIL_WS.exec(s.n)?.[0].length ?? 0;
  if (lead === 0 && trail === 0) return s;
  if (lead >= s.n.length) return { r: '', n: '' };
  return sliceTwin(s, lead, s.n.length - trail);
}

export function concatTwins(a: TwinText, b: TwinText, sep = ''): TwinText {
  return { r: a.r + sep + b.r, n: a.n + sep + b.n };
}


/**
 * Splits at the given separator characters outside brackets (（）()〔〕[]【】《》“”).
 * Returns the pieces and the separator that followed each piece ('' for the last).
 */
export function splitTopLevel(s: TwinText, seps: string): { part: TwinText; sep: string }[] {
  const out: { part: TwinText; sep: string }[] = [];
  let depth = 0;
  let last = 0;
  const n = s.n;
  for (let i = 0; i < n.length; i++) {
    const bracket = listBracketCode(n.charCodeAt(i));
    if (bracket > 0) depth++;
    else if (bracket < 0) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(n.charAt(i))) {
      out.push({ part: sliceTwin(s, last, i), sep: n.charAt(i) });
      last = i + 1;
    }
  }
  out.push({ part: sliceTwin(s, last), sep: '' });
  return out;
}
