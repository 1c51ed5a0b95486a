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
import { outputIsInput } from './inputs.js';
import { hasTraditional, loadToSimplified } from '../parse/parse-source.js';
import type { InputFormat } from '../parse/parse-source.js';

export interface TemplateOptions {
  notice: string;
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
export function unitFileName(unit: string): string {
  const name = unit.replace(/[\\/:*?"<>|\s]+/g, '_');
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return `${name}.json`;
  let cut = '';
  for (const ch of name) {
    if (Buffer.byteLength(cut + ch) > MAX_NAME_BYTES - 9) break;
    cut += ch;
  }
  return `${cut}-${createHash('sha256').update(unit).digest('hex').slice(0, 8)}.json`;
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
    const text = JSON.stringify(skeleton(doc, res.unit, notice.tasksOf(res.unit, res.collective), period), null, 2) + '\n';
    if (!(await emitOrReport(io, opts.lang, text, opts.output))) return 2;
    // the template names ./progress-report.schema.json: with -o FILE, the schema is put beside FILE (never over one there)
    if (opts.output === undefined || opts.output === '-') return 0;
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
  const write = async (path: string, data: string) => {
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
    const path = join(dir, unitFileName(unit));
    if (!opts.force && (await exists(path))) {
      reportError(io, opts.lang, path, 'exists-no-force');
      failed = true;
      continue;
    }
    if (await write(path, JSON.stringify(skeleton(doc, unit, notice.tasksOf(unit), period), null, 2) + '\n')) written.push(path);
  }
  const schemaCopy = join(dir, SCHEMA_NAME);
  if (written.length && !(await exists(schemaCopy))) await write(schemaCopy, await readFile(schemaPath(), 'utf8'));
  if (!opts.quiet) io.stderr.write(`${written.length} ${opts.lang === 'zh' ? '个模板已写入' : 'templates written to'} ${opts.outDir}\n`);
  return failed ? 2 : 0;
}
