/** `policy-check check`, `template` and `schema` end to end through main(). */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli, ROOT } from '../helpers.js';
import { makeTemp, removeTemps } from '../helpers.js';
import { fromFile } from '../../src/cli/check-command.js';
import { readFileOnce } from '../../src/cli/io.js';

afterAll(removeTemps);

const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';
const NTT = 'seeds/fujian-2018-technology-transfer-division.txt';

function tmp(): string {
  return makeTemp('pc-check-');
}

async function json(args: string[], opts = {}) {
  const r = await runCli([...args, '--format', 'json'], opts);
  return { ...r, out: JSON.parse(r.stdout) };
}

describe('the bundled default: fixtures/reports against the seeds', () => {
  test('no arguments checks the sample reports and exits 1 on their gaps (--details: the full listing)', async () => {
    const r = await runCli(['check', '--no-color', '--details']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('省科技厅 · 闽政〔2017〕48号 · 2018-H1');
    expect(r.stdout).toContain('reports: fixtures/reports/2018-H1/min48-sheng-kejiting.json');
    expect(r.stdout).toContain('assigned 15 / reported 14 / gaps 2');
    expect(r.stdout).toMatch(/✗ 2\.4\.16 加强科技成果信息汇交 — assigned to the unit but missing from the report \[missing-task\]\n\s+fixtures\/reports\/2018-H1\/min48-sheng-kejiting\.json:\d+:\d+ · notice line 50/);
    expect(r.stdout).toMatch(/Summary: 2 notices · 16 reports · \d+ units · \d+ errors/);
  });

  test('in CI (CI=true), check with no report named is a usage error: a job that forgot its paths does not pass on the samples', async () => {
    const r = await runCli(['check'], { env: { CI: 'true' } });
    expect([r.code, r.stderr.trim()]).toEqual([2, 'policy-check: usage error: in CI, name the report files or folders to check: the bundled sample reports are not checked by default there']);
    expect((await runCli(['check', 'fixtures/reports', '-f', 'json'], { env: { CI: 'true' } })).code).toBe(1);
    expect((await runCli(['check', '-f', 'json'], { env: { CI: 'false' } })).code).toBe(1);
  });

  test('--unit shows only the units asked for (by the notice\'s name or the full name), and the summary counts only them', async () => {
    const { out } = await json(['check', '-u', '省科技厅', '-u', '福建省财政厅']);
    expect([...new Set(out.units.map((u: { unit: string }) => u.unit))].sort()).toEqual(['省科技厅', '省财政厅'].sort());
    expect(out.findings.every((f: { unit: string | null }) => f.unit === null || f.unit === '省科技厅' || f.unit === '省财政厅')).toBe(true);
    expect(out.summary.units).toBe(4);
    expect(out.summary.errors).toBe(out.findings.filter((f: { severity: string }) => f.severity === 'error').length);
  });

  test('the summary and the units without a report are wrapped to the terminal width, or to COLUMNS when piped; not wrapped without either', async () => {
    const wide = (text: string) => Math.max(...text.split('\n').map((l) => [...l].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)));
    const summaryOf = (text: string) => text.slice(text.indexOf('Summary:'));
    const piped = await runCli(['check', 'fixtures/reports'], { env: { COLUMNS: '80' } });
    expect(wide(summaryOf(piped.stdout))).toBeLessThanOrEqual(80);
    expect(summaryOf(piped.stdout).split('\n').filter(Boolean).length).toBeGreaterThan(1);
    const tty = await runCli(['check', 'fixtures/reports'], { tty: true, columns: 60 });
    expect(wide(summaryOf(tty.stdout).replace(/\u001b\[[0-9;]*m/g, ''))).toBeLessThanOrEqual(60);
    const plain = await runCli(['check', 'fixtures/reports']);
    expect(summaryOf(plain.stdout).split('\n').filter(Boolean)).toHaveLength(1);
  });

  test('units that only sent no report are one line per notice and period, not a block each', async () => {
    const r = await runCli(['check', '--no-color', '--lang', 'zh']);
    const lines = r.stdout.split('\n');
    const heads = lines.filter((l) => /个单位本期没有报告/.test(l));
    expect(heads).toHaveLength(3);
    expect(heads[0]).toMatch(/^✗ \d+ 个单位本期没有报告（闽政〔2017〕48号 · 2018-H1） \[no-report\]$/);
    // each of those units still has its line in the JSON output
    const { out } = await json(['check']);
    const silent = out.findings.filter((f: { code: string }) => f.code === 'no-report').length;
    const listed = heads.map((h) => Number(/(\d+) 个单位/.exec(h)![1])).reduce((a, b) => a + b, 0);
    expect(listed).toBe(silent);
    expect(r.stdout).not.toMatch(/（无报告）/);
  });

  test('every kind of finding in the sample set, where it belongs', async () => {
    const { out } = await json(['check']);
    const seen = (code: string) => out.findings.filter((f: { code: string }) => f.code === code).map((f: { file: string | null; unit: string | null; task: string | null }) => [f.file?.split('/').pop() ?? null, f.unit, f.task]);
    expect(seen('missing-task')).toEqual(expect.arrayContaining([['min48-sheng-kejiting.json', '省科技厅', '2.4.16']]));
    expect(seen('empty-progress')).toEqual([['min48-sheng-kejiting.json', '省科技厅', '2.3.9']]);
    expect(seen('no-evidence')).toEqual([['min48-sheng-kejiting.json', '省科技厅', '2.1.1']]);
    expect(seen('blocked')).toEqual([['min48-sheng-jiaoyuting.json', '省教育厅', '2.3.11']]);
    expect(seen('unknown-task')).toEqual([['min48-sheng-caizhengting.json', '省财政厅', '2.3.19']]);
    expect(seen('duplicate-task')).toEqual([['min48-sheng-caizhengting.json', '省财政厅', '2.2.4']]);
    expect(seen('unknown-unit')).toEqual([['min48-sheng-kejiguan.json', '省科技馆', null]]);
    expect(seen('duplicate-report')).toEqual([['min48-sheng-kexie-resubmitted.json', '省科协', null]]);
    expect(seen('unknown-document')).toEqual([['min49-sheng-shangwuting.json', '省商务厅', null]]);
    // a report that breaks the schema still counts for its unit: no no-report for 省国资委
    expect(seen('schema-violation')).toEqual([['tt-sheng-guoziwei.json', '省国资委', null]]);
    expect(out.findings.filter((f: { code: string; unit: string; period: string; document: string }) => f.code === 'no-report' && f.unit === '省国资委' && f.period === '2018-H1' && f.document === 'fujian-2018-technology-transfer-division')).toEqual([]);
    expect(seen('status-spelling')).toEqual([['min48-sheng-fagaiwei.json', '省发改委', null]]);
    expect(seen('unknown-field')).toEqual([['tt-sheng-zhishichanquanju.json', '省知识产权局', null]]);
    expect(seen('unassigned-task')).toEqual([
      ['tt-sheng-zhishichanquanju.json', '省知识产权局', '1.1.1.1'],
      ['tt-sheng-zhishichanquanju.json', '省知识产权局', '1.2.2.1'],
    ]);
    expect(out.findings.filter((f: { code: string }) => f.code === 'no-report').length).toBeGreaterThan(10);
    // full names and numbering as written resolve: these reports are clean
    const clean = out.units.filter((u: { gaps: number; reports: string[] }) => u.gaps === 0 && u.reports.length).map((u: { unit: string; period: string }) => `${u.unit} ${u.period}`);
    expect(clean).toEqual(expect.arrayContaining(['省科技厅 2018-H2', '省经信委 2018-H2', '省发改委 2018-H1', '省教育厅 2018-H1']));
  });

  test('JSON findings carry the documented fields', async () => {
    const { out } = await json(['check']);
    expect(out.schemaVersion).toBe(1);
    const f = out.findings.find((x: { code: string }) => x.code === 'missing-task');
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['code', 'severity', 'unit', 'document', 'task', 'title', 'message', 'file', 'line', 'column', 'noticeLine', 'period']));
    expect(out.units[0]).toEqual(expect.objectContaining({ unit: '省科技厅', document: '闽政〔2017〕48号', period: '2018-H1', assigned: 15, reported: 14, gaps: 2 }));
    expect(out.summary).toEqual(expect.objectContaining({ notices: 2, reports: 16, errors: expect.any(Number), warnings: expect.any(Number), byCode: expect.any(Object) }));
  });
});

describe('formats', () => {
  test('csv: one row per finding, Excel-safe', async () => {
    const r = await runCli(['check', '--format', 'csv']);
    expect([...r.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.stdout.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('severity,code,unit,document,period,task,title,message,file,line,column,noticeLine,sheet,cell');
    const { out } = await json(['check']);
    expect(lines).toHaveLength(out.findings.length + 1);
  });

  test('junit: valid XML, a suite per unit and period, a case per assigned task', async () => {
    const r = await runCli(['check', '--format', 'junit']);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(r.stdout);
    const suite = xml.testsuites.testsuite.find((s: Record<string, string>) => s['@_name'] === '省科技厅 · 闽政〔2017〕48号 · 2018-H1');
    expect(suite.testcase).toHaveLength(15);
    const failing = suite.testcase.filter((c: Record<string, unknown>) => c.failure);
    expect(failing.map((c: Record<string, string>) => c['@_name'])).toEqual(['2.3.9 完善技术市场体系', '2.4.16 加强科技成果信息汇交']);
  });

  test('github: workflow annotations with file, line and column', async () => {
    const r = await runCli(['check', '--format', 'github']);
    expect(r.stdout).toMatch(/^::error file=fixtures\/reports\/2018-H1\/min48-sheng-kejiting\.json,line=\d+,col=\d+,title=missing-task 省科技厅 2\.4\.16::2\.4\.16 加强科技成果信息汇交 — /m);
    expect(r.stdout).toMatch(/^::warning file=[^\n]*title=blocked/m);
    expect(r.stdout).toMatch(/^::notice [^\n]*title=unassigned-task/m);
  });

  test('md: a table for a pull-request comment', async () => {
    const r = await runCli(['check', '--format', 'md', '--lang', 'zh']);
    expect(r.stdout).toContain('### 汇总');
    expect(r.stdout).toMatch(/\| 错误 \| 省科技厅 \| 2018-H1 \| 2\.4\.16 加强科技成果信息汇交 \| 分配给本单位的任务未填报 \| missing-task \|/);
  });

  test('text in Chinese', async () => {
    const r = await runCli(['check', '--no-color', '--details'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stdout).toContain('分配 15 / 已报 14 / 缺口 2');
    expect(r.stdout).toContain('汇总:');
    const brief = await runCli(['check', '--no-color'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(brief.stdout).toMatch(/单位\s+报告\s+分配\s+已报\s+缺口\s+雷同\s+逾期/);
    expect(brief.stdout).toContain('各单位的问题（按类别；--details 逐条列出并给出位置）');
  });

  test('by default a line per unit first, the silent units in one line, then each unit\'s findings a line per code; --details lists each with its place', async () => {
    const r = await runCli(['check', '--no-color']);
    const lines = r.stdout.split('\n');
    const table = lines.indexOf('闽政〔2017〕48号 · 2018-H2');
    expect(lines[table + 1]).toMatch(/^Unit\s+Reports\s+Assigned\s+Reported\s+Gaps\s+Stalled\s+Overdue$/);
    expect(lines.find((l) => l.startsWith('省科技厅') && lines.indexOf(l) > table)).toMatch(/^省科技厅\s+1\s+15\s+15\s+0\s+9\s+0$/);
    // nine stalled tasks are one line, not nine
    expect(r.stdout).toMatch(/! 9 × 2\.1\.3, 2\.2\.4, .*, 1 more — stalled: .* \[stalled\]/);
    expect(r.stdout.indexOf('No report from')).toBeLessThan(r.stdout.indexOf('Findings by unit and code'));
    expect(r.stdout).not.toContain('min48-sheng-kejiting.json:');
    const details = await runCli(['check', '--no-color', '--details']);
    expect(details.stdout.match(/\[stalled\]/g)).toHaveLength(16);
    expect(details.stdout).toContain('min48-sheng-kejiting.json:');
    expect(r.stdout.split('\n').length).toBeLessThan(details.stdout.split('\n').length);
  });

  test('-o writes atomically and does not change the exit code', async () => {
    const dir = tmp();
    const out = join(dir, 'findings.json');
    const r = await runCli(['check', '-f', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).findings.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['findings.json']);
  });
});

describe('nothing from a report or a file name reaches a terminal or a file raw (CWE-150)', () => {
  const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
  test.each(['text', 'github', 'csv', 'md', 'junit'])('-f %s holds no control character from the report', async (format) => {
    const dir = tmp();
    const report = { unit: '省科技厅\u001b[31m', document: 'fujian-2018-technology-transfer-division', period: '2018-H1', tasks: [{ id: '1.1.1.1\u001b[2J', status: 'blocked', progress: 'x', problems: '缺钱\u001b]0;pwned\u0007\u009b31m' }] };
    writeFileSync(join(dir, 'r\u001b[31m.json'), JSON.stringify(report));
    const r = await runCli(['check', '-n', NTT, dir, '-f', format]);
    expect(r.stdout).toMatch(/省科技厅/);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
  });

  test('an error line naming a file with an escape sequence shows it safely', async () => {
    const r = await runCli(['parse', 'nope\u001b[31m.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope\ufffd[31m.txt');
    expect(r.stderr).not.toMatch(CONTROL);
  });
});

describe('exit codes', () => {
  test.each([
    [['check', '--period', '2019-H3']],
    [['check', '--period', '']],
    [['template', '-n', NTT, '-u', '省科技厅', '--period', '2019-H3']],
  ])('a --period that is no period is a usage error, in words: %j', async (args) => {
    const r = await runCli([...args, '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是报告期：请写作 2019-H1、2019-Q3、2019-07 或 2019');
  });

  test('--period is read as reports are: 二〇一八年上半年 is 2018-H1', async () => {
    const { out, code } = await json(['check', '-n', N48, 'fixtures/reports/2018-H1', '--period', '二〇一八年上半年']);
    expect(code).toBe(1);
    expect([...new Set(out.units.map((u: { period: string }) => u.period))]).toEqual(['2018-H1']);
  });

  test('standard input named twice is an error line, as parse says it (it can be read once)', async () => {
    const report = readFileSync(join(ROOT, 'fixtures/reports/2018-H1/min48-sheng-kejiting.json'));
    const r = await runCli(['check', '-', '-', '-f', 'json', '--fail-on', 'none'], { stdin: report });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('policy-check: <stdin>: standard input can be read only once');
  });

  test('--fail-on none exits 0 even with errors', async () => {
    const r = await runCli(['check', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/[1-9]\d* errors/);
  });

  test('--max-warnings', async () => {
    const dir = tmp();
    const notice = join(dir, 'n.txt');
    writeFileSync(notice, '关于测试的通知\n一、任务\n（一）测试任务。\n责任单位：市测试局\n');
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ unit: '市测试局', document: 'n', period: 'P', tasks: [{ id: '1.1', status: 'completed', progress: '已完成。' }] }));
    const args = ['check', '-n', notice, join(dir, 'r.json')];
    expect((await runCli(args)).code).toBe(0); // one warning (no evidence), errors none
    expect((await runCli([...args, '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli([...args, '--max-warnings', '0'])).code).toBe(1);
    expect((await runCli([...args, '--max-warnings', '1'])).code).toBe(0);
    expect((await runCli([...args, '--max-warnings', 'x'])).code).toBe(2);
  });

  test.each([[['check', '--frobnicate']], [['check', '--format', 'xml']], [['check', '--fail-on', 'sometimes']], [['check', '--as-of', 'yesterday']]])('%j is a usage error', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('when no notice can be read, nothing is checked and an existing -o file is left as it was (exit 2)', async () => {
    const dir = tmp();
    const out = join(dir, 'findings.json');
    writeFileSync(out, 'last run');
    const r = await runCli(['check', '-n', 'nope.txt', 'fixtures/reports/2018-H1', '-f', 'json', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.txt: no such file');
    expect(readFileSync(out, 'utf8')).toBe('last run');
    // nor anything on standard output: a list of reports naming an unknown notice would only mislead
    const shownNothing = await runCli(['check', '-n', 'nope.txt', 'fixtures/reports/2018-H1']);
    expect(shownNothing.code).toBe(2);
    expect(shownNothing.stdout).toBe('');
    expect(shownNothing.stderr).toBe('policy-check: nope.txt: no such file\n');
    // with one notice read, the others' reports are checked and shown on standard output, but the run failed
    // (exit 2): -o is not replaced by a partial result
    const partial = await runCli(['check', '-n', 'nope.txt', '-n', N48, 'fixtures/reports/2018-H2', '-f', 'json', '-o', out]);
    expect(partial.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('last run');
    const shown = await runCli(['check', '-n', 'nope.txt', '-n', N48, 'fixtures/reports/2018-H2', '-f', 'json']);
    expect(shown.code).toBe(2);
    expect(JSON.parse(shown.stdout).units.length).toBeGreaterThan(0);
  });

  test('an unreadable notice exits 2, and the reports are still checked against the others', async () => {
    const r = await runCli(['check', '-n', 'nope.txt', '-n', N48, 'fixtures/reports/2018-H2', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('policy-check: nope.txt: no such file');
    expect(JSON.parse(r.stdout).units.some((u: { unit: string; gaps: number }) => u.unit === '省发改委' && u.gaps === 0)).toBe(true);
  });
});

test('task numbers as people write them: the inner part alone when it names one task, a full stop after it', async () => {
  const dir = tmp();
  const entry = (id: string) => ({ id, status: '推进中', progress: '正在推进。' });
  const tasks = ['（二）7', '7', '2.2.6。', '(二)5'].map(entry);
  writeFileSync(join(dir, 'jyt.json'), JSON.stringify({ unit: '省教育厅', document: '闽政〔2017〕48号', period: 'P', tasks }));
  const { out } = await json(['check', '-n', N48, dir, '--fail-on', 'none']);
  const mine = out.findings.filter((f: { unit: string }) => f.unit === '省教育厅');
  expect(mine.filter((f: { code: string }) => f.code === 'unknown-task')).toEqual([]);
  expect(mine.filter((f: { code: string }) => f.code === 'duplicate-task').map((f: { task: string }) => f.task)).toEqual(['2.2.7']);
});

test('a small UTF-8 report with one stray byte is still read as UTF-8, with a warning where the byte is', async () => {
  const dir = tmp();
  const text = JSON.stringify({ unit: '省国资委', document: '闽政〔2017〕48号', period: 'P', tasks: [{ id: '2.1.3', status: '推进中', progress: '缺STRAY资金' }] });
  const bytes = Buffer.from(text, 'utf8');
  const at = bytes.indexOf('STRAY');
  writeFileSync(join(dir, 'gzw.json'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xa1]), bytes.subarray(at + 5)]));
  const { out } = await json(['check', '-n', N48, dir, '--fail-on', 'none']);
  const f = out.findings.find((x: { code: string }) => x.code === 'invalid-utf8');
  expect([f?.unit, f?.params.count]).toEqual(['省国资委', 1]);
  expect(out.findings.filter((x: { code: string }) => x.code === 'unknown-document' || x.code === 'schema-violation')).toEqual([]);
});

test('the same notice named twice is checked once', async () => {
  const once = await json(['check', '-n', N48, 'fixtures/reports/2018-H1', '--fail-on', 'none']);
  const twice = await json(['check', '-n', N48, '-n', `./${N48}`, 'fixtures/reports/2018-H1', '--fail-on', 'none']);
  expect([twice.stderr, twice.out.summary]).toEqual(['', once.out.summary]);
});

describe('task ids in reports: a section id or an id inside a section is never credited to a task', () => {
  test('1.1.2 (the section 建设统一开放的技术市场), 1.3 and 1.1.3 are unknown tasks with a did-you-mean, and the tasks they were once credited to stay missing', async () => {
    const dir = tmp();
    const notice = await json(['parse', NTT]);
    const tasks = notice.out.documents[0].tasks as { id: string; units: { name: string }[] }[];
    const mine = tasks.filter((t) => t.units.some((u) => u.name === '省科技厅')).map((t) => t.id);
    expect(mine).toEqual(expect.arrayContaining(['1.1.1.1', '1.1.2.1']));
    const entries = [
      { id: '1.1.1.1', status: 'completed', progress: '已完成。', evidence: ['闽科〔2018〕1号'] },
      { id: '1.1.2', status: 'completed', progress: '已完成。', evidence: ['x'] },
      { id: '1.3', status: 'completed', progress: '已完成。', evidence: ['x'] },
      { id: '1.1.3', status: 'completed', progress: '已完成。', evidence: ['x'] },
    ];
    writeFileSync(join(dir, 'r.json'), JSON.stringify({ unit: '省科技厅', document: 'fujian-2018-technology-transfer-division', period: '2018-H1', tasks: entries }));
    const { out } = await json(['check', '--notice', NTT, join(dir, 'r.json')]);
    const unknown = out.findings.filter((f: { code: string }) => f.code === 'unknown-task');
    expect(unknown.map((f: { params: { written: string } }) => f.params.written)).toEqual(['1.1.2', '1.3', '1.1.3']);
    for (const f of unknown) expect(f.params.suggestions).not.toBe('');
    const missing = out.findings.filter((f: { code: string }) => f.code === 'missing-task').map((f: { task: string }) => f.task);
    // the tasks the section ids were once credited to stay missing
    expect(missing).toEqual(expect.arrayContaining(['1.1.1.2', '1.1.1.3', '1.1.2.1']));
    expect(missing).not.toContain('1.1.1.1');
  });
});

describe('bad reports: one clear finding each, the others still checked', () => {
  const dir = tmp();
  const good = { unit: '省国资委', document: '闽政〔2017〕48号', period: '2018-H1', tasks: [{ id: '2.1.3', status: 'completed', progress: '已印发指引。', evidence: ['闽国资〔2018〕201号'] }] };
  writeFileSync(join(dir, 'a-good.json'), JSON.stringify(good));
  writeFileSync(join(dir, 'not-json.json'), '进展报告：已完成');
  writeFileSync(join(dir, 'array.json'), '[1, 2]');
  writeFileSync(join(dir, 'string.json'), '"省科技厅"');
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'deep.json'), `{"unit":"x","tasks":${'['.repeat(10000)}${']'.repeat(10000)}}`);
  writeFileSync(join(dir, 'extra.json'), JSON.stringify({ ...good, unit: '省科协', tasks: [], remarks: '（多余字段）' }));
  writeFileSync(join(dir, 'other-notice.json'), JSON.stringify({ ...good, document: '闽政〔2019〕1号' }));
  writeFileSync(join(dir, 'huge.json'), Buffer.alloc(50 * 1024 * 1024, 0x20));
  writeFileSync(join(dir, 'bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ ...good, unit: '中科院海西研究院', tasks: [{ id: '2.2.6', status: '推进中', progress: '实施院地合作项目9项。' }] }))]));
  writeFileSync(join(dir, 'gb18030.json'), iconv.encode(JSON.stringify({ ...good, unit: '省人社厅', tasks: [{ id: '2.3.11', status: '推进中', progress: '举办技术经纪人培训。' }] }), 'gb18030'));

  test('each file gets what it deserves', async () => {
    const r = await runCli(['check', '-n', N48, dir, '--period', '2018-H1', '-f', 'json']);
    // files that cannot be read as JSON are findings about the reports: a line each on stderr, exit 1 (as --fail-on says)
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.map((l) => /([\w-]+\.json): /.exec(l)?.[1])).toEqual(['deep.json', 'empty.json', 'huge.json', 'not-json.json']);
    expect(lines[1]).toMatch(/empty\.json: not valid JSON: empty file$/);
    const out = JSON.parse(r.stdout);
    const byFile = (name: string) => out.findings.filter((f: { file: string | null }) => f.file?.endsWith(name)).map((f: { code: string }) => f.code);
    expect(byFile('not-json.json')).toEqual(['invalid-json']);
    expect(byFile('array.json')).toEqual(['schema-violation']);
    expect(byFile('string.json')).toEqual(['schema-violation']);
    expect(byFile('empty.json')).toEqual(['invalid-json']);
    expect(byFile('deep.json')).toEqual(['too-deep']);
    expect(byFile('huge.json')).toEqual(['report-too-large']);
    expect(byFile('extra.json')).toContain('unknown-field');
    expect(byFile('other-notice.json')).toEqual(['unknown-document']);
    expect(byFile('a-good.json')).toEqual([]);
    expect(byFile('bom.json')).toEqual([]);
    expect(byFile('gb18030.json')).toEqual([]);
    const reported = out.units.filter((u: { reports: string[] }) => u.reports.length).map((u: { unit: string }) => u.unit);
    expect(reported).toEqual(expect.arrayContaining(['省国资委', '中科院海西研究院', '省人社厅', '省科协']));
  });

  test('an unreadable report is a finding: --fail-on none exits 0, and its line is still printed', async () => {
    const r = await runCli(['check', '-n', N48, join(dir, 'a-good.json'), join(dir, 'not-json.json'), '--period', '2018-H1', '--fail-on', 'none', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not-json\.json: not valid JSON/);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)).toContain('invalid-json');
  });

  test('a report path that does not exist is one error line and exit 2', async () => {
    const r = await runCli(['check', '-n', N48, join(dir, 'a-good.json'), join(dir, 'missing.json'), '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`policy-check: ${join(dir, 'missing.json')}: no such file`);
    expect(JSON.parse(r.stdout).units.some((u: { unit: string; reports: string[] }) => u.unit === '省国资委' && u.reports.length === 1)).toBe(true);
  });
});

test('template -o naming the notice is refused', async () => {
  const dir = tmp();
  const copy = join(dir, 'n.txt');
  writeFileSync(copy, readFileSync(join(ROOT, N48)));
  const r = await runCli(['template', '-n', copy, '--unit', '省科技厅', '-o', copy]);
  expect(r.code).toBe(2);
  expect(readFileSync(copy, 'utf8')).toBe(readFileSync(join(ROOT, N48), 'utf8'));
});

describe('templates', () => {
  test('template -u X -o FILE puts the schema its $schema names beside FILE, and never over one already there', async () => {
    const dir = tmp();
    const out = join(dir, 'kjt.json');
    expect((await runCli(['template', '-n', NTT, '-u', '省科技厅', '-o', out, '--period', '2018-H1'])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).$schema).toBe('./progress-report.schema.json');
    const schema = join(dir, 'progress-report.schema.json');
    expect(JSON.parse(readFileSync(schema, 'utf8')).$id).toBe('urn:policy-check:progress-report:1');
    writeFileSync(schema, '{"mine": true}');
    expect((await runCli(['template', '-n', NTT, '-u', '省科技厅', '-o', join(dir, 'again.json'), '--period', '2018-H1'])).code).toBe(0);
    expect(readFileSync(schema, 'utf8')).toBe('{"mine": true}');
  });

  test('templates sent back untouched are template-unfilled warnings: exit 0, and 1 under --fail-on warning', async () => {
    const dir = tmp();
    expect((await runCli(['template', '--notice', NTT, '--all', '--out-dir', dir, '--period', '2018-H1'])).code).toBe(0);
    const { out, code } = await json(['check', '--notice', NTT, dir]);
    expect(code).toBe(0);
    const codes = new Set(out.findings.map((f: { code: string }) => f.code));
    expect([...codes]).toEqual(['template-unfilled']);
    expect(out.findings.length).toBe(out.units.length);
    for (const u of out.units) expect(u.notStarted).toBe(u.assigned);
    expect((await runCli(['check', '--notice', NTT, dir, '--fail-on', 'warning'])).code).toBe(1);
  });

  test('--unit prints a skeleton with every task assigned to the unit', async () => {
    const r = await runCli(['template', '-n', N48, '--unit', '福建省经济和信息化委员会', '--period', '2019-H1']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t).toEqual(expect.objectContaining({ $schema: './progress-report.schema.json', unit: '省经信委', document: '闽政〔2017〕48号', period: '2019-H1' }));
    expect(t.tasks).toHaveLength(10);
    expect(t.tasks[0]).toEqual({ id: '2.1.1', title: '实施产学研合作示范工程', status: 'not_started', progress: '', evidence: [], problems: '', nextSteps: '' });
  });

  test('an unknown unit is one line and exit 2', async () => {
    const r = await runCli(['template', '-n', N48, '--unit', '省科技馆']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('省科技馆');
    expect(r.stderr).toContain('省科技厅');
  });

  test('--all writes one file per unit and never overwrites without --force', async () => {
    const dir = tmp();
    const r = await runCli(['template', '-n', N48, '--all', '--out-dir', dir, '--period', '2018-H1']);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toContain('省科技厅.json');
    expect(files).toContain('progress-report.schema.json');
    expect(files).not.toContain('省直有关部门.json');
    writeFileSync(join(dir, '省科技厅.json'), '{"mine": true}');
    const again = await runCli(['template', '-n', N48, '--all', '--out-dir', dir, '--period', '2018-H1']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists; not overwritten (use --force)');
    expect(readFileSync(join(dir, '省科技厅.json'), 'utf8')).toBe('{"mine": true}');
    const forced = await runCli(['template', '-n', N48, '--all', '--out-dir', dir, '--period', '2018-H1', '--force']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, '省科技厅.json'), 'utf8')).unit).toBe('省科技厅');
  });

  test('round trip: templates for both seeds, filled in, check clean', async () => {
    const dir = tmp();
    for (const [notice, sub] of [
      [N48, 'min48'],
      [NTT, 'tt'],
    ] as const) {
      mkdirSync(join(dir, sub));
      expect((await runCli(['template', '-n', notice, '--all', '--out-dir', join(dir, sub), '--period', '2019-H1'])).code).toBe(0);
      for (const f of readdirSync(join(dir, sub)).filter((x) => !x.endsWith('.schema.json'))) {
        const path = join(dir, sub, f);
        const t = JSON.parse(readFileSync(path, 'utf8'));
        t.submitted = '2019-07-01';
        t.tasks = t.tasks.map((x: Record<string, unknown>) => ({ ...x, status: 'completed', progress: `${x.title}：已按计划完成。`, evidence: ['闽政办〔2019〕1号'] }));
        writeFileSync(path, JSON.stringify(t, null, 2));
      }
    }
    const r = await runCli(['check', '-n', N48, '-n', NTT, dir, '-f', 'json']);
    const out = JSON.parse(r.stdout);
    expect(out.findings).toEqual([]);
    expect(r.code).toBe(0);
    expect(out.units.length).toBeGreaterThan(30);
  });
});

test('schema prints the JSON Schema 2020-12 the checker uses', async () => {
  const r = await runCli(['schema']);
  expect(r.code).toBe(0);
  const schema = JSON.parse(r.stdout);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema).toEqual(JSON.parse(readFileSync(join(ROOT, 'src/schema/progress-report.schema.json'), 'utf8')));
});

test('the order of reports and findings is the same whatever the machine’s locale (a Chinese locale once ordered reports named in Chinese by pinyin)', () => {
  const dir = makeTemp('pc-locale-');
  // 财 (cai) before 科 (ke) by pinyin, after it by code point
  writeFileSync(join(dir, '省财政厅.json'), readFileSync(join(ROOT, 'fixtures/reports/2018-H1/min48-sheng-caizhengting.json')));
  writeFileSync(join(dir, '省科技厅.json'), readFileSync(join(ROOT, 'fixtures/reports/2018-H1/min48-sheng-kejiting.json')));
  const bin = join(ROOT, 'bin', 'policy-check.js');
  const run = (locale: string) =>
    spawnSync(process.execPath, [bin, 'check', '-n', N48, dir, '--fail-on', 'none', '-f', 'json', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: locale, LC_ALL: locale } });
  const c = run('C');
  const zh = run('zh_CN.UTF-8');
  expect([c.status, zh.status]).toEqual([0, 0]);
  expect(JSON.parse(c.stdout).reports.map((r: { file: string }) => r.file.slice(-9))).toEqual(['省科技厅.json', '省财政厅.json']);
  expect(zh.stdout).toBe(c.stdout);
});

describe('a report is read again from its file only while the file is as it was', () => {
  const dir = makeTemp('pc-reread-');
  const stampOf = (file: string) => {
    const r = readFileOnce(file, 1 << 20);
    if (r.kind !== 'bytes') throw new Error(r.kind);
    return r.stamp;
  };
  test('unchanged: the same text (a mark before UTF-8 left out)', () => {
    const file = join(dir, 'same.json');
    writeFileSync(file, '\ufeff{"unit": "省科技厅"}');
    expect(fromFile(file, stampOf(file), { text: '', encoding: 'utf-8-bom', how: 'bom' })!()).toBe('{"unit": "省科技厅"}');
  });
  test('changed or gone since: no text, rather than another text\'s places', () => {
    const file = join(dir, 'changed.json');
    writeFileSync(file, '{"unit": "省科技厅"}');
    const again = fromFile(file, stampOf(file), { text: '', encoding: 'utf-8', how: 'valid-utf-8' })!;
    writeFileSync(file, '{\n\n  "unit": "省财政厅"}');
    expect(again()).toBe('');
    writeFileSync(file, '{"unit": "省科技厅"}');
    const gone = fromFile(file, stampOf(file), { text: '', encoding: 'utf-8', how: 'valid-utf-8' })!;
    rmSync(file);
    expect(gone()).toBe('');
  });
  test('a text decoded by a guess is not read again: the report keeps it', () => {
    expect(fromFile(join(dir, 'gbk.json'), '1:2:3', { text: '', encoding: 'gb18030', how: 'detected' })).toBeUndefined();
  });
});
