/**
 * The parser's one entry, `parseSource`: bytes in, records out. Determinism
 * (one file's result never depends on what was parsed before it), and the
 * two bugs the typed-passes rebuild found: shared regex state and two
 * definitions of a line break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../../src/parse/parse-source.js';
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
