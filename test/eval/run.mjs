#!/usr/bin/env node
/**
 * The parser against real notices (npm run eval). Parses every document of the
 * corpus (fixtures/corpus) with the built CLI in one process and compares the
 * tasks with the hand-made gold files: F1 for tasks (by id), task × unit pairs
 * and leads, accuracy of titles and deadlines on the tasks found, per document
 * and micro-averaged, with the misses listed.
 *
 *   node test/eval/run.mjs [--split dev|test|all] [--batch N|N-M] [--json] [--misses] [--doc SLUG] [--inputs DIR]
 *
 * --batch N scores only the documents of the Nth batch in split.json (1 = the
 * first, which lists no documents of its own: those of no later batch).
 *
 * --inputs DIR scores copies of the documents in another form where DIR holds one (DIR/<slug>.pdf: a page printed
 * to PDF), against the same gold; the other documents are read as they are.
 *
 * The test split prints figures only, unless --misses is given: fixes are made
 * by looking at the dev split.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = join(ROOT, 'fixtures/corpus');
const require = createRequire(import.meta.url);
const OpenCC = require('opencc-js');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Whether a slug belongs to batch N (1-based) of split.json, or to one of batches N-M (`1-4`); every slug when no batch is asked for. */
function batchFilter(splits, n) {
  if (n === null) return () => true;
  const batches = splits.batches ?? [];
  const [from, to = from] = String(n).split('-').map(Number);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > batches.length || from > to) {
    console.error(`unknown batch ${n}: 1 to ${batches.length}, or a range such as 1-${batches.length}`);
    process.exit(2);
  }
  const listed = (b) => new Set([...(b.test ?? []), ...(b.dev ?? [])]);
  const later = new Set(batches.slice(1).flatMap((b) => [...listed(b)]));
  const inOne = (k, slug) => (k > 1 ? listed(batches[k - 1]).has(slug) : !later.has(slug));
  return (slug) => {
    for (let k = from; k <= to; k++) if (inOne(k, slug)) return true;
    return false;
  };
}

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const split = arg('--split', 'dev');
const asJson = process.argv.includes('--json');
const only = arg('--doc', null);
const showMisses = process.argv.includes('--misses') || split === 'dev' || only !== null;

const splits = JSON.parse(readFileSync(join(CORPUS, 'split.json'), 'utf8'));
const batch = arg('--batch', null);
const inBatch = batchFilter(splits, batch);
const slugs = (only ? [only] : split === 'all' ? [...splits.dev, ...splits.test].sort() : splits[split])?.filter(inBatch);
if (!slugs) {
  console.error(`unknown split ${split}: dev, test or all`);
  process.exit(2);
}

// --inputs DIR: score copies of the documents in another form (each page printed to PDF: DIR/<slug>.pdf), where a copy is there
const copies = arg('--inputs', null);
const copyNames = copies ? readdirSync(copies) : [];
const copyOf = (slug) => copyNames.find((f) => f.startsWith(`${slug}.`));
const inputOf = (slug) => (copyOf(slug) ? resolve(copies, copyOf(slug)) : join(CORPUS, 'docs', slug, readdirSync(join(CORPUS, 'docs', slug)).find((f) => f.startsWith('input.'))));
const files = slugs.map(inputOf);
const run = spawnSync(process.execPath, [join(ROOT, 'bin/policy-check.js'), 'parse', ...files, '-f', 'json', '-q', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
let parsed;
try {
  parsed = JSON.parse(run.stdout);
} catch {
  console.error(`the CLI gave no JSON (exit ${run.status}): ${run.stderr.slice(0, 400)}`);
  process.exit(2);
}
const byFile = new Map(parsed.documents.map((d) => [resolve(ROOT, d.file), d]));
const failures = new Map(
  run.stderr
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const m = /^policy-check: (.*?): (.*)$/.exec(l);
      return m ? [resolve(ROOT, m[1]), m[2]] : null;
    })
    .filter(Boolean),
);

// pinyin that converter sites print after characters (區(qū)) is debris on both sides: the parser drops it
const withoutPinyin = (s) => s.replace(/(?<=[\u4e00-\u9fff])[（(][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[）)]/g, '');
const unitKey = (s) => withoutPinyin(toSimplified(s)).replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
const textKey = (s) => withoutPinyin(s ?? '').replace(/[\s\u3000]+/g, '').replace(/[。．.；;，,：:、]+$/, '');
const deadlineKey = (s) => (s == null ? null : textKey(s).replace(/^[（(]|[）)]$/g, ''));

function f1(tp, pred, gold) {
  const p = pred ? tp / pred : gold ? 0 : 1;
  const r = gold ? tp / gold : pred ? 0 : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function scoreDoc(slug) {
  const gold = JSON.parse(readFileSync(join(CORPUS, 'docs', slug, 'gold.json'), 'utf8'));
  const file = inputOf(slug);
  const doc = byFile.get(file);
  const pred = doc?.tasks ?? [];
  const goldById = new Map(gold.tasks.map((t) => [t.id, t]));
  const predById = new Map(pred.map((t) => [t.id, t]));
  const c = { tasks: [0, pred.length, gold.tasks.length], pairs: [0, 0, 0], leads: [0, 0, 0], titles: [0, 0], deadlines: [0, 0] };
  const misses = [];
  if (!doc) misses.push(`not parsed: ${failures.get(file) ?? 'no output'}`);
  for (const t of pred) if (!goldById.has(t.id)) misses.push(`extra task ${t.id} ${t.title.slice(0, 30)}`);
  for (const g of gold.tasks) {
    const t = predById.get(g.id);
    const goldUnits = new Set(g.units.map(unitKey));
    const goldLeads = new Set(g.lead.map(unitKey));
    c.pairs[2] += goldUnits.size;
    c.leads[2] += goldLeads.size;
    if (!t) {
      misses.push(`missing task ${g.id} ${g.title.slice(0, 30)}`);
      continue;
    }
    c.tasks[0]++;
    const units = new Set(t.units.map((u) => unitKey(u.name)));
    const leads = new Set(t.units.filter((u) => u.role === 'lead').map((u) => unitKey(u.name)));
    const hit = [...units].filter((u) => goldUnits.has(u)).length;
    c.pairs[0] += hit;
    c.leads[0] += [...leads].filter((u) => goldLeads.has(u)).length;
    const missingUnits = [...goldUnits].filter((u) => !units.has(u));
    const extraUnits = [...units].filter((u) => !goldUnits.has(u));
    if (missingUnits.length || extraUnits.length) misses.push(`units ${g.id}: missing [${missingUnits.join('、')}] extra [${extraUnits.join('、')}]`);
    const leadDiff = [...goldLeads].filter((u) => !leads.has(u)).length + [...leads].filter((u) => !goldLeads.has(u)).length;
    if (leadDiff) misses.push(`leads ${g.id}: gold [${[...goldLeads].join('、')}] got [${[...leads].join('、')}]`);
    c.titles[1]++;
    if (textKey(toSimplified(t.title)) === textKey(toSimplified(g.title))) c.titles[0]++;
    else misses.push(`title ${g.id}: gold «${g.title}» got «${t.title}»`);
    c.deadlines[1]++;
    if (deadlineKey(t.deadline) === deadlineKey(g.deadline)) c.deadlines[0]++;
    else misses.push(`deadline ${g.id}: gold «${g.deadline}» got «${t.deadline}»`);
  }
  // pairs and leads of extra tasks count as false positives
  for (const t of pred) {
    c.pairs[1] += new Set(t.units.map((u) => unitKey(u.name))).size;
    c.leads[1] += new Set(t.units.filter((u) => u.role === 'lead').map((u) => unitKey(u.name))).size;
  }
  return { slug, counts: c, misses };
}

const docs = slugs.map(scoreDoc);
const sum = (key, i) => docs.reduce((a, d) => a + d.counts[key][i], 0);
const micro = {
  documents: docs.length,
  goldTasks: sum('tasks', 2),
  tasks: f1(sum('tasks', 0), sum('tasks', 1), sum('tasks', 2)),
  pairs: f1(sum('pairs', 0), sum('pairs', 1), sum('pairs', 2)),
  leads: f1(sum('leads', 0), sum('leads', 1), sum('leads', 2)),
  titleAccuracy: sum('titles', 1) ? sum('titles', 0) / sum('titles', 1) : 1,
  deadlineAccuracy: sum('deadlines', 1) ? sum('deadlines', 0) / sum('deadlines', 1) : 1,
};
const perDoc = docs.map((d) => ({
  slug: d.slug,
  tasks: f1(...d.counts.tasks).f1,
  pairs: f1(...d.counts.pairs).f1,
  misses: d.misses,
}));
const macroTasks = perDoc.reduce((a, d) => a + d.tasks, 0) / (perDoc.length || 1);

if (asJson) {
  console.log(JSON.stringify({ split, micro, macroTaskF1: macroTasks, documents: showMisses ? perDoc : perDoc.map(({ slug, tasks, pairs }) => ({ slug, tasks, pairs })) }, null, 2));
} else {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  if (showMisses) {
    for (const d of perDoc) {
      if (!d.misses.length) continue;
      console.log(`${d.slug}  tasks F1 ${pct(d.tasks)}  pairs F1 ${pct(d.pairs)}`);
      for (const m of d.misses) console.log(`    ${m}`);
    }
    console.log('');
  }
  console.log(`split ${split}: ${micro.documents} documents, ${micro.goldTasks} gold tasks`);
  console.log(`  tasks        P ${pct(micro.tasks.p)}  R ${pct(micro.tasks.r)}  F1 ${pct(micro.tasks.f1)}  (per-document mean F1 ${pct(macroTasks)})`);
  console.log(`  task × unit  P ${pct(micro.pairs.p)}  R ${pct(micro.pairs.r)}  F1 ${pct(micro.pairs.f1)}`);
  console.log(`  leads        P ${pct(micro.leads.p)}  R ${pct(micro.leads.r)}  F1 ${pct(micro.leads.f1)}`);
  console.log(`  titles ${pct(micro.titleAccuracy)}  deadlines ${pct(micro.deadlineAccuracy)} (of the tasks found)`);
}
