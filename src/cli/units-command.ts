/** `policy-check units`: who does what in a notice. */
import type { ParsedDocument } from '../core/model.js';
import type { EncodingName } from '../text/decode.js';
import type { Lang } from '../i18n.js';
import { NoticeIndex } from '../check/check.js';
import { unitTasks } from '../units/summary.js';
import type { UnitsView } from '../export/units-formats.js';
import { emitOrReport, type Io, type Output, reportError } from './io.js';
import { loadNotices } from './check-command.js';
import { registriesOrReport, type RegistrySelector } from './registry-loader.js';
import { colorEnabled, paintFor } from './color.js';
import type { InputFormat } from '../formats/source.js';

export interface UnitsOptions {
  unit?: string;
  matrix?: boolean;
  format: 'table' | 'json' | 'csv' | 'md';
  output?: string;
  encoding: EncodingName;
  outputEncoding: 'utf-8' | 'gb18030';
  bom: boolean;
  lang: Lang;
  color?: boolean;
  registry?: string[];
  inputFormat?: InputFormat;
}

/** The unit a name means in one notice, as the notice names it (a full name or an old name resolves too). */
function resolveUnit(doc: ParsedDocument, registries: RegistrySelector, written: string): string | null {
  const names = new Set(doc.tasks.flatMap((t) => t.units.map((u) => u.name)));
  if (names.has(written)) return written;
  const res = new NoticeIndex(doc, registries.for(doc)).matcher.resolve(written);
  return res.unit && names.has(res.unit) ? res.unit : null;
}

export async function runUnits(files: string[], opts: UnitsOptions, io: Io): Promise<number> {
  if (opts.unit !== undefined && opts.matrix) {
    reportError(io, opts.lang, null, 'usage-error', { reason: '--unit and --matrix do not go together' });
    return 2;
  }
  const registries = await registriesOrReport(opts.registry, io, opts.lang);
  if (!registries) return 2;
  const { docs, bad } = await loadNotices(files, io, { encoding: opts.encoding, lang: opts.lang, registries, inputFormat: opts.inputFormat });
  let failed = bad;
  const views = new Map<ParsedDocument, UnitsView>();
  for (const doc of docs) {
    if (opts.unit === undefined) {
      views.set(doc, opts.matrix ? { kind: 'matrix' } : { kind: 'summary' });
      continue;
    }
    const unit = resolveUnit(doc, registries, opts.unit);
    if (!unit) {
      const suggestions = new NoticeIndex(doc, registries.for(doc)).matcher.resolve(opts.unit).suggestions.join('、');
      reportError(io, opts.lang, doc.file, 'unknown-unit', { written: opts.unit, suggestions });
      failed = true;
      continue;
    }
    views.set(doc, { kind: 'unit', unit, tasks: unitTasks(doc, unit) });
  }
  const shown = docs.filter((d) => views.has(d));
  const view = (d: ParsedDocument) => views.get(d)!;
  if (!(await emitOrReport(io, opts.lang, render(shown, view, opts, io), opts.output))) return 2;
  return failed ? 2 : 0;
}

async function render(docs: ParsedDocument[], view: (d: ParsedDocument) => UnitsView, opts: UnitsOptions, io: Io): Promise<Output> {
  const f = await import('../export/units-formats.js');
  switch (opts.format) {
    case 'json':
      return f.toJson(docs, view);
    case 'csv': {
      const { encodeCsv } = await import('../export/csv.js');
      return encodeCsv(f.toCsv(docs, view, opts.lang), { bom: opts.bom, encoding: opts.outputEncoding });
    }
    case 'md':
      return f.toMarkdown(docs, view, opts.lang);
    default: {
      const toFile = opts.output !== undefined;
      const paint = await paintFor(!toFile && colorEnabled(opts.color, io.env, io.stdout));
      const width = !toFile && io.stdout.isTTY ? io.stdout.columns || 100 : null;
      return f.toTable(docs, view, opts.lang, width, { header: paint.bold, dim: paint.dim, title: (s) => paint.bold(paint.cyan(s)) });
    }
  }
}
