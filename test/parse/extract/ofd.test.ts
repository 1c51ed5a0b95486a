/**
 * OFD (GB/T 33190-2016): packages built by the standard from each seed give
 * the text seed's tasks; page templates (a 红头) and page numbers are not
 * content; places are page and line; bad packages are one line each.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectOneBadLine, makeTemp, removeTemps, ROOT, runCli } from '../../helpers.js';
import { ofdPage, textToOfd } from '../../builders.js';
import { parseSource } from '../../../src/parse/parse-source.js';
import { detectFormat } from '../../../src/parse/extract/detect.js';
import { deltas } from '../../../src/parse/extract/ofd.js';

afterAll(removeTemps);

const SEEDS = ['fujian-2017-48-industry-university-research', 'fujian-2018-technology-transfer-division'];
const seedText = (seed: string) => readFileSync(join(ROOT, 'seeds', `${seed}.txt`), 'utf8');
const key = (t: { id: string; title: string; units: { name: string; role: string }[]; deadline: string | null }) => `${t.id}|${t.title}|${t.units.map((u) => `${u.name}:${u.role}`).join(',')}|${t.deadline}`;

async function parsed(bytes: Buffer, name = 'notice.ofd') {
  return parseSource(bytes, { id: 'x', file: name, name, encoding: 'auto' });
}

test.each(SEEDS)("%s as OFD (pages of 40 lines, a 红头 template, page numbers, lines written in pieces) gives the text seed's tasks", async (seed) => {
  const ofd = await textToOfd(seedText(seed), { header: '福建省人民政府文件', pageNumbers: true, split: true });
  const r = await parsed(ofd);
  const text = await parsed(Buffer.from(seedText(seed)), `${seed}.txt`);
  expect(r.error).toBeNull();
  expect(r.value!.format).toBe('ofd');
  expect(r.value!.tasks.length).toBeGreaterThan(10);
  expect(r.value!.tasks.map(key)).toEqual(text.value!.tasks.map(key));
  // a place is a page and a line on it
  const first = r.value!.tasks[0]!;
  expect(first.source).toEqual(expect.objectContaining({ page: expect.any(Number), line: expect.any(Number) }));
  // the template's 红头 and the page numbers are no content
  expect(JSON.stringify(r.value)).not.toContain('福建省人民政府文件');
  expect(JSON.stringify(r.value)).not.toMatch(/— \d+ —/);
});

test('DeltaX: g N d is N advances of d', () => {
  expect(deltas('g 3 4.2 1 2')).toEqual([4.2, 4.2, 4.2, 1, 2]);
  expect(deltas(undefined)).toEqual([]);
  // no more advances than asked for: a run of a billion is not written out
  expect(deltas('g 1000000000 1 g 1000000000 2', 3)).toEqual([1, 1, 1]);
});

test('detection: an OFD package by its bytes whatever its name, and by --input-format', async () => {
  const ofd = await textToOfd(seedText(SEEDS[0]!));
  expect(detectFormat('notice.ofd', ofd)).toBe('ofd');
  expect(detectFormat('download.bin', ofd)).toBe('ofd');
  expect(detectFormat('notice.ofd', Buffer.from('一、任务\n'))).toBe('text');
  const dir = makeTemp('pc-ofd-');
  const file = join(dir, 'notice.zip');
  writeFileSync(file, ofd);
  const r = await runCli(['parse', file, '--input-format', 'ofd', '-f', 'json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).documents[0].tasks).toHaveLength(16);
});

describe('bad OFD files: one line each, exit 2, the other files still parsed', () => {
  test.each([
    ['a zip with no OFD.xml', async () => {
      const { default: JSZip } = await import('jszip');
      const zip = new JSZip();
      zip.file('Doc_0/Document.xml', '<x/>');
      return zip.generateAsync({ type: 'nodebuffer' });
    }, 'damaged or truncated OFD file (a part of the package is missing: OFD.xml)'],
    ['a truncated package', async () => (await textToOfd(seedText(SEEDS[0]!))).subarray(0, 400), 'damaged or truncated OFD file'],
    ['a package with no text (a scan)', async () => textToOfd(''), 'the OFD file holds no text (a scan?): it needs OCR first'],
    ['a page that does not inflate to the size its directory records', async () => {
      const b = Buffer.from(await textToOfd(seedText(SEEDS[1]!)));
      // the page's central directory entry (after its local header): the uncompressed size is at offset 24
      const name = Buffer.from('Doc_0/Pages/Page_0/Content.xml');
      const entry = b.indexOf(name, b.indexOf(name) + name.length) - 46;
      b.writeUInt32LE(b.readUInt32LE(entry + 24) + 7, entry + 24);
      return b;
    }, 'damaged or truncated OFD file (not a readable zip package: Doc_0/Pages/Page_0/Content.xml)'],
  ])('%s', async (_what, make, problem) => expectOneBadLine('bad.ofd', await make(), problem));
});

test('a table the page draws (PathObjects: stroked lines, a border filled as a thin box, a scaled text) is read from its cells: a lead cell over two rows, a category row across', async () => {
  // columns at 20 | 35 | 110 | 145 | 185 mm, rows at 40, 50, 60, 70, 80 mm down; text 3.5 mm
  const xs = [20, 35, 110, 145, 185];
  let id = 10;
  const text = (x: number, y: number, s: string, ctm = '') => `<ofd:TextObject ID="${id++}" Boundary="${x} ${y - 5} 80 7"${ctm} Font="1" Size="3.5"><ofd:TextCode X="0" Y="5" DeltaX="g ${Math.max([...s].length - 1, 1)} 3.5">${s}</ofd:TextCode></ofd:TextObject>`;
  const line = (x1: number, y1: number, x2: number, y2: number) => `<ofd:PathObject ID="${id++}" Boundary="${x1} ${y1} ${x2 - x1 + 1} ${y2 - y1 + 1}" LineWidth="0.25"><ofd:AbbreviatedData>M 0 0 L ${x2 - x1} ${y2 - y1}</ofd:AbbreviatedData></ofd:PathObject>`;
  const box = (x1: number, y1: number, x2: number, y2: number) => `<ofd:PathObject ID="${id++}" Boundary="${x1} ${y1} ${x2 - x1} ${y2 - y1}" Stroke="false" Fill="true"><ofd:AbbreviatedData>M 0 0 L ${x2 - x1} 0 L ${x2 - x1} ${y2 - y1} L 0 ${y2 - y1} C</ofd:AbbreviatedData></ofd:PathObject>`;
  const rules = [
    // row lines: none across the category row's inner columns matter; none under row 1's lead cell (merged with row 2)
    line(20, 40, 185, 40), line(20, 50, 185, 50), line(20, 60, 185, 60), line(20, 70, 110, 70), line(145, 70, 185, 70), box(20, 79.9, 185, 80.1),
    // column lines: the outer ones whole, the inner ones below the category row
    line(20, 40, 20, 80), line(185, 40, 185, 80), ...xs.slice(1, -1).flatMap((x) => [line(x, 40, x, 50), line(x, 60, x, 80)]),
  ];
  const cells = [
    text(21, 48, '序号'), text(36, 48, '重点任务'), text(111, 48, '牵头单位'), text(146, 48, '配合单位'),
    text(21, 58, '一、扩大有效投资'),
    text(21, 68, '1'), text(36, 68, '推进重大项目建设'), text(111, 72, '市发改委'), text(146, 68, '市财政局、市自然资源局'),
    // a text drawn at half size by its CTM: 7 mm written, 3.5 mm on the page
    text(21, 78, '2'), `<ofd:TextObject ID="${id++}" Boundary="36 73 80 7" CTM="0.5 0 0 0.5 0 0" Font="1" Size="7"><ofd:TextCode X="0" Y="10" DeltaX="g 7 7">扩大民间投资规模</ofd:TextCode></ofd:TextObject>`, text(146, 78, '市工信局'),
  ];
  const ofd = await ofdPage([text(20, 30, '某市2024年扩大有效投资任务分工表'), ...rules, ...cells].join(''));
  const r = await parsed(ofd);
  expect(r.error).toBeNull();
  expect(r.value!.tasks.map((t) => [t.id, t.title, t.units.map((u) => `${u.name}:${u.role}`).join('、')])).toEqual([
    ['1.1', '推进重大项目建设', '市发改委:lead、市财政局:cooperating、市自然资源局:cooperating'],
    ['1.2', '扩大民间投资规模', '市发改委:lead、市工信局:cooperating'],
  ]);
});

