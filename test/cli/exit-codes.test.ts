/**
 * The exit-code contract, as a table: input → exit code (README, "Exit codes").
 * 0 clean; 1 findings at --fail-on (a malformed or unreadable report is a
 * finding about the reports under check); 2 the tool could not do its job
 * (usage, config, a notice or registry it cannot read, nothing to check).
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemp, removeTemps, runCli } from '../helpers.js';

afterAll(removeTemps);

const dir = makeTemp('pc-exit-');
const notice = join(dir, 'n.txt');
writeFileSync(notice, '关于测试的通知\n一、任务\n（一）测试任务。\n责任单位：市测试局\n');
const report = (name: string, body: object | string) => {
  const file = join(dir, name);
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
  return file;
};
const clean = report('clean.json', { unit: '市测试局', document: 'n', period: '2026-H1', tasks: [{ id: '1.1', status: 'completed', progress: '已完成。', evidence: '测试〔2026〕1号' }] });
const warning = report('warning.json', { unit: '市测试局', document: 'n', period: '2026-H1', tasks: [{ id: '1.1', status: 'completed', progress: '已完成。' }] });
const malformed = report('malformed.json', '{ "unit": "市测试局", }');
const unreadable = report('unreadable.json', '{}');
const empty = join(dir, 'empty');
mkdirSync(empty);
const badRegistry = report('registry.json', '{ "units": 3 }');
const badConfig = report('bad-config.json', '{ "check": { "failOn": "often" } }');
const root = process.getuid?.() === 0;
if (!root) chmodSync(unreadable, 0o000);

const check = (...args: string[]) => ['check', '--no-config', '-n', notice, ...args];

const TABLE: [string, string[], number][] = [
  ['a clean report', check(clean), 0],
  ['a warning, at the default --fail-on error', check(warning), 0],
  ['a warning, --fail-on warning', check(warning, '--fail-on', 'warning'), 1],
  ['a warning, --max-warnings 0', check(warning, '--max-warnings', '0'), 1],
  ['errors (the bundled samples)', ['check', '--no-config'], 1],
  ['errors, --fail-on none', ['check', '--no-config', '--fail-on', 'none'], 0],
  ['a report that is not JSON', check(malformed), 1],
  ['a report that is not JSON, --fail-on none', check(malformed, '--fail-on', 'none'), 0],
  ['a report that is not JSON, beside a clean one', check(clean, malformed), 1],
  ['a report path that does not exist', check(join(dir, 'missing.json')), 2],
  ['a folder with no report in it', check(empty), 2],
  ['a notice that cannot be read', ['check', '--no-config', '-n', join(dir, 'missing.txt'), clean], 2],
  ['a registry that is no registry', check(clean, '--registry', badRegistry), 2],
  ['a bad config file', check(clean, '--config', badConfig).filter((a) => a !== '--no-config'), 2],
  ['an unknown option', check(clean, '--bogus'), 2],
  ['two -f without their -o', check(clean, '-f', 'json', '-f', 'junit'), 2],
  ['parse of a notice', ['parse', '--no-config', notice], 0],
  ['parse of a notice that does not exist', ['parse', '--no-config', join(dir, 'missing.txt')], 2],
  ['parse --fail-on warning of a notice with a warning', ['parse', '--no-config', report('warn.txt', '关于测试的通知\n一、任务\n（一）测试任务。\n'), '--fail-on', 'warning'], 1],
];
if (!root) TABLE.push(['a report that cannot be read', check(unreadable), 1]);

test.each(TABLE.map(([what, args, code]) => ({ what, args, code })))('$what → exit $code', async ({ args, code }) => {
  const r = await runCli(args);
  expect(r.code).toBe(code);
  // exit 2 always says why, in one line or more, never a stack trace
  if (code === 2) expect(r.stderr).toMatch(/^policy-check: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test('a malformed report stays an error-level finding in every format, even with --fail-on none', async () => {
  for (const format of ['json', 'sarif', 'gitlab', 'junit', 'csv']) {
    const r = await runCli(check(malformed, '--fail-on', 'none', '-f', format));
    expect(r.code).toBe(0);
    if (format === 'json') expect(JSON.parse(r.stdout).findings.find((f: { code: string }) => f.code === 'invalid-json').severity).toBe('error');
    if (format === 'sarif') expect(JSON.parse(r.stdout).runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'invalid-json').level).toBe('error');
    if (format === 'gitlab') expect(JSON.parse(r.stdout).find((x: { check_name: string }) => x.check_name === 'invalid-json').severity).toBe('major');
    if (format === 'junit') expect(r.stdout).toMatch(/<failure[^>]*type="invalid-json"/);
    if (format === 'csv') expect(r.stdout).toMatch(/error,invalid-json/);
  }
});
