/**
 * Plain text with task tables in it: a table copied from Word or a spreadsheet
 * arrives as lines of tab-separated cells. Runs of such lines with a task
 * header (序号, 重点任务, 责任单位 …) go to the task-table reader; all other
 * lines pass through unchanged, each keeping its line number.
 */
import { LineSink, type SourceText } from './source.js';
import { buildGrid, findHeader, writeTable } from './table.js';
import { splitLines } from '../core/prepare.js';

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());
const isTableLine = (line: string) => (line.match(/\t/g)?.length ?? 0) >= 2;

/** Whether a text holds a tab-separated task table at all (cheap: most texts have no tab). */
export function hasTabTable(text: string): boolean {
  return text.includes('\t') && splitLines(text).filter(isTableLine).length >= 2;
}

export function readTabbedText(text: string, encoding: string): SourceText {
  const lines = splitLines(text);
  const sink = new LineSink();
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!isTableLine(lines[i])) {
      sink.push(lines[i], { line: i + 1, verbatim: true });
      continue;
    }
    let j = i;
    while (j < lines.length && isTableLine(lines[j])) j++;
    const rows = lines.slice(i, j).map(cellsOf);
    const grid = buildGrid(rows.map((r) => r.map((text) => ({ text, rowspan: 1, colspan: 1 }))));
    if (rows.length >= 2 && findHeader(grid)) {
      tables++;
      const start = i;
      sink.blank();
      writeTable(grid, sink, { table: tables, rowLocation: (r) => ({ line: start + r + 1, column: 1 }) });
      sink.blank();
    } else {
      for (let k = i; k < j; k++) sink.push(lines[k], { line: k + 1, verbatim: true });
    }
    i = j - 1;
  }
  return sink.result('text', encoding);
}
