/**
 * Parser fixtures: each fixtures/parse/NAME.txt has NAME.expected.json with the
 * records expected from it (written from the specification, not from the parser).
 */
import { join } from 'node:path';
import { expectTasks, type Expected, FIXTURES, listFiles, readText } from '../helpers.js';
import { parseSource } from '../../src/parse/parse-source.js';

/** A fixture parsed as the CLI parses a .txt notice: through the parser's one entry. */
async function parseFixture(text: string, id: string, file: string) {
  const { value, diagnostics } = await parseSource(Buffer.from(text, 'utf8'), { id, file, name: file, encoding: 'utf-8' });
  // a negative fixture parses to a document with no tasks (and an error diagnostic)
  if (!value) throw new Error(`${file}: ${JSON.stringify(diagnostics)}`);
  return value;
}

const dir = join(FIXTURES, 'parse');
const names = listFiles(dir, '.expected.json').map((f) => f.replace('.expected.json', ''));

test('there are parser fixtures', () => {
  expect(names.length).toBeGreaterThan(10);
});

describe.each(names)('%s', (name) => {
  const expected = JSON.parse(readText(join(dir, `${name}.expected.json`))) as Expected;
  const load = async () => {
    const text = readText(join(dir, `${name}.txt`)).replace(/^\ufeff/, '');
    return parseFixture(text, name, `${name}.txt`);
  };

  if (expected.metadata) {
    test('metadata', async () => {
      const doc = await load();
      const got = Object.fromEntries(Object.keys(expected.metadata!).map((k) => [k, (doc as unknown as Record<string, unknown>)[k]]));
      expect(got).toEqual(expected.metadata);
    });
  }

  if (expected.taskCount !== undefined || expected.tasks) {
    test('tasks', async () => expectTasks(await load(), expected));
  }

  if (expected.diagnostics?.length) {
    test('diagnostics', async () => {
      const doc = await load();
      for (const want of expected.diagnostics!) {
        expect(doc.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining(want)]));
      }
    });
  }
});

describe('invariants on every fixture and seed', () => {
  const files = [...names.map((n) => join(dir, `${n}.txt`)), ...listFiles(join(FIXTURES, '..', 'seeds'), '.txt').map((f) => join(FIXTURES, '..', 'seeds', f))];
  test.each(files)('%s', async (file) => {
    const text = readText(file).replace(/^\ufeff/, '');
    const doc = await parseFixture(text, 'x', file);
    const lineCount = text.split(/\r\n|\r|\n/).length;
    const lines = doc.tasks.map((t) => t.line);
    // tasks in document order, on lines that exist
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    for (const l of lines) expect(l >= 1 && l <= lineCount).toBe(true);
    for (const d of doc.diagnostics) if (d.line !== undefined) expect(d.line >= 1 && d.line <= lineCount).toBe(true);
    // ids unique; numbers match ids; every unit named
    expect(new Set(doc.tasks.map((t) => t.id)).size).toBe(doc.tasks.length);
    for (const t of doc.tasks) {
      expect(t.number.length).toBe(t.id.replace(/^A\d+\./, '').split('.').length);
      for (const u of t.units) expect(u.name.length > 0 && u.raw.length > 0 && ['lead', 'responsible', 'cooperating'].includes(u.role)).toBe(true);
    }
    // spans: inside the text, in order, starting at the task's number on its line
    let previous = -1;
    for (const t of doc.tasks) {
      if (!t.span) continue;
      const { start, end } = t.span;
      expect([t.id, start.line, start.offset <= end.offset, end.offset <= text.length, start.offset > previous]).toEqual([t.id, t.line, true, true, true]);
      previous = start.offset;
    }
    // records survive JSON unchanged
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
