/**
 * The parser: a decoded notice text in, a ParsedDocument out. Pure: no file
 * system, no process, no colour. Stages: prepare (lines, shadow) → segments →
 * metadata → structure (numbered items) → records (tasks, sections).
 */
import { diag, sortDiagnostics, type Diagnostic } from '../model/diagnostic.js';
import type { ParsedDocument } from '../model/notice.js';
import { prepareLines, type PreparedLine, type ToSimplified } from './prepare.js';
import { toSegments } from './segments.js';
import { readMetadata } from './metadata.js';
import { buildStructure } from './structure.js';
import { buildRecords, readLeadNotes, type Place } from './records.js';
import { isMinutes } from './item-clauses.js';
import { allMatches } from './lexicon/regex.js';

/** Minutes say so in their first lines (title, 纪要如下). */
const MINUTES_LINES = 40;
import { matchHeading } from './markers.js';
import { labelAtStart } from './clauses.js';
import { PARAGRAPH_END, textWidth } from './chars.js';
import { classify } from './classify.js';
import { splitEnumerations } from './enumeration.js';
import { assertNever, type NoticeLine } from './notice-line.js';
import { lastAtOrBefore, LineIndex, splitLines } from '../model/position.js';
import type { LineHint } from '../model/line-hint.js';

export interface ParseOptions {
  id: string;
  file: string;
  encoding?: string;
  format?: string;
  /** Traditional → Simplified converter (same length), given when the text is Traditional. */
  toSimplified?: ToSimplified;
  /** Diagnostics found before parsing (decoding, format conversion). */
  diagnostics?: Diagnostic[];
  /** What a reader knows of the lines it wrote (a table row's number, a unit cell), by 0-based line index. */
  hints?: ReadonlyMap<number, LineHint>;
}

/** A line's width without its indent and trailing spaces, to the nearest character (see textWidth). */
function trimmedWidth(line: PreparedLine): number {
  const start = line.norm.search(/\S/);
  if (start < 0) return 0;
  return Math.round(textWidth(line.text, start, line.norm.trimEnd().length));
}

/** Hard-wrapped text has many lines of one width that end without punctuation. */
export function estimateWrapWidth(lines: PreparedLine[]): number | null {
  const counts = new Map<number, number>();
  let candidates = 0;
  for (const [i, line] of lines.entries()) {
    const following = lines[i + 1];
    if (following === undefined) break;
    const cur = line.norm.trim();
    const next = following.norm.trim();
    if (cur.length < 15 || !next || PARAGRAPH_END.includes(cur.slice(-1))) continue;
    if (matchHeading(next) || labelAtStart(next)) continue;
    candidates++;
    const width = trimmedWidth(line);
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [len, c] of counts) {
    const around = c + (counts.get(len - 1) ?? 0) + (counts.get(len + 1) ?? 0);
    if (around > bestCount || (around === bestCount && best !== null && len > best)) {
      best = len;
      bestCount = around;
    }
  }
  if (best === null || bestCount < 3 || bestCount < candidates * 0.3) return null;
  // a hard-wrapped text has few lines longer than its width; where more lines run past it than stop at it (a page
  // whose paragraphs are each a line, and whose headings happen to share a length), nothing was wrapped
  const width = best;
  const longer = lines.filter((l) => trimmedWidth(l) > width + 2).length;
  return longer > bestCount ? null : best - 1;
}

/** A line longer than this is more than a paragraph: text flattened onto it. */
const FLAT_LINE = 300;

/** Whether a line (or a run of wrapped lines) of this length is the text flattened: longer than a paragraph, most of the text. */
const holdsMostOfText = (longest: number, total: number): boolean => longest > FLAT_LINE && longest > total * 0.5;

/** Whether a line runs to the text's wrap width, its text going on on the next line. */
function runsToWidth(line: PreparedLine, wrapWidth: number): boolean {
  return line.norm.trim().length > 0 && trimmedWidth(line) >= wrapWidth - 1;
}

/**
 * Whether a hard-wrapped text is a flattened one: its lines that run to the wrap width joined with the line after
 * them, one run holds most of the text (a page run onto one line, then wrapped when printed or copied).
 */
function flatOnceUnwrapped(lines: PreparedLine[], wrapWidth: number): boolean {
  let total = 0;
  let longest = 0;
  let longestMarks = 0;
  let run = 0;
  let marks = 0;
  for (const l of lines) {
    const len = l.norm.trim().length;
    total += len;
    run += len;
    marks += allMatches(INLINE_MARK, l.norm).length;
    if (run > longest) [longest, longestMarks] = [run, marks];
    if (!runsToWidth(l, wrapWidth)) run = marks = 0;
  }
  // (a long paragraph of an ordinary notice wrapped at its width holds no numbered items inside it)
  return holdsMostOfText(longest, total) && longestMarks >= INLINE_MARKS_MIN;
}

/** A heading's number inside a line after a sentence's end or a space (…。 1.推进, …）　　十四、): items numbered inside one paragraph. */
const INLINE_MARK = /(?<=[。；;：:！？）)][ \t\u3000]*|[ \t\u3000])(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,3}[.．、](?!\d))/;
/** The fewest such numbers that make a wrapped run a page run onto one line. */
const INLINE_MARKS_MIN = 2;

/** A text rewritten, and where each place of it stands in the source. */
interface Rewritten {
  text: string;
  origin: Place;
}

/**
 * The text with each line that runs to the wrap width joined to the line after it (the line break dropped, nothing
 * else changed), so that a flattened text hard-wrapped reads as the one line it was: a number or label the wrap cut
 * (（十 / 二）) whole again. Its places map back to the source's lines and columns.
 */
function unwrap(text: string, prepared: PreparedLine[], wrapWidth: number): Rewritten {
  const source = new LineIndex(text);
  const raws = splitLines(text);
  const out: string[] = [];
  // for each line of the joined text, the physical lines it holds: where each starts in it (0-based) and its number
  const starts: number[][] = [];
  const numbers: number[][] = [];
  // the spaces a copy's margin or a line's end put at a join (pdftotext's indent) go: they are no part of the line's text
  const skipped: number[][] = [];
  // the joined line's pieces and its length: a line of thousands of wrapped lines is joined once, at its end (trimming
  // the whole line before each join was a pass over it each time)
  let pieces: string[] = [];
  let length = 0;
  let at: number[] = [];
  let nums: number[] = [];
  let skip: number[] = [];
  for (let k = 0; k < raws.length; k++) {
    const raw = raws[k]!;
    const lead = at.length ? raw.length - raw.replace(/^ +/, '').length : 0;
    if (at.length) length -= trimTrailingSpaces(pieces);
    at.push(length);
    nums.push(k + 1);
    skip.push(lead);
    const piece = raw.slice(lead);
    pieces.push(piece);
    length += piece.length;
    const next = prepared[k + 1];
    if (next && next.norm.trim() && runsToWidth(prepared[k]!, wrapWidth)) continue;
    out.push(pieces.join(''));
    starts.push(at);
    numbers.push(nums);
    skipped.push(skip);
    [pieces, length, at, nums, skip] = [[], 0, [], [], []];
  }
  const origin: Place = (ln, column) => {
    const at = starts[ln - 1];
    if (!at) return source.point(text.length);
    const k = lastAtOrBefore(at, column - 1);
    return source.point(source.offset(numbers[ln - 1]![k]!, column - at[k]! + skipped[ln - 1]![k]!) ?? text.length);
  };
  return { text: out.join('\n'), origin };
}

/** Drops the spaces that end the last of the pieces (and the pieces they empty): how many were dropped. */
function trimTrailingSpaces(pieces: string[]): number {
  let dropped = 0;
  while (pieces.length) {
    const last = pieces[pieces.length - 1]!;
    let end = last.length;
    while (end > 0 && last.charCodeAt(end - 1) === 0x20) end--;
    dropped += last.length - end;
    if (end > 0) {
      pieces[pieces.length - 1] = last.slice(0, end);
      break;
    }
    pieces.pop();
  }
  return dropped;
}

/** A diagnostic found in a rewritten text, placed where it stands in the source. */
function placedAt(d: Diagnostic, origin: Place): Diagnostic {
  if (d.line === undefined) return d;
  const p = origin(d.line, d.column ?? 1);
  return d.column === undefined ? { ...d, line: p.line } : { ...d, line: p.line, column: p.column };
}

function layout(lines: PreparedLine[], sharedCopy: boolean): { flattened: boolean; doubleSpaced: boolean } {
  let total = 0;
  let longest = 0;
  let blank = 0;
  let nonBlank = 0;
  for (const l of lines) {
    const len = l.norm.trim().length;
    if (len === 0) {
      if (!l.pageBreak) blank++;
      continue;
    }
    nonBlank++;
    total += len;
    longest = Math.max(longest, len);
  }
  // one line holding most of the text, or a document-sharing site's copy (a page a line)
  const flattened = sharedCopy || holdsMostOfText(longest, total);
  return { flattened, doubleSpaced: nonBlank > 4 && blank >= nonBlank * 0.6 };
}


/**
 * What each source line is, as the classify pass sees it: one entry per
 * source line, the kinds of its pieces (blank, furniture, meta:title,
 * numbered 一、, label 责任单位, body …). For golden files and debugging.
 */
export function describeLines(text: string, toSimplified?: ToSimplified): string[] {
  const { lines: prepared } = prepareLines(text, toSimplified);
  const { roles, segments } = readMetadata(toSegments(prepared));
  const byLine = new Map<number, string[]>();
  for (const line of splitEnumerations(classify(segments, roles))) {
    const kinds = byLine.get(line.seg.line) ?? [];
    kinds.push(describeLine(line));
    byLine.set(line.seg.line, kinds);
  }
  const raw = splitLines(text);
  // a line with text but no piece was blanked as furniture (a page footer, web chrome)
  return prepared.map((p, i) => byLine.get(p.line)?.join(' | ') ?? (p.pageBreak || (raw[i] ?? '').trim() !== '' ? 'furniture' : 'blank'));
}

function describeLine(line: NoticeLine): string {
  switch (line.kind) {
    case 'meta':
      return `meta:${line.field}`;
    case 'numbered':
      return `numbered ${line.mark.token}`;
    case 'label':
      return `label ${line.label.kind}:${line.label.role} ${line.label.text}`;
    case 'attachment-list':
    case 'attachment-start':
    case 'body':
      return line.kind;
    default:
      return assertNever(line);
  }
}

/**
 * The prepared lines read for what they say of the whole (metadata, wrap width, layout, lead notes, minutes) and
 * turned into segments. The prepared lines are dropped when it returns, before the structure is built: on a large
 * notice they are as much memory as its text again.
 */
function readLines(text: string, opts: ParseOptions, typed: ReadonlySet<number>, mayUnwrap: boolean) {
  const { lines: prepared, diagnostics: damage, sharedCopy } = prepareLines(text, opts.toSimplified, typed);
  const spacing = layout(prepared, sharedCopy);
  // a double-spaced copy's wrapped lines stand a blank line apart
  const wrapWidth = estimateWrapWidth(spacing.doubleSpaced ? prepared.filter((l) => l.norm.trim()) : prepared);
  if (mayUnwrap && !typed.size && !spacing.flattened && wrapWidth !== null && flatOnceUnwrapped(prepared, wrapWidth)) return { unwrapped: unwrap(text, prepared, wrapWidth) };
  const { meta, roles, segments } = readMetadata(toSegments(prepared), typed);
  return {
    damage,
    meta,
    roles,
    segments,
    layout: { wrapWidth, ...spacing },
    notes: readLeadNotes(text, () => prepared.map((l) => l.norm)),
    minutes: isMinutes(prepared.slice(0, MINUTES_LINES).map((l) => l.norm)),
  };
}

/**
 * The structure, with what the lines say of the whole: the passes' intermediate arrays (segments, typed lines) are
 * dropped when it returns, before records are built (on a large notice they are several times its size). Or, for a
 * flattened text hard-wrapped (see flatOnceUnwrapped), the text with its wrapped lines joined, to be read instead.
 */
function structureOf(text: string, opts: ParseOptions, mayUnwrap: boolean) {
  // a line a reader typed (a table's cell) is the source's own text: never page furniture or metadata
  const typed = new Set([...(opts.hints?.keys() ?? [])].map((i) => i + 1));
  const read = readLines(text, opts, typed, mayUnwrap);
  if (read.unwrapped) return { unwrapped: read.unwrapped };
  const { damage, meta, roles, segments, layout: lay, notes, minutes } = read;
  const structure = buildStructure(splitEnumerations(classify(segments, roles, opts.hints)), lay);
  return { damage, meta, structure, notes, minutes };
}

export function parseNotice(text: string, opts: ParseOptions): ParsedDocument {
  return parseText(text, opts, true);
}

/** `origin`: where the places of `text` stand in the source, when `text` is the source rewritten (its wrapped lines joined). */
function parseText(text: string, opts: ParseOptions, mayUnwrap: boolean, origin?: Place): ParsedDocument {
  const read = structureOf(text, opts, mayUnwrap);
  if (read.unwrapped) return parseText(read.unwrapped.text, opts, false, read.unwrapped.origin);
  const { damage, meta, structure, notes, minutes } = read;
  const records = buildRecords(structure, text, notes, minutes, origin);
  const found = [...damage, ...structure.diagnostics, ...records.diagnostics];
  const diagnostics: Diagnostic[] = [...(opts.diagnostics ?? []), ...(origin ? found.map((d) => placedAt(d, origin)) : found)];
  if (!structure.items.length) diagnostics.push(diag('no-numbered-items', {}));
  else if (!records.tasks.length) diagnostics.push(diag('no-tasks', { items: structure.items.length }));
  return {
    id: opts.id,
    file: opts.file,
    encoding: opts.encoding ?? 'utf-8',
    format: opts.format ?? 'text',
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    signedDate: meta.signedDate,
    publishedDate: meta.publishedDate,
    addressees: meta.addressees,
    sections: records.sections,
    tasks: records.tasks,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
