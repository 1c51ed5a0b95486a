/**
 * parseNotice's reading of a flattened text hard-wrapped: its wrapped lines joined, its places mapped back to the
 * lines and columns of the text as written.
 */
import { join } from 'node:path';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { FIXTURES, readText } from '../helpers.js';

const wrapped = readText(join(FIXTURES, 'parse', 'd30-flattened-page-hard-wrapped-numbers-cut-at-line-ends.txt'));
const read = (text: string) => parseNotice(text, { id: 'x', file: 'x.txt' });
const summary = (text: string) => read(text).tasks.map((t) => [t.id, t.title, t.units.map((u) => u.name)]);

describe('a flattened text hard-wrapped', () => {
  test('reads as the one line it was', () => {
    const oneLine = wrapped.split('\n').join('');
    expect(summary(wrapped)).toEqual(summary(oneLine));
    expect(read(wrapped).tasks).toHaveLength(8);
  });

  test("each task's line, column and span stand at its number in the text as written", () => {
    const lines = wrapped.split('\n');
    const tasks = read(wrapped).tasks;
    expect(tasks.map((t) => t.line)).toEqual([9, 11, 12, 15, 17, 19, 21, 23]);
    for (const t of tasks) {
      const start = t.span!.start;
      const number = t.number[t.number.length - 1]!;
      expect([t.id, t.line, lines[start.line - 1]!.slice(start.column - 1, start.column - 1 + number.length)]).toEqual([t.id, start.line, number]);
      expect(wrapped.slice(start.offset, start.offset + number.length)).toBe(number);
      expect(t.span!.end.offset).toBeLessThanOrEqual(wrapped.length);
    }
  });

  test("a section's line is where its number stands, a part's number cut by the wrap where it starts", () => {
    const lines = wrapped.split('\n');
    const sections = read(wrapped).sections.flatMap((s) => [s, ...s.children]);
    const lineOf = (title: string) => sections.find((s) => s.title === title)?.line;
    expect(lines[lineOf('优化审批流程')! - 1]).toContain('（二）优化审批流程');
    expect(lines[lineOf('加强融资支持')! - 1]!.endsWith('（')).toBe(true);
    expect(lines[lineOf('强化法治保障')! - 1]).toContain('三、强化法治保障');
  });

  test('a text wrapped but not flattened is read line by line, as before', () => {
    const text = readText(join(FIXTURES, 'parse', 'd30-hard-wrapped-sentence-cut-inside-quote-ending-plan-address-tail.txt'));
    const doc = read(text);
    expect(doc.tasks.map((t) => t.line)).toEqual([16, 19, 24, 26]);
  });
});
