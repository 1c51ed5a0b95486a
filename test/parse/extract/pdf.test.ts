/**
 * PDF notices: each seed printed to PDF by headless Chromium (with a running
 * head and page numbers, as offices print them) and read back by `parse`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { expectTasks, makeTemp, removeTemps, ROOT, runCli, type Expected } from '../../helpers.js';
import { RADICAL_SUPPLEMENT } from '../../../src/parse/lexicon/radicals.js';
import { textToHtml } from '../../builders.js';

const N48 = join(ROOT, 'seeds/fujian-2017-48-industry-university-research.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const dir = makeTemp('pc-pdf-');
let browser: Browser;

/** The text as a printed page: a paragraph per line, a running head and — N — at the foot of every page. */
async function print(text: string, out: string): Promise<void> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:16pt;line-height:1.6}p{margin:0;text-indent:2em}</style></head><body>${text
    .split('\n')
    .map((l) => `<p>${escape(l) || '&nbsp;'}</p>`)
    .join('')}</body></html>`;
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({
    path: out,
    format: 'A4',
    displayHeaderFooter: true,
    headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">福建省人民政府文件</div>',
    footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
    margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' },
  });
  await page.close();
}

const tasksOf = async (file: string) => {
  const r = await runCli(['parse', file, '-f', 'json', '-q']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).documents[0] as { format: string; title: string; docNumber: string; tasks: { id: string; title: string; units: { name: string; role: string }[]; deadline?: string | null; source?: { page: number; line: number } }[] };
};

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('no Chromium: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  await print(readFileSync(N48, 'utf8'), join(dir, 'n48.pdf'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  removeTemps();
});

test('the seed printed to PDF gives the text seed’s tasks: ids, titles, units and roles', async () => {
  const text = await tasksOf(N48);
  const pdf = await tasksOf(join(dir, 'n48.pdf'));
  expect(pdf.format).toBe('pdf');
  expect([pdf.title, pdf.docNumber]).toEqual([text.title, text.docNumber]);
  const brief = (d: typeof text) => d.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
  expect(brief(pdf)).toEqual(brief(text));
});

test('the other seed printed to PDF (its title wrapped onto a second line, its last list ending on the signature line) gives the text seed’s title and tasks', async () => {
  const NTT = join(ROOT, 'seeds/fujian-2018-technology-transfer-division.txt');
  const out = join(dir, 'ntt.pdf');
  await print(readFileSync(NTT, 'utf8'), out);
  const text = await tasksOf(NTT);
  const pdf = await tasksOf(out);
  expect(pdf.title).toBe(text.title);
  const brief = (d: typeof text) => d.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
  expect(brief(pdf)).toEqual(brief(text));
  // the list's end wraps onto the signature line (等省直有关部门　福建省人民政府办公厅　2018年1月29日)
  expect(pdf.tasks.find((t) => t.id === '2.4')!.units.map((u) => u.name)).toEqual(['省科技厅', '省发改委', '省经信委', '省财政厅', '省直有关部门']);
}, 30_000);

test('running heads and page numbers are no text of a task; a task says its page and line', async () => {
  const pdf = await tasksOf(join(dir, 'n48.pdf'));
  const json = JSON.stringify(pdf.tasks);
  expect(json).not.toContain('福建省人民政府文件');
  expect(json).not.toMatch(/— \d+ —/);
  const first = pdf.tasks[0]!;
  expect(first.source).toEqual({ page: expect.any(Number), line: expect.any(Number) });
  expect(first.source!.page).toBeGreaterThanOrEqual(1);
  // a diagnostic's place is a page and a line on it
  const warned = await runCli(['parse', join(dir, 'n48.pdf'), '-f', 'json']);
  expect(warned.stderr).toMatch(/n48\.pdf:p\.\d+:\d+: warning: possible encoding damage/);
});

/** An HTML page printed as it is (a 红头, a centred title …), with the page options given. */
async function printHtml(html: string, out: string, options: Parameters<import('playwright-core').Page['pdf']>[0] = {}): Promise<void> {
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({ path: out, format: 'A4', printBackground: true, margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' }, ...options });
  await page.close();
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraphs = (lines: string[]) => lines.map((l) => `<p>${esc(l) || '&nbsp;'}</p>`).join('');

test('a 红头 (the issuer in large red type, the document number, a red rule) and a title set on two lines: the title whole, the number read, the tasks as in the text', async () => {
  const [title, number, ...body] = readFileSync(N48, 'utf8').split('\n');
  const chars = [...title!];
  const half = Math.ceil(chars.length / 2);
  const out = join(dir, 'red-header.pdf');
  await printHtml(
    `<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:16pt;line-height:1.6}p{margin:0;text-indent:2em}.red{color:#c00;font-size:34pt;text-align:center;letter-spacing:4pt;font-weight:bold}.c{text-align:center;text-indent:0}.t{font-size:20pt}.rule{border-top:2px solid #c00;margin:8pt 0 24pt}</style></head><body><div class="red">福建省人民政府文件</div><p class="c">${esc(number!)}</p><div class="rule"></div><p class="c t">${esc(chars.slice(0, half).join(''))}</p><p class="c t">${esc(chars.slice(half).join(''))}</p>${paragraphs(body)}</body></html>`,
    out,
  );
  const text = await tasksOf(N48);
  const pdf = await tasksOf(out);
  expect([pdf.title, pdf.docNumber]).toEqual([text.title, text.docNumber]);
  const brief = (d: typeof text) => d.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
  expect(brief(pdf)).toEqual(brief(text));
}, 30_000);

test('small pages (A5): page breaks fall inside tasks and inside unit lists, and the tasks are as in the text', async () => {
  const out = join(dir, 'a5.pdf');
  await printHtml(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:14pt;line-height:1.5}p{margin:0;text-indent:2em}</style></head><body>${paragraphs(readFileSync(N48, 'utf8').split('\n'))}</body></html>`, out, {
    format: 'A5',
    displayHeaderFooter: true,
    headerTemplate: '<div style="font-size:8px;width:100%;text-align:center">闽政〔2017〕48号</div>',
    footerTemplate: '<div style="font-size:8px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
  });
  const text = await tasksOf(N48);
  const pdf = await tasksOf(out);
  // more pages than tasks' worth of lines: breaks inside tasks are certain
  expect(new Set(pdf.tasks.map((t) => t.source!.page)).size).toBeGreaterThan(5);
  const brief = (d: typeof text) => d.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
  expect(brief(pdf)).toEqual(brief(text));
}, 30_000);

/** A 任务分工表 of 30 rows in a table with fixed column widths, so that it runs over several pages; cells set at the top or in the middle. */
function taskTableHtml(align: 'top' | 'middle'): string {
  const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>${i + 1}</td><td>推进第${i + 1}项重点工作，加快项目建设进度，确保按期完成年度目标任务</td><td>市发改委</td><td>市财政局、市科技局、市自然资源和规划局</td><td>2024年12月底</td></tr>`).join('');
  return `<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:12pt}td,th{border:1px solid #000;padding:4pt;vertical-align:${align}}table{border-collapse:collapse;width:100%}</style></head><body><p>某市2024年重点工作任务分工表</p><table><colgroup><col style="width:8%"><col style="width:42%"><col style="width:14%"><col style="width:22%"><col style="width:14%"></colgroup><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>${rows}</table><p>某市人民政府办公室</p></body></html>`;
}

test.each(['middle', 'top'] as const)('a task table printed over several pages, its cells wrapped and set at the %s: every row a task with its units, roles and deadline', async (align) => {
  const out = join(dir, `table-${align}.pdf`);
  await printHtml(taskTableHtml(align), out, { margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' }, displayHeaderFooter: true, headerTemplate: '<div></div>', footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>' });
  const pdf = await tasksOf(out);
  expect(new Set(pdf.tasks.map((t) => t.source!.page)).size).toBeGreaterThanOrEqual(3);
  expect(pdf.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`).join('、'), (t as { deadline?: string | null }).deadline])).toEqual(
    Array.from({ length: 30 }, (_, i) => [String(i + 1), `推进第${i + 1}项重点工作，加快项目建设进度，确保按期完成年度目标任务`, '市发改委:lead、市财政局:cooperating、市科技局:cooperating、市自然资源和规划局:cooperating', '2024年12月底']),
  );
}, 30_000);

test('a table with narrow columns, whose header cells wrap (序 / 号, 牵头单 / 位) as its cells do: every row a task', async () => {
  const rows = Array.from({ length: 45 }, (_, i) => `<tr><td>${i + 1}</td><td>推进第${i + 1}项重点工作，确保按期完成</td><td>市发改委</td><td>市财政局、市科技局</td><td>2024年12月底</td></tr>`).join('');
  const out = join(dir, 'narrow-table.pdf');
  await printHtml(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:12pt}td,th{border:1px solid #000;padding:4pt}table{border-collapse:collapse}</style></head><body><p>某市2024年重点工作任务分工表</p><table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>${rows}</table></body></html>`, out);
  const pdf = await tasksOf(out);
  expect(pdf.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`).join('、'), t.deadline])).toEqual(
    Array.from({ length: 45 }, (_, i) => [String(i + 1), `推进第${i + 1}项重点工作，确保按期完成`, '市发改委:lead、市财政局:cooperating、市科技局:cooperating', '2024年12月底']),
  );
}, 30_000);

test.each([
  ['each cell its own box, apart from its neighbours (border="1" cellspacing="4")', '<table border="1" cellspacing="4" cellpadding="3">'],
  ['collapsed borders', '<table style="border-collapse:collapse" border="1" cellpadding="3">'],
])('a drawn table (%s) is read from its lines: a lead cell merged over rows, a category row across, names set apart by spaces', async (_, open) => {
  const out = join(dir, `drawn-${open.length}.pdf`);
  const rows = [
    '<tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>',
    '<tr><td colspan="4">一、扩大开放合作</td></tr>',
    '<tr><td>1</td><td>办好中国―东盟博览会系列活动</td><td rowspan="3">市商务局</td><td>市外办&nbsp;&nbsp;市贸促会</td></tr>',
    '<tr><td>2</td><td>推进跨境电商综合试验区建设</td><td>市财政局<br>南宁海关</td></tr>',
    '<tr><td>3</td><td>培育外贸新业态</td><td>市工信局</td></tr>',
    '<tr><td colspan="4">二、优化营商环境</td></tr>',
    '<tr><td>4</td><td>推行企业开办全程网办</td><td>市市场监管局</td><td>市公安局、市税务局</td></tr>',
  ];
  await printHtml(`<html><head><meta charset="utf-8"><style>body{font-family:"Noto Serif CJK SC",serif;font-size:12pt}</style></head><body><p>某市2024年开放型经济重点任务分工表</p>${open}${rows.join('')}</table></body></html>`, out);
  const pdf = await tasksOf(out);
  expect(pdf.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`).join('、')])).toEqual([
    ['1.1', '办好中国—东盟博览会系列活动', '市商务局:lead、市外办:cooperating、市贸促会:cooperating'],
    ['1.2', '推进跨境电商综合试验区建设', '市商务局:lead、市财政局:cooperating、南宁海关:cooperating'],
    ['1.3', '培育外贸新业态', '市商务局:lead、市工信局:cooperating'],
    ['2.4', '推行企业开办全程网办', '市市场监管局:lead、市公安局:cooperating、市税务局:cooperating'],
  ]);
}, 30_000);

// the blind pages of fixtures/formats (d23-blind-hNN.html) printed as an analyst saves them: every page but two reads as
// its HTML does (04's table is ruled only across, 12's units one a line run on in a narrow column: left as found)
test.each(['01', '02', '03', '05', '06', '07', '08', '09', '10', '11'])('the blind page d23-blind-h%s printed to PDF by Chromium reads as its HTML does', async (nn) => {
  const name = `d23-blind-h${nn}`;
  const out = join(dir, `${name}.pdf`);
  const page = await browser.newPage();
  await page.goto(`file://${join(ROOT, 'fixtures/formats', `${name}.html`)}`);
  await page.pdf({ path: out });
  await page.close();
  const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures/formats', `${name}.expected.json`), 'utf8')) as Expected;
  const r = await runCli(['parse', out, '-f', 'json', '-q']);
  expectTasks(JSON.parse(r.stdout).documents[0] as Parameters<typeof expectTasks>[0], expected);
}, 30_000);

describe('PDFs printed from Word (fixtures/pdf: the .doc fixtures exported by LibreOffice Writer)', () => {
  test.each(['fujian-2017-48-industry-university-research', 'fujian-2018-technology-transfer-division'])("%s.pdf gives the text seed's title and tasks: ids, titles, units and roles", async (seed) => {
    const text = await tasksOf(join(ROOT, 'seeds', `${seed}.txt`));
    const pdf = await tasksOf(join(ROOT, 'fixtures/pdf', `${seed}.pdf`));
    expect([pdf.title, pdf.docNumber]).toEqual([text.title, text.docNumber]);
    const brief = (d: typeof text) => d.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`), t.deadline ?? null]);
    expect(brief(pdf)).toEqual(brief(text));
  });

  test('a Word task table printed to PDF is read as a table', async () => {
    const pdf = await tasksOf(join(ROOT, 'fixtures/pdf/county-livelihood-task-table.pdf'));
    expect(pdf.tasks.map((t) => [t.id, t.units.map((u) => `${u.name}:${u.role}`).join('、'), t.deadline])).toEqual([
      ['1', '县住建局:lead、县财政局:cooperating、各乡镇人民政府:cooperating', '2024年12月底'],
      ['2', '县交通运输局:lead、县公安局:cooperating、县自然资源局:cooperating', '2024年10月底'],
      ['3', '县水利局:lead、县卫健委:cooperating', '2024年11月底'],
    ]);
  });

  test('a PDF whose cross-reference table is not where its end says is read all the same, with a warning', async () => {
    const good = readFileSync(join(ROOT, 'fixtures/pdf/fujian-2017-48-industry-university-research.pdf'));
    const text = good.toString('latin1');
    const at = text.lastIndexOf('startxref');
    // point startxref into the middle of a stream
    const damaged = Buffer.from(`${text.slice(0, at)}startxref\n${Math.floor(at / 2)}\n%%EOF\n`, 'latin1');
    const file = join(dir, 'damaged-xref.pdf');
    writeFileSync(file, damaged);
    const r = await runCli(['parse', file, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: the PDF's cross-reference table is damaged; it was read by scanning the file/);
    expect(JSON.parse(r.stdout).documents[0].tasks).toHaveLength(16);
    // the good file says nothing of it
    expect((await runCli(['parse', join(ROOT, 'fixtures/pdf/fujian-2017-48-industry-university-research.pdf'), '-f', 'json'])).stderr).not.toContain('cross-reference');
  });

  test('a password-protected PDF is one line, exit 2, the other files still read', async () => {
    const file = join(ROOT, 'fixtures/pdf/password-protected.pdf');
    const r = await runCli(['parse', file, N48, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('policy-check:'))).toEqual([`policy-check: ${file}: the PDF needs a password to open: remove it and try again`]);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });
});

test('each seed\'s web page (navigation, metadata table, share bar, footer) printed to PDF as a browser saves it: the title and tasks of the text seed', async () => {
  const browserHeader = '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;padding:0 1cm"><span>2026/12/4 10:21</span><span class="title"></span></div>';
  const browserFooter = '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;padding:0 1cm"><span>https://www.fujian.gov.cn/zwgk/</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>';
  for (const seed of ['fujian-2017-48-industry-university-research', 'fujian-2018-technology-transfer-division']) {
    const html = textToHtml(readFileSync(join(ROOT, 'seeds', `${seed}.txt`), 'utf8')).toString('utf8').replace(/<script[\s\S]*?<\/script>/, '');
    const out = join(dir, `web-${seed}.pdf`);
    await printHtml(html, out, { displayHeaderFooter: true, headerTemplate: browserHeader, footerTemplate: browserFooter, margin: { top: '1.5cm', bottom: '1.5cm', left: '1cm', right: '1cm' } });
    const text = await tasksOf(join(ROOT, 'seeds', `${seed}.txt`));
    const pdf = await tasksOf(out);
    const brief = (d: typeof text) => d.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`)]);
    expect(pdf.title).toBe(text.title);
    expect(brief(pdf)).toEqual(brief(text));
  }
}, 60_000);

test('CJK radicals a font put for ideographs are read as the ideographs (⼈⺠ → 人民)', async () => {
  const pdf = await tasksOf(join(dir, 'n48.pdf'));
  expect(JSON.stringify(pdf)).not.toMatch(/[\u2e80-\u2eff\u2f00-\u2fdf]/);
  expect(RADICAL_SUPPLEMENT.get('⺠')).toBe('民');
  expect(RADICAL_SUPPLEMENT.get('⻓')).toBe('长');
  // U+2E81–U+2EF3 of EquivalentUnifiedIdeograph.txt whose ideograph is in the BMP
  expect(RADICAL_SUPPLEMENT.size).toBe(101);
});

test('a PDF with no text (a scan) and a truncated PDF are one line each, exit 2; the other files are still read', async () => {
  const blank = join(dir, 'scan.pdf');
  const page = await browser.newPage();
  await page.setContent('<html><body><div style="width:300px;height:300px;background:#888"></div></body></html>');
  await page.pdf({ path: blank, format: 'A4' });
  await page.close();
  const cut = join(dir, 'cut.pdf');
  const whole = readFileSync(join(dir, 'n48.pdf'));
  writeFileSync(cut, whole.subarray(0, 2000));
  const r = await runCli(['parse', blank, cut, N48, '-f', 'json']);
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n').filter((l) => !l.includes('[encoding-damage]'));
  expect(lines).toEqual([`policy-check: ${blank}: the PDF has no text layer (a scan): it needs OCR first`, `policy-check: ${cut}: the PDF is damaged or truncated and cannot be read`]);
  expect(JSON.parse(r.stdout).documents).toHaveLength(1);
});

/** Parses a refused PDF beside a good notice: exit 2, one error line naming the file, the other notice still read. Returns the file. */
async function expectRefusedBeside(pdf: Buffer, name: string, reason: string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  const r = await runCli(['parse', file, N48, '-f', 'json']);
  expect(r.code).toBe(2);
  expect(r.stderr.split('\n').filter((l) => l.startsWith('policy-check:'))).toEqual([`policy-check: ${file}: ${reason}`]);
  expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  return file;
}

/** A PDF of one page whose content is the given Flate-compressed stream. */
function onePagePdf(content: Buffer): Buffer {
  const head = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n';
  return Buffer.concat([Buffer.from(`${head}4 0 obj << /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]);
}

test('a PDF bomb (a page whose compressed content inflates to 100 MB of blanks) is refused before pdfjs reads it: one line, exit 2, the other files still read', async () => {
  const { deflateSync } = await import('node:zlib');
  const content = deflateSync(Buffer.alloc(100 * 1024 * 1024, 0x20));
  const bomb = onePagePdf(content);
  expect(bomb.length).toBeLessThan(200_000);
  await expectRefusedBeside(bomb, 'bomb.pdf', "the PDF's compressed content inflates past 64 MB (a bomb?): not read");
});

test('a PDF bomb of nested graphics states (a 1 KB file whose page opens 200,000 q before its text; pdfjs takes hours) is refused before pdfjs reads it: one line, exit 2, the other files still read', async () => {
  const { deflateSync } = await import('node:zlib');
  const content = deflateSync(Buffer.from(`${'q '.repeat(200_000)}BT /F1 12 Tf 72 712 Td (x) Tj ET${' Q'.repeat(200_000)}`, 'latin1'));
  const bomb = onePagePdf(content);
  expect(bomb.length).toBeLessThan(4_000);
  const file = await expectRefusedBeside(bomb, 'nested.pdf', "the PDF's page content nests graphics states more than 1,000 deep (a bomb?): not read");
  const zh = await runCli(['parse', file, '--lang', 'zh', '-f', 'json']);
  expect(zh.stderr).toContain('图形状态嵌套超过 1,000 层');
});

test('an HTML page saved under a .pdf name is read as HTML; --input-format pdf forces the reader', async () => {
  const page = join(dir, 'page.pdf');
  writeFileSync(page, `<html><body><p>关于做好工作的通知</p><p>一、加强领导（责任单位：市发改委）</p></body></html>`);
  const html = await tasksOf(page);
  expect(html.format).toBe('html');
  const forced = await runCli(['parse', join(dir, 'n48.pdf'), '--input-format', 'pdf', '-f', 'json', '-q']);
  expect(JSON.parse(forced.stdout).documents[0].format).toBe('pdf');
});

test("a page's ruling lines from its operators: stroked lines and thin filled strips, through the matrices saved, restored and set by a form; curves and shading are none", async () => {
  const { rulings } = await import('../../../src/parse/extract/pdf.js');
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const [MOVE, LINE, CURVE, CLOSE] = [0, 1, 2, 4];
  const path = (draw: number, data: number[]) => [OPS.constructPath, [draw, [Float32Array.from(data)], null]] as const;
  const ops = [
    [OPS.transform, [2, 0, 0, 2, 10, 0]],
    [OPS.save, null],
    path(OPS.stroke, [MOVE, 0, 100, LINE, 50, 100]),
    [OPS.restore, null],
    [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 0, 50], null]],
    // a strip 0.5 high: a border drawn as a box; a browser's mitred one
    path(OPS.fill, [MOVE, 0, 0, LINE, 40, 0, LINE, 40, 0.5, LINE, 0, 0.5, CLOSE]),
    path(OPS.fill, [MOVE, 0, 0, LINE, 0, 30, LINE, 1, 29, LINE, 1, 1]),
    [OPS.paintFormXObjectEnd, null],
    // shading (a box 20 high) and a curve are no lines
    path(OPS.fill, [MOVE, 0, 0, LINE, 40, 0, LINE, 40, 20, LINE, 0, 20, CLOSE]),
    path(OPS.stroke, [MOVE, 0, 0, CURVE, 10, 10, 20, 10, 30, 0]),
  ] as const;
  const segments = rulings({ fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) }, OPS);
  const round = (s: { x1: number; y1: number; x2: number; y2: number }) => [s.x1, s.y1, s.x2, s.y2].map((v) => Math.round(v * 10) / 10);
  expect(segments.map(round)).toEqual([
    [10, 200, 110, 200],
    [10, 100.5, 90, 100.5],
    [11, 100, 11, 160],
  ]);
});

test('a page drawn with more straight pieces than any table has (a map, a chart) gives no ruling lines, in one pass', async () => {
  const { rulings } = await import('../../../src/parse/extract/pdf.js');
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // one path of 100,001 strokes: a call with one argument each would overflow the stack
  const data = [0, 0, 0];
  for (let k = 1; k <= 100_001; k++) data.push(1, k % 2 ? 10 : 0, k);
  const many = rulings({ fnArray: [OPS.constructPath], argsArray: [[OPS.stroke, [Float32Array.from(data)], null]] }, OPS);
  expect(many).toEqual([]);
  const few = rulings({ fnArray: [OPS.constructPath], argsArray: [[OPS.stroke, [Float32Array.from(data.slice(0, 3 + 3 * 100))], null]] }, OPS);
  expect(few).toHaveLength(100);
});
