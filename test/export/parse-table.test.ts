/** The terminal table of `parse`: what a notice holds never breaks its columns or reaches the terminal raw. */
import { toTable } from '../../src/export/parse-table.js';
import { stringWidth } from '../../src/export/table.js';
import { parse } from '../helpers.js';

const plain = { title: (s: string) => s, dim: (s: string) => s, header: (s: string) => s };

test('a tab, a line break or an escape sequence in a task is shown on one line, and every row keeps the columns', () => {
  const doc = parse('一、工作\n（一）严格督查问责。对进度滞后的项目实行挂牌督办。（责任单位：区政府督查室）\n（二）强化宣传。加强宣传。（责任单位：区委宣传部）\n');
  expect(doc.tasks.map((t) => t.id)).toEqual(['1.1', '1.2']);
  // whatever a reader of another format leaves in a record (a table cell's tab, a line break) reaches the table
  doc.tasks[0]!.title = '严格督查\t问责\n对进度\u001b[2J滞后';
  const out = toTable([doc], 'en', null, plain);
  expect(out).not.toMatch(/[\t\u001b]/);
  // the header, its rule and both rows end at the same column (the line number is right-aligned): a tab would shift its row
  const lines = out.split('\n');
  const header = lines.findIndex((l) => l.startsWith('ID'));
  const table = lines.slice(header, header + 4);
  expect(table[3]).toMatch(/^1\.2 /);
  expect(new Set(table.map((l) => stringWidth(l.trimEnd()))).size).toBe(1);
});
