/** Edge cases found in review: each one failed once, or could have. */
import { chmodSync, lstatSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTemp, removeTemps, ROOT, runCli, readText } from './helpers.js';
import { textToDocx, textToHtml } from './builders.js';
import { colorEnabled } from '../src/cli/color.js';
import { today } from '../src/cli/check-command.js';

afterAll(removeTemps);

const N48 = join(ROOT, 'seeds/fujian-2017-48-industry-university-research.txt');
const dir = makeTemp('pc-edge-');
const report = (unit: string, tasks: string[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ unit, document: '闽政〔2017〕48号', period: 'P', tasks: tasks.map((id) => ({ id, status: 'completed', progress: '已完成。', evidence: ['文号'] })), ...extra });

describe('a unit of another place never resolves', () => {
  const xiamen = join(dir, 'xiamen.txt');
  writeFileSync(xiamen, '厦门市人民政府办公厅关于推进科技创新的通知\n一、主要任务\n（一）建设创新平台。\n责任单位：厦门市科技局、市人社局\n厦门市人民政府办公厅\n2023年3月1日\n');
  test.each([
    [N48, '浙江省科学技术厅'],
    [N48, '浙江省科技厅'],
    [N48, '安吉县人民政府'],
    [N48, '上海市浦东新区人民政府'],
    [xiamen, '泉州市科技局'],
    [xiamen, '杭州市科技局'],
    [xiamen, '北京市人社局'],
  ])('%s: %s', async (notice, unit) => {
    const r = await runCli(['template', '-n', notice, '--unit', unit]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown-unit'.length ? unit : '');
  });
  test('while the notice’s own place does', async () => {
    expect((await runCli(['template', '-n', xiamen, '--unit', '厦门市人社局'])).code).toBe(0);
    expect((await runCli(['template', '-n', N48, '--unit', '福建省科技厅'])).code).toBe(0);
  });
});

test('two notices with the same id are kept apart', async () => {
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, 'notice.txt'), '关于甲的通知\n一、任务\n（一）甲任务。\n责任单位：省科技厅\n');
  writeFileSync(join(b, 'notice.txt'), '关于乙的通知\n一、任务\n（一）乙任务。\n责任单位：省科技厅\n');
  const reports = join(dir, 'same-id-reports');
  mkdirSync(reports);
  writeFileSync(join(reports, 'r.json'), JSON.stringify({ unit: '省科技厅', document: '关于甲的通知', period: '2018-H1', tasks: [{ id: '1.1', status: 'completed', progress: '完成。', evidence: ['x'] }] }));
  const r = await runCli(['check', '-n', join(a, 'notice.txt'), '-n', join(b, 'notice.txt'), reports, '-f', 'json', '--period', '2018-H1']);
  expect(r.stderr).toContain('notice id notice is used twice; this one is called notice~2');
  const out = JSON.parse(r.stdout);
  expect(out.findings).toEqual([expect.objectContaining({ code: 'no-report', document: 'notice~2', unit: '省科技厅' })]);
  expect(r.code).toBe(1);
});

test('one unit written two ways in a notice is one party', async () => {
  const notice = join(dir, 'two-ways.txt');
  writeFileSync(notice, '福建省人民政府办公厅关于财政工作的通知\n一、任务\n（一）任务一。\n责任单位：省财政厅\n（二）任务二。\n责任单位：财政厅\n');
  const reports = join(dir, 'two-ways');
  mkdirSync(reports);
  writeFileSync(join(reports, 'r.json'), JSON.stringify({ unit: '省财政厅', document: '关于财政工作的通知', period: 'P', tasks: [] }).replace('关于财政工作的通知', '福建省人民政府办公厅关于财政工作的通知'));
  const out = JSON.parse((await runCli(['check', '-n', notice, reports, '-f', 'json'])).stdout);
  expect(out.units.map((u: { unit: string; assigned: number }) => [u.unit, u.assigned])).toEqual([['省财政厅', 2]]);
  expect(out.findings.map((f: { code: string }) => f.code)).toEqual(['missing-task', 'missing-task']);
});

describe('one bad file never stops the run', () => {
  test('a Word file with malformed XML', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await textToDocx('关于测试的通知\n一、任务\n1.测试。\n责任单位：省科技厅'));
    zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>broken');
    const file = join(dir, 'malformed.docx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await runCli(['parse', file, N48, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('policy-check:'))).toEqual([expect.stringContaining(`${file}: `)]);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  test('template --out-dir that cannot be made is one write error', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = await runCli(['template', '-n', N48, '--all', '--out-dir', join(file, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`policy-check: ${join(file, 'sub')}: cannot write: the folder does not exist`]);
  });

  test('a registry with a memberPattern that is not a regular expression', async () => {
    const file = join(dir, 'bad-pattern.json');
    writeFileSync(file, '{\n  "jurisdiction": "福建省",\n  "units": [\n    { "id": "fj.c", "canonical": "各县人民政府", "kind": "collective", "memberPattern": "([" }\n  ]\n}\n');
    const r = await runCli(['check', '--registry', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`bad registry ${file}:4:`);
    expect(r.stderr).toContain('memberPattern');
  });
});

describe('check inputs', () => {
  test('an empty report folder is not a pass', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const r = await runCli(['check', '-n', N48, empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no report files found');
    // with --period the missing reports are findings instead
    expect((await runCli(['check', '-n', N48, empty, '--period', '2019-H1'])).code).toBe(1);
  });

  test('--notice without reports is a usage error, not the bundled samples', async () => {
    const r = await runCli(['check', '-n', N48]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('name the report files or folders');
  });

  test('linked report files and folders are followed, each file once, and a link loop ends', async () => {
    const real = join(dir, 'real-reports');
    mkdirSync(real);
    writeFileSync(join(real, 'gzw.json'), report('省国资委', ['2.1.3']));
    writeFileSync(join(real, 'kx.json'), report('省科协', ['2.1.2']));
    const linked = join(dir, 'linked');
    mkdirSync(linked);
    symlinkSync(real, join(linked, 'folder'));
    symlinkSync(join(real, 'gzw.json'), join(linked, 'file.json'));
    symlinkSync(linked, join(linked, 'loop'));
    const r = await runCli(['check', '-n', N48, linked, join(real, 'kx.json'), '-f', 'json', '--fail-on', 'none']);
    const out = JSON.parse(r.stdout);
    expect(out.summary.reports).toBe(2);
    expect(out.findings.filter((f: { code: string }) => f.code === 'duplicate-report')).toEqual([]);
  });

  test('a folder that cannot be read is its own error line; the rest is still checked', () => {
    const top = join(dir, 'locked-tree');
    mkdirSync(join(top, 'ok'), { recursive: true });
    mkdirSync(join(top, 'a-locked'));
    writeFileSync(join(top, 'ok', 'gzw.json'), report('省国资委', ['2.1.3']));
    chmodSync(dir, 0o755);
    chmodSync(join(top, 'a-locked'), 0o000);
    // root reads every folder: run as nobody then
    const asUser = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const cmd = [...asUser, process.execPath, join(ROOT, 'bin/policy-check.js'), 'check', '-n', N48, top, '-f', 'json', '--fail-on', 'none'];
    try {
      // cmd is never empty: it holds at least the node binary
      const r = spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', cwd: dir, env: { ...process.env, LANG: 'en_US.UTF-8' } });
      expect([r.status, r.stderr.trim()]).toEqual([2, 'policy-check: locked-tree/a-locked: permission denied']);
      expect(JSON.parse(r.stdout).summary.reports).toBe(1);
    } finally {
      chmodSync(join(top, 'a-locked'), 0o755);
    }
  });

  test('a pattern the shell left unexpanded is expanded; one that matches nothing is an error line', async () => {
    const folder = join(dir, 'globbed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'gzw.json'), report('省国资委', ['2.1.3']));
    writeFileSync(join(folder, 'kx.json'), report('省科协', ['2.1.2']));
    writeFileSync(join(folder, 'notes.txt'), 'not a report');
    const r = await runCli(['check', '-n', N48, 'globbed/*.json', '-f', 'json', '--fail-on', 'none'], { cwd: dir });
    expect([r.code, JSON.parse(r.stdout).summary.reports]).toEqual([0, 2]);
    const none = await runCli(['check', '-n', N48, 'globbed/*.xml', '-f', 'json', '--fail-on', 'none'], { cwd: dir });
    expect([none.code, none.stderr.trim()]).toEqual([2, 'policy-check: globbed/*.xml: no files match this pattern']);
  });

  test('- reads one report from standard input', async () => {
    const r = await runCli(['check', '-n', N48, '-', '-f', 'json', '--fail-on', 'none'], { stdin: report('省国资委', ['2.1.3']) });
    const out = JSON.parse(r.stdout);
    expect(out.units.find((u: { unit: string; reports: string[] }) => u.unit === '省国资委').reports).toEqual(['<stdin>']);
  });

  test.each([['-1'], ['0x10'], ['']])('--max-warnings %j is a usage error', async (v) => {
    expect((await runCli(['check', '--max-warnings', v])).code).toBe(2);
  });

  test('--as-of must be a real date', async () => {
    expect((await runCli(['check', '--as-of', '2024-13-45'])).code).toBe(2);
    expect((await runCli(['check', '--as-of', '2024-02-30'])).code).toBe(2);
  });

  test('today is the local date', () => {
    expect(today(new Date(2024, 0, 2, 7, 0))).toBe('2024-01-02');
  });
});

describe('names people type', () => {
  test('Traditional names work in template --unit and units --unit', async () => {
    expect(JSON.parse((await runCli(['template', '-n', N48, '--unit', '福建省科學技術廳'])).stdout).unit).toBe('省科技厅');
    const u = JSON.parse((await runCli(['units', N48, '--unit', '省科技廳', '-f', 'json'])).stdout).documents[0];
    expect(u.unit).toBe('省科技厅');
    expect(u.tasks).toHaveLength(15);
  });

  test('units --unit takes a member of a collective', async () => {
    const u = JSON.parse((await runCli(['units', N48, '--unit', '厦门市人民政府', '-f', 'json'])).stdout).documents[0];
    expect(u.unit).toBe('厦门市人民政府');
    expect(u.tasks.map((t: { id: string }) => t.id)).toEqual(['2.4.14', '2.4.15']);
  });
});

describe('encodings and formats', () => {
  test('a UTF-8 page that still declares gb2312 is read as UTF-8, with a warning', async () => {
    const html = textToHtml(readText(N48)).toString('utf8').replace('charset=utf-8', 'charset=gb2312');
    const file = join(dir, 'resaved.html');
    writeFileSync(file, html);
    const doc = JSON.parse((await runCli(['parse', file, '-f', 'json'])).stdout).documents[0];
    expect(doc.encoding).toBe('utf-8');
    expect(doc.tasks).toHaveLength(16);
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toContain('charset-mismatch');
  });

  test('ASCII text with one NUL byte is binary, not UTF-16', async () => {
    const file = join(dir, 'nul.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('1. abc def ghi jkl mno\n'.repeat(20)), Buffer.from([0]), Buffer.from('end\n')]));
    const r = await runCli(['parse', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('binary file');
  });
});

describe('output', () => {
  test('CSV header and cells that look like formulas are neutralised in every command', async () => {
    const file = join(dir, '=1+2.txt');
    writeFileSync(file, '关于测试的通知\n一、任务\n（一）=SUM(A1)。\n责任单位：@省科技厅\n');
    const units = await runCli(['units', file, '--matrix', '-f', 'csv', '--no-bom']);
    expect(units.stdout.split('\r\n')[1]).toBe("'=1+2,'@省科技厅,1.1,'=SUM(A1),responsible");
    const parse = await runCli(['parse', file, '-f', 'csv', '--no-bom']);
    expect(parse.stdout.split('\r\n')[1]).toBe(`'=1+2,1.1,一、（一）,任务,'=SUM(A1),'@省科技厅,'@省科技厅,responsible,false,,3,${file}`);
    const reports = join(dir, 'formula-reports');
    mkdirSync(reports);
    writeFileSync(join(reports, 'r.json'), JSON.stringify({ unit: '+省科技厅', document: '=1+2', period: 'P', tasks: [] }));
    writeFileSync(join(reports, 'r2.json'), JSON.stringify({ unit: '-省发改委', document: '=1+2', period: 'P', tasks: [] }));
    const check = await runCli(['check', '-n', file, reports, '-f', 'csv', '--no-bom']);
    expect(check.stdout).toMatch(/,'\+省科技厅,/);
    expect(check.stdout).toMatch(/,'-省发改委,/);
  });

  test.each([[0o640], [0o664]])('an existing output file keeps its permissions (%o, whatever the umask)', async (mode) => {
    const out = join(dir, `kept-${mode.toString(8)}.json`);
    writeFileSync(out, '{}');
    chmodSync(out, mode);
    expect((await runCli(['parse', N48, '-f', 'json', '-o', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(mode);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('-o through a link writes the link’s target, and the link stays', async () => {
    const target = join(dir, 'target.json');
    const link = join(dir, 'link.json');
    writeFileSync(target, '{}');
    symlinkSync(target, link);
    expect((await runCli(['parse', N48, '-f', 'json', '-o', link])).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readText(target)).documents).toHaveLength(1);
  });

  test('-o /dev/null writes to the device, as any tool would', async () => {
    expect((await runCli(['parse', N48, '-f', 'json', '-o', '/dev/null'])).code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  test('report text cannot drive the terminal or notify people from a pull-request comment', async () => {
    const folder = join(dir, 'hostile');
    mkdirSync(folder);
    const entry = { id: '2.3.11', status: 'blocked', problems: '\u001b[2J\u0007缺资金\n第二行 <img src=x onerror=alert(1)> @everyone' };
    writeFileSync(join(folder, 'jyt.json'), JSON.stringify({ unit: '省教育厅', document: '闽政〔2017〕48号', period: 'P', tasks: [entry] }));
    const text = await runCli(['check', '-n', N48, folder, '--fail-on', 'none', '--no-color']);
    const line = text.stdout.split('\n').find((l) => l.includes('缺资金'))!;
    expect(line).toContain('�[2J�缺资金 第二行');
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    const md = await runCli(['check', '-n', N48, folder, '--fail-on', 'none', '-f', 'md']);
    expect(md.stdout).toContain('&lt;img src=x onerror=alert(1)&gt; @\u200beveryone');
    expect(md.stdout).not.toContain('<img');
  });

  test('NO_COLOR follows no-color.org: an empty value does not count', () => {
    const tty = { write: () => 0, isTTY: true };
    expect(colorEnabled(undefined, { NO_COLOR: '' }, tty)).toBe(true);
    expect(colorEnabled(undefined, { NO_COLOR: '0' }, tty)).toBe(false);
  });
});

test('CommonJS modules are lazy too: a .txt parse requires no iconv-lite, jschardet or fastest-levenshtein', () => {
  const hook = join(dir, 'cjs-hook.cjs');
  writeFileSync(hook, "const M = require('module'); const load = M._load; M._load = function (r, ...a) { process.stderr.write('REQUIRE ' + r + '\\n'); return load.call(this, r, ...a); };\n");
  const r = spawnSync(process.execPath, ['--require', hook, join(ROOT, 'bin/policy-check.js'), 'parse', N48, '-f', 'json'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  const required = r.stderr.split('\n').filter((l) => l.startsWith('REQUIRE '));
  expect(required).toContain('REQUIRE commander');
  expect(required.filter((l) => /iconv|jschardet|levenshtein|cheerio|jszip|ajv|opencc/.test(l))).toEqual([]);
});

test.each([[['--version']], [['--help']], [['schema']]])('%j loads no part of the parser', (args) => {
  // a load hook names every module read; the parser's own modules are known by the source names the build writes in
  const hooks = join(dir, 'load-hooks.mjs');
  writeFileSync(hooks, "import { writeSync } from 'node:fs';\nexport async function load(u, c, next) { writeSync(2, `LOAD ${u}\\n`); return next(u, c); }\n");
  const register = join(dir, 'load-register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nimport { pathToFileURL } from 'node:url';\nregister(pathToFileURL(${JSON.stringify(hooks)}));\n`);
  const r = spawnSync(process.execPath, ['--import', register, join(ROOT, 'bin/policy-check.js'), ...args], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  const ours = r.stderr.split('\n').filter((l) => l.startsWith('LOAD ') && l.includes('/dist/')).map((l) => fileURLToPath(l.slice(5)));
  expect(ours.length).toBeGreaterThan(1);
  expect(ours.filter((f) => /\/\/ src\/parse\/(parse-notice|structure|clauses)\.ts/.test(readText(f)))).toEqual([]);
});

describe('.doc files that are not Word', () => {
  test('HTML saved as .doc is read as HTML', async () => {
    const file = join(dir, 'page.doc');
    writeFileSync(file, textToHtml(readText(N48)));
    const doc = JSON.parse((await runCli(['parse', file, '-f', 'json'])).stdout).documents[0];
    expect(doc.format).toBe('html');
    expect(doc.tasks).toHaveLength(16);
  });
  test('RTF is refused with one line', async () => {
    const file = join(dir, 'notice.doc');
    writeFileSync(file, '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} 关于测试的通知}');
    const r = await runCli(['parse', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`policy-check: ${file}: RTF is not supported; save it as .docx, HTML or text`);
  });
});
