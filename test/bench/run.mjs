#!/usr/bin/env node
/**
 * Benchmarks (npm run bench). Whole processes, timed with repeated runs and
 * medians; compare the ratios within one run, as absolute times on a shared
 * 2-core machine are noisy. Writes its generated inputs to a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/policy-check.js');
const SEEDS = ['seeds/fujian-2018-technology-transfer-division.txt', 'seeds/fujian-2017-48-industry-university-research.txt'].map((s) => join(ROOT, s));
const work = mkdtempSync(join(tmpdir(), 'pc-bench-'));
const only = process.argv.slice(2);
const want = (name) => !only.length || only.includes(name);

function time(args, opts = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, ...opts });
  const ms = performance.now() - t0;
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr?.slice(0, 300)}`);
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs several commands interleaved, n rounds, and returns each one's median. */
function race(commands, rounds) {
  const times = commands.map(() => []);
  for (let r = 0; r < rounds; r++) commands.forEach((c, i) => times[i].push(time(c.args, c.opts)));
  return times.map(median);
}

/** Peak resident memory of a whole process (bytes), reported by a preloaded exit hook. */
function peakRss(args) {
  const hook = join(work, 'max-rss.cjs');
  writeFileSync(hook, "process.on('exit', () => require('fs').writeSync(2, `\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  const r = spawnSync(process.execPath, ['--require', hook, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  return Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
}

const results = [];
function report(name, value, goal) {
  results.push({ name, value, goal });
  console.log(`${name.padEnd(58)} ${value.padStart(12)}   ${goal ?? ''}`);
}

// 1. Start-up: parse of a seed against an empty node process.
// With BENCH_BASELINE=rev, the baseline's parse is raced with this tree's.
if (want('startup')) {
  const baseline = process.env.BENCH_BASELINE;
  const b = baseline ? buildBaseline(baseline) : null;
  try {
    const run = (bin) => ({ args: [bin, 'parse', SEEDS[0], '-f', 'json', '-o', join(work, 'out.json')] });
    const [empty, parse, then] = race([{ args: ['-e', ''] }, run(BIN), ...(b ? [run(b.bin)] : [])], 21);
    report('node -e "" (median of 21)', `${empty.toFixed(1)} ms`);
    report('policy-check parse <seed> -f json (median of 21)', `${parse.toFixed(1)} ms`);
    report('ratio parse / node -e ""', `${(parse / empty).toFixed(2)}x`, 'goal ≤ 1.5x');
    if (b) report(`  ${baseline}: parse <seed> -f json`, `${then.toFixed(1)} ms`, `${(then / empty).toFixed(2)}x node -e ""; this tree / baseline = ${(parse / then).toFixed(2)}x`);
  } finally {
    b?.cleanup();
  }
}

// 1b. The seeds as HTML, Markdown and Word (built by the test builders' rules, here inline): whole processes.
async function formatFiles() {
  const text = readFileSync(SEEDS[0], 'utf8');
  const lines = text.split('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${lines[0]}</title></head><body><div class="nav">首页</div><div id="zoom">${lines.map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}</div><div class="footer">版权</div></body></html>`;
  const md = `# ${lines[0]}\n\n${lines.slice(1).join('\n')}\n`;
  const { Document, Packer, Paragraph } = await import('docx');
  const docx = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] }));
  const files = { html: join(work, 'seed.html'), md: join(work, 'seed.md'), docx: join(work, 'seed.docx') };
  writeFileSync(files.html, html);
  writeFileSync(files.md, md);
  writeFileSync(files.docx, docx);
  return files;
}
if (want('startup') || want('formats')) {
  const f = await formatFiles();
  const run = (file) => ({ args: [BIN, 'parse', file, '-f', 'json', '-o', join(work, 'out.json')] });
  const [empty, txt, html, md, docx] = race([{ args: ['-e', ''] }, run(SEEDS[0]), run(f.html), run(f.md), run(f.docx)], 15);
  for (const [name, t] of [['.txt', txt], ['.html', html], ['.md', md], ['.docx', docx]]) {
    report(`parse <seed>${name} (median of 15)`, `${t.toFixed(1)} ms`, `${(t / empty).toFixed(2)}x node -e ""`);
  }
}

// 1b. PDF notices: each seed printed by headless Chromium (CHROMIUM_PATH, else Debian's chromium), parsed as a
// whole process; and a notice of about 200 pages (the seeds repeated), in pages per second.
async function printPdf(browser, text, out) {
  const esc = (l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const page = await browser.newPage();
  await page.setContent(`<html><head><meta charset="utf-8"><style>body{font-size:16pt;line-height:1.6}p{margin:0}</style></head><body>${text.split('\n').map((l) => `<p>${esc(l) || '&nbsp;'}</p>`).join('')}</body></html>`);
  await page.pdf({ path: out, format: 'A4', displayHeaderFooter: true, headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">文件</div>', footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' } });
  await page.close();
}
if (want('pdf')) {
  const { existsSync } = await import('node:fs');
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const pdfs = SEEDS.map((_, i) => join(work, `seed-${i}.pdf`));
  for (const [i, seed] of SEEDS.entries()) await printPdf(browser, readFileSync(seed, 'utf8'), pdfs[i]);
  const big = join(work, 'big.pdf');
  await printPdf(browser, bigNotice(370 * 1024), big);
  // a drawn task table (every cell ruled, a lead cell merged over two rows) of n rows over pages, and of 2n
  const tablePdf = async (rows, out) => {
    const page = await browser.newPage();
    const body = Array.from({ length: rows }, (_, i) => `<tr><td>${i + 1}</td><td>推进第${i + 1}项重点工作，加快项目建设进度，确保按期完成年度目标任务</td>${i % 2 ? '' : '<td rowspan="2">市发改委</td>'}<td>市财政局、市科技局<br>市自然资源和规划局</td><td>2024年12月底</td></tr>`).join('');
    await page.setContent(`<html><head><meta charset="utf-8"><style>body{font-size:12pt}table{border-collapse:collapse}td,th{border:1px solid #000;padding:3pt}</style></head><body><p>某市重点工作任务分工表</p><table><thead><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr></thead>${body}</table></body></html>`);
    await page.pdf({ path: out, format: 'A4' });
    await page.close();
  };
  const [t1, t2] = [join(work, 'table-1.pdf'), join(work, 'table-2.pdf')];
  await tablePdf(400, t1);
  await tablePdf(800, t2);
  await browser.close();
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pages = (await getDocument({ data: new Uint8Array(readFileSync(big)), verbosity: 0 }).promise).numPages;
  const run = (file) => ({ args: [BIN, 'parse', file, '-f', 'json', '-o', join(work, 'pdf.json'), '-q'] });
  const [empty, p0, p1, pBig] = race([{ args: ['-e', ''] }, run(pdfs[0]), run(pdfs[1]), run(big)], 5);
  for (const [i, t] of [p0, p1].entries()) report(`parse <seed ${i + 1}>.pdf (median of 5)`, `${t.toFixed(0)} ms`, `${(t / empty).toFixed(2)}x node -e ""`);
  report(`parse a ${pages}-page PDF (median of 5)`, `${(pBig / 1000).toFixed(2)} s`, `${(pages / (pBig / 1000)).toFixed(0)} pages per second`);
  const [d1, d2] = race([run(t1), run(t2)], 3);
  report('parse a drawn task table of 400 rows (median of 3)', `${(d1 / 1000).toFixed(2)} s`, '');
  report('parse the same table of 800 rows (median of 3)', `${(d2 / 1000).toFixed(2)} s`, `${(d2 / d1).toFixed(2)}x the 400 rows`);
}

// 2. Large notices: the seeds repeated and renumbered as parts 第N部分.
function bigNotice(bytes) {
  const bodies = SEEDS.map((s) => readFileSync(s, 'utf8').split('\n').slice(1).join('\n'));
  const parts = ['关于大规模任务分工的通知（基准测试）'];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const body = `第${i}部分 重复的第${i}份\n${bodies[i % 2]}\n`;
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  return parts.join('\n');
}
if (want('large')) {
  const f10 = join(work, 'notice-10mb.txt');
  const f20 = join(work, 'notice-20mb.txt');
  writeFileSync(f10, bigNotice(10 * 1024 * 1024));
  writeFileSync(f20, bigNotice(20 * 1024 * 1024));
  const [t10, t20] = race(
    [
      { args: [BIN, 'parse', f10, '-f', 'json', '-o', join(work, 'o10.json'), '-q'] },
      { args: [BIN, 'parse', f20, '-f', 'json', '-o', join(work, 'o20.json'), '-q'] },
    ],
    3,
  );
  const tasks = JSON.parse(readFileSync(join(work, 'o10.json'), 'utf8')).documents[0].tasks.length;
  report(`parse 10 MB notice (${tasks} tasks, median of 3)`, `${(t10 / 1000).toFixed(2)} s`, 'goal < 2 s');
  report('parse 20 MB notice (median of 3)', `${(t20 / 1000).toFixed(2)} s`);
  report('ratio 20 MB / 10 MB', `${(t20 / t10).toFixed(2)}x`, 'goal ≤ 2.2x');
}

// 2a. Memory per input byte: the peak resident memory of a parse of the 10 MB and 20 MB notices, less that
// of an empty node process, against the notice's size (goal ≤ 10x). A preloaded hook reports the peak.
if (want('memory')) {
  const peak = peakRss;
  // the least of five: an empty process now and then reports far more (once all of three, 71 MB against 40 MB)
  const empty = Math.min(...Array.from({ length: 5 }, () => peak(['-e', ''])));
  for (const mb of [10, 20]) {
    const f = join(work, `notice-${mb}mb-memory.txt`);
    writeFileSync(f, bigNotice(mb * 1024 * 1024));
    const bytes = statSync(f).size;
    // the least of five: where V8 starts its full collections varies from run to run, and with it the peak (on the
    // 20 MB notice one run in three or so peaks some 40 MB higher than the others, the code unchanged)
    const rss = Math.min(...Array.from({ length: 5 }, () => peak([BIN, 'parse', f, '-f', 'json', '-o', join(work, 'mem.json'), '-q'])));
    report(`peak memory, ${mb} MB notice (less node -e: ${(empty / 1048576).toFixed(0)} MB)`, `${((rss - empty) / 1048576).toFixed(0)} MB`, `${((rss - empty) / bytes).toFixed(1)}x the input (goal ≤ 10x)`);
  }
}

// 2b. One wide sibling group: 10,000 and 20,000 numbered tasks under one heading (per-group
// evidence such as title styles must be gathered once per group, not once per item).
function flatNotice(n) {
  const lines = ['关于宽列表任务分工的通知（基准测试）', '一、总体任务'];
  for (let i = 1; i <= n; i++) lines.push(`${i}.推进第${i}项工作，加快建设，确保落实。`, '责任单位：市发改委、市财政局');
  return `${lines.join('\n')}\n`;
}
/** Parses a notice made at n and at 2n, interleaved, and reports the time at 2n and the ratio. */
function doubling(name, make, n, label, ext = 'txt', refused = false) {
  const small = join(work, `${name}-1.${ext}`);
  const large = join(work, `${name}-2.${ext}`);
  writeFileSync(small, make(n));
  writeFileSync(large, make(2 * n));
  const run = (file, out) => ({ args: [BIN, 'parse', file, '-f', 'json', '-o', join(work, out), '-q'], opts: { allowFail: refused } });
  if (refused) {
    const r = spawnSync(process.execPath, run(large, `${name}-2.json`).args, { encoding: 'utf8' });
    if (r.status !== 2 || !/too deep/.test(r.stderr)) throw new Error(`${name}: expected a refusal, got exit ${r.status}: ${r.stderr.slice(0, 200)}`);
  }
  const [ts, tl] = race([run(small, `${name}-1.json`), run(large, `${name}-2.json`)], 3);
  report(label, `${tl.toFixed(0)} ms`, `${n.toLocaleString('en')}: ${ts.toFixed(0)} ms, ratio ${(tl / ts).toFixed(2)}x (goal ≤ 2.2x)`);
}
if (want('wide')) doubling('wide', flatNotice, 10_000, '20,000 sibling tasks under one heading');
// the same under a part that lists who does what, its heading one long sentence (each child asks whether its parent is
// such a part: the parent's title must be read once, not once per child)
function dutyListNotice(n) {
  const lines = ['关于宽列表职责分工的通知（基准测试）', '一、主要任务', '（一）推进工作。（责任单位：市发改委）', `二、职责分工${'，各单位要按照职责分工密切配合形成合力'.repeat(400)}`];
  for (let i = 1; i <= n; i++) lines.push(`${i}.市第${i}工作局：负责推进第${i}项工作，确保落实。`);
  return `${lines.join('\n')}\n`;
}
if (want('wide')) doubling('duties', dutyListNotice, 10_000, '20,000 unit-headed duties under a long 职责分工 heading');

// 2c. A label whose list runs on over many lines (8,000 and 16,000 names, each ended by `|`, under a
// 序号 line that lets the table readers look): each join must cost its line, not the paragraph so far.
function longListNotice(n) {
  const lines = ['关于公布企业名录的通知', '序号', '一、有关事项通知如下。', '责任单位：市工信局', ''];
  for (let i = 0; i < n; i++) lines.push(`某某科技有限公司${i} |`);
  return `${lines.join('\n')}\n`;
}
if (want('lists')) doubling('list', longListNotice, 8_000, 'a unit list running over 16,000 lines');
// a table whose cells a scraper glued together (5,000 and 10,000 rows): each row is split by looks bounded by a task's and a name's length
function gluedNotice(n) {
  const lines = ['重点工作任务清单', '类别序号重点任务牵头单位责任单位完成时限'];
  for (let i = 1; i <= n; i++) lines.push(`${i % 50 === 1 ? '项目建设' : ''}${i}推进第${i}项城区建设工作，年内完成投资20亿元区发展改革局区财政局、区城管局，各街道办事处2023年12月底前`);
  return `${lines.join('\n')}\n`;
}
if (want('lists')) doubling('glued', gluedNotice, 5_000, 'a glued-cell table of 10,000 rows');
// a one-cell-a-line table whose merged cells the copy left out (5,000 and 10,000 rows): each row is aligned with the
// columns by what its lines hold, a dynamic programme bounded by the row's lines and the header's columns
function mergedCellsNotice(n) {
  const lines = ['考核任务清单', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门', '评分部门'];
  for (let i = 1; i <= n; i++) lines.push(String(i), ...(i % 20 === 1 ? [`确保第${i}组指标完成`] : []), `第${i}项考核内容`, '万亩', `${i % 7}.5`, '县农业农村局', '市农业农村局');
  // a blank line between cells, as a page's table copied out writes them
  return `${lines.join('\n\n')}\n`;
}
if (want('lists')) doubling('merged-cells', mergedCellsNotice, 5_000, 'a cell-a-line table of 10,000 rows with merged cells left out');

// 2d. One clause naming 50,000 and 100,000 different units on one line (merging units keeps an index by name).
const namesNotice = (n) => `关于测试的通知\n一、任务\n（一）推进工作。（责任单位：${Array.from({ length: n }, (_, i) => `市第${i}局`).join('、')}）\n`;
if (want('names')) doubling('names', namesNotice, 50_000, 'one clause of 100,000 unit names');
// names set apart by spaces, each with a space inside as a PDF copy writes it (市 财政局): the space rule looks back at most a name's length
const spacedNames = (n) => `关于测试的通知\n一、任务\n（一）测试。\n责任单位：${Array.from({ length: n }, (_, i) => `市 财政局${i % 10}`).join(' ')}\n`;
if (want('names')) doubling('spaced-names', spacedNames, 20_000, 'one clause of 40,000 space-separated names with spaces inside');

// 2e. Nesting too deep to read (50,000 and 100,000 <div>; 10,000 and 20,000 Markdown list markers on a line;
// 1,000 and 2,000 indented list levels): refused from one scan of the text, before a parser builds a tree.
const deepHtml = (n) => `<html><body><div id="zoom"><p>关于测试工作的通知，请各单位认真贯彻落实执行</p>${'<div>'.repeat(n)}<p>一、推进工作。</p>${'</div>'.repeat(n)}</div></body></html>`;
const deepList = (n) => `# 关于测试的通知\n\n${'- '.repeat(n)}推进工作\n`;
const deepIndent = (n) => `# 关于测试的通知\n\n${Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')}\n`;
if (want('nesting')) {
  doubling('deep-html', deepHtml, 50_000, '100,000 nested <div> (refused)', 'html', true);
  doubling('deep-list', deepList, 10_000, '20,000 Markdown list markers on a line (refused)', 'md', true);
  doubling('deep-indent', deepIndent, 1_000, '2,000 indented Markdown list levels (refused)', 'md', true);
}

// 3. Pathological lines: 100,000 '（' or '、' (no super-linear regex).
if (want('pathological')) {
  for (const ch of ['（', '、', '1.', '责任单位：']) {
    const small = join(work, 'p-small.txt');
    const large = join(work, 'p-large.txt');
    const make = (n) => `一、任务\n1.测试。\n责任单位：省科技厅\n${ch.repeat(n)}\n`;
    writeFileSync(small, make(50_000));
    writeFileSync(large, make(100_000));
    const [ts, tl] = race(
      [
        { args: [BIN, 'parse', small, '-f', 'json', '-o', join(work, 'ps.json'), '-q'], },
        { args: [BIN, 'parse', large, '-f', 'json', '-o', join(work, 'pl.json'), '-q'] },
      ],
      3,
    );
    const check = spawnSync(process.execPath, [BIN, 'parse', large, '-f', 'json', '-o', join(work, 'pl.json'), '-q'], { encoding: 'utf8' });
    if (check.status !== 0 || /internal error|\n\s+at /.test(check.stderr)) throw new Error(`line of '${ch}': exit ${check.status}: ${check.stderr.slice(0, 300)}`);
    report(`line of 100,000 × '${ch}'`, `${tl.toFixed(0)} ms`, `50,000: ${ts.toFixed(0)} ms, ratio ${(tl / ts).toFixed(2)}x (linear ≈ 2x or less)`);
  }
  /** Parses a text made at n and at 2n (median of 3 each) and reports the ratio. */
  const linearPair = (label, make, n) => {
    const small = join(work, 'l-small.txt');
    const large = join(work, 'l-large.txt');
    writeFileSync(small, make(n));
    writeFileSync(large, make(2 * n));
    const [ts, tl] = race(
      [
        { args: [BIN, 'parse', small, '-f', 'json', '-o', join(work, 'ls.json'), '-q'] },
        { args: [BIN, 'parse', large, '-f', 'json', '-o', join(work, 'll.json'), '-q'] },
      ],
      3,
    );
    report(label, `${tl.toFixed(0)} ms`, `${n.toLocaleString('en')}: ${ts.toFixed(0)} ms, ratio ${(tl / ts).toFixed(2)}x (linear ≈ 2x or less)`);
  };
  // an inline enumeration after a colon whose every piece closes with its own clause: each piece becomes an item
  linearPair('line enumerating 20,000 items after a colon (1.…（X）；2.…)', (n) => `一、任务\n目录为：${Array.from({ length: n }, (_, i) => `${i + 1}.事项${i + 1}（市发改委）`).join('；')}。\n`, 10_000);
  // two lines of first items after full stops, neither most of the text (so not a flattened text): each first item looks
  // ahead for its second, a bounded look
  linearPair('two lines of 50,000 first items after full stops (。 1.)', (n) => `一、任务\n1.测试。\n责任单位：省科技厅\n${'。 1.'.repeat(n)}\n${'。 1.'.repeat(n)}\n`, 25_000);
  // a task table copied onto one line with one space between its cells: the line is cut into its rows, one pass (the
  // rows past 999 are read as text, a row's number having three digits at most)
  linearPair(
    'one-line table of 20,000 rows (序号 重点任务 完成时限 责任单位 1 … 2 …)',
    (n) => `关于印发重点工作分工表的通知 附件 重点工作分工表 序号 重点任务 完成时限 责任单位 ${Array.from({ length: n }, (_, i) => `${i + 1} 推进第${i + 1}项重点工作 年内完成 区发改局、区财政局`).join(' ')}\n`,
    10_000,
  );
  // the same table with | between its cells: cut a cell a piece, one pass; a figure equal to the next number (every
  // row's here) looks on at most a row's width (the rows past 999 are read as text, as above)
  linearPair(
    'one-line | table of 20,000 rows (序号 | 重点任务 | 目标 | 责任单位 | 1 | …)',
    (n) => `关于印发重点工作分工表的通知 附件 重点工作分工表 序号 | 重点任务 | 目标 | 责任单位 | ${Array.from({ length: n }, (_, i) => `${i + 1} | 推进第${i + 1}项重点工作 | ${i + 2} | 区发改局、区财政局 |`).join(' ')}\n`,
    10_000,
  );
  // a unit clause of names run together with no separator: cut in one pass, no name looked at longer than a name
  linearPair('unit clause of 40,000 names run together (区经发局区环土局…)', (n) => `一、任务\n1. 建立机制。（责任单位：${'区经发局区环土局'.repeat(n / 2)}）\n`, 20_000);
  // a table a cell a line whose every row stands on a page of its own, the header repeated after each page number: each
  // break looks back at most a header's lines for the repetition
  linearPair(
    'cell table of 20,000 rows, each after a page number and its header again (序号 / … / — 2 —)',
    (n) => `重点工作分工表\n序号\n重点任务\n责任单位\n${Array.from({ length: n }, (_, i) => `${i + 1}\n推进第${i + 1}项重点工作\n区发改局\n\n— ${i + 2} —\n\n序号\n重点任务\n责任单位`).join('\n')}\n`,
    10_000,
  );
  // a layout copy's tables whose rows after the first run a cell on to one space before the next (…建设项目 区经济…): each row
  // placed under the columns of the last full row, a piece split once (tables of 500 rows, a row's number having three
  // digits at most)
  linearPair(
    'layout tables of 20,000 rows in all, cells one space apart, placed under the first row\'s columns',
    (n) => {
      const pad = (s) => String(s).padEnd(6);
      const row = (i, gap) => `${pad(i)}推进产业转型升级建设项目${gap}区经济和信息化局   区科学技术局、区财政局   2024年12月底前`;
      const table = `${pad('序号')}重点工作任务              牵头单位        责任单位              完成时限\n${row(1, '   ')}\n${Array.from({ length: 499 }, (_, k) => row(k + 2, ' ')).join('\n')}`;
      return `关于印发重点工作分工表的通知\n${Array.from({ length: n / 500 }, (_, t) => `附件${t + 1}\n${table}`).join('\n')}\n`;
    },
    10_000,
  );
  // layout tables whose cells are centred vertically, each row's number on its middle line: the columns found in one
  // count of the block's pieces, each line placed once (tables of 500 rows)
  linearPair(
    'layout tables of 20,000 rows in all, cells centred vertically around each row\'s number',
    (n) => {
      const pad = (s, w) => s + ' '.repeat(Math.max(1, w - s.length));
      const head = `${pad('序号', 17)}${pad('重点任务', 22)}${pad('牵头部门', 14)}${pad('配合部门', 13)}完成时限`;
      const row = (k) => `     ${pad('推进产业转型升级，建设重点项目', 44)}区财政局、区发改\n${pad(String(k), 5)}${' '.repeat(32)}${pad('区经济发展局', 12)}${' '.repeat(16)}2024年12月\n     ${pad('确保年内完成投资目标。', 44)}委、区商务局`;
      const table = `${head}\n${Array.from({ length: 500 }, (_, k) => row(k + 1)).join('\n')}`;
      return `关于印发重点任务台账的通知\n${Array.from({ length: n / 500 }, (_, t) => `附件${t + 1}\n${table}\n\n`).join('\n')}\n`;
    },
    10_000,
  );
  // a text letter-spaced throughout on one line (一 、 任 务 1 . 测 试 …): closed up before the table readers and again
  // as lines are prepared, each a pass over the line
  linearPair('one line of 400,000 letter-spaced characters (推 进 工 作 ，)', (n) => `关于测试的通知\n一、任务\n${'1 . 推 进 工 作 ， 责 任 单 位 ： 市 发 改 委 。 '.repeat(n / 20)}\n`, 200_000);
  // a page run onto one line, then hard-wrapped at 28 characters: its wrapped lines joined once, every place mapped back
  // by a binary search over each joined line's breaks
  const wrapAt28 = (text) => text.match(/.{1,28}/gu).join('\n');
  linearPair(
    'a flattened page of 10,000 items hard-wrapped at 28 characters (joined, places mapped back; numbers past 999 are text)',
    (n) => `关于测试的通知\n${wrapAt28(`一、任务 ${Array.from({ length: n }, (_, i) => `${i + 1}.推进第${i + 1}项工作，确保按期完成。（责任单位：市发改委、市财政局） `).join('')}`)}\n`,
    5_000,
  );
  // a PDF's text copied: each paragraph hard-wrapped at 24 characters, its first line indented, a bare page number
  // after every 40 lines: the wrapped lines joined paragraph by paragraph (each join looks at the next line with text
  // and the numbers seen so far, kept a style each), the page numbers found in one pass
  linearPair(
    'a PDF copy of 10,000 items, paragraphs hard-wrapped at 24 characters, a bare page number every 40 lines',
    (n) => {
      const lines = `关于测试的通知
${Array.from({ length: n }, (_, i) => `　　${i + 1}.推进第${i + 1}项工作，加快建设，确保按期完成。（责任单位：市发改委、市财政局）`).join('\n')}`.split('\n').flatMap((l) => l.match(/.{1,24}/gu));
      return lines.map((l, i) => (i % 40 === 39 ? `${l}\n${Math.floor(i / 40) + 1}\n` : l)).join('\n') + '\n';
    },
    5_000,
  );
  // a task table saved as CSV (quoted cells holding commas and line breaks): csv-parse reads the block once
  linearPair(
    'a CSV task table of 20,000 rows, quoted cells with commas and line breaks',
    (n) => `附件,,,\n序号,重点任务,牵头单位,配合单位\n${Array.from({ length: n }, (_, i) => `${i + 1},"推进第${i + 1}项工作\n确保完成",市发改委,"市财政局,市商务局"`).join('\n')}\n`,
    10_000,
  );
}

// 4. check: generated reports (every unit of both seeds, over many periods) against both seeds.
// The parties come from `policy-check template --all` (so collectives are expanded to their members).
/** What generated reports say they did, a stage a period. */
const STAGES = ['制定实施方案，明确责任分工', '开展试点，召开现场推进会', '在全省推广，组织专项督查', '总结评估，形成制度成果'];

function generateReports(dir, count) {
  const skeletons = [];
  for (const [i, seed] of SEEDS.entries()) {
    const out = join(work, `templates-${i}`);
    spawnSync(process.execPath, [BIN, 'template', '-n', seed, '--all', '--out-dir', out, '--period', '2018-H1', '--force'], { encoding: 'utf8' });
    for (const f of readdirSync(out).filter((x) => !x.endsWith('.schema.json')).sort()) skeletons.push(JSON.parse(readFileSync(join(out, f), 'utf8')));
  }
  mkdirSync(dir, { recursive: true });
  // each period's report sent on time and saying something new (a history with every report late and every task
  // stalled would measure the findings, not the check)
  const stages = STAGES;
  for (let i = 0; i < count; i++) {
    const s = skeletons[i % skeletons.length];
    const year = 2000 + Math.floor(i / skeletons.length);
    const report = {
      ...s,
      period: String(year),
      submitted: `${year + 1}-01-05`,
      tasks: s.tasks.map((t, k) => ({
        ...t,
        status: k % 3 === 0 ? 'completed' : 'in_progress',
        progress: `${t.title}：${stages[(year + k) % stages.length]}，组织推进会${k + 1}次。`,
        evidence: k % 3 === 0 ? [`闽科〔2019〕${k + 1}号`] : [],
        nextSteps: '继续推进。',
      })),
    };
    delete report.$schema;
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.json`), JSON.stringify(report, null, 2));
  }
  return { periods: Math.ceil(count / skeletons.length), parties: skeletons.length };
}

/** Builds another revision of policy-check in a temporary worktree, for a same-run comparison. */
function buildBaseline(rev) {
  const dir = join(work, 'baseline');
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const add = git('worktree', 'add', '--detach', dir, rev);
  if (add.status !== 0) throw new Error(`git worktree add ${rev}: ${add.stderr}`);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const build = spawnSync('sh', ['-c', pkg.scripts.build], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` } });
  if (build.status !== 0) throw new Error(`baseline build failed: ${build.stderr}`);
  return { bin: join(dir, 'bin/policy-check.js'), cleanup: () => git('worktree', 'remove', '--force', dir) };
}

if (want('check')) {
  const d1k = join(work, 'reports-1k');
  const d10k = join(work, 'reports-10k');
  const { periods, parties } = generateReports(d1k, 1000);
  generateReports(d10k, 10000);
  const schema = join(ROOT, 'src/schema/progress-report.schema.json');
  const ajvBin = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
  const check = (dir, bin = BIN) => ({ args: [bin, 'check', '-n', SEEDS[0], '-n', SEEDS[1], dir, '-f', 'json', '-o', join(work, 'check.json'), '--fail-on', 'none'] });
  const [c1k, ajv1k] = race([check(d1k), { args: [ajvBin, 'validate', '--spec=draft2020', '-s', schema, '-d', `${d1k}/*.json`], opts: { allowFail: true } }], 5);
  const findings = JSON.parse(readFileSync(join(work, 'check.json'), 'utf8')).summary;
  report(`check 1,000 reports (${parties} parties × ${periods} periods, median of 5)`, `${(c1k / 1000).toFixed(2)} s`, 'goal ≤ 1 s');
  report('ajv-cli validate, same 1,000 files, same schema', `${(ajv1k / 1000).toFixed(2)} s`, `policy-check / ajv-cli = ${(c1k / ajv1k).toFixed(2)}x (goal ≤ 1x)`);
  const [c10k] = race([check(d10k)], 3);
  report('check 10,000 reports (median of 3)', `${(c10k / 1000).toFixed(2)} s`, `${(c10k / c1k).toFixed(1)}x of 1,000 (goal ≤ 10x)`);
  // the floor: a process that only lists the folder, reads each file and JSON.parses it
  const floor = join(work, 'json-parse-floor.mjs');
  writeFileSync(floor, "import { readdirSync, readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nconst dir = process.argv[2];\nlet n = 0;\nfor (const f of readdirSync(dir)) if (f.endsWith('.json')) { JSON.parse(readFileSync(join(dir, f), 'utf8')); n++; }\nconsole.log(n);\n");
  const [c1kAgain, floor1k] = race([check(d1k), { args: [floor, d1k] }], 5);
  report('  JSON.parse-only floor, same 1,000 files (median of 5)', `${(floor1k / 1000).toFixed(2)} s`, `check / floor = ${(c1kAgain / floor1k).toFixed(2)}x (goal ≤ 2x)`);
  if (process.env.BENCH_SCALE !== '0') {
    const d50k = join(work, 'reports-50k');
    generateReports(d50k, 50000);
    const [c50k, floor50k] = race([check(d50k), { args: [floor, d50k] }], 1);
    report('check 50,000 reports (one run; BENCH_SCALE=0 skips)', `${(c50k / 1000).toFixed(2)} s`, `check / floor = ${(c50k / floor50k).toFixed(2)}x (goal ≤ 2x); floor ${(floor50k / 1000).toFixed(2)} s`);
    const rss = (dir) => peakRss([BIN, 'check', '-n', SEEDS[0], '-n', SEEDS[1], dir, '-f', 'json', '-o', join(work, 'check-rss.json'), '--fail-on', 'none']);
    const [m1k, m50k] = [rss(d1k), rss(d50k)];
    report('  peak memory, check of 1,000 / 50,000 reports', `${(m1k / 1048576).toFixed(0)} / ${(m50k / 1048576).toFixed(0)} MB`, 'goal: not growing with the reports beyond their findings');
  }
  report('  findings in the 1,000-report run', `${findings.errors}/${findings.warnings}`, 'errors/warnings (the last period is partial)');
  const baseline = process.env.BENCH_BASELINE;
  if (baseline) {
    const b = buildBaseline(baseline);
    try {
      const [now, then] = race([check(d1k), check(d1k, b.bin)], 7);
      report(`check 1,000: this tree vs ${baseline} (median of 7)`, `${(now / 1000).toFixed(2)} s`, `${baseline}: ${(then / 1000).toFixed(2)} s, ratio ${(now / then).toFixed(2)}x`);
    } finally {
      b.cleanup();
    }
  }
}

// 3a. Supervision over time: 1,000 reports over 12 half-years, each period of a unit compared with the one
// before (stalled, status-regressed, late-report), written as the dashboard and as JSON; with
// BENCH_BASELINE=rev also the baseline's JSON run (a revision before the trend findings measures their cost).
function generateHistory(dir, count, periods) {
  const skeletons = [];
  for (const [i, seed] of SEEDS.entries()) {
    const out = join(work, `history-templates-${i}`);
    spawnSync(process.execPath, [BIN, 'template', '-n', seed, '--all', '--out-dir', out, '--period', '2018-H1', '--force'], { encoding: 'utf8' });
    for (const f of readdirSync(out).filter((x) => !x.endsWith('.schema.json')).sort()) skeletons.push(JSON.parse(readFileSync(join(out, f), 'utf8')));
  }
  mkdirSync(dir, { recursive: true });
  const perPeriod = Math.ceil(count / periods);
  for (let i = 0; i < count; i++) {
    const k = Math.floor(i / perPeriod);
    const s = skeletons[(i % perPeriod) % skeletons.length];
    const party = Math.floor((i % perPeriod) / skeletons.length);
    const year = 2010 + Math.floor(k / 2);
    const report = {
      ...s,
      // beyond the notices' own units, more parties of the same names would be duplicates: each copy is another unit's
      unit: party ? `${s.unit}${party}` : s.unit,
      period: `${year}-H${(k % 2) + 1}`,
      submitted: `${k % 2 ? year + 1 : year}-${k % 2 ? '01' : '07'}-${String(5 + (i % 20)).padStart(2, '0')}`,
      tasks: s.tasks.map((t, n) => ({ ...t, status: (n + k) % 4 === 0 ? 'completed' : 'in_progress', progress: (n + i) % 3 ? `${t.title}：第${k}期推进，组织推进会${n + k}次。` : `${t.title}：按计划推进。`, evidence: ['材料'] })),
    };
    delete report.$schema;
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.json`), JSON.stringify(report));
  }
}
if (want('history')) {
  const dir = join(work, 'history-1k');
  generateHistory(dir, 1000, 12);
  const run = (format, out, bin = BIN) => ({ args: [bin, 'check', '-n', SEEDS[0], '-n', SEEDS[1], dir, '-f', format, '-o', join(work, out), '--fail-on', 'none'] });
  const baseline = process.env.BENCH_BASELINE;
  const b = baseline ? buildBaseline(baseline) : null;
  try {
    const runs = [run('json', 'h.json'), run('html', 'h.html'), ...(b ? [run('json', 'b.json', b.bin)] : [])];
    const [tJson, tHtml, tBase] = race(runs, 5);
    const s = JSON.parse(readFileSync(join(work, 'h.json'), 'utf8')).summary.byCode;
    report('check 1,000 reports in 12 periods, JSON (median of 5)', `${(tJson / 1000).toFixed(2)} s`, `stalled ${s.stalled ?? 0}, status-regressed ${s['status-regressed'] ?? 0}, late-report ${s['late-report'] ?? 0}`);
    report('  the same, --format html (the dashboard)', `${(tHtml / 1000).toFixed(2)} s`, `${(tHtml / tJson).toFixed(2)}x the JSON run; page ${(statSync(join(work, 'h.html')).size / 1024).toFixed(0)} KB`);
    if (b) report(`  ${baseline} (JSON, before the trend findings)`, `${(tBase / 1000).toFixed(2)} s`, `this tree's html run / baseline = ${(tHtml / tBase).toFixed(2)}x (goal ≤ 1.2x)`);
  } finally {
    b?.cleanup();
  }
}

// 3b. The same 1,000 reports as Excel workbooks, written by `template --format xlsx` and filled in with
// exceljs (what departments send), against the 1,000 JSON reports in the same run.
async function generateWorkbooks(dir, count) {
  const { default: ExcelJS } = await import('exceljs');
  const templates = [];
  for (const [i, seed] of SEEDS.entries()) {
    const out = join(work, `xlsx-templates-${i}`);
    spawnSync(process.execPath, [BIN, 'template', '-n', seed, '--all', '--format', 'xlsx', '--out-dir', out, '--period', '2018-H1', '--force'], { encoding: 'utf8' });
    for (const f of readdirSync(out).sort()) templates.push(readFileSync(join(out, f)));
  }
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(templates[i % templates.length]);
    const ws = wb.getWorksheet('落实情况');
    // the same content as generateReports' JSON reports: on time, something new each period
    const year = 2000 + Math.floor(i / templates.length);
    ws.getCell('E2').value = `报告期：${year}年度`;
    ws.getCell('A3').value = `填报时间：${year + 1}年1月5日`;
    ws.eachRow((row, r) => {
      if (r <= 4) return;
      const k = r - 5;
      row.getCell(4).value = k % 3 === 0 ? '已完成' : '推进中';
      row.getCell(5).value = `${row.getCell(2).value}：${STAGES[(year + k) % STAGES.length]}，组织推进会${k + 1}次。`;
      row.getCell(7).value = '继续推进。';
      if (k % 3 === 0) row.getCell(8).value = `闽科〔2019〕${k + 1}号`;
    });
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
  }
}
if (want('xlsx')) {
  const dJson = join(work, 'reports-1k-json');
  const dXlsx = join(work, 'reports-1k-xlsx');
  generateReports(dJson, 1000);
  await generateWorkbooks(dXlsx, 1000);
  const check = (dir, out) => ({ args: [BIN, 'check', '-n', SEEDS[0], '-n', SEEDS[1], dir, '-f', 'json', '-o', join(work, out), '--fail-on', 'none'] });
  const [cJson, cXlsx] = race([check(dJson, 'json.json'), check(dXlsx, 'xlsx.json')], 3);
  const summary = (f) => JSON.parse(readFileSync(join(work, f), 'utf8')).summary;
  const [sj, sx] = [summary('json.json'), summary('xlsx.json')];
  report('check 1,000 .xlsx reports (median of 3)', `${(cXlsx / 1000).toFixed(2)} s`, `${(cXlsx / cJson).toFixed(1)}x the same 1,000 as JSON (${(cJson / 1000).toFixed(2)} s)`);
  report('  findings, xlsx vs JSON', `${sx.errors}/${sx.warnings}`, `JSON ${sj.errors}/${sj.warnings} (errors/warnings)`);
}

if (process.env.BENCH_KEEP) console.log(`kept ${work}`); else rmSync(work, { recursive: true, force: true });
