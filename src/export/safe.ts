/**
 * Text from reports and notices shown to people: control characters (ESC,
 * BEL, NUL …) must not reach a terminal or a pull-request comment as they are.
 */
import { replaceEvery } from '../parse/lexicon/regex.js';

/** Control characters, and the bidirectional overrides and isolates that make text display other than it is (CVE-2021-42574). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Text with its line breaks and tabs kept and every other control character (ESC, BEL, C1) shown as � (CWE-150): CSV cells, workflow commands. */
export function withoutControls(s: string): string {
  return replaceEvery(s, CONTROL, '\ufffd');
}

/** One line for a terminal: line breaks and tabs as spaces, other control characters as �. */
export function oneLine(s: string): string {
  return replaceEvery(s.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' '), CONTROL, '\ufffd');
}

/**
 * Text for Markdown: no control characters, HTML shown as text, Markdown
 * syntax (* _ ` [ ] ~) shown as written, @mentions that notify nobody.
 */
export function mdText(s: string): string {
  return replaceEvery(s, CONTROL, '\ufffd')
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_`[\]~]/g, '\\$&')
    .replace(/@(?=\w)/g, '@\u200b');
}
