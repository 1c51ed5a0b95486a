/**
 * The corpus read again in the forms a copy of the same text comes in: each
 * line indented (full-width spaces, as a Word paragraph's first line), trailing
 * spaces, no-break spaces for spaces (a web page's &nbsp;), a blank line after
 * every line (a page's paragraphs copied), Windows line ends. Layout says
 * nothing of the tasks: every dev text document reads the same in each form
 * as it does as found.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURES, ROOT } from '../helpers.js';

const CORPUS = join(FIXTURES, 'corpus');
const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as { dev: string[] };
const texts = split.dev.filter((slug) => existsSync(join(CORPUS, 'docs', slug, 'input.txt')));

const eachLine = (f: (line: string) => string) => (text: string) => text.split(/(\r?\n)/).map((l, i) => (i % 2 === 0 && l.trim() ? f(l) : l)).join('');
const VARIANTS: Record<string, (text: string) => string> = {
  indented: eachLine((l) => `\u3000\u3000${l}`),
  'trailing spaces': eachLine((l) => `${l}  `),
  'no-break spaces': (t) => t.replace(/ /g, '\u00a0'),
  'double-spaced': (t) => t.split(/\r?\n/).join('\n\n'),
  'CRLF line ends': (t) => t.replace(/\r?\n/g, '\r\n'),
};

/**
 * Documents whose reading a variant changes, and why; each is a known loss, not a pass. The Qingdao copy's page
 * numbers (1、 2、 at a line's start, a sharing site's pages run together) are read as items where blank lines part
 * them. The Liuhe text is a web application's script holding the notice in a string: indented or with no-break
 * spaces, the parser finds none of its numbered items (its gold task is not found as found either).
 */
const KNOWN: Record<string, string[]> = {
  indented: ['jilin-county-2019-liuhe-tourism-incentives-js-closing-clause'],
  'no-break spaces': ['jilin-county-2019-liuhe-tourism-incentives-js-closing-clause'],
  'double-spaced': ['shandong-city-2023-qingdao-practical-matters-docx-page-markers'],
};

interface Read {
  file: string;
  tasks: { id: string; title: string; deadline?: unknown; units: { name: string; role?: string }[] }[];
}

/** Each file's tasks as the CLI reads them: id, title, deadline, units and roles. */
function readAll(files: string[]): Map<string, string> {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/policy-check.js'), 'parse', ...files, '-f', 'json', '-q', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = JSON.parse(run.stdout) as { documents: Read[] };
  const read = new Map(out.documents.map((d) => [resolve(ROOT, d.file), JSON.stringify(d.tasks.map((t) => [t.id, t.title, t.deadline ?? null, t.units.map((u) => [u.name, u.role ?? null])]))]));
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

let asFound: Map<string, string>;
beforeAll(() => {
  asFound = readAll(texts.map((slug) => join(CORPUS, 'docs', slug, 'input.txt')));
});

test('the dev split holds the text documents the variants are made from', () => {
  expect(texts.length).toBeGreaterThan(300);
  expect(asFound.size).toBe(texts.length);
});

test.each(Object.keys(VARIANTS))('every dev text document reads the same %s', (name) => {
  const dir = join(work, name.replace(/\W+/g, '-'));
  mkdirSync(dir);
  const files = texts.map((slug) => {
    const file = join(dir, `${slug}.txt`);
    writeFileSync(file, VARIANTS[name]!(readFileSync(join(CORPUS, 'docs', slug, 'input.txt'), 'utf8')));
    return file;
  });
  const read = readAll(files);
  const differ = texts.filter((slug, i) => read.get(files[i]!) !== asFound.get(join(CORPUS, 'docs', slug, 'input.txt')));
  expect(differ).toEqual(KNOWN[name] ?? []);
}, 120_000);
