/**
 * Notices as users receive them: HTML pages (UTF-8 and GB2312-declared),
 * Markdown (headings, lists, tables), Word (numbers typed, Word's automatic
 * numbering, tables with merged cells), Big5 and Traditional copies. Each
 * gives the same tasks as the text, and each reports positions that mean
 * something in its format.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expectTasks, type Expected, FIXTURES, nth, ROOT, readText, runCli } from '../../helpers.js';
import { makeTemp, removeTemps } from '../../helpers.js';

afterAll(removeTemps);
import { docxWithTable, textToDocx, textToHtml, textToMarkdown, textToMarkdownLists } from '../../builders.js';
import { formatNumber } from '../../../src/parse/extract/docx.js';
import { sniffFormat } from '../../../src/parse/extract/detect.js';
import { withoutSiteName } from '../../../src/parse/extract/html.js';

const SEEDS = ['fujian-2018-technology-transfer-division', 'fujian-2017-48-industry-university-research'];
const dir = makeTemp('pc-formats-');

interface Doc {
  format: string;
  encoding: string;
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  signedDate: string | null;
  tasks: { id: string; number: string[]; title: string; units: { name: string; role: string }[]; openEnded: boolean; deadline: string | null; line: number; source?: Record<string, unknown> }[];
  diagnostics: { code: string; line: number | null; column: number | null; source?: Record<string, unknown> }[];
}

async function parseFile(file: string, extra: string[] = []): Promise<Doc> {
  const r = await runCli(['parse', file, '-f', 'json', ...extra]);
  expect([file, r.code, r.stderr.split('\n').filter((l) => l.startsWith('policy-check:'))]).toEqual([file, 0, []]);
  return JSON.parse(r.stdout).documents[0];
}

const shape = (d: Doc) => d.tasks.map((t) => ({ id: t.id, number: t.number, title: t.title, units: t.units.map((u) => `${u.name}/${u.role}`), openEnded: t.openEnded, deadline: t.deadline }));

function write(name: string, data: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

describe.each(SEEDS)('%s in every format gives the same tasks as the text', (seed) => {
  const text = readText(join(ROOT, 'seeds', `${seed}.txt`));
  const gold = JSON.parse(readText(join(FIXTURES, 'gold', `${seed}.gold.json`))) as { title: string; docNumber: string | null; issuer: string; signedDate: string; tasks: { id: string; title: string; units: string[] }[] };
  let base: Doc;
  beforeAll(async () => {
    base = await parseFile(join(ROOT, 'seeds', `${seed}.txt`));
  });

  const variants: [string, () => Promise<string>][] = [
    ['html (utf-8)', async () => write(`${seed}.html`, textToHtml(text))],
    ['html (declared gb2312, GBK bytes)', async () => write(`${seed}-gb2312.htm`, textToHtml(text, { charset: 'gb2312' }))],
    ['markdown (headings)', async () => write(`${seed}.md`, textToMarkdown(text))],
    ['markdown (ordered lists)', async () => write(`${seed}-lists.md`, textToMarkdownLists(text))],
    ['docx (numbers typed)', async () => write(`${seed}.docx`, await textToDocx(text))],
    ['docx (Word numbering)', async () => write(`${seed}-numbered.docx`, await textToDocx(text, { autoNumbering: 'separate' }))],
  ];
  test.each(variants)('%s', async (_name, build) => {
    const doc = await parseFile(await build());
    expect(shape(doc)).toEqual(shape(base));
    expect(doc.tasks.map((t) => ({ id: t.id, title: t.title, units: t.units.map((u) => u.name) }))).toEqual(gold.tasks.map((t) => ({ id: t.id, title: t.title, units: t.units })));
    expect({ title: doc.title, issuer: doc.issuer, signedDate: doc.signedDate, docNumber: doc.docNumber }).toEqual({ title: gold.title, issuer: gold.issuer, signedDate: gold.signedDate, docNumber: gold.docNumber });
  });

  test('a Traditional copy and a Big5 copy give the same ids and units', async () => {
    const { Converter } = await import('opencc-js/cn2t');
    const trad = Converter({ from: 'cn', to: 'tw' })(text);
    for (const file of [write(`${seed}-trad.txt`, trad), write(`${seed}-big5.txt`, iconv.encode(trad, 'big5'))]) {
      const doc = await parseFile(file);
      expect(doc.tasks.map((t) => ({ id: t.id, units: t.units.map((u) => u.name) }))).toEqual(base.tasks.map((t) => ({ id: t.id, units: t.units.map((u) => u.name) })));
    }
    expect((await parseFile(join(dir, `${seed}-big5.txt`))).encoding).toBe('big5');
  });
});

describe('Word numbering', () => {
  test('a multilevel list (一、 （一） 1. （1）, deeper levels restarting) gives the ids of the typed text', async () => {
    const text = [
      '福建省科学技术厅关于印发科技成果转化工作要点的通知',
      '一、完善转化机制',
      '（一）健全评价体系',
      '1.开展评价试点。在5家高校开展试点。',
      '（1）制定评价指引。研究制定指引。',
      '责任单位：省科技厅',
      '（2）培育评价机构。遴选第三方机构。',
      '责任单位：省科技厅、省教育厅',
      '2.推行赋权改革。扩大试点范围。',
      '（1）扩大试点。新增10家单位。',
      '责任单位：省教育厅',
      '（二）畅通转化渠道',
      '1.建设技术市场。完善网上平台。',
      '责任单位：省科技厅、省商务厅',
      '二、强化要素保障',
      '（一）加大资金投入',
      '1.设立转化基金。',
      '责任单位：省财政厅',
      '福建省科学技术厅',
      '2023年5月6日',
    ].join('\n');
    const typed = await parseFile(write('multilevel.txt', text));
    const doc = await parseFile(write('multilevel.docx', await textToDocx(text, { autoNumbering: 'multilevel' })));
    expect(typed.tasks.map((t) => t.id)).toEqual(['1.1.1.1', '1.1.1.2', '1.1.2.1', '1.2.1', '2.1.1']);
    expect(shape(doc)).toEqual(shape(typed));
    expect(doc.tasks[0]?.source).toEqual({ paragraph: 5 });
  });

  test.each([
    [3, 'decimal', '3'],
    [3, 'chineseCounting', '三'],
    [12, 'chineseCountingThousand', '十二'],
    [21, 'taiwaneseCounting', '二十一'],
    [2, 'decimalEnclosedCircle', '②'],
    [4, 'upperRoman', 'IV'],
    [2, 'lowerLetter', 'b'],
    [7, 'decimalFullWidth', '７'],
  ])('formatNumber(%d, %s) = %s', (n, fmt, out) => expect(formatNumber(n, fmt)).toBe(out));
});

describe('task tables', () => {
  const expectedFor = (name: string) => JSON.parse(readText(join(FIXTURES, 'formats', `${name}.expected.json`))) as Expected;
  const tableFixtures = readdirSync(join(FIXTURES, 'formats')).filter((f) => /\.(html?|md|txt|docx|pdf)$/.test(f));

  test.each(tableFixtures)('%s', async (file) => {
    const expected = expectedFor(file.replace(/\.(html?|md|txt|docx|pdf)$/, ''));
    const doc = await parseFile(join(FIXTURES, 'formats', file));
    expectTasks(doc, expected);
    for (const [k, v] of Object.entries(expected.metadata ?? {})) expect([k, (doc as unknown as Record<string, unknown>)[k]]).toEqual([k, v]);
  });

  test('the same table in Word, with merged cells (gridSpan, vMerge), gives the same tasks as the HTML page', async () => {
    const expected = expectedFor('quanzhou-business-environment-task-table');
    const docx = await docxWithTable(
      '泉州市人民政府办公室关于印发2023年优化营商环境重点任务分工方案的通知',
      ['泉政办〔2023〕15号', '各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位：', '泉州市人民政府办公室', '2023年3月20日'],
      ['序号', '重点领域', '重点任务', '具体措施', '牵头单位', '配合单位', '完成时限'],
      [
        [{ text: '1' }, { text: '政务服务', rowSpan: 3 }, { text: '深化“一件事一次办”' }, { text: '梳理高频事项清单，推行集成套餐服务。' }, { text: '市数字泉州办' }, { text: '市直有关单位' }, { text: '2023年6月底前' }],
        [{ text: '2', rowSpan: 2 }, { text: '推进政务服务“跨省通办”', rowSpan: 2 }, { text: '拓展“跨省通办”事项范围。' }, { text: '市行政服务中心管委会', rowSpan: 2 }, { text: '市公安局、市人社局' }, { text: '2023年12月底前', rowSpan: 2 }],
        [{ text: '建立异地代收代办机制。' }, { text: '各县（市、区）人民政府' }],
        [{ text: '3' }, { text: '市场环境', rowSpan: 2 }, { text: '降低企业开办成本' }, { text: '推行企业开办全程网办，免费刻制印章。' }, { text: '市市场监管局' }, { text: '市公安局、税务局、人社局' }, { text: '长期坚持' }],
        [{ text: '4' }, { text: '加强知识产权保护' }, { text: '开展知识产权侵权专项整治。' }, { text: '市市场监管局（市知识产权局）' }, { text: '市中级人民法院、市公安局' }, { text: '2023年底前' }],
        [{ text: '三、要素保障', columnSpan: 7 }],
        [{ text: '5' }, { text: '要素保障' }, { text: '降低用地成本' }, { text: '推行工业用地弹性出让。' }, { text: '市自然资源和规划局' }, { text: '' }, { text: '2023年9月底前' }],
      ],
    );
    const doc = await parseFile(write('table.docx', docx));
    expectTasks(doc, expected);
    expect(doc.tasks[1]?.source).toEqual(expect.objectContaining({ table: 1, row: 3, cell: 3 }));
  });

  test('a table without a unit column is a warning, and its rows are sections', async () => {
    const html = `<html><body><div id="zoom"><p>关于做好防汛工作的通知</p><p>一、工作安排</p><table><tr><td>序号</td><td>工作任务</td><td>完成时限</td></tr><tr><td>1</td><td>排查隐患点。</td><td>5月底前</td></tr></table><p>二、有关要求</p><p>（一）加强值守。</p><p>责任单位：市应急局</p></div></body></html>`;
    const doc = await parseFile(write('no-units.html', html));
    expect(doc.diagnostics.map((d) => d.code)).toContain('table-without-units');
    expect(doc.tasks.map((t) => t.id)).toEqual(['2.1']);
  });

  test('a row whose task cell starts with a year or a decimal is still its 序号 row (the reader types the line; the number grammar does not guess)', async () => {
    const html = `<html><body><div id="zoom"><p>关于下达民生实事项目的通知</p><table><tr><td>序号</td><td>项目名称</td><td>责任单位</td><td>完成时限</td></tr><tr><td>3</td><td>老旧小区改造项目</td><td>住建局</td><td>2024年底</td></tr><tr><td>4</td><td>1.5亿元专项资金拨付项目</td><td>财政局</td><td>2024年6月</td></tr><tr><td>5</td><td>2024年农村公路防护工程</td><td>交通局</td><td>2024年底</td></tr></table></div></body></html>`;
    const doc = await parseFile(write('typed-rows.html', html));
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name), t.deadline])).toEqual([
      ['3', '老旧小区改造项目', ['住建局'], '2024年底'],
      ['4', '1.5亿元专项资金拨付项目', ['财政局'], '2024年6月'],
      ['5', '2024年农村公路防护工程', ['交通局'], '2024年底'],
    ]);
  });

  describe('a table is read from its cells: the parser sees the source\'s own text, and the reader says what each cell is', () => {
    const page = (rows: string, after = '') =>
      `<html><body><div id="zoom"><p>关于印发重点事项目录的通知</p><p>各部门：</p><p>现将目录印发给你们，请认真组织实施。</p><p>某某镇人民政府</p><p>2024年10月11日</p><p>重点事项目录</p><table><tr><td>序号</td><td>事项名称</td><td>具体措施</td><td>承办部门</td><td>完成时间</td></tr>${rows}</table>${after}</div></body></html>`;
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    /** The lines a reader typed, each with its hint. */
    const typedLines = (src: { lines: string[]; hints: ReadonlyMap<number, unknown> }) => src.lines.map((l, i) => [l, src.hints.get(i)]).filter(([, h]) => h);

    test('no label or number is written out: the lines are the cells, the hints say row 1, a unit cell under 承办部门, a deadline cell', async () => {
      const { readHtml } = await import('../../../src/parse/extract/html.js');
      const src = await readHtml(Buffer.from(page(row(['1', '民生实事项目安排', '', '党政办', '第四季度']))), 'utf-8');
      expect(typedLines(src)).toEqual([
        ['民生实事项目安排', { kind: 'item', token: '1.', length: 0, table: 1 }],
        ['党政办', { kind: 'cell', column: 'responsible', header: '承办部门' }],
        ['第四季度', { kind: 'cell', column: 'deadline', header: '完成时间' }],
      ]);
      expect(src.lines.join('\n')).not.toMatch(/责任单位：|完成时限：|^1\./m);
    });

    test('a Markdown ordered list gives its numbers in the hints, not in the text: 1. at the top, （1） one level down', async () => {
      const { readMarkdown } = await import('../../../src/parse/extract/markdown.js');
      const md = ['# 关于做好防汛工作的通知', '', '1. 加强值守（责任单位：市应急局）', '   1. 落实值班制度（责任单位：市水利局）', ''].join('\n');
      const src = await readMarkdown(md, 'utf-8');
      expect(typedLines(src)).toEqual([
        ['加强值守（责任单位：市应急局）', { kind: 'item', token: '1.', length: 0 }],
        ['落实值班制度（责任单位：市水利局）', { kind: 'item', token: '（1）', length: 0 }],
      ]);
      const doc = await parseFile(write('md-list-hints.md', md));
      expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([
        ['1', '加强值守', ['市应急局']],
        ['1.1', '落实值班制度', ['市水利局']],
      ]);
    });

    test('cells are never taken for the page around them: a task named …安排 after the signature is no attached title, 11/30 is no page number', async () => {
      const doc = await parseFile(
        write('cells-not-furniture.html', page(row(['1', '民生实事项目安排', '', '党政办', '第四季度']) + row(['2', '道路修复养护工程', '', '城建中心', '11/30']) + row(['3', '菜市场运营管理项目', '', '镇人民政府办公室', '2024年12月31日']))),
      );
      expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name), t.deadline])).toEqual([
        ['1', '民生实事项目安排', ['党政办'], '第四季度'],
        ['2', '道路修复养护工程', ['城建中心'], '11/30'],
        ['3', '菜市场运营管理项目', ['镇人民政府办公室'], '2024年12月31日'],
      ]);
      expect([doc.issuer, doc.signedDate]).toEqual(['某某镇人民政府', '2024-10-11']);
    });

    test('a unit cell over a date cell is no signature: a notice that ends in its table has no issuer or date from it', async () => {
      const text = ['关于印发重点事项目录的通知', '', '序号', '事项名称', '承办部门', '完成时间', '1', '菜市场运营管理项目', '城建中心', '2024年10月11日', '2', '道路养护工程', '某某镇人民政府', '2024年12月31日'].join('\n');
      const doc = await parseFile(write('cells-no-signature.txt', text));
      expect([doc.issuer, doc.signedDate]).toEqual([null, null]);
      expect(doc.tasks.map((t) => [t.id, t.units.map((u) => u.name), t.deadline])).toEqual([
        ['1', ['城建中心'], '2024年10月11日'],
        ['2', ['某某镇人民政府'], '2024年12月31日'],
      ]);
    });

    test('a measures cell is the task\'s body, not its title, unless the task cell is empty; a row with neither stands on its 序号 with no title', async () => {
      const doc = await parseFile(write('cells-measures.html', page(row(['1', '推进老旧小区改造', '完成改造12个小区', '住建局', '年底']) + row(['2', '', '开展专项整治', '城管局', '6月底']) + row(['3', '', '', '水务局', '9月底']))));
      expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([
        ['1', '推进老旧小区改造', ['住建局']],
        ['2', '开展专项整治', ['城管局']],
        ['3', '', ['水务局']],
      ]);
      expect((doc.tasks[0] as unknown as { text: string }).text).toContain('完成改造12个小区');
    });
  });

  test('Markdown: an ordered list item whose text starts with a decimal keeps the number the list gives it', async () => {
    const md = ['# 关于下达专项资金的通知', '', '## 一、资金安排', '', '1. 1.5亿元专项资金拨付到位（责任单位：县财政局）', '2. 2024年农村公路防护工程（责任单位：县交通局）', ''].join('\n');
    const doc = await parseFile(write('typed-list.md', md));
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([
      ['1.1', '1.5亿元专项资金拨付到位', ['县财政局']],
      ['1.2', '2024年农村公路防护工程', ['县交通局']],
    ]);
  });

  test('HTML: one unit per line in a cell (<br> or <p>) lists several units', async () => {
    const html = `<html><body><div id="zoom"><p>关于印发重点任务分工的通知</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td>推行企业开办一日办结</td><td>县政务服务办<br>县市场监管局</td><td><p>县公安局</p><p>县人社局</p></td></tr></table></div></body></html>`;
    const doc = await parseFile(write('units-per-line.html', html));
    expect(doc.tasks.map((t) => t.units.map((u) => `${u.name}/${u.role}`))).toEqual([['县政务服务办/lead', '县市场监管局/lead', '县公安局/cooperating', '县人社局/cooperating']]);
  });

  const cellPerLine = (rows: string[][]) => ['关于印发重点任务清单的通知', '', '序号', '重点任务', '责任单位', '完成时限', ...rows.flat()].join('\n');

  test('a table copied one cell per line: each row is a task at the line of its number', async () => {
    const text = cellPerLine([
      ['1', '推进甲项工作', '市发改委、财政局', '2023年底前'],
      ['2', '推进乙项工作', '市科技局', '长期坚持'],
    ]);
    const doc = await parseFile(write('cells.txt', text));
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name), t.deadline, t.line])).toEqual([
      ['1', '推进甲项工作', ['市发改委', '市财政局'], '2023年底前', 7],
      ['2', '推进乙项工作', ['市科技局'], '长期坚持', 11],
    ]);
  });

  test('a table with columns set apart by spaces; a row with an empty cell ends it with a warning', async () => {
    const text = ['关于印发重点任务清单的通知', '', '序号  重点任务  责任单位  完成时限', '1  推进甲项工作  市发改委、财政局  2023年底前', '2  推进乙项工作  市科技局  长期坚持', '3  推进丙项工作  2024年底前', '4  推进丁项工作  市商务局  2024年底前'].join('\n');
    const doc = await parseFile(write('spaced.txt', text));
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name), t.deadline, t.line])).toEqual([
      ['1', '推进甲项工作', ['市发改委', '市财政局'], '2023年底前', 4],
      ['2', '推进乙项工作', ['市科技局'], '长期坚持', 5],
    ]);
    expect(doc.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'table-cells-uneven', line: 6 })]));
  });

  test('label lines set apart by wide spaces are not a table', async () => {
    const text = ['关于做好防汛工作的通知', '一、加强值守', '（一）落实值班制度。', '牵头单位：市应急局　　配合单位：市水利局　　完成时限：2024年6月底前'].join('\n');
    const doc = await parseFile(write('labels-spaced.txt', text));
    expect(doc.tasks.map((t) => [t.id, t.units.map((u) => `${u.name}/${u.role}`), t.deadline])).toEqual([['1.1', ['市应急局/lead', '市水利局/cooperating'], '2024年6月底前']]);
  });

  test('a row with a wrapped task cell is read by what its lines hold, with a warning at that row', async () => {
    const text = cellPerLine([
      ['1', '推进甲项工作', '市发改委', '2023年底前'],
      ['2', '推进乙项工作，', '并做好丙项', '市科技局', '长期坚持'],
      ['3', '推进丁项工作', '市财政局', '2024年底前'],
    ]);
    const doc = await parseFile(write('cells-uneven.txt', text));
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name), t.deadline])).toEqual([
      ['1', '推进甲项工作', ['市发改委'], '2023年底前'],
      ['2', '推进乙项工作，并做好丙项', ['市科技局'], '长期坚持'],
      ['3', '推进丁项工作', ['市财政局'], '2024年底前'],
    ]);
    expect(doc.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'table-row-by-content', line: 11, params: { row: 2, columns: 4 } })]));
  });

  test('a unit name wrapped by its cell (市科 / 技局, 区教育局、区财 / 政局) is read whole; prose before a unit line is never joined to it', async () => {
    const text = cellPerLine([
      ['1', '推进甲项工作', '市发改委', '2023年底前'],
      ['2', '推进乙项工作', '市科', '技局', '长期坚持'],
      ['3', '推进丁项工作', '区教育局、区财', '政局', '2024年底前'],
    ]);
    const doc = await parseFile(write('cells-uneven-unit.txt', text));
    expect(doc.tasks.map((t) => [t.id, t.units.map((u) => u.name), t.deadline])).toEqual([
      ['1', ['市发改委'], '2023年底前'],
      ['2', ['市科技局'], '长期坚持'],
      ['3', ['区教育局', '区财政局'], '2024年底前'],
    ]);
    // a task cell wrapped before the unit cell (持续推进改革 / 市发改委) still ends the table: fixtures/parse/c10-*
  });
});

describe('positions that mean something in each format', () => {
  test('HTML: the line and column of the element in the page; diagnostics too', async () => {
    const text = readText(join(ROOT, 'seeds', 'fujian-2017-48-industry-university-research.txt'));
    const file = write('positions.html', textToHtml(text));
    const page = readFileSync(file, 'utf8').split('\n');
    const doc = await parseFile(file);
    const t = nth(doc.tasks, 0);
    expect(page[t.line - 1]).toContain('1.实施产学研合作示范工程');
    expect(t.source).toEqual(expect.objectContaining({ line: t.line, element: 'p' }));
    const damage = doc.diagnostics.find((d) => d.code === 'encoding-damage')!;
    expect(page[damage.line! - 1]).toContain('中国?海峡');
  });

  test('HTML: paragraphs of one cell split by <br><br> keep their own lines', async () => {
    const page = [
      '<html><body><table><tr><td>',
      '关于做好植树造林工作的通知<br><br>',
      '各镇人民政府、街道办事处：<br><br>',
      '　　一、重点任务<br><br>',
      '　　1.完成新造林2万亩。年底前全部完成。（县林业局牵头，县财政局配合）<br><br>',
      '　　2.加强森林防火。严格野外用火管理。（县林业局牵头，各镇（街道）配合）<br><br>',
      '</td></tr></table></body></html>',
    ].join('\n');
    const doc = await parseFile(write('br-paragraphs.html', page));
    expect(doc.tasks.map((t) => [t.id, t.line, t.units.map((u) => `${u.name}/${u.role}`)])).toEqual([
      ['1.1', 5, ['县林业局/lead', '县财政局/cooperating']],
      ['1.2', 6, ['县林业局/lead', '各镇（街道）/cooperating']],
    ]);
    expect(doc.tasks[0]?.source).toEqual(expect.objectContaining({ line: 5, element: 'td' }));
  });

  test('Markdown: the line in the Markdown file', async () => {
    const text = readText(join(ROOT, 'seeds', 'fujian-2018-technology-transfer-division.txt'));
    const file = write('positions.md', textToMarkdown(text));
    const md = readFileSync(file, 'utf8').split('\n');
    const doc = await parseFile(file);
    for (const t of doc.tasks.slice(0, 5)) expect(md[t.line - 1]).toContain(t.title);
  });

  test('Word: the paragraph number', async () => {
    const text = readText(join(ROOT, 'seeds', 'fujian-2017-48-industry-university-research.txt'));
    const doc = await parseFile(write('positions.docx', await textToDocx(text)));
    // the title is paragraph 1; the text's line n is paragraph n
    expect(doc.tasks[0]?.line).toBe(16);
    expect(doc.tasks[0]?.source).toEqual({ paragraph: 16 });
  });
});

describe('format detection', () => {
  test.each([
    ['<!DOCTYPE html><html><body></body></html>', 'html'],
    ['<html><head><meta charset="gbk"></head>', 'html'],
    ['# 标题\n\n正文', 'markdown'],
    ['| 序号 | 任务 |\n| --- | --- |', 'markdown'],
    ['一、总体要求\n（一）加强领导', 'text'],
  ])('%j → %s', (head, format) => expect(sniffFormat(Buffer.from(head))).toBe(format));

  test('standard input is sniffed; --input-format forces a reader', async () => {
    const text = readText(join(ROOT, 'seeds', 'fujian-2017-48-industry-university-research.txt'));
    const r = await runCli(['parse', '-', '-f', 'json'], { stdin: textToHtml(text) });
    expect(JSON.parse(r.stdout).documents[0]).toEqual(expect.objectContaining({ format: 'html' }));
    const md = write('notice.txt', textToMarkdownLists(text));
    const asText = await parseFile(md);
    const asMd = await parseFile(md, ['--input-format', 'markdown']);
    expect(asText.format).toBe('text');
    expect(asMd.format).toBe('markdown');
    expect(asMd.tasks.map((t) => t.id)).toHaveLength(16);
  });
});

describe('nesting depth, counted from the text before any parser builds a tree', () => {
  test.each([
    ['<div><div><span>x</span></div></div>', 3],
    ['<p>a<p>b<p>c<br><img src=x><li>d', 0],
    ['<div><div/></div></div></div><div>', 2],
    ['<table><tr><td><div>x</div></td></tr></table>', 2],
  ])('tagDepth(%s) = %i (void elements and those whose end tag may be left out set no depth)', async (html, depth) => {
    const { tagDepth } = await import('../../../src/parse/extract/html.js');
    expect(tagDepth(html)).toBe(depth);
  });

  test.each([
    ['- a\n  - b\n    - c', 3],
    ['- - - x', 3],
    ['> > 1. x', 3],
    ['                                        居中的标题', 0],
    ['-not a marker\n1.5亿元', 0],
    ['\t- x', 3],
  ])('containerDepth(%j) = %i', async (md, depth) => {
    const { containerDepth } = await import('../../../src/parse/extract/markdown.js');
    expect(containerDepth(md)).toBe(depth);
  });
});

/** A Word package of a few hundred kilobytes whose document.xml inflates to `bytes`. */
async function zipBomb(bytes: number): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const para = '<w:p><w:r><w:t>一、推进工作。（责任单位：市发改委）</w:t></w:r></w:p>';
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para.repeat(Math.ceil(bytes / para.length))}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('bad input: one line, exit 2', () => {
  test.each([
    ['truncated.docx', async () => (await textToDocx('关于测试的通知\n一、任务\n1.测试。\n责任单位：省科技厅')).subarray(0, 600), 'damaged or truncated Word file'],
    // a flipped byte inside a compressed part: it no longer inflates to its recorded size (JSZip's "Bug : …" was an internal error)
    ['flipped.docx', async () => {
      const b = Buffer.from(await textToDocx('关于测试的通知\n一、任务\n1.测试。\n责任单位：省科技厅\n'.repeat(30)));
      const at = Math.floor(b.length * 0.3);
      b[at] = b[at]! ^ 0xff;
      return b;
    }, 'damaged or truncated Word file (not a readable zip package)'],
    // a password-protected .docx is an OLE file holding the package as the stream EncryptedPackage
    ['encrypted.docx', async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(1000)]), 'password-protected Word file'],
    // a .docx name on plain text: read as the text it is, which here has no numbered items
    ['not-a-zip.docx', async () => Buffer.from('这不是 Word 文件'), 'no numbered items'],
    // read as what it is, a PDF: this one is cut short
    ['pdf-named.docx', async () => Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), 'the PDF is damaged or truncated'],
    ['no-body.html', async () => '<html><head><title>首页</title></head><body><div class="nav">首页 | 政务公开</div><div class="footer">版权所有</div></body></html>', 'no article body'],
    ['prose.md', async () => '# 关于天气的说明\n\n今天天气晴朗。明天可能下雨。\n', 'no numbered items'],
    ['bomb.docx', async () => zipBomb(70 * 1024 * 1024), 'word/document.xml in the package inflates to more than 64 MB: not read (a zip bomb?)'],
    ['deep.html', async () => `<html><body><div id="zoom"><p>关于测试工作的通知，请各单位认真贯彻落实执行</p>${'<div>'.repeat(20_000)}<p>一、推进工作。</p></div></body></html>`, 'markup nested too deep to read'],
    ['deep-list.md', async () => `# 关于测试的通知\n\n${'- '.repeat(5_000)}推进工作\n`, 'markup nested too deep to read'],
    ['deep-indent.md', async () => `# 关于测试的通知\n\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')}\n`, 'markup nested too deep to read'],
  ])('%s', async (name, build, problem) => {
    const file = write(name, await build());
    const r = await runCli(['parse', file, join(ROOT, 'seeds', 'fujian-2017-48-industry-university-research.txt'), '-f', 'json']);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('policy-check:'));
    expect(lines).toEqual([expect.stringContaining(`policy-check: ${file}: `)]);
    expect(lines[0]).toContain(problem);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });
});

test('parse of a .txt to JSON loads none of remark, cheerio, the Word and PDF readers, ajv, OpenCC, nor the CSV, width and JSON-position libraries', () => {
  // hooks run off the main thread from Node 22 on: write synchronously, or the lines may be lost at exit
  const hooks = write('hooks.mjs', "import { writeSync } from 'node:fs';\nexport async function resolve(s, c, next) { writeSync(2, `RESOLVE ${s}\\n`); return next(s, c); }\n");
  const register = write('register.mjs', `import { register } from 'node:module';\nimport { pathToFileURL } from 'node:url';\nregister(pathToFileURL(${JSON.stringify(hooks)}));\n`);
  const run = (file: string) => spawnSync(process.execPath, ['--import', register, join(ROOT, 'bin/policy-check.js'), 'parse', file, '-f', 'json'], { encoding: 'utf8' });
  const txt = run(join(ROOT, 'seeds', 'fujian-2017-48-industry-university-research.txt'));
  expect(txt.status).toBe(0);
  const loaded = txt.stderr.split('\n').filter((l) => l.startsWith('RESOLVE '));
  expect(loaded.length).toBeGreaterThan(3);
  expect(loaded.filter((l) => /cheerio|remark|unified|mdast|jszip|docx|word-extractor|ajv|opencc|fast-xml-parser|parse5|pdfjs|csv-stringify|get-east-asian-width|jsonc-parser/.test(l))).toEqual([]);
  // the HTML reader does load cheerio: the hook sees it
  const html = run(write('lazy.html', textToHtml(readText(join(ROOT, 'seeds', 'fujian-2017-48-industry-university-research.txt')))));
  expect(html.stderr).toContain('RESOLVE cheerio');
});

test.each([
  ['国务院办公厅关于加快完善县域商业体系的意见_国务院文件_中国政府网', '国务院办公厅关于加快完善县域商业体系的意见'],
  ['湛江市人民政府办公室关于印发任务分工的通知-湛江市人民政府门户网站', '湛江市人民政府办公室关于印发任务分工的通知'],
  ['关于印发2023-2025年数字政府建设方案的通知', '关于印发2023-2025年数字政府建设方案的通知'],
  ['关于印发行动方案的通知 | 市政府网', '关于印发行动方案的通知'],
])('page title %j without the site name', (title, want) => expect(withoutSiteName(title)).toBe(want));
