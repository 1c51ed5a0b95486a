/**
 * The config file: found upward from the working folder (each place lilconfig
 * searches), named by --config, skipped with --no-config; flags over the
 * command's section over the shared keys; --print-config with the origin of
 * each value; a bad config as one line with file:line:column and exit 2;
 * ignore patterns and --stdin-filename.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemp, removeTemps, ROOT, runCli } from '../helpers.js';

afterAll(removeTemps);

const SEED = join(ROOT, 'seeds/fujian-2017-48-industry-university-research.txt');
const SEED2 = join(ROOT, 'seeds/fujian-2018-technology-transfer-division.txt');

/** A project folder with the sample reports, a config file and a subfolder to run from. */
function project(files: Record<string, string>): { dir: string; sub: string } {
  const dir = makeTemp('pc-config-');
  cpSync(join(ROOT, 'fixtures/reports'), join(dir, 'reports'), { recursive: true });
  mkdirSync(join(dir, 'notices'));
  cpSync(SEED, join(dir, 'notices', 'a.txt'));
  cpSync(SEED2, join(dir, 'notices', 'b.txt'));
  const sub = join(dir, 'deep', 'sub');
  mkdirSync(sub, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, sub };
}

const printed = async (args: string[], cwd: string) => {
  const r = await runCli([...args, '--print-config'], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { config: string | null; reports?: { value: string[]; from: string }; options: Record<string, { value: unknown; from: string }> };
};

const CONFIG = JSON.stringify({ notices: ['notices/*.txt'], reports: ['reports'], periods: ['2018年上半年'], check: { failOn: 'warning', maxWarnings: 5, dueDays: 30 } }, null, 2);

describe('finding the config', () => {
  test.each([
    ['policy-check.config.json', CONFIG],
    ['.policycheckrc', CONFIG],
    ['.policycheckrc.json', CONFIG],
    ['policy-check.config.mjs', `export default ${CONFIG};\n`],
    ['policy-check.config.js', `export default ${CONFIG};\n`],
    ['package.json', JSON.stringify({ name: 'office', type: 'module', 'policy-check': JSON.parse(CONFIG) })],
  ])('%s, two folders up, with paths relative to it', async (name, text) => {
    const { dir, sub } = project({ [name]: text, ...(name.endsWith('.js') ? { 'package.json': '{"type":"module"}' } : {}) });
    const c = await printed(['check'], sub);
    expect(c.config).toBe(join(dir, name));
    expect(c.options.notice).toEqual({ value: [join(dir, 'notices/a.txt'), join(dir, 'notices/b.txt')], from: 'config' });
    expect(c.reports).toEqual({ value: [join(dir, 'reports')], from: 'config' });
    expect(c.options.period).toEqual({ value: ['2018-H1'], from: 'config' });
    expect(c.options.failOn).toEqual({ value: 'warning', from: 'config' });
    expect(c.options.maxWarnings).toEqual({ value: '5', from: 'config' });
    expect(c.options.encoding).toEqual({ value: 'auto', from: 'default' });
  });

  test('flags win over the config, a section over the shared keys; --no-config and --config FILE', async () => {
    const { dir, sub } = project({ 'policy-check.config.json': JSON.stringify({ lang: 'en', periods: ['2018-H1'], check: { lang: 'zh', failOn: 'warning' } }) });
    const c = await printed(['check', '--fail-on', 'none', '--period', '2019-H1', 'x.json'], sub);
    expect(c.options.failOn).toEqual({ value: 'none', from: 'flag' });
    expect(c.options.period).toEqual({ value: ['2019-H1'], from: 'flag' });
    expect(c.options.lang).toEqual({ value: 'zh', from: 'config' });
    expect(c.reports).toEqual({ value: ['x.json'], from: 'flag' });
    // progress takes the shared lang, not check's section
    expect((await printed(['progress'], sub)).options.lang).toEqual({ value: 'en', from: 'config' });
    const none = await printed(['check', '--no-config'], sub);
    expect(none.config).toBeNull();
    expect(none.options.failOn).toEqual({ value: 'error', from: 'default' });
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ check: { failOn: 'none' } }));
    const named = await printed(['check', '--config', '../../other.json'], sub);
    expect(named.config).toBe(join(dir, 'other.json'));
    expect(named.options.failOn?.value).toBe('none');
  });

  test('the config runs the job: its notices, reports, --fail-on and outputs (files relative to it)', async () => {
    const { dir, sub } = project({
      'policy-check.config.json': JSON.stringify({ notices: ['notices/*.txt'], reports: ['reports'], check: { failOn: 'none', outputs: [{ format: 'json', output: 'out/check.json' }, { format: 'junit', output: 'out/junit.xml' }] } }),
    });
    mkdirSync(join(dir, 'out'));
    const r = await runCli(['check'], { cwd: sub });
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'out/check.json'), 'utf8'));
    expect(json.summary.reports).toBe(16);
    expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toMatch(/<testsuites/);
    // the same run without the config's --fail-on none finds errors: exit 1
    expect((await runCli(['check', '--fail-on', 'error', '-f', 'json'], { cwd: sub })).code).toBe(1);
  });
});

describe('a bad config: one line with file:line:column, exit 2, nothing run', () => {
  test.each([
    ['a value not allowed', '{\n  "check": {\n    "failOn": "often"\n  }\n}\n', 'policy-check.config.json:3:15: /check/failOn must be one of: error, warning, none'],
    ['an unknown key', '{\n  "check": {\n    "failon": "error"\n  }\n}\n', 'policy-check.config.json:3:15: unknown key "failon" in /check'],
    ['a wrong type', '{\n  "periods": "2018-H1"\n}\n', 'policy-check.config.json:2:14: /periods must be a list'],
    ['not JSON', '{\n  "check": {\n    "failOn": "error",\n  }\n}\n', 'policy-check.config.json:4:3: not valid JSON'],
    ['a period that is none', '{ "periods": ["2019-H3"] }', 'policy-check.config.json:1:15: "2019-H3" is not a period'],
    ['a pattern that matches nothing', '{ "notices": ["nothing/*.txt"] }', 'policy-check.config.json:1:15: the pattern nothing/*.txt matches no file'],
    ['a list, not an object', '[]', 'policy-check.config.json:1:1: the config must be an object'],
    ['a number below its least', '{ "check": { "maxWarnings": -1 } }', 'policy-check.config.json:1:29: /check/maxWarnings must be at least 0'],
    ['an empty list of outputs', '{ "check": { "outputs": [] } }', 'policy-check.config.json:1:25: /check/outputs must not be empty'],
  ])('%s', async (_what, text, expected) => {
    const { dir, sub } = project({ 'policy-check.config.json': text, 'old.json': 'last run' });
    const r = await runCli(['check', '-f', 'json', '-o', join(dir, 'old.json')], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(`bad config ${join(dir, expected)}`);
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('last run');
  });

  test('in package.json the place is inside its "policy-check" key; in Chinese with --lang zh', async () => {
    const { dir, sub } = project({ 'package.json': '{\n  "name": "x",\n  "policy-check": { "lang": "fr" }\n}\n' });
    const r = await runCli(['check', '--lang', 'zh'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`policy-check: 配置文件有误 ${join(dir, 'package.json')}:3:29：/lang 应为以下之一：zh、en\n`);
  });

  test('a JavaScript config that throws, and a --config file that is missing', async () => {
    const { dir, sub } = project({ 'policy-check.config.mjs': "throw new Error('no config today');\n" });
    const r = await runCli(['check'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`bad config ${join(dir, 'policy-check.config.mjs')}`);
    expect(r.stderr).toContain('cannot be loaded: no config today');
    const missing = await runCli(['check', '--config', 'nope.json'], { cwd: sub });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('policy-check: bad config nope.json: no such config file\n');
  });
});

describe('review fixes', () => {
  test("a flag replaces its own key only: the config's format with -o FILE writes that format to FILE", async () => {
    const { dir, sub } = project({ 'policy-check.config.json': JSON.stringify({ notices: ['notices/*.txt'], reports: ['reports'], check: { format: 'json', failOn: 'none' } }) });
    const r = await runCli(['check', '-o', join(dir, 'out.x')], { cwd: sub });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.x'), 'utf8')).summary.reports).toBe(16);
    const c = await printed(['check', '-o', 'x'], sub);
    expect(c.options.format).toEqual({ value: 'json', from: 'config' });
    expect(c.options.output).toEqual({ value: ['x'], from: 'flag' });
  });

  test.each([
    ['an output format the command has not', { check: { outputs: [{ format: 'pdf' }] } }, 'policy-check.config.json:1:32: /check/outputs/0/format must be one of: text, json'],
    ['an empty file', '', 'policy-check.config.json: the config file is empty'],
  ])('%s is a bad config, not an internal error', async (_what, config, expected) => {
    const { dir, sub } = project({ 'policy-check.config.json': typeof config === 'string' ? config : JSON.stringify(config) });
    const r = await runCli(['check'], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`bad config ${join(dir, expected)}`);
    expect(r.stderr).not.toContain('internal error');
  });

  test('--config naming a YAML file, a folder, or a package.json without the key', async () => {
    const { dir, sub } = project({ 'c.yaml': 'lang: zh\n', 'package.json': '{"name":"x"}' });
    expect((await runCli(['check', '--config', join(dir, 'c.yaml')], { cwd: sub })).stderr).toContain('cannot read a .yaml file: a config is .json, .js or .mjs');
    expect((await runCli(['check', '--config', join(dir, 'notices')], { cwd: sub })).stderr).toContain('this is a folder, not a config file');
    expect((await runCli(['check', '--config', join(dir, 'package.json')], { cwd: sub })).stderr).toContain('package.json has no "policy-check" key');
  });

  test("the config's report patterns are not looked at when reports are named on the command line", async () => {
    const { sub } = project({ 'policy-check.config.json': JSON.stringify({ notices: ['notices/*.txt'], reports: ['drafts/*.json'] }) });
    const r = await runCli(['check', '../../reports', '--fail-on', 'none', '-f', 'json'], { cwd: sub });
    expect(r.code).toBe(0);
    expect((await runCli(['check'], { cwd: sub })).stderr).toContain('the pattern drafts/*.json matches no file');
  });
});

describe('policy-check schema --config', () => {
  test('prints the config schema, which the loader follows', async () => {
    const r = await runCli(['schema', '--config']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema).toEqual(JSON.parse(readFileSync(join(ROOT, 'src/schema/config.schema.json'), 'utf8')));
    const shared = [...Object.keys(schema.$defs.reading.properties), ...Object.keys(schema.$defs.reports.properties), ...Object.keys(schema.$defs.ignoring.properties)];
    expect(shared).toEqual(expect.arrayContaining(['notices', 'reports', 'registries', 'periods', 'lang', 'ignorePatterns']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['check', 'parse', 'progress', 'units']));
  });

  test("the schema's choices are the command's", async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'src/schema/config.schema.json'), 'utf8'));
    const { CHECK_FORMATS, CHECK_FAIL_ON, PARSE_FORMATS, PARSE_FAIL_ON, PROGRESS_FORMATS, UNITS_FORMATS, INPUT_FORMATS, OUTPUT_ENCODINGS, LANGS } = await import('../../src/cli/options.js');
    const { ENCODINGS } = await import('../../src/parse/parse-source.js');
    const d = schema.$defs;
    expect(d.check.properties.format.enum).toEqual([...CHECK_FORMATS]);
    expect(d.check.properties.failOn.enum).toEqual([...CHECK_FAIL_ON]);
    expect(d.parse.properties.format.enum).toEqual([...PARSE_FORMATS]);
    expect(d.parse.properties.failOn.enum).toEqual([...PARSE_FAIL_ON]);
    expect(d.progress.properties.format.enum).toEqual([...PROGRESS_FORMATS]);
    expect(d.units.properties.format.enum).toEqual([...UNITS_FORMATS]);
    expect(d.reading.properties.encoding.enum).toEqual([...ENCODINGS]);
    expect(d.reading.properties.inputFormat.enum).toEqual([...INPUT_FORMATS]);
    expect(d.reading.properties.outputEncoding.enum).toEqual([...OUTPUT_ENCODINGS]);
    expect(d.reading.properties.lang.enum).toEqual([...LANGS]);
    // every section takes the shared reading keys, and the config's SHARED table says the same
    for (const section of [d.check, d.progress, d.parse, d.units]) expect(section.allOf).toContainEqual({ $ref: '#/$defs/reading' });
  });
});

describe('ignore patterns', () => {
  const count = async (args: string[], cwd: string) => {
    const r = await runCli(['check', '--no-config', '--fail-on', 'none', '-f', 'json', '-n', SEED, '-n', SEED2, ...args], { cwd });
    return { reports: JSON.parse(r.stdout || '{"summary":{"reports":0}}').summary.reports as number, stderr: r.stderr, code: r.code };
  };

  test('--ignore-pattern, a negated pattern, .policycheckignore and the config, each in .gitignore syntax', async () => {
    const { dir } = project({});
    expect((await count(['reports'], dir)).reports).toBe(16);
    expect((await count(['reports', '--ignore-pattern', 'reports/2018-H2/'], dir)).reports).toBe(10);
    expect((await count(['reports', '--ignore-pattern', '*.json', '--ignore-pattern', '!reports/2018-H1/*'], dir)).reports).toBe(10);
    writeFileSync(join(dir, '.policycheckignore'), '# drafts are not sent yet\nreports/2018-H1/\n');
    expect((await count(['reports'], dir)).reports).toBe(6);
    // a later set takes a file back
    expect((await count(['reports', '--ignore-pattern', '!reports/2018-H1/**'], dir)).reports).toBe(16);
  });

  test("the config's ignorePatterns are relative to the config file", async () => {
    const { dir, sub } = project({ 'policy-check.config.json': JSON.stringify({ ignorePatterns: ['reports/2018-H2/'] }) });
    const r = await runCli(['check', join(dir, 'reports'), '-n', SEED, '-n', SEED2, '--fail-on', 'none', '-f', 'json'], { cwd: sub });
    expect(JSON.parse(r.stdout).summary.reports).toBe(10);
  });

  test('a file named on the command line and ignored says so; when nothing is left, nothing was checked (exit 2)', async () => {
    const { dir } = project({});
    const r = await count(['reports/2018-H1/min48-sheng-kejiting.json', '--ignore-pattern', '*.json'], dir);
    expect(r.stderr).toContain('policy-check: reports/2018-H1/min48-sheng-kejiting.json: skipped: it matches an ignore pattern');
    expect(r.code).toBe(2);
  });

  test('when every file found is ignored, the line says so (check and parse, exit 2)', async () => {
    const { dir } = project({ '.policycheckignore': 'reports/2018-H2/\nnotices/\n' });
    const c = await count(['reports/2018-H2'], dir);
    expect(c.code).toBe(2);
    expect(c.stderr).toBe('policy-check: all 6 files found match an ignore pattern (--ignore-pattern, ignorePatterns or .policycheckignore): nothing left to read\n');
    const p = await runCli(['parse', 'notices/*.txt', '--no-config'], { cwd: dir });
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('all 2 files found match an ignore pattern');
  });

  test('parse leaves ignored notices out', async () => {
    const { dir } = project({});
    const r = await runCli(['parse', 'notices/*.txt', '--ignore-pattern', 'notices/b.txt', '-f', 'json', '--no-config'], { cwd: dir });
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['a']);
  });
});

describe('--stdin-filename', () => {
  test('check: the name in the findings, and its extension says CSV', async () => {
    const report = readFileSync(join(ROOT, 'fixtures/reports/2018-H1/min48-sheng-kejiting.json'));
    const r = await runCli(['check', '-', '--stdin-filename', 'reports/省科技厅.json', '-f', 'json', '--fail-on', 'none'], { stdin: report });
    const json = JSON.parse(r.stdout);
    expect(json.reports.map((x: { file: string }) => x.file)).toEqual(['reports/省科技厅.json']);
    const csv = '任务编号,任务名称,完成情况,进展情况\n1.1.1,x,推进中,已开展\n';
    const c = await runCli(['check', '-', '--stdin-filename', '省科技厅-2018年上半年.csv', '-n', SEED, '-f', 'json', '--fail-on', 'none'], { stdin: csv });
    const [read] = JSON.parse(c.stdout).reports;
    // read as CSV, with the unit and period taken from the name, as from a file of that name
    expect([read.file, read.unit, read.period, read.from.unit.from, read.from.period.from]).toEqual(['省科技厅-2018年上半年.csv', '省科技厅', '2018-H1', 'file-name', 'file-name']);
  });

  test('parse: the id, the file and the format come from the name', async () => {
    const html = `<html><body><p>关于测试的通知</p><p>一、加强统筹</p><p>（一）推进工作。责任单位：市发改委</p></body></html>`;
    const r = await runCli(['parse', '-', '--stdin-filename', 'notices/测试.html', '-f', 'json'], { stdin: html });
    const doc = JSON.parse(r.stdout).documents[0];
    expect([doc.id, doc.file, doc.format]).toEqual(['测试', 'notices/测试.html', 'html']);
  });

  test('without - it is a usage error', async () => {
    const r = await runCli(['parse', SEED, '--stdin-filename', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stdin-filename names standard input');
  });
});
