/** `policy-check template`: a report skeleton for a unit, or one file per unit with --all. */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ParsedDocument, Task } from '../model/notice.js';
import type { EncodingName } from '../parse/parse-source.js';
import type { Lang } from '../i18n.js';
import { NoticeIndex } from '../check/notice-index.js';
import { asInputError, emitOrReport, type Io, reportError, writeAtomic, writeError } from './io.js';
import { loadNotices } from './load-notice.js';
import { SCHEMA_NAME, schemaPath } from './paths.js';
import { registriesOrReport } from './registry-loader.js';
import { binaryToTerminal, outputIsInput } from './inputs.js';
import { periodWords, type ReportTemplate, templateCsv, templateXlsx } from '../export/report-template.js';
import { hasTraditional, loadToSimplified } from '../parse/parse-source.js';
import type { InputFormat } from '../parse/parse-source.js';

export interface TemplateOptions {
  notice: string;
  /** json (the schema's report), xlsx (the 落实情况表 layout) or csv (its rows). */
  format: 'json' | 'xlsx' | 'csv';
  outputEncoding: 'utf-8' | 'gb18030';
  bom: boolean;
  unit?: string | undefined;
  all?: boolean | undefined;
  period?: string | undefined;
  outDir?: string | undefined;
  output?: string | undefined;
  force?: boolean | undefined;
  /** No count line on stderr (error lines stay). */
  quiet?: boolean | undefined;
  encoding: EncodingName;
  lang: Lang;
  registry?: string[] | undefined;
  inputFormat?: InputFormat | undefined;
}

/** The current half-year, e.g. 2026-H2: the default period of a template. */
export function currentPeriod(date = new Date()): string {
  return `${date.getFullYear()}-H${date.getMonth() < 6 ? 1 : 2}`;
}

export function skeleton(doc: ParsedDocument, unit: string, tasks: Task[], period: string) {
  return {
    $schema: `./${SCHEMA_NAME}`,
    unit,
    document: doc.docNumber ?? doc.title ?? doc.id,
    period,
    tasks: tasks.map((t) => ({ id: t.id, title: t.title, status: 'not_started', progress: '', evidence: [] as string[], problems: '', nextSteps: '' })),
  };
}

/** File names are kept under this many bytes (file systems allow 255). */
const MAX_NAME_BYTES = 200;

/**
 * A file name for a unit: characters that file systems refuse are replaced,
 * and a name too long for a file system is cut and told apart by a short hash
 * of the whole name.
 */
export function unitFileName(unit: string, extension = 'json'): string {
  const name = unit.replace(/[\\/:*?"<>|\s]+/g, '_');
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return `${name}.${extension}`;
  let cut = '';
  for (const ch of name) {
    if (Buffer.byteLength(cut + ch) > MAX_NAME_BYTES - 9) break;
    cut += ch;
  }
  return `${cut}-${createHash('sha256').update(unit).digest('hex').slice(0, 8)}.${extension}`;
}

/**
 * A task's number as people write it in a table: the levels run together, a
 * level's mark dropped before a bracket and at the end (二、（一）1. → 二（一）1;
 * 三、10. → 三、10; 1.2. → 1.2).
 */
export function numberAsWritten(levels: readonly string[]): string {
  return levels
    .map((n, i) => {
      const next = levels[i + 1];
      return next === undefined || /^[(（]/.test(next) ? n.replace(/[、.．。,，\s]+$/, '') : n.trim();
    })
    .join('');
}

/** A unit's template in the layout offices fill in: 序号 as the notice writes it where that names the task back, else the task id. */
function tableTemplate(doc: ParsedDocument, notice: NoticeIndex, unit: string, tasks: Task[], period: string): ReportTemplate {
  const name = doc.title ? `《${doc.title}》${doc.docNumber ? `（${doc.docNumber}）` : ''}` : (doc.docNumber ?? doc.id);
  return {
    notice: name,
    unit,
    period: periodWords(period),
    rows: tasks.map((t) => {
      const written = numberAsWritten(t.number);
      return { number: written && notice.resolveTask(written)?.id === t.id ? written : t.id, title: t.title, deadline: t.deadline ?? '' };
    }),
  };
}

/** One unit's template in the chosen format. */
async function templateData(opts: TemplateOptions, doc: ParsedDocument, notice: NoticeIndex, unit: string, tasks: Task[], period: string): Promise<string | Buffer> {
  if (opts.format === 'json') return JSON.stringify(skeleton(doc, unit, tasks, period), null, 2) + '\n';
  const t = tableTemplate(doc, notice, unit, tasks, period);
  if (opts.format === 'xlsx') return templateXlsx(t);
  const { encodeCsv } = await import('../export/csv.js');
  return encodeCsv(templateCsv(t), { bom: opts.bom, encoding: opts.outputEncoding });
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function runTemplate(opts: TemplateOptions, io: Io): Promise<number> {
  if (!opts.all && binaryToTerminal(opts.format, opts.output, io, opts.lang)) return 2;
  if (!opts.all === !opts.unit) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'unit-or-all' });
    return 2;
  }
  if (opts.all && !opts.outDir) {
    reportError(io, opts.lang, null, 'usage-error', { reason: 'all-needs-out-dir' });
    return 2;
  }
  if (outputIsInput(opts.output, [opts.notice], io, opts.lang)) return 2;
  const registries = await registriesOrReport(opts.registry, io, opts.lang);
  if (!registries) return 2;
  const { docs, bad } = await loadNotices([opts.notice], io, { ...opts, registries });
  const doc = docs[0];
  if (bad || !doc) return 2;
  const notice = new NoticeIndex(doc, registries.for(doc));
  const period = opts.period ?? currentPeriod();
  if (opts.unit) {
    // a name typed in Traditional characters is matched in Simplified
    const written = hasTraditional(opts.unit) ? (await loadToSimplified())(opts.unit) : opts.unit;
    const res = notice.resolveUnit(written);
    if (!res.unit) {
      const members = notice.membersOf(written);
      if (members) reportError(io, opts.lang, doc.file, 'collective-unit', { written: opts.unit, members: members.slice(0, 3).join('、') });
      else reportError(io, opts.lang, doc.file, 'unknown-unit', { written: opts.unit, suggestions: res.suggestions.join('、') });
      return 2;
    }
    const data = await templateData(opts, doc, notice, res.unit, notice.tasksOf(res.unit, res.collective), period);
    if (!(await emitOrReport(io, opts.lang, data, opts.output))) return 2;
    // the template names ./progress-report.schema.json: with -o FILE, the schema is put beside FILE (never over one there)
    if (opts.format !== 'json' || opts.output === undefined || opts.output === '-') return 0;
    const schemaCopy = join(dirname(resolve(io.cwd, opts.output)), SCHEMA_NAME);
    if (await exists(schemaCopy)) return 0;
    return (await emitOrReport(io, opts.lang, await readFile(schemaPath(), 'utf8'), schemaCopy)) ? 0 : 2;
  }
  return writeTemplates(doc, notice, period, opts, io);
}

/** --all: one file per party in the output folder, never overwriting without --force, and the schema beside them. */
async function writeTemplates(doc: ParsedDocument, notice: NoticeIndex, period: string, opts: TemplateOptions, io: Io): Promise<number> {
  const dir = resolve(io.cwd, opts.outDir!);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const err = writeError(opts.outDir!, e);
    reportError(io, opts.lang, err.file, err.code, err.params);
    return 2;
  }
  let failed = false;
  const written: string[] = [];
  const write = async (path: string, data: string | Buffer) => {
    try {
      await writeAtomic(path, data, io.cwd);
      return true;
    } catch (e) {
      const err = asInputError(e);
      reportError(io, opts.lang, err.file, err.code, err.params);
      failed = true;
      return false;
    }
  };
  for (const { name: unit } of notice.expectedParties()) {
    const path = join(dir, unitFileName(unit, opts.format));
    if (!opts.force && (await exists(path))) {
      reportError(io, opts.lang, path, 'exists-no-force');
      failed = true;
      continue;
    }
    if (await write(path, await templateData(opts, doc, notice, unit, notice.tasksOf(unit), period))) written.push(path);
  }
  const schemaCopy = join(dir, SCHEMA_NAME);
  if (opts.format === 'json' && written.length && !(await exists(schemaCopy))) await write(schemaCopy, await readFile(schemaPath(), 'utf8'));
  if (!opts.quiet) io.stderr.write(`${written.length} ${opts.lang === 'zh' ? '个模板已写入' : 'templates written to'} ${opts.outDir}\n`);
  return failed ? 2 : 0;
}
