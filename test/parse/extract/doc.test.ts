/**
 * Legacy Word (.doc, .wps): read with word-extractor; the seeds saved as .doc
 * give the text seeds' tasks; a Word table arrives as a task table; automatic
 * numbering that the format keeps outside the text is said in the error line;
 * which Word a file is comes from its bytes, whatever its name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectOneBadLine, FIXTURES, makeTemp, removeTemps, ROOT, runCli } from '../../helpers.js';
import { parseSource } from '../../../src/parse/parse-source.js';
import { detectFormat } from '../../../src/parse/extract/detect.js';

afterAll(removeTemps);

const DOC = join(FIXTURES, 'doc');
const SEEDS = ['fujian-2017-48-industry-university-research', 'fujian-2018-technology-transfer-division'];

async function parsed(path: string, name = path) {
  return parseSource(readFileSync(path), { id: 'x', file: name, name, encoding: 'auto' });
}

const key = (t: { id: string; title: string; units: { name: string; role: string }[]; deadline: string | null }) => `${t.id}|${t.title}|${t.units.map((u) => `${u.name}:${u.role}`).join(',')}|${t.deadline}`;

test.each(SEEDS)('%s.doc gives the text seed\'s tasks: ids, titles, units, roles, deadlines', async (seed) => {
  const doc = await parsed(join(DOC, `${seed}.doc`));
  const text = await parsed(join(ROOT, 'seeds', `${seed}.txt`));
  expect(doc.error).toBeNull();
  expect(doc.value!.format).toBe('doc');
  expect(doc.value!.tasks.length).toBeGreaterThan(10);
  expect(doc.value!.tasks.map(key)).toEqual(text.value!.tasks.map(key));
  // a paragraph is a line: the positions are the text seed's
  expect(doc.value!.tasks.map((t) => t.line)).toEqual(text.value!.tasks.map((t) => t.line));
  // characters as written: no “smart quote” folding
  expect(JSON.stringify(doc.value)).not.toMatch(/--市场/);
});

test('a Word table is read as a task table: a task per row, lead and cooperating units, deadlines', async () => {
  const r = await parsed(join(DOC, 'county-livelihood-task-table.doc'));
  expect(r.error).toBeNull();
  expect(r.value!.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`), t.deadline])).toEqual([
    ['1', '推进老旧小区改造，完成30个小区', ['县住建局:lead', '县财政局:cooperating', '各乡镇人民政府:cooperating'], '2024年12月底'],
    ['2', '新建城区停车位500个', ['县交通运输局:lead', '县公安局:cooperating', '县自然资源局:cooperating'], '2024年10月底'],
    ['3', '实施农村饮水安全巩固提升工程', ['县水利局:lead', '县卫健委:cooperating'], '2024年11月底'],
  ]);
});

test("automatic numbers, which a .doc keeps outside its text, are said in the error line (exit 2)", async () => {
  const r = await runCli(['parse', join(DOC, 'automatic-numbering.doc')]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('automatic-numbering.doc: no numbered items found: a legacy .doc/.wps keeps automatic list numbers outside its text; save it as .docx');
  const zh = await runCli(['parse', join(DOC, 'automatic-numbering.doc'), '--lang', 'zh']);
  expect(zh.stderr).toContain('旧版 .doc/.wps 文件的自动编号不在正文中');
});

describe('which Word a file is comes from its bytes', () => {
  const ole = readFileSync(join(DOC, `${SEEDS[0]}.doc`));
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]);
  test.each([
    ['notice.doc', ole, 'doc'],
    ['notice.wps', ole, 'doc'],
    ['notice.docx', ole, 'doc'],
    ['notice.doc', zip, 'docx'],
    ['notice.doc', Buffer.from('<html><body><p>一、任务</p></body></html>'), 'html'],
    ['notice.bin', ole, 'doc'],
  ])('%s with %s bytes is read as %s', (name, bytes, format) => {
    expect(detectFormat(name, bytes)).toBe(format);
  });

  test('a .doc under a .docx name, and on standard input, is read', async () => {
    const dir = makeTemp('pc-doc-');
    const renamed = join(dir, 'notice.docx');
    writeFileSync(renamed, ole);
    const r = await runCli(['parse', renamed, '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].format).toBe('doc');
    const stdin = await runCli(['parse', '-', '-f', 'json'], { stdin: ole });
    expect(JSON.parse(stdin.stdout).documents[0].tasks.length).toBe(16);
    const forced = await runCli(['parse', renamed, '--input-format', 'doc', '-f', 'json']);
    expect(JSON.parse(forced.stdout).documents[0].tasks.length).toBe(16);
  });
});

describe('bad legacy Word files: one line each, exit 2, the other files still parsed', () => {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  test.each([
    ['a password-protected .docx (an OLE file holding EncryptedPackage)', Buffer.concat([header, Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]), 'password-protected Word file'],
    ['a truncated .doc', readFileSync(join(DOC, `${SEEDS[0]}.doc`)).subarray(0, 3000), 'damaged legacy Word (.doc/.wps) file'],
    ['an OLE file with no Word document in it', Buffer.concat([header, Buffer.alloc(600)]), 'damaged legacy Word (.doc/.wps) file'],
  ])('%s', async (_what, bytes, problem) => expectOneBadLine('bad.doc', bytes, problem));
});
