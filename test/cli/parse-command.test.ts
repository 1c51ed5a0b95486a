/** `policy-check parse` end to end through main(): formats, output file, encodings, bad input. */
import { chmodSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli, readText, ROOT } from '../helpers.js';
import { makeTemp, removeTemps } from '../helpers.js';

afterAll(removeTemps);
import { colorEnabled } from '../../src/cli/color.js';
import { detectLang } from '../../src/i18n.js';

const SEED = 'seeds/fujian-2017-48-industry-university-research.txt';
const SEED2 = 'seeds/fujian-2018-technology-transfer-division.txt';
const seedText = readText(join(ROOT, SEED));

function tmp(): string {
  return makeTemp('pc-parse-');
}

describe('formats', () => {
  test('json follows the output contract', async () => {
    const r = await runCli(['parse', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    const doc = out.documents[0];
    expect(doc).toEqual(
      expect.objectContaining({
        id: 'fujian-2017-48-industry-university-research',
        file: SEED,
        encoding: 'utf-8',
        docNumber: '闽政〔2017〕48号',
        issuer: '福建省人民政府',
        signedDate: '2017-11-17',
        publishedDate: null,
      }),
    );
    expect(doc.sections[0]).toEqual(expect.objectContaining({ id: '1', number: '一、', title: '基本原则和主要目标', line: 6 }));
    const t = doc.tasks[0];
    expect(t).toEqual(
      expect.objectContaining({
        id: '2.1.1',
        number: ['二、', '（一）', '1.'],
        path: ['重点任务', '以企业为主体推动产业链与创新链精准对接'],
        title: '实施产学研合作示范工程',
        openEnded: false,
        deadline: null,
        line: 16,
      }),
    );
    expect(t.units[1]).toEqual({ name: '省经信委', raw: '经信委', role: 'responsible', canonical: '省经信委', registry: 'fj.jxw', kind: 'government-department', current: '省工业和信息化厅' });
    expect(t.text.startsWith('实施产学研合作示范工程。选择产学研合作条件')).toBe(true);
    expect(doc.diagnostics[0]).toEqual(expect.objectContaining({ severity: 'warning', code: 'encoding-damage', line: 32, column: 22 }));
  });

  test('csv: one row per task × unit, BOM, CRLF, header', async () => {
    const r = await runCli(['parse', SEED, '--format', 'csv']);
    expect(r.code).toBe(0);
    expect([...r.stdoutBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.stdout.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('document,taskId,number,path,title,unit,raw,role,openEnded,deadline,line,file');
    const json = JSON.parse((await runCli(['parse', SEED, '--format', 'json'])).stdout);
    const pairs = json.documents[0].tasks.reduce((n: number, t: { units: unknown[] }) => n + t.units.length, 0);
    expect(lines).toHaveLength(pairs + 1);
    expect(lines[2]).toBe('fujian-2017-48-industry-university-research,2.1.1,二、（一）1.,重点任务 / 以企业为主体推动产业链与创新链精准对接,实施产学研合作示范工程,省经信委,经信委,responsible,false,,16,seeds/fujian-2017-48-industry-university-research.txt');
  });

  test('csv --no-bom and --output-encoding gb18030', async () => {
    const plain = await runCli(['parse', SEED, '--format', 'csv', '--no-bom']);
    expect(plain.stdoutBytes[0]).toBe('d'.charCodeAt(0));
    const gb = await runCli(['parse', SEED, '--format', 'csv', '--output-encoding', 'gb18030']);
    expect(gb.stdoutBytes[0]).toBe('d'.charCodeAt(0));
    expect(iconv.decode(gb.stdoutBytes, 'gb18030')).toBe(plain.stdout);
  });

  test('csv quotes cells with line breaks and neutralises formulas', async () => {
    const text = '关于做好试点工作的通知\n一、主要任务\n1.=HYPERLINK("http://x")。推进\n试点工作。\n责任单位：@市发改委、+市财政局\n';
    const r = await runCli(['parse', '-', '--format', 'csv', '--no-bom'], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(r.stdout).toContain(",'@市发改委,'@市发改委,");
    expect(r.stdout).toContain(",'+市财政局,");
  });

  test('md is a pipe table per document', async () => {
    const r = await runCli(['parse', SEED, '--format', 'md', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## 福建省人民政府关于进一步加强以用为导向产学研结合的意见');
    expect(r.stdout).toContain('| 编号 | 任务 | 责任单位 | 时限 | 行 |');
    expect(r.stdout).toContain('| 2.1.1 | 实施产学研合作示范工程 | 省科技厅、省经信委、省发改委、省知识产权局 |  | 16 |');
  });

  test('table for people, wrapped to the terminal width', async () => {
    const r = await runCli(['parse', SEED, SEED2], { tty: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('福建省人民政府关于进一步加强以用为导向产学研结合的意见');
    expect(r.stdout).toContain('16 tasks');
    expect(r.stdout).toContain('31 tasks');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    // display width of every line fits 80 columns (CJK counts 2)
    const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
    expect(Math.max(...r.stdout.split('\n').map(width))).toBeLessThanOrEqual(80);
  });

  test('colour on a terminal unless NO_COLOR or --no-color', async () => {
    const on = await runCli(['parse', SEED], { tty: true, columns: 120, env: {} });
    expect(on.stdout).toMatch(/\u001b\[/);
    const off = await runCli(['parse', SEED, '--no-color'], { tty: true, columns: 120, env: {} });
    expect(off.stdout).not.toMatch(/\u001b\[/);
    expect(colorEnabled(undefined, { NO_COLOR: '1' }, { write: () => 0, isTTY: true })).toBe(false);
    expect(colorEnabled(undefined, { FORCE_COLOR: '1' }, { write: () => 0, isTTY: false })).toBe(true);
    expect(colorEnabled(undefined, {}, { write: () => 0, isTTY: false })).toBe(false);
    expect(colorEnabled(true, { NO_COLOR: '1' }, { write: () => 0, isTTY: false })).toBe(true);
  });
});

describe('output file', () => {

  (process.platform === 'win32' ? test.skip : test)('-o onto a read-only file is refused, and the file is left as it was', async () => {
    const dir = makeTemp('pc-ro-');
    const out = join(dir, 'tasks.json');
    writeFileSync(out, 'last run');
    chmodSync(out, 0o444);
    const r = await runCli(['parse', SEED, '-f', 'json', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`policy-check: ${out}: cannot write: the file is read-only: not replaced (make it writable or choose another name)\n`);
    expect(readFileSync(out, 'utf8')).toBe('last run');
    chmodSync(out, 0o644);
  });

  (process.platform === 'win32' ? test.skip : test)('-o onto a hard link to an input is refused like a symbolic link', async () => {
    const dir = makeTemp('pc-hl-');
    const input = join(dir, 'notice.txt');
    const link = join(dir, 'other-name.txt');
    writeFileSync(input, readFileSync(join(ROOT, SEED)));
    linkSync(input, link);
    const r = await runCli(['parse', input, '-o', link]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the output file is one of the inputs');
    expect(readFileSync(input)).toEqual(readFileSync(join(ROOT, SEED)));
  });

  (process.platform === 'win32' ? test.skip : test)('-o onto a symbolic link to an input, or onto a report found in a folder, is refused', async () => {
    const dir = makeTemp('pc-sl-');
    const input = join(dir, 'notice.txt');
    writeFileSync(input, readFileSync(join(ROOT, SEED)));
    symlinkSync(input, join(dir, 'alias.txt'));
    const r = await runCli(['parse', input, '-o', join(dir, 'alias.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the output file is one of the inputs');
    // check: the report is found by walking a folder, and -o names it by a relative path
    const reports = join(dir, 'reports');
    cpSync(join(ROOT, 'fixtures/reports'), reports, { recursive: true });
    const victim = readdirSync(join(reports, '2018-H1')).find((f) => f.endsWith('.json'))!;
    const before = readFileSync(join(reports, '2018-H1', victim));
    const c = await runCli(['check', reports, '-f', 'json', '-o', join('reports', '2018-H1', victim)], { cwd: dir });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('the output file is one of the inputs');
    expect(readFileSync(join(reports, '2018-H1', victim))).toEqual(before);
    // a new file next to the reports is fine
    const ok = await runCli(['check', reports, '-f', 'json', '-o', join(dir, 'out.json'), '--fail-on', 'none']);
    expect(ok.code).toBe(0);
  });

  test('-o writes the file atomically and leaves no temporary file', async () => {
    const dir = tmp();
    const out = join(dir, 'tasks.json');
    const r = await runCli(['parse', SEED, '-f', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['tasks.json']);
  });

  test('an unwritable output is one error line, exit 2, nothing left behind', async () => {
    const dir = tmp();
    const out = join(dir, 'missing-folder', 'tasks.csv');
    const r = await runCli(['parse', SEED, '-f', 'csv', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('policy-check:'))).toHaveLength(1);
    expect(r.stderr).toContain(`policy-check: ${out}: cannot write: the folder does not exist\n`);
    expect(readdirSync(dir)).toEqual([]);
    const zh = await runCli(['parse', SEED, '-f', 'csv', '-o', out, '--lang', 'zh']);
    expect(zh.stderr).toContain(`policy-check: ${out}: 无法写入：目录不存在\n`);
  });

  test('-o naming an input is refused: the notice is never overwritten', async () => {
    const dir = tmp();
    const copy = join(dir, 'notice.txt');
    writeFileSync(copy, readFileSync(join(ROOT, SEED)));
    const before = readFileSync(copy);
    const r = await runCli(['parse', copy, '-o', copy]);
    expect([r.code, r.stderr.trim()]).toEqual([2, `policy-check: ${copy}: the output file is one of the inputs: writing it would destroy the original; choose another output file`]);
    expect(readFileSync(copy).equals(before)).toBe(true);
    const units = await runCli(['units', copy, '-o', join(dir, '.', 'notice.txt')]);
    expect(units.code).toBe(2);
    expect(readFileSync(copy).equals(before)).toBe(true);
  });

  test('a run that read nothing leaves an existing -o file alone', async () => {
    const dir = tmp();
    const out = join(dir, 'tasks.csv');
    writeFileSync(out, 'yesterday');
    const r = await runCli(['parse', join(dir, 'missing.txt'), '-f', 'csv', '-o', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('yesterday');
  });

  test('-o - writes to standard output; -o with an empty name is a usage error', async () => {
    const r = await runCli(['parse', SEED, '-f', 'json', '-o', '-']);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
    expect((await runCli(['parse', SEED, '-o', ''])).code).toBe(2);
  });

  test('patterns the shell left unexpanded are expanded; - can be read once', async () => {
    const r = await runCli(['parse', 'seeds/*.txt', '-f', 'json']);
    expect(JSON.parse(r.stdout).documents).toHaveLength(2);
    const none = await runCli(['parse', 'seeds/*.pdf', '-f', 'json']);
    expect([none.code, none.stderr.trim()]).toEqual([2, 'policy-check: seeds/*.pdf: no files match this pattern']);
    const twice = await runCli(['parse', '-', '-', '-f', 'json'], { stdin: readFileSync(join(ROOT, SEED)) });
    expect([twice.code, twice.stderr.split('\n')[0], JSON.parse(twice.stdout).documents.length]).toEqual([2, 'policy-check: <stdin>: standard input can be read only once', 1]);
  });
});

describe('input', () => {
  test('- reads standard input', async () => {
    const r = await runCli(['parse', '-', '-f', 'json'], { stdin: seedText });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.id).toBe('stdin');
    expect(doc.file).toBe('<stdin>');
    expect(doc.tasks).toHaveLength(16);
  });

  test('--id names the document', async () => {
    const r = await runCli(['parse', SEED, '-f', 'json', '--id', 'min-2017-48']);
    expect(JSON.parse(r.stdout).documents[0].id).toBe('min-2017-48');
  });

  const variants: [string, Buffer, string][] = [
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]), 'utf-8-bom'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seedText, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(seedText, 'utf-16be')]), 'utf-16be'],
    ['utf-16le without BOM', iconv.encode(seedText, 'utf-16le'), 'utf-16le'],
    ['gb18030', iconv.encode(seedText, 'gb18030'), 'gb18030'],
    ['gbk', iconv.encode(seedText, 'gbk'), 'gb18030'],
  ];
  test.each(variants)('%s is detected and gives the same tasks', async (_name, bytes, encoding) => {
    const dir = tmp();
    const file = join(dir, 'notice.txt');
    writeFileSync(file, bytes);
    const r = await runCli(['parse', file, '-f', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.encoding).toBe(encoding);
    const base = JSON.parse((await runCli(['parse', SEED, '-f', 'json'])).stdout).documents[0];
    expect(doc.tasks).toEqual(base.tasks);
    expect(doc.title).toBe(base.title);
  });

  test('--encoding forces a decoder, and warns when a UTF-8 file is forced to GB18030', async () => {
    const dir = tmp();
    const file = join(dir, 'big5.txt');
    const trad = '福建省人民政府辦公廳關於落實任務分工的通知\n一、主要任務\n1.強化需求導向的科技成果供給。發揮企業作用。\n責任單位：省科技廳、經信委\n';
    writeFileSync(file, iconv.encode(trad, 'big5'));
    const r = await runCli(['parse', file, '-f', 'json', '--encoding', 'big5']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.encoding).toBe('big5');
    expect(doc.tasks[0].units.map((u: { name: string }) => u.name)).toEqual(['省科技厅', '省经信委']);
    expect(doc.tasks[0].units.map((u: { raw: string }) => u.raw)).toEqual(['省科技廳', '經信委']);
    expect(doc.tasks[0].title).toBe('強化需求導向的科技成果供給');
    const forced = await runCli(['parse', SEED, '-f', 'json', '--encoding', 'gb18030']);
    expect(forced.stderr).toContain('--output-encoding');
  });
});

describe('bad input: one line naming the file, exit 2, the other files still parsed', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\u3000\n');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x80, 0x00, 0x7f]));
  writeFileSync(join(dir, 'doc.pdf'), Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n'));
  writeFileSync(join(dir, 'prose.txt'), '关于做好秋季防火工作的通知\n各单位要加强巡查，及时消除隐患。\n');
  writeFileSync(join(dir, 'garbage.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 2 ? 0x81 : 0x7f))));

  test.each([
    ['missing.txt', 'no such file'],
    ['folder', 'is a directory'],
    ['empty.txt', 'empty file'],
    ['blank.txt', 'empty file'],
    ['binary.bin', 'binary file'],
    ['doc.pdf', 'the PDF is damaged or truncated'],
    ['prose.txt', 'no numbered items'],
    ['garbage.txt', 'cannot be decoded'],
  ])('%s', async (name, problem) => {
    const file = join(dir, name);
    const r = await runCli(['parse', file, SEED, '-f', 'json']);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l && !l.includes('[encoding-damage]'));
    expect(lines).toEqual([expect.stringContaining(`policy-check: ${file}: `)]);
    expect(lines[0]).toContain(problem);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout);
    expect(out.documents.map((d: { file: string }) => d.file)).toEqual([SEED]);
  });

  test.each([['big5'], ['gbk']])('a UTF-8 file forced to %s says what the file is', async (enc) => {
    const r = await runCli(['parse', SEED, '--encoding', enc, '-f', 'json']);
    expect(r.stderr).toContain(`the file is valid UTF-8 but --encoding ${enc} was given`);
  });

  test('messages follow --lang and LANG', async () => {
    const zh = await runCli(['parse', join(dir, 'missing.txt')], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('文件不存在');
    const en = await runCli(['parse', join(dir, 'missing.txt'), '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stderr).toContain('no such file');
    // --lang before the command
    const before = await runCli(['--lang', 'zh', 'parse', join(dir, 'missing.txt')]);
    expect(before.stderr).toContain('文件不存在');
  });

  test('without LANG (Windows), the system locale decides', () => {
    expect(detectLang(undefined, {}, () => 'zh-CN')).toBe('zh');
    expect(detectLang(undefined, {}, () => 'en-US')).toBe('en');
    expect(detectLang(undefined, { LANG: 'en_US.UTF-8' }, () => 'zh-CN')).toBe('en');
  });

  test('usage errors and help in Chinese', async () => {
    const missing = await runCli(['parse', '--lang', 'zh']);
    expect(missing.stderr).toContain('用法错误：缺少必需的参数“file”');
    const choice = await runCli(['parse', SEED, '--lang', 'zh', '-f', 'xml']);
    expect(choice.stderr).toContain('的取值“xml”无效，可选：table, json, csv, xlsx, md');
    const help = await runCli(['parse', '--help', '--lang', 'zh']);
    expect(help.stdout).toMatch(/^用法：/);
    expect(help.stdout).toContain('（可选：table、json、csv、xlsx、md、sarif、gitlab；默认：table）');
    expect(help.stdout).not.toMatch(/Usage:|Options:|display help/);
  });

  test.each([
    [['template', '--notice', SEED], '请给出 --unit 单位名称 或 --all'],
    [['template', '--notice', SEED, '--all'], '--all 需要 --out-dir 目录'],
    [['check', '--notice', SEED], '请给出要对照 --notice 检查的报告文件或文件夹'],
    [['check', '--notice', SEED, 'fixtures/reports', '--as-of', '2019-13-45'], '--as-of 2019-13-45（应为 YYYY-MM-DD 格式的日期）'],
    [['check', '--notice', SEED, 'fixtures/reports', '--max-warnings', 'x'], '--max-warnings x（应为整数）'],
    [['parse', SEED, '-f', 'xlsx'], '--format xlsx 需要 -o 文件名（或用管道）'],
    [['units', SEED, '--unit', '省科技厅', '--matrix'], '--unit 与 --matrix 不能同时使用'],
  ])('the commands\' own usage errors are in Chinese under --lang zh: %j', async (args, reason) => {
    const r = await runCli([...args, '--lang', 'zh'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`policy-check: 用法错误：${reason}`);
  });
});

describe('xlsx: a workbook Excel reads without guessing', () => {
  const cells = async (bytes: Buffer, sheet: number) => {
    const { default: JSZip } = await import('jszip');
    const { XMLParser } = await import('fast-xml-parser');
    const zip = await JSZip.loadAsync(bytes);
    const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['row', 'c', 'si'].includes(name) });
    const strings = (xml.parse(await zip.file('xl/sharedStrings.xml')!.async('string')).sst.si as { t: unknown }[]).map((x) => String(x.t));
    const rows = xml.parse(await zip.file(`xl/worksheets/sheet${sheet}.xml`)!.async('string')).worksheet.sheetData.row as { c: { '@_r': string; '@_t'?: string; v: unknown }[] }[];
    // cells by column letter: empty cells are not written
    return rows.map((r) => Object.fromEntries(r.c.map((c) => [c['@_r'].replace(/\d+$/, ''), c['@_t'] === 's' ? { text: strings[Number(c.v)] } : { value: c.v }])));
  };

  test('task ids are text cells, so 1.10 stays 1.10; line numbers are numbers', async () => {
    const dir = tmp();
    const notice = ['关于印发重点任务的通知', '一、重点任务', ...Array.from({ length: 10 }, (_, i) => `（${'一二三四五六七八九十'[i]}）任务${i + 1}。\n责任单位：市发改委`)].join('\n');
    writeFileSync(join(dir, 'n.txt'), notice);
    const out = join(dir, 'tasks.xlsx');
    expect((await runCli(['parse', join(dir, 'n.txt'), '-f', 'xlsx', '-o', out])).code).toBe(0);
    const rows = await cells(readFileSync(out), 1);
    expect([rows[0]?.A, rows[0]?.B]).toEqual([{ text: 'document' }, { text: 'taskId' }]);
    expect(rows[10]?.B).toEqual({ text: '1.10' });
    expect(rows[10]?.K).toEqual({ value: '21' });
  });

  test('check writes its findings and its units on two sheets', async () => {
    const dir = tmp();
    const out = join(dir, 'check.xlsx');
    expect((await runCli(['check', '-f', 'xlsx', '-o', out, '--fail-on', 'none'])).code).toBe(0);
    const findings = await cells(readFileSync(out), 1);
    const units = await cells(readFileSync(out), 2);
    const json = JSON.parse((await runCli(['check', '-f', 'json'])).stdout);
    expect([findings.length - 1, units.length - 1]).toEqual([json.findings.length, json.units.length]);
  });

  test('a workbook is not written to a terminal', async () => {
    const r = await runCli(['parse', SEED, '-f', 'xlsx'], { tty: true });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('--format xlsx needs -o FILE');
  });
});

describe('for CI and for people reading many warnings', () => {
  test('--fail-on warning exits 1 when a notice parsed with warnings', async () => {
    expect((await runCli(['parse', SEED, '-f', 'json'])).code).toBe(0);
    expect((await runCli(['parse', SEED, '-f', 'json', '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli(['parse', SEED2, '-f', 'json', '--fail-on', 'warning'])).code).toBe(0);
  });

  test('one code prints at most 20 lines per file, then a count', async () => {
    const dir = tmp();
    const lines = ['关于印发任务的通知', '一、任务', ...Array.from({ length: 30 }, (_, i) => `（一）任务${i}。\n责任单位：市发改委`)];
    writeFileSync(join(dir, 'dup.txt'), lines.join('\n'));
    const r = await runCli(['parse', join(dir, 'dup.txt'), '-f', 'json']);
    const dupLines = r.stderr.split('\n').filter((l) => l.includes('[duplicate-id]'));
    expect(dupLines).toHaveLength(20);
    expect(r.stderr).toMatch(/: \d+ more duplicate-id not shown \(--format json has them all\)/);
    expect(JSON.parse(r.stdout).documents[0].diagnostics.filter((d: { code: string }) => d.code === 'duplicate-id').length).toBeGreaterThan(20);
  });

  test('a file named .docx that is not a Word package is read as what it is; an Excel workbook says so', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'text.docx'), readFileSync(join(ROOT, SEED)));
    const text = await runCli(['parse', join(dir, 'text.docx'), '-f', 'json']);
    expect([text.code, JSON.parse(text.stdout).documents[0].tasks.length]).toEqual([0, 16]);
    const { default: JSZip } = await import('jszip');
    const xlsx = new JSZip();
    xlsx.file('xl/workbook.xml', '<workbook/>');
    writeFileSync(join(dir, 'sheet.docx'), await xlsx.generateAsync({ type: 'nodebuffer' }));
    const sheet = await runCli(['parse', join(dir, 'sheet.docx')]);
    expect([sheet.code, sheet.stderr.trim()]).toEqual([2, `policy-check: ${join(dir, 'sheet.docx')}: this is an Excel workbook, not a Word file`]);
  });
});

describe('usage errors exit 2', () => {
  test.each([
    [['parse', SEED, '--frobnicate']],
    [['parse', SEED, '--format', 'xml']],
    [['parse']],
    [['parse', SEED, SEED2, '--id', 'x']],
    [['frobnicate']],
    [[]],
  ])('%j', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--help and --version exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    expect((await runCli(['parse', '--help'])).stdout).toContain('--format');
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

test('no output file exists after a failed run that had nothing to write', async () => {
  const dir = tmp();
  const out = join(dir, 'x.md');
  const r = await runCli(['parse', join(dir, 'nope.txt'), '-f', 'md', '-o', out]);
  expect(r.code).toBe(2);
  expect(existsSync(out)).toBe(false);
});

test('the streamed JSON is exactly JSON.stringify(…, null, 2) of the documents', async () => {
  const { jsonChunks } = await import('../../src/export/parse-formats.js');
  const { parseNotice } = await import('../../src/parse/parse-notice.js');
  const docs = [SEED, SEED2].map((f) => parseNotice(readText(join(ROOT, f)), { id: f, file: f }));
  const streamed = [...jsonChunks(docs, 'en')].join('');
  const parsed = JSON.parse(streamed);
  expect(streamed).toBe(JSON.stringify(parsed, null, 2) + '\n');
  expect(parsed.documents[1].tasks).toHaveLength(31);
  expect([...jsonChunks([], 'en')].join('')).toBe(JSON.stringify({ schemaVersion: 1, documents: [] }, null, 2) + '\n');
});

test('table cells wrap after a separator, not inside a unit name', async () => {
  const { wrapText } = await import('../../src/export/table.js');
  expect(wrapText('省科技厅、省经信委、省发改委、省教育厅', 22)).toEqual(['省科技厅、省经信委、', '省发改委、省教育厅']);
  expect(wrapText('一二三四五六七八九十', 8)).toEqual(['一二三四', '五六七八', '九十']);
});

describe('usage errors point to the help of the command that was run', () => {
  test.each([
    [['check', '--bogus'], '(see policy-check check --help)'],
    [['template', '--bogus'], '(see policy-check template --help)'],
    [['--bogus'], '(see policy-check --help)'],
  ])('%j', async (args, hint) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(hint);
  });

  test('in Chinese too', async () => {
    const r = await runCli(['parse', '--bogus', '--lang', 'zh']);
    expect(r.stderr).toContain('（用 policy-check parse --help 查看用法）');
  });
});

describe('-q on every command: no warnings or notes on stderr, error lines stay', () => {
  test('template --all -q writes no count line; check -q and units -q no renamed-id warning; schema -q is accepted', async () => {
    const dir = makeTemp('pc-quiet-');
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    mkdirSync(a);
    mkdirSync(b);
    for (const d of [a, b]) writeFileSync(join(d, 'notice.txt'), '关于甲的通知\n一、任务\n（一）甲任务。\n责任单位：省科技厅\n');
    const loud = await runCli(['units', join(a, 'notice.txt'), join(b, 'notice.txt')]);
    expect(loud.stderr).toContain('used twice');
    const quiet = await runCli(['units', '-q', join(a, 'notice.txt'), join(b, 'notice.txt')]);
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    const checked = await runCli(['check', '-q', '-n', join(a, 'notice.txt'), '-n', join(b, 'notice.txt'), 'fixtures/reports', '-f', 'json']);
    expect(checked.stderr).toBe('');
    const tpl = await runCli(['template', '-q', '-n', join(a, 'notice.txt'), '--all', '--out-dir', join(dir, 'out'), '--period', '2018-H1']);
    expect([tpl.code, tpl.stderr]).toEqual([0, '']);
    expect((await runCli(['template', '-n', join(a, 'notice.txt'), '--all', '--out-dir', join(dir, 'out2'), '--period', '2018-H1'])).stderr).toContain('templates written to');
    expect((await runCli(['schema', '-q'])).code).toBe(0);
    // an error line is never silenced
    expect((await runCli(['check', '-q', '-n', 'nope.txt', 'fixtures/reports'])).stderr).toContain('nope.txt: no such file');
  });
});

describe('a Traditional Chinese locale', () => {
  test.each(['zh_TW.UTF-8', 'zh_HK.UTF-8', 'zh-Hant'])('%s: messages in Simplified Chinese, said once in Traditional characters', async (locale) => {
    const r = await runCli(['parse', 'nope.txt'], { env: { LANG: locale } });
    expect(r.stderr.split('\n')[0]).toBe('policy-check: 尚未提供繁體中文訊息，以下以簡體中文顯示（用 --lang zh 不再提示，--lang en 改用英文）');
    expect(r.stderr).toContain('文件不存在');
  });

  test('--lang or -q, or a Simplified locale, says nothing of it', async () => {
    for (const [env, args] of [[{ LANG: 'zh_TW.UTF-8' }, ['--lang', 'zh']], [{ LANG: 'zh_TW.UTF-8' }, ['-q']], [{ LANG: 'zh_CN.UTF-8' }, []]] as const) {
      const r = await runCli(['parse', 'nope.txt', ...args], { env });
      expect(r.stderr).not.toContain('繁體');
    }
  });
});

test('a piped parse table is fitted to COLUMNS when it is set, and not wrapped when it is not', async () => {
  const longest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)));
  const fitted = await runCli(['parse', SEED2], { env: { COLUMNS: '80' } });
  const free = await runCli(['parse', SEED2]);
  expect(longest(fitted.stdout)).toBeLessThanOrEqual(80);
  expect(longest(free.stdout)).toBeGreaterThan(80);
});

test('wrapped text breaks after a separator, else after the end of an organ’s name, else where it must', async () => {
  const { wrapText } = await import('../../src/export/table.js');
  expect(wrapText('国家金融监督管理总局福建监管局', 28)).toEqual(['国家金融监督管理总局', '福建监管局']);
  expect(wrapText('省科技厅、省经信委、省发改委', 20)).toEqual(['省科技厅、省经信委、', '省发改委']);
  expect(wrapText('government-department', 11)).toEqual(['government-', 'department']);
  expect(wrapText('word word', 5)).toEqual(['word', 'word']);
});
