/**
 * Progress reports as people send them: Excel workbooks (.xlsx) and CSV files laid out as a
 * 落实情况表, checked end to end through main() against 闽政〔2017〕48号.
 *
 * Every workbook here is built by the test with exceljs. The expectations come from the
 * specification of workbook reports and from the notice's own numbering and 责任单位 lines,
 * not from what the tool prints.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { makeTemp, removeTemps, runCli } from '../helpers.js';

afterAll(removeTemps);

const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';
const NTT = 'seeds/fujian-2018-technology-transfer-division.txt';
const DOC = '闽政〔2017〕48号';
const PERIOD = '2018-H1';

/** The tasks of 闽政〔2017〕48号 by id (二、（一）1. → 2.1.1), as the notice titles them. */
const TITLES: Record<string, string> = {
  '2.1.1': '实施产学研合作示范工程',
  '2.1.2': '支持建立产业技术创新战略联盟',
  '2.1.3': '激发企业科技成果转移转化活力',
  '2.2.4': '建立健全“企业出题、协同攻关、政府补助”的产学研结合机制',
  '2.2.5': '推动科技创新平台共建共享',
  '2.2.6': '加强与中科院等大院大所合作',
  '2.2.7': '发挥科技社团在科技成果转移转化中的桥梁纽带作用',
  '2.3.8': '打造专业化产学研服务载体',
  '2.3.9': '完善技术市场体系',
  '2.3.10': '推进科技交流合作',
  '2.3.11': '加强科技成果转移转化人才队伍建设',
  '2.3.12': '建立市场化的科技成果评价体系',
  '2.3.13': '推进科技成果产业化基地建设',
  '2.4.14': '加强政府各类计划产学研导向',
  '2.4.15': '建立科技成果包发布推广制度',
  '2.4.16': '加强科技成果信息汇交',
};

/** The tasks each unit is assigned in the notice (from its 责任单位 lines). */
const ASSIGNED = {
  省国资委: ['2.1.3'],
  省科协: ['2.2.6', '2.2.7', '2.3.10', '2.3.11'],
  省教育厅: ['2.2.4', '2.2.5', '2.3.9', '2.3.11', '2.3.13', '2.4.15'],
  省经信委: ['2.1.1', '2.1.2', '2.1.3', '2.2.4', '2.2.5', '2.3.8', '2.3.10', '2.3.13', '2.4.14', '2.4.15'],
  省科技厅: ['2.1.1', '2.1.2', '2.1.3', '2.2.4', '2.2.5', '2.2.6', '2.3.8', '2.3.9', '2.3.10', '2.3.11', '2.3.12', '2.3.13', '2.4.14', '2.4.15', '2.4.16'],
} as const;

function title(id: string): string {
  const t = TITLES[id];
  if (t === undefined) throw new Error(`no task ${id} in the notice`);
  return t;
}

// ---------------------------------------------------------------- building workbooks

type Cell = ExcelJS.CellValue;
/** A row of cells from column A; `null` for a blank spacer row. */
type Row = Cell[] | null;

interface SheetSpec {
  name: string;
  rows: Row[];
  merges?: string[];
  state?: ExcelJS.WorksheetState;
  /** Applied after the rows are written (data validation, deleting a row …). */
  after?: (ws: ExcelJS.Worksheet) => void;
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name, spec.state === undefined ? {} : { state: spec.state });
  spec.rows.forEach((row, r) => {
    if (row === null) return;
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      ws.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  spec.after?.(ws);
  return ws;
}

async function writeBook(path: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '省直单位';
  for (const s of sheets) addSheet(wb, s);
  await wb.xlsx.writeFile(path);
}

/** A1-style address of a 1-based column and row. */
function addr(col: number, row: number): string {
  let c = col;
  let s = '';
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return `${s}${row}`;
}

const CANON_HEADER = ['序号', '重点任务', '完成情况', '工作进展', '存在问题', '下步计划', '佐证材料'];

/** A task row of the canonical layout: 序号, 重点任务, 完成情况, 工作进展, 存在问题, 下步计划, 佐证材料. */
function canonRow(id: Cell, task: string, status: string, progress: Cell, evidence = '', problems = '无', next = '按计划继续推进。'): Cell[] {
  return [id, title(task), status, progress, problems, next, evidence];
}

/** Progress text as a unit writes it. */
function progressOf(id: string): string {
  return `围绕“${title(id)}”制定工作方案，明确责任处室和时间节点，上半年已完成阶段目标。`;
}

/** The canonical 落实情况表 of one unit: merged title with the 发文字号, 填报单位 and 报告期 line, header, a row per task. */
function canonicalSheet(unitWritten: string, tasks: readonly string[], name = '落实情况'): SheetSpec {
  return {
    name,
    rows: [
      [`《关于进一步加强以用为导向产学研结合的意见》（${DOC}）贯彻落实情况表`],
      [`填报单位（盖章）：${unitWritten}`, null, null, null, '报告期：2018年上半年'],
      CANON_HEADER,
      ...tasks.map((id) => canonRow(id, id, '推进中', progressOf(id))),
    ],
    merges: ['A1:G1', 'A2:D2', 'E2:G2'],
  };
}

// ---------------------------------------------------------------- running the CLI

interface Finding {
  code: string;
  severity: string;
  unit: string | null;
  document: string | null;
  period: string | null;
  task: string | null;
  title: string | null;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  sheet?: string | null;
  cell?: string | null;
  params: Record<string, unknown>;
}

interface Source {
  from: string;
  cell?: string;
}

interface ReportInfo {
  file: string;
  sheet: string | null;
  unit: string | null;
  document: string | null;
  period: string | null;
  submitted: string | null;
  entries: unknown;
  from: { unit: Source; document: Source; period: Source };
}

interface UnitInfo {
  unit: string;
  document: string;
  period: string;
  reports: string[];
  assigned: number;
  reported: number;
  gaps: number;
}

interface Output {
  findings: Finding[];
  reports?: ReportInfo[];
  units: UnitInfo[];
}

async function check(args: string[]) {
  const r = await runCli(['check', ...args, '-f', 'json']);
  let out: Output;
  try {
    out = JSON.parse(r.stdout) as Output;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 400)}\nstderr: ${r.stderr.slice(0, 400)}`);
  }
  return { ...r, out };
}

function isFile(file: string | null | undefined, name: string): boolean {
  return file != null && (file === name || file.endsWith(`/${name}`));
}

/** The findings about one file. */
function findingsOf(out: Output, name: string): Finding[] {
  return out.findings.filter((f) => isFile(f.file, name));
}

/** The essentials of findings: what, where. */
function brief(fs: Finding[]) {
  return fs.map((f) => ({ code: f.code, severity: f.severity, task: f.task, sheet: f.sheet ?? null, cell: f.cell ?? null }));
}

function reportsOf(out: Output, name: string): ReportInfo[] {
  return (out.reports ?? []).filter((r) => isFile(r.file, name));
}

function onlyReport(out: Output, name: string): ReportInfo {
  const rs = reportsOf(out, name);
  if (rs.length !== 1) throw new Error(`expected one report read from ${name}, got ${rs.length}: ${JSON.stringify(out.reports ?? null)}`);
  return rs[0]!;
}

function unitRow(out: Output, unit: string): UnitInfo {
  const u = out.units.find((x) => x.unit === unit && x.document === DOC && x.period === PERIOD);
  if (u === undefined) throw new Error(`no units entry for ${unit} ${DOC} ${PERIOD}: ${JSON.stringify(out.units.map((x) => `${x.unit} ${x.period}`))}`);
  return u;
}

/** How many entries a report holds, whether given as a count or as a list. */
function entryCount(entries: unknown): number {
  if (typeof entries === 'number') return entries;
  if (Array.isArray(entries)) return entries.length;
  throw new Error(`entries is neither a count nor a list: ${JSON.stringify(entries)}`);
}

const STACK = /\n\s+at .+[(:]\d+/;

// ---------------------------------------------------------------- the tests

describe('workbook layouts that are read in full', () => {
  test('the canonical layout (merged title with the 发文字号, 填报单位（盖章）and 报告期 above the header) with every task of 省国资委 filled has no findings, and says where each field came from', async () => {
    const dir = makeTemp('pc-wb-');
    const file = join(dir, 'gzw.xlsx');
    await writeBook(file, [
      {
        name: '落实情况',
        rows: [
          [`《关于进一步加强以用为导向产学研结合的意见》（${DOC}）贯彻落实情况表`],
          ['填报单位（盖章）：省国资委', null, null, null, '报告期：2018年上半年'],
          CANON_HEADER,
          canonRow('2.1.3', '2.1.3', '已完成', '印发《省属企业科技创新工作指引》，建立科技成果、知识产权归属和利益分享机制，3家省属企业开展试点。', '闽国资〔2018〕201号', '无', '总结试点经验，在省属企业中推广。'),
        ],
        merges: ['A1:G1', 'A2:D2', 'E2:G2'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    const rep = onlyReport(out, 'gzw.xlsx');
    const u = unitRow(out, '省国资委');
    // the specification does not fix how `from.cell` is written (bare `A2` or `落实情况!A2`): only that it names the cell
    const names = (src: Source, cell: string) => ({ from: src.from, cell: src.cell !== undefined && (src.cell === cell || src.cell.endsWith(`!${cell}`)) });
    expect({
      findings: brief(findingsOf(out, 'gzw.xlsx')),
      report: { sheet: rep.sheet, unit: rep.unit, document: rep.document, period: rep.period, entries: entryCount(rep.entries) },
      from: { unit: names(rep.from.unit, 'A2'), document: rep.from.document.from, period: names(rep.from.period, 'E2') },
      unit: { assigned: u.assigned, reported: u.reported, gaps: u.gaps, listed: u.reports.some((p) => isFile(p, 'gzw.xlsx')) },
    }).toEqual({
      findings: [],
      report: { sheet: '落实情况', unit: '省国资委', document: DOC, period: PERIOD, entries: 1 },
      from: { unit: { from: 'cell', cell: true }, document: 'title', period: { from: 'cell', cell: true } },
      unit: { assigned: 1, reported: 1, gaps: 0, listed: true },
    });
  });

  test('other header names in another order (编号, 状态, 工作任务, 进展情况, 附件, 困难问题, 下一步工作), blank spacer rows, a 合计 row and a signature row at the end: read with no findings', async () => {
    const dir = makeTemp('pc-wb-');
    const file = join(dir, 'kx.xlsx');
    await writeBook(file, [
      {
        name: 'Sheet1',
        rows: [
          ['福建省人民政府关于进一步加强以用为导向产学研结合的意见重点任务进展情况表'],
          ['填报单位（盖章）：省科协', null, null, null, null, '报告期：2018年上半年'],
          null,
          ['编号', '状态', '工作任务', '进展情况', '附件', '困难问题', '下一步工作'],
          null,
          ['2.2.6', '推进中', title('2.2.6'), '联合中科院海西研究院举办院士专家对接活动3场，促成合作项目11项。', '', '无', '继续组织院所对接。'],
          ['2.2.7', '已完成', title('2.2.7'), '出台《省科协创新驱动助力工程实施方案》，在12个产业园区建立学会服务站。', '闽科协〔2018〕35号', '无', '巩固学会服务站运行机制。'],
          ['2.3.10', '推进中', title('2.3.10'), '举办第三届海峡两岸科技论坛，邀请台湾专家120人参会。', '', '台湾专家来闽审批时间较长', '提前办理审批手续。'],
          ['2.3.11', '推进中', title('2.3.11'), '组织院士专家“八闽行”活动4场，服务企业60家。', '', '无', '扩大活动覆盖面。'],
          ['合计', null, '共4项', '已完成1项，推进中3项'],
          null,
          ['填表人：王明　　审核人：陈华　　联系电话：0591-87110000'],
        ],
        merges: ['A1:G1', 'A2:E2', 'F2:G2', 'A12:G12'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(brief(findingsOf(out, 'kx.xlsx'))).toEqual([]);
    const rep = onlyReport(out, 'kx.xlsx');
    expect({ unit: rep.unit, document: rep.document, period: rep.period, entries: entryCount(rep.entries) }).toEqual({ unit: '省科协', document: DOC, period: PERIOD, entries: 4 });
    expect(rep.from.document.from).toBe('title');
    const u = unitRow(out, '省科协');
    expect({ assigned: u.assigned, reported: u.reported, gaps: u.gaps }).toEqual({ assigned: 4, reported: 4, gaps: 0 });
  });

  test('a unit written by its full name (福建省科学技术厅) and a renamed unit by its new name (福建省工业和信息化厅 for 省经信委) resolve to the notice\'s units', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'kjt.xlsx'), [canonicalSheet('福建省科学技术厅', ASSIGNED.省科技厅)]);
    await writeBook(join(dir, 'gxt.xlsx'), [canonicalSheet('福建省工业和信息化厅', ASSIGNED.省经信委)]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(brief(findingsOf(out, 'kjt.xlsx'))).toEqual([]);
    expect(brief(findingsOf(out, 'gxt.xlsx'))).toEqual([]);
    const kjt = unitRow(out, '省科技厅');
    const jxw = unitRow(out, '省经信委');
    expect([kjt.assigned, kjt.reported, kjt.gaps, jxw.assigned, jxw.reported, jxw.gaps]).toEqual([15, 15, 0, 10, 10, 0]);
    expect([kjt.reports.some((p) => isFile(p, 'kjt.xlsx')), jxw.reports.some((p) => isFile(p, 'gxt.xlsx'))]).toEqual([true, true]);
    // each report read names the unit it resolved to, as the findings and `units` do
    expect([onlyReport(out, 'kjt.xlsx').unit, onlyReport(out, 'gxt.xlsx').unit]).toEqual(['省科技厅', '省经信委']);
  });

  test('--unit by full name restricts the output to that unit', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'kjt.xlsx'), [canonicalSheet('福建省科学技术厅', ASSIGNED.省科技厅)]);
    await writeBook(join(dir, 'gzw.xlsx'), [canonicalSheet('省国资委', ASSIGNED.省国资委)]);
    const { out } = await check(['-n', N48, dir, '--unit', '福建省科学技术厅', '--fail-on', 'none']);
    expect([...new Set(out.units.map((u) => u.unit))]).toEqual(['省科技厅']);
    expect(out.findings.filter((f) => f.unit !== null && f.unit !== '省科技厅')).toEqual([]);
  });

  test('with the unit and the period only in the file name (省科协-2018H1.xlsx), a title that names no notice, and one notice given, the report is read as that unit\'s, for that notice and period', async () => {
    const dir = makeTemp('pc-wb-');
    const name = '省科协-2018H1.xlsx';
    await writeBook(join(dir, name), [
      {
        name: 'Sheet1',
        rows: [
          ['重点任务落实情况表'],
          CANON_HEADER,
          ...ASSIGNED.省科协.map((id) => canonRow(id, id, '推进中', progressOf(id))),
        ],
        merges: ['A1:G1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(brief(findingsOf(out, name))).toEqual([]);
    const rep = onlyReport(out, name);
    expect({ unit: rep.unit, document: rep.document, period: rep.period }).toEqual({ unit: '省科协', document: DOC, period: PERIOD });
    expect([rep.from.unit.from, rep.from.document.from, rep.from.period.from]).toEqual(['file-name', 'only-notice', 'file-name']);
    const u = unitRow(out, '省科协');
    expect([u.reported, u.gaps]).toEqual([4, 0]);
  });

  test('task numbers are read as written: 二（一）1, （三）12, 2.1.2 and 2.3.10 typed as text, and bare item numbers in numeric cells', async () => {
    const dir = makeTemp('pc-wb-');
    const written: [Cell, string][] = [
      ['二（一）1', '2.1.1'],
      ['2.1.2', '2.1.2'],
      ['二（一）3', '2.1.3'],
      ['二（二）4', '2.2.4'],
      [5, '2.2.5'],
      ['2.2.6', '2.2.6'],
      ['（三）8', '2.3.8'],
      [9, '2.3.9'],
      ['2.3.10', '2.3.10'],
      ['二（三）11', '2.3.11'],
      ['（三）12', '2.3.12'],
      [13, '2.3.13'],
      ['二（四）14', '2.4.14'],
      ['2.4.15', '2.4.15'],
      [16, '2.4.16'],
    ];
    expect(written.map(([, id]) => id)).toEqual([...ASSIGNED.省科技厅]);
    await writeBook(join(dir, 'kjt.xlsx'), [
      {
        name: '落实情况',
        rows: [
          [`${DOC}文件落实情况表`],
          ['填报单位（盖章）：省科技厅', null, null, null, '报告期：2018年上半年'],
          CANON_HEADER,
          ...written.map(([cell, id]) => canonRow(cell, id, '推进中', progressOf(id))),
        ],
        merges: ['A1:G1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(brief(findingsOf(out, 'kjt.xlsx'))).toEqual([]);
    expect(out.findings.filter((f) => f.unit === '省科技厅' && ['missing-task', 'unknown-task', 'duplicate-task'].includes(f.code)).map((f) => `${f.code} ${f.task}`)).toEqual([]);
    const u = unitRow(out, '省科技厅');
    expect([u.assigned, u.reported, u.gaps]).toEqual([15, 15, 0]);
  });

  // Decided against the first blind expectation: the hostile-input rule (issue 10) says a loose id that names a
  // section (here 三、保障措施, id 3) is never credited to a task. `3` stays unknown, with 2.1.3 as the did-you-mean.
  test('a bare number that names a section (三、保障措施) is never credited to a task of that number: unknown-task, with the task as did-you-mean', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'gzw.xlsx'), [
      {
        name: '落实情况',
        rows: [
          [`${DOC}文件落实情况表`],
          ['填报单位（盖章）：省国资委', null, null, null, '报告期：2018年上半年'],
          CANON_HEADER,
          canonRow(3, '2.1.3', '推进中', progressOf('2.1.3')),
        ],
        merges: ['A1:G1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    const found = findingsOf(out, 'gzw.xlsx');
    expect(found.map((f) => f.code).sort()).toEqual(['missing-task', 'unknown-task']);
    expect(found.find((f) => f.code === 'unknown-task')!.params.suggestions).toContain('2.1.3');
    expect(unitRow(out, '省国资委').reported).toBe(0);
  });

  test('one sheet per unit in one workbook (the sheet names the unit, no 填报单位 line), and a hidden sheet holding the drop-down lists: each unit\'s sheet is its report, the hidden list is no report', async () => {
    const dir = makeTemp('pc-wb-');
    const name = 'huizong.xlsx';
    const unitSheet = (unit: keyof typeof ASSIGNED): SheetSpec => {
      const ids = ASSIGNED[unit];
      return {
        name: unit,
        rows: [
          [`${DOC}文件贯彻落实情况表`],
          ['报告期：2018年上半年'],
          CANON_HEADER,
          ...ids.map((id) => canonRow(id, id, '推进中', progressOf(id))),
        ],
        merges: ['A1:G1'],
        after: (ws) => {
          for (let r = 4; r < 4 + ids.length; r++) {
            ws.getCell(addr(3, r)).dataValidation = { type: 'list', allowBlank: true, formulae: ['下拉选项!$A$1:$A$4'] };
          }
        },
      };
    };
    await writeBook(join(dir, name), [
      unitSheet('省国资委'),
      unitSheet('省科协'),
      { name: '下拉选项', state: 'hidden', rows: [['已完成'], ['推进中'], ['未启动'], ['受阻']] },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(brief(findingsOf(out, name))).toEqual([]);
    const reps = reportsOf(out, name).map((r) => ({ sheet: r.sheet, unit: r.unit, document: r.document, period: r.period, unitFrom: r.from.unit.from }));
    expect(reps).toEqual([
      { sheet: '省国资委', unit: '省国资委', document: DOC, period: PERIOD, unitFrom: 'sheet-name' },
      { sheet: '省科协', unit: '省科协', document: DOC, period: PERIOD, unitFrom: 'sheet-name' },
    ]);
    expect([unitRow(out, '省国资委').reported, unitRow(out, '省科协').reported]).toEqual([1, 4]);
  });

  test('the 填报单位 line as people lay it out: the label and the name in two cells, or unit and period in one merged cell', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'split.xlsx'), [
      {
        name: 'Sheet1',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）', '省国资委', null, null, '报告期', '2018年上半年'],
          CANON_HEADER,
          canonRow('2.1.3', '2.1.3', '推进中', progressOf('2.1.3')),
        ],
        merges: ['A1:G1'],
      },
    ]);
    await writeBook(join(dir, 'oneline.xlsx'), [
      {
        name: 'Sheet1',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）：省科协　　　　　　　　报告期：2018年上半年'],
          CANON_HEADER,
          ...ASSIGNED.省科协.map((id) => canonRow(id, id, '推进中', progressOf(id))),
        ],
        merges: ['A1:G1', 'A2:G2'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(brief(findingsOf(out, 'split.xlsx'))).toEqual([]);
    expect(brief(findingsOf(out, 'oneline.xlsx'))).toEqual([]);
    const split = onlyReport(out, 'split.xlsx');
    const one = onlyReport(out, 'oneline.xlsx');
    expect([split.unit, split.period, split.from.unit.from, split.from.period.from]).toEqual(['省国资委', PERIOD, 'cell', 'cell']);
    expect([one.unit, one.period, one.from.unit.from, one.from.period.from]).toEqual(['省科协', PERIOD, 'cell', 'cell']);
  });
});

describe('statuses and the checks of a report, from a table', () => {
  test('with no status column, the 完成情况 sentence gives the status (已完成…, 正在推进…, 按计划推进…); a sentence that says none is status-unreadable at its cell', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'kx.xlsx'), [
      {
        name: '落实情况',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）：省科协', null, null, '报告期：2018年上半年'],
          ['序号', '重点任务', '完成情况', '存在问题', '下步计划', '佐证材料'],
          ['2.2.6', title('2.2.6'), '已完成。与中科院海西研究院签订合作协议3项，组织实施产业化项目5项。', '无', '跟踪项目实施。', '合作协议（闽科协〔2018〕12号）'],
          ['2.2.7', title('2.2.7'), '正在推进，已成立学会服务站12个，开展科技信息服务40余场。', '无', '年底前实现设区市全覆盖。'],
          ['2.3.10', title('2.3.10'), '按计划推进，组织海峡两岸科技交流活动6场。', '无', '筹备下半年交流活动。'],
          ['2.3.11', title('2.3.11'), '有关情况另行报送。', '无', ''],
        ],
        merges: ['A1:F1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    // row 7 is 2.3.11; 完成情况 is column C
    expect(brief(findingsOf(out, 'kx.xlsx'))).toEqual([{ code: 'status-unreadable', severity: 'warning', task: '2.3.11', sheet: '落实情况', cell: 'C7' }]);
    const u = unitRow(out, '省科协');
    expect([u.reported, u.gaps]).toEqual([4, 0]);
  });

  test('a progress cell left blank on a 推进中 row is empty-progress at that cell (E7), with the documented finding fields', async () => {
    const dir = makeTemp('pc-wb-');
    const ids = ASSIGNED.省教育厅;
    const header = ['序号', '重点任务', '责任单位', '完成情况', '工作进展', '存在问题', '下步计划', '佐证材料'];
    await writeBook(join(dir, 'jyt.xlsx'), [
      {
        name: '教育厅',
        rows: [
          [`${DOC}文件落实情况表`],
          ['填报单位（盖章）：省教育厅', null, null, null, null, '报告期：2018年上半年'],
          null,
          header,
          // rows 5..10; the third task (2.3.9) is on row 7 and its 工作进展 (column E) is left blank
          ...ids.map((id) => [id, title(id), '省教育厅', '推进中', id === '2.3.9' ? null : progressOf(id), '无', '继续推进。', '']),
        ],
        merges: ['A1:H1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    const mine = findingsOf(out, 'jyt.xlsx');
    expect(brief(mine)).toEqual([{ code: 'empty-progress', severity: 'error', task: '2.3.9', sheet: '教育厅', cell: addr(5, 7) }]);
    expect(addr(5, 7)).toBe('E7');
    const f = mine[0]!;
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'severity', 'unit', 'document', 'period', 'task', 'title', 'message', 'file', 'line', 'column', 'sheet', 'cell', 'params']));
    expect([f.unit, f.document, f.period, f.title]).toEqual(['省教育厅', DOC, PERIOD, '完善技术市场体系']);
  });

  test('a task row deleted from the sheet is missing-task for that task, and only that one', async () => {
    const dir = makeTemp('pc-wb-');
    const ids = ASSIGNED.省教育厅;
    const sheet = canonicalSheet('省教育厅', ids);
    // delete the row of 2.3.11 (header on row 3, tasks from row 4)
    const at = 4 + ids.indexOf('2.3.11');
    sheet.after = (ws) => ws.spliceRows(at, 1);
    await writeBook(join(dir, 'jyt.xlsx'), [sheet]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    const mine = out.findings.filter((f) => f.unit === '省教育厅');
    expect(mine.map((f) => `${f.code} ${f.task}`)).toEqual(['missing-task 2.3.11']);
    const u = unitRow(out, '省教育厅');
    expect([u.assigned, u.reported, u.gaps]).toEqual([6, 5, 1]);
  });

  test('受阻 is blocked, 已完成 with no 佐证材料 is no-evidence, an id the notice does not have is unknown-task', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'kx.xlsx'), [
      {
        name: '落实情况',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）：省科协', null, null, null, '报告期：2018年上半年'],
          CANON_HEADER,
          canonRow('2.2.6', '2.2.6', '已完成', '与中科院海西研究院签订合作协议3项。', ''),
          canonRow('2.2.7', '2.2.7', '推进中', progressOf('2.2.7')),
          canonRow('2.3.10', '2.3.10', '受阻', '对台交流活动因审批原因暂缓。', '', '赴台审批未获批准'),
          canonRow('2.3.11', '2.3.11', '推进中', progressOf('2.3.11')),
          ['2.3.19', '推进科技社团承接政府职能转移', '推进中', '开展学会能力提升专项。', '无', '继续推进。', ''],
        ],
        merges: ['A1:G1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    const got = findingsOf(out, 'kx.xlsx').map((f) => `${f.severity} ${f.code} ${f.task ?? (f.params.written as string | undefined) ?? ''}`).sort();
    expect(got).toEqual(['error unknown-task 2.3.19', 'warning blocked 2.3.10', 'warning no-evidence 2.2.6']);
  });

  test('a workbook sent back as its template (every task 未启动, nothing written) is template-unfilled, not missing tasks', async () => {
    const dir = makeTemp('pc-wb-');
    const ids = ASSIGNED.省教育厅;
    await writeBook(join(dir, 'jyt.xlsx'), [
      {
        name: '落实情况',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）：省教育厅', null, null, null, '报告期：2018年上半年'],
          CANON_HEADER,
          ...ids.map((id) => [id, title(id), '未启动']),
        ],
        merges: ['A1:G1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(findingsOf(out, 'jyt.xlsx').map((f) => `${f.severity} ${f.code}`)).toEqual(['warning template-unfilled']);
    expect(unitRow(out, '省教育厅').reported).toBe(6);
  });
});

describe('workbooks the tool cannot take as written: one clear finding with the place', () => {
  test('two header rows on one sheet (two tables) is ambiguous-header on that sheet, and nothing else about the file', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'kx.xlsx'), [
      {
        name: '两张表',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）：省科协', null, null, null, '报告期：2018年上半年'],
          ['一、已完成事项'],
          CANON_HEADER,
          canonRow('2.2.7', '2.2.7', '已完成', progressOf('2.2.7'), '闽科协〔2018〕35号'),
          null,
          ['二、推进中事项'],
          CANON_HEADER,
          ...['2.2.6', '2.3.10', '2.3.11'].map((id) => canonRow(id, id, '推进中', progressOf(id))),
        ],
        merges: ['A1:G1'],
      },
    ]);
    const r = await check(['-n', N48, dir, '--fail-on', 'none']);
    const mine = findingsOf(r.out, 'kx.xlsx');
    expect(mine.map((f) => `${f.severity} ${f.code} ${f.sheet ?? ''}`)).toEqual(['error ambiguous-header 两张表']);
    // the place: one of the two header rows (4 and 8)
    expect(['4', '8']).toContain((mine[0]?.cell ?? '').replace(/^[A-Z]+/, ''));
    expect(r.stderr).not.toMatch(STACK);
  });

  test('a sheet with no header row (the report typed as prose into cells) is no-header-row', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'gzw.xlsx'), [
      {
        name: '情况报告',
        rows: [
          [`关于贯彻落实${DOC}文件情况的报告`],
          ['填报单位（盖章）：省国资委'],
          ['一、工作开展情况'],
          ['今年以来，我委认真贯彻落实文件精神，指导省属企业建立健全科技成果、知识产权归属和利益分享机制。'],
          ['二、存在问题'],
          ['部分企业研发投入不足。'],
          ['三、下步工作'],
          ['继续推动省属企业开展试点。'],
        ],
      },
    ]);
    const r = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(findingsOf(r.out, 'gzw.xlsx').map((f) => `${f.severity} ${f.code} ${f.sheet ?? ''}`)).toEqual(['error no-header-row 情况报告']);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('a formula cell saved without its value is uncached-formula at that cell, read as empty', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'gzw.xlsx'), [
      {
        name: '落实情况',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）：省国资委', null, null, null, '报告期：2018年上半年'],
          CANON_HEADER,
          // 下步计划 (F4) is a formula with no cached result
          ['2.1.3', title('2.1.3'), '推进中', progressOf('2.1.3'), '无', { formula: 'E4' }, ''],
        ],
        merges: ['A1:G1'],
      },
    ]);
    // the test's own check that exceljs stored the formula without a value
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, 'gzw.xlsx')))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<c r="F4"[^>]*><f>E4<\/f><\/c>/);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(findingsOf(out, 'gzw.xlsx').map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet ?? null, cell: f.cell ?? null }))).toEqual([{ code: 'uncached-formula', severity: 'warning', sheet: '落实情况', cell: 'F4' }]);
  });

  test('填报时间 typed as a number (43286) is date-as-number at that cell and read as 2018-07-05', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'gzw.xlsx'), [
      {
        name: '落实情况',
        rows: [
          [`${DOC}落实情况表`],
          ['填报单位（盖章）：省国资委', null, '报告期：2018年上半年', null, '填报时间：', 43286],
          CANON_HEADER,
          canonRow('2.1.3', '2.1.3', '推进中', progressOf('2.1.3')),
        ],
        merges: ['A1:G1'],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(findingsOf(out, 'gzw.xlsx').map((f) => ({ code: f.code, severity: f.severity, sheet: f.sheet ?? null, cell: f.cell ?? null }))).toEqual([{ code: 'date-as-number', severity: 'warning', sheet: '落实情况', cell: 'F2' }]);
    const rep = onlyReport(out, 'gzw.xlsx');
    expect([rep.submitted, rep.period]).toEqual(['2018-07-05', PERIOD]);
  });

  test('unit, notice or period written nowhere is report-field-missing naming the field', async () => {
    const dir = makeTemp('pc-wb-');
    // no unit: no 填报单位 line, a title without one, file and sheet names that name no unit
    for (const name of ['落实情况表.xlsx', 'report-a.xlsx']) {
      await writeBook(join(dir, name), [
        {
          name: 'Sheet1',
          rows: [[`${DOC}落实情况表`], ['报告期：2018年上半年'], CANON_HEADER, canonRow('2.1.3', '2.1.3', '推进中', progressOf('2.1.3'))],
        },
      ]);
    }
    // no period
    await writeBook(join(dir, 'report-b.xlsx'), [
      {
        name: 'Sheet1',
        rows: [[`${DOC}落实情况表`], ['填报单位（盖章）：省国资委'], CANON_HEADER, canonRow('2.1.3', '2.1.3', '推进中', progressOf('2.1.3'))],
      },
    ]);
    // with two notices given, a workbook that names no notice cannot be taken to be about either
    const dir2 = makeTemp('pc-wb-');
    await writeBook(join(dir2, 'report-c.xlsx'), [
      {
        name: 'Sheet1',
        rows: [['重点任务落实情况表'], ['填报单位（盖章）：省国资委', null, null, null, '报告期：2018年上半年'], CANON_HEADER, canonRow('2.1.3', '2.1.3', '推进中', progressOf('2.1.3'))],
      },
    ]);
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    const two = await check(['-n', N48, '-n', NTT, dir2, '--fail-on', 'none']);
    const fieldOf = (o: Output, name: string) => findingsOf(o, name).filter((f) => f.code === 'report-field-missing').map((f) => `${f.severity} ${String(f.params.field)}`);
    expect({
      '落实情况表.xlsx': fieldOf(out, '落实情况表.xlsx'),
      'report-a.xlsx': fieldOf(out, 'report-a.xlsx'),
      'report-b.xlsx': fieldOf(out, 'report-b.xlsx'),
      'report-c.xlsx': fieldOf(two.out, 'report-c.xlsx'),
    }).toEqual({
      '落实情况表.xlsx': ['error unit'],
      'report-a.xlsx': ['error unit'],
      'report-b.xlsx': ['error period'],
      'report-c.xlsx': ['error document'],
    });
  });
});

/** A minimal OLE compound file holding EncryptionInfo and EncryptedPackage streams: what Excel writes for a workbook with a password to open. */
function encryptedWorkbook(): Buffer {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const NOSTREAM = 0xffffffff;
  const streamSectors = 8; // 4096 bytes each: at the mini-stream cutoff, so in ordinary sectors
  const infoStart = 2;
  const pkgStart = infoStart + streamSectors;
  const total = pkgStart + streamSectors;

  const header = Buffer.alloc(SECTOR);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(0, 40); // directory sectors (v3: 0)
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0, 52);
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // first mini FAT sector
  header.writeUInt32LE(0, 64);
  header.writeUInt32LE(END, 68); // first DIFAT sector
  header.writeUInt32LE(0, 72);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  for (const start of [infoStart, pkgStart]) {
    for (let s = start; s < start + streamSectors; s++) fat.writeUInt32LE(s === start + streamSectors - 1 ? END : s + 1, s * 4);
  }

  const dir = Buffer.alloc(SECTOR);
  const entry = (i: number, name: string, type: number, left: number, right: number, child: number, start: number, size: number) => {
    const o = i * 128;
    const n = Buffer.from(`${name}\u0000`, 'utf16le');
    n.copy(dir, o);
    dir.writeUInt16LE(n.length, o + 64);
    dir.writeUInt8(type, o + 66);
    dir.writeUInt8(1, o + 67); // black
    dir.writeUInt32LE(left, o + 68);
    dir.writeUInt32LE(right, o + 72);
    dir.writeUInt32LE(child, o + 76);
    dir.writeUInt32LE(start, o + 116);
    dir.writeUInt32LE(size, o + 120);
  };
  entry(0, 'Root Entry', 5, NOSTREAM, NOSTREAM, 1, END, 0);
  entry(1, 'EncryptionInfo', 2, NOSTREAM, 2, NOSTREAM, infoStart, 4096);
  entry(2, 'EncryptedPackage', 2, NOSTREAM, NOSTREAM, NOSTREAM, pkgStart, 4096);
  for (const o of [3 * 128]) {
    dir.writeUInt32LE(NOSTREAM, o + 68);
    dir.writeUInt32LE(NOSTREAM, o + 72);
    dir.writeUInt32LE(NOSTREAM, o + 76);
  }

  const info = Buffer.alloc(streamSectors * SECTOR);
  Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]).copy(info, 0);
  Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>', 'utf8').copy(info, 8);
  const pkg = Buffer.alloc(streamSectors * SECTOR, 0x5a);
  pkg.writeUInt32LE(9000, 0);
  pkg.writeUInt32LE(0, 4);

  const body = Buffer.concat([header, fat, dir, info, pkg]);
  if (body.length !== SECTOR * (total + 1)) throw new Error('bad compound file layout');
  return body;
}

describe('files that cannot be read at all are unreadable-report, with a line on stderr, and the others are still checked', () => {
  test('not a workbook, truncated, a Word file renamed .xlsx, an encrypted workbook and an .xls beside a good workbook', async () => {
    const dir = makeTemp('pc-wb-');
    await writeBook(join(dir, 'good.xlsx'), [canonicalSheet('省国资委', ASSIGNED.省国资委)]);
    const good = readFileSync(join(dir, 'good.xlsx'));
    writeFileSync(join(dir, 'text.xlsx'), '省科协2018年上半年工作进展：各项任务按计划推进。\n', 'utf8');
    writeFileSync(join(dir, 'truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(join(dir, 'old.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096 - 8)]));
    writeFileSync(join(dir, 'encrypted.xlsx'), encryptedWorkbook());
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    docx.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>落实情况报告</w:t></w:r></w:p></w:body></w:document>');
    writeFileSync(join(dir, 'word.xlsx'), await docx.generateAsync({ type: 'nodebuffer' }));

    const r = await check(['-n', N48, dir]);
    const bad = ['text.xlsx', 'truncated.xlsx', 'old.xls', 'encrypted.xlsx', 'word.xlsx'];
    const lines = r.stderr.split('\n').filter(Boolean);
    const seen = (name: string) => ({
      findings: findingsOf(r.out, name).map((f) => `${f.severity} ${f.code} ${String(f.params.reason)}`),
      stderrLines: lines.filter((l) => l.includes(name)).length,
    });
    const u = unitRow(r.out, '省国资委');
    expect({
      code: r.code,
      stack: STACK.test(r.stderr),
      ...Object.fromEntries(bad.map((name) => [name, seen(name)])),
      // the good workbook is still checked
      good: { findings: brief(findingsOf(r.out, 'good.xlsx')), stderrLines: lines.filter((l) => l.includes('good.xlsx')).length, reported: u.reported, gaps: u.gaps },
    }).toEqual({
      code: 1,
      stack: false,
      'text.xlsx': { findings: ['error unreadable-report not-a-workbook'], stderrLines: 1 },
      'truncated.xlsx': { findings: ['error unreadable-report damaged-workbook'], stderrLines: 1 },
      'old.xls': { findings: ['error unreadable-report legacy-xls'], stderrLines: 1 },
      'encrypted.xlsx': { findings: ['error unreadable-report encrypted-workbook'], stderrLines: 1 },
      'word.xlsx': { findings: ['error unreadable-report not-a-workbook'], stderrLines: 1 },
      good: { findings: [], stderrLines: 0, reported: 1, gaps: 0 },
    });
  });
});

describe('CSV reports in the same layout', () => {
  const csvLines = (unit: string, ids: readonly string[]): string =>
    [
      [`${DOC}落实情况表`, '', '', '', '', '', ''],
      [`填报单位（盖章）：${unit}`, '', '', '', '报告期：2018年上半年', '', ''],
      CANON_HEADER,
      ...ids.map((id) => [id, title(id), '推进中', progressOf(id), '无', '按计划继续推进。', '']),
    ]
      .map((row) => row.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','))
      .join('\r\n') + '\r\n';

  test('a UTF-8 CSV with BOM and a GB18030 CSV are read as the workbook would be', async () => {
    const dir = makeTemp('pc-wb-');
    writeFileSync(join(dir, 'gzw.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvLines('省国资委', ASSIGNED.省国资委), 'utf8')]));
    writeFileSync(join(dir, 'kx.csv'), iconv.encode(csvLines('省科协', ASSIGNED.省科协), 'gb18030'));
    const { out } = await check(['-n', N48, dir, '--fail-on', 'none']);
    expect(brief(findingsOf(out, 'gzw.csv'))).toEqual([]);
    expect(brief(findingsOf(out, 'kx.csv'))).toEqual([]);
    const a = onlyReport(out, 'gzw.csv');
    const b = onlyReport(out, 'kx.csv');
    expect([a.unit, a.document, a.period, entryCount(a.entries)]).toEqual(['省国资委', DOC, PERIOD, 1]);
    expect([b.unit, b.document, b.period, entryCount(b.entries)]).toEqual(['省科协', DOC, PERIOD, 4]);
    expect([unitRow(out, '省国资委').reported, unitRow(out, '省科协').reported]).toEqual([1, 4]);
  });
});
