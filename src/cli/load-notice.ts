/**
 * Notice loading at the edge: bytes from a file or stdin, decoded, converted
 * for matching when written in Traditional characters, then parsed by the
 * pure core. Problems become InputErrors (one line, exit 2).
 */
import { basename, extname } from 'node:path';
import { parseNotice } from '../core/parse.js';
import type { ParsedDocument } from '../core/model.js';
import { diag, type Diagnostic } from '../core/diagnostics.js';
import { decodeBuffer, DecodeError, type EncodingName, isValidNonAsciiUtf8 } from '../text/decode.js';
import { loadToSimplified, looksTraditional } from '../text/traditional.js';
import { asInputError, InputError, type Io, readInput, reportError, STDIN } from './io.js';
import { displayPath } from './paths.js';
import type { Lang } from '../i18n.js';
import type { RegistrySelector } from './registry-loader.js';
import { annotateUnits } from '../units/annotate.js';
import { detectFormat, isRtf } from '../formats/detect.js';
import { hasTextTable, readTextTables } from '../formats/text.js';
import { remapPositions, type InputFormat, type SourceText } from '../formats/source.js';

export interface LoadOptions {
  encoding: EncodingName;
  /** Forces the reader; default: by extension, else by content. */
  inputFormat?: InputFormat;
  id?: string;
  /** Registries to annotate the units with (canonical name, registry id). */
  registries?: RegistrySelector;
}

export function defaultId(path: string): string {
  if (path === STDIN) return 'stdin';
  const base = basename(path);
  return base.slice(0, base.length - extname(base).length) || base;
}

export async function decodeInput(bytes: Buffer, encoding: EncodingName): Promise<{ text: string; encoding: string; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  try {
    const decoded = await decodeBuffer(bytes, encoding);
    if (decoded.how === 'detected' && !decoded.encoding.startsWith('utf-16')) diagnostics.push(diag('info', 'decoded-as', { encoding: decoded.encoding }));
    if (decoded.how === 'forced' && /gb|big5/.test(encoding) && isValidNonAsciiUtf8(bytes)) diagnostics.push(diag('warning', 'utf8-forced-legacy', { encoding }));
    return { text: decoded.text, encoding: decoded.encoding, diagnostics };
  } catch (e) {
    // a UTF-8 file forced to a legacy encoding that cannot decode it: say what the file is
    if (e instanceof DecodeError && e.code === 'undecodable' && /gb|big5/.test(encoding) && isValidNonAsciiUtf8(bytes)) throw new InputError('utf8-forced-legacy', { encoding });
    if (e instanceof DecodeError) throw new InputError(e.code, e.params);
    throw e;
  }
}

export async function parseText(text: string, fields: { id: string; file: string; encoding: string; format?: string; diagnostics?: Diagnostic[] }): Promise<ParsedDocument> {
  const diagnostics = [...(fields.diagnostics ?? [])];
  let toSimplified;
  if (looksTraditional(text)) {
    toSimplified = await loadToSimplified();
    diagnostics.push(diag('info', 'traditional-script', {}));
  }
  const doc = parseNotice(text, { ...fields, toSimplified, diagnostics });
  const fatal = doc.diagnostics.find((d) => d.severity === 'error');
  if (fatal) {
    // a UTF-8 file decoded as a legacy encoding on request: say so rather than "no numbered items"
    const forced = diagnostics.find((d) => d.code === 'utf8-forced-legacy');
    throw forced ? new InputError(forced.code, forced.params) : new InputError(fatal.code, fatal.params);
  }
  return doc;
}

export async function loadNotice(path: string, io: Io, opts: LoadOptions): Promise<ParsedDocument> {
  const bytes = await readInput(path, io);
  if (isRtf(bytes)) throw new InputError('rtf-unsupported');
  const format = opts.inputFormat ?? detectFormat(path === STDIN ? '' : path, bytes);
  const fields = { id: opts.id ?? defaultId(path), file: path === STDIN ? '<stdin>' : path };
  let doc: ParsedDocument;
  if (format === 'text') {
    const decoded = await decodeInput(bytes, opts.encoding);
    const fieldsText = { ...fields, encoding: decoded.encoding, diagnostics: decoded.diagnostics };
    if (hasTextTable(decoded.text)) {
      // a task table pasted as tab-separated lines, or one cell per line
      const src = readTextTables(decoded.text, decoded.encoding);
      doc = remapPositions(await parseText(src.lines.join('\n'), fieldsText), src);
    } else doc = await parseText(decoded.text, fieldsText);
  } else {
    const src = await readFormat(format, bytes, opts.encoding);
    doc = remapPositions(await parseText(src.lines.join('\n'), { ...fields, encoding: src.encoding ?? 'binary', format }), src);
  }
  return opts.registries ? annotateUnits(doc, opts.registries.for(doc)) : doc;
}

/** HTML, Markdown or Word → lines with source locations; the readers (cheerio, remark, JSZip) load only here. */
async function readFormat(format: Exclude<InputFormat, 'text'>, bytes: Buffer, encoding: EncodingName): Promise<SourceText> {
  try {
    if (format === 'html') return await (await import('../formats/html.js')).readHtml(bytes, encoding);
    if (format === 'docx') return await (await import('../formats/docx.js')).readDocx(bytes);
    const decoded = await decodeInput(bytes, encoding);
    const src = await (await import('../formats/markdown.js')).readMarkdown(decoded.text, decoded.encoding);
    return { ...src, diagnostics: [...decoded.diagnostics, ...src.diagnostics] };
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof DecodeError) throw new InputError(e.code, e.params);
    const err = e as { code?: string; params?: Record<string, string | number> };
    if (e instanceof Error && err.code && /^(html|docx)-/.test(err.code)) throw new InputError(err.code, err.params ?? {});
    if (e instanceof RangeError) throw new InputError('too-deep-markup', {});
    throw e;
  }
}

/** Several notices: each bad one is its line on stderr, the others are loaded. */
export async function loadNotices(
  paths: string[],
  io: Io,
  opts: { encoding: EncodingName; lang: Lang; registries?: RegistrySelector; inputFormat?: InputFormat },
): Promise<{ docs: ParsedDocument[]; bad: boolean }> {
  const docs: ParsedDocument[] = [];
  let bad = false;
  for (const p of paths) {
    try {
      const doc = await loadNotice(p, io, { encoding: opts.encoding, registries: opts.registries, inputFormat: opts.inputFormat });
      docs.push({ ...doc, file: displayPath(doc.file, io.cwd) });
    } catch (e) {
      const err = asInputError(e);
      reportError(io, opts.lang, displayPath(p, io.cwd), err.code, err.params);
      bad = true;
    }
  }
  uniqueIds(docs, io, opts.lang);
  return { docs, bad };
}

/** Notices with the same id (two files called notice.txt) get `~2`, `~3` … so that their findings stay apart. */
export function uniqueIds(docs: ParsedDocument[], io: Io, lang: Lang): void {
  const seen = new Map<string, number>();
  docs.forEach((d, i) => {
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    if (n > 1) {
      const id = `${d.id}~${n}`;
      reportError(io, lang, d.file, 'duplicate-notice-id', { id: d.id, renamed: id });
      docs[i] = { ...d, id };
    }
  });
}
