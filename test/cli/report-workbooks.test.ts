/**
 * Excel and CSV reports end to end: templates written by `template --format
 * xlsx|csv`, filled in by a library as a person would, and read back by
 * `check`; findings placed at their sheet and cell in every output format;
 * workbooks that cannot be read, zip bombs included.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { makeTemp, removeTemps, runCli } from '../helpers.js';
import { numberAsWritten } from '../../src/cli/template-command.js';
import { templateXlsx } from '../../src/export/report-template.js';

afterAll(removeTemps);

const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';
const NTT = 'seeds/fujian-2018-technology-transfer-division.txt';

interface JsonFinding {
  code: string;
  task: string | null;
  file: string | null;
  sheet: string | null;
  cell: string | null;
  unit: string | null;
  line: number | null;
}

async function checkJson(args: string[]) {
  const r = await runCli(['check', ...args, '-f', 'json']);
  return { ...r, out: JSON.parse(r.stdout) as { findings: JsonFinding[]; reports: { file: string; unit: string; from: Record<string, { from: string; cell?: string }> }[]; units: { unit: string; reported: number; gaps: number }[] } };
}

async function load(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Fills every task row of a template as a department would: 推进中 with a line of progress. */
async function fill(path: string): Promise<void> {
  const wb = await load(path);
  const ws = wb.getWorksheet('落实情况')!;
  ws.eachRow((row, r) => {
    if (r <= 4) return;
    row.getCell(4).value = '推进中';
    row.getCell(5).value = `第${r}行：已召开推进会，完成方案起草。`;
  });
  await wb.xlsx.writeFile(path);
}

describe('template --format xlsx', () => {
  const dir = makeTemp('pc-xlsx-');
  const file = join(dir, 'kjt.xlsx');

  test('the layout offices fill in: title, unit and period, header, a row per task with 序号 as the notice writes it', async () => {
    const r = await runCli(['template', '-n', N48, '-u', '福建省科学技术厅', '--period', '2018-H1', '-f', 'xlsx', '-o', file]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const ws = (await load(file)).getWorksheet('落实情况')!;
    expect(ws.getCell('A1').value).toBe('《福建省人民政府关于进一步加强以用为导向产学研结合的意见》（闽政〔2017〕48号）重点任务落实情况表');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('A2').value).toBe('填报单位（盖章）：省科技厅');
    expect(ws.getCell('E2').value).toBe('报告期：2018年上半年');
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(['序号', '重点任务', '完成时限', '完成状态', '工作进展', '存在问题', '下步计划', '佐证材料']);
    const units = JSON.parse((await runCli(['units', N48, '-u', '省科技厅', '-f', 'json'])).stdout).documents[0].tasks as { id: string; title: string }[];
    expect(ws.rowCount).toBe(4 + units.length);
    expect([ws.getCell('A5').value, ws.getCell('B5').value, ws.getCell('D5').value]).toEqual(['二（一）1', units[0]!.title, '未启动']);
  });

  test('ready to fill in: a status drop-down, locked task columns, a frozen header, wrapped text, widths for Chinese text, ids as text', async () => {
    const ws = (await load(file)).getWorksheet('落实情况')!;
    for (let r = 5; r <= ws.rowCount; r++) {
      expect(ws.getCell(`D${r}`).dataValidation).toEqual(expect.objectContaining({ type: 'list', formulae: ['"未启动,推进中,已完成,受阻"'] }));
    }
    expect(ws.getCell('E5').dataValidation).toBeUndefined();
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 4 }));
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell('A5').protection?.locked).not.toBe(false);
    expect(ws.getCell('B5').protection?.locked).not.toBe(false);
    expect(ws.getCell('E5').protection?.locked).toBe(false);
    expect(ws.getCell('E5').alignment?.wrapText).toBe(true);
    expect(ws.getCell('A5').numFmt).toBe('@');
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(ws.getColumn(5).width).toBeGreaterThanOrEqual(40);
  });

  test('numbers as people write them in a table', () => {
    expect(numberAsWritten(['二、', '（一）', '1.'])).toBe('二（一）1');
    expect(numberAsWritten(['一、', '（一）', '1.', '（1）'])).toBe('一（一）1（1）');
    expect(numberAsWritten(['三、', '10.'])).toBe('三、10');
    expect(numberAsWritten(['1.', '10.'])).toBe('1.10');
  });

  test('3.10 stays 3.10: a dotted number is stored as text, and read back as written', async () => {
    const out = join(dir, 'dotted.xlsx');
    const rows = ['3.1', '3.10', '3.2', '1.1.20'].map((number) => ({ number, title: `任务${number}`, deadline: '' }));
    writeFileSync(out, await templateXlsx({ notice: '《关于印发工作要点的通知》', unit: '市财政局', period: '2019年度', rows }));
    const ws = (await load(out)).getWorksheet('落实情况')!;
    expect(ws.getColumn(1).values.slice(5)).toEqual(['3.1', '3.10', '3.2', '1.1.20']);
    expect(ws.getCell('A6').numFmt).toBe('@');
  });

  test('without -o at a terminal it is a usage error, not bytes on the screen', async () => {
    const r = await runCli(['template', '-n', N48, '-u', '省科技厅', '-f', 'xlsx'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format xlsx needs -o FILE/);
  });
});

describe('the round trip: template --all, filled in, checked', () => {
  const dir = makeTemp('pc-roundtrip-');

  test('every workbook filled in checks clean; a blanked progress cell and a deleted row are exactly two gaps, at their cells', async () => {
    const t = await runCli(['template', '-n', N48, '--all', '--format', 'xlsx', '--out-dir', dir, '--period', '2018-H1']);
    expect(t.code).toBe(0);
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx'));
    expect(files.length).toBeGreaterThan(20);
    expect(readdirSync(dir).some((f) => f.endsWith('.schema.json'))).toBe(false);
    for (const f of files) await fill(join(dir, f));
    const clean = await checkJson(['-n', N48, dir]);
    expect([clean.code, clean.out.findings.map((f) => f.code)]).toEqual([0, []]);
    expect(clean.out.reports).toHaveLength(files.length);

    const kjt = join(dir, '省科技厅.xlsx');
    const wb = await load(kjt);
    const ws = wb.getWorksheet('落实情况')!;
    const blanked = ws.getCell('A7').value as string;
    const deleted = ws.getCell('A9').value as string;
    ws.getCell('E7').value = '';
    ws.spliceRows(9, 1);
    await wb.xlsx.writeFile(kjt);
    const r = await checkJson(['-n', N48, dir]);
    expect(r.code).toBe(1);
    const ids = JSON.parse((await runCli(['units', N48, '-u', '省科技厅', '-f', 'json'])).stdout).documents[0].tasks.map((x: { id: string }) => x.id) as string[];
    expect(r.out.findings.map((f) => [f.code, f.task, f.sheet, f.cell])).toEqual([
      ['empty-progress', ids[2], '落实情况', 'E7'],
      ['missing-task', ids[4], '落实情况', 'A4'],
    ]);
    expect([blanked, deleted]).toEqual(['二（一）3', '二（二）5']);
  });

  test('the same places in every output format', async () => {
    const kjt = join(dir, '省科技厅.xlsx');
    const text = await runCli(['check', '-n', N48, dir, '--unit', '省科技厅', '--details']);
    expect(text.stdout).toContain(`${kjt}:落实情况!E7`);
    const csv = await runCli(['check', '-n', N48, dir, '-f', 'csv']);
    const lines = csv.stdout.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]!.endsWith(',sheet,cell')).toBe(true);
    expect(lines.some((l) => l.includes('empty-progress') && l.endsWith(',落实情况,E7'))).toBe(true);
    const gh = await runCli(['check', '-n', N48, dir, '-f', 'github']);
    const annotation = gh.stdout.split('\n').find((l) => l.includes('empty-progress'))!;
    expect(annotation).toContain(`file=${kjt}`);
    expect(annotation).not.toMatch(/,line=/);
    expect(annotation).toMatch(/title=empty-progress 省科技厅 2\.1\.3 落实情况!E7/);
    const junit = await runCli(['check', '-n', N48, dir, '-f', 'junit']);
    expect(junit.stdout).toContain(`${kjt}:落实情况!E7`);
    const md = await runCli(['check', '-n', N48, dir, '-f', 'md']);
    expect(md.stdout).toContain('落实情况!E7');
  });
});

describe('template --format csv', () => {
  const dir = makeTemp('pc-csvt-');

  test('the same rows as CSV for Excel (BOM, CRLF), read back by check; filled in, it checks clean', async () => {
    const out = join(dir, '省国资委.csv');
    expect((await runCli(['template', '-n', N48, '-u', '省国资委', '--period', '2018-H1', '-f', 'csv', '-o', out])).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n').slice(0, 5)).toEqual([
      '《福建省人民政府关于进一步加强以用为导向产学研结合的意见》（闽政〔2017〕48号）重点任务落实情况表',
      '填报单位（盖章）：省国资委',
      '报告期：2018年上半年,,,填报时间：',
      '序号,重点任务,完成时限,完成状态,工作进展,存在问题,下步计划,佐证材料',
      '二（一）3,激发企业科技成果转移转化活力,,未启动,,,,',
    ]);
    const unfilled = await checkJson(['-n', N48, out, '--unit', '省国资委']);
    expect(unfilled.out.findings.map((f) => f.code)).toEqual(['template-unfilled']);
    writeFileSync(out, Buffer.concat([bytes.subarray(0, 3), Buffer.from(text.replace(',未启动,,,,', ',已完成,已印发指引。,,,闽国资〔2018〕201号'))]));
    const filled = await checkJson(['-n', N48, out, '--unit', '省国资委']);
    expect([filled.code, filled.out.findings]).toEqual([0, []]);
    expect(filled.out.reports[0]!.from.unit).toEqual({ from: 'cell', cell: 'A2' });
  });
});

describe('workbooks that cannot be read', () => {
  const dir = makeTemp('pc-badxlsx-');

  test('a zip bomb is refused while it inflates, and the other reports are still checked', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(70 * 1024 * 1024, 0x20));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    writeFileSync(join(dir, 'bomb.xlsx'), bomb);
    const good = { unit: '省国资委', document: '闽政〔2017〕48号', period: '2018-H1', tasks: [{ id: '2.1.3', status: 'completed', progress: '已印发指引。', evidence: ['闽国资〔2018〕201号'] }] };
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    const r = await checkJson(['-n', N48, dir, '--unit', '省国资委']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`policy-check: ${join(dir, 'bomb.xlsx')}: cannot read the report: the workbook inflates too far (xl/worksheets/sheet1.xml beyond 64 MB): refused as a possible zip bomb`);
    expect(r.out.findings.map((f) => f.code)).toEqual(['unreadable-report']);
    expect(r.out.units.find((u) => u.unit === '省国资委')).toEqual(expect.objectContaining({ reported: 1, gaps: 0 }));
  });

  test('an encrypted workbook, an .xls, a text file named .xlsx, a truncated workbook, an Excel lock file', async () => {
    const sub = makeTemp('pc-badxlsx2-');
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(join(sub, 'a-legacy.xls'), ole);
    const encrypted = Buffer.from(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(encrypted, 1024);
    writeFileSync(join(sub, 'b-encrypted.xlsx'), encrypted);
    writeFileSync(join(sub, 'c-text.xlsx'), '序号,任务\n1,x\n');
    const t = await runCli(['template', '-n', N48, '-u', '省科协', '--period', '2018-H1', '-f', 'xlsx', '-o', join(sub, 'whole.xlsx')]);
    expect(t.code).toBe(0);
    const whole = readFileSync(join(sub, 'whole.xlsx'));
    writeFileSync(join(sub, 'd-truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    writeFileSync(join(sub, '~$whole.xlsx'), Buffer.alloc(165));
    const r = await checkJson(['-n', N48, sub]);
    expect(r.code).toBe(1);
    const reasons = r.out.findings.filter((f) => f.code === 'unreadable-report').map((f) => [f.file!.split('/').pop(), (f as unknown as { params: { reason: string } }).params.reason]);
    expect(reasons).toEqual([
      ['a-legacy.xls', 'legacy-xls'],
      ['b-encrypted.xlsx', 'encrypted-workbook'],
      ['c-text.xlsx', 'not-a-workbook'],
      ['d-truncated.xlsx', 'damaged-workbook'],
    ]);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(4);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(r.out.reports.map((x) => x.file.split('/').pop())).toEqual(['whole.xlsx']);
  });

  test('a merged range over a whole sheet is refused before the reader makes its cells; #N/A is no progress; a CSV cell guarded by our own apostrophe reads as written', async () => {
    const sub = makeTemp('pc-badxlsx4-');
    const t = await runCli(['template', '-n', N48, '-u', '省科协', '--period', '2018-H1', '-f', 'xlsx', '-o', join(sub, 'kx.xlsx')]);
    expect(t.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(sub, 'kx.xlsx')));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<mergeCells[^>]*>/, (m) => `${m}<mergeCell ref="A9:XFD1048576"/>`));
    writeFileSync(join(sub, 'merged.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const wb = await load(join(sub, 'kx.xlsx'));
    const ws = wb.getWorksheet('落实情况')!;
    ws.getCell('D5').value = '推进中';
    ws.getCell('E5').value = { formula: 'NA()', result: { error: '#N/A' } } as unknown as ExcelJS.CellValue;
    await wb.xlsx.writeFile(join(sub, 'kx.xlsx'));
    const r = await checkJson(['-n', N48, sub, '--unit', '省科协']);
    expect(r.stderr.trim()).toBe(`policy-check: ${join(sub, 'merged.xlsx')}: cannot read the report: the workbook's merged ranges cover too many cells (more than 200000): not read`);
    expect(r.out.findings.filter((f) => f.code === 'empty-progress').map((f) => f.cell)).toEqual(['E5']);
    const csvDir = makeTemp('pc-csvq-');
    writeFileSync(join(csvDir, 'gzw.csv'), "填报单位：省国资委,报告期：2018-H1\n序号,完成状态,工作进展,佐证材料\n'-二（一）3,已完成,已印发指引。,'=闽国资〔2018〕201号\n");
    const q = await checkJson(['-n', N48, csvDir, '--unit', '省国资委']);
    expect(q.out.findings.filter((f) => f.code === 'unknown-task').map((f) => (f as unknown as { params: { written: string } }).params.written)).toEqual(['-二（一）3']);
  });

  test('in Chinese', async () => {
    const sub = makeTemp('pc-badxlsx3-');
    const ole = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(join(sub, 'old.xls'), ole);
    const r = await runCli(['check', '-n', NTT, sub, '--lang', 'zh', '-f', 'json']);
    expect(r.stderr).toContain('旧版 Excel 97-2003 工作簿（.xls），请另存为 .xlsx');
  });
});
