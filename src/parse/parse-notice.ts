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

/** Minutes say so in their first lines (title, 纪要如下). */
const MINUTES_LINES = 40;
import { commonIndent, estimateWrapWidth, flatOnceUnwrapped, holdsMostOfText, unwrap } from './unwrap.js';
import { classify } from './classify.js';
import { splitEnumerations } from './enumeration.js';
import { assertNever, type NoticeLine } from './notice-line.js';
import { splitLines } from '../model/position.js';
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
  // a hard-wrapped text is read with its wrapped lines joined: a flattened one as the one line it was, any other
  // paragraph by paragraph (items numbered inside a paragraph, 1.X（区发展改革委）；2. 202 / 3年…, are whole again)
  if (mayUnwrap && !typed.size && !spacing.flattened && wrapWidth !== null) {
    const flat = flatOnceUnwrapped(prepared, wrapWidth);
    // (a double-spaced copy's wrapped lines stand a blank line apart: the structure reads them on, as it did)
    if (flat || !spacing.doubleSpaced) return { unwrapped: unwrap(text, prepared, wrapWidth, flat ? null : { margin: commonIndent(prepared) }) };
  }
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
