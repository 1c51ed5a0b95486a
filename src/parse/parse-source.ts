/**
 * The one entry to the parser: the bytes of a notice in, its records out.
 * Detects the format (by name, else by content), decodes, runs the reader for
 * the format (text, Markdown, HTML, Word), parses the lines, and maps positions
 * back into the source. Pure apart from loading the heavy readers on demand:
 * no file system, no process, no colour.
 */
import type { ParsedDocument } from '../model/notice.js';
import type { LineHint } from '../model/line-hint.js';
import { diag, type Diagnostic } from '../model/diagnostic.js';
import { parseNotice } from './parse-notice.js';
import { textWithoutLetterSpacing, textWithoutPinyin } from './prepare.js';
import { asWritten, foldAlphanumerics, plainSpaces } from './chars.js';
import { decodeBuffer, DecodeError, type EncodingName, isValidNonAsciiUtf8 } from './extract/decode.js';
import { loadToSimplified, looksTraditional, type ToSimplified } from './extract/traditional.js';
import { detectFormat, isRtf } from './extract/detect.js';
import { hasTextTable, readTextTables } from './extract/text.js';
import { mayHoldDelimitedTable, unquotedTables, type DelimitedParse } from './extract/delimited.js';
import { allMatches } from './lexicon/regex.js';
import { FormatError, remapPositions, type InputFormat, type SourceText } from './extract/source.js';

export type { InputFormat } from './extract/source.js';
export { INPUT_FORMATS } from './extract/detect.js';
export { ENCODINGS, type Decoded, type EncodingName, decodeBuffer, DecodeError } from './extract/decode.js';
export { hasTraditional, loadToSimplified } from './extract/traditional.js';

export interface SourceOptions {
  /** The notice's id in the output. */
  readonly id: string;
  /** The file name shown in the output (`<stdin>` for standard input). */
  readonly file: string;
  /** The name the format is detected by ('' for standard input: by content only). */
  readonly name: string;
  readonly encoding: EncodingName;
  /** Forces the reader; default: by extension, else by content. */
  readonly format?: InputFormat | undefined;
}

/**
 * The parsed notice (null when it could not be read at all), its diagnostics,
 * and `error`: the one error that makes it unusable as a notice (an
 * undecodable text, a damaged Word file, no numbered items …), which the CLI
 * prints as the notice's error line.
 */
export interface SourceResult {
  readonly value: ParsedDocument | null;
  readonly diagnostics: readonly Diagnostic[];
  readonly error: Diagnostic | null;
}

/** A notice that cannot be read: one error, with the code of its error line. */
function failed(code: string, params: Record<string, string | number> = {}): SourceResult {
  const error: Diagnostic = { severity: 'error', code, params };
  return { value: null, diagnostics: [error], error };
}

export async function parseSource(input: Uint8Array | NoticeBytes, opts: SourceOptions): Promise<SourceResult> {
  const source = input instanceof NoticeBytes ? input : new NoticeBytes(input);
  if (isRtf(source.peek())) return failed('rtf-unsupported');
  const format = opts.format ?? detectFormat(opts.name, source.peek());
  try {
    const doc = format === 'text' ? await parseTextBytes(source, opts) : format === 'doc' ? await parseLegacyWord(source.take(), opts) : await parseFormatted(format, source.take(), opts);
    return { value: doc, diagnostics: doc.diagnostics, error: fatalError(doc.diagnostics) };
  } catch (e) {
    if (e instanceof SourceFailure) return failed(e.code, e.params);
    if (e instanceof DecodeError) return failed(e.code, e.params);
    if (e instanceof FormatError) return failed(e.code, e.params);
    if (e instanceof RangeError) return failed('too-deep-markup');
    throw e;
  }
}

/**
 * A notice's bytes, handed to the parser to take: a caller that passes them so does not hold them through the
 * parse, and a text's are let go once decoded (on a large notice, as much memory again as its text).
 */
export class NoticeBytes {
  #bytes: Uint8Array | null;
  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /** The bytes, still held here. */
  peek(): Uint8Array {
    if (!this.#bytes) throw new Error('notice bytes already taken');
    return this.#bytes;
  }

  /** The bytes, held here no longer. */
  take(): Uint8Array {
    const bytes = this.peek();
    this.#bytes = null;
    return bytes;
  }
}

/** A notice that cannot be read; caught in `parseSource` and turned into its one error diagnostic. */
class SourceFailure extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

async function decodeText(bytes: Uint8Array, encoding: EncodingName): Promise<{ text: string; encoding: string; how: string; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  try {
    const decoded = await decodeBuffer(bytes, encoding);
    if (decoded.how === 'detected' && !decoded.encoding.startsWith('utf-16')) diagnostics.push(diag('decoded-as', { encoding: decoded.encoding }));
    if (decoded.how === 'forced' && /gb|big5/.test(encoding) && isValidNonAsciiUtf8(bytes)) diagnostics.push(diag('utf8-forced-legacy', { encoding }));
    return { text: decoded.text, encoding: decoded.encoding, how: decoded.how, diagnostics };
  } catch (e) {
    // a UTF-8 file forced to a legacy encoding that cannot decode it: say what the file is
    if (e instanceof DecodeError && e.code === 'undecodable' && /gb|big5/.test(encoding) && isValidNonAsciiUtf8(bytes)) throw new SourceFailure('utf8-forced-legacy', { encoding });
    throw e;
  }
}

/** The error that makes a parsed text unusable; a UTF-8 file decoded as a legacy encoding on request says so rather than "no numbered items". */
function fatalError(diagnostics: readonly Diagnostic[]): Diagnostic | null {
  const fatal = diagnostics.find((d) => d.severity === 'error');
  if (!fatal) return null;
  const forced = diagnostics.find((d) => d.code === 'utf8-forced-legacy');
  return forced ? { ...forced, severity: 'error' } : fatal;
}

interface TextFields {
  id: string;
  file: string;
  encoding: string;
  format?: string;
  diagnostics?: Diagnostic[];
  /** What the reader knows of its lines, by 0-based line index. */
  hints?: ReadonlyMap<number, LineHint>;
}

/** Decoded text → records; Traditional copies get a Simplified shadow for matching. */
async function parseDecoded(text: string, fields: TextFields): Promise<ParsedDocument> {
  const diagnostics = [...(fields.diagnostics ?? [])];
  let toSimplified;
  if (looksTraditional(text)) {
    toSimplified = await loadToSimplified();
    diagnostics.push(diag('traditional-script', {}));
  }
  return parseNotice(text, { ...fields, diagnostics, ...(toSimplified ? { toSimplified } : {}) });
}

/**
 * Text bytes → records. When a detected legacy decode finds no task and the
 * bytes read as UTF-8 (with some damage) do, the UTF-8 reading is used, with a
 * warning that says so.
 */
async function parseTextBytes(source: NoticeBytes, opts: SourceOptions): Promise<ParsedDocument> {
  let bytes: Uint8Array | null = source.take();
  const decoded = await decodeText(bytes, opts.encoding);
  const legacy = decoded.how === 'detected' && (decoded.encoding.startsWith('gb') || decoded.encoding === 'big5');
  // only a detected legacy reading may be tried again as UTF-8
  if (!legacy) bytes = null;
  const doc = await parseDecodedText(decoded, opts);
  if (!bytes || doc.tasks.length) return doc;
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const bad = utf8.split('\ufffd').length - 1;
  if (bad > utf8.length * 0.05) return doc;
  const other = await parseDecodedText({ text: utf8, encoding: 'utf-8', how: 'damaged-utf-8', diagnostics: [] }, opts);
  if (!other.tasks.length) return doc;
  return { ...other, diagnostics: [diag('decoded-instead', { tried: decoded.encoding, encoding: 'utf-8', tasks: other.tasks.length, bad }), ...other.diagnostics] };
}

/** HTML character references left in a text copied from a page's source: &nbsp; &ldquo; &#12288; &#x3000;. */
const CHARACTER_REFERENCE = /&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/i;
/** So many of them that the text is a page's source text, not a notice that mentions one. */
const REFERENCES_MIN = 3;

/**
 * The text with its HTML character references decoded (by the `entities` library, loaded only
 * then), a line at a time so that lines stay where they are; null when it holds too few.
 */
async function withoutCharacterReferences(text: string): Promise<{ text: string; count: number } | null> {
  if (!text.includes('&')) return null;
  const count = allMatches(CHARACTER_REFERENCE, text).length;
  if (count < REFERENCES_MIN) return null;
  // strictly: only references closed by ; (a web address's &copy=3 stays as written)
  const { decodeHTMLStrict } = await import('entities');
  const lines = text.split('\n').map((line) => (line.includes('&') ? decodeHTMLStrict(line).replace(/[\r\n]/g, ' ') : line));
  return { text: lines.join('\n'), count };
}

/** A table copied from Excel or saved as CSV (quoted cells, commas): its lines as a Word table's copy, csv-parse loaded only then. */
async function withTablesUnquoted(text: string): Promise<string> {
  if (!mayHoldDelimitedTable(text)) return text;
  const { parse } = await import('csv-parse/sync');
  return unquotedTables(text, parse as unknown as DelimitedParse);
}

/**
 * The text the readers read, whatever the format: spaces made plain, pinyin printed after characters dropped
 * (序號(hào), 責(zé)任單(dān)位 would hide a table's header words), and lines letter-spaced by a PDF's copy closed up.
 */
const readersText = (text: string): string => textWithoutLetterSpacing(plainSpaces(textWithoutPinyin(text)));

async function parseDecodedText(decoded: { text: string; encoding: string; how: string; diagnostics: Diagnostic[] }, opts: SourceOptions): Promise<ParsedDocument> {
  const references = await withoutCharacterReferences(decoded.text);
  if (references) decoded = { ...decoded, text: references.text, diagnostics: [...decoded.diagnostics, diag('html-entities', { count: references.count })] };
  const fields = { id: opts.id, file: opts.file, encoding: decoded.encoding, diagnostics: decoded.diagnostics };
  const text = readersText(await withTablesUnquoted(decoded.text));
  const tables = await forTableReaders(text);
  return hasTextTable(tables.text) ? parseTextTables(text, tables, fields) : parseDecoded(text, fields);
}

/**
 * The text as the table readers read it: its full-width digits and letters half-width (序号 cells written １, ２),
 * and a Traditional copy (序號、工作任務、責任單位) in Simplified characters, line by line; each line keeps its
 * length, so that the words and numbers are the ones the readers know and every place stays.
 */
async function forTableReaders(text: string): Promise<{ text: string; toSimplified?: ToSimplified }> {
  const folded = foldAlphanumerics(text);
  if (!looksTraditional(text)) return { text: folded };
  const toSimplified = await loadToSimplified();
  return { text: folded.split('\n').map(toSimplified).join('\n'), toSimplified };
}

/** A text holding a task table pasted as tab-separated lines, cells ended by |, or one cell a line: the tables read into typed lines, their positions mapped back to the text's. */
async function parseTextTables(text: string, tables: { text: string; toSimplified?: ToSimplified }, fields: TextFields): Promise<ParsedDocument> {
  const src = readTextTables(tables.text, fields.encoding, tables.toSimplified);
  // the lines go on in the copy's own characters (titles keep them)
  const lines = tables.text === text ? src.lines : asWritten(src.lines, text, tables.text);
  return remapPositions(await parseDecoded(lines.join('\n'), { ...fields, hints: src.hints }), src);
}

/**
 * A legacy Word file (.doc, .wps): its text is read as a text notice is (a
 * table's rows arrive as tab-separated lines), each paragraph a line. Word's
 * automatic list numbers are not in this text: a file with none left says so
 * in its error line rather than only "no numbered items".
 */
async function parseLegacyWord(bytes: Uint8Array, opts: SourceOptions): Promise<ParsedDocument> {
  const text = await (await import('./extract/doc.js')).readDocText(bytes);
  const doc = { ...(await parseDecodedText({ text, encoding: 'binary', how: 'doc', diagnostics: [] }, opts)), format: 'doc' };
  if (!doc.diagnostics.some((d) => d.code === 'no-numbered-items')) return doc;
  return { ...doc, diagnostics: doc.diagnostics.map((d) => (d.code === 'no-numbered-items' ? { ...d, code: 'doc-no-numbered-items' } : d)) };
}

async function parseFormatted(format: Exclude<InputFormat, 'text' | 'doc'>, bytes: Uint8Array, opts: SourceOptions): Promise<ParsedDocument> {
  const src = await readFormat(format, bytes, opts.encoding);
  const text = readersText(src.lines.join('\n'));
  const fields = { id: opts.id, file: opts.file, encoding: src.encoding ?? 'binary', format };
  // a table the reader did not see as one, written a cell a paragraph (a page's <p> per cell) or with | or tabs in
  // its paragraphs: read from the lines as a text copy's is, its positions mapped back through both
  const tables = src.hints.size ? null : await forTableReaders(text);
  const doc = tables && hasTextTable(tables.text) ? await parseTextTables(text, tables, fields) : await parseDecoded(text, { ...fields, hints: src.hints });
  return remapPositions(doc, src);
}

/** HTML, Markdown or Word → lines with source locations; the readers (cheerio, remark, JSZip) load only here. */
async function readFormat(format: Exclude<InputFormat, 'text' | 'doc'>, bytes: Uint8Array, encoding: EncodingName): Promise<SourceText> {
  if (format === 'html') return (await import('./extract/html.js')).readHtml(bytes, encoding);
  if (format === 'docx') return (await import('./extract/docx.js')).readDocx(bytes);
  if (format === 'pdf') return (await import('./extract/pdf.js')).readPdf(bytes);
  if (format === 'ofd') return (await import('./extract/ofd.js')).readOfd(bytes);
  const decoded = await decodeText(bytes, encoding);
  const src = await (await import('./extract/markdown.js')).readMarkdown(decoded.text, decoded.encoding);
  return { ...src, diagnostics: [...decoded.diagnostics, ...src.diagnostics] };
}
