/**
 * The parser's one entry, `parseSource`: bytes in, records out. Determinism
 * (one file's result never depends on what was parsed before it), and the
 * two bugs the typed-passes rebuild found: shared regex state and two
 * definitions of a line break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoticeBytes, parseSource } from '../../src/parse/parse-source.js';
import { FIXTURES, listFiles, makeTemp, removeTemps, runCli, SEEDS } from '../helpers.js';
import { writeFileSync } from 'node:fs';

afterAll(removeTemps);

const inputs = [
  ...listFiles(join(FIXTURES, 'parse'), '.txt').map((f) => join(FIXTURES, 'parse', f)),
  ...listFiles(join(FIXTURES, 'formats'), '').filter((f) => /\.(txt|md|html?)$/.test(f)).map((f) => join(FIXTURES, 'formats', f)),
  ...listFiles(SEEDS, '.txt').map((f) => join(SEEDS, f)),
];

async function parseAll(files: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const file of files) {
    const r = await parseSource(readFileSync(file), { id: 'x', file: 'x', name: file, encoding: 'auto' });
    out.set(file, JSON.stringify(r));
  }
  return out;
}

test('parsing a set of files forwards and in reverse, in one process, gives identical records', async () => {
  expect(inputs.length).toBeGreaterThan(150);
  const forwards = await parseAll(inputs);
  const backwards = await parseAll([...inputs].reverse());
  const differing = inputs.filter((f) => forwards.get(f) !== backwards.get(f));
  expect(differing).toEqual([]);
});

const MID_SENTENCE = '关于推进某项工作的通知\n\n一、重点任务\n1.推进某项工作（牵头单位：市发改委）加快建设。\n2.加强水利建设。（责任单位：市水利局）\n';

const summary = (json: string) =>
  (JSON.parse(json) as { documents: { tasks: { id: string; units: { name: string }[] }[] }[] }).documents.map((d) => d.tasks.map((t) => `${t.id} ${t.units.map((u) => u.name).join('、')}`));

describe('shared regex state', () => {
  test('a labelled parenthetical inside a sentence keeps its task, and the next label stays out of the unit name', async () => {
    const r = await parseSource(Buffer.from(MID_SENTENCE), { id: 'x', file: 'x', name: 'x.txt', encoding: 'auto' });
    expect(r.value?.tasks.map((t) => [t.id, t.units.map((u) => u.name)])).toEqual([
      ['1.1', ['市发改委']],
      ['1.2', ['市水利局']],
    ]);
  });

  test('a file parses the same alone and after another file in the same run', async () => {
    const dir = makeTemp('pc-determinism-');
    const x = join(dir, 'x.txt');
    writeFileSync(x, MID_SENTENCE);
    const alone = await runCli(['parse', x, '-f', 'json']);
    const after = await runCli(['parse', join(SEEDS, listFiles(SEEDS, '.txt')[0]!), x, '-f', 'json']);
    expect(summary(after.stdout)[1]).toEqual(summary(alone.stdout)[0]);
    expect(summary(alone.stdout)[0]).toEqual(['1.1 市发改委', '1.2 市水利局']);
  });
});

describe('one definition of a line break', () => {
  const page = (sep: string) =>
    `<html><body><div id="zoom"><p>关于加强防汛工作的通知</p><p>一、重点任务</p><p>（一）排查隐患。${sep}全面排查。（责任单位：市水利局）</p><p>（二）加强值守。（责任单位：市应急局）</p><p>（三）做好宣传。（责任单位：市委宣传部）</p></div></body></html>`;

  test('a U+2028 inside an HTML paragraph moves no later task and keeps every source', async () => {
    const plain = await parseSource(Buffer.from(page(' ')), { id: 'x', file: 'x', name: 'x.html', encoding: 'auto' });
    const separated = await parseSource(Buffer.from(page('\u2028')), { id: 'x', file: 'x', name: 'x.html', encoding: 'auto' });
    const where = (r: typeof plain) => r.value?.tasks.map((t) => ({ id: t.id, line: t.line, source: t.source }));
    expect(where(plain)).toHaveLength(3);
    expect(where(separated)).toEqual(where(plain));
    for (const t of separated.value?.tasks ?? []) expect(t.source).toBeDefined();
  });

  test.each([
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('in a text file, %s is no line break: task lines are the lines an editor shows', async (_name, sep) => {
    const text = `关于加强防汛工作的通知\n一、重点任务${sep}（一）排查隐患。（责任单位：市水利局）\n（二）加强值守。（责任单位：市应急局）\n`;
    const r = await parseSource(Buffer.from(text), { id: 'x', file: 'x', name: 'x.txt', encoding: 'auto' });
    expect(r.value?.tasks.map((t) => t.line)).toEqual([2, 3]);
  });
});

describe('which encoding a text is in: by the share of valid UTF-8, with the other reading tried when one finds nothing', () => {
  const seed = readFileSync(join(SEEDS, 'fujian-2018-technology-transfer-division.txt'));
  const parse = (bytes: Uint8Array) => parseSource(bytes, { id: 'x', file: 'x', name: 'x.txt', encoding: 'auto' });

  /** The seed with stray bytes put in at places drawn from a seeded sequence (some inside a character). */
  function withStrayBytes(count: number, seedValue: number): Buffer {
    let state = seedValue;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
    const out = Buffer.from(seed);
    let bytes = out;
    for (let k = 0; k < count; k++) {
      const at = next() % bytes.length;
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0x80 + (next() % 128)]), bytes.subarray(at)]);
    }
    return bytes;
  }

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('the seed with a few stray bytes (draw %i) is still UTF-8 and still holds its tasks', async (draw) => {
    const r = await parse(withStrayBytes(2 + (draw % 3), draw));
    expect(r.value?.encoding).toBe('utf-8');
    expect(r.value?.tasks.length).toBeGreaterThanOrEqual(29);
  });

  test('the seed in GB18030 is still read as GB18030', async () => {
    const iconv = (await import('iconv-lite')).default;
    const r = await parse(iconv.encode(seed.toString('utf8'), 'gb18030'));
    expect([r.value?.encoding, r.value?.tasks.length]).toEqual(['gb18030', 31]);
  });

  test('when the legacy reading finds no task and the UTF-8 reading does, the UTF-8 reading is used, with a warning', async () => {
    const lines = ['关于推进重点工作的通知', '', ...[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `${' '.repeat(70)}${i}.推进第${i}项重点工作。（责任单位：市发改委）`)];
    // three stray bytes a line: too many for the share of valid UTF-8, few against all the spaces
    const damaged = Buffer.from(lines.map((l) => (l.includes('责任') ? l.replace('推', '\u0001推').replace('责', '\u0001责').replace('工', '\u0001工') : l)).join('\n'), 'utf8');
    const bytes = Buffer.from(damaged.map((b) => (b === 0x01 ? 0xff : b)));
    const r = await parse(bytes);
    expect([r.value?.encoding, r.value?.tasks.length]).toEqual(['utf-8', 8]);
    expect(r.value?.diagnostics[0]).toEqual(expect.objectContaining({ code: 'decoded-instead', severity: 'warning', params: { tried: 'gb18030', encoding: 'utf-8', tasks: 8, bad: 24 } }));
  });

  test('HTML character references left in a text (&nbsp; &ldquo;) are read as their characters, with a note; one alone stays as written', async () => {
    const text = ['关于印发&ldquo;接诉即办&rdquo;工作要点的通知', '&nbsp;&nbsp;一、健全机制', '&nbsp;&nbsp;1.&nbsp;推进&ldquo;吹哨报到&rdquo;改革。（责任单位：&nbsp;区政务服务局）'].join('\n');
    const r = await parse(Buffer.from(text, 'utf8'));
    expect(r.value?.tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)])).toEqual([['1.1', '推进“吹哨报到”改革', ['区政务服务局']]]);
    expect(r.value?.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'html-entities', params: { count: 10 } })]));
    const one = await parse(Buffer.from('关于网站改版的通知\n一、推进&nbsp;符号规范使用。（责任单位：区政务服务局）', 'utf8'));
    expect(one.value?.tasks[0]?.text).toContain('推进&nbsp;符号');
    expect(one.value?.diagnostics.map((d) => d.code)).not.toContain('html-entities');
  });

  test('valid UTF-8 holding terminal escape sequences is text: the sequences are blanked and the task is found', async () => {
    const text = '关于测试的通知\n\u001b[31m\u001b[2J\u001b]0;title\u0007\n一、任务\n（一）推进工作。（责任单位：市发改委\u001b[0m）\n' + '\u001b'.repeat(12) + '\n';
    const r = await parse(Buffer.from(text, 'utf8'));
    expect(r.error).toBeNull();
    expect(r.value?.tasks.map((t) => [t.id, t.units.map((u) => u.name)])).toEqual([['1.1', ['市发改委']]]);
    expect(JSON.stringify(r.value?.tasks)).not.toMatch(/\u001b/);
  });
});

describe('the bytes handed over are taken, so that no caller holds them through the parse', () => {
  const notice = Buffer.from('关于测试的通知\n一、推进工作。（责任单位：市发改委）\n');
  test.each([
    ['x.txt', 'a text (let go once decoded)', notice],
    ['x.html', 'a page', Buffer.from('<p>关于测试的通知</p><p>一、推进工作。（责任单位：市发改委）</p>')],
    ['x.md', 'Markdown', notice],
  ])('%s: %s', async (name, _, content) => {
    const bytes = new NoticeBytes(content);
    const r = await parseSource(bytes, { id: 'x', file: 'x', name, encoding: 'auto' });
    expect(r.value?.tasks.map((t) => t.units.map((u) => u.name))).toEqual([['市发改委']]);
    expect(() => bytes.peek()).toThrow('taken');
  });

  test('bytes given as they are give the same records as bytes handed over', async () => {
    const given = await parseSource(notice, { id: 'x', file: 'x', name: 'x.txt', encoding: 'auto' });
    const handed = await parseSource(new NoticeBytes(notice), { id: 'x', file: 'x', name: 'x.txt', encoding: 'auto' });
    expect(handed).toEqual(given);
  });
});
