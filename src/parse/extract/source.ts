/**
 * A notice read from HTML, Markdown or Word becomes lines of text for the one
 * parser, each line carrying the place it came from in the original: a line
 * and column (text, Markdown, HTML), a paragraph (Word), or a table row and
 * cell. After parsing, task and diagnostic positions are mapped back.
 */
import { splitLines } from '../../model/position.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/notice.js';
import type { LineHint } from '../../model/line-hint.js';
import { matchHeading } from '../markers.js';

export type InputFormat = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf' | 'ofd';

export interface SourceLocation {
  /** Line (and column) in the source file: text, Markdown, HTML. */
  line?: number;
  column?: number;
  /** Word: 1-based paragraph number in document order (table cells included). */
  paragraph?: number;
  /** PDF: the 1-based page; `line` is then the line on that page. */
  page?: number;
  /** 1-based table number, row and cell within it. */
  table?: number;
  row?: number;
  cell?: number;
  /** HTML: the element the text came from. */
  element?: string;
  /** Text: the line is the source line itself, so columns stay true and no `source` is added. */
  verbatim?: boolean;
}

export interface SourceText {
  format: InputFormat;
  lines: string[];
  locations: SourceLocation[];
  diagnostics: Diagnostic[];
  /** The encoding the source was decoded from, when it was text. */
  encoding?: string;
  /** What the reader knows of each line it wrote (a table row's number, a unit cell), by line index; absent for lines it passed through. */
  hints: ReadonlyMap<number, LineHint>;
}

export class LineSink {
  readonly lines: string[] = [];
  readonly locations: SourceLocation[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly hints = new Map<number, LineHint>();

  /** Adds text; its pieces between line breaks become lines. `consecutive`: they stand on consecutive source lines. */
  push(text: string, loc: SourceLocation, consecutive = false): void {
    splitLines(text).forEach((piece, k) => {
      this.lines.push(piece);
      this.locations.push(consecutive && k > 0 && loc.line !== undefined ? { line: loc.line + k, column: 1 } : loc);
    });
  }

  /** Adds one line the reader typed (a table row's heading, a unit or deadline cell): the hint goes with its first piece. */
  pushTyped(text: string, loc: SourceLocation, hint: LineHint, consecutive = false): void {
    this.hints.set(this.lines.length, hint);
    this.push(text, loc, consecutive);
  }

  /**
   * Adds a cell's text as body: each of its lines a paragraph of the row's task, none a heading of its own
   * (a task cell's numbered measures, 1.完成… / 2.实施…, name no units of their own: the row is the task).
   */
  pushBody(text: string, loc: SourceLocation): void {
    splitLines(text).forEach((piece) => this.pushTyped(piece, loc, { kind: 'paragraph' }));
  }

  /** A blank line: a paragraph boundary. */
  blank(): void {
    const last = this.lines.at(-1);
    if (last !== undefined && last.trim() !== '') this.push('', this.locations.at(-1) ?? {});
  }

  result(format: InputFormat, encoding?: string): SourceText {
    return { format, lines: this.lines, locations: this.locations, diagnostics: this.diagnostics, hints: this.hints, ...(encoding === undefined ? {} : { encoding }) };
  }
}

/** The line the parser saw (1-based) → the place in the source; `line` is the source line, or the Word paragraph. */
export function remapPositions(doc: ParsedDocument, src: SourceText): ParsedDocument {
  const at = (line: number | undefined) => (line === undefined ? undefined : src.locations[line - 1]);
  const lineOf = (loc: SourceLocation | undefined, fallback: number) => loc?.line ?? loc?.paragraph ?? fallback;
  const remapDiag = (d: Diagnostic): Diagnostic => {
    if (d.line === undefined) return d;
    const loc = at(d.line);
    if (!loc) return d;
    // verbatim locations always carry their line (text.ts)
    if (loc.verbatim) return { ...d, line: loc.line ?? d.line };
    const out: Diagnostic = { ...d, line: lineOf(loc, d.line), source: loc };
    if (loc.line === undefined || loc.column === undefined) delete out.column;
    else if (d.column !== undefined) out.column = loc.column;
    return out;
  };
  const sourceOf = (loc: SourceLocation | undefined) => (loc && !loc.verbatim ? { source: loc } : {});
  const remapSections = (sections: ParsedDocument['sections']): ParsedDocument['sections'] =>
    sections.map((s) => ({ ...s, line: lineOf(at(s.line), s.line), ...sourceOf(at(s.line)), children: remapSections(s.children) }));
  return {
    ...doc,
    format: src.format,
    // a span counts in the text the parser read: it stays only where that text is the source's own lines
    tasks: doc.tasks.map((t) => withoutSyntheticSpan({ ...t, line: lineOf(at(t.line), t.line), ...sourceOf(at(t.line)) }, at(t.line))),
    sections: remapSections(doc.sections),
    diagnostics: [...src.diagnostics, ...doc.diagnostics.map(remapDiag)],
  };
}

function withoutSyntheticSpan<T extends { span?: unknown }>(task: T, loc: SourceLocation | undefined): T {
  if (loc?.verbatim) return task;
  const rest = { ...task };
  delete rest.span;
  return rest;
}

/** A notice that cannot be read in its format (a damaged Word file, a page with no article): one error line. */
export class FormatError extends Error {
  constructor(
    public code: string,
    public params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}


/**
 * How deep elements may nest in a page, and lists and quotes in Markdown. Real
 * notices nest a few dozen levels at most; the parsers (parse5, remark) take
 * time that grows faster than the depth, so deeper input is refused before they
 * run, with one line (`too-deep-markup`).
 */
export const MAX_HTML_DEPTH = 512;
export const MAX_MARKDOWN_DEPTH = 64;

/**
 * A numbered heading set in bold, up to its end: a number and a phrase with no closing punctuation (（一）培育龙头骨干企业).
 * Where such a run opens a paragraph and its body runs on after it, the bold's end is the page's own boundary.
 */
export function isBoldHeading(text: string): boolean {
  const t = text.trim();
  const mark = matchHeading(t);
  return mark !== null && t.length - mark.length >= 2 && !/[。：:；;，,！？!?]$/.test(t);
}

/** What marks that boundary in the text read: a wide space, which ends a title as a page's own wide space does. */
export const HEADING_GAP = '\u3000';
