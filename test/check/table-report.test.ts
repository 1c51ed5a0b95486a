/** Reading a report table (pure): header found by its names, metadata above it, rows, places. */
import { cellName, columnName, fromFileName, headerField, readDate, readTableReports, type TableBook, type TableSheet } from '../../src/check/table-report.js';
import { validateReportSchema } from '../../src/check/schema.js';
import { periodIn, normalisePeriod } from '../../src/check/period.js';

const NOTICES = [{ label: '闽政〔2017〕48号', names: ['闽政〔2017〕48号', '福建省人民政府关于进一步加强以用为导向产学研结合的意见', 'n48'] }];
const TWO_NOTICES = [...NOTICES, { label: '闽政办〔2018〕1号', names: ['闽政办〔2018〕1号', '关于落实国家技术转移体系建设工作任务分工的通知'] }];

function sheet(rows: (string | number | Date | null)[][], name: string | null = '落实情况', hidden = false): TableSheet {
  return { name, hidden, rows: rows.map((r) => r.map((value) => (value === null ? null : { value }))) };
}

function read(sheets: TableSheet[], name = 'report.xlsx', notices = NOTICES) {
  const book: TableBook = { file: `reports/${name}`, name, sheets };
  return readTableReports(book, validateReportSchema, { notices });
}

const HEADER = ['序号', '重点任务', '完成情况', '工作进展', '存在问题', '下步计划', '佐证材料'];
const CANONICAL = [
  ['闽政〔2017〕48号文件重点任务落实情况表', null, null, null, null, null, null],
  ['填报单位（盖章）：福建省科学技术厅', null, null, null, '填报时间：2018年7月5日'],
  ['报告期：2018年上半年'],
  [],
  HEADER,
  ['二（一）1', '实施产学研合作示范工程', '推进中', '已组织实施项目12项。', '', '继续推进', ''],
  ['二（一）2', '支持建立产业技术创新战略联盟', '已完成', '已组建联盟5个。', '', '', '闽科〔2018〕3号'],
  ['合计', null, null],
  ['填表人：张三', null, '审核人：李四'],
];

describe('column letters and cells', () => {
  test('as Excel names them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(cellName(6, 4)).toBe('E7');
  });
});

describe('header names', () => {
  test.each([
    ['序号', 'id'],
    ['任务编号', 'id'],
    ['重点任务', 'title'],
    ['工作任务', 'title'],
    ['工作进展（截至6月底）', 'progress'],
    ['2018年上半年工作进展情况', 'progress'],
    ['完成状态', 'status'],
    ['存在问题', 'problems'],
    ['困难问题', 'problems'],
    ['下一步工作', 'nextSteps'],
    ['佐证材料', 'evidence'],
    ['备 注', 'note'],
    ['责任单位', 'units'],
  ])('%s → %s', (header, field) => {
    expect(headerField(header)).toBe(field);
  });

  test('a title or a long sentence names no column', () => {
    expect(headerField('闽政〔2017〕48号文件重点任务落实情况表')).toBeNull();
    expect(headerField('填报单位（盖章）：福建省科学技术厅')).toBeNull();
  });
});

describe('the canonical layout', () => {
  const [r] = read([sheet(CANONICAL)]);

  test('the unit, notice, period and date are read from the lines above the table, each with its cell', () => {
    expect(r!.findings).toEqual([]);
    const report = r!.report!;
    expect([report.unit, report.document, report.period, report.submitted, report.sheet]).toEqual(['福建省科学技术厅', '闽政〔2017〕48号', '2018-H1', '2018-07-05', '落实情况']);
    expect(report.sources).toEqual({
      unit: { from: 'cell', cell: '落实情况!A2' },
      document: { from: 'title', cell: '落实情况!A1' },
      period: { from: 'cell', cell: '落实情况!A3' },
    });
  });

  test('one entry per task row, as written; the total and the signature rows are not tasks', () => {
    const tasks = r!.report!.tasks;
    expect(tasks.map((t) => [t.id, t.status, t.progress, t.evidence])).toEqual([
      ['二（一）1', 'in_progress', '已组织实施项目12项。', undefined],
      ['二（一）2', 'completed', '已组建联盟5个。', ['闽科〔2018〕3号']],
    ]);
  });

  test('places: an entry at its 序号 cell, a field at its own cell, the table at its header', () => {
    const locate = r!.report!.locate;
    expect(locate(['tasks', 0])).toEqual({ sheet: '落实情况', cell: 'A6' });
    expect(locate(['tasks', 1, 'progress'])).toEqual({ sheet: '落实情况', cell: 'D7' });
    expect(locate(['tasks', 1, 'status'])).toEqual({ sheet: '落实情况', cell: 'C7' });
    expect(locate(['tasks'])).toEqual({ sheet: '落实情况', cell: 'A5' });
    expect(locate(['unit'])).toEqual({ sheet: '落实情况', cell: 'A2' });
  });
});

describe('other layouts', () => {
  test('other header names, another order, a label in one cell and its value in the next, a row continued below a merged 序号', () => {
    const [r] = read([
      sheet([
        ['关于进一步加强以用为导向产学研结合的意见——福建省人民政府关于进一步加强以用为导向产学研结合的意见 任务推进情况'],
        ['填报单位', '省科协', null, '报告期', '2018年1-6月'],
        ['编号', '状态', '工作任务', '进展情况', '困难问题', '下一步工作', '附件'],
        ['2.3.10', '正在推进', '推进科技交流合作', '举办海峡两岸论坛。', '', '', ''],
        [null, null, null, '签约项目20个。', null, null, null],
      ]),
    ]);
    expect(r!.findings).toEqual([]);
    const report = r!.report!;
    expect([report.unit, report.period, report.sources?.unit, report.sources?.period]).toEqual(['省科协', '2018-H1', { from: 'cell', cell: '落实情况!B2' }, { from: 'cell', cell: '落实情况!E2' }]);
    expect(report.tasks.map((t) => [t.id, t.status, t.progress])).toEqual([['2.3.10', 'in_progress', '举办海峡两岸论坛。\n签约项目20个。']]);
  });

  test('no metadata above the table: the unit and period from the file name, the notice from the only notice of the run', () => {
    const [r] = read([sheet([HEADER, ['1', 'x', '已完成', '已完成。', '', '', '文件']])], '省科技厅-2018H1-落实情况表.xlsx');
    expect(r!.report!.unit).toBe('省科技厅');
    expect(r!.report!.period).toBe('2018-H1');
    expect(r!.report!.sources).toEqual({ unit: { from: 'file-name' }, document: { from: 'only-notice' }, period: { from: 'file-name' } });
  });

  test('with two notices in the run, a table naming neither is report-field-missing (document), at the header', () => {
    const [r] = read([sheet([HEADER, ['1', 'x', '已完成', '已完成。', '', '', '文件']])], '省科技厅-2018H1.xlsx', TWO_NOTICES);
    expect(r!.report).toBeNull();
    expect(r!.findings.map((f) => [f.code, f.params.field, f.sheet, f.cell])).toEqual([['report-field-missing', 'document', '落实情况', 'A1']]);
  });

  test('a file name naming the notice chooses it among two', () => {
    const [r] = read([sheet([['填报单位：省科技厅', '报告期：2018年下半年'], HEADER, ['1', 'x', '已完成', '已完成。', '', '', '文件']])], '闽政办〔2018〕1号-省科技厅.xlsx', TWO_NOTICES);
    expect(r!.report!.document).toBe('闽政办〔2018〕1号');
    expect(r!.report!.sources?.document).toEqual({ from: 'file-name' });
  });

  test('a period in the title row when no line above gives it', () => {
    const [r] = read([sheet([['闽政〔2017〕48号2018年第三季度落实情况'], ['填报单位：省教育厅'], HEADER, ['2.2.4', 'x', '推进中', '推进中。']])]);
    expect(r!.report!.period).toBe('2018-Q3');
    expect(r!.report!.sources?.period).toEqual({ from: 'title', cell: '落实情况!A1' });
  });

  test('one sheet per unit: the sheet name is the unit; a hidden sheet of lists is left out, a hidden table is an info', () => {
    const rows = (status: string) => [['闽政〔2017〕48号落实情况', null], ['报告期：2018-H1'], HEADER, ['2.1.3', 'x', status, '进展。', '', '', '材料']];
    const results = read([sheet(rows('推进中'), '省国资委'), sheet(rows('已完成'), '省科协'), sheet([['未启动'], ['推进中']], '列表', true), sheet(rows('推进中'), '旧表', true)]);
    const reports = results.flatMap((r) => (r.report ? [r.report] : []));
    expect(reports.map((r) => [r.unit, r.sheet, r.sources?.unit?.from])).toEqual([
      ['省国资委', '省国资委', 'sheet-name'],
      ['省科协', '省科协', 'sheet-name'],
    ]);
    expect(results.flatMap((r) => r.findings.map((f) => [f.code, f.params.sheet]))).toEqual([['hidden-sheet', '旧表']]);
  });

  test('a CSV file: no sheet, cells and lines', () => {
    const s: TableSheet = { ...sheet([['填报单位：省科协', '报告期：2018-H1'], HEADER, ['2.3.10', 'x', '推进中', '']], null), lines: [1, 2, 3] };
    const [r] = read([s], '省科协.csv');
    expect(r!.report!.locate(['tasks', 0, 'progress'])).toEqual({ cell: 'D3', line: 3 });
  });
});

describe('statuses', () => {
  const rows = (status: string | null, progress: string) => read([sheet([['填报单位：省科协', '报告期：2018-H1'], ['序号', '重点任务', '完成情况', '存在问题'], ['2.3.10', 'x', status, progress]])]);
  const progressOnly = (progress: string) => read([sheet([['填报单位：省科协', '报告期：2018-H1'], ['序号', '重点任务', '工作进展'], ['2.3.10', 'x', progress]])]);

  test.each([
    ['已完成。', 'completed'],
    ['正在推进，已完成方案起草。', 'in_progress'],
    ['按计划推进', 'in_progress'],
    ['目前尚未启动', 'not_started'],
    ['受阻', 'blocked'],
    ['全面完成年度目标', 'completed'],
  ])('a 完成情况 sentence %s reads as %s', (text, status) => {
    expect(rows(text, '')[0]!.report!.tasks[0]!.status).toBe(status);
  });

  test.each(['已完成80%', '已完成部分', '已完成(受阻)', '已完成？'])('a status cell with more than a status (%s) is status-unreadable, never completed', (written) => {
    const [r] = read([sheet([['填报单位：省科协', '报告期：2018-H1'], ['序号', '完成状态', '工作进展'], ['2.3.10', written, '进展。']])]);
    expect(r!.report!.tasks[0]!.status).toBeNull();
    expect(r!.findings.map((f) => f.code)).toEqual(['status-unreadable']);
  });

  test('a progress sentence that finishes one step of the task is no completion', () => {
    expect(progressOnly('已完成招标工作，正在施工建设。')[0]!.report!.tasks[0]!.status).toBeNull();
    expect(progressOnly('已按期完成全部建设任务。')[0]!.report!.tasks[0]!.status).toBe('completed');
  });

  test('a progress column that opens with a status phrase gives the status', () => {
    expect(progressOnly('已完成全部建设任务。')[0]!.report!.tasks[0]!.status).toBe('completed');
  });

  test('a sentence that says no status is status-unreadable (a warning at its cell); the row still answers its task', () => {
    const [r] = progressOnly('1-6月，组织召开座谈会3次。');
    expect(r!.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([['status-unreadable', 'warning', 'C3']]);
    expect(r!.report!.tasks[0]).toEqual(expect.objectContaining({ id: '2.3.10', status: null }));
    expect(r!.report!.tasks[0]!.blank).toBeUndefined();
  });

  test('a row with nothing reported is blank (a category row, or a task left empty), with no finding of its own', () => {
    const [r] = progressOnly('');
    expect(r!.findings).toEqual([]);
    expect(r!.report!.tasks[0]!.blank).toBe(true);
  });
});

describe('bad tables', () => {
  test('no header row', () => {
    const [r] = read([sheet([['填报单位：省科协'], ['一、', '推进工作']])]);
    expect(r!.report).toBeNull();
    expect(r!.findings.map((f) => [f.code, f.sheet])).toEqual([['no-header-row', '落实情况']]);
  });

  test('two header rows on one sheet', () => {
    const [r] = read([sheet([HEADER, ['1', 'x', '推进中', '进展。'], [], HEADER, ['2', 'y', '推进中', '进展。']])]);
    expect(r!.report).toBeNull();
    expect(r!.findings.map((f) => [f.code, f.params.first, f.params.second, f.cell])).toEqual([['ambiguous-header', 1, 4, 'A4']]);
  });

  test('a formula without its value, and a date typed as a number', () => {
    const s = sheet([['填报单位：省科协', null, '报告期：2018-H1'], ['填报时间', 43286], HEADER, ['2.3.10', 'x', '推进中', null]]);
    s.rows[3]![3] = { value: null, uncached: true };
    const [r] = read([s]);
    expect(r!.findings.map((f) => [f.code, f.cell, f.params.read ?? ''])).toEqual([
      ['date-as-number', 'B2', '2018-07-05'],
      ['uncached-formula', 'D4', ''],
    ]);
    expect(r!.report!.submitted).toBe('2018-07-05');
  });

  test('a status the schema does not know is read through the table words, never a schema error', () => {
    const [r] = read([sheet([['填报单位：省科协', '报告期：2018-H1'], ['序号', '状态', '工作进展'], ['2.3.10', '进行中', '进展。']])]);
    expect(r!.findings).toEqual([]);
  });
});

describe('dates and periods as people write them', () => {
  test.each([
    ['2018年7月5日', '2018-07-05'],
    ['2018/7/5', '2018-07-05'],
    ['2018.07.05', '2018-07-05'],
    ['20180705', '2018-07-05'],
    ['2018年2月30日', null],
    ['七月五日', null],
  ])('%s → %s', (text, iso) => {
    expect(readDate(text)).toBe(iso);
  });

  test('month ranges are halves and quarters', () => {
    expect(['2018年1-6月', '2018年7—12月', '2018年7-9月', '2018年1-12月', '2018年2-5月'].map(normalisePeriod)).toEqual(['2018-H1', '2018-H2', '2018-Q3', '2018', '2018年2-5月']);
  });

  test('a period inside a title, but never a bare year', () => {
    expect(periodIn('关于2018年上半年重点任务落实情况的报告')).toBe('2018-H1');
    expect(periodIn('二〇一九年第三季度进展情况表')).toBe('2019-Q3');
    expect(periodIn('关于印发2017年工作要点的通知落实情况')).toBeNull();
  });

  test('file names', () => {
    expect(fromFileName('省科技厅-2018H1.xlsx')).toEqual({ unit: '省科技厅', period: '2018-H1' });
    expect(fromFileName('2018年上半年_省教育厅_落实情况表.xlsx')).toEqual({ unit: '省教育厅', period: '2018-H1' });
    expect(fromFileName('落实情况表.xlsx')).toEqual({});
  });
});
