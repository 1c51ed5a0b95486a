/**
 * The corpus of real notices: its files are well formed, and the parser's
 * figures on the dev split (npm run eval) do not fall below the floor reached.
 */
import { spawnSync } from 'node:child_process';
import { decodeHTML } from 'entities';
import WordExtractor from 'word-extractor';
import JSZip from 'jszip';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers.js';
import { RADICAL_SUPPLEMENT } from '../../src/parse/lexicon/radicals.js';

const CORPUS = join(FIXTURES, 'corpus');
const slugs = readdirSync(join(CORPUS, 'docs')).sort();

interface GoldTask {
  id: string;
  number: string[];
  title: string;
  units: string[];
  lead: string[];
  deadline: string | null;
  /** The title's pieces as they stand in the text, where lines of other columns came between them. */
  titleParts?: string[];
}

/** Whether each part stands in the text after the one before it. */
function inOrder(text: string, parts: string[]): boolean {
  let from = 0;
  for (const p of parts) {
    const at = text.indexOf(p, from);
    if (at < 0) return false;
    from = at + p.length;
  }
  return true;
}

/** Python 3's round(), which the split's recorded method uses: halves go to the even neighbour (round(4.5) is 4). */
function pythonRound(x: number): number {
  const down = Math.floor(x);
  const diff = x - down;
  if (diff !== 0.5) return Math.round(x);
  return down % 2 === 0 ? down : down + 1;
}

test('pythonRound rounds halves to the even neighbour, as the split method did', () => {
  expect([0.5, 1.5, 2.5, 3.5, 4.5, 3.75, 4.25].map(pythonRound)).toEqual([0, 2, 2, 4, 4, 4, 4]);
});

test('the corpus holds at least 80 real documents, split once into dev and test, a quarter of each batch for test', () => {
  const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as { dev: string[]; test: string[]; batches: { dev?: string[]; test?: string[] }[] };
  expect(slugs.length).toBeGreaterThanOrEqual(80);
  expect([...split.dev, ...split.test].sort()).toEqual(slugs);
  expect(new Set(split.test).size + new Set(split.dev).size).toBe(slugs.length);
  for (const batch of split.batches.filter((b) => b.test && b.dev)) {
    expect(batch.test!.length).toBe(pythonRound((batch.test!.length + batch.dev!.length) / 4));
  }
});

/**
 * A document's text as read without the parser: a page's or a Word file's markup (word/document.xml) as it is, a
 * Word 97 file's text as word-extractor reads it, a PDF's text items as pdfjs reads them (a font's radicals read as
 * the ideographs they stand for, ⽂ as 文).
 */
async function rawText(file: string): Promise<string> {
  if (file.endsWith('.doc')) return (await new WordExtractor().extract(file)).getBody();
  if (file.endsWith('.docx')) return (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string'));
  if (file.endsWith('.pdf')) return pdfText(file);
  return readFileSync(file, 'utf8');
}

async function pdfText(file: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
  }
  await doc.destroy();
  return pages.join('').replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (ch) => (ch >= '\u2f00' ? ch.normalize('NFKC') : (RADICAL_SUPPLEMENT.get(ch) ?? ch)));
}

describe.each(slugs)('%s', (slug) => {
  const dir = join(CORPUS, 'docs', slug);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'));
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { negative?: boolean; tasks: GoldTask[] };
  const source = JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')) as { url: string | null; repo: string | null; notes?: string };

  test('has its text, its source and a gold file that agrees with itself', async () => {
    expect(input).toBeDefined();
    // where it was found, or (a search result without an address) a note saying so
    expect(Boolean(source.url || source.repo || source.notes)).toBe(true);
    // a page's text as read, its tags dropped (a title may run over several spans) and its character references (&ldquo;) decoded;
    // a Word 97 file's text as word-extractor reads it
    const raw = await rawText(join(dir, input!));
    const text = (/\.(html|docx)$/.test(input!) ? decodeHTML(raw.replace(/<[^>]*>/g, '')) : raw).replace(/\s+/g, '');
    if (gold.negative) expect(gold.tasks).toEqual([]);
    expect(new Set(gold.tasks.map((t) => t.id)).size).toBe(gold.tasks.length);
    for (const t of gold.tasks) {
      expect([t.id, t.number.length]).toEqual([t.id, t.id.replace(/^A\d+\./, '').replace(/_\d+$/, '').split('.').length]);
      expect([t.id, t.lead.every((l) => t.units.includes(l))]).toEqual([t.id, true]);
      // a title whose cell a PDF's text layer broke over lines of other columns is recorded with its parts, each in the
      // text and in order
      const parts = t.titleParts ?? [t.title];
      expect([t.id, parts.join('')]).toEqual([t.id, t.title]);
      expect([t.id, inOrder(text, parts.map((p) => p.replace(/\s+/g, '')))]).toEqual([t.id, true]);
    }
  });
});

interface Floor {
  batches: string;
  tasks: number;
  pairs: number;
  leads: number;
  titleAccuracy: number;
}
const floors = (JSON.parse(readFileSync(join(CORPUS, 'floor.json'), 'utf8')) as { floors: Floor[] }).floors;

test.each(floors.map((f) => [f.batches, f] as const))('the dev split of batches %s stays at or above the floor reached', (batches, floor) => {
  const run = spawnSync(process.execPath, [join(ROOT, 'test/eval/run.mjs'), '--split', 'dev', '--batch', batches, '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(run.status).toBe(0);
  const { micro } = JSON.parse(run.stdout) as { micro: { tasks: { f1: number }; pairs: { f1: number }; leads: { f1: number }; titleAccuracy: number } };
  const got = { tasks: micro.tasks.f1, pairs: micro.pairs.f1, leads: micro.leads.f1, titleAccuracy: micro.titleAccuracy };
  for (const key of ['tasks', 'pairs', 'leads', 'titleAccuracy'] as const) {
    expect([key, got[key] >= floor[key]]).toEqual([key, true]);
  }
});

test('the floors cover every batch of the corpus', () => {
  const split = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8')) as { batches: unknown[] };
  expect(floors.some((f) => f.batches === `1-${split.batches.length}`)).toBe(true);
});
