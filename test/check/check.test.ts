/**
 * The checker, code by code: every finding fires on a report that has the
 * problem and stays silent on one that does not.
 */
import { nth, parse } from '../helpers.js';
import { checkReports, type ReportInput } from '../../src/check/check.js';
import { readReport } from '../../src/check/report.js';
import { message } from '../../src/i18n.js';
import { isEmptyProgress, nearPeriod, normalisePeriod } from '../../src/check/report.js';
import { numberingToId } from '../../src/parse/markers.js';
import { impliedMembers, NoticeIndex } from '../../src/check/notice-index.js';
import { deadlineDate } from '../../src/check/deadline.js';

import { validateReportSchema as validate } from '../../src/check/schema.js';

const NOTICE = parse(
  [
    '福州市人民政府办公厅关于印发2019年重点工作任务分工方案的通知',
    '榕政办〔2019〕12号',
    '一、推进产业升级',
    '（一）实施技术改造。支持企业开展技术改造。',
    '牵头单位：市工信局',
    '配合单位：市财政局、科技局',
    '完成时限：2019年6月底前',
    '（二）培育创新主体。新增高新技术企业200家。',
    '责任单位：市科技局、市财政局等市直有关部门',
    '完成时限：2019年12月底',
    '二、优化营商环境',
    '（一）深化放管服改革。压缩审批时限。',
    '责任单位：市行政服务中心，各县（市、区）人民政府',
    '（二）加强监督检查。',
    '责任单位：市督查室',
    '福州市人民政府办公厅',
    '2019年3月1日',
  ].join('\n'),
  'fz-2019-12',
);

interface EntryIn {
  id: string;
  status: string;
  progress?: string;
  evidence?: string[];
  problems?: string;
  title?: string;
  [k: string]: unknown;
}

function report(unit: string, tasks: EntryIn[], extra: Record<string, unknown> = {}, file = `${unit}.json`): ReportInput {
  const text = JSON.stringify({ unit, document: '榕政办〔2019〕12号', period: '2019-H1', submitted: '2019-06-20', tasks, ...extra }, null, 2);
  return { file, ...readReport(text, file, validate) };
}

const ok = (id: string, status = 'in_progress'): EntryIn => ({ id, status, progress: '已完成方案制定，正在组织实施。', evidence: ['榕工信〔2019〕5号'] });

/** A full, clean set of reports: one per expected unit. */
function cleanSet(): ReportInput[] {
  return [
    report('市工信局', [ok('1.1')]),
    report('市财政局', [ok('1.1'), ok('1.2')]),
    report('市科技局', [ok('1.1'), ok('1.2')]),
    report('市行政服务中心', [ok('2.1')]),
    report('市督查室', [ok('2.2')]),
  ];
}

function run(inputs: ReportInput[], opts = {}) {
  return checkReports([NOTICE], inputs, { asOf: '2019-07-01', ...opts });
}

function codes(inputs: ReportInput[], opts = {}) {
  return run(inputs, opts).findings.map((f) => f.code);
}

function replace(set: ReportInput[], unit: string, r: ReportInput): ReportInput[] {
  return set.map((x) => (x.report?.unit === unit ? r : x));
}

test('the notice used here parses as expected', () => {
  expect(NOTICE.tasks.map((t) => [t.id, t.units.map((u) => u.name).join('、'), t.deadline])).toEqual([
    ['1.1', '市工信局、市财政局、市科技局', '2019年6月底前'],
    ['1.2', '市科技局、市财政局、市直有关部门', '2019年12月底'],
    ['2.1', '市行政服务中心、各县（市、区）人民政府', null],
    ['2.2', '市督查室', null],
  ]);
});

test('a complete set of reports is clean', () => {
  const r = run(cleanSet());
  expect(r.findings).toEqual([]);
  expect(r.summary.errors).toBe(0);
  expect(r.units.map((u) => [u.unit, u.assigned, u.reported, u.gaps])).toEqual([
    ['市工信局', 1, 1, 0],
    ['市财政局', 2, 2, 0],
    ['市科技局', 2, 2, 0],
    ['市行政服务中心', 1, 1, 0],
    ['市督查室', 1, 1, 0],
  ]);
});

describe('errors', () => {
  test('invalid-json, with line and column', () => {
    const bad: ReportInput = { file: 'bad.json', ...readReport('{\n  "unit": "市工信局"\n  "period": "x"\n}', 'bad.json', validate) };
    const r = run([...cleanSet(), bad]);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'invalid-json', file: 'bad.json', line: 3, column: 3 })]);
    expect(codes(cleanSet())).not.toContain('invalid-json');
  });

  test('schema-violation, located by JSON pointer', () => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [{ id: '2.2', status: 'half', progress: 'x' }])));
    const f = r.findings.find((x) => x.code === 'schema-violation')!;
    expect(f.params.pointer).toBe('/tasks/0/status');
    expect([f.line, f.column]).toEqual([9, 17]);
    expect(codes(cleanSet())).not.toContain('schema-violation');
  });

  test.each([
    ['an array', '[]'],
    ['a string', '"省科技厅"'],
    ['a number', '42'],
  ])('a JSON %s at top level is one schema finding', (_n, text) => {
    const r = readReport(text, 'x.json', validate);
    expect(r.report).toBeNull();
    expect(r.findings.map((f) => f.code)).toEqual(['schema-violation']);
  });

  test('too-deep: JSON nested 10,000 deep is refused without recursion', () => {
    const deep = `{"unit":"市工信局","x":${'['.repeat(10000)}${']'.repeat(10000)}}`;
    const r = readReport(deep, 'deep.json', validate);
    expect(r.findings.map((f) => f.code)).toEqual(['too-deep']);
    expect(codes(cleanSet())).not.toContain('too-deep');
  });

  test('unknown-document, with did-you-mean', () => {
    const r = run([...cleanSet(), report('市工信局', [ok('1.1')], { document: '榕政办〔2019〕21号' })]);
    const f = r.findings.find((x) => x.code === 'unknown-document')!;
    expect(f.params.suggestions).toContain('榕政办〔2019〕12号');
    expect(codes(cleanSet())).not.toContain('unknown-document');
  });

  test('the notice is matched by id, doc number or title', () => {
    for (const document of ['fz-2019-12', '榕政办[2019]12号', '福州市人民政府办公厅关于印发2019年重点工作任务分工方案的通知']) {
      expect(codes(replace(cleanSet(), '市督查室', report('市督查室', [ok('2.2')], { document })))).toEqual([]);
    }
  });

  test('unknown-unit, with did-you-mean', () => {
    const r = run([...cleanSet(), report('市工信厅', [ok('1.1')])]);
    const f = r.findings.find((x) => x.code === 'unknown-unit')!;
    expect(f.params.suggestions).toContain('市工信局');
    expect(codes(cleanSet())).not.toContain('unknown-unit');
  });

  test('unknown-task, with did-you-mean by number and by title', () => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [ok('2.2'), { ...ok('2.3'), title: '加强监督检查' }])));
    const f = r.findings.find((x) => x.code === 'unknown-task')!;
    expect(f.task).toBe('2.3');
    expect(String(f.params.suggestions).split('、')[0]).toBe('2.2');
    expect(codes(cleanSet())).not.toContain('unknown-task');
  });

  test('an inner number resolves only where it names one task and no place of the notice (a section, or a dotted id inside an existing section)', () => {
    const straight = parse(
      ['关于某项工作的通知', '一、总体要求', '（一）甲方面', '1.任务一。（责任单位：市工信局）', '2.任务二。（责任单位：市工信局）', '（二）乙方面', '3.任务三。（责任单位：市工信局）', '二、保障措施', '4.任务四。（责任单位：市工信局）'].join('\n'),
      'straight',
    );
    const index = new NoticeIndex(straight);
    const resolved = (w: string) => index.resolveTask(w)?.id ?? null;
    expect(straight.tasks.map((t) => t.id)).toEqual(['1.1.1', '1.1.2', '1.2.3', '2.4']);
    expect(['3', '（二）3', '4', '二、4', '1.2.3'].map(resolved)).toEqual(['1.2.3', '1.2.3', '2.4', '2.4', '1.2.3']);
    // 1.2 is the section （二）乙方面; 1.3 would be item 3 right under 一、, which does not exist; 5 is no task
    expect(['1.2', '1.3', '1', '5'].map(resolved)).toEqual([null, null, null, null]);
  });

  test('numbering as written resolves to the id', () => {
    expect(codes(replace(cleanSet(), '市工信局', report('市工信局', [ok('一（一）')])))).toEqual([]);
    expect(codes(replace(cleanSet(), '市工信局', report('市工信局', [ok('一、（一）')])))).toEqual([]);
  });

  test('duplicate-task', () => {
    const r = run(replace(cleanSet(), '市工信局', report('市工信局', [ok('1.1'), ok('一（一）')])));
    expect(r.findings.map((f) => f.code)).toEqual(['duplicate-task']);
    expect(codes(cleanSet())).not.toContain('duplicate-task');
  });

  test('missing-task', () => {
    const r = run(replace(cleanSet(), '市科技局', report('市科技局', [ok('1.1')])));
    expect(r.findings).toEqual([expect.objectContaining({ code: 'missing-task', unit: '市科技局', task: '1.2', title: '培育创新主体', noticeLine: 8 })]);
    expect(codes(cleanSet())).not.toContain('missing-task');
  });

  test.each(['', '无', '暂无', '-', 'N/A', '  ', '—', '/'])('empty-progress: %j', (progress) => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [{ ...ok('2.2'), progress }])));
    expect(r.findings.map((f) => f.code)).toEqual(['empty-progress']);
  });

  test('empty-progress is silent for not_started and for real text', () => {
    // (a next step is written: a report with nothing written at all is template-unfilled, tested below)
    expect(codes(replace(cleanSet(), '市督查室', report('市督查室', [{ id: '2.2', status: 'not_started', progress: '', nextSteps: '下月召开推进会。' }])))).toEqual([]);
    expect(codes(replace(cleanSet(), '市督查室', report('市督查室', [{ ...ok('2.2'), progress: '无重大问题，已召开推进会2次。' }])))).toEqual([]);
  });

  test('template-unfilled: a report whose every task is not_started with nothing written is a warning, and the unit counts its not-started tasks', () => {
    const unfilled = report('市财政局', [{ id: '1.1', status: 'not_started', progress: '', evidence: [], problems: '', nextSteps: '' }, { id: '1.2', status: '未启动', progress: '无' }]);
    const r = run(replace(cleanSet(), '市财政局', unfilled));
    expect(r.findings.map((f) => [f.code, f.severity, f.unit, f.params.tasks])).toEqual([['template-unfilled', 'warning', '市财政局', 2]]);
    expect(r.units.find((u) => u.unit === '市财政局')).toEqual(expect.objectContaining({ reported: 2, notStarted: 2, gaps: 0 }));
    expect(message('zh', 'template-unfilled', { tasks: 2 })).toBe('报告未填写：2 项任务均为“未启动”且无任何内容，像是未改动的模板');
    // one word written anywhere, or one task started, and the report is filled in
    for (const filled of [
      [{ id: '1.1', status: 'not_started', problems: '资金未到位。' }, { id: '1.2', status: 'not_started' }],
      [{ id: '1.1', status: 'in_progress', progress: '已完成方案。' }, { id: '1.2', status: 'not_started' }],
    ]) expect(codes(replace(cleanSet(), '市财政局', report('市财政局', filled)))).not.toContain('template-unfilled');
    expect(run(cleanSet()).units.every((u) => u.notStarted === 0)).toBe(true);
  });

  test('no-report, but not for catch-alls or collectives', () => {
    const r = run(cleanSet().filter((x) => x.report?.unit !== '市督查室'));
    expect(r.findings).toEqual([expect.objectContaining({ code: 'no-report', unit: '市督查室', period: '2019-H1', file: null })]);
    expect(codes(cleanSet())).not.toContain('no-report');
    expect(r.findings.some((f) => f.unit === '市直有关部门' || f.unit === '各县（市、区）人民政府')).toBe(false);
  });

  test('no-report for every period given with --period', () => {
    const r = run(cleanSet(), { periods: ['2019-H1', '2019-H2'] });
    expect(r.findings.filter((f) => f.code === 'no-report').map((f) => `${f.unit} ${f.period}`)).toHaveLength(5);
  });

  test('duplicate-report: the later submission is flagged', () => {
    const second = report('市工信局', [ok('1.1')], { submitted: '2019-07-09' }, 'again.json');
    const r = run([...cleanSet(), second]);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'duplicate-report', file: 'again.json' })]);
    expect(codes(cleanSet())).not.toContain('duplicate-report');
  });
});

describe('warnings', () => {
  test('unknown-field', () => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [{ ...ok('2.2'), progess: 'typo' }], { remark: 'x' })));
    expect(r.findings.map((f) => [f.code, f.params.field])).toEqual([
      ['unknown-field', 'progess'],
      ['unknown-field', 'remark'],
    ]);
    expect(codes(cleanSet())).not.toContain('unknown-field');
  });

  test('unassigned-task: a warning, or info when the task is open-ended to the unit level', () => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [ok('2.2'), ok('2.1'), ok('1.2')])));
    expect(r.findings.map((f) => [f.code, f.severity, f.task])).toEqual([
      ['unassigned-task', 'warning', '2.1'],
      ['unassigned-task', 'info', '1.2'],
    ]);
    expect(codes(cleanSet())).not.toContain('unassigned-task');
  });

  test('no-evidence', () => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [{ ...ok('2.2', 'completed'), evidence: [] }])));
    expect(r.findings.map((f) => f.code)).toEqual(['no-evidence']);
    expect(codes(replace(cleanSet(), '市督查室', report('市督查室', [ok('2.2', 'completed')])))).toEqual([]);
  });

  test('blocked', () => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [{ ...ok('2.2', 'blocked'), problems: '缺少人手' }])));
    expect(r.findings).toEqual([expect.objectContaining({ code: 'blocked', severity: 'warning', params: { problems: '缺少人手' } })]);
    expect(codes(cleanSet())).not.toContain('blocked');
  });

  test('overdue: past the deadline and not completed, judged on the submission date', () => {
    const late = report('市工信局', [ok('1.1')], { submitted: '2019-07-05' });
    expect(run(replace(cleanSet(), '市工信局', late)).findings.map((f) => [f.code, f.params.due])).toEqual([['overdue', '2019-06-30']]);
    const done = report('市工信局', [ok('1.1', 'completed')], { submitted: '2019-07-05' });
    expect(codes(replace(cleanSet(), '市工信局', done))).toEqual([]);
    const early = report('市工信局', [ok('1.1')], { submitted: '2019-06-20' });
    expect(codes(replace(cleanSet(), '市工信局', early))).toEqual([]);
  });
});

describe('unit names as people write them', () => {
  test.each(['市工信局', '工信局', '福州市工信局', ' 市工信局 '])('%s', (unit) => {
    expect(codes(replace(cleanSet(), '市工信局', report(unit, [ok('1.1')])))).toEqual([]);
  });
  test('a full name resolves to the abbreviation the notice uses', () => {
    expect(codes(replace(cleanSet(), '市工信局', report('福州市工业和信息化局', [ok('1.1')])))).toEqual([]);
    expect(codes(replace(cleanSet(), '市科技局', report('福州市科学技术局', [ok('1.1'), ok('1.2')])))).toEqual([]);
  });
  test('a different unit does not resolve', () => {
    expect(codes([...cleanSet(), report('市科技馆', [ok('1.1')])])).toContain('unknown-unit');
    expect(codes([...cleanSet(), report('省工信厅', [ok('1.1')])])).toContain('unknown-unit');
  });
});

describe('helpers', () => {
  test.each([
    ['二（一）1', '2.1.1'],
    ['二、（一）1.', '2.1.1'],
    ['2.1.1', '2.1.1'],
    ['第十一条', '11'],
    ['三（二）①', '3.2.1'],
    ['二.(三).12', '2.3.12'],
    ['abc', null],
  ])('numberingToId(%s)', (s, id) => expect(numberingToId(s)).toBe(id));

  test.each([
    ['2019年底前', '2019-12-31'],
    ['2020年6月底前', '2020-06-30'],
    ['2020年2月', '2020-02-29'],
    ['2018年12月31日前', '2018-12-31'],
    ['2019年上半年', '2019-06-30'],
    ['2019年第三季度', '2019-09-30'],
    ['2018年底前完成试点，2020年全面推开', '2020-12-31'],
    ['长期坚持', null],
  ])('deadlineDate(%s)', (s, d) => expect(deadlineDate(s)).toBe(d));

  test('isEmptyProgress', () => {
    expect(isEmptyProgress('暂无')).toBe(true);
    expect(isEmptyProgress('无重大进展但已完成调研')).toBe(false);
  });
  test.each([
    ['暂无进展。', true],
    ['  暂 无 进 展 ， ， ， 。 。 。   ', true],
    ['N / A', true],
    ['—————————————', true],
    ['？？？？？？？？？？', true],
    ['已完成调研', false],
    ['一二三四五六七八九', false],
    [`暂无${'，'.repeat(50)}`, true],
    [`无${'\u2003'.repeat(20)}\ufeff`, true],
    [`${'已完成。'.repeat(500)}`, false],
  ])('isEmptyProgress(%j) is %s: padding around and inside, any length', (s, empty) => expect(isEmptyProgress(s)).toBe(empty));
});

describe('reports as people write them', () => {
  test('a report that breaks the schema in one entry still counts for its unit', () => {
    const broken = report('市财政局', [ok('1.1'), { id: '1.2', status: 'in_progress', progress: 3 } as unknown as EntryIn]);
    const r = run(replace(cleanSet(), '市财政局', broken));
    const mine = r.findings.filter((f) => f.unit === '市财政局').map((f) => f.code);
    // the schema error belongs to the unit; the unit is not also told it sent no report or left 1.2 out
    expect(mine).toEqual(['schema-violation']);
    expect(r.units.find((u) => u.unit === '市财政局')!.reports).toEqual(['市财政局.json']);
  });

  test('a report without a unit cannot be attributed', () => {
    const r = run([...cleanSet(), report('', [ok('1.1')], {}, 'anon.json')]);
    const f = r.findings.find((x) => x.file === 'anon.json')!;
    expect([f.code, f.unit]).toEqual(['schema-violation', null]);
  });

  test.each([
    ['已完成。', '已完成', 'completed'],
    ['完成', '已完成', 'completed'],
    ['Completed', 'completed', 'completed'],
    [' in progress ', 'in_progress', 'in_progress'],
    ['正在推进', '推进中', 'in_progress'],
  ])('status %j is read as %s, with a warning', (written, read, status) => {
    const res = readReport(JSON.stringify({ unit: 'u', document: 'd', period: 'p', tasks: [{ id: '1.1', status: written, progress: 'x' }] }), 'r.json', validate);
    expect(res.findings.map((f) => [f.code, f.params.read])).toEqual([['status-spelling', read]]);
    expect(res.report?.tasks[0]?.status).toBe(status);
  });

  test('a status that cannot be read is a schema violation', () => {
    const res = readReport(JSON.stringify({ unit: 'u', document: 'd', period: 'p', tasks: [{ id: '1.1', status: '差不多', progress: 'x' }] }), 'r.json', validate);
    expect(res.findings.map((f) => f.code)).toEqual(['schema-violation']);
  });

  test('periods written other ways are one period', () => {
    const inputs = [report('市工信局', [ok('1.1')], { period: '2019 h1' }), report('市财政局', [ok('1.1'), ok('1.2')], { period: '2019年上半年' }), report('市科技局', [ok('1.1'), ok('1.2')], { period: '2019-H1' })];
    expect([...new Set(run(inputs).units.map((u) => u.period))]).toEqual(['2019-H1']);
  });

  test.each([
    ['2018年下半年度', '2018-H2'],
    ['二〇一八年下半年', '2018-H2'],
    ['二零一九年上半年', '2019-H1'],
    ['2019年度上半年', '2019-H1'],
    ['2019年第三季度', '2019-Q3'],
    ['2019年7月份', '2019-07'],
    ['2019年度', '2019'],
  ])('the period %s is read as %s', (written, read) => expect(normalisePeriod(written)).toBe(read));

  test.each([
    ['2018-H2', '2018-H1', true],
    ['2018', '2018-H1', true],
    ['2019-H1', '2018-H2', true],
    ['上半年', '2018-H1', true],
    ['2020-H1', '2018-H1', false],
    ['2019-Q1', '2018-H2', false],
  ])('a lone period %s is near the usual %s: %s', (lone, usual, near) => expect(nearPeriod(lone, usual)).toBe(near));

  test('lone-period: one report\'s period near the one the others use is a warning on it, and asks no report of the rest', () => {
    const slip = report('市督查室', [ok('2.2')], { period: '2019年下半年度' });
    const r = run(replace(cleanSet(), '市督查室', slip));
    expect(r.findings.filter((f) => f.code !== 'no-report').map((f) => [f.code, f.severity, f.unit, f.period, f.params.usual])).toEqual([['lone-period', 'warning', '市督查室', '2019-H2', '2019-H1']]);
    // the unit that wrote the slip has no 2019-H1 report; nobody is asked for 2019-H2
    expect(r.findings.filter((f) => f.code === 'no-report').map((f) => [f.unit, f.period])).toEqual([['市督查室', '2019-H1']]);
    // given as --period, a period is asked of everyone, and no report is judged lone
    const asked = checkReports([NOTICE], replace(cleanSet(), '市督查室', slip), { asOf: '2019-07-01', periods: ['2019-H1', '2019-H2'] });
    expect(asked.findings.some((f) => f.code === 'lone-period')).toBe(false);
  });

  test('unknown-field says which known field a typo may be, and nothing for a field like no other', () => {
    const text = JSON.stringify({ unit: '市工信局', document: 'd', period: '2019-H1', tasks: [{ id: '1.1', status: 'in_progress', progess: '已完成方案。', nextStep: '下月验收。', remark: '无' }] });
    const fs = readReport(text, 'r.json', validate).findings.filter((f) => f.code === 'unknown-field');
    expect(fs.map((f) => [f.params.field, f.params.suggestions])).toEqual([['progess', 'progress'], ['nextStep', 'nextSteps'], ['remark', '']]);
    expect(message('en', 'unknown-field', fs[0]!.params)).toBe('unknown field "progess" at /tasks/0 is ignored; did you mean "progress"?');
    expect(message('zh', 'unknown-field', fs[0]!.params)).toBe('未知字段“progess”（/tasks/0），将被忽略；是否指“progress”？');
  });

  test('a blank period, unit or document breaks the schema', () => {
    const res = readReport(JSON.stringify({ unit: ' ', document: 'd', period: '   ', tasks: [] }), 'r.json', validate);
    expect(res.findings.map((f) => f.params.pointer)).toEqual(['/unit', '/period']);
    expect(res.report).toBeNull();
  });

  test('evidence may be one string', () => {
    const r = run(replace(cleanSet(), '市工信局', report('市工信局', [{ id: '1.1', status: 'completed', progress: '完成。', evidence: '榕工信〔2019〕5号' } as unknown as EntryIn])));
    expect(r.findings.filter((f) => f.unit === '市工信局')).toEqual([]);
  });

  test('a submitted date that is not a calendar date is a schema violation', () => {
    const res = report('市工信局', [ok('1.1')], { submitted: '2019-02-30' });
    expect(res.findings.map((f) => [f.code, f.params.pointer])).toEqual([['schema-violation', '/submitted']]);
  });

  test.each([
    ['{"unit"："省科技厅"}', 'full-width-punctuation', 'not valid JSON: full-width "：" where JSON needs ":"', '不是有效的 JSON：全角符号“：”，JSON 中应为半角“:”', 1, 8],
    ['{"unit": "省科技厅",}', 'trailing-comma', 'not valid JSON: a comma before "}" or "]" (trailing comma)', '不是有效的 JSON：“}”或“]”前多了逗号', 1, 17],
    ['{"unit": "省科技厅" // 科技厅\n}', 'comment-in-json', 'not valid JSON: comments are not allowed in JSON', '不是有效的 JSON：JSON 中不允许注释', 1, 17],
    ['{"unit": "省科技厅"', 'close-brace-expected', 'not valid JSON: "}" expected', '不是有效的 JSON：缺少“}”', 1, 16],
  ])('JSON that does not parse says why in words: %s', (text, reason, en, zh, line, column) => {
    const f = nth(readReport(text, 'r.json', validate).findings, 0);
    expect([f.code, f.params.reason, f.line, f.column]).toEqual(['invalid-json', reason, line, column]);
    // the reason is a code of the one code table, worded there in both languages
    expect([message('en', f.code, f.params), message('zh', f.code, f.params)]).toEqual([en, zh]);
  });

  const base = { unit: '市工信局', document: 'd', period: '2019-H1' };
  test.each([
    ['a missing field', { unit: '市工信局', document: 'd', tasks: [] }, '/', 'required', 'missing "period"', '缺少必填字段“period”'],
    ['a list where a text goes', { ...base, unit: ['市工信局'], tasks: [] }, '/unit', 'type', 'must be a text', '应为文字'],
    ['an object where a list goes', { ...base, tasks: {} }, '/tasks', 'type', 'must be a list', '应为列表'],
    ['an empty text', { ...base, tasks: [{ id: '', status: 'completed' }] }, '/tasks/0/id', 'empty', 'must not be empty', '不能为空'],
    ['a blank text', { ...base, document: '  ', tasks: [] }, '/document', 'blank', 'must not be blank', '不能只有空白'],
    ['a date not written YYYY-MM-DD', { ...base, submitted: '2019年7月5日', tasks: [] }, '/submitted', 'date-format', 'must be a date written YYYY-MM-DD', '应为 YYYY-MM-DD 格式的日期'],
    ['a date that is no calendar date', { ...base, submitted: '2019-02-30', tasks: [] }, '/submitted', 'calendar-date', '2019-02-30 is not a calendar date', '2019-02-30 不是真实的日期'],
    ['evidence that is a number', { ...base, tasks: [{ id: '1', status: 'completed', evidence: 5 }] }, '/tasks/0/evidence', 'text-or-list', 'must be a text or a list of texts', '应为文字或文字列表'],
  ])('a schema violation says why in both languages, worded in the code table: %s', (_name, value, pointer, rule, en, zh) => {
    const found = readReport(JSON.stringify(value), 'r.json', validate).findings.filter((x) => x.code === 'schema-violation' && x.params.pointer === pointer);
    // one finding for one problem (a value that fits neither alternative is not also reported per alternative)
    expect(found).toHaveLength(1);
    const f = nth(found, 0);
    expect(f.params.rule).toBe(rule);
    expect([message('en', f.code, f.params), message('zh', f.code, f.params)]).toEqual([`does not match the report schema: ${pointer} ${en}`, `不符合报告格式：${pointer} ${zh}`]);
  });

  test('a status outside the allowed values lists them, in each language\'s punctuation', () => {
    const r = run(replace(cleanSet(), '市督查室', report('市督查室', [{ id: '2.2', status: 'half', progress: 'x' }])));
    const f = nth(r.findings.filter((x) => x.code === 'schema-violation'), 0);
    expect(f.params.rule).toBe('allowed-values');
    expect(message('en', f.code, f.params)).toMatch(/^does not match the report schema: \/tasks\/0\/status must be one of: not_started, in_progress, completed, blocked, 未启动, /);
    expect(message('zh', f.code, f.params)).toMatch(/^不符合报告格式：\/tasks\/0\/status 应为以下之一：not_started、in_progress、completed、blocked、未启动、/);
  });

  test('a UTF-8 report with a stray byte says where', () => {
    const text = JSON.stringify({ unit: '市工信局', document: '榕政办〔2019〕12号', period: '2019-H1', tasks: [{ id: '1.1', status: '推进中', progress: '缺\ufffd钱' }] }, null, 2);
    const res = readReport(text, 'r.json', validate, { invalidUtf8: true });
    expect(res.findings.map((f) => [f.code, f.params.count, f.line])).toEqual([['invalid-utf8', 1, 9]]);
    expect(res.report).not.toBeNull();
  });
});

test.each([
  ['（二）培育创新主体', null],
  // 1.2 and 2.2 both end in 2: not one task
  ['（二）', null],
  ['一（二）', '1.2'],
  ['1.2。', '1.2'],
])('task %j as written resolves to %s', (written, id) => {
  const r = run(replace(cleanSet(), '市科技局', report('市科技局', [ok('1.1'), { ...ok('1.2'), id: written }])));
  const unknown = r.findings.some((f) => f.code === 'unknown-task');
  expect(unknown).toBe(id === null);
});

test('a field written twice is a warning at the second', () => {
  const text = '{"unit": "市工信局", "unit": "市财政局", "document": "榕政办〔2019〕12号", "period": "2019-H1", "tasks": []}';
  const res = readReport(text, 'r.json', validate);
  expect(res.findings.map((f) => [f.code, f.params.field, f.column])).toEqual([['duplicate-field', 'unit', 18]]);
});

test.each([['暂无进展'], ['……'], ['无进展。']])('progress %j says nothing', (p) => expect(isEmptyProgress(p)).toBe(true));

describe('a collective no registry lists: its members are the governments its name says', () => {
  test.each([
    ['各省辖市人民政府', '郑州市人民政府', true],
    ['各省辖市人民政府', '郑州市政府', true],
    ['各省辖市人民政府', '中牟县人民政府', false],
    ['各县（市、区）人民政府', '中牟县人民政府', true],
    ['各县（市、区）人民政府', '金水区人民政府', true],
    ['各乡镇（街道）', '城关镇人民政府', true],
    ['各乡镇（街道）', '花园路街道办事处', true],
    ['各乡镇人民政府', '金水区人民政府', false],
  ])('%s takes %s: %s', (collective, member, yes) => {
    expect(impliedMembers(collective)?.test(member) ?? false).toBe(yes);
  });

  test('各有关部门 has no members by name', () => expect(impliedMembers('各有关部门')).toBeNull());

  test('a city government reports for 各设区市人民政府 in a notice without a registry', () => {
    const notice = parse(['XX省人民政府关于印发任务分工的通知', '一、重点任务', '（一）推进甲项工作。', '责任单位：省发展改革委，各设区市人民政府'].join('\n'), 'xx');
    const text = JSON.stringify({ unit: '甲市人民政府', document: 'xx', period: 'P', tasks: [{ id: '1.1', status: '推进中', progress: '正在推进。' }] });
    const r = checkReports([notice], [{ file: 'a.json', ...readReport(text, 'a.json', validate) }], { asOf: '2024-01-01' });
    expect(r.units.find((u) => u.unit === '甲市人民政府')).toEqual(expect.objectContaining({ collective: '各设区市人民政府', assigned: 1, reported: 1, gaps: 0 }));
  });
});
