/** Several outputs in one run: -f paired with -o in order, -f FORMAT:FILE, and the usage errors that keep anything from being dropped silently. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemp, removeTemps, runCli } from '../helpers.js';
import { outputSpecs } from '../../src/cli/options.js';

afterAll(removeTemps);

const CHOICES = ['text', 'json', 'junit', 'sarif'] as const;
const specs = (format: string | string[], output?: string[]) => outputSpecs({ format, ...(output ? { output } : {}) }, CHOICES, 'check', true);

describe('pairing -f with -o', () => {
  test('in order, inline, alone, or the default', () => {
    expect(specs(['json', 'junit'], ['a.json', 'b.xml'])).toEqual([
      { format: 'json', output: 'a.json' },
      { format: 'junit', output: 'b.xml' },
    ]);
    expect(specs(['text', 'junit:b.xml'])).toEqual([
      { format: 'text', output: undefined },
      { format: 'junit', output: 'b.xml' },
    ]);
    expect(specs(['sarif:C:\\ci\\out.sarif'])).toEqual([{ format: 'sarif', output: 'C:\\ci\\out.sarif' }]);
    expect(specs('text', ['out.txt'])).toEqual([{ format: 'text', output: 'out.txt' }]);
    expect(specs('text')).toEqual([{ format: 'text', output: undefined }]);
    expect(specs(['json'], ['-'])).toEqual([{ format: 'json', output: undefined }]);
  });

  test.each([
    [['json', 'junit'], ['b.xml'], 'format-needs-output'],
    [['json', 'junit'], undefined, 'format-needs-output'],
    [['json'], ['a', 'b'], 'output-without-format'],
    [['junit:b.xml'], ['a'], 'output-without-format'],
    [['text', 'json:-'], undefined, 'two-to-stdout'],
    [['json:a', 'junit:a'], undefined, 'same-output-twice'],
  ])('-f %j -o %j is refused: %s', (format, output, reason) => {
    expect(() => specs(format, output)).toThrow(expect.objectContaining({ reason }));
  });

  test('a command that writes one format refuses two', () => {
    expect(() => outputSpecs({ format: ['json', 'csv'], output: ['a', 'b'] }, ['json', 'csv'], 'units', false)).toThrow(expect.objectContaining({ reason: 'one-output-only' }));
  });
});

describe('from the command line', () => {
  test('check writes each format to its file, and they agree', async () => {
    const dir = makeTemp('pc-outs-');
    const r = await runCli(['check', '--fail-on', 'none', '-f', 'json', '-o', join(dir, 'a.json'), '-f', 'junit', '-o', join(dir, 'b.xml'), '-f', `sarif:${join(dir, 'c.sarif')}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const json = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    expect(readFileSync(join(dir, 'b.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(JSON.parse(readFileSync(join(dir, 'c.sarif'), 'utf8')).runs[0].results).toHaveLength(json.findings.length);
  });

  test('text on the terminal and a JUnit file for the CI service, in one run', async () => {
    const dir = makeTemp('pc-outs-');
    const r = await runCli(['check', '--fail-on', 'none', '-f', 'text', '-f', `junit:${join(dir, 'j.xml')}`]);
    expect(r.stdout).toMatch(/省科技厅/);
    expect(existsSync(join(dir, 'j.xml'))).toBe(true);
  });

  test('a lone second -f is a usage error (exit 2), and no file is written or replaced', async () => {
    const dir = makeTemp('pc-outs-');
    const out = join(dir, 'a.json');
    writeFileSync(out, 'last run');
    const r = await runCli(['check', '-f', 'json', '-o', out, '-f', 'junit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policy-check: usage error: with several -f, give each its own -o (paired in order), or write -f FORMAT:FILE\n(see policy-check check --help)\n');
    expect(readFileSync(out, 'utf8')).toBe('last run');
    const zh = await runCli(['check', '-f', 'json', '-f', 'junit', '--lang', 'zh']);
    expect(zh.stderr).toContain('policy-check: 用法错误：给了几个 -f 时');
  });

  test('one file under two spellings is refused before anything is written', async () => {
    const dir = makeTemp('pc-outs-');
    const r = await runCli(['check', '--fail-on', 'none', '-f', `json:${join(dir, 'a.json')}`, '-f', `csv:${join(dir, '.', 'sub', '..', 'a.json')}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('two formats write the same file');
    expect(existsSync(join(dir, 'a.json'))).toBe(false);
  });

  test('a run that could not do its job (a report path missing) replaces no output file; standard output still shows the rest', async () => {
    const dir = makeTemp('pc-outs-');
    const out = join(dir, 'b.sarif');
    writeFileSync(out, 'last run');
    const r = await runCli(['check', 'fixtures/reports/2018-H1', join(dir, 'missing'), '-f', `sarif:${out}`, '-f', 'text']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing: no such file');
    expect(readFileSync(out, 'utf8')).toBe('last run');
    expect(r.stdout).toMatch(/省科技厅/);
  });

  test('an unknown format, even inline, is a usage error naming the choices', async () => {
    const r = await runCli(['check', '-f', 'pdf:x.pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'pdf:x.pdf' is invalid. Allowed choices are text, json");
  });

  test('parse writes JSON and SARIF in one run', async () => {
    const dir = makeTemp('pc-outs-');
    const r = await runCli(['parse', 'seeds/fujian-2017-48-industry-university-research.txt', '-f', 'json', '-o', join(dir, 't.json'), '-f', 'sarif', '-o', join(dir, 't.sarif')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 't.json'), 'utf8')).documents[0].tasks.length).toBeGreaterThan(10);
    expect(JSON.parse(readFileSync(join(dir, 't.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  test('one output that cannot be written is its error line; the other is still written; exit 2', async () => {
    const dir = makeTemp('pc-outs-');
    const r = await runCli(['check', '--fail-on', 'none', '-f', 'json', '-o', join(dir, 'no', 'such', 'dir', 'a.json'), '-f', 'junit', '-o', join(dir, 'b.xml')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('a.json');
    expect(existsSync(join(dir, 'b.xml'))).toBe(true);
  });
});
