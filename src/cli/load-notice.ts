/**
 * Notice loading at the edge: read the bytes (a file or stdin), hand them to
 * the parser's one entry (`parseSource`), annotate the units with the
 * registries, and turn a notice that cannot be read into one error line.
 */
import { basename, extname } from 'node:path';
import type { ParsedDocument } from '../model/notice.js';
import { NoticeBytes, parseSource, type EncodingName, type InputFormat, type SourceOptions, type SourceResult } from '../parse/parse-source.js';
import { collectGarbage, COLLECT_AFTER_BYTES, tightenHeap } from './memory.js';
import { asInputError, InputError, type Io, readInput, reportError, STDIN } from './io.js';
import { displayPath } from './paths.js';
import type { Lang } from '../i18n.js';
import type { RegistrySelector } from './registry-loader.js';
import { annotateUnits } from '../units/annotate.js';

export interface LoadOptions {
  encoding: EncodingName;
  /** Forces the reader; default: by extension, else by content. */
  inputFormat?: InputFormat | undefined;
  id?: string | undefined;
  /** Registries to annotate the units with (canonical name, registry id). */
  registries?: RegistrySelector | undefined;
  /** The name standard input stands for (--stdin-filename). */
  stdinName?: string | undefined;
}

export function defaultId(path: string): string {
  if (path === STDIN) return 'stdin';
  const base = basename(path);
  return base.slice(0, base.length - extname(base).length) || base;
}

export async function loadNotice(path: string, io: Io, opts: LoadOptions): Promise<ParsedDocument> {
  const stdin = path === STDIN;
  const named = stdin ? opts.stdinName : path;
  const { result, large } = await parseBytes(new NoticeBytes(await readInput(path, io)), {
    id: opts.id ?? defaultId(named ?? path),
    file: named ?? '<stdin>',
    name: named ?? '',
    encoding: opts.encoding,
    format: opts.inputFormat,
  });
  const { value, error } = result;
  if (!value || error) throw new InputError(error?.code ?? 'no-numbered-items', error?.params ?? {});
  // a large notice's intermediate records go before anything is built on top of them, the registry's copy of its
  // tasks first (see memory.ts)
  if (large) collectGarbage();
  const doc = opts.registries ? annotateUnits(value, opts.registries.for(value)) : value;
  return doc;
}

/** The parse of a notice's bytes, and whether it was large; the parser takes the bytes, and a text's are let go once decoded. */
async function parseBytes(bytes: NoticeBytes, opts: SourceOptions): Promise<{ result: SourceResult; large: boolean }> {
  const large = bytes.peek().length >= COLLECT_AFTER_BYTES;
  if (large) tightenHeap();
  return { result: await parseSource(bytes, opts), large };
}

/** Several notices: each bad one is its line on stderr, the others are loaded. */
export async function loadNotices(
  paths: string[],
  io: Io,
  opts: { encoding: EncodingName; lang: Lang; registries?: RegistrySelector | undefined; inputFormat?: InputFormat | undefined; quiet?: boolean | undefined },
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
  uniqueIds(docs, io, opts.lang, opts.quiet);
  return { docs, bad };
}

/** Notices with the same id (two files called notice.txt) get `~2`, `~3` … so that their findings stay apart. */
export function uniqueIds(docs: ParsedDocument[], io: Io, lang: Lang, quiet = false): void {
  const seen = new Map<string, number>();
  docs.forEach((d, i) => {
    const n = (seen.get(d.id) ?? 0) + 1;
    seen.set(d.id, n);
    if (n > 1) {
      const id = `${d.id}~${n}`;
      if (!quiet) reportError(io, lang, d.file, 'duplicate-notice-id', { id: d.id, renamed: id });
      docs[i] = { ...d, id };
    }
  });
}
