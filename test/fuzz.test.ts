/**
 * Seeded fuzzing: a few hundred mutants of the seeds (as text, HTML and
 * Markdown) and of the sample reports. Each is read twice in one process:
 * no exception escapes, the run ends (jest's timeout), and both runs give
 * identical output. The seed of the generator is fixed, so a failure is
 * reproducible; FUZZ_SEED=n tries another sequence.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../src/parse/parse-source.js';
import { readReport } from '../src/check/report.js';
import { checkReports, type ReportInput } from '../src/check/check.js';
import { validateReportSchema as validate } from '../src/check/schema.js';
import { ROOT } from './helpers.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPECIAL = ['、', '（', '）', '。', '：', '\n', '一、', '（一）', '1.', '责任单位：', '牵头', '|', '\t', '\u001b[31m', '\u0000', '\ufffd', '<div>', '- ', '〔', '】'];

/** One mutant: a few edits of bytes, characters, lines or special tokens. */
function mutate(text: string, rnd: () => number): Buffer {
  let s = text;
  const edits = 1 + Math.floor(rnd() * 6);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rnd() * (s.length + 1));
    const op = Math.floor(rnd() * 6);
    if (op === 0) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rnd() * 40));
    else if (op === 1) s = s.slice(0, at) + SPECIAL[Math.floor(rnd() * SPECIAL.length)]! + s.slice(at);
    else if (op === 2) s = s.slice(0, at) + s.slice(at, at + 200).repeat(1 + Math.floor(rnd() * 5)) + s.slice(at + 200);
    else if (op === 3) {
      const lines = s.split('\n');
      const i = Math.floor(rnd() * lines.length);
      const j = Math.floor(rnd() * lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      s = lines.join('\n');
    } else if (op === 4) s = s.slice(0, Math.max(1, at));
    else s = s.replace(/\n/g, () => (rnd() < 0.1 ? '' : '\n'));
  }
  const bytes = Buffer.from(s, 'utf8');
  // a few stray bytes now and then
  if (rnd() < 0.3) for (let k = 0; k < 1 + Math.floor(rnd() * 4); k++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
  return bytes;
}

const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const asHtml = (t: string) => `<html><body><div id="zoom">${t.split('\n').map((l) => `<p>${l}</p>`).join('')}</div></body></html>`;
const asMarkdown = (t: string) => `# ${t.split('\n').join('\n\n')}`;

test('300 mutants of the seeds as text, HTML and Markdown: no exception, and the same records twice', async () => {
  const rnd = generator(SEED);
  const forms: [string, (t: string) => string][] = [['x.txt', (t) => t], ['x.html', asHtml], ['x.md', asMarkdown]];
  let parsed = 0;
  for (let i = 0; i < 300; i++) {
    const [name, form] = forms[i % forms.length]!;
    const bytes = mutate(form(seeds[i % seeds.length]!), rnd);
    const once = JSON.stringify(await parseSource(bytes, { id: 'x', file: 'x', name, encoding: 'auto' }));
    const twice = JSON.stringify(await parseSource(bytes, { id: 'x', file: 'x', name, encoding: 'auto' }));
    expect([i, twice === once]).toEqual([i, true]);
    if (JSON.parse(once).value) parsed++;
  }
  // most mutants are still notices: the fuzzing exercised the parser, not only the refusals
  expect(parsed).toBeGreaterThan(200);
}, 120_000);

test('200 mutants of the sample reports: readable or one finding, no exception, and the same result twice', async () => {
  const rnd = generator(SEED + 1);
  const dir = join(ROOT, 'fixtures', 'reports', '2018-H1');
  const samples = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const notices = await Promise.all(seeds.map(async (t, k) => (await parseSource(Buffer.from(t), { id: `seed${k}`, file: 'x', name: 'x.txt', encoding: 'auto' })).value!));
  const inputs: ReportInput[] = [];
  for (let i = 0; i < 200; i++) {
    const text = mutate(samples[i % samples.length]!, rnd).toString('utf8');
    const once = readReport(text, `r${i}.json`, validate);
    expect([i, JSON.stringify(readReport(text, `r${i}.json`, validate))]).toEqual([i, JSON.stringify(once)]);
    // a report that cannot be read says why
    if (!once.report) expect([i, once.findings.length > 0]).toEqual([i, true]);
    inputs.push({ file: `r${i}.json`, ...once });
  }
  const run = () => JSON.stringify(checkReports(notices, inputs, { asOf: '2018-07-01' }));
  expect(run()).toBe(run());
}, 120_000);
