/**
 * Word files as offices write them: automatic numbering as Word counts it,
 * task tables with auto-numbered or multi-line cells, text boxes, content
 * controls, nested tables, hidden and moved text, and packages laid out in
 * other ways. Each .docx is built by hand (test/builders.ts) and parsed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemp, removeTemps, runCli } from '../../helpers.js';
import { wlvl, wordPackage, wp, wr, wtbl } from '../../builders.js';

afterAll(removeTemps);
const dir = makeTemp('pc-docx-');
let n = 0;

interface Doc {
  title: string | null;
  docNumber: string | null;
  tasks: { id: string; title: string; line: number; deadline: string | null; units: { name: string; role: string }[] }[];
  diagnostics: { code: string; line?: number; source?: Record<string, number> }[];
}

async function parseDocx(bytes: Buffer): Promise<Doc> {
  const file = join(dir, `d${++n}.docx`);
  writeFileSync(file, bytes);
  const r = await runCli(['parse', file, '-f', 'json']);
  expect([r.code, r.stderr.split('\n').filter((l) => l.startsWith('policy-check:'))]).toEqual([0, []]);
  return JSON.parse(r.stdout).documents[0] as Doc;
}

const brief = (d: Doc) => d.tasks.map((t) => `${t.id} ${t.title} | ${t.units.map((u) => u.name + (u.role === 'responsible' ? '' : `/${u.role}`)).join('、')}${t.deadline ? ` | ${t.deadline}` : ''}`);

const TITLE = wp('关于印发重点任务分工的通知');
const HEADER = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].map((h) => wp(h));

describe('task tables in Word', () => {
  test('a 序号 column numbered by Word: empty numbered paragraphs count 1, 2, 3', async () => {
    const seq = wp('', { numId: 1 });
    const rows = [HEADER, [seq, wp('推行企业开办一日办结'), wp('县政务服务办'), wp('县市场监管局'), wp('2023年6月底前')], [seq, wp('优化水电气报装'), wp('县住建局'), wp('县水务局'), wp('2023年9月底前')], [seq, wp('推进政策直达'), wp('县财政局'), wp('县税务局'), wp('长期坚持')]];
    const doc = await parseDocx(await wordPackage({ body: TITLE + wtbl(rows), numbering: `<w:abstractNum w:abstractNumId="0">${wlvl(0, 'decimal', '%1')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` }));
    expect(brief(doc)).toEqual([
      '1 推行企业开办一日办结 | 县政务服务办/lead、县市场监管局/cooperating | 2023年6月底前',
      '2 优化水电气报装 | 县住建局/lead、县水务局/cooperating | 2023年9月底前',
      '3 推进政策直达 | 县财政局/lead、县税务局/cooperating | 长期坚持',
    ]);
  });

  test('one unit per paragraph or per line break in a cell; a name wrapped over two lines stays one', async () => {
    const units = wp('县行政审批服务局') + wp('县市场监管局') + wp(['<w:r><w:t>县税</w:t><w:br/><w:t>务局</w:t></w:r>']);
    const rows = [HEADER, [wp('1'), wp('推行企业开办一日办结'), units, wp(['<w:r><w:t>县公安局</w:t><w:br/><w:t>县人社局</w:t></w:r>']), wp('2023年6月底前')]];
    const doc = await parseDocx(await wordPackage({ body: TITLE + wtbl(rows) }));
    expect(brief(doc)).toEqual(['1 推行企业开办一日办结 | 县行政审批服务局/lead、县市场监管局/lead、县税务局/lead、县公安局/cooperating、县人社局/cooperating | 2023年6月底前']);
  });

  test('a task table inside a layout table, a table nested in a unit cell, rows and cells in content controls', async () => {
    const nestedUnits = wtbl([[wp('县住建局')], [wp('县水务局')]]);
    const row = (k: string, task: string, lead: string, coop: string) => [wp(k), wp(task), wp(lead), coop, wp('2023年底前')];
    const inner = wtbl([HEADER, row('1', '推行企业开办一日办结', '县政务服务办', wp('县市场监管局')), row('2', '优化水电气报装', '县住建局', nestedUnits)]);
    const sdtRow = `<w:sdt><w:sdtContent><w:tr>${row('3', '推进政策直达', '县财政局', wp('县税务局')).map((c) => `<w:tc>${c}</w:tc>`).join('')}</w:tr></w:sdtContent></w:sdt>`;
    const end = inner.lastIndexOf('</w:tbl>');
    const sdtRows = inner.slice(0, end) + sdtRow + inner.slice(end);
    const layout = wtbl([[TITLE + sdtRows]]);
    const doc = await parseDocx(await wordPackage({ body: layout }));
    expect(brief(doc)).toEqual([
      '1 推行企业开办一日办结 | 县政务服务办/lead、县市场监管局/cooperating | 2023年底前',
      '2 优化水电气报装 | 县住建局/lead、县水务局/cooperating | 2023年底前',
      '3 推进政策直达 | 县财政局/lead、县税务局/cooperating | 2023年底前',
    ]);
  });

  test('a table diagnostic points at the Word paragraph of its row', async () => {
    const rows = [['序号', '工作任务', '完成时限'].map((h) => wp(h)), [wp('1'), wp('排查隐患点。'), wp('5月底前')]];
    const doc = await parseDocx(await wordPackage({ body: TITLE + wtbl(rows) + wp('一、有关要求') + wp('（一）加强值守。') + wp('责任单位：市应急局') }));
    const d = doc.diagnostics.find((x) => x.code === 'table-without-units')!;
    expect([d.line, d.source]).toEqual([2, { paragraph: 2, table: 1, row: 1 }]);
  });
});

describe('automatic numbering as Word counts it', () => {
  const levels = `${wlvl(0, 'chineseCounting', '%1、')}${wlvl(1, 'chineseCounting', '（%2）')}`;
  const body = (numIds: [number, number, number]) =>
    [TITLE, wp('重点任务', { numId: 1 }), wp('推进甲项工作。', { numId: numIds[0], ilvl: 1 }), wp('责任单位：市发改委'), wp('推进乙项工作。', { numId: numIds[1], ilvl: 1 }), wp('责任单位：市财政局'), wp('保障措施', { numId: 1 }), wp('推进丙项工作。', { numId: numIds[2], ilvl: 1 }), wp('责任单位：市科技局')].join('');

  test('two w:num of one list continue each other’s count; a startOverride restarts it', async () => {
    const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const numbering = `<w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}`;
    expect((await parseDocx(await wordPackage({ body: body([1, 2, 3]), numbering }))).tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.1']);
  });

  test('an auto-numbered paragraph whose text starts with a decimal keeps the number Word shows', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${wlvl(0, 'chineseCounting', '%1、')}${wlvl(1, 'decimal', '%2.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [TITLE, wp('资金安排', { numId: 1 }), wp('1.5亿元专项资金拨付到位。', { numId: 1, ilvl: 1 }), wp('责任单位：县财政局'), wp('3号楼改造工程。', { numId: 1, ilvl: 1 }), wp('责任单位：县住建局')].join('');
    const doc = await parseDocx(await wordPackage({ body, numbering }));
    expect(doc.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([
      ['1.1', '1.5亿元专项资金拨付到位', ['县财政局']],
      ['1.2', '3号楼改造工程', ['县住建局']],
    ]);
  });

  test('w:lvlRestart 0: item numbers run on across their parents', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${wlvl(0, 'chineseCounting', '%1、')}${wlvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect((await parseDocx(await wordPackage({ body: body([1, 1, 1]), numbering }))).tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.3']);
  });

  test('w:isLgl shows the numbers of a level in decimal', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${wlvl(0, 'chineseCounting', '%1、')}${wlvl(1, 'chineseCounting', '%2.', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const doc = await parseDocx(await wordPackage({ body: body([1, 1, 1]), numbering }));
    expect(doc.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.1']);
    expect(doc.diagnostics.filter((d) => d.code === 'duplicate-id')).toEqual([]);
  });

  test('a list whose levels live in a numbering style (w:numStyleLink)', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="GWList"/>${levels}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="GWList"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="9"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = '<w:style w:type="numbering" w:styleId="GWList"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>';
    expect((await parseDocx(await wordPackage({ body: body([1, 1, 1]), numbering, styles }))).tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.1']);
  });

  test('a level redefined in w:lvlOverride', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${wlvl(0, 'chineseCounting', '%1、')}${wlvl(1, 'decimal', '%2)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1">${wlvl(1, 'chineseCounting', '（%2）')}</w:lvlOverride></w:num>`;
    const doc = await parseDocx(await wordPackage({ body: body([1, 1, 1]), numbering }));
    expect(doc.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '2.1']);
  });
});

describe('text as Word shows it', () => {
  const task = (runs: string[]) => TITLE + wp('一、重点任务') + wp('（一）推进甲项工作。') + wp(runs);

  test('hidden text and text moved away are not read; character references are', async () => {
    const doc = await parseDocx(
      await wordPackage({
        body: task([wr('责任单位&#xFF1A;市发改委&#x3001;市财政局'), wr('、市审计局', '<w:vanish/>'), '<w:moveFrom w:id="1" w:author="x"><w:r><w:t>、市商务局</w:t></w:r></w:moveFrom>']),
      }),
    );
    expect(brief(doc)).toEqual(['1.1 推进甲项工作 | 市发改委、市财政局']);
  });

  test('a bold numbered heading that runs on into its body in plain runs ends where the bold ends', async () => {
    const bold = '<w:b/>';
    const body =
      TITLE +
      wp('一、重点任务') +
      wp([wr('（一）培育龙头骨干企业', bold), wr('对年营业收入首次突破10亿元的工业企业，给予一次性奖励。（责任单位：区工信局）')]) +
      // a bold heading closed by its own full stop reads as before
      wp([wr('（二）加强用地保障。', bold), wr('每年安排新增建设用地指标用于制造业项目。（责任单位：区自然资源局）')]);
    const doc = await parseDocx(await wordPackage({ body }));
    expect(brief(doc)).toEqual(['1.1 培育龙头骨干企业 | 区工信局', '1.2 加强用地保障 | 区自然资源局']);
  });

  test('a text box is read once (not its fallback too), each of its paragraphs a line', async () => {
    const box = (inner: string) => `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${inner}</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const head = wp([box(wp('福州市人民政府关于推进甲项工作的通知') + wp('榕政〔2023〕5号'))]);
    const doc = await parseDocx(await wordPackage({ body: head + wp('一、重点任务') + wp('（一）推进甲项工作。') + wp('责任单位：市发改委') }));
    expect([doc.title, doc.docNumber]).toEqual(['福州市人民政府关于推进甲项工作的通知', '榕政〔2023〕5号']);
  });
});

describe('packages laid out in other ways', () => {
  const body = TITLE + wp('一、重点任务') + wp('（一）推进甲项工作。') + wp('责任单位：市发改委');

  test('the main part where the relationships say (word/document2.xml)', async () => {
    expect(brief(await parseDocx(await wordPackage({ body, main: 'word/document2.xml' })))).toEqual(['1.1 推进甲项工作 | 市发改委']);
  });

  test('another namespace prefix (ns0:p)', async () => {
    expect(brief(await parseDocx(await wordPackage({ body, prefix: 'ns0' })))).toEqual(['1.1 推进甲项工作 | 市发改委']);
  });
});
