/**
 * The corpus read again in the forms a copy of the same text comes in: each
 * line indented (full-width spaces, as a Word paragraph's first line), trailing
 * spaces, no-break spaces for spaces (a web page's &nbsp;), a blank line after
 * every line (a page's paragraphs copied), Windows line ends, full-width digits
 * (a Word file typed with them: １、２０２４年); and in other
 * formats: a web page (a <p> a line inside a site's chrome), an old CMS page
 * (a <div> a line in a layout table's cell), Markdown (a paragraph a line), a Word file (a
 * paragraph a line), a Traditional copy (OpenCC, as a site's 繁體 button makes
 * it); and as a PDF's text copies, a page number on a line of its own every so many lines, wherever it falls (between
 * a table's rows or cells, a paragraph's lines). Layout and format say nothing of the tasks: every dev text document
 * reads the same in each form as it does as found.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import * as OpenCC from 'opencc-js';
import { FIXTURES, ROOT } from '../helpers.js';

const CORPUS = join(FIXTURES, 'corpus');
const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as { dev: string[] };
const texts = split.dev.filter((slug) => existsSync(join(CORPUS, 'docs', slug, 'input.txt')));

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const eachLine = (f: (line: string) => string) => (text: string) => text.split(/(\r?\n)/).map((l, i) => (i % 2 === 0 && l.trim() ? f(l) : l)).join('');

/** A copy of a PDF's text: a page number on its own line after every `every` lines, wherever it falls (between a table's rows or cells, inside a paragraph). */
const withPageNumbers = (every: number, mark: (page: number) => string[]) => (text: string) =>
  text
    .split(/\r?\n/)
    .flatMap((line, i) => (i % every === every - 1 ? [line, ...mark(Math.floor(i / every) + 2)] : [line]))
    .join('\n');

interface Variant {
  ext: string;
  make: (text: string) => string | Promise<Buffer>;
  /** How a reading is compared: a Traditional copy's titles are its own characters, compared in Simplified. */
  compare?: (s: string) => string;
}
const VARIANTS: Record<string, Variant> = {
  indented: { ext: 'txt', make: eachLine((l) => `\u3000\u3000${l}`) },
  'with trailing spaces': { ext: 'txt', make: eachLine((l) => `${l}  `) },
  'with no-break spaces': { ext: 'txt', make: (t) => t.replace(/ /g, '\u00a0') },
  'double-spaced': { ext: 'txt', make: (t) => t.split(/\r?\n/).join('\n\n') },
  'with CRLF line ends': { ext: 'txt', make: (t) => t.replace(/\r?\n/g, '\r\n') },
  'with full-width digits': { ext: 'txt', make: (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), compare: (s) => s.normalize('NFKC') },
  'as a web page': {
    ext: 'html',
    make: (t) => {
      const lines = t.split(/\r?\n/);
      const body = lines.map((l) => (l.trim() ? `<p>${escape(l)}</p>` : '')).join('\n');
      return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(lines.find((l) => l.trim()) ?? '')}</title></head><body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div><div id="zoom">${body}</div><div class="footer">版权所有 主办单位：某市人民政府办公室</div></body></html>`;
    },
  },
  'as an old page, a <div> a line in a layout table': {
    ext: 'html',
    make: (t) => {
      const lines = t.split(/\r?\n/).filter((l) => l.trim());
      const body = lines.map((l) => `<div>${escape(l)}</div>`).join('\n');
      return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escape(lines[0] ?? '')}</title></head><body><table width="100%"><tr><td class="nav">首页 &gt; 政务公开</td></tr><tr><td>${body}</td></tr><tr><td>版权所有：某县人民政府 技术支持：某某网络公司</td></tr></table></body></html>`;
    },
  },
  'as Markdown': { ext: 'md', make: (t) => `${t.split(/\r?\n/).filter((l) => l.trim()).map((l) => l.trim()).join('\n\n')}\n` },
  'as a Word file': { ext: 'docx', make: (t) => Packer.toBuffer(new Document({ sections: [{ children: t.split(/\r?\n/).map((l) => new Paragraph(l)) }] })) },
  'in Traditional characters': { ext: 'txt', make: (t) => toTraditional(t), compare: (s) => toSimplified(s) },
  'with a page number every 25 lines (— 2 —)': { ext: 'txt', make: withPageNumbers(25, (n) => [`— ${n} —`]) },
  'with a page number every 20 lines, blank lines around it (- 2 -)': { ext: 'txt', make: withPageNumbers(20, (n) => ['', `- ${n} -`, '']) },
};

/**
 * Documents whose reading a variant changes, and why; each is a known loss, not a pass. The Qingdao copy's page
 * numbers (1、 2、 at a line's start, a sharing site's pages run together) are read as items where blank lines part
 * them. The two Liuhe texts are a web application's script holding the notice in a string, read as no notice
 * differently in each form. As Markdown (a paragraph a line), a Beijing copy's `3. [联合发文单位]` is a list item and a link,
 * and a double-spaced PDF copy's wrapped headings are paragraphs of their own. OpenCC's round trip does not give back every character (征 → 徵 → 徵, and one in Xianyang's).
 * The Xinmi PDF copy spaces its digits apart (20 21 年): full-width, its table's numbers read otherwise. A Shandong OCR
 * plan's work groups (综合协调组：省交通运输厅牵头，…) are read wrong in both scripts, the group's name run into its first
 * unit: the Simplified copy's titles are the groups' names, the Traditional copy's the duty after them. A page number
 * in a table whose cells stand apart by blank lines cannot be told from one inside a cell (Jiading's 海绵城市 / — 2 — /
 * 建设管理): the cell read apart, the row fails; and a break after a Fengxian row's merged cells reads its titles better
 * than the text as found does (农村公路养护工程质量监督, where the copy as found runs the next cells into it). The
 * double-spaced PDF copy of the 2022 anti-counterfeiting points loses its blank lines as a page (a <p> a line): its
 * wrapped lines are then joined before it is read, and two of its three titles read whole where the text as found
 * reads one (a gain: the gold follows the copy's cut title).
 */
const KNOWN: Record<string, string[]> = {
  indented: ['jilin-county-2019-liuhe-tourism-incentives-js-closing-clause'],
  'with no-break spaces': ['jilin-county-2019-liuhe-tourism-incentives-js-closing-clause'],
  'double-spaced': ['shandong-city-2023-qingdao-practical-matters-docx-page-markers'],
  'as a web page': ['jilin-county-2019-liuhe-tourism-incentives-js-closing-clause', 'jilin-county-2023-liuhe-key-industries-opinion-duty-sentence-js-pdf-spaces', 'national-ministry-2022-anti-counterfeiting-work-points-pdf-copy'],
  'as an old page, a <div> a line in a layout table': ['jilin-county-2019-liuhe-tourism-incentives-js-closing-clause', 'jilin-county-2023-liuhe-key-industries-opinion-duty-sentence-js-pdf-spaces', 'national-ministry-2022-anti-counterfeiting-work-points-pdf-copy'],
  'as Markdown': ['beijing-province-2016-open-government-division-label-lines', 'jilin-county-2023-liuhe-key-industries-opinion-duty-sentence-js-pdf-spaces', 'national-ministry-2022-anti-counterfeiting-work-points-pdf-copy'],
  'as a Word file': ['jilin-county-2019-liuhe-tourism-incentives-js-closing-clause', 'jilin-county-2023-liuhe-key-industries-opinion-duty-sentence-js-pdf-spaces'],
  'in Traditional characters': ['shaanxi-city-xianyang-2022-gov-report-division', 'shandong-province-2020-flood-control-instructions-division-ocr-line', 'shandong-province-2020-rail-transit-emergency-plan-work-groups-decimal-ocr-line'],
  'with full-width digits': ['henan-county-xinmi-2021-report-tasks-pdf-spaces'],
  'with a page number every 25 lines (— 2 —)': ['shanghai-district-2021-fengxian-rural-roads-reform-brackets-duty-list-cells', 'shanghai-district-2024-jiading-sponge-city-plan-labels-attachment-cells'],
  'with a page number every 20 lines, blank lines around it (- 2 -)': ['shanghai-district-2024-jiading-sponge-city-plan-labels-attachment-cells'],
};

interface Read {
  file: string;
  tasks: { id: string; title: string; deadline?: unknown; units: { name: string; role?: string }[] }[];
}

/** Each file's tasks as the CLI reads them: id, title, deadline, units and roles. */
function readAll(files: string[], compare: (s: string) => string = (s) => s): Map<string, string> {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/policy-check.js'), 'parse', ...files, '-f', 'json', '-q', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = JSON.parse(run.stdout) as { documents: Read[] };
  const read = new Map(out.documents.map((d) => [resolve(ROOT, d.file), compare(JSON.stringify(d.tasks.map((t) => [t.id, t.title, t.deadline ?? null, t.units.map((u) => [u.name, u.role ?? null])])))]));
  // a file read as no notice says why on a line of its own (policy-check: FILE: no numbered items …); the others'
  // lines are notes (the corpus's files are all called input.txt: their ids are made unique)
  for (const line of run.stderr.split('\n')) {
    const failed = /^policy-check: (.*?): (.*)$/.exec(line);
    if (failed && !read.has(resolve(ROOT, failed[1]!))) read.set(resolve(ROOT, failed[1]!), `error: ${failed[2]!}`);
  }
  return read;
}

const work = mkdtempSync(join(tmpdir(), 'pc-variants-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const asFound = new Map<string, Map<string, string>>();
const original = (slug: string) => join(CORPUS, 'docs', slug, 'input.txt');
/** The readings as found, compared as a variant compares them. */
function readingsAsFound(compare?: (s: string) => string): Map<string, string> {
  const key = compare ? compare.toString() : 'plain';
  if (!asFound.has(key)) asFound.set(key, readAll(texts.map(original), compare));
  return asFound.get(key)!;
}

test('the dev split holds the text documents the variants are made from, each read', () => {
  expect(texts.length).toBeGreaterThan(300);
  expect(readingsAsFound().size).toBe(texts.length);
});

test.each(Object.keys(VARIANTS))('every dev text document reads the same %s', async (name) => {
  const variant = VARIANTS[name]!;
  const dir = join(work, name.replace(/\W+/g, '-'));
  mkdirSync(dir);
  const files: string[] = [];
  for (const slug of texts) {
    const file = join(dir, `${slug}.${variant.ext}`);
    writeFileSync(file, await variant.make(readFileSync(original(slug), 'utf8')));
    files.push(file);
  }
  const before = readingsAsFound(variant.compare);
  const read = readAll(files, variant.compare);
  const differ = texts.filter((slug, i) => read.get(files[i]!) !== before.get(original(slug)));
  expect(differ).toEqual(KNOWN[name] ?? []);
}, 180_000);

/**
 * Copies flattened as scrapers flatten a page: the body from the first numbered line on joined onto one line with
 * spaces, and the whole document so (title and metadata lines included); and copies hard-wrapped as a PDF's text is,
 * at 36 and 28 characters. A table a cell a line cannot be read back once its lines are joined, a covering notice's numbering
 * runs into its plan's, and a document flattened already cannot be told from its wrapped copy: most documents, not
 * all, read the same. The share that does is held at the floor reached (twenty-fifth session: 318, 281 and 325 of 399;
 * 305, 247 and 322 at its start), so that no change lowers it silently. Batch 42 (twenty-sixth session) added 11 dev
 * texts, eight of them pages on one line: wrapped at 36 characters, three of these read otherwise (a flattened page
 * wrapped again), so the share of the 410 at that session's start was 332 (0.8098) and the floor for the wrapped copy
 * is 0.80; the other two floors hold with them. Twenty-seventh session (batch 43: 414 dev texts): a `|` table joined
 * onto one line is read, 312 of the copies joined whole read the same (295 before) and 332 of those joined from the
 * body on (329): those floors are raised to 0.75 and 0.80; the wrapped copy reads 332 (0.802). Twenty-eighth session
 * (batch 44: 424 dev texts): the copy spaced out a space after every character, as a PDF copy letter-spaces its
 * text, reads 364 of 424 the same (0.858; 234 at the session's start, when a table's letter-spaced cells and half-width
 * punctuation were not closed up): floor 0.85. The others read 322, 342 and 341 of the 424. Thirtieth session (441 dev
 * texts): a flattened text hard-wrapped is joined again before it is read, and a copy wrapped at 28 characters (the
 * line of an official document's printed page, GB/T 9704) is read too: wrapped at 36, 383 of 441 read the same (359 at
 * the session's start), floor 0.86; at 28, 368 (341), floor 0.83 (the join needs two heading numbers inside the
 * wrapped run since a review: 388 and 372 before it, an ordinary notice's long paragraph having been joined too).
 */
/** A line broken as a PDF's text sets it at a width: a CJK character one, an ASCII one half (a copy's hard line breaks). */
const wrapAtWidth = (width: number) => (line: string) => {
  const out: string[] = [];
  let cur = '';
  let w = 0;
  for (const c of line) {
    const cw = c.charCodeAt(0) < 0x7f ? 0.5 : 1;
    if (w + cw > width) {
      out.push(cur);
      cur = '';
      w = 0;
    }
    cur += c;
    w += cw;
  }
  out.push(cur);
  return out.join('\n');
};
const FIRST_NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/;
const FLATTENED: Record<string, { make: (text: string) => string; floor: number; compare?: (s: string) => string }> = {
  'with its body joined onto one line': {
    make: (t) => {
      const lines = t.split(/\r?\n/);
      const k = lines.findIndex((l) => FIRST_NUMBERED.test(l));
      return k < 0 ? t : [...lines.slice(0, k), lines.slice(k).map((l) => l.trim()).filter(Boolean).join(' ')].join('\n');
    },
    floor: 0.8,
  },
  'joined onto one line whole': { make: (t) => t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(' '), floor: 0.75 },
  'hard-wrapped at 36 characters (ASCII half a character)': { make: (t) => t.split('\n').map(wrapAtWidth(36)).join('\n'), floor: 0.86 },
  'hard-wrapped at 28 characters, the line of an official page (ASCII half a character)': { make: (t) => t.split('\n').map(wrapAtWidth(28)).join('\n'), floor: 0.83 },
  // a copy's own spaces cannot be told from the letter-spacing ones: readings are compared without spaces
  'spaced out, a space after every character (a PDF copy letter-spaced)': { make: (t) => t.replace(/(\S)(?=\S)/gu, '$1 '), floor: 0.85, compare: (s) => s.replace(/ /g, '') },
};

test.each(Object.keys(FLATTENED))('most dev text documents read the same %s', (name) => {
  const { make, floor, compare } = FLATTENED[name]!;
  const dir = join(work, name.replace(/\W+/g, '-'));
  mkdirSync(dir);
  const files = texts.map((slug) => {
    const file = join(dir, `${slug}.txt`);
    writeFileSync(file, make(readFileSync(original(slug), 'utf8')));
    return file;
  });
  const before = readingsAsFound(compare);
  const read = readAll(files, compare);
  const same = texts.filter((slug, i) => read.get(files[i]!) === before.get(original(slug))).length;
  expect(same / texts.length).toBeGreaterThanOrEqual(floor);
}, 180_000);
