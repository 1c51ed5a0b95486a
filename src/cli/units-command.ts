/** `policy-check units`: who does what in a notice. */
import type { ParsedDocument } from '../model/notice.js';
import type { EncodingName } from '../parse/parse-source.js';
import type { Lang } from '../i18n.js';
import { NoticeIndex } from '../check/notice-index.js';
import { unitTasks } from '../units/summary.js';
import type { UnitsView } from '../export/units-formats.js';
import { emitOrReport, type Io, type Output, outputWidth, reportError } from './io.js';
import { loadNotices } from './load-notice.js';
import { registriesOrReport } from './registry-loader.js';
import { expandInputs, outputIsInput } from './inputs.js';
import { hasTraditional, loadToSimplified } from '../parse/parse-source.js';
import { colorEnabled, paintFor } from './color.js';
import type { InputFormat } from '../parse/parse-source.js';

export interface UnitsOptions {
  unit?: string | undefined;
  matrix?: boolean | undefined;
  /** No warning lines on stderr (a renamed notice id); error lines stay. */
  quiet?: boolean | undefined;
  format: 'table' | 'json' | 'csv' | 'md';
  output?: string | undefined;
  encoding: EncodingName;
  outputEncoding: 'utf-8' | 'gb18030';
  bom: boolean;
  lang: Lang;
  color?: boolean | undefined;
  registry?: string[] | undefined;
  inputFormat?: InputFormat | undefined;
}

/** The notice's names a written name stands for: itself, or what it resolves to (a full or old name, a member of a collective). */
function resolveUnit(doc: ParsedDocument, notice: NoticeIndex, written: string): { unit: string; covers: string[] } | null {
  const names = new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.name)));
  if (names.has(written)) return { unit: written, covers: [written] };
  const res = notice.resolveUnit(written);
  return res.unit ? { unit: res.unit, covers: notice.coversOf(res.unit, res.collective) } : null;
}

export async function runUnits(paths: string[], opts: UnitsOptions, io: Io): Promise<number> {
  const expanded = await expandInputs(paths, io, opts.lang);
  const files = expanded.files;
  if (outputIsInput(opts.output, files, io, opts.lang)) return 2;
  if (opts.unit !== undefined && opts.matrix) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'unit-with-matrix' });
    return 2;
  }
  const registries = await registriesOrReport(opts.registry, io, opts.lang);
  if (!registries) return 2;
  const { docs, bad } = await loadNotices(files, io, { encoding: opts.encoding, lang: opts.lang, registries, inputFormat: opts.inputFormat, quiet: opts.quiet });
  // a name typed in Traditional characters is matched in Simplified
  const written = opts.unit !== undefined && hasTraditional(opts.unit) ? (await loadToSimplified())(opts.unit) : (opts.unit ?? '');
  let failed = bad || expanded.bad;
  const views = new Map<ParsedDocument, UnitsView>();
  for (const doc of docs) {
    if (opts.unit === undefined) {
      views.set(doc, opts.matrix ? { kind: 'matrix' } : { kind: 'summary' });
      continue;
    }
    const notice = new NoticeIndex(doc, registries.for(doc));
    const found = resolveUnit(doc, notice, written);
    if (!found) {
      reportError(io, opts.lang, doc.file, 'unknown-unit', { written: opts.unit, suggestions: notice.resolveUnit(written).suggestions.join('、') });
      failed = true;
      continue;
    }
    views.set(doc, { kind: 'unit', unit: found.unit, tasks: unitTasks(doc, found.covers) });
  }
  const shown = docs.filter((d) => views.has(d));
  const view = (d: ParsedDocument) => views.get(d)!;
  // nothing read: an existing -o file is left alone
  if ((shown.length || opts.output === undefined) && !(await emitOrReport(io, opts.lang, render(shown, view, opts, io), opts.output))) return 2;
  return failed ? 2 : 0;
}

async function render(docs: ParsedDocument[], view: (d: ParsedDocument) => UnitsView, opts: UnitsOptions, io: Io): Promise<Output> {
  const f = await import('../export/units-formats.js');
  switch (opts.format) {
    case 'json':
      return f.toJson(docs, view);
    case 'csv': {
      const { encodeCsv } = await import('../export/csv.js');
      return encodeCsv(f.toCsv(docs, view), { bom: opts.bom, encoding: opts.outputEncoding });
    }
    case 'md':
      return f.toMarkdown(docs, view, opts.lang);
    default: {
      const toFile = opts.output !== undefined;
      const paint = await paintFor(!toFile && colorEnabled(opts.color, io.env, io.stdout));
      const width = outputWidth(io, toFile);
      return f.toTable(docs, view, opts.lang, width, { header: paint.bold, dim: paint.dim, title: (s) => paint.bold(paint.cyan(s)) });
    }
  }
}
