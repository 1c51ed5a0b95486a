/**
 * Input that may never end, or is larger than a notice or a report can be:
 * standard input and pipes have the same size limits as files, and a device
 * such as /dev/zero is refused before it is read.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemp, removeTemps, ROOT, runCli } from '../helpers.js';

afterAll(removeTemps);

const NTT = 'seeds/fujian-2018-technology-transfer-division.txt';
const BIN = join(ROOT, 'bin', 'policy-check.js');
const unix = process.platform !== 'win32' && existsSync('/dev/zero');

test('a report on standard input larger than the report limit is report-too-large, and the read stops at the limit', async () => {
  const r = await runCli(['check', '-n', NTT, '-', '-f', 'json'], { stdin: '{'.repeat(11 * 1024 * 1024) });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('<stdin>: report too large (> 10.0 MB); the limit is 10.0 MB');
});

(unix ? test : test.skip)('a device is refused as a notice and as a report, before it is read', async () => {
  const parsed = await runCli(['parse', '/dev/zero']);
  expect([parsed.code, parsed.stderr.trim()]).toEqual([2, 'policy-check: /dev/zero: not a regular file (a device or socket): not read']);
  const checked = await runCli(['check', '-n', NTT, '/dev/zero', '-f', 'json']);
  expect(checked.code).toBe(1);
  expect(checked.stderr).toContain('/dev/zero: cannot read the report: not a regular file (a device or socket)');
});

(unix ? test : test.skip)('an endless stream on standard input ends the run at the limit, with one line (the real command)', () => {
  const r = spawnSync('sh', ['-c', `yes '{' | "${process.execPath}" "${BIN}" check -n ${NTT} - -f json`], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 26 });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('<stdin>: report too large (> 10.0 MB)');
});

(unix ? test : test.skip)('a named pipe is read up to the limit', async () => {
  const dir = makeTemp('pc-fifo-');
  const fifo = join(dir, 'report.json');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const writer = spawn('sh', ['-c', `head -c 12000000 /dev/zero > "${fifo}"`]);
  const r = await runCli(['check', '-n', NTT, fifo, '-f', 'json']);
  writer.kill();
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('report.json: report too large (> 10.0 MB)');
});
