/**
 * Positions in a decoded source, as unist and vfile have them: `line` and
 * `column` 1-based, `offset` 0-based, all in UTF-16 code units. The one
 * definition of a line break lives here; every reader and the parser split
 * lines with `splitLines`, so a line number means the same thing everywhere.
 */

export interface Point {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset into the decoded text, in UTF-16 code units. */
  readonly offset: number;
}

/** A range of the source: `end` points just past the last character. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/**
 * A line break: CRLF, CR or LF, as editors, git and vfile count lines.
 * U+2028 and U+2029 are not breaks: editors on Windows show them inside the
 * line, so counting them would put every later position one line off. The
 * parser reads them as spaces.
 */
export const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of a text, by the one definition of a line break. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The index of the last of the ascending `starts` at or before `at` (0 when none is): a binary search. */
export function lastAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Offsets ↔ points for one text; built once, each lookup a binary search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // the common case: LF only, found by indexOf rather than character by character
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
      if (c === 0x0a || c === 0x0d) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The point of an offset (clamped into the text). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const lo = lastAtOrBefore(this.starts, o);
    return { line: lo + 1, column: o - (this.starts[lo] ?? 0) + 1, offset: o };
  }

  /** The offset of a 1-based line and column, or undefined when the line does not exist. */
  offset(line: number, column = 1): number | undefined {
    const start = this.starts[line - 1];
    return start === undefined ? undefined : start + column - 1;
  }
}
