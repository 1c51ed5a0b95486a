/** check's JSON is written a finding, a unit, a report and an entry at a time: byte for byte what JSON.stringify(…, null, 2) writes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemp, removeTemps, runCli } from '../helpers.js';

afterAll(removeTemps);

test('the bundled samples: the streamed JSON is the JSON.stringify form of itself', async () => {
  const r = await runCli(['check', '--fail-on', 'none', '-f', 'json']);
  const value = JSON.parse(r.stdout);
  expect(value.findings.length).toBeGreaterThan(10);
  expect(value.entries.length).toBeGreaterThan(10);
  expect(r.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
  expect(Object.keys(value)).toEqual(['schemaVersion', 'findings', 'units', 'reports', 'entries', 'summary']);
});

test('empty lists are written as JSON.stringify writes them', async () => {
  const dir = makeTemp('pc-json-');
  const notice = join(dir, 'n.txt');
  writeFileSync(notice, '关于测试的通知\n一、任务\n（一）测试任务。\n责任单位：市测试局\n');
  const empty = join(dir, 'reports');
  mkdirSync(empty);
  const r = await runCli(['check', '-n', notice, empty, '--period', '2026-H1', '-f', 'json', '--fail-on', 'none']);
  const value = JSON.parse(r.stdout);
  expect(value.reports).toEqual([]);
  expect(value.entries).toEqual([]);
  expect(value.findings.map((f: { code: string }) => f.code)).toEqual(['no-report']);
  expect(r.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
});

test('a list of 600 entries is written as JSON.stringify writes it', async () => {
  const dir = makeTemp('pc-json-');
  const notice = join(dir, 'n.txt');
  const tasks = Array.from({ length: 600 }, (_, i) => `${i + 1}.测试任务${i + 1}。\n责任单位：市测试局`);
  writeFileSync(notice, `关于测试的通知\n一、任务\n${tasks.join('\n')}\n`);
  const reports = join(dir, 'reports');
  mkdirSync(reports);
  const entries = Array.from({ length: 600 }, (_, i) => ({ id: `1.${i + 1}`, status: 'in_progress', progress: `第${i + 1}项推进中` }));
  writeFileSync(join(reports, 'r.json'), JSON.stringify({ unit: '市测试局', document: 'n', period: '2026-H1', tasks: entries }));
  const r = await runCli(['check', '-n', notice, reports, '-f', 'json', '--fail-on', 'none']);
  const value = JSON.parse(r.stdout);
  expect(value.entries).toHaveLength(600);
  expect(r.stdout).toBe(`${JSON.stringify(value, null, 2)}\n`);
});
