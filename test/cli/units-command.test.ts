/** `policy-check units`: every unit with counts by role, one unit's tasks, the matrix; table, JSON, CSV, Markdown. */
import { nth, runCli } from '../helpers.js';

const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';
const N2 = 'seeds/fujian-2018-technology-transfer-division.txt';
const LEADS = 'fixtures/parse/zhejiang-provincial-lead-coop-lines.txt';

test('every unit with its counts of lead / responsible / cooperating tasks', async () => {
  const r = await runCli(['units', N48, '-f', 'json']);
  expect(r.code).toBe(0);
  const units = JSON.parse(r.stdout).documents[0].units;
  expect(units[0]).toEqual({ unit: '省科技厅', canonical: '省科技厅', registry: 'fj.kjt', kind: 'government-department', current: null, lead: 0, responsible: 15, cooperating: 0, total: 15 });
  expect(units.find((u: { unit: string }) => u.unit === '省经信委')).toEqual(expect.objectContaining({ total: 10, current: '省工业和信息化厅' }));
  expect(units.map((u: { unit: string }) => u.unit)).toContain('各设区市人民政府');
});

test('roles are counted as the notice gives them', async () => {
  const units = JSON.parse((await runCli(['units', LEADS, '-f', 'json'])).stdout).documents[0].units;
  const sum = (k: 'lead' | 'cooperating') => units.reduce((n: number, u: Record<'lead' | 'cooperating', number>) => n + u[k], 0);
  expect(sum('lead')).toBeGreaterThan(0);
  expect(sum('cooperating')).toBeGreaterThan(0);
  for (const u of units) expect(u.lead + u.responsible + u.cooperating).toBe(u.total);
});

test('--unit lists the unit’s tasks with role and co-units, by any name of the unit', async () => {
  const r = await runCli(['units', N48, '--unit', '福建省工业和信息化厅', '-f', 'json']);
  expect(r.code).toBe(0);
  const d = JSON.parse(r.stdout).documents[0];
  expect(d.unit).toBe('省经信委');
  expect(d.tasks).toHaveLength(10);
  expect(d.tasks[0]).toEqual({
    id: '2.1.1',
    title: '实施产学研合作示范工程',
    role: 'responsible',
    deadline: null,
    coUnits: [
      { name: '省科技厅', role: 'responsible' },
      { name: '省发改委', role: 'responsible' },
      { name: '省知识产权局', role: 'responsible' },
    ],
  });
});

test('--unit with a name the notice does not have is one line and exit 2', async () => {
  const r = await runCli(['units', N48, '--unit', '省科技馆']);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('省科技厅');
});

test('--matrix: unit × task', async () => {
  const d = JSON.parse((await runCli(['units', N48, '--matrix', '-f', 'json'])).stdout).documents[0];
  expect(d.tasks).toHaveLength(16);
  const row = d.units.indexOf('省科协');
  expect(d.cells[row].filter(Boolean)).toHaveLength(4);
  const text = await runCli(['units', N48, '--matrix', '--lang', 'zh', '--no-color']);
  expect(text.stdout).toMatch(/省科技厅\s+负责\s+负责/);
});

test('csv is Excel-safe with a header; md is a table', async () => {
  const csv = await runCli(['units', N48, '-f', 'csv']);
  expect([...csv.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.stdout.slice(1).split('\r\n')[0]).toBe('document,unit,canonical,registry,kind,current,lead,responsible,cooperating,total');
  const unitCsv = await runCli(['units', N48, '--unit', '省科协', '-f', 'csv', '--no-bom']);
  expect(unitCsv.stdout.split('\r\n')[0]).toBe('document,unit,taskId,title,role,coUnits,deadline');
  expect(unitCsv.stdout.split('\r\n').filter(Boolean)).toHaveLength(5);
  const matrixCsv = await runCli(['units', N48, '--matrix', '-f', 'csv', '--no-bom']);
  // the matrix in long form, roles as fixed words whatever the language, and two notices in one table
  const matrixLines = matrixCsv.stdout.split('\r\n').filter(Boolean);
  expect(matrixLines[0]).toBe('document,unit,taskId,title,role');
  expect(matrixLines[1]).toBe('fujian-2017-48-industry-university-research,省科技厅,2.1.1,实施产学研合作示范工程,responsible');
  const zh = await runCli(['units', N48, N2, '--matrix', '-f', 'csv', '--no-bom', '--lang', 'zh']);
  const zhLines = zh.stdout.split('\r\n').filter(Boolean);
  expect(zhLines.filter((l) => l.startsWith('document,'))).toHaveLength(1);
  expect(zhLines.slice(1).every((l) => ['lead', 'responsible', 'cooperating'].includes(l.split(',').pop()!))).toBe(true);
  const canonical = nth(csv.stdout.slice(1).split('\r\n'), 1).split(',');
  expect(canonical[2]).toBe(canonical[1]);
  const md = await runCli(['units', N48, '-f', 'md']);
  expect(md.stdout).toContain('| Unit | Canonical | Registry | Kind | Now | Lead | Responsible | Cooperating | Total |');
});

test('--unit and --matrix together are a usage error', async () => {
  expect((await runCli(['units', N48, '--unit', '省科协', '--matrix'])).code).toBe(2);
});

describe('tables fitted to 80 columns', () => {
  const widest = async (text: string) => {
    const { stringWidth } = await import('../../src/export/table.js');
    return Math.max(...text.split('\n').map((l) => stringWidth(l)));
  };

  test('the summary leaves out its optional columns, says which, and keeps every unit and count', async () => {
    const narrow = await runCli(['units', N2], { env: { COLUMNS: '80' } });
    const wide = await runCli(['units', N2]);
    expect(narrow.code).toBe(0);
    expect(await widest(narrow.stdout)).toBeLessThanOrEqual(80);
    expect(await widest(wide.stdout)).toBeGreaterThan(80);
    expect(wide.stdout).toContain('government-department');
    expect(narrow.stdout).not.toContain('government-department');
    expect(narrow.stdout).toMatch(/Not shown, to fit 80 columns: Kind, Registry/);
    const units = JSON.parse((await runCli(['units', N2, '-f', 'json'])).stdout).documents[0].units as { unit: string; total: number }[];
    for (const u of units) expect(narrow.stdout).toMatch(new RegExp(`${u.unit.replace(/[()（）]/g, '.')}\\s.*\\s${u.total}\\n`));
  });

  test('in Chinese the note is Chinese', async () => {
    const r = await runCli(['units', N2, '--lang', 'zh'], { env: { COLUMNS: '80' } });
    expect(r.stdout).toContain('为适应 80 列的宽度，未显示：类别、名录编号');
  });

  test('the matrix is printed in pages of task columns, each with the unit column', async () => {
    const r = await runCli(['units', '--matrix', N48], { env: { COLUMNS: '80' } });
    expect(r.code).toBe(0);
    expect(await widest(r.stdout)).toBeLessThanOrEqual(80);
    const headers = r.stdout.split('\n').filter((l) => l.startsWith('Unit '));
    expect(headers.length).toBeGreaterThan(1);
    const ids = headers.flatMap((l) => l.split(/\s+/).slice(1));
    const m = JSON.parse((await runCli(['units', '--matrix', N48, '-f', 'json'])).stdout).documents[0];
    expect(ids).toEqual(m.tasks.map((t: { id: string }) => t.id));
    for (const unit of m.units) expect(r.stdout.split('\n').filter((l) => l.startsWith(unit + ' ') || l === unit)).toHaveLength(headers.length);
    const free = await runCli(['units', '--matrix', N48]);
    expect(free.stdout.split('\n').filter((l) => l.startsWith('Unit '))).toHaveLength(1);
  });
});
