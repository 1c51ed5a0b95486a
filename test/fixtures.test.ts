/**
 * Parser fixtures: each fixtures/parse/NAME.txt has NAME.expected.json with the
 * records expected from it (written from the specification, not from the parser).
 */
import { join } from 'node:path';
import { expectTasks, type Expected, FIXTURES, listFiles, readText } from './helpers.js';
import { parseNotice } from '../src/core/parse.js';
import { loadToSimplified, looksTraditional } from '../src/text/traditional.js';

const dir = join(FIXTURES, 'parse');
const names = listFiles(dir, '.expected.json').map((f) => f.replace('.expected.json', ''));

test('there are parser fixtures', () => {
  expect(names.length).toBeGreaterThan(10);
});

describe.each(names)('%s', (name) => {
  const expected = JSON.parse(readText(join(dir, `${name}.expected.json`))) as Expected;
  const load = async () => {
    const text = readText(join(dir, `${name}.txt`)).replace(/^\ufeff/, '');
    const toSimplified = looksTraditional(text) ? await loadToSimplified() : undefined;
    return parseNotice(text, { id: name, file: `${name}.txt`, toSimplified });
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
