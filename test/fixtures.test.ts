/**
 * Parser fixtures: each fixtures/parse/NAME.txt has NAME.expected.json with the
 * records expected from it (written from the specification, not from the parser).
 */
import { join } from 'node:path';
import { FIXTURES, listFiles, readText } from './helpers.js';
import { parseNotice } from '../src/core/parse.js';
import { loadToSimplified, looksTraditional } from '../src/text/traditional.js';

interface ExpectedTask {
  id: string;
  number?: string[];
  title?: string;
  units?: ({ name: string; role?: string } | string)[];
  openEnded?: boolean;
  deadline?: string | null;
}
interface Expected {
  description: string;
  metadata?: Record<string, unknown>;
  taskCount?: number;
  tasks?: ExpectedTask[];
  diagnostics?: { code: string; line?: number; column?: number }[];
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
    test('tasks', async () => {
      const doc = await load();
      if (expected.taskCount !== undefined) expect(doc.tasks.map((t) => t.id)).toHaveLength(expected.taskCount);
      for (const want of expected.tasks ?? []) {
        const t = doc.tasks.find((x) => x.id === want.id);
        expect([want.id, t ? 'found' : 'missing', doc.tasks.map((x) => x.id).join(' ')]).toEqual([want.id, 'found', expect.any(String)]);
        const got: Record<string, unknown> = { id: t!.id };
        if (want.number) got.number = t!.number;
        if (want.title !== undefined) got.title = t!.title;
        if (want.units) {
          got.units = want.units.map((u, i) => {
            const actual = t!.units[i];
            if (typeof u === 'string') return actual?.name;
            return u.role ? { name: actual?.name, role: actual?.role } : { name: actual?.name };
          });
          got.unitCount = t!.units.length;
        }
        if (want.openEnded !== undefined) got.openEnded = t!.openEnded;
        if (want.deadline !== undefined) got.deadline = t!.deadline;
        const wanted: Record<string, unknown> = { ...want };
        if (want.units) wanted.unitCount = want.units.length;
        expect(got).toEqual(wanted);
      }
    });
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
