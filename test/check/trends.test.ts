/** Comparing a unit's periods (pure): similarity of progress texts, stalled and regressed tasks, period spans. */
import { compare, comparable, progressSimilarity, STALLED_SIMILARITY } from '../../src/check/trends.js';
import { addDays, periodSpan } from '../../src/check/period.js';
import type { ReportEntry, Status } from '../../src/check/report.js';

const entry = (status: Status, progress = ''): ReportEntry => ({ id: '1', status, progress, index: 0 });
const snap = (period: string, status: Status, progress = '') => ({ period, entry: entry(status, progress) });

describe('progress texts compared', () => {
  test('dates, spaces and punctuation do not count', () => {
    expect(comparable('截至2018年6月底，已起草指引，正在征求意见。')).toBe(comparable('截至 2018年12月底 已起草指引；正在征求意见！'));
    expect(progressSimilarity('截至2018年6月底，已起草指引，正在征求意见。', '截至2019年6月30日，已起草指引，正在征求意见。')).toBe(1);
  });

  test('a changed word or number lowers the similarity below the threshold; a new text is far below', () => {
    const a = '举办技术经纪人培训班2期，培训学员260人。';
    expect(progressSimilarity(a, '举办技术经纪人培训班3期，培训学员410人。')).toBeLessThan(STALLED_SIMILARITY);
    expect(progressSimilarity(a, '印发职称评价标准，首批评审通过42人。')).toBeLessThan(0.3);
  });

  test('one character appended to a long text stays above it', () => {
    const a = '已组建产业技术创新战略联盟5个，正在制定联盟运行管理办法，拟于下半年印发实施。';
    expect(progressSimilarity(a, `${a}等`)).toBeGreaterThanOrEqual(STALLED_SIMILARITY);
  });
});

describe('a period against the one before', () => {
  test('the same progress, not completed, is stalled since the start of the run', () => {
    expect(compare(snap('2018-H1', 'in_progress', '已起草指引。'), snap('2018-H2', 'in_progress', '已起草指引。'), '2018-H1')).toEqual({ kind: 'stalled', since: '2018-H1', similarity: 1 });
    expect(compare(snap('2018-H1', 'not_started'), snap('2018-H2', 'not_started'), '2018-H1')).toEqual(expect.objectContaining({ kind: 'stalled' }));
  });

  test('completed now, a step forward, or new progress is no finding', () => {
    expect(compare(snap('2018-H1', 'in_progress', '已起草指引。'), snap('2018-H2', 'completed', '已起草指引。'), '2018-H1')).toBeNull();
    expect(compare(snap('2018-H1', 'not_started'), snap('2018-H2', 'in_progress', ''), '2018-H1')).toBeNull();
    expect(compare(snap('2018-H1', 'in_progress', '已起草指引。'), snap('2018-H2', 'in_progress', '指引已印发，召开培训会两场。'), '2018-H1')).toBeNull();
  });

  test('completed → not completed, and in progress → not started, went back', () => {
    expect(compare(snap('2018-H1', 'completed', 'x'), snap('2018-H2', 'in_progress', 'x'), '2018-H1')).toEqual({ kind: 'status-regressed', from: 'completed', to: 'in_progress', previous: '2018-H1' });
    expect(compare(snap('2018-H1', 'in_progress', 'x'), snap('2018-H2', 'not_started'), '2018-H1')).toEqual(expect.objectContaining({ kind: 'status-regressed', to: 'not_started' }));
  });

  test('an entry whose status could not be read is not compared', () => {
    const unread: ReportEntry = { id: '1', status: null, index: 0 };
    expect(compare({ period: '2018-H1', entry: unread }, snap('2018-H2', 'in_progress', 'x'), '2018-H1')).toBeNull();
  });
});

describe('period spans', () => {
  test.each([
    ['2018', '2018-01-01', '2018-12-31'],
    ['2018-H1', '2018-01-01', '2018-06-30'],
    ['2018-H2', '2018-07-01', '2018-12-31'],
    ['2019-Q1', '2019-01-01', '2019-03-31'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2019-Q4', '2019-10-01', '2019-12-31'],
  ])('%s is %s … %s', (period, start, end) => {
    expect(periodSpan(period)).toEqual({ start, end });
  });

  test('a period in no known form has none; days are added across months and years', () => {
    expect(periodSpan('上半年')).toBeNull();
    expect(addDays('2018-12-31', 10)).toBe('2019-01-10');
    expect(addDays('2020-02-25', 5)).toBe('2020-03-01');
  });
});
