/** `check` across periods: stalled, regressed and late reports over fixtures/history, --since / --until, --due-days. */
import { runCli } from '../helpers.js';

const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';
const HISTORY = 'fixtures/history';

interface F {
  code: string;
  unit: string;
  period: string;
  task: string | null;
  file: string;
  line: number | null;
  params: Record<string, string | number>;
}

async function findings(extra: string[] = []) {
  const r = await runCli(['check', '-n', N48, HISTORY, '-f', 'json', '--fail-on', 'none', ...extra]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { findings: F[]; units: { unit: string; period: string }[] };
  return { all: out.findings, trends: out.findings.filter((f) => ['stalled', 'status-regressed', 'late-report'].includes(f.code)), units: out.units };
}

test('the same progress three periods running is stalled on the later two, since the first; a changed date does not make it new', async () => {
  const { trends } = await findings();
  const stalled = trends.filter((f) => f.code === 'stalled');
  expect(stalled.map((f) => [f.unit, f.period, f.task, f.params.previous, f.params.since])).toEqual([
    ['省国资委', '2018-H2', '2.1.3', '2018-H1', '2018-H1'],
    ['省国资委', '2019-H1', '2.1.3', '2018-H2', '2018-H1'],
  ]);
  // placed at the progress the report repeats
  expect(stalled[0]!.file).toBe('fixtures/history/2018-H2-guoziwei.json');
  expect(stalled[0]!.line).toBe(10);
});

test('a task completed and then in progress went back; a unit that improves every period is never flagged', async () => {
  const { trends } = await findings();
  expect(trends.filter((f) => f.code === 'status-regressed').map((f) => [f.unit, f.period, f.task, f.params.from, f.params.to])).toEqual([['省科协', '2018-H2', '2.2.6', 'completed', 'in_progress']]);
  expect(trends.filter((f) => f.unit === '省教育厅')).toEqual([]);
});

test('a report submitted after its period ended plus ten days is late; --due-days moves the due date', async () => {
  const { trends } = await findings();
  expect(trends.filter((f) => f.code === 'late-report').map((f) => [f.unit, f.period, f.params.due, f.params.days])).toEqual([['省人社厅', '2018-H2', '2019-01-10', 41]]);
  const lenient = await findings(['--due-days', '60']);
  expect(lenient.trends.filter((f) => f.code === 'late-report')).toEqual([]);
  // due on the period's last day: every one of the ten reports, each sent after its period ended, is late
  const strict = await findings(['--due-days', '0']);
  expect(strict.trends.filter((f) => f.code === 'late-report')).toHaveLength(10);
});

test('--since and --until restrict the periods judged; the period before still serves for the comparison', async () => {
  const late = await findings(['--since', '2019-H1']);
  expect(late.trends.map((f) => [f.code, f.period, f.params.since])).toEqual([['stalled', '2019-H1', '2018-H1']]);
  expect(new Set(late.all.map((f) => f.period))).toEqual(new Set(['2019-H1']));
  expect(new Set(late.units.map((u) => u.period))).toEqual(new Set(['2019-H1']));
  const early = await findings(['--until', '2018-H1']);
  expect(early.trends).toEqual([]);
  expect(new Set(early.all.map((f) => f.period))).toEqual(new Set(['2018-H1']));
});

test('--due-days must be a whole number of days up to ten years, --since a period not after --until', async () => {
  const bad = await runCli(['check', '-n', N48, HISTORY, '--due-days', 'ten']);
  expect([bad.code, bad.stderr.trim()]).toEqual([2, 'policy-check: usage error: --due-days ten (a whole number of days, 0 to 3660)']);
  const huge = await runCli(['check', '-n', N48, HISTORY, '--due-days', '100000000']);
  expect([huge.code, huge.stderr.trim()]).toEqual([2, 'policy-check: usage error: --due-days 100000000 (a whole number of days, 0 to 3660)']);
  const crossed = await runCli(['check', '-n', N48, HISTORY, '--since', '2019-H1', '--until', '2018-H1']);
  expect([crossed.code, crossed.stderr.trim()]).toEqual([2, 'policy-check: usage error: --since 2019-H1 is after --until 2018-H1: no period would be judged']);
  const period = await runCli(['check', '-n', N48, HISTORY, '--since', '2019-H3']);
  expect(period.code).toBe(2);
});

test('in Chinese', async () => {
  const r = await runCli(['check', '-n', N48, HISTORY, '--lang', 'zh', '--fail-on', 'none']);
  expect(r.stdout).toContain('进展雷同：本期进展与上期（2018-H1）基本相同（相似度 1.00），自 2018-H1 起未见推进');
  expect(r.stdout).toContain('状态倒退：上期（2018-H1）为已完成，本期为推进中');
  expect(r.stdout).toContain('报告逾期报送：2019-02-20 报送，应于 2019-01-10 前');
});

test('blocked and then in progress with the same text is a step forward, not stalled', async () => {
  const { compare } = await import('../../src/check/trends.js');
  const snap = (period: string, status: 'blocked' | 'in_progress') => ({ period, entry: { id: '1', status, progress: '等待资金到位。', index: 0 } });
  expect(compare(snap('2018-H1', 'blocked'), snap('2018-H2', 'in_progress'), '2018-H1')).toBeNull();
  expect(compare(snap('2018-H1', 'in_progress'), snap('2018-H2', 'blocked'), '2018-H1')).toEqual(expect.objectContaining({ kind: 'stalled' }));
});

test('--unit that names no unit of the notice is an error line with a did-you-mean, for check and progress; a collective names its members', async () => {
  for (const command of ['check', 'progress']) {
    const r = await runCli([command, '-n', N48, HISTORY, '-u', '省科技局']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^policy-check: the notice names no unit "省科技局"; did you mean .*省科技厅/);
  }
  const collective = await runCli(['progress', '-n', N48, HISTORY, '-u', '各设区市人民政府']);
  expect(collective.code).toBe(2);
  expect(collective.stderr).toContain('stands for several units');
});

test('the brief text names the notice with each unit, so that two notices\' findings stay apart', async () => {
  const r = await runCli(['check', '--no-color']);
  expect(r.stdout).toContain('省科技厅 · 闽政〔2017〕48号 · 2018-H1\n');
});
