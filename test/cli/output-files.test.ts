/**
 * Output files: temporary files have short names of their own, a run that is
 * killed removes its temporary file, the next run removes those a killed run
 * left, and a name too long for the file system is one line in words.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemp, removeTemps, ROOT, runCli } from '../helpers.js';

afterAll(removeTemps);

const SEED = join(ROOT, 'seeds', 'fujian-2018-technology-transfer-division.txt');
const unix = process.platform !== 'win32';

test('a 232-byte output name is written (the temporary name does not grow with it); a name too long is one line, no internal error', async () => {
  const dir = makeTemp('pc-long-');
  const name = `${'长'.repeat(76)}.json`;
  expect(Buffer.byteLength(name)).toBe(233);
  const ok = await runCli(['parse', SEED, '-f', 'json', '-o', join(dir, name)]);
  expect(ok.code).toBe(0);
  expect(readdirSync(dir)).toEqual([name]);
  const tooLong = join(dir, `${'长'.repeat(90)}.json`);
  const r = await runCli(['parse', SEED, '-f', 'json', '-o', tooLong]);
  expect([r.code, r.stderr.trim()]).toEqual([2, `policy-check: ${tooLong}: cannot write: the file name is too long`]);
});

test('template --all gives a unit with a very long name a file name that fits, told apart by a hash', async () => {
  const dir = makeTemp('pc-long-unit-');
  const unit = `${'某某'.repeat(60)}管理委员会`;
  const notice = join(dir, 'notice.txt');
  writeFileSync(notice, `关于测试的通知\n一、任务\n（一）推进工作。（责任单位：${unit}）\n`);
  const out = join(dir, 'out');
  const r = await runCli(['template', '-n', notice, '--all', '--out-dir', out, '--period', '2018-H1']);
  expect(r.code).toBe(0);
  const files = readdirSync(out).filter((f) => !f.endsWith('.schema.json'));
  expect(files).toHaveLength(1);
  expect(Buffer.byteLength(files[0]!)).toBeLessThanOrEqual(205);
  expect(files[0]).toMatch(/^(某某)+某?-[0-9a-f]{8}\.json$/);
  expect(JSON.parse(readFileSync(join(out, files[0]!), 'utf8')).unit).toBe(unit);
});

(unix ? test : test.skip)('temporary files left by a killed run (its process gone) are removed by the next run; those of a live process are not', async () => {
  const dir = makeTemp('pc-stale-');
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  const stale = `.policy-check-${gone}-abc123.tmp`;
  const live = `.policy-check-${process.pid}-def456.tmp`;
  writeFileSync(join(dir, stale), 'half');
  writeFileSync(join(dir, live), 'being written');
  const r = await runCli(['parse', SEED, '-f', 'json', '-o', join(dir, 'tasks.json')]);
  expect(r.code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual([live, 'tasks.json'].sort());
});

(unix ? test : test.skip)('a run killed while writing removes its temporary file', async () => {
  const dir = makeTemp('pc-killed-');
  const bodies = readFileSync(SEED, 'utf8').split('\n').slice(1).join('\n');
  const parts = ['关于大规模任务分工的通知'];
  for (let i = 1; parts.join('\n').length < 3_000_000; i++) parts.push(`第${i}部分 重复的第${i}份`, bodies);
  const notice = join(dir, 'big.txt');
  writeFileSync(notice, parts.join('\n'));
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'policy-check.js'), 'parse', notice, '-f', 'json', '-o', join(dir, 'out.json'), '-q'], { stdio: 'ignore' });
  const ended = new Promise<number | null>((done) => child.on('exit', (_code, signal) => done(signal === null ? _code : -1)));
  let seen = false;
  const deadline = Date.now() + 60_000;
  while (!seen && Date.now() < deadline && child.exitCode === null) {
    seen = readdirSync(dir).some((f) => f.endsWith('.tmp'));
    if (!seen) await new Promise((r) => setTimeout(r, 2));
  }
  if (seen) child.kill('SIGTERM');
  await ended;
  expect(seen).toBe(true);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(existsSync(join(dir, 'out.json'))).toBe(false);
}, 90_000);

(unix ? test : test.skip)('check: an output that is a hard link to a report among many is refused, and no output of the run is written', async () => {
  const dir = makeTemp('pc-out-in-');
  const reports = join(dir, 'reports');
  cpSync(join(ROOT, 'fixtures/reports'), reports, { recursive: true });
  const victim = join(reports, '2018-H2', readdirSync(join(reports, '2018-H2')).filter((f) => f.endsWith('.json')).sort().at(-1)!);
  const before = readFileSync(victim);
  const link = join(dir, 'check.xml');
  linkSync(victim, link);
  const first = join(dir, 'check.json');
  const r = await runCli(['check', reports, '-f', 'json', '-o', first, '-f', 'junit', '-o', link, '--fail-on', 'none']);
  expect([r.code, r.stderr.trim()]).toEqual([2, `policy-check: ${link}: the output file is one of the inputs: writing it would destroy the original; choose another output file`]);
  expect(readFileSync(victim).equals(before)).toBe(true);
  expect(existsSync(first)).toBe(false);
});
