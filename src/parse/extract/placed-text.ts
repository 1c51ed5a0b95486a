/**
 * Text placed on a page, read into a table's cells: how pieces join on a line (a justified piece's spaces, words set
 * apart) and how wide a line's start is, to tell a line wrapped at a cell's edge from one broken on purpose. Shared by
 * the reader of drawn tables and the reader of tables from where their text stands.
 */
import type { TextItem } from './positioned.js';

/** A piece whose every character stands apart (市 政 府 办: a justified line of a narrow cell), as opposed to names set apart. */
const EVERY_CHARACTER_APART = /^(?:\S[ \u3000]+){2,}\S$/;

/** A justified piece's text without the spaces that spread its characters. */
export const withoutJustifying = (text: string): string => (EVERY_CHARACTER_APART.test(text) ? text.replace(/[ \u3000]+/g, '') : text);

/**
 * Whether a piece stands apart from the text before it (which ended at `end`) as a word does: by a quarter of a
 * character or more (names in a cell set apart by spaces); between Chinese text and a number or a Latin word, by
 * half of one, since word processors set that much apart of themselves.
 */
export function setApart(before: string, end: number, piece: string, it: TextItem): boolean {
  const latin = /[\x21-\x7e]$/.test(before) || /^[\x21-\x7e]/.test(piece);
  return it.x - end >= Math.max(it.height, 1) / (latin ? 2 : 4);
}

/** Characters a line may not start with (a comma, a closing bracket): they go over with the character before them. */
export const NO_LINE_START = /^[，。、；：！？,.;:!?）)」』”’》〉%％]+/;

/**
 * How wide the start of a line is that could not have stood at the end of the line before: its first character (a
 * full square for Chinese text) or its first run of digits and letters (half a square each, unbreakable), with the
 * punctuation that may not start a line after it.
 */
export function firstWidth(line: { text: string; em: number }): number {
  const word = /^[0-9A-Za-z.%]+/.exec(line.text)?.[0];
  const rest = line.text.slice(word ? word.length : 1);
  const closing = NO_LINE_START.exec(rest)?.[0].length ?? 0;
  return (word ? (word.length * line.em) / 2 : line.em) + closing * line.em;
}
