/**
 * The README's picture of a filled Excel template: `template --format xlsx`
 * for 省科技厅, filled in with exceljs as a department would, rendered to PNG
 * by LibreOffice as PDF and by pdftoppm as PNG (`apt-get install -y
 * libreoffice-calc-nogui fonts-noto-cjk poppler-utils`).
 * Run: npm run docs:screenshot. Writes docs/excel-template.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'pc-shot-'));
const xlsx = join(work, '省科技厅-2018H1.xlsx');
execFileSync(process.execPath, [join(ROOT, 'bin/policy-check.js'), 'template', '-n', join(ROOT, 'seeds/fujian-2017-48-industry-university-research.txt'), '-u', '省科技厅', '--period', '2018-H1', '-f', 'xlsx', '-o', xlsx]);

const filled = [
  ['已完成', '遴选产学研合作示范项目12项，下达省级补助资金1800万元。', '', '组织项目中期检查。', '闽科计〔2018〕21号'],
  ['推进中', '已组建产业技术创新战略联盟5个，正在制定联盟运行管理办法。', '部分联盟企业参与度不高。', '6月底前出台管理办法。', ''],
  ['推进中', '', '', '', ''],
  ['受阻', '与省财政厅协调后补助资金尚未到位。', '资金拨付流程较长。', '提请省政府协调。', ''],
];
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(xlsx);
const ws = wb.getWorksheet('落实情况');
ws.getCell('A3').value = '填报时间：2018年7月5日';
filled.forEach((values, i) => values.forEach((v, k) => (ws.getCell(5 + i, 4 + k).value = v)));
// Excel fits a row's height to wrapped text as it is typed; LibreOffice, rendering the file, does not: the filled rows get their heights here
filled.forEach((values, i) => {
  const lines = Math.max(1, ...values.map((v, k) => Math.ceil((v.length * 2) / (ws.getColumn(4 + k).width ?? 10))));
  ws.getRow(5 + i).height = 15 * lines;
});
await wb.xlsx.writeFile(xlsx);

execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { stdio: 'ignore', env: { ...process.env, HOME: work } });
// the page's upper part, where the table is
execFileSync('pdftoppm', ['-png', '-r', '120', '-singlefile', '-f', '1', '-l', '1', '-x', '70', '-y', '90', '-W', '1260', '-H', '330', join(work, '省科技厅-2018H1.pdf'), join(ROOT, 'docs', 'excel-template')]);
rmSync(work, { recursive: true, force: true });
console.log('docs/excel-template.png');
