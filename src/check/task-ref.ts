/**
 * Task references as people write them in reports: the parser's id (2.1.1), or
 * the numbering as written (二（一）1, 二、（一）1., 第十一条) → the id.
 */
import { circledValue, parseChineseNumeral } from '../parse/markers.js';

const CN = '〇零一二两三四五六七八九十百';

/** The numbering written as text → dotted id, or null when it is not numbering. */
export function numberingToId(written: string): string | null {
  const s = written.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+(\.\d+)*$/.test(s)) return s.split('.').map(Number).join('.');
  const parts: number[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if ('、.．,，﹒。 \t'.includes(ch)) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    const rest = s.slice(i);
    if ((m = new RegExp(`^[（(]\\s*([${CN}]+|\\d+)\\s*[）)]`).exec(rest))) {
      parts.push(parseChineseNumeral(m[1]));
    } else if ((m = new RegExp(`^第([${CN}]+|\\d+)(?:部分|章|节|条|编)`).exec(rest))) {
      parts.push(parseChineseNumeral(m[1]));
    } else if ((m = new RegExp(`^[${CN}]+`).exec(rest)) || (m = /^\d+/.exec(rest))) {
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
