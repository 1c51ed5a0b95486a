/**
 * `policy-check progress`: the share of each notice done, unit by unit and
 * period by period (or, with --unit, a task × period grid of one unit's
 * statuses). It reads notices and reports as `check` does and is a view, not
 * a judgement: it exits 0 whatever the findings, 2 when it cannot do its job.
 */
import type { Output } from './io.js';
import { emitOrReport, type Io, outputWidth } from './io.js';
import { binaryToTerminal } from './inputs.js';
import { checkInputs, type CheckCommandOptions } from './check-command.js';
import { colorEnabled, paintFor } from './color.js';

export type ProgressFormat = 'table' | 'json' | 'csv' | 'md' | 'xlsx' | 'html';

export type ProgressCommandOptions = Omit<CheckCommandOptions, 'format' | 'failOn' | 'maxWarnings' | 'details'> & { format: ProgressFormat };

export async function runProgress(paths: string[], opts: ProgressCommandOptions, io: Io): Promise<number> {
  if (binaryToTerminal(opts.format, opts.output, io, opts.lang)) return 2;
  if (opts.unit && opts.unit.length > 1) {
    const { reportError } = await import('./io.js');
    reportError(io, opts.lang, null, 'usage-error', { reason: 'one-unit' });
    return 2;
  }
  const checked = await checkInputs(paths, opts, io);
  if (typeof checked === 'number') return checked;
  if (checked.noNotice) return 2;
  if (!(await emitOrReport(io, opts.lang, render(checked.result, opts, io), opts.output))) return 2;
  return checked.bad ? 2 : 0;
}

async function render(result: Parameters<typeof import('../check/progress.js').progressView>[0], opts: ProgressCommandOptions, io: Io): Promise<Output> {
  if (opts.format === 'html') {
    const { dashboardHtml } = await import('../export/dashboard.js');
    return dashboardHtml(result, opts.lang);
  }
  const { progressView, unitGrids } = await import('../check/progress.js');
  const f = await import('../export/progress-formats.js');
  const data: import('../export/progress-formats.js').ProgressData = opts.unit?.length ? { kind: 'unit', grids: unitGrids(result) } : { kind: 'notices', notices: progressView(result) };
  switch (opts.format) {
    case 'json':
      return f.toJson(data);
    case 'csv': {
      const { encodeCsv } = await import('../export/csv.js');
      return encodeCsv(f.toCsv(data), { bom: opts.bom, encoding: opts.outputEncoding });
    }
    case 'xlsx':
      return f.toXlsx(data, opts.lang);
    case 'md':
      return f.toMarkdown(data, opts.lang);
    default: {
      const toFile = opts.output !== undefined && opts.output !== '-';
      const paint = await paintFor(!toFile && colorEnabled(opts.color, io.env, io.stdout));
      return f.toTable(data, opts.lang, outputWidth(io, toFile), { header: paint.bold, dim: paint.dim, title: (s) => paint.bold(paint.cyan(s)) });
    }
  }
}
