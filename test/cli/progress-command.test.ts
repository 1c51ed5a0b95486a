/** `policy-check progress`: the share done per unit and period, one unit's grid; every format; a view that exits 0. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeTemp, removeTemps, runCli } from '../helpers.js';

afterAll(removeTemps);

const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';
const HISTORY = 'fixtures/history';

test('a unit × period table of completed / assigned, and the notice as a whole; exit 0 although there are findings', async () => {
  const r = await runCli(['progress', '-n', N48, HISTORY]);
  expect(r.code).toBe(0);
  const lines = r.stdout.split('\n');
  expect(lines[0]).toBe('闽政〔2017〕48号: completed / assigned');
  expect(lines[1]).toMatch(/^Unit\s+2018-H1\s+2018-H2\s+2019-H1$/);
  expect(lines.find((l) => l.startsWith('省教育厅'))).toMatch(/^省教育厅\s+0\/6 0%\s+0\/6 0%\s+6\/6 100%$/);
  expect(lines.find((l) => l.startsWith('省科协'))).toMatch(/^省科协\s+1\/4 25%\s+1\/4 25%\s+—$/);
  expect(lines.find((l) => l.startsWith('All units'))).toMatch(/^All units\s+1\/79 1%\s+2\/79 3%\s+6\/79 8%$/);
});

test('--unit: a task × period grid of one unit, by any of its names', async () => {
  const r = await runCli(['progress', '-n', N48, HISTORY, '-u', '福建省科学技术协会', '-f', 'json']);
  expect(r.code).toBe(0);
  const grid = JSON.parse(r.stdout).units[0];
  expect([grid.unit, grid.periods]).toEqual(['省科协', ['2018-H1', '2018-H2', '2019-H1']]);
  expect(grid.tasks.map((t: { id: string; states: string[] }) => [t.id, ...t.states])).toEqual([
    ['2.2.6', 'completed', 'in_progress', 'none'],
    ['2.2.7', 'in_progress', 'completed', 'none'],
    ['2.3.10', 'in_progress', 'in_progress', 'none'],
    ['2.3.11', 'not_started', 'in_progress', 'none'],
  ]);
  const two = await runCli(['progress', '-n', N48, HISTORY, '-u', '省科协', '-u', '省教育厅']);
  expect([two.code, two.stderr.trim()]).toEqual([2, 'policy-check: usage error: progress takes one --unit']);
});

test('JSON, CSV (long form, Excel-safe), Markdown and xlsx say the same', async () => {
  const json = JSON.parse((await runCli(['progress', '-n', N48, HISTORY, '-f', 'json'])).stdout);
  const notice = json.notices[0];
  const jyt = notice.units.find((u: { unit: string }) => u.unit === '省教育厅');
  expect(jyt.cells[2]).toEqual({ assigned: 6, reported: 6, completed: 6, share: 1 });
  expect(notice.units.find((u: { unit: string }) => u.unit === '省科技厅').cells).toEqual([null, null, null]);
  const csv = (await runCli(['progress', '-n', N48, HISTORY, '-f', 'csv'])).stdout.replace(/^\ufeff/, '').split('\r\n');
  expect(csv[0]).toBe('document,unit,period,assigned,reported,completed,share');
  expect(csv).toContain('闽政〔2017〕48号,省教育厅,2019-H1,6,6,6,1');
  expect(csv).toContain('闽政〔2017〕48号,*,2019-H1,79,7,6,0.0759');
  const md = (await runCli(['progress', '-n', N48, HISTORY, '-f', 'md', '--lang', 'zh'])).stdout;
  expect(md).toContain('| 省教育厅 | 0/6 0% | 0/6 0% | 6/6 100% |');
  expect(md).toContain('| 全部单位 |');
  const out = join(makeTemp('pc-progress-'), 'p.xlsx');
  expect((await runCli(['progress', '-n', N48, HISTORY, '-f', 'xlsx', '-o', out])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
  expect(rows[0]).toEqual(['Unit', '2018-H1', '2018-H2', '2019-H1']);
  expect(rows).toContainEqual(['省教育厅', '0/6 0%', '0/6 0%', '6/6 100%']);
});

test('--since narrows the periods; html is the dashboard', async () => {
  const r = await runCli(['progress', '-n', N48, HISTORY, '--since', '2018-H2', '-f', 'json']);
  expect(JSON.parse(r.stdout).notices[0].periods).toEqual(['2018-H2', '2019-H1']);
  const html = await runCli(['progress', '-n', N48, HISTORY, '-f', 'html']);
  expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
  expect(html.stdout).toContain("default-src 'none'");
});
