/**
 * Plain text with task tables in it. A table copied from Word or a spreadsheet
 * arrives as lines of tab-separated cells; one copied from a web page often
 * arrives with every cell on a line of its own (序号 / 重点任务 / 牵头单位 / …,
 * then 1 / the task / the units / …). Such tables go to the task-table reader;
 * all other lines pass through unchanged, each keeping its line number.
 */
import { LineSink, type SourceLocation, type SourceText } from './source.js';
import { buildGrid, classify, findHeader, writeTable, type ColumnRole } from './table.js';
import { isUnitColumn, MEASURE_VALUE, NAMED_ORDINAL, SEQ_UNDER_CATEGORY, withMeasureUnitColumn, WRAPPED_DATE_HEADS, WRAPPED_DATE_TAILS } from '../lexicon/tables.js';
import { diag } from '../../model/diagnostic.js';
import { splitLines } from '../../model/position.js';
import { matchHeading, toCircled, type NumberStyle } from '../markers.js';
import { toChineseNumeral } from '../lexicon/numerals.js';
import { BRANCH_RE, branchRunsOn, bureauBranchRunsOn, hasUnitSuffix, isNamedTownship, SHARED_ORGAN_ALONE, isCatchAll, isRegionCollective, NAME_OPENING, nameRunsOnAfterBreak, OWN_ORGANISATION_RE } from '../lexicon/units.js';
import { NAME_ROLE_TAIL } from '../lexicon/roles.js';
import { isSurname } from '../lexicon/persons.js';
import { foldWidth } from '../chars.js';
import { compiledPattern, matchesFrom, replaceEvery } from '../lexicon/regex.js';
import { topLevelParts } from '../lexicon/brackets.js';
import { gluedHeaderCells, gluedTableAt } from './glued-table.js';
import { isChromeLine, isPageFooterLine } from '../lexicon/furniture.js';

const cellsOf = (line: string) => line.split('\t').map((c) => c.trim());
const isTableLine = (line: string | undefined) => line !== undefined && (line.match(/\t/g)?.length ?? 0) >= 2;
const SEQ_HEADER_LINE = /^[ \t\u3000]*(序号|编号|序號|編號|[序编編][ \t\u3000]{1,4}[号號])([ \t\u3000]*$|[ \u3000]{1,}\S|[ \t\u3000]*[|｜])|^[ \t\u3000]*[序编編][ \u3000]{2,}\S[^\n]*\n[ \t\u3000]*[号號](?:[ \t\u3000]*$|[ \u3000]{2,}\S)|^[^\n|｜]{1,12}[|｜][ \t\u3000]*(序号|编号|序號|編號)[ \t\u3000]*[|｜]|^[ \u3000]*[\u4e00-\u9fa5]{2,4}[ \u3000]{2,}(序号|编号|序號|編號)[ \u3000]{2,}\S|^[ \t\u3000]*[序编編][ \t\u3000]*\n[^\n]*\S[^\n]*\n[ \t\u3000]*[号號][ \t\u3000]*$/m;
const SEQ_WORD = /^(序号|编号|序號|編號)$/;
const SPACED_SPLIT = /[ \u3000]{2,}|\t/;
const spacedCells = (line: string) => line.trim().split(SPACED_SPLIT);

/** Whether a text holds a tab-separated task table at all (cheap: most texts have no tab). */
export function hasTabTable(text: string): boolean {
  return text.includes('\t') && splitLines(text).filter(isTableLine).length >= 2;
}

/**
 * The lines that hold text, with the 1-based line each stands on, where a copy is double-spaced (a blank line
 * between nearly every two lines, as a page's paragraphs copy): its blank lines part nothing, not even a table's
 * cells. Null where the blank lines may mean something.
 */
function doubleSpacedLines(lines: readonly string[]): { lines: string[]; at: number[] } | null {
  const at: number[] = [];
  let adjacent = 0;
  lines.forEach((l, i) => {
    if (!l.trim()) return;
    if (at.length && at[at.length - 1] === i) adjacent++;
    at.push(i + 1);
  });
  if (at.length <= 4 || adjacent > at.length * 0.1) return null;
  return linesAt(lines, at);
}

/**
 * The lines with a copy's page breaks taken out, each line keeping its own place: a page number or a 续表 mark on a
 * line of its own (— 3 —, 第 2 页 共 5 页), the blank lines around it but one, and a table's header repeated at the
 * top of the next page, where the break stands between two lines of text (a table's rows or cells, which it would part).
 * Null where the text has none.
 */
function withoutPageBreaks(lines: readonly string[]): { lines: string[]; at: number[] } | null {
  if (!lines.some(isPageFooterLine)) return null;
  // each line as compared with a header's: its spaces aside
  const keys = lines.map((l) => l.replace(/\s+/g, ''));
  const drop = new Set<number>();
  const headers = new Map<string, number>();
  lines.forEach((l, i) => {
    if (SEQ_IN_HEADER.test(keys[i]!) && !headers.has(keys[i]!)) headers.set(keys[i]!, i);
    if (!isPageFooterLine(l) || drop.has(i)) return;
    let from = i;
    while (from > 0 && !keys[from - 1]) from--;
    let to = i + 1;
    while (to < lines.length && !keys[to]) to++;
    if (from === 0 || to === lines.length) return;
    // a table's header after the break: its own repeated is passed over; another table's starts there, apart
    const repeated = repeatedHeaderLength(keys, headers.get(keys[to]!), from, to);
    if (!repeated && SEQ_IN_HEADER.test(keys[to]!)) return;
    to += repeated;
    // where the copy parts its lines by blank lines (a table's cells: the line before the break stands after a blank),
    // one blank line of those around it stays, and they stay apart
    const parted = from >= 2 && !keys[from - 2] && (from < i || (to > i + 1 && !repeated));
    const kept = !parted ? -1 : from < i ? from : i + 1;
    for (let k = from; k < to; k++) if (k !== kept) drop.add(k);
  });
  return drop.size ? linesAt(lines, lines.flatMap((_, i) => (drop.has(i) ? [] : [i + 1]))) : null;
}

const SEQ_IN_HEADER = /序号|编号|序號|編號|^[序编編]/;

/**
 * How many lines from `at` on repeat a table's header written from `start` on, before `before` (lines compared by their
 * keys; a header's lines at most).
 */
function repeatedHeaderLength(keys: readonly string[], start: number | undefined, before: number, at: number): number {
  if (start === undefined || start >= before) return 0;
  let n = 0;
  while (n < MAX_HEADER_LINES && start + n < before && at + n < keys.length && keys[start + n] === keys[at + n]) n++;
  return n;
}

/** The lines at the given 1-based places, each with its place. */
const linesAt = (lines: readonly string[], at: number[]): { lines: string[]; at: number[] } => ({ lines: at.map((n) => lines[n - 1]!), at });

/** Whether a text may hold a task table: tab-separated, columns set apart by runs of spaces, or one cell per line, under a 序号 header. */
export function hasTextTable(text: string): boolean {
  const spaced = text.includes('\n\n') ? doubleSpacedLines(splitLines(text)) : null;
  return spaced ? anyTextTable(spaced.lines.join('\n')) : anyTextTable(text);
}

function anyTextTable(text: string): boolean {
  return hasTabTable(text) || SEQ_HEADER_LINE.test(text) || hasPipeHeader(text) || UNIT_HEADER_LINE.test(text) || GLUED_HEADER_LINE.test(text) || HEADERLESS_PIPE_ROWS.test(text) || ONE_LINE_HEADER.test(text) || hasOneLinePipeTable(text);
}

/** A `|` table copied onto one line with the text around it (…目录 序号 | 事项名称 | … | 1 | …), which the line-by-line look passes over. */
function hasOneLinePipeTable(text: string): boolean {
  return PIPE_SEQ_CELL.test(text) && splitLines(text).some((line) => line.length >= ONE_LINE_TABLE_MIN && pipeTableHeaderAt(line) !== null);
}

/** A table's header and first row number inside a line, one space between words (…分解表 序号 项目名称 … 配合单位 1 建成…). */
const ONE_LINE_HEADER = /(?:^|[ \u3000])(?:序号|序號) [^\n ]{1,20}(?: [^\n ]{1,20}){0,40} (?:1 |一[ 、])/;

/** Rows 1 and 2 of a `|` table written a cell a line, its header lost: `1 |` and `2 |` on lines of their own. */
const HEADERLESS_PIPE_ROWS = /^[ \t\u3000]*1[ \t\u3000]*[|｜][ \t\u3000]*$[\s\S]*^[ \t\u3000]*2[ \t\u3000]*[|｜][ \t\u3000]*$/m;

/** A header whose cells were glued together (类别序号重点督办内容牵头单位全年完成情况): 序号 near its start, a unit column after it. */
const GLUED_HEADER_LINE = /^[ \t\u3000]*[^\s|｜，,。]{0,6}序号[^\s|｜，,。]{2,40}(?:单位|部门)[^\s|｜，,。]{0,16}[ \t\u3000]*$/m;

/** A unit column's header on a line of its own (责任单位, 牵头部门, 責任單位): a table flattened a cell a line may have no 序号 column. */
const UNIT_HEADER_LINE = /^[ \t\u3000]*(?:牵头|责任|配合|承办|实施|牽頭|責任)?(?:责任|責任)?(?:单位|部门|單位|部門)[ \t\u3000]*$/m;

/**
 * `|` cells that name a task column and a unit column before any number: on one
 * line (工作任务 | 具体要求 | 责任单位 |) or one cell a line (工作任务 | / 具体工作要求 | / 责任单位 |).
 */
function hasPipeHeader(text: string): boolean {
  if (!text.includes('|') && !text.includes('｜')) return false;
  let run: string[] = [];
  const all = splitLines(text);
  for (const [k, line] of all.entries()) {
    const cells = barCellsAt(all, k);
    if (!cells || line.length >= 200) {
      run = [];
      continue;
    }
    for (const cell of cells) {
      const c = cell.replace(/\s+/g, '');
      if (!c) continue;
      if (isNumberingCell(c)) {
        if (run.length >= 3 && hasTaskAndUnits(run.slice(-12))) return true;
        run = [];
      } else run.push(c);
    }
    if (run.length >= 3 && hasTaskAndUnits(run.slice(-12))) return true;
  }
  return false;
}

/** A row of cells; `merged`: a category row, one cell across the row; `side`: a value of a category column (a unit cell merged over the rows goes on past it). */
type Row = { cells: string[]; line: number; merged?: boolean; side?: boolean };

/** A table found in the lines: its rows (header first) with their source lines, and the index after it. */
interface FoundTable {
  rows: Row[];
  next: number;
  /** A Markdown table (its header ruled with | --- |): no cell is merged, an empty cell is empty. */
  unmerged?: true;
  /** Notes written in brackets after header words (排在第一位的为牵头单位), with their 0-based lines: kept as lines before the table. */
  notes?: { text: string; line: number }[];
}

function tabTableAt(lines: string[], i: number): FoundTable | null {
  if (!isTableLine(lines[i])) return null;
  const rows: Row[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const width = rows[0]?.cells.length ?? 0;
    const split = rows.length ? splitCellRow(lines, j, width) : null;
    if (split) {
      rows.push({ cells: split.cells, line: j + 1 });
      j = split.last;
    } else if (isTableLine(lines[j])) {
      const cells = cellsOf(lines[j]!);
      // a header of two tiers (任务分工 over 部署任务 and 落实措施, 责任分工 over 牵头单位 and 责任单位): one header, the lower
      // tier's words where it has them
      const above = rows.at(-1);
      const merged = above && rows.length <= HEADER_ROWS_MAX ? subHeaderBelow(above.cells.map((c) => c.trim()), cells.map((c) => c.trim())) : null;
      if (above && merged && above.cells.some((c) => classify(c.trim()) === 'seq')) {
        rows[rows.length - 1] = { ...above, cells: merged };
        continue;
      }
      // a category row between the rows, its first cell alone filled and the others left empty (一、加快重大项目建设\t\t\t)
      const category = rows.length > 0 && cells.slice(1).every((c) => !c.trim()) && isCategoryCell(cells[0]!.trim());
      // or numbered in the 序号 column, its name in the next cell (一\t危险化学品安全专项整治\t\t\t)
      const numbered = rows.length > 0 && BARE_CN_SEQ.test(cells[0]!.trim()) && cells[1]!.trim() !== '' && cells.slice(2).every((c) => !c.trim());
      if (numbered) rows.push({ cells: [`${cells[0]!.trim()}、${cells[1]!.trim()}`], line: j + 1, merged: true });
      else rows.push(category ? { cells: [cells[0]!.trim()], line: j + 1, merged: true } : { cells, line: j + 1 });
    }
    // a category row between the rows, one cell with no tab (一、扩大有效投资)
    else if (rows.length && isCategoryCell(lines[j]!) && isTableLine(lines[j + 1])) rows.push({ cells: [lines[j]!.trim()], line: j + 1, merged: true });
    else break;
  }
  return rows.filter((r) => !r.merged).length >= 2 ? { rows, next: j } : null;
}

/** The row a TAB table's header may stand in (a caption and a title line above it). */
const HEADER_ROWS_MAX = 3;

/** Most lines one row's cells may run over when its cells hold line breaks. */
const MAX_ROW_LINES = 12;

/**
 * A row whose cells hold line breaks (a Word cell of several paragraphs: 3→推进农村厕所革命。 / 新改建…→县农业农村局→…,
 * or a unit cell of one name a line: …→市自然资源和规划局 / 市住建局 / 各县（市）区人民政府→2023年6月底前): the line
 * stops short of the header's width, and each line after it goes on with the cell it breaks, then starts the cells
 * after its tabs, until the row has the header's cells at a line's end. Null unless it does, within a few lines,
 * before the next row (a line opening with its number and a tab).
 */
function splitCellRow(lines: string[], j: number, width: number): { cells: string[]; last: number } | null {
  const line = lines[j];
  if (line === undefined || !line.includes('\t')) return null;
  const cells = cellsOf(line);
  if (cells.length >= width || !cells.at(-1)) return null;
  for (let k = j + 1; k < lines.length && k <= j + MAX_ROW_LINES; k++) {
    const next = lines[k]!;
    const pieces = cellsOf(next);
    if (!next.trim() || (next.includes('\t') && isSeqCell(pieces[0] ?? ''))) return null;
    cells[cells.length - 1] = `${cells.at(-1)!}\n${pieces[0]}`;
    cells.push(...pieces.slice(1));
    if (cells.length > width) return null;
    if (cells.length === width) return { cells, last: k };
  }
  return null;
}

/** The next line with text from `from` on: blank lines and page numbers between a table's cells (— 5 —) are passed over. */
const nextFilled = (lines: readonly string[], from: number) => {
  let k = from;
  while (k < lines.length && (!lines[k]?.trim() || isPageFooterLine(lines[k]!))) k++;
  return k;
};

/**
 * A table whose columns are set apart by two or more spaces (a PDF or web copy):
 * a header starting with 序号, then rows with exactly as many cells. A row with
 * more or fewer (an empty cell, or a cell with spaces in it) cannot be split with
 * certainty: the table ends before it, with a warning.
 */
function spacedTableAt(lines: string[], i: number, sink: LineSink): FoundTable | null {
  const first = lines[i];
  if (first === undefined) return null;
  // columns set apart by runs of spaces; or, in a copy that kept one space, by single spaces
  // under a header whose words may be letter-spaced (序号 任 务 内 容 责任部门)
  const wide = spacedCells(first).map(withoutLetterSpaces);
  let split = wide.length >= 3 ? spacedCells : singleSpacedCells;
  let header = wide.length >= 3 ? wide : joinLetterSpaced(singleSpacedCells(first));
  // 序号 first, or after a category column whose value stands on its group's first row only (类别　序号　项目内容 …)
  const seqBelow = SEQ_HEAD.test(header[0] ?? '') && SEQ_TAIL.test(spacedCells(lines[i + 1] ?? '')[0] ?? '') && wide.length >= 3;
  let numberCol = SEQ_WORD.test(header[0] ?? '') || seqBelow ? 0 : classify(header[0] ?? '') === 'section' && SEQ_WORD.test(header[1] ?? '') && wide.length >= 3 ? 1 : -1;
  // a table set in full-width spaces, one between columns (序号　攻坚任务　　　责任领导　责任单位　　完成时限)
  if (numberCol < 0 && first.includes('\u3000')) {
    const full = fullWidthCells(first);
    if (SEQ_WORD.test(full[0] ?? '') && full.length >= 3 && hasTaskAndUnits(full)) {
      [split, header, numberCol] = [fullWidthCells, full, 0];
    }
  }
  // 序 over the header's words and 号 under them (a header centred vertically in a layout copy): its rows read from under 号
  if (numberCol < 0 && wide.length >= 3 && SEQ_HEAD.test(lines[i - 1]?.trim() ?? '') && SEQ_TAIL.test(lines[i + 1]?.trim() ?? '') && hasTaskAndUnits(wide)) {
    const centred = ['序号', ...wide];
    const layout = layoutBlock(lines, i + 2, centred, 0, indentOf(first));
    return layout && layoutRows(lines, i, centred, layout);
  }
  if (header.length < 3 || numberCol < 0) return null;
  if (split === singleSpacedCells && !hasTaskAndUnits(header)) return null;
  const written = header.join('|');
  // a header wrapped in its cells (牵头 / 单位 under it): the pieces join their cells
  let measure = split === spacedCells ? columnMeasure(first, lines.slice(i + 1, i + FIRST_ROW_LOOK).find((l) => isSeqCell(spacedCells(l)[0] ?? ''))) : displayWidth;
  // (a header whose wrapped cells a layout copy centred on it (牵头 / 序号  重点任务  责任单位 / 单位), or a spanning cell over
  // its sub-columns (责任单位 / 序号  主要任务  完成时限 / 牵头单位  配合单位): its lines above and below fill it in)
  let wrap = split === spacedCells ? (headerWrapAround(lines[i - 1] ?? '', first, lines[i + 1] ?? '', measure) ?? headerWrapBelow(first, lines[i + 1] ?? '', header, measure)) : null;
  // (a header whose wrapped pieces stand under its words only when counted the other way says how the copy counts)
  if (split === spacedCells && !wrap) {
    const other = measure === charCount ? displayWidth : charCount;
    const otherWrap = headerWrapBelow(first, lines[i + 1] ?? '', header, other);
    if (otherWrap) [wrap, measure] = [otherWrap, other];
  }
  const columns = wrap?.cells ?? header;
  const starts = wrap?.starts ?? spacedCellStarts(first, measure);
  const rows: Row[] = [{ cells: columns, line: i + 1 }];
  const roles = columns.map(classify);
  const unitColumns = new Set(roles.flatMap((r, n) => (isUnitColumn(r) ? [n] : [])));
  // where the last row that filled every column had its cells: a layout copy's columns, the header's words centred off them
  let rowStarts: CellStart[] | null = null;
  // a row's cells under the header's or those columns, unless a time limit falls under a unit column (3  推进丙项工作  2024年底前:
  // the unit cell is empty, but which one cannot be told)
  // (nor where the category column is filled and the task column after it left empty: a copy whose cells stand nowhere
  // near the header's words, its category cell left out, put the task under the category)
  const taskColumn = roles.findIndex((r) => TASK_ROLES.has(r));
  const categoryColumn = roles.indexOf('section');
  const placedUnder = (at: readonly CellStart[], line: string, fromRow: boolean) => {
    const cells = cellsUnderHeader(at, line, columns.length, numberCol, measure, fromRow);
    const taskUnderCategory = categoryColumn >= 0 && categoryColumn < taskColumn && cells?.[categoryColumn] && !cells[taskColumn];
    return cells && !taskUnderCategory && !cells.some((c, n) => unitColumns.has(n) && isTimeCell(c)) ? cells : null;
  };
  let k = wrap ? i + 2 : i + 1;
  // a layout copy read by where its pieces stand: cells centred vertically (a row's number on its middle line, its long
  // cells above and below it) are read so only; rows whose number opens them are read so when the reading by cells stops
  // short of it (cells one space apart or none)
  const saidBefore = sink.diagnostics.length;
  const layout = split === spacedCells ? layoutBlock(lines, k, columns, numberCol, indentOf(first)) : null;
  if (layout && !layout.topAligned) return layoutRows(lines, i, columns, layout);
  let short = false;
  // blank lines between the header and its first row (a copy that set each row apart): passed over when a row follows
  const firstRow = nextFilled(lines, k);
  if (firstRow > k && (isSeqCell(split(lines[firstRow] ?? '')[0] ?? '') || categoryBeforeRow(lines, firstRow, split, columns.length, numberCol))) k = firstRow;
  for (; k < lines.length; k++) {
    let line = lines[k];
    // a page number between the rows (— 3 —), blank lines around it: the table goes on when a row follows
    if (line !== undefined && rows.length >= 2 && (!line.trim() || isPageFooterLine(line))) {
      let after = nextFilled(lines, k);
      // the header repeated at the top of the next page (wrapped as before): the table goes on under it
      if (lines.slice(k, after).some((l) => isPageFooterLine(l)) && split(lines[after] ?? '').map(withoutLetterSpaces).join('|') === written) after = nextFilled(lines, after + (wrap ? 2 : 1));
      const cellsAfter = split(lines[after] ?? '');
      // a row of the table goes on after it; another table's header does not (序号 … again)
      const wrapped = cellsAfter.length < columns.length && !isSeqCell(cellsAfter[0] ?? '');
      // (or blank lines alone, a PDF layout copy's space between rows, before the next row by its number or a category
      // row over the rows after it)
      const nextRow = rowNumberedNext(rows, numberCol, cellsAfter, columns.length);
      const goesOn = nextRow || categoryBeforeRow(lines, after, split, columns.length, numberCol);
      if (after === k || (!lines.slice(k, after).some((l) => isPageFooterLine(l)) && !goesOn) || (cellsAfter.length !== columns.length && !wrapped && !nextRow) || SEQ_WORD.test(cellsAfter[0] ?? '')) break;
      k = after;
      line = lines[k];
    }
    if (line === undefined || !line.trim()) break;
    if (split === spacedCells) line = joinPaddedNames(line);
    let cells = split(line);
    // a cell that filled its column, one space before the next (…压缩至15个工作日。 市住建局): apart at its sentence's end
    if (split === spacedCells && cells.length === columns.length - 1) {
      const at = cells.findIndex((c) => SENTENCE_THEN_CELL.test(c));
      const cell = cells[at];
      if (cell !== undefined && cells.filter((c) => SENTENCE_THEN_CELL.test(c)).length === 1) {
        const cut = cell.search(SENTENCE_THEN_CELL) + 1;
        cells = [...cells.slice(0, at), cell.slice(0, cut), cell.slice(cut + 1), ...cells.slice(at + 1)];
      }
    }
    // a category row between the rows (一、产业发展)
    // (its mark and title may stand apart: （一）  市容环境整治)
    if (split !== singleSpacedCells && cells.length <= 2 && cells.length < columns.length && sectionRowAt(lines, k)?.next === k + 1 && !ENUMERATED_NUMBERS.test(line.trim())) {
      rows.push({ cells: [cells.join('')], line: k + 1, merged: true });
      continue;
    }
    if (cells.length !== columns.length) {
      // one space between cells, and a cell empty or split by a space of its own: the rows are read by content
      // (a later row too, when that reading goes past it: the rows above, read by their places, are read again with it)
      const trial = new LineSink();
      const byContent = split === singleSpacedCells ? singleSpacedByContent(lines, i, header, trial) : null;
      if (split === singleSpacedCells && (rows.length === 1 || (byContent && byContent.next > k))) {
        sink.diagnostics.push(...trial.diagnostics);
        return byContent;
      }
      // a row with an empty cell: each cell under the header's cell it stands under (a 完成时限 left empty, a category
      // column's value on its group's first row only)
      const placed = split === spacedCells && cells.length < columns.length ? (placedUnder(starts, line, false) ?? (rowStarts && placedUnder(rowStarts, line, true))) : null;
      if (placed) {
        rows.push({ cells: placed, line: k + 1 });
        continue;
      }
      // (or, where the cells stand nowhere near the header's words, by what they hold: a category cell left out)
      const uncategorised = split === spacedCells ? categoryCellLeftOut(cells, roles, numberCol, rows.findLast((r) => !r.merged && r !== rows[0])?.cells) : null;
      if (uncategorised) {
        rows.push({ cells: uncategorised, line: k + 1 });
        continue;
      }
      // a cell wrapped onto a line of its own, its text standing under the cell it goes on (…区城市更新局、 / 各街道办事处)
      const above = rows[rows.length - 1]!;
      if (split === spacedCells && rows.length >= 2 && cells.length < columns.length && continueCellsBelow(above, joinPaddedNames(lines[above.line - 1]!), line, starts, unitColumns, numberCol, measure, rowStarts)) continue;
      // in full-width spacing, an indented line of one cell goes on the row's task cell, or its unit cell where it names units
      if (split === fullWidthCells && rows.length >= 2 && cells.length === 1 && /^[ \u3000]/.test(line) && !above.merged) {
        const at = looksLikeUnitLine(cells[0]) ? roles.findIndex(isUnitColumn) : roles.findIndex((r) => TASK_ROLES.has(r));
        if (at >= 0) {
          above.cells[at] = `${above.cells[at] ?? ''}${cells[0]}`;
          continue;
        }
      }
      sink.diagnostics.push(diag('table-cells-uneven', { row: rows.length, columns: columns.length }, k + 1));
      short = true;
      break;
    }
    // the next category glued to the row's last cell by a lost line break (2022年10月二、城乡建设)
    const glued = GLUED_CATEGORY.exec(cells.at(-1) ?? '');
    if (glued && isDeadlineLine(glued[1]!) && !ENUMERATED_NUMBERS.test(glued[2]!)) {
      rows.push({ cells: [...cells.slice(0, -1), glued[1]!], line: k + 1 }, { cells: [glued[2]!], line: k + 1, merged: true });
      continue;
    }
    if (split === spacedCells) rowStarts = spacedCellStarts(line, measure);
    rows.push({ cells, line: k + 1 });
  }
  const placed = short && layout ? layoutRows(lines, i, columns, layout) : null;
  if (placed && placed.rows.length > rows.length) {
    // (the reading by cells' warnings go with it)
    sink.diagnostics.length = saidBefore;
    return placed;
  }
  return rows.length >= 2 ? { rows: nestDottedRows(rows, numberCol), next: k } : null;
}

/** A category row at the margin of a table read by where its pieces stand: 一、推进城市有机更新 (short, no sentence). */
const CENTRED_CATEGORY = /^[一二三四五六七八九十]{1,3}、[^。；;\s]{2,30}\s*$/;

/** How many lines a page's break (blank lines, its number, the header again) may take in a table read by where its pieces stand. */
const PAGE_BREAK_REACH = 12;

/** How many lines of a row's upper half may stand above its number's line in a table whose cells are centred vertically. */
const CENTRED_ABOVE_MAX = 4;

/**
 * A row's number at a layout table's margin (1, then two spaces or the line's end), the margin where the header's first
 * cell stands (a page's copy indents the whole table): the number, or null.
 */
function layoutRowNumber(line: string | undefined, margin: number): number | null {
  const m = LAYOUT_ROW_NUMBER.exec(line ?? '');
  return m && m[1]!.length <= margin + LAYOUT_MARGIN_SLACK ? Number(m[2]) : null;
}
const LAYOUT_ROW_NUMBER = /^(\s*)(\d{1,3})(?:\s{2,}|$)/;
/** How far from the margin a row's number may stand, and how much further in a cell's line starts at least. */
const LAYOUT_MARGIN_SLACK = 2;

/** The spaces a line opens with. */
const indentOf = (line: string): number => line.length - line.trimStart().length;

/** A line that opens inside the table, past its number's column (a cell's line with no number). */
const opensPastMargin = (line: string, margin: number): boolean => indentOf(line) > margin + LAYOUT_MARGIN_SLACK && line.trim() !== '';

/** A category row at the margin between a layout table's rows (一、推进城市有机更新), after which the rows may be numbered from 1 again. */
const layoutCategoryAt = (line: string | undefined): boolean => !!line && CENTRED_CATEGORY.test(line) && spacedCells(line).length <= 2;

/** The lines of a table copied by `pdftotext -layout` under its header, as `layoutBlock` finds them. */
interface LayoutBlock {
  /** The first line under the header with text, and the line after the block's last. */
  first: number;
  end: number;
  /** The lines of the rows' numbers, and of the category rows with their text. */
  anchors: number[];
  categories: Map<number, string>;
  /** Each row's number opens it (not centred on its middle line). */
  topAligned: boolean;
  /** Where the rows' numbers stand: the header's indent. */
  margin: number;
  /** Whether a line is the header again at the top of a page (its 序 and 号 on lines of their own too). */
  headerAgain: (line: string) => boolean;
}

/**
 * A table copied by `pdftotext -layout`, read by where its pieces stand: its block of lines under the header. Its cells
 * may be centred vertically: each row's number stands on the row's middle line with its one-line cells, its longer
 * cells' lines above and below it (深化…标准地” 高新区行政审批服务 / 1 … 2024年6月 / 审批，实现项目…。 部); or each row's number
 * opens it (`topAligned`). Category rows at the margin (一、…) stand between the rows, whose numbers may start again at 1
 * after them; a page's break (its number, the header again) is passed over. The block ends before two blank lines or a
 * line at the margin that is no row's number. Null unless rows numbered 1, 2, 3 … in turn start within a few lines of
 * the header, and, for rows whose number opens them, some cell wraps (rows a line each are the reading by cells' to read).
 */
function layoutBlock(lines: string[], from: number, columns: string[], numberCol: number, headerIndent: number): LayoutBlock | null {
  if (numberCol !== 0) return null;
  const first = nextFilled(lines, from);
  const firstRow = layoutCategoryAt(lines[first]) ? nextFilled(lines, first + 1) : first;
  // the margin is where the first row's number stands, not further in than the header's first cell
  const numbered = lines.slice(firstRow, firstRow + CENTRED_ABOVE_MAX + 1).find((l) => layoutRowNumber(l, headerIndent) !== null);
  const margin = numbered === undefined ? headerIndent : indentOf(numbered);
  const topAligned = layoutRowNumber(lines[firstRow], margin) !== null;
  const anchors: number[] = [];
  const categories = new Map<number, string>();
  let end = first;
  let blanks = 0;
  let last = 0;
  const written = [columns.join('|'), columns.slice(1).join('|')];
  const headerAgain = (line: string) => SEQ_HEAD.test(line.trim()) || SEQ_TAIL.test(line.trim()) || written.includes(spacedCells(line).map(withoutLetterSpaces).join('|'));
  // whether a page's break at line k has a page number and the header again after it, then an indented line or the next row
  const goesOnAfter = (k: number) => {
    let at = k;
    let paged = false;
    for (; at < lines.length && at < k + PAGE_BREAK_REACH; at++) {
      const l = lines[at]!;
      if (l.trim() && !isPageFooterLine(l) && !headerAgain(l)) break;
      paged ||= isPageFooterLine(l) || headerAgain(l);
    }
    return paged && (opensPastMargin(lines[at] ?? '', margin) || layoutRowNumber(lines[at], margin) === last + 1 || layoutCategoryAt(lines[at]));
  };
  for (let k = first; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.trim() || isPageFooterLine(line) || (anchors.length && headerAgain(line))) {
      // blank lines end the table, unless the next page goes on with it (a page number, the header again, then rows)
      if (++blanks >= 2 && anchors.length && !goesOnAfter(k)) break;
      continue;
    }
    blanks = 0;
    const n = layoutRowNumber(line, margin);
    if (layoutCategoryAt(line)) {
      categories.set(k, line.trim());
      last = 0;
    } else if (n !== null) {
      if (n !== last + 1 && !(n === 1 && categories.size)) break;
      anchors.push(k);
      last = n;
    } else if (!opensPastMargin(line, margin) || (!anchors.length && k - firstRow >= CENTRED_ABOVE_MAX)) break;
    end = k + 1;
  }
  const wrapped = lines.slice(first, end).filter((l) => l.trim() && !isPageFooterLine(l) && !headerAgain(l) && !layoutCategoryAt(l)).length - anchors.length;
  if (anchors.length < 2 || anchors[0]! - firstRow >= CENTRED_ABOVE_MAX || (topAligned && wrapped === 0)) return null;
  return { first, end, anchors, categories, topAligned, headerAgain, margin };
}

/**
 * The rows of a layout table's block. The columns are where the block's words start most often, one for each header
 * cell; a piece run into the next column (one space apart or none) is cut near where that column starts. A line between
 * two numbers of cells centred vertically belongs to the row whose task cell it goes on (the row above until its task's
 * sentence ends), or whose unit cell it finishes, or else to the nearer number; of rows whose number opens them, to the
 * row above. Null when the columns are not found, or a time limit falls under a unit column.
 */
function layoutRows(lines: string[], i: number, columns: string[], block: LayoutBlock): FoundTable | null {
  const { first, end, anchors, categories, topAligned, headerAgain } = block;
  // the count of places under which the block's pieces line up best: a layout copy's a character a place, a monospaced one's
  // a Chinese character two
  const text = lines.slice(first, end).filter((_, n) => !categories.has(first + n));
  const [found, measure] = [charCount, displayWidth]
    .map((m) => [centredColumnStarts(text, columns.length, m, block.margin), m] as const)
    .reduce((best, next) => ((next[0]?.support ?? 0) > (best[0]?.support ?? 0) ? next : best));
  if (!found) return null;
  const starts = found.starts;
  const rows: Row[] = [{ cells: columns, line: i + 1 }];
  const cells = anchors.map(() => new Array<string>(columns.length).fill(''));
  const anchorAt = new Map(anchors.map((at, r) => [at, r]));
  const roles = columns.map(classify);
  const taskCol = roles.findIndex((r) => TASK_ROLES.has(r));
  const unitColumns = new Set(roles.flatMap((r, n) => (isUnitColumn(r) ? [n] : [])));
  let row = 0;
  // a category between a row's number and the line: the line is the next row's (its upper half)
  let categoryLine = -1;
  for (let k = first; k < end; k++) {
    const line = lines[k]!;
    if (categories.has(k)) categoryLine = k;
    if (!line.trim() || isPageFooterLine(line) || headerAgain(line) || categories.has(k)) continue;
    const pieces = piecesUnderColumns(spacedCellStarts(line, measure), starts, measure);
    const anchor = anchorAt.get(k) ?? -1;
    if (anchor >= 0) row = anchor;
    else if (row + 1 < anchors.length && k > anchors[row]!) {
      const below = categoryLine > anchors[row]! || (!topAligned && lineBelongsBelow(cells[row]!, pieces, taskCol, unitColumns, k - anchors[row]!, anchors[row + 1]! - k));
      if (below) row++;
    }
    for (const { text, column } of pieces) cells[row]![column] += text;
  }
  // a time limit under a unit column: the columns were not found (3  推进丙项工作  2024年底前, its unit cell empty)
  if (cells.some((row) => row.some((c, n) => unitColumns.has(n) && isTimeCell(c)))) return null;
  const body: Row[] = [...anchors.map((at, r) => ({ cells: cells[r]!, line: at + 1 })), ...[...categories].map(([at, text]) => ({ cells: [text], line: at + 1, merged: true as const }))];
  rows.push(...body.sort((a, b) => a.line - b.line));
  return { rows, next: end };
}

/**
 * Whether a line between two rows' numbers goes with the row below: its task text opens after the row above's task
 * ended a sentence; with no task text, its unit text opens no name the row above left unfinished (…、 or a name cut short)
 * and stands under a unit cell that is empty or whole there; with neither, it stands nearer the number below.
 */
function lineBelongsBelow(above: readonly string[], pieces: readonly { text: string; column: number }[], taskCol: number, unitColumns: ReadonlySet<number>, fromAbove: number, toBelow: number): boolean {
  if (taskCol >= 0 && pieces.some((p) => p.column === taskCol)) return /[。；;]$/.test(above[taskCol] ?? '');
  const units = pieces.filter((p) => unitColumns.has(p.column)).map((p) => ({ cell: above[p.column] ?? '', text: p.text }));
  // (a name its role closes is whole: …市自然资源和规划局配合; a line that only closes the name or the role above goes
  // with it: 市级有关部 / 门配合, …人民政府 / 负责)
  const whole = (cell: string) => !/[、，,]$/.test(cell) && hasUnitSuffix(cell.split(/[、，,]/).pop()!.replace(NAME_ROLE_TAIL, ''));
  const closesAbove = (cell: string, text: string) => {
    const name = text.replace(NAME_ROLE_TAIL, '');
    return name === '' || (!NAME_ROLE_TAIL.test(cell) && nameRunsOnAfterBreak(cell, name));
  };
  if (units.length) return units.every(({ cell, text }) => cell === '' || (whole(cell) && !closesAbove(cell, text)));
  return toBelow < fromAbove;
}

/**
 * The columns of a centred table's block: the places where its pieces start most often (two places either way counted
 * as one), as many as the header has cells, the first at the number's place. Null when the block has too few.
 */
function centredColumnStarts(block: readonly string[], width: number, measure: Measure, margin: number): { starts: number[]; support: number } | null {
  const counts = new Map<number, number>();
  // (every word counts, one space before it or more: cells one space apart start columns as those further apart do)
  for (const line of block) for (const p of wordStarts(line, measure)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const places = [...counts.keys()].sort((a, b) => a - b);
  // each place with the pieces two places either way of it; the best places taken first, none within two of one taken
  const support = (col: number) => {
    let sum = 0;
    for (let c = col - 2; c <= col + 2; c++) sum += counts.get(c) ?? 0;
    return sum;
  };
  const chosen: number[] = [];
  for (const col of [...places].sort((a, b) => support(b) - support(a) || a - b)) {
    if (chosen.length === width) break;
    if (chosen.every((c) => Math.abs(c - col) > 2) && support(col) >= 2) chosen.push(col);
  }
  chosen.sort((a, b) => a - b);
  return chosen.length === width && chosen[0]! <= margin + LAYOUT_MARGIN_SLACK ? { starts: chosen, support: chosen.reduce((sum, c) => sum + support(c), 0) } : null;
}

/** Where each word of a line starts (words set apart by one space or more), counted by `measure`; one walk of the line. */
function wordStarts(line: string, measure: Measure): number[] {
  const out: number[] = [];
  let place = 0;
  let prev = ' ';
  for (const ch of line) {
    if (ch !== ' ' && ch !== '\u3000' && ch !== '\t' && (prev === ' ' || prev === '\u3000' || prev === '\t')) out.push(place);
    place += measure(ch);
    prev = ch;
  }
  return out;
}

/** A line's pieces, each under the column whose start is nearest its own, a piece that runs into the next column cut near that column's start (see cutNear). */
function piecesUnderColumns(pieces: readonly CellStart[], starts: readonly number[], measure: Measure): { text: string; column: number }[] {
  const out: { text: string; column: number }[] = [];
  for (const piece of pieces) {
    let column = nearestColumn(starts, piece.col);
    let { text, col } = piece;
    // cut where each later column starts: at a space near its place (a centred cell's text may stop short of it), or, where
    // the piece runs past that place with no space near, at the place itself
    for (let next = starts[column + 1]; next !== undefined; next = starts[column + 1]) {
      const cut = cutNear(text, col, next, measure, col + measure(text) > next + 1);
      if (cut <= 0 || cut >= text.length) break;
      out.push({ text: text.slice(0, cut).trim(), column });
      col += measure(text.slice(0, cut));
      text = text.slice(cut).trim();
      column++;
    }
    out.push({ text, column });
  }
  return out;
}

/** The column whose start is nearest a place. */
function nearestColumn(starts: readonly number[], col: number): number {
  let best = 0;
  for (const [n, s] of starts.entries()) if (Math.abs(s - col) < Math.abs(starts[best]! - col)) best = n;
  return best;
}

/** How far from a column's place a space may stand and still part a piece there. */
const CENTRED_CUT_REACH = 6;

/**
 * Where to cut a piece starting at `col` so that its rest starts at the column `at`: the space nearest that place within
 * six places (a centred cell's text starts off its column's place by half the difference of their widths), else the place
 * when the piece runs `past` it; -1 when there is no cut.
 */
function cutNear(text: string, col: number, at: number, measure: Measure, past: boolean): number {
  let place = col;
  let exact = -1;
  let space = -1;
  let spaceOff = Infinity;
  for (let k = 0; k < text.length; k++) {
    const off = Math.abs(place + 1 - at);
    if (text[k] === ' ' && off <= CENTRED_CUT_REACH && off < spaceOff) [space, spaceOff] = [k, off];
    if (exact < 0 && place >= at) exact = k;
    place += measure(text[k]!);
  }
  return space >= 0 ? space + 1 : past ? exact : -1;
}

/**
 * Rows numbered 1.1, 1.2 under a row that is only their parent's number and a heading (1  开办企业): the parent a
 * title row numbered as written, each child numbered one rung below it ((1), (2); ① a rung further), so that they
 * nest. Rows whose dotted numbers have no such parent row keep their cells.
 */
function nestDottedRows(rows: Row[], seqCol: number): Row[] {
  const out: Row[] = [];
  const parents = new Set<string>();
  rows.forEach((row, r) => {
    const seq = (row.cells[seqCol] ?? '').trim();
    const next = (rows[r + 1]?.cells[seqCol] ?? '').trim();
    const filled = row.cells.filter((c) => c.trim());
    const heading = !row.merged && r > 0 && /^\d{1,3}(?:\.\d{1,3})*$/.test(seq) && filled.length === 2 && isHeadingPhrase(row.cells[seqCol + 1]?.trim() ?? '') && next.startsWith(`${seq}.`);
    if (heading) {
      parents.add(seq);
      out.push({ cells: [`${seq.includes('.') ? dottedToken(seq) : `${seq}.`}${row.cells[seqCol + 1]!.trim()}`], line: row.line, merged: true });
      return;
    }
    const parent = DOTTED_NUMBER.test(seq) ? seq.slice(0, seq.lastIndexOf('.')) : '';
    out.push(parent && parents.has(parent) ? { ...row, cells: row.cells.map((c, i) => (i === seqCol ? dottedToken(seq) : c)) } : row);
  });
  return out;
}

/** Whether a line's cells are a row numbered after the table's last numbered row (2 after 1; 1 after a category row). */
function rowNumberedNext(rows: readonly Row[], numberCol: number, cells: readonly string[], width: number): boolean {
  const cell = cells[numberCol];
  // (a cell one space short of the next, which the row reads apart at its sentence's end, leaves it a cell short)
  if (cells.length < width - 1 || cells.length > width || cell === undefined || !isBareNumber(cell)) return false;
  const n = Number(foldWidth(cell.trim()));
  const last = rows.findLast((r) => !r.merged && isBareNumber(r.cells[numberCol] ?? ''));
  const afterCategory = rows.at(-1)?.merged === true;
  return (last !== undefined && n === Number(foldWidth(last.cells[numberCol]!.trim())) + 1) || (afterCategory && n === 1);
}

/** A category row (一、推动产业集群发展) at `at`, a numbered row of the table after it past blank lines. */
function categoryBeforeRow(lines: string[], at: number, split: (line: string) => string[], width: number, numberCol: number): boolean {
  if (!sectionRowAt(lines, at)) return false;
  const cells = split(lines[nextFilled(lines, at + 1)] ?? '');
  return cells.length === width && isBareNumber(cells[numberCol] ?? '');
}

/** 序号 broken in its narrow column: 序 on the header's line, 号 under it. */
const SEQ_HEAD = /^[序编編]$/;
const SEQ_TAIL = /^[号號]$/;

/**
 * The header with the line below it, when that line is the header's second line: pieces standing under a header cell
 * (within two columns) other than the first (序号; or 号 under 序 alone, a PDF copy's narrow column), none a number, are
 * that cell wrapped (牵头 / 单位) and join it;
 * two or more names of columns under one cell (责任单位 over 牵头单位　配合单位) take its place. The cells and where
 * each starts; null otherwise.
 */
function headerWrapBelow(headerLine: string, line: string, header: readonly string[], width: Measure = displayWidth): { cells: string[]; starts: CellStart[] } | null {
  const starts = spacedCellStarts(headerLine, width);
  const pieces = spacedCellStarts(line, width);
  if (starts.length !== header.length || !pieces.length || pieces.length > header.length) return null;
  // the header cell each piece stands under: the last that starts at or before it; under the first, only the rest of
  // 序号 (序 / 号, a PDF copy's narrow column)
  const under = pieces.map((p) => starts.findLastIndex((s) => s.col <= p.col + 2));
  const seqWrapped = SEQ_HEAD.test(header[0] ?? '') && SEQ_TAIL.test(pieces[0]?.text ?? '') && under[0] === 0;
  if (under.some((at, n) => at < 0 || (at === 0 && !(seqWrapped && n === 0))) || pieces.some((p) => /\d/.test(p.text) || p.text.length > 6)) return null;
  const out: CellStart[][] = starts.map((s, at) => [{ text: header[at]!, col: s.col }]);
  if (seqWrapped) out[0] = [{ text: `${header[0]}${pieces[0]!.text}`, col: starts[0]!.col }];
  for (let at = 1; at < header.length; at++) {
    const mine = pieces.filter((_, n) => under[n] === at);
    if (mine.length >= 2 && mine.every((p) => classify(p.text) !== 'other')) out[at] = mine;
    else if (mine.length === 1 && Math.abs(mine[0]!.col - starts[at]!.col) <= 2) out[at] = [{ text: `${header[at]}${mine[0]!.text}`, col: starts[at]!.col }];
    else if (mine.length) return null;
  }
  const cells = out.flat();
  return { cells: cells.map((c) => c.text), starts: cells };
}

/** Most characters of a piece of a header's cell on the line above or below it (牵头, 单位, 配合单位). */
const HEADER_PIECE_MAX = 6;
/** How far apart, in places, the two halves of a cell wrapped around its header's line may start. */
const HEADER_PIECE_REACH = 2;

/**
 * The header with its lines above and below, where a layout copy centred the header's line in cells of two lines: a
 * piece above and one below starting at the same place are one cell (牵头 / 单位, 完成 / 时限); pieces below with none
 * above them are sub-columns (牵头单位  配合单位) of a spanning cell above with none below it (责任单位), which they
 * replace. Every cell so made names a column; the cells are in the order they stand in. Null otherwise.
 */
function headerWrapAround(aboveLine: string, headerLine: string, belowLine: string, measure: Measure): { cells: string[]; starts: CellStart[] } | null {
  const up = spacedCellStarts(aboveLine, measure);
  const down = spacedCellStarts(belowLine, measure);
  const piece = (p: CellStart) => p.text.length <= HEADER_PIECE_MAX && !/\d/.test(p.text) && /^[\u4e00-\u9fa5]+$/.test(p.text);
  if (!up.length || !down.length || !up.every(piece) || !down.every(piece)) return null;
  const made: CellStart[] = [];
  const paired = new Set<CellStart>();
  for (const u of up) {
    const d = down.find((x) => !paired.has(x) && Math.abs(x.col - u.col) <= HEADER_PIECE_REACH);
    if (!d) continue;
    paired.add(d);
    made.push({ text: u.text + d.text, col: Math.min(u.col, d.col) });
  }
  const alone = down.filter((d) => !paired.has(d));
  // (a spanning cell above is there only with sub-columns below, two at least)
  const spanning = up.length - paired.size;
  if ((spanning > 0 && alone.length < 2) || (spanning === 0 && alone.length > 0)) return null;
  made.push(...alone);
  if (!made.every((c) => classify(c.text) !== 'other')) return null;
  const cells = [...spacedCellStarts(headerLine, measure), ...made].sort((a, b) => a.col - b.col);
  return hasTaskAndUnits(cells.map((c) => c.text)) ? { cells: cells.map((c) => c.text), starts: cells } : null;
}

/** A sentence's end and one space, then more text: two cells one space apart (…压缩至15个工作日。 市住建局). */
const SENTENCE_THEN_CELL = /[。；;] (?=\S)/;

/** 一、二级医院, 一、二类: numbers enumerated in a cell, no category. */
const ENUMERATED_NUMBERS = /^[一二三四五六七八九十]、[一二三四五六七八九十两]/;

/** A cell's text, then a category heading glued after it: 2022年10月二、城乡建设. */
const GLUED_CATEGORY = /^(.+?)([一二三四五六七八九十]{1,3}、[^\s、，,。；;]{2,30})$/;

/** A cell of a line set apart by spaces, with the display column it starts at. */
interface CellStart {
  text: string;
  col: number;
}

/** A line's cells set apart by runs of spaces, each with the column it starts at, counted by `width` (by default a CJK character two places). */
function spacedCellStarts(line: string, width: Measure = displayWidth): CellStart[] {
  const out: CellStart[] = [];
  const separator = /[ \u3000]{2,}|\t/g;
  let from = 0;
  for (let m = separator.exec(line); ; m = separator.exec(line)) {
    const end = m ? m.index : line.length;
    const raw = line.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), col: width(line.slice(0, from + lead)) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

/** How many lines after a header its first row is looked for (blank lines and a category row may stand between). */
const FIRST_ROW_LOOK = 8;

/** How a line's width to a place is counted: a Chinese character two places (a monospaced copy), or one (a PDF's layout copy). */
type Measure = (s: string) => number;
/** A text's width a character a place. */
const charCount: Measure = (s) => s.length;

/**
 * How the columns of a table set apart by spaces are counted: a PDF's layout copy sets them a character a place,
 * whatever the character's width, a monospaced copy a Chinese character two. The count under which more of the
 * header's cells start where the first row's do.
 */
function columnMeasure(headerLine: string, rowLine: string | undefined): Measure {
  if (!rowLine) return displayWidth;
  const matches = (width: Measure) => {
    const row = spacedCellStarts(rowLine, width);
    return spacedCellStarts(headerLine, width).filter((h) => row.some((r) => Math.abs(r.col - h.col) <= 2)).length;
  };
  return matches(charCount) > matches(displayWidth) ? charCount : displayWidth;
}

const displayWidth: Measure = (s) => {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) >= 0x1100 ? 2 : 1;
  return w;
};

/**
 * Whether every cell of a line stands under a cell of the row above (within two
 * columns), none under its first (序号): then it is that cell wrapped, and joins
 * it. The row above is changed.
 */
function continueCellsBelow(row: Row, rowLine: string, line: string, header: readonly CellStart[], unitColumns: ReadonlySet<number>, numberCol = 0, width: Measure = displayWidth, rowStarts: readonly CellStart[] | null = null): boolean {
  // the cells of the row's own line, or where that line left a cell empty, the header's
  let pieces = spacedCellStarts(line, width);
  const targetsUnder = (starts: readonly CellStart[]) => (starts.length === row.cells.length ? pieces.map((p) => starts.findIndex((s) => Math.abs(s.col - p.col) <= 2)) : null);
  // (where the row's own cells stand off the header's, a width the copy counted otherwise, the header's columns are tried too)
  const fromOwn = targetsUnder(spacedCellStarts(rowLine, width));
  let targets = fromOwn && !fromOwn.some((t) => t < 0) ? fromOwn : (targetsUnder(header) ?? fromOwn);
  // (and the columns of the last row that filled them all, a cell run on to one space before the next apart)
  if ((!targets || targets.some((t) => t < 0)) && rowStarts) {
    pieces = runOnsApart(pieces, rowStarts, width);
    targets = targetsUnder(rowStarts);
  }
  if (!targets) return false;
  // nothing under the 序号 column: a line with a number there is a row of its own (a category column before it may wrap:
  // 一、招商 / 引资)
  if (!pieces.length || targets.some((t) => t < 0 || t === numberCol)) return false;
  pieces.forEach((p, k) => {
    const at = targets[k]!;
    // in a unit column, a whole name on a line of its own under a whole name is the next unit (各乡镇人民政府 / 县经济开发区管委会),
    // not the rest of it (县经济开发区 / 管委会, 市生态环境局 / 肥西分局)
    const cell = row.cells[at]!;
    // (after a separator of its own, or before a role word, the line goes on with the cell: …牵头， / 省发展改革委…配合)
    const next = unitColumns.has(at) && !/[，,、；;]$/.test(cell) && !ROLE_OPENING.test(p.text) && hasUnitSuffix(p.text) && p.text.length >= 4 && !SHARED_ORGAN_ALONE.test(p.text) && !branchOfAbove(p.text) && !nameRunsOnAfterBreak(cell, p.text);
    row.cells[at] += next ? `、${p.text}` : p.text;
  });
  return true;
}

/** A role word opening a cell's next line: the roles of the names above (…、发展改革委 / 共同牵头，省统计局…). */
const ROLE_OPENING = /^(?:共同|分别|联合)?(?:牵头|配合|负责|参与|协助|协办)/;

/** A branch named by its place, no level word before it (肥西分局 under 市生态环境局): the branch of the name above. */
const branchOfAbove = (piece: string): boolean => BRANCH_RE.test(piece) && !NAME_OPENING.test(piece);

/**
 * A person's name of two characters padded to the width of three in its column (王  强, as tables set names), one
 * cell: its spaces would split it into two. The line keeps its length, the spaces moving after the name.
 */
function joinPaddedNames(line: string): string {
  return line.includes('  ') || line.includes('\u3000') ? replaceEvery(line, PADDED_NAME, (_m, surname: string, gap: string, given: string) => (isSurname(surname) ? `${surname}${given}${gap}` : `${surname}${gap}${given}`)) : line;
}
const PADDED_NAME = /(?<=^|[ \u3000]{2}|\t)([\u4e00-\u9fa5])([ \u3000]{1,2})([\u4e00-\u9fa5])(?=[ \u3000]{2}|\t|$)/;

/**
 * A row's cells placed under the header's cells by the column each starts at (within four columns), a
 * number under 序号 (column `numberCol`) and no two under one: the cells it lacks are empty. Null otherwise.
 */
function cellsUnderHeader(starts: readonly CellStart[], line: string, width: number, numberCol: number, measure: Measure = displayWidth, rowsStarts = false): string[] | null {
  if (starts.length !== width) return null;
  const cells: string[] = new Array<string>(width).fill('');
  let last = -1;
  const pieces = spacedCellStarts(line, measure);
  for (const piece of rowsStarts ? runOnsApart(pieces, starts, measure) : pieces) {
    const at = nearestStart(starts, piece.col, 4);
    if (at <= last) return null;
    cells[at] = piece.text;
    last = at;
    // a cell run on past the next column's start, one space before the names or the time limit under it (…10条。 市交通运输局)
    const next = starts[at + 1];
    const space = piece.text.lastIndexOf(' ');
    const tail = piece.text.slice(space + 1);
    const tailAt = piece.col + measure(piece.text.slice(0, space + 1));
    // (under columns a full row set, a tail starting where the next column's cells start)
    if (next && space > 0 && tailAt >= next.col - 4 && (looksLikeUnitLine(tail) || isDeadlineLine(tail) || (rowsStarts && Math.abs(tailAt - next.col) <= 2))) {
      cells[at] = piece.text.slice(0, space);
      cells[at + 1] = piece.text.slice(space + 1);
      last = at + 1;
    }
  }
  // the row has its number (打印本页　关闭窗口 under the table is no row)
  return isSeqCell(cells[numberCol] ?? '') ? cells : null;
}

/**
 * Pieces of a line under a table's columns, a piece run on past the next column's start split at its last space
 * where what follows that space starts under that column (…项目建 区经济和信息 under 任务 and 牵头单位).
 */
function runOnsApart(pieces: readonly CellStart[], starts: readonly CellStart[], measure: Measure): CellStart[] {
  return pieces.flatMap((piece) => {
    const own = nearestStart(starts, piece.col, 4);
    if (own < 0) return [piece];
    const space = piece.text.lastIndexOf(' ');
    const tailAt = space > 0 ? piece.col + measure(piece.text.slice(0, space + 1)) : -1;
    if (space > 0 && nearestStart(starts, tailAt, 2) > own) return [{ text: piece.text.slice(0, space), col: piece.col }, { text: piece.text.slice(space + 1), col: tailAt }];
    const glued = gluedTimeLimit(piece, starts[own + 1], measure);
    return glued ?? [piece];
  });
}

/**
 * A piece run into the next column with no space at all, the text from that column's start on a time limit
 * (区水利和湖泊局、区农业农村局、持续推进 over 完成时限): the two cells, or null.
 */
function gluedTimeLimit(piece: CellStart, next: CellStart | undefined, measure: Measure): CellStart[] | null {
  if (!next || piece.col + measure(piece.text) <= next.col) return null;
  // (the width summed a character at a time: a long piece is walked once)
  let at = 0;
  for (let col = piece.col; at < piece.text.length && col < next.col; at++) col += measure(piece.text[at]!);
  // a place or two either way, as a layout copy sets a cell's text
  for (const cut of [at, at - 1, at + 1, at - 2, at + 2]) {
    const head = piece.text.slice(0, cut);
    const tail = piece.text.slice(cut);
    if (cut > 0 && cut < piece.text.length && /[、，,局委办室厅府会心站所院队部司]$/.test(head) && (isTimeCell(tail) || /^(?:\d{4}年(?:\d{1,2}月?)?|持续推进|长期(?:坚持|推进)?|常态化)$/.test(tail))) {
      return [{ text: head, col: piece.col }, { text: tail, col: piece.col + measure(head) }];
    }
  }
  return null;
}

/** The index of the start nearest a column, within `within` places of it; -1 if none is. */
function nearestStart(starts: readonly CellStart[], col: number, within: number): number {
  if (!starts.length) return -1;
  const n = nearestColumn(starts.map((s) => s.col), col);
  return Math.abs(starts[n]!.col - col) <= within ? n : -1;
}

/** The columns of a table read by content: 序号, the task, the header's first two unit columns, its deadline column, a remark. */
interface ContentShape {
  header: string[];
  unitColumns: number;
  deadline: boolean;
}

function contentShape(header: string[], roles: ColumnRole[]): ContentShape | null {
  const taskCol = roles.findIndex((r) => r === 'task' || r === 'measures');
  const unitCols = roles.flatMap((r, c) => (isUnitColumn(r) ? [c] : [])).slice(0, 2);
  const deadlineCol = roles.indexOf('deadline');
  if (taskCol < 0 || !unitCols.length) return null;
  const cells = [header[0]!, header[taskCol]!, ...unitCols.map((c) => header[c]!), ...(deadlineCol >= 0 ? [header[deadlineCol]!] : []), '备注'];
  return { header: cells, unitColumns: unitCols.length, deadline: deadlineCol >= 0 };
}

/** A row's cells in the shape: the first unit cell under the first unit column, the others under the second; the first time limit among the rest the deadline. */
function contentRowCells(shape: ContentShape, seq: string, task: string, unitCells: string[], rest: string[]): string[] {
  const names = unitCells.map((u) => u.replace(UNIT_CELL_CLOSE, ''));
  const units = shape.unitColumns === 2 ? [names[0] ?? '', names.slice(1).join('、')] : [names.join('、')];
  const at = shape.deadline ? rest.findIndex(isTimeCell) : -1;
  const deadline = at >= 0 ? rest.splice(at, 1) : shape.deadline ? [''] : [];
  return [seq, task, ...units, ...deadline, rest.join(' ')];
}

/** A line under a table that closes it: who made it (制表, 联系人…), a date, or a numbered heading of the text after it. */
const TABLE_FOOT = /^(?:制表|填表|联系人|联系电话|审核|审批|签发|填报|报送)|\d{4}\s*年\s*\d{1,2}\s*月/;
/** The foot of a document after its last table (抄送：…, …2023年3月13日印发, 公开方式：主动公开, a page's 附件下载：…): never a row's cell. */
const DOCUMENT_FOOT = /^(?:抄送|主送|抄报|附件下载|相关附件|相关下载|公开方式|公开属性|公开选项|信息公开选项)[：:]|印发$|^(?:附件|附表)\s*\d*\s*[：:]?\s*$/;

/** A row of a single-spaced table read by content: its task, the unit names after it, and the other cells. */
interface ContentRow {
  task: string;
  units: string[];
  rest: string[];
}

/** A unit list's closing 等 (…科技经济委等, 等有关部门 keeps its name). */
const LIST_ETC_END = /等(?:部门|单位)?$/;
/** The longest cell of a single-spaced row read as a unit cell. */
const UNIT_CELL_MAX = 200;

/** Whether a single-spaced row's cell names units: a cell of many names (…交通委、各街镇) or closed by 等 (…科技经济委等) too. */
const namesUnitCell = (c: string): boolean => (!c.endsWith('。') || namesShortEnough(c)) && (looksLikeUnitLine(c.replace(UNIT_CELL_CLOSE, '').replace(LIST_ETC_END, ''), UNIT_CELL_MAX) || isRegionCollective(c));
/** What closes a unit cell and is no part of its last name: a separator, or a full stop (…谯城经开区管委会,魏武国控集团。). */
const UNIT_CELL_CLOSE = /[、，,。]+$/;
/** The longest name a cell closed by a full stop holds: a longer piece is a sentence about a company (…公司拟在平潭设立…支公司。). */
const STOPPED_NAME_MAX = 20;
const namesShortEnough = (c: string): boolean => c.split(/[、，,。]/).every((name) => name.length <= STOPPED_NAME_MAX);

/** The first run of cells from `from` on that read as units, and the cells around it; null when no cell does. */
function unitRun(cells: string[], from: number): { at: number; end: number } | null {
  const at = cells.findIndex((c, n) => n >= from && namesUnitCell(c));
  if (at < 0) return null;
  let end = at + 1;
  while (end < cells.length && namesUnitCell(cells[end]!)) end++;
  return { at, end };
}

/**
 * A table whose cells are set apart by single spaces and do not line up with
 * its header (an empty cell is lost, a header cell has a space in it: 1- 8月实际完成情况):
 * each row starts at the next 序号; the cell after it is the task, the first
 * cells after that which read as units are its units, the others one remark. A
 * line without a 序号 that names units (a sub-target of the row above with its
 * own unit) adds them to the row. Every row read so is said in a warning.
 */
function singleSpacedByContent(lines: string[], i: number, header: string[], sink: LineSink): FoundTable | null {
  const roles = header.map(classify);
  const read: { row: ContentRow; line: number; categories: { text: string; line: number }[] }[] = [];
  // a category row before the next row (一 推进碳达峰碳中和综合管理): the category goes above that row
  let categories: { text: string; line: number }[] = [];
  let k = i + 1;
  for (; k < lines.length; k++) {
    const cells = singleSpacedCells(lines[k] ?? '');
    if (!cells[0]) break;
    const last = read[read.length - 1];
    if (cells[0] === String(read.length + 1) && cells.length >= 3) {
      const run = unitRun(cells, 2);
      if (!run) break;
      read.push({ row: { task: cells[1]!, units: cells.slice(run.at, run.end), rest: [...cells.slice(2, run.at), ...cells.slice(run.end)] }, line: k + 1, categories });
      categories = [];
      sink.diagnostics.push(diag('table-row-by-content', { row: read.length, columns: header.length }, k + 1));
      continue;
    }
    const numeral = CATEGORY_OPENING.exec(cells[0]);
    // its title after the numeral's 、 (一、8.15…) or in the cells after a bare numeral (一 推进…)
    if (numeral && (cells[0].length > numeral[0].length || cells.length >= 2) && cells.length <= CATEGORY_CELLS_MAX && !unitRun(cells, 1)) {
      categories.push({ text: `${numeral[1]}、${cells.join('').slice(numeral[0].length)}`, line: k + 1 });
      continue;
    }
    // (a line of names alone is the row's unit cell wrapped: 区财政局 / 区税务局)
    const run = !last ? null : cells.every(namesUnitCell) ? { at: 0, end: cells.length } : unitRun(cells, 1);
    if (!last || categories.length || /^\d+$/.test(cells[0]) || TABLE_FOOT.test(lines[k]!.trim()) || matchHeading(foldWidth(cells[0]))) break;
    // a line naming no unit between a row and the next (a progress cell on a line of its own) is the row's remark
    if (!run && singleSpacedCells(lines[k + 1] ?? '')[0] === String(read.length + 1)) {
      last.row.rest.push(...cells);
      continue;
    }
    if (!run) break;
    last.row.units.push(...cells.slice(run.at, run.end));
    last.row.rest.push(...cells.slice(0, run.at), ...cells.slice(run.end));
  }
  // a category read after the last row heads no row: the table ends before it
  if (categories.length) k = categories[0]!.line - 1;
  const shape = contentShape(header, roles);
  if (!read.length || !shape) return null;
  const rows: Row[] = [{ cells: shape.header, line: i + 1 }];
  let seq = 0;
  for (const { row, line, categories: above } of read) {
    for (const c of above) rows.push({ cells: [c.text], line: c.line, merged: true });
    rows.push({ cells: contentRowCells(shape, String(++seq), row.task, row.units, row.rest), line });
  }
  return { rows, next: k };
}

/** A category row's numeral, alone (一 推进…) or with its title after 、 (一、8.15省领导见证台资签约项目). */
const CATEGORY_OPENING = /^([一二三四五六七八九十]{1,3})(?:$|、)/;
/** The most cells a category row holds (一 推进碳达峰碳中和综合管理, its title split by a space of its own). */
const CATEGORY_CELLS_MAX = 3;

const singleSpacedCells = (line: string) => line.trim().split(/[ \u3000\t]+/);

/**
 * A line's cells where one full-width space sets columns apart (Word's text copy of a table padded with them): runs of
 * full-width spaces, two or more ASCII spaces or a tab separate cells; a name padded to its column's width by one
 * full-width space inside (王　敏) is joined again.
 */
function fullWidthCells(line: string): string[] {
  const pieces = line.trim().split(/[ \t]*\u3000[\u3000 \t]*|[ ]{2,}|\t/).filter((c) => c !== '');
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length === 1 && piece.length === 1 && /[\u4e00-\u9fa5]/.test(last + piece)) out[out.length - 1] = last + piece;
    else out.push(piece);
  }
  return out;
}

/** A header cell whose characters one space each sets apart (序 号, 责　任　单　位): the word. */
const withoutLetterSpaces = (cell: string): string => (/^[\u4e00-\u9fa5](?:[ \u3000][\u4e00-\u9fa5])+$/.test(cell) ? cell.replace(/[ \u3000]/g, '') : cell);

/** Header words spaced letter by letter (任 务 内 容) joined again: runs of one-character cells. */
function joinLetterSpaced(cells: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const c of cells) {
    if (c.length === 1 && !/\d/.test(c)) run += c;
    else {
      if (run) out.push(run);
      run = '';
      out.push(c);
    }
  }
  if (run) out.push(run);
  return out;
}

/**
 * A table scraped from a web page with its cells ended by `|` (`序号 | 重点任务 |
 * 责任单位 |`): a row a line, or a cell a line, a cell sometimes running over
 * several lines before its `|`. The cells are read in order; the header is
 * every cell before the first 序号 value, and each row starts at the next
 * number (24, 25 …). A row that does not fill the header's columns ends the
 * table with a warning.
 */
function pipeTableAt(lines: string[], i: number, sink: LineSink, simplify: Simplify): FoundTable | null {
  // a cell a line with its `|` on the line after it (序号 / | / 项目 / | …)
  const first = pipeCell(lines[i] ?? '') ?? (BARS_ONLY.test(lines[i + 1] ?? '') ? (lines[i] ?? '').trim() : null);
  if (first === null) return null;
  // a header on one line (序号 | 项目名称 | 牵头单位 | …) holds a row a line; 序号 | alone starts a cell a line
  if (!SEQ_WORD.test(first) || pipeLineCells(lines[i] ?? '').length >= 3) return rowPerLinePipeTable(lines, i, sink, simplify) ?? numberedCellStreamTable(lines, i, sink) ?? headerlessCellPipeTable(lines, i, simplify);
  const read = pipeCells(lines, i);
  // the document's foot written as a cell after the last row (公开方式：主动公开 |) ends the table
  const footAt = read.cells.findIndex((c) => DOCUMENT_FOOT.test(c.text));
  const cells = footAt < 0 ? read.cells : read.cells.slice(0, footAt);
  let next = footAt < 0 ? read.next : read.cells[footAt]!.line - 1;
  // the header ends at the first row's 序号, or at a category row before it (一、优化基本公共服务 |)
  // (a category that fills its row alone, its other cells empty, may run as long as a sentence)
  const categoryAt = (at: number) => isCategoryCell(cells[at]!.text, cells[at + 1]?.text === '');
  const headerEnd = cells.findIndex((c, at) => /^\d{1,3}$/.test(c.text) || categoryAt(at));
  if (headerEnd < 3) return null;
  // an empty cell after the last header word (a `|` line of its own) is no column
  const header = withoutTrailingEmpty(cells.slice(0, headerEnd).map((c) => c.text.replace(/\s+/g, '')));
  if (!hasTaskAndUnits(header.map(simplify))) return null;
  const rows: Row[] = [{ cells: header.map(simplify), line: i + 1 }];
  const roles = header.map((h) => classify(simplify(h)));
  if (footAt < 0 && lastCellUnclosed(lines, next, cells, roles)) cells.push({ text: lines[next++]!.trim(), line: next });
  let k = headerEnd;
  let seq = 0;
  while (k < cells.length) {
    // category rows (一、… |) before a row are title rows; the numbering then goes on, or starts again at 1
    while (k < cells.length && categoryAt(k)) {
      rows.push({ cells: [cells[k]!.text], line: cells[k]!.line, merged: true });
      k++;
      // the empty cells after a category cell (`||||`) are the rest of its merged row
      while (k < cells.length && cells[k]!.text === '') k++;
    }
    if (k >= cells.length) break;
    if (/^\d{1,3}$/.test(cells[k]!.text)) seq = Number(cells[k]!.text);
    let end = k + 1;
    while (end < cells.length && cells[end]!.text !== String(seq + 1) && !categoryAt(end)) end++;
    // a figure in the row equal to the next number (… | 10 | 12 | 县农业农村局 | 12 | 3A景区…): the next row starts at the
    // number that leaves this row its full width
    if (end - k < header.length && cells[end]?.text === String(seq + 1)) end = fullRowEnd(cells, k, end, String(seq + 1), header.length);
    // empty cells after the last column (`||` at a row's end) carry nothing
    let row = withLostBarsRestored(cells.slice(k, end).map((c) => c.text), header.length);
    while (row.length > header.length && row[row.length - 1] === '') row.pop();
    // a cell dropped from the middle of the row (a merged cell the scrape left out), the row short of cells or
    // padded at its end by empty ones while its unit columns hold no units: placed by content when certain
    const filled = withoutTrailingEmpty(row);
    // a row of the header's width is realigned only when a unit column holds a sentence (progress text pushed there)
    const sentenceInUnits = roles.some((r, c) => isUnitColumn(r) && isSentence(row[c] ?? ''));
    if (filled.length < header.length && (row.length < header.length || sentenceInUnits)) {
      const placed = alignByContent(filled, roles);
      if (placed) {
        sink.diagnostics.push(diag('table-row-by-content', { row: rows.length, columns: header.length }, cells[k]!.line));
        row = placed;
      }
    }
    // sub-rows written after the row, each its own cells then the empty places of the merged ones
    // (1 | 主要预期目标 | 1.地区… | 钱宇 | 区发改委 | 2.一般… | 区财政局 | | | | 3.…): one row each
    const subRows = row.length > header.length ? numberedSubRows(row, roles) : null;
    if (subRows) {
      rows.push({ cells: row.slice(0, header.length), line: cells[k]!.line });
      for (const sub of subRows) rows.push({ cells: sub, line: cells[k]!.line });
      sink.diagnostics.push(diag('table-row-by-content', { row: rows.length - subRows.length - 1, columns: header.length }, cells[k]!.line));
      k = end;
      continue;
    }
    // a row that holds nothing but its number (1 | 无 |, a category with no matter in it this year): no row, the table goes on
    if (row.length > 1 && row.slice(1).every((c) => c === '' || EMPTY_MARK.test(c))) {
      k = end;
      continue;
    }
    if (row.length !== header.length) {
      // merged cells left out and sub-rows without a 序号 (a second target of the row): the whole table by content
      const byContent = rows.length === 1 ? pipeRowsByContent(header.map(simplify), cells.slice(headerEnd), i, next, sink) : null;
      if (byContent) return byContent;
      sink.diagnostics.push(diag('table-cells-uneven', { row: rows.length, columns: header.length }, cells[k]!.line));
      return rows.length >= 2 ? { rows, next: cells[k]!.line - 1 } : null;
    }
    rows.push({ cells: row, line: cells[k]!.line });
    k = end;
  }
  return rows.some((r) => !r.merged && r !== rows[0]) ? { rows, next } : null;
}

/**
 * Where a row that opens at `k` ends, when the number of the next row (`next`) stands at `end` too early to leave the
 * row its `width` cells: at the next such number that leaves it the width, or one empty cell more; at the table's end
 * when the cells left are the row's; else at `end`.
 */
function fullRowEnd(cells: readonly { text: string }[], k: number, end: number, next: string, width: number): number {
  for (let e = end + 1; e <= k + width + 1 && e < cells.length; e++) {
    if (cells[e]!.text === next && e - k >= width) return e;
  }
  // the last row (… | 16 | 市级以上龙头企业… | 17 | 17 | 20 | 23 | 县农业农村局 |): to the table's end
  return cells.length - k === width || (cells.length - k === width + 1 && !cells.at(-1)!.text) ? cells.length : end;
}

/**
 * The sub-rows of a `|` table row copied with its merged cells left out: after the
 * row's own cells, groups of as many cells as the header has (the last may be cut
 * short), each opening with a measure numbered in sequence after the row's own
 * (1. in the row, then 2., 3. …), then its own cells and the empty places of the
 * merged ones. Each cell is placed by what it holds: the numbered measure under
 * the measures (else the task) column, unit names under the first unit column,
 * a short name under a person column. Null unless every group reads so.
 */
function numberedSubRows(row: string[], roles: ColumnRole[]): string[][] | null {
  const width = roles.length;
  const measureCol = roles.includes('measures') ? roles.indexOf('measures') : roles.indexOf('task');
  const unitCol = roles.findIndex(isUnitColumn);
  const personCol = roles.indexOf('person');
  const first = matchHeading(foldWidth(row[measureCol] ?? ''));
  if (measureCol < 0 || unitCol < 0 || !first) return null;
  const subs: string[][] = [];
  let value = first.value;
  for (let at = width; at < row.length; at += width) {
    const group = row.slice(at, at + width);
    const mark = matchHeading(foldWidth(group[0] ?? ''));
    if (!mark || mark.style !== first.style || mark.value !== value + 1) return null;
    value = mark.value;
    const sub = new Array<string>(width).fill('');
    sub[measureCol] = group[0]!;
    for (const cell of group.slice(1)) {
      if (!cell) continue;
      if (!sub[unitCol] && looksLikeUnitLine(cell.replace(/^[★☆*]/, ''))) sub[unitCol] = cell;
      else if (personCol >= 0 && !sub[personCol] && isPersonCell(cell)) sub[personCol] = cell;
      else return null;
    }
    if (!sub[unitCol]) return null;
    subs.push(sub);
  }
  return subs.length ? subs : null;
}

/** A cell of people's names: short names, set apart by spaces or line breaks (钱 宇 / 方 勇; a two-character name padded to three's width: 顾  斌). */
function isPersonCell(cell: string): boolean {
  return cell.split(/\n+/).every((name) => /^[\u4e00-\u9fa5](?:[ \u3000]{0,2}[\u4e00-\u9fa5]){1,3}$/.test(name.trim()));
}

/** The text of the first filled cell among the few after `at` (a bounded look: a run of empty cells is no row's words). */
function filledCellAfter(cells: readonly { text: string }[], at: number): string | undefined {
  for (let k = at + 1; k < cells.length && k <= at + 8; k++) if (cells[k]!.text !== '') return cells[k]!.text;
  return undefined;
}

/**
 * A `|` table written a cell a line whose rows do not line up with the header
 * (a merged category or value cell written only in its first row, a row's
 * second target on a sub-row without a 序号), read by content: each row runs
 * from its 序号 to the next; a category cell in it (一、就业促进(3项)) is a
 * category row before it; the next filled cell is the task; the first cell
 * after the task that reads as units is the unit cell (under the header's
 * first unit column); the rest is one remark. Every row read so is said in a
 * warning.
 */
function pipeRowsByContent(header: string[], cells: { text: string; line: number }[], i: number, next: number, sink: LineSink): FoundTable | null {
  const shape = contentShape(header, header.map(classify));
  if (!shape) return null;
  const rows: Row[] = [{ cells: shape.header, line: i + 1 }];
  let seq = 0;
  let k = 0;
  while (k < cells.length && isCategoryCell(cells[k]!.text)) rows.push({ cells: [cells[k]!.text], line: cells[k++]!.line, merged: true });
  while (k < cells.length && /^\d{1,3}$/.test(cells[k]!.text) && Number(cells[k]!.text) === seq + 1) {
    seq++;
    let end = k + 1;
    // the next 序号, not a value equal to it (推进7个… | 7 | 7 | 100%): a row's number is followed by words
    const startsRow = (at: number) => cells[at]!.text === String(seq + 1) && !/^[\d.,%％\-－—]*$/.test(filledCellAfter(cells, at) ?? 'x');
    while (end < cells.length && !startsRow(end)) end++;
    const row = cells.slice(k + 1, end).map((c) => c.text).filter((t) => t !== '');
    const category = row[0] !== undefined && isCategoryCell(row[0]) ? row.shift()! : null;
    if (category) rows.push({ cells: [category], line: cells[k]!.line, merged: true });
    const task = row.shift() ?? '';
    // the unit cells: the first that reads as units, and the one right after it when it does too (牵头单位, 配合单位)
    const reads = (t: string | undefined) => t !== undefined && !isSentence(t) && looksLikeUnitLine(t.replace(/[。；;，,、\s]+$/, '').replace(/[ \u3000]+/g, '、'));
    const unitAt = row.findIndex(reads);
    const unitCells = unitAt < 0 ? [] : row.splice(unitAt, shape.unitColumns === 2 && reads(row[unitAt + 1]) ? 2 : 1).map((t) => t.replace(/[ \u3000]+/g, '、'));
    rows.push({ cells: contentRowCells(shape, String(seq), task, unitCells, row), line: cells[k]!.line });
    sink.diagnostics.push(diag('table-row-by-content', { row: seq, columns: header.length }, cells[k]!.line));
    k = end;
  }
  return rows.some((r) => !r.merged && r !== rows[0]) ? { rows, next } : null;
}

/** A cell of a `|` table that is a category row of its own: a section heading with its title (一、优化基本公共服务（5件）), never a row's number. */
function isCategoryCell(cell: string, aloneInRow = false): boolean {
  const c = foldWidth(cell.trim());
  const mark = matchHeading(c);
  if (mark === null || !SECTION_STYLES.has(mark.style) || c.length <= mark.length) return false;
  // filling a row alone, its other cells empty, a category may be a sentence
  // ((一)加强经济运行调节,持续推动经济发展质的有效提升和量的合理较快增长。 | |||)
  return aloneInRow ? c.length <= 100 : c.length <= 40 && !/[。；;]$/.test(c);
}

/**
 * A row one or two cells short of the header, with no sign of where the cells
 * went: every way of putting empty cells back is scored by how well each cell
 * fits its column (a number under 序号, unit names under a unit column, a date
 * under 完成时限, a short name under a person column, sentences under task and
 * progress columns). The best way is taken only when it is the one best and
 * every unit column then reads as units; otherwise null.
 */
function alignByContent(row: string[], roles: ColumnRole[]): string[] | null {
  const missing = roles.length - row.length;
  if (missing < 1 || missing > 2 || !roles.some(isUnitColumn)) return null;
  let best: string[] | null = null;
  let bestScore = -Infinity;
  let tie = false;
  for (const gaps of gapPlacements(roles.length, missing)) {
    const cells: string[] = [];
    let from = 0;
    for (let c = 0; c < roles.length; c++) cells.push(gaps.has(c) ? '' : (row[from++] ?? ''));
    const score = cells.reduce((sum, cell, c) => sum + fitOf(cell, roles[c]!), 0) + [...gaps].reduce((sum, c) => sum + (OFTEN_EMPTY[roles[c]!] ?? 0), 0);
    if (score > bestScore) {
      best = cells;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return best && !tie && unitCellsRead(best, roles) ? best : null;
}

/**
 * A row one cell short of a header whose category column follows the number column, its category merged over its group
 * and written on the group's first row only (6    公共服务    城镇新增就业人数（人）    1    5800    区人社局 / 7    城镇登记失业率（%）
 * …): its cells with the category cell put back empty, when then the unit column names a unit.
 */
function categoryCellLeftOut(cells: readonly string[], roles: readonly ColumnRole[], numberCol: number, above: readonly string[] | undefined): string[] | null {
  const at = numberCol + 1;
  if (cells.length !== roles.length - 1 || roles[at] !== 'section' || !isSeqCell(cells[numberCol] ?? '')) return null;
  const filled = [...cells.slice(0, at), '', ...cells.slice(at)];
  const unitColumn = roles.findIndex(isUnitColumn);
  if (unitColumn < 0 || !namesSomeUnit(filled[unitColumn] ?? '')) return null;
  // and the figures stand under the figures of the row above (a row whose category is written and another cell left
  // out puts its text under a figure column: 6    公共服务    城镇新增就业人数    5800    区人社局, its 分值 empty)
  // (a figure: 186, 3, 低于4.1, ≥95%)
  const figure = (c: string) => MEASURE_VALUE.test(c.trim()) || (c.trim().length <= 10 && /\d/.test(c));
  // (a time limit is no figure: 长期坚持 under 2024年6月底前)
  return !above || filled.every((c, n) => n === numberCol || roles[n] === 'deadline' || !figure(above[n] ?? '') || !c || figure(c)) ? filled : null;
}

/** A short cell with no sentence in it, one of whose names reads as a unit: 崇川经济开发区、相关街道, 各县（市、区）. */
function namesSomeUnit(cell: string): boolean {
  if (cell.length > 40 || /[。；;！？]/.test(cell)) return false;
  // split outside brackets: 各县（市、区） is one name
  return cell.split(/[、，,\s]+(?![^（(]*[）)])/).some((name) => hasUnitSuffix(name) || isCatchAll(name) || isRegionCollective(name));
}

/** A cell that is a sentence of progress or task text, never a unit list: it holds a full stop, or runs long. */
function isSentence(cell: string): boolean {
  const t = cell.trim();
  return t.length > 24 || /[。；;！？]/.test(t.replace(/[。；;]+$/, '')) || /[。]$/.test(t);
}

/** Columns often left empty (a remark, a note): a small preference for the gap there, which breaks ties between neutral cells. */
const OFTEN_EMPTY: Partial<Record<ColumnRole, number>> = { remark: 0.3, other: 0.2, progress: 0.1, person: 0.1, deadline: 0.1 };

/** Every set of `missing` column indexes among `width` (at most two: width² sets). */
function* gapPlacements(width: number, missing: number): Generator<Set<number>> {
  for (let a = 0; a < width; a++) {
    if (missing === 1) yield new Set([a]);
    else for (let b = a + 1; b < width; b++) yield new Set([a, b]);
  }
}

/** How well a cell fits a column: positive when its content is what the column holds, negative when it is not. */
function fitOf(cell: string, role: ColumnRole): number {
  const t = cell.trim();
  if (!t) return role === 'seq' || role === 'task' ? -2 : role === 'lead' || role === 'responsible' ? -1 : 0;
  // a cell that opens with a verb is a task, whatever it ends with (新建城东养老服务中心)
  const task = VERB_OPENING.test(t);
  const names = () => looksLikeUnitLine(t.replace(/[。；;，,、\s]+$/, ''));
  const sentence = t.length > 12 || /[。；;！？]/.test(t);
  switch (role) {
    case 'seq':
      return /^\d{1,3}$/.test(t) ? 2 : -3;
    case 'lead':
    case 'cooperating':
    case 'responsible':
      if (task) return -3;
      return names() ? 3 : namesSomeUnit(t) ? 2 : -3;
    case 'person':
      return !sentence && t.length <= 4 && !looksLikeUnitLine(t) ? 2 : -2;
    case 'oversight':
      return task ? -3 : names() ? 2 : namesSomeUnit(t) ? 1 : -1;
    case 'deadline':
    case 'start':
      return DATE_LIKE.test(t) || isDeadlineLine(t) ? 2 : sentence ? -2 : 0;
    case 'task':
    case 'measures':
    case 'progress':
      if (task) return 2;
      if (MEASURE_VALUE.test(t)) return -1;
      return namesSomeUnit(t) ? -2 : t.length >= 4 ? 1 : 0;
    default:
      return namesSomeUnit(t) ? -1 : MEASURE_VALUE.test(t) ? 0.3 : 0;
  }
}

/** A cell value that cannot be the end of a wrapped sentence: a number (4930, 12.5%) or a short date (2024年底, 6月). */
const LOST_BAR_VALUE = /^(?=.)(?:[\d.,%]+|(?:\d{4}年)?(?:\d{1,2}月)?(?:底|末)?前?)$/;

/**
 * A row short of cells because a cell's closing `|` was lost, so that it ran on
 * into the next cell over a line break (`…学校运动` / `300 |`): where exactly as
 * many cells hold a line break as cells are missing, and the piece after each
 * break is a value of its own, each is split at its last one.
 */
function withLostBarsRestored(row: string[], width: number): string[] {
  const missing = width - row.length;
  if (missing <= 0) return row;
  const broken = row.filter((c) => c.includes('\n')).length;
  const valueAfterBreak = (c: string) => !c.includes('\n') || LOST_BAR_VALUE.test(c.slice(c.lastIndexOf('\n') + 1).trim());
  if (broken !== missing || !row.every(valueAfterBreak)) return row;
  return row.flatMap((c) => {
    const at = c.lastIndexOf('\n');
    return at < 0 ? [c] : [c.slice(0, at).trim(), c.slice(at + 1).trim()];
  });
}

/**
 * A `|` table of one row a line whose 序号 is not the first column (类别 | 序号 |
 * 工作任务 | …): every following line with as many cells is a row.
 */
function rowPerLinePipeTable(lines: string[], i: number, sink: LineSink, simplify: Simplify): FoundTable | null {
  const opensWithBar = /^\s*[|｜]/.test(lines[i] ?? '');
  const headerCells = (line: string) => withoutTrailingEmpty(pipeLineCells(line, opensWithBar).map((c) => simplify(c.replace(/\s+/g, ''))));
  const written = headerCells(lines[i] ?? '');
  // a second header line under a spanning cell (序号|重点任务|责任单位||完成时限 / ||牵头单位|配合单位|) names its columns
  const sub = subHeaderBelow(written, headerCells(lines[i + 1] ?? ''));
  const both = sub ?? written;
  const header = hasTaskAndUnits(both) ? both : withUnitColumnByContent(both, lines, i);
  if (header.length < 3 || !hasTaskAndUnits(header)) return null;
  if (!header.some((c) => SEQ_WORD.test(c))) return numberedCellsPipeTable(lines, i, header, sink);
  const seqColumn = header.findIndex((c) => SEQ_WORD.test(c));
  const roles = header.map(classify);
  const rows: Row[] = [{ cells: header, line: i + 1 }];
  let k = sub ? i + 2 : i + 1;
  // rows closed by a bar at the line's end, as the header is: a row line without it broke inside a cell (…| 区住建 / 局、区城管局 | …|)
  const closed = /[|｜]\s*$/.test(lines[i] ?? '');
  let ruled = false;
  for (; k < lines.length && /[|｜]/.test(lines[k] ?? ''); k++) {
    const broken = closed && !/[|｜]\s*$/.test(lines[k]!) && /[|｜]\s*$/.test(lines[k + 1] ?? '') && !/^\s*[|｜]/.test(lines[k + 1] ?? '');
    let cells = withoutTrailingEmpty(pipeLineCells(broken ? lines[k]!.trimEnd() + lines[k + 1]!.trimStart() : lines[k]!, opensWithBar));
    // the header written again after a page break, its second line too
    if (cells.length && cells.every((c, n) => c === '' || [written[n], header[n]].includes(c.replace(/\s+/g, '')))) continue;
    const rowLine = k + 1;
    if (broken) k++;
    // a Markdown table's rule under its header (| --- | :---: |) is no row, nor is a bar alone (a blank row's trace);
    // a table with that rule merges no cell (an empty cell is empty, not the row above's)
    if (cells.every((c) => RULE_CELL.test(c) || !c)) {
      ruled ||= cells.some((c) => RULE_CELL.test(c));
      continue;
    }
    // a merged row exported with its text in every cell (| 一、项目建设 | 一、项目建设 | … |) is one cell
    if (cells.length >= 3 && cells.every((c) => c === cells[0]) && cells[0]) cells = [cells[0]];
    // a category row numbered in the 序号 column (一 | 加快数字产业化 | | |)
    const filled = cells.filter(Boolean);
    if (seqColumn === 0 && BARE_CN_SEQ.test(cells[0] ?? '') && filled.length === 2 && cells[1]) {
      rows.push({ cells: [`${cells[0]}、${cells[1]}`], line: rowLine, merged: true });
      continue;
    }
    // a category row between the rows (一、发展目标 |), which may be a sentence when it fills the row alone
    if (cells.length === 1 && isCategoryCell(cells[0]!, true)) {
      rows.push({ cells: [cells[0]!], line: rowLine, merged: true });
      continue;
    }
    // a line without a number in the 序号 column under a numbered row is a sub-row of that row (its merged cells
    // written once above): its cells (a second target, its figures) belong to the row above, which keeps its units
    if (rows.length > 1 && !isSeqCell(cells[seqColumn] ?? '')) {
      // unless it is the row above wrapped onto a line of its own, its 序号 cell empty (| | 业200家 | | or
      // | | | 区财政局 |): its cells then join that row's cells
      const above = rows[rows.length - 1]!;
      const joined = above.merged || (cells[seqColumn] ?? '') !== '' ? null : wrappedRowJoined(above.cells, cells, roles, seqColumn);
      if (joined) above.cells = joined;
      continue;
    }
    // a row short of the category cell merged over its group, written on the group's first row only
    cells = categoryCellLeftOut(cells, roles, seqColumn, rows.findLast((r) => !r.merged && r !== rows[0])?.cells) ?? cells;
    // a column split in two for this row (最低生活保障 | 农村标准(760元/月) under one 目标任务) pushes the units one
    // cell on: where the unit column holds no unit and the next cell does, the split cells are one again
    const unitColumn = roles.findIndex(isUnitColumn);
    if (unitColumn > 1 && roles.filter(isUnitColumn).length === 1 && !namesSomeUnit(cells[unitColumn] ?? '') && namesSomeUnit(cells[unitColumn + 1] ?? '')) {
      cells = [...cells.slice(0, unitColumn - 1), `${cells[unitColumn - 1]} ${cells[unitColumn]}`, ...cells.slice(unitColumn + 1)];
    }
    // a row whose unit cell, merged with the row above, was left out: its time limit stands in the unit column
    // (3 | 推进…精品村3个。 | 2023年11月底 |), and goes on to the deadline column, the unit cell empty (filled from above)
    const deadlineColumn = roles.indexOf('deadline');
    const lastCell = cells.length - 1;
    // unless the cell before that time limit names the units: then a cell merged with the row above was left out
    // before them (序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限, its 工作任务 spanning rows: 2 | 扎实做好… | 疾控处 | 长期推进 |),
    // and the row's cells after its 序号 move on to end under their columns
    const unitsBefore = seqColumn === 0 && lastCell >= 2 && namesSomeUnit(cells[lastCell - 1]!) && !isUnitColumn(roles[lastCell - 1]!);
    // (a time limit, or a schedule opening with its date: 2021年2月公布预算信息，…)
    const timed = isTimeCell(cells[lastCell] ?? '') || (unitsBefore && /^\d{4}年/.test(cells[lastCell] ?? ''));
    if (cells.length < header.length && deadlineColumn > lastCell && isUnitColumn(roles[lastCell]!) && timed && unitsBefore && deadlineColumn - lastCell < lastCell) {
      cells = [cells[0]!, ...Array<string>(deadlineColumn - lastCell).fill(''), ...cells.slice(1)];
    } else if (cells.length < header.length && deadlineColumn > lastCell && isUnitColumn(roles[lastCell]!) && isTimeCell(cells[lastCell]!)) {
      cells = [...cells.slice(0, lastCell), ...Array<string>(deadlineColumn - lastCell).fill(''), cells[lastCell]!];
    }
    // a row short of its last cells (figures and remarks left empty): padded when its unit columns are filled, or
    // when it is only a number and a heading over the rows below (1 | 大力提振消费。 | ||)
    const headingRow = cells.length === 2 && seqColumn === 0 && roles[1] === 'task';
    // or when the line writes as many bars as the header, its last cells empty (…|市自然资源局、市生态环境局| under …|主办单位|协办单位)
    const allWritten = barCount(lines[rowLine - 1]!) >= barCount(lines[i]!) && roles.some((r, c) => isUnitColumn(r) && c < cells.length);
    if (cells.length < header.length && (headingRow || allWritten || roles.every((r, c) => !isUnitColumn(r) || c < cells.length))) cells = [...cells, ...Array<string>(header.length - cells.length).fill('')];
    if (cells.length !== header.length) {
      sink.diagnostics.push(diag('table-cells-uneven', { row: rows.length, columns: header.length }, k + 1));
      break;
    }
    rows.push({ cells, line: rowLine });
  }
  return rows.length >= 2 ? { rows, next: k, ...(ruled ? { unmerged: true } : {}) } : null;
}

/**
 * A header's second line that names the columns under a cell spanning them (责任单位 over 牵头单位 | 配合单位): the
 * header with those names in place, or null. Every cell it fills names a column, at least two of them, and the first
 * line leaves a place empty for the span (责任单位||) or the second names a column the first lacks.
 */
function subHeaderBelow(header: readonly string[], below: readonly string[]): string[] | null {
  const filled = below.map((c, n) => [c, n] as const).filter(([c]) => c !== '');
  if (filled.length < 2 || below.length > header.length + 1 || !filled.every(([c]) => classify(c) !== 'other' && !SEQ_WORD.test(c))) return null;
  if (filled.some(([c, n]) => c === header[n])) return null;
  const merged = [...header];
  for (const [c, n] of filled) merged[n] = c;
  return merged;
}

/** How many bars a line holds (| or ｜). */
const barCount = (line: string): number => line.match(/[|｜]/g)?.length ?? 0;

/**
 * The cells of a row joined with the next line's, when that line is the row wrapped
 * onto a line of its own: every cell it fills goes on from the row's cell above it (a
 * unit cell after 、 or a name the break cut, a task cell not yet at its sentence's
 * end with a shorter remainder that opens no numbered measure), and it fills at
 * least one. Null otherwise (a sub-row of its own, whose cells are not the row's).
 */
function wrappedRowJoined(row: readonly string[], line: readonly string[], roles: readonly ColumnRole[], seqColumn: number): string[] | null {
  const out = [...row];
  let any = false;
  for (const [c, piece] of line.entries()) {
    if (!piece || c === seqColumn) continue;
    const above = out[c] ?? '';
    const role = roles[c];
    const goesOn =
      role !== undefined &&
      above !== '' &&
      (isUnitColumn(role)
        ? /[、，,]$/.test(above) || (endsInNameHead(above) && nameRunsOnAfterBreak(above, piece))
        : (role === 'task' || role === 'measures') && !/[。；;！？]$/.test(above) && piece.length < above.length && !matchHeading(piece, 0));
    if (!goesOn) return null;
    out[c] = above + piece;
    any = true;
  }
  return any ? out : null;
}

/**
 * A `|` table of one row a line with no 序号 column, scraped from a page whose
 * merged cells were written once and then dropped (工作任务 | 具体要求 | 责任单位 |
 * 时限要求, then `一、… | （一）… | 1 | task | units | 持续推进 |` and `2 | task |
 * units | 持续推进 | ||`). A row's leading numbered cells are its numbering: the
 * headings (一、…, （一）…) become title rows and the last one, a bare number,
 * the row's 序号; the cells after them fill the header's last columns, in
 * order. Each row must fill at least a task and a unit column.
 */
function numberedCellsPipeTable(lines: string[], i: number, written: string[], sink: LineSink): FoundTable | null {
  const header = withoutTrailingEmpty(written);
  const read: NumberedRow[] = [];
  let k = i + 1;
  for (; k < lines.length && /[|｜]/.test(lines[k] ?? ''); k++) {
    const cells = withoutTrailingEmpty(pipeLineCells(lines[k]!));
    const lead: string[] = [];
    while (cells.length > 2 && isNumberingCell(cells[0]!)) lead.push(cells.shift()!);
    // the row's task cell numbering itself (四、教育文化 | 14.改扩建泉山学校… | …): its number is the row's 序号, its text
    // the task; so too in a row whose category and unit cells, merged with the row above, were left out (2.做好… |)
    const own = cells.length > 2 || lead.length > 0 || (read.length > 0 && cells.length >= 1) ? NUMBERED_TASK_CELL.exec(foldWidth(cells[0]!)) : null;
    if (own) {
      lead.push(own[1]!);
      cells[0] = cells[0]!.slice(own[0].length).trim();
    }
    if (!lead.length || cells.length > header.length) {
      if (read.length) sink.diagnostics.push(diag('table-cells-uneven', { row: read.length + 1, columns: header.length }, k + 1));
      break;
    }
    read.push({ lead, rest: cells, line: k + 1 });
  }
  return numberedRows(header, read, i, k);
}

/**
 * The same table written one cell a line, each cell ended by `|` (工作任务 | /
 * 具体工作要求 | / 责任单位 | / 完成时限 |, then 一、… | / 1 | / the task | / the units | …):
 * the header is every cell before the first numbering cell; a bare number
 * starts a row, headings before it are its sections.
 */
function numberedCellStreamTable(lines: string[], i: number, sink: LineSink): FoundTable | null {
  // cheap test first, on the next few lines only: a header of words, then a number within the first cells
  // (tried at every | line, so a full scan here would make a long | block quadratic)
  if (!headerThenNumberAhead(lines, i)) return null;
  const { cells, next } = pipeCells(lines, i);
  const filled = cells.filter((c) => c.text !== '');
  const numberAt = filled.findIndex((c) => isNumberingCell(c.text));
  // the header's words, up to the first cell that names no column: the first row's category cell (工作任务 / … /
  // 时限要求 / 强化行政规范性文件集中规范公开 / 1 / …), which stands before the number
  const wordsEnd = filled.slice(0, numberAt).findIndex((c) => classify(c.text.replace(/\s+/g, '')) === 'other');
  const headerEnd = wordsEnd >= 3 ? wordsEnd : numberAt;
  if (headerEnd < 3) return null;
  const header = filled.slice(0, headerEnd).map((c) => c.text.replace(/\s+/g, ''));
  // a header with 序号 is read from its 序号 line on, by the reader above
  if (!hasTaskAndUnits(header) || header.some((c) => SEQ_WORD.test(c))) return null;
  // a category column before the number: a row holds the columns after it, and a cell after a full row is the next category
  const width = headerEnd < numberAt ? header.length - (numberAt - headerEnd) : header.length;
  const read: NumberedRow[] = [];
  let sections: string[] = [];
  let row: NumberedRow | null = null;
  for (const cell of filled.slice(headerEnd)) {
    const bare = isBareNumber(cell.text);
    // a heading between rows is a section; inside a row that has no task and units yet, it is the row's text
    const section = !bare && ((isNumberingCell(cell.text) && (row === null || row.rest.length >= 2)) || row === null || (width < header.length && row.rest.length >= width));
    if (section) {
      sections.push(cell.text);
      row = null;
    } else if (bare) {
      row = { lead: [...sections, cell.text], rest: [], line: cell.line };
      sections = [];
      read.push(row);
    } else if (row) {
      if (row.rest.length >= header.length) {
        sink.diagnostics.push(diag('table-cells-uneven', { row: read.length, columns: header.length }, row.line));
        read.pop();
        break;
      }
      row.rest.push(cell.text);
    }
  }
  return numberedRows(header, read, i, next);
}

/** Whether the `|` cells from line i on hold three or more header words before a numbering cell, within the first 16 cells. */
function headerThenNumberAhead(lines: string[], i: number): boolean {
  const cells: string[] = [];
  for (let k = i; k < lines.length && k < i + 48 && cells.length < 16; k++) for (const c of barCellsAt(lines, k) ?? []) if (c.trim()) cells.push(c.trim());
  const at = cells.findIndex((c) => isNumberingCell(c));
  return at >= 3 && hasTaskAndUnits(cells.slice(0, at).map((c) => c.replace(/\s+/g, '')));
}

interface NumberedRow {
  /** The numbering cells before the row's own: section headings, then a bare 序号. */
  lead: string[];
  rest: string[];
  line: number;
}

/** Rows whose leading numbering cells were read apart: headings as title rows, the cells after the 序号 filling the header's last columns. */
function numberedRows(header: string[], read: NumberedRow[], i: number, next: number): FoundTable | null {
  const width = Math.max(0, ...read.map((r) => r.rest.length));
  if (read.length < 1 || width < 2) return null;
  const columns = header.slice(header.length - width);
  if (!hasTaskAndUnits(['序号', ...columns])) return null;
  const rows: Row[] = [{ cells: ['序号', ...columns], line: i + 1 }];
  for (const r of read) {
    const lead = [...r.lead];
    const seq = isBareNumber(lead[lead.length - 1] ?? '') ? lead.pop()! : '';
    for (const heading of lead) rows.push({ cells: [heading], line: r.line, merged: true });
    rows.push({ cells: [seq, ...r.rest, ...Array.from({ length: width - r.rest.length }, () => '')], line: r.line });
  }
  return { rows, next };
}

function withoutTrailingEmpty(cells: string[]): string[] {
  const out = [...cells];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/** A task cell opening with its row's number: 14.改扩建泉山学校及庙后吕家初级中学 (the number, then the text after it). */
const NUMBERED_TASK_CELL = /^(\d{1,3})[.、]\s*(?=\S)/;

/** A bare 序号: 12, or １２ as a full-width copy writes it. */
const isBareNumber = (cell: string): boolean => /^\d{1,3}$/.test(foldWidth(cell.trim()));

/** A 序号 cell: a bare number, or a number mark alone ((8), （8）, 8., ①). */
function isSeqCell(cell: string): boolean {
  if (isBareNumber(cell)) return true;
  const c = foldWidth(cell.trim());
  // 1-1, 2-3: a row numbered under its category; 一, 二: a category row's own number
  if (SEQ_UNDER_CATEGORY.test(c) || BARE_CN_SEQ.test(c)) return true;
  const mark = matchHeading(c);
  return mark !== null && mark.length >= c.length;
}

/** A cell that is numbering: a bare 序号 (12) or a numbered heading (一、…, （一）…). */
function isNumberingCell(cell: string): boolean {
  if (isBareNumber(cell)) return true;
  const c = foldWidth(cell.trim());
  const mark = matchHeading(c);
  return mark !== null && mark.length < c.length && !/^\d/.test(c);
}

/**
 * The cells a line holds in a `|` table: those of a `|` line, or the line itself when a line of bars alone
 * closes it (工作任务 / | / 具体要求 / | …); null for a line outside such a table.
 */
function barCellsAt(lines: readonly string[], k: number): string[] | null {
  const line = lines[k] ?? '';
  if (/[|｜]/.test(line)) return pipeLineCells(line);
  return line.trim() !== '' && BARS_ONLY.test(lines[k + 1] ?? '') ? [line.trim()] : null;
}

/**
 * The cells of one `|` line: `a | b | c |` or `| a | b |`, without the empty ends. In a table whose lines open
 * with a cell, not a bar (序号|重点任务|…), a bar at the line's start closes an empty first cell (||牵头单位|…).
 */
function pipeLineCells(line: string, opensWithBar = true): string[] {
  const cells = line.split(/[|｜]/).map((c) => c.trim());
  if (cells[0] === '' && opensWithBar) cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** A cell of a Markdown table's rule row: --- with optional alignment colons. */
const RULE_CELL = /^:?-{3,}:?$/;

/** A line of bars alone (`|`, `||||`): the ends of cells written on the lines before it. */
const BARS_ONLY = /^[ \t\u3000]*[|｜]+[ \t\u3000]*$/;

/** The text before the first `|` of a line, or null when the line has none. */
function pipeCell(line: string): string | null {
  const at = line.search(/[|｜]/);
  return at < 0 ? null : line.slice(0, at).trim();
}

/** How many cells a table a cell a line has read before a line over a new 序号 header is taken for that table's caption. */
const CAPTION_AFTER_CELLS = 3;

/**
 * The `|`-ended cells from line `i` on, each with the line it starts on, until
 * a line with no `|` that no `|` follows within two lines (a cell may run over
 * lines). Returns the cells and the index of the first line after the table.
 */
function pipeCells(lines: string[], i: number): { cells: { text: string; line: number }[]; next: number } {
  const cells: { text: string; line: number }[] = [];
  let current = '';
  let startLine = i + 1;
  let k = i;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!/[|｜]/.test(line)) {
      const ahead = lines.slice(k + 1, k + 3).some((l) => /[|｜]/.test(l));
      // (an attachment's mark, 附件1:, is no cell's wrapped line, nor, after a table's cells, the caption of the next table
      // over its 序号 |: …听证事项目录)
      const nextBar = lines.slice(k + 1, k + 3).find((l) => /[|｜]/.test(l));
      const caption = cells.length >= CAPTION_AFTER_CELLS && SEQ_WORD.test(pipeLineCells(nextBar ?? '')[0] ?? '');
      if (!ahead || !line.trim() || DOCUMENT_FOOT.test(line.trim()) || caption) break;
    }
    const pieces = line.split(/[|｜]/);
    pieces.forEach((piece, n) => {
      if (current === '' && piece.trim() !== '') startLine = k + 1;
      current = current ? `${current}\n${piece}` : piece;
      if (n < pieces.length - 1) {
        cells.push({ text: current.trim(), line: startLine });
        current = '';
        startLine = k + 1;
      }
    });
  }
  // leading empty cells (a `||||` line under the caption) belong to no column
  while (cells.length && cells[0]!.text === '') cells.shift();
  return { cells, next: k };
}

/**
 * Whether the line after a table a cell a line is its last cell, its closing `|` lost at the end of the copy: the last
 * row is one cell short, the column it lacks is the last and holds units, and the line names them.
 */
function lastCellUnclosed(lines: readonly string[], next: number, cells: readonly { text: string }[], roles: readonly ColumnRole[]): boolean {
  const line = lines[next];
  if (!line?.trim() || /[|｜]/.test(line) || !isUnitColumn(roles.at(-1)!) || (lines[next - 1] ?? '').trim().replace(/[|｜]/g, '') !== '') return false;
  const lastRow = cells.findLastIndex((c) => /^\d{1,3}$/.test(c.text));
  return lastRow >= 0 && cells.length - lastRow === roles.length - 1 && looksLikeUnitLine(line.trim());
}

/** The columns a `|` table copied without its header row is read with: a number, the task, the units. */
const HEADERLESS_COLUMNS = ['序号', '工作任务', '责任单位'];

/**
 * A `|` table written a cell a line whose header row was lost (a scrape that kept only the body):
 * categories (一、… |, (一)… |) and rows of three cells, a bare number in order (1 |), the task,
 * and a cell that names units (its note in brackets aside). Read under 序号 / 工作任务 / 责任单位;
 * null unless three rows read so.
 */
function headerlessCellPipeTable(lines: string[], i: number, simplify: Simplify): FoundTable | null {
  const first = pipeCell(lines[i] ?? '');
  if (first === null || (first !== '1' && !isCategoryCell(first))) return null;
  const { cells, next: afterCells } = pipeCells(lines, i);
  const rows: Row[] = [{ cells: HEADERLESS_COLUMNS, line: i + 1 }];
  let seq = 1;
  let k = 0;
  while (k < cells.length) {
    const cell = cells[k]!;
    if (isCategoryCell(cell.text)) {
      rows.push({ cells: [cell.text], line: cell.line, merged: true });
      k++;
      continue;
    }
    if (cell.text !== String(seq)) break;
    let end = k + 1;
    while (end < cells.length && cells[end]!.text !== String(seq + 1) && !isCategoryCell(cells[end]!.text)) end++;
    const body = cells.slice(k + 1, end).filter((c) => c.text);
    const units = replaceEvery(simplify(body[1]?.text ?? ''), BRACKETED_NOTE, '');
    if (body.length !== 2 || !namesOnlyUnits(units)) break;
    rows.push({ cells: [cell.text, body[0]!.text, body[1]!.text], line: cell.line });
    seq++;
    k = end;
  }
  if (seq <= 3) return null;
  // the table ends before the first cell it could not read
  return { rows, next: k < cells.length ? cells[k]!.line - 1 : afterCells };
}

/** A cell that names units and no work: some name ends like a unit's, none opens with a verb (新建滨江口袋公园, 举办…洽谈会). */
function namesOnlyUnits(cell: string): boolean {
  const names = cell.split(/[、，,]+(?![^（(]*[）)])/).map((n) => n.trim()).filter(Boolean);
  return namesSomeUnit(cell) && names.every((n) => !VERB_OPENING.test(n) && !/^举办|^召开/.test(n));
}

/** A bracketed note after a unit list: （包括…，下同）. */
const BRACKETED_NOTE = /[（(][^（）()]*(?:下同|包括|含)[^（）()]*[）)]/;

/** How many rows below a header are read to find its unit column by what the cells hold. */
const UNIT_COLUMN_SAMPLE = 12;

/**
 * A `|` header with 序号 and a task column but no unit column, its unit column's header slipped (序號 | 事項名稱 |
 * 事項名稱 | 完成時間, where the second 事項名稱 holds 縣林草局, 縣衛健局, or a header cell left empty): the column after
 * the task, headed so, whose cells in the rows below are all units' names (two at least) is the unit column. The header
 * as written where there is none.
 */
function withUnitColumnByContent(header: string[], lines: string[], i: number): string[] {
  const roles = header.map(classify);
  const taskCol = roles.findIndex((r) => TASK_ROLES.has(r));
  if (taskCol < 0 || !header.some((c) => SEQ_WORD.test(c))) return header;
  const columns = header.map(() => [] as string[]);
  for (let k = i + 1; k < lines.length && k <= i + UNIT_COLUMN_SAMPLE && /[|｜]/.test(lines[k] ?? ''); k++) {
    pipeLineCells(lines[k]!).forEach((cell, c) => {
      if (c < columns.length && cell.trim()) columns[c]!.push(cell.trim());
    });
  }
  // only a header cell that slipped: left empty, or the word of another column written again (a column of 检查对象,
  // 活动地点 or 受理机构 names organisations that are not the task's units)
  const slipped = (c: number) => !header[c] || header.indexOf(header[c]!) !== c;
  const unitCol = columns.findIndex((cells, c) => c > taskCol && slipped(c) && cells.length >= 2 && cells.every((cell) => looksLikeUnitLine(cell)));
  return unitCol < 0 ? header : header.map((h, c) => (c === unitCol ? '责任单位' : h));
}

/**
 * A table copied onto one line with one space between its cells (…分解表 序号 重点任务 具体工作 时间进度 责任部门 一
 * 推进碳达峰碳中和综合管理 1 全力推进… 全年推进 发展改革委、… 2 …): the line's pieces as the table's lines, the text
 * before the header one line, the header another, and each row and category row one (cut before the next number in
 * turn, 1, 2, 3 …, or the next category's numeral, 一, 二 …, standing as a word, once the row before names its units), so
 * that the readers of a table a row a line read it. Null unless three rows or more so read.
 */
function unfoldedTable(line: string): { text: string; col: number }[] | null {
  if (line.length < ONE_LINE_TABLE_MIN || !ONE_LINE_HEADER.test(line)) return null;
  const words = spacedWords(line);
  const seqAt = words.findIndex((w) => SEQ_WORD.test(w.text));
  const first = words.findIndex((w, k) => k > seqAt && (w.text === '1' || w.text === '一' || w.text.startsWith('一、')));
  // (a header letter-spaced throughout is one word a character, as many as the regular expression above lets through)
  const header = seqAt < 0 || first < 0 || first - seqAt > ONE_LINE_HEADER_SPAN ? [] : oneLineHeaderWords(words.slice(seqAt, first).map((w) => w.text));
  if (seqAt < 0 || first < 0 || header.length > ONE_LINE_HEADER_WORDS || !hasTaskAndUnits(header)) return null;
  const starts = [seqAt, first];
  let seq = 1;
  let category = 0;
  let named = true;
  for (let k = first; k < words.length; k++) {
    const w = words[k]!.text;
    const numeral = toChineseNumeral(category + 1);
    const opens = w === String(seq) || w === numeral || w.startsWith(`${numeral}、`);
    if (opens && named && k > first) starts.push(k);
    if (opens && (named || k === first)) {
      // a category row names no units: the row after it opens at its number
      named = w !== String(seq);
      if (w === String(seq)) seq++;
      else category++;
      continue;
    }
    named ||= namesUnitCell(w);
  }
  if (seq <= ONE_LINE_ROWS_MIN) return null;
  const pieces = starts.map((k, n) => {
    const from = words[k]!.at;
    const to = n + 1 < starts.length ? words[starts[n + 1]!]!.at : line.length;
    // the header as its words (a header letter-spaced throughout closed up: 序号 任务名称 指标要求 牵头部门 …)
    return { text: n === 0 ? header.join(' ') : line.slice(from, to).trimEnd(), col: from + 1 };
  });
  return [...captionPieces(line, words.slice(0, seqAt)), ...pieces];
}

/**
 * A one-line table's header words, a header letter-spaced throughout (序号 任 务 名 称 牵 头 部 门 …) closed up and split
 * at its column words as a glued header is.
 */
function oneLineHeaderWords(words: string[]): string[] {
  return joinLetterSpaced(words).flatMap(columnWordsOf);
}

/**
 * A header word that holds two column words or more, one of them a unit column's (a header letter-spaced and closed
 * up: 任务名称指标要求牵头部门配合部门目标类型) cut at them; a word of one column (项目名称及建设内容) stays as written.
 */
function columnWordsOf(word: string): string[] {
  // (a word with brackets or a conjunction in it is one column: 牵头单位（部门）, 牵头单位及责任人)
  if (word.length <= HEADER_CELL_WORD_MAX || /[（）()、及和与或]/.test(word)) return [word];
  const cells = gluedHeaderCells(`序号${word}`)?.slice(1) ?? headerRunCells(word);
  // (a unit column's word among them: one header cell names no units beside its own words)
  const roles = cells.map(classify);
  return roles.filter((r) => r !== 'other').length >= 2 && roles.some(isUnitColumn) ? cells : [word];
}
/** The longest header word never cut (牵头部门配合部门 is cut; a word of one column is rarely longer). */
const HEADER_CELL_WORD_MAX = 7;
/** The lengths a header cell of a run closed up may have. */
const RUN_CELL_MIN = 2;
const RUN_CELL_MAX = 8;
/** The shortest cell of such a run that counts as a column word. */
const RUN_KNOWN_MIN = 4;

/**
 * A header run closed up (任务名称指标要求牵头部门配合部门目标类型) cut into cells: as many column words the lexicon knows as
 * it holds (任务名称, 牵头部门, 配合部门), each stretch between them a cell of its own (指标要求, 目标类型); the run whole when
 * it holds no known word. One pass over its places, each trying the few lengths a cell may have.
 */
function headerRunCells(run: string): string[] {
  // best[i]: the most known words that run.slice(0, i) splits into, then the tightest (the fewest characters in known
  // cells: 任务名称 rather than 任务名称指标要求), then the fewest cells; from[i] where its last cell starts
  const best: { known: number; tight: number; cells: number }[] = [{ known: 0, tight: 0, cells: 0 }];
  const from: number[] = [0];
  const better = (a: { known: number; tight: number; cells: number }, b: { known: number; tight: number; cells: number } | undefined) =>
    !b || a.known > b.known || (a.known === b.known && (a.tight < b.tight || (a.tight === b.tight && a.cells < b.cells)));
  for (let j = 1; j <= run.length; j++) {
    for (let len = RUN_CELL_MIN; len <= Math.min(RUN_CELL_MAX, j); len++) {
      const prev = best[j - len];
      if (!prev) continue;
      // (a known word of two characters, 牵头 or 单位, is a piece of a column's word, not one of its own)
      const isKnown = len >= RUN_KNOWN_MIN && classify(run.slice(j - len, j)) !== 'other';
      const cand = { known: prev.known + (isKnown ? 1 : 0), tight: prev.tight + (isKnown ? len : 0), cells: prev.cells + 1 };
      if (better(cand, best[j])) {
        best[j] = cand;
        from[j] = j - len;
      }
    }
  }
  if (!best[run.length]?.known) return [run];
  const cells: string[] = [];
  for (let j = run.length; j > 0; j = from[j]!) cells.unshift(run.slice(from[j]!, j));
  return cells;
}

/** 序号 as a `|` table's first header cell. */
const PIPE_SEQ_CELL = /序[ \u3000]*号[ \u3000]*[|｜]/;
const BAR = /[|｜]/;

/** The words of a text set apart by spaces, each with where it starts. */
const spacedWords = (text: string): { text: string; at: number }[] => [...text.matchAll(/[^ ]+/g)].map((m) => ({ text: m[0], at: m.index }));

/**
 * Where a `|` table's header starts in a line (序号 | 任务名称 | … | 责任单位 | 1 | …): its cells from 序号 up to the first
 * row's number (or category) head a task table (a header word spaced out in its cell read whole: 承办 单位). Null
 * otherwise, after a look of at most a header's length.
 */
function pipeTableHeaderAt(line: string): number | null {
  const seq = PIPE_SEQ_CELL.exec(line);
  if (!seq) return null;
  const header: string[] = [];
  let from = seq.index;
  for (const bar of matchesFrom(BAR, line, seq.index)) {
    const cell = line.slice(from, bar.index).replace(/[ \u3000]+/g, '');
    from = bar.index + 1;
    if (cell === '1' || isCategoryCell(cell)) return header.length >= 3 && hasTaskAndUnits(header.filter(Boolean)) ? seq.index : null;
    if (header.length >= PIPE_HEADER_CELLS_MAX) return null;
    header.push(cell);
  }
  return null;
}

/** The most cells a `|` table's header holds before its first row on one line (its empty cells counted). */
const PIPE_HEADER_CELLS_MAX = 28;

/**
 * A `|` table copied onto one line (序号 | 任务名称 | 责任单位 | 1 | 滚动推进… | 县发改局 | 2 | …): a piece a cell, each
 * with its bar, as a copy a cell a line has them, so that the `|` table's reader reads it; the text before the header
 * as the pieces of its caption. Null unless the cells before the first row's number (or category) head a task table.
 */
function unfoldedPipeTable(line: string): { text: string; col: number }[] | null {
  if (line.length < ONE_LINE_TABLE_MIN) return null;
  const at = pipeTableHeaderAt(line);
  if (at === null) return null;
  const pieces: { text: string; col: number }[] = [];
  let from = at;
  for (const bar of matchesFrom(BAR, line, at)) {
    pieces.push({ text: line.slice(from, bar.index + 1).trim(), col: from + 1 });
    from = bar.index + 1;
  }
  if (line.slice(from).trim()) pieces.push({ text: line.slice(from).trim(), col: from + 1 });
  const before = line.slice(0, at);
  return [...(before.trim() ? captionPieces(line, spacedWords(before)) : []), ...pieces];
}

/**
 * The text before a one-line table's header as pieces: the table's caption (…签约项目任务分解汇总表) and what follows it
 * (截止日期：2015年9月1日) pieces of their own, and the attachment's mark before the caption (附件2) one too, so that the
 * table's part starts where the copy's lines started it; the text before them one piece.
 */
function captionPieces(line: string, words: readonly { text: string; at: number }[]): { text: string; col: number }[] {
  const caption = words.findLastIndex((w, k) => k >= words.length - CAPTION_WORDS_BACK && TABLE_CAPTION.test(w.text));
  const cuts = caption < 0 ? [0] : [0, ...(caption > 0 && ATTACHMENT_MARK.test(words[caption - 1]!.text) ? [caption - 1] : []), caption, ...(caption + 1 < words.length ? [caption + 1] : [])];
  const end = words.length ? words.at(-1)!.at + words.at(-1)!.text.length : 0;
  return cuts.flatMap((k, n) => {
    const from = words[k]?.at ?? 0;
    const to = n + 1 < cuts.length ? words[cuts[n + 1]!]!.at : end;
    const text = line.slice(from, to).trimEnd();
    return text.trim() ? [{ text, col: from + 1 }] : [];
  });
}

/** A table's caption, one word (…任务分解汇总表, …责任清单), and how far back from the header it is looked for. */
const TABLE_CAPTION = /^[^，,。；;：:]{6,60}(?:表|清单)$/;
const CAPTION_WORDS_BACK = 3;
/** An attachment's mark standing as a word before its title (附件2, 附件). */
const ATTACHMENT_MARK = /^附件[0-9一二三四五六七八九十]{0,2}$/;

/** The most words a one-line table's header holds, and the fewest rows that make the line a table. */
const ONE_LINE_HEADER_WORDS = 14;
/** The most words before the first row's number that may make a one-line table's header, letter-spaced or not. */
const ONE_LINE_HEADER_SPAN = 42;
const ONE_LINE_ROWS_MIN = 3;

/**
 * The lines a text's tables are read from: each line that holds a table copied onto one line given as its pieces
 * (see unfoldedTable), with the 1-based line and column each piece stands at. Null where no line does.
 */
function unfoldOneLineTables(lines: readonly string[]): { lines: string[]; at: number[]; col: number[] } | null {
  const out: { lines: string[]; at: number[]; col: number[] } = { lines: [], at: [], col: [] };
  let any = false;
  lines.forEach((line, i) => {
    const pieces = unfoldedPipeTable(line) ?? unfoldedTable(line);
    any ||= pieces !== null;
    for (const p of pieces ?? [{ text: line, col: 1 }]) {
      out.lines.push(p.text);
      out.at.push(i + 1);
      out.col.push(p.col);
    }
  });
  return any ? out : null;
}
/** A line shorter than this holds no table of rows. */
const ONE_LINE_TABLE_MIN = 80;

function hasTaskAndUnits(header: string[]): boolean {
  const roles = header.map(classify);
  const has = (...wanted: ColumnRole[]) => roles.some((r) => wanted.includes(r));
  // a column of 有关要求 is the measures of a table with a task column, never a task column of its own (材料名称 /
  // 相关要求 / 出具单位 is a list of papers)
  const measuresAlone = roles.some((r, c) => r === 'measures' && !REQUIREMENTS_ONLY.test(header[c] ?? ''));
  return header.length >= 3 && (has('task') || measuresAlone) && has('lead', 'cooperating', 'responsible');
}

/** Headers of requirements that make no task column when no task column stands beside them. */
const REQUIREMENTS_ONLY = /^(?:有关|相关|主要)要求$/;

/**
 * A header written one cell per line, 序号 first, then short lines up to the
 * first row's 序号 (1). A header cell wrapped in the copy (责任 / 领导) comes as
 * two lines: when there are more header lines than cells in a row, adjacent
 * lines are joined where the joined words name a column (责任领导, 责任科室).
 */
function cellHeaderAt(lines: string[], i: number, simplify: Simplify): (CellHeader & { next: number }) | null {
  // spaced out to fill its cell: 序  号
  const word = (k: number) => (lines[k] ?? '').trim().replace(/[ \t\u3000]+/g, '');
  // a category column before 序号 (类别 / 序号 / 工作任务 …): its cells stand once before their group's first row
  // (a short word naming groups of rows before 序号 heads one too: 考核项目 / 序号 / 考核指标 …)
  const sectionColumn = isGroupingHeader(simplify(word(i))) && SEQ_WORD.test(word(nextFilled(lines, i + 1)));
  const written = sectionColumn ? [word(i)] : [];
  if (sectionColumn) i = nextFilled(lines, i + 1);
  const first = word(i);
  if (!SEQ_WORD.test(first)) return null;
  const fragments = [first];
  const notes: { text: string; line: number }[] = [];
  written.push(first);
  let j = nextFilled(lines, i + 1);
  for (; j < lines.length && fragments.length <= MAX_HEADER_LINES; j = nextFilled(lines, j + 1)) {
    // a header cell spaced out to fill its column (主  要  工  作  任  务, 责 任 单 位) is its word
    const t = word(j);
    // under a category column, the line right before the first 序号 is the first category's value (数字政府, though it
    // reads like a name)
    const firstCategory = sectionColumn && (isCategoryValue(lines, j, 1, 1) || (t.length <= 16 && lines[nextFilled(lines, j + 1)]?.trim() === '1'));
    // a note on the column in brackets after its word (责任单位（排在第一位的为牵头单位）) is no part of the word: the
    // notice's lead notes read it where it stands
    const bare = t.replace(HEADER_NOTE, '') || t;
    if (/^\d+$/.test(t) || bare.length > 12 || /[。；;]$/.test(t) || sectionRowAt(lines, j) || firstCategory) break;
    fragments.push(simplify(bare));
    written.push(t);
    if (bare !== t && t.length - bare.length >= HEADER_NOTE_MIN) notes.push({ text: t.slice(bare.length), line: j });
  }
  // category rows may stand between the header and the first row, and a category column's first value
  let one = j;
  for (let section = sectionRowAt(lines, one); section; section = sectionRowAt(lines, one)) one = nextFilled(lines, section.next);
  if (sectionColumn && lines[one]?.trim() !== '1' && lines[nextFilled(lines, one + 1)]?.trim() === '1') one = nextFilled(lines, one + 1);
  if (lines[one]?.trim() !== '1') return null;
  // more header lines than cells in a row: wrapped header cells; fewer: wrapped body cells
  const joined = joinCertainWraps(fragments);
  const width = Math.min(joined.length, rowWidth(lines, one) ?? joined.length);
  const read = subHeadersInPlace(joined, width) ?? joinWrappedHeader(joined, width);
  const columns = read && withMeasureUnitColumn(read);
  if (!columns || !hasTaskAndUnits(columns)) return null;
  // a category column right after 序号 (序号 / 类别 / 工作任务 …): its cells stand in the first row of their group, after its number
  if (!sectionColumn && classify(columns[1] ?? '') === 'section' && columns.length >= 4 && numberedCategoryAt(lines, nextFilled(lines, one + 1))) return { columns: columns.filter((_, c) => c !== 1), next: j, sectionColumn, lines: written, notes, categoryAfterSeq: true };
  return { columns, next: j, sectionColumn, lines: written, notes };
}

const MAX_HEADER_LINES = 24;
/** The longest header word of a column standing before 序号. */
const GROUPING_HEADER_MAX = 6;
/** The nouns a column of groups before 序号 may be named by besides the category words: 考核项目, 工作事项, 重点领域指标. */
const GROUPING_NOUN_END = /(?:项目|事项|指标|内容)$/;
/**
 * A header word before 序号: a category column (类别, 领域), or a short word naming groups of rows (考核项目), since 序号
 * opens the rows; never the table's caption (考核任务清单, …计划表).
 */
function isGroupingHeader(word: string): boolean {
  const role = classify(word);
  return role === 'section' || (word.length <= GROUPING_HEADER_MAX && GROUPING_NOUN_END.test(word) && role !== 'other' && !isUnitColumn(role));
}
/** A bracketed note closing a header cell: （排在第一位的为牵头单位）, (按职责分工); a unit of measure ((万元)) is no note to keep. */
const HEADER_NOTE = /[（(][^（）()]{2,30}[）)]$/;
const HEADER_NOTE_MIN = 7;

/**
 * A header of two tiers flattened a cell a line: the top tier's cells, one of them a group over unit columns
 * (责任分工 over 牵头部门 and 配合部门), then the second tier's cells under it. The rows hold the sub-columns where the
 * group stands: 序号 / 任务事项 / 责任分工 / 责任人 / 牵头部门 / 配合部门 → 序号 / 任务事项 / 牵头部门 / 配合部门 / 责任人.
 * Null unless the header's last cells are unit columns and putting them in the group's place gives the row's width.
 */
function subHeadersInPlace(fragments: string[], width: number): string[] | null {
  const roles = fragments.map(classify);
  let tail = 0;
  while (tail < roles.length && isUnitColumn(roles[roles.length - 1 - tail]!)) tail++;
  if (tail < 2 || fragments.length - 1 !== width) return null;
  const group = roles.findIndex((r, i) => isUnitColumn(r) && i < roles.length - tail);
  if (group < 0 || roles.slice(group + 1, roles.length - tail).some(isUnitColumn)) return null;
  const subs = fragments.slice(fragments.length - tail);
  return [...fragments.slice(0, group), ...subs, ...fragments.slice(group + 1, fragments.length - tail)];
}

/** A unit of measure in brackets, the second line of a header cell: (万元), （%）, (个). */
const MEASURE_NOTE = /^[（(](?:万元|亿元|元|%|％|个|人|万人|户|平方米|万平方米|公里|千米|亩|万亩|吨|万吨|公顷|处|座|项|家|台|辆|套|MW|兆瓦)[）)]$/;

/**
 * Header lines that can only be half a header cell, joined to the line before:
 * a unit of measure in brackets ((万元), （%）), a date header's two halves (开工 / 时间 →
 * 开工时间, 竣工 / 时间; the lexicon lists the halves: a whole word such as 备注 never joins),
 * a header word wrapped after its first character (主 / 要 内 容 → 主要内容), and a
 * bracketed note wrapped before its closing bracket. The
 * row width cannot decide these when a row has extra lines of its own (a unit
 * cell of one name a line).
 */
function joinCertainWraps(fragments: string[]): string[] {
  const out: string[] = [];
  for (const f of fragments) {
    const prev = out[out.length - 1];
    const note = MEASURE_NOTE.test(f);
    const half = prev !== undefined && (WRAPPED_DATE_HEADS as readonly string[]).includes(prev) && (WRAPPED_DATE_TAILS as readonly string[]).includes(f);
    // one character that names no column, whose next line completes a header word (主 / 要内容 → 主要内容), or a short
    // word that names none completed by one character (完成时 / 限, 牵头单 / 位: a narrow column's wrap)
    const split = prev !== undefined && (prev.length === 1 || (f.length === 1 && prev.length <= 4)) && classify(prev) === 'other' && classify(prev + f) !== 'other';
    // a bracketed note cut by the wrap (责任单位（排在第一位 / 的为牵头单位）) goes on to its closing bracket
    const open = prev !== undefined && /[（(][^）)]*$/.test(prev);
    if (prev !== undefined && (note || half || split || open)) out[out.length - 1] = prev + f;
    else out.push(f);
  }
  return out;
}

/**
 * The number of cells in a row: the most filled lines between the lines holding
 * 序号 1, 2, 3 and 4 (a row may lack a cell merged with the row above), or null
 * when 2 does not follow close enough.
 */
function rowWidth(lines: string[], one: number): number | null {
  let widest: number | null = null;
  let at = one;
  for (let row = 0, seq = 1; row < 3 && at < lines.length; row++) {
    let n = 1;
    let k = nextFilled(lines, at + 1);
    for (; k < lines.length && n <= MAX_HEADER_LINES; k = nextFilled(lines, k + 1), n++) {
      const t = lines[k]!.trim();
      // (a category right after the number is the row's category cell: 1 / 一、产业发展 / 做大做强鞋服产业… under 序号 / 类别)
      if (t === String(seq + 1) || (n > 1 && sectionRowAt(lines, k))) break;
    }
    if (k >= lines.length || n > MAX_HEADER_LINES) break;
    widest = Math.max(widest ?? 0, n);
    // the next row: after any category rows, numbering goes on or starts again at 1
    while (sectionRowAt(lines, k)) k = nextFilled(lines, sectionRowAt(lines, k)!.next);
    const t = lines[k]?.trim();
    if (t === String(seq + 1)) seq++;
    else if (t === '1') seq = 1;
    else break;
    at = k;
  }
  return widest;
}

/**
 * Joins header lines into `width` columns, each of one to three adjacent lines,
 * choosing the grouping that names the most columns with the fewest joins.
 * Null when it cannot be done (fewer lines than columns).
 */
function joinWrappedHeader(fragments: string[], width: number): string[] | null {
  const n = fragments.length;
  if (n === width) return fragments;
  if (n < width || n > width * 3) return null;
  // best[k][c]: the best score for the first k lines in c columns, and where its last column starts
  const best: { score: number; from: number }[][] = Array.from({ length: n + 1 }, () => Array.from({ length: width + 1 }, () => ({ score: -Infinity, from: -1 })));
  best[0]![0] = { score: 0, from: -1 };
  for (let k = 1; k <= n; k++) {
    for (let c = 1; c <= Math.min(width, k); c++) {
      for (let len = 1; len <= 3 && len <= k; len++) {
        const prev = best[k - len]![c - 1]!;
        if (prev.score === -Infinity) continue;
        const words = fragments.slice(k - len, k).join('');
        // 序号 stands alone: joined to the next words it would pass for another column (序号主要工作举措)
        const seqJoined = len > 1 && k - len === 0;
        // a lone fragment of one or two characters (牵头, 单位, 责任) is more likely half a wrapped header than a column
        const named = classify(words) === 'other' ? 0 : len === 1 && words.length <= 2 && k > 1 ? 1 : 2;
        // a whole header word with a fragment that names nothing after it (重点工作 / 区本级, where 区本级 / 任务数 is
        // the next cell wrapped) is less likely than the fragment opening the next cell
        const tailOnWord = len > 1 && classify(fragments[k - len]!) !== 'other' && classify(fragments[k - 1]!) === 'other';
        const score = prev.score + named - (len - 1) - (seqJoined ? 5 : 0) - (tailOnWord ? 1 : 0);
        if (score > best[k]![c]!.score) best[k]![c] = { score, from: k - len };
      }
    }
  }
  if (best[n]![width]!.score === -Infinity) return null;
  const columns: string[] = [];
  for (let k = n, c = width; c > 0; c--) {
    const from = best[k]![c]!.from;
    columns.unshift(fragments.slice(from, k).join(''));
    k = from;
  }
  return columns;
}

/**
 * A header written one cell per line without a 序号 column (工作任务 / 责任单位 /
 * 主要工作 / 完成时限): three or more short lines that name a task column and a
 * unit column, before the first line that is no header word.
 */
function unnumberedHeaderAt(lines: string[], i: number, simplify: Simplify): { columns: string[]; next: number } | null {
  const columns: string[] = [];
  let j = i;
  for (; j < lines.length && columns.length <= MAX_HEADER_LINES; j = nextFilled(lines, j + 1)) {
    const t = lines[j]!.trim().replace(/[ \t\u3000]+/g, '');
    if (!t || t.length > 12 || /[。；;，,：:]/.test(t) || /^\d/.test(t) || matchHeading(foldWidth(t)) || classify(simplify(t)) === 'other') break;
    columns.push(simplify(t));
  }
  if (columns.length < 3 || SEQ_WORD.test(columns[0]!) || !hasTaskAndUnits(columns)) return null;
  return { columns, next: j };
}

/** How many filled lines after a row's task cell its unit cell may stand: the columns between them, and a wrapped cell or two. */
const unitWindow = (taskCol: number, unitCol: number) => Math.max(1, unitCol - taskCol) + 3;

/** Whether the line at k starts row `seq` (a task cell numbered 1、 / 1. / （1）…), with a unit cell close after it and no other numbered line between. */
function numberedRowAt(lines: string[], k: number, seq: number, window: number): boolean {
  const t = foldWidth(lines[k]?.trim() ?? '');
  const mark = matchHeading(t);
  if (!mark || mark.value !== seq || t.length <= mark.length || SECTION_STYLES.has(mark.style)) return false;
  for (let m = nextFilled(lines, k + 1), n = 0; m < lines.length && n < window; m = nextFilled(lines, m + 1), n++) {
    const line = lines[m]!.trim();
    if (looksLikeUnitLine(line.replace(/[、，,]+$/, ''))) return true;
    // another numbered line first: this one is a measure cell's own item (1.启动… / 2.加快…), the row starts later
    const other = matchHeading(foldWidth(line));
    if (other && !SECTION_STYLES.has(other.style)) return false;
  }
  return false;
}

/**
 * A table flattened a cell a line whose header has no 序号 column, each task
 * cell carrying its own number (1.加快中小学建设。 / 教育卫体局 / 1.启动… / 12月底):
 * a row starts at the task cell numbered next whose unit cell follows within a
 * few lines (a measure cell's own 1. 2. 3. has none); the first run of lines
 * after it that read as units is the unit cell, a short time limit the
 * deadline, the rest a remark. Category rows (一、加强教育资源供给。) stand between
 * rows. Every row read so is said in a warning.
 */
function unnumberedCellTableAt(lines: string[], i: number, sink: LineSink, simplify: Simplify): FoundTable | null {
  const header = unnumberedHeaderAt(lines, i, simplify);
  if (!header) return null;
  const roles = header.columns.map(classify);
  const taskCol = roles.findIndex((r) => r === 'task' || r === 'measures');
  const unitCol = roles.findIndex(isUnitColumn);
  const unitCols = roles.flatMap((r, c) => (isUnitColumn(r) ? [c] : []));
  const deadlineCol = roles.indexOf('deadline');
  if (taskCol < 0 || unitCol < 0) return null;
  const window = unitWindow(taskCol, unitCol);
  const columns = ['序号', header.columns[taskCol]!, ...unitCols.map((c) => header.columns[c]!), deadlineCol >= 0 ? header.columns[deadlineCol]! : '完成时限', '备注'];
  const rows: Row[] = [{ cells: columns, line: i + 1 }];
  let seq = 1;
  let k = nextFilled(lines, header.next);
  // lines before the first row: a category (高质量发展) or nothing
  for (let n = 0; k < lines.length && n < 3 && !numberedRowAt(lines, k, 1, window); n++) {
    const section = sectionRowAt(lines, k);
    if (section) rows.push({ cells: [section.text], line: k + 1, merged: true });
    k = nextFilled(lines, section ? section.next : k + 1);
  }
  while (k < lines.length) {
    const section = sectionRowAt(lines, k);
    if (section && !numberedRowAt(lines, k, seq, window)) {
      rows.push({ cells: [section.text], line: k + 1, merged: true });
      k = nextFilled(lines, section.next);
      continue;
    }
    if (!numberedRowAt(lines, k, seq, window) && !(seq > 1 && numberedRowAt(lines, k, 1, window) && rows[rows.length - 1]?.merged)) break;
    const start = k;
    const first = foldWidth(lines[k]!.trim());
    const mark = matchHeading(first)!;
    seq = mark.value;
    const cell = { units: [] as string[], deadline: '', rest: [] as string[] };
    let unitsDone = false;
    for (k = nextFilled(lines, k + 1); k < lines.length; k = nextFilled(lines, k + 1)) {
      if (numberedRowAt(lines, k, seq + 1, window) || numberedRowAt(lines, k, 1, window) || (sectionRowAt(lines, k) && SECTION_STYLES.has(matchHeading(foldWidth(lines[k]!.trim()))?.style ?? 'num'))) break;
      const line = lines[k]!.trim();
      const names = line.replace(/[、，,]+$/, '');
      if (!unitsDone && looksLikeUnitLine(names)) cell.units.push(line);
      else {
        if (cell.units.length) unitsDone = true;
        if (!cell.deadline && isDeadlineLine(line)) cell.deadline = line;
        else cell.rest.push(line);
      }
    }
    if (!cell.units.length) break;
    rows.push({ cells: [String(seq), lines[start]!.trim().slice(mark.length).trim(), ...unitCellsOf(cell.units, unitCols.length), cell.deadline, cell.rest.join('')], line: start + 1 });
    sink.diagnostics.push(diag('table-row-by-content', { row: seq, columns: header.columns.length }, start + 1));
    seq++;
  }
  return rows.some((r) => !r.merged && r !== rows[0]) ? { rows, next: k } : null;
}

/**
 * The unit lines of a row, a cell a line, shared out over the header's unit
 * columns: a line ending in 、 or ， wraps into the next; then one line each for
 * the first columns (a 牵头单位 cell holds its few names on one line) and the
 * rest for the last (配合单位, 责任单位: the long cell that wraps).
 */
function unitCellsOf(unitLines: string[], columns: number): string[] {
  const cells: string[] = [];
  for (const line of unitLines) {
    const last = cells.length - 1;
    if (last >= 0 && /[、，,]$/.test(cells[last]!)) cells[last] += line;
    else cells.push(line);
  }
  const out = cells.slice(0, columns - 1).map((c) => c.replace(/[、，,]+$/, ''));
  while (out.length < columns - 1) out.push('');
  out.push(cells.slice(columns - 1).map((c) => c.replace(/[、，,]+$/, '')).join('、'));
  return columns === 1 ? [cells.map((c) => c.replace(/[、，,]+$/, '')).join('、')] : out;
}

/** A row's number alone on its line with a mark after it: 1*, 12★. */
const MARKED_ROW_NUMBER = /^(\s*\d{1,3})[*＊★☆](\s*)$/;
const isMarkedRowNumber = (line: string): boolean => MARKED_ROW_NUMBER.test(line);
const withoutRowNumberMark = (line: string): string => line.replace(MARKED_ROW_NUMBER, '$1$2');

/**
 * Rows of a one-cell-per-line table: each starts at the line holding the next
 * 序号 (1, 2, 3 …) and has exactly one line per column. A row with more or fewer
 * lines (a wrapped or an empty cell) cannot be split with certainty: the table
 * ends before it, with a warning, and the rest is read as text.
 */
function cellTableAt(given: string[], i: number, sink: LineSink, simplify: Simplify): FoundTable | null {
  const header = cellHeaderAt(given, i, simplify);
  if (!header) return null;
  // under a category column right after 序号, each category cell read is blanked in a copy, the row read without it
  const lines = header.categoryAfterSeq ? [...given] : given;
  let lastCategory: string | null = null;
  const width = header.columns.length;
  const rows: Row[] = [{ cells: header.columns, line: i + 1 }];
  let k = nextFilled(lines, header.next);
  let seq = 1;
  let afterSection = false;
  while (k < lines.length) {
    const t = lines[k]!.trim();
    const section = t === String(seq) || (afterSection && t === '1') ? null : sectionRowAt(lines, k);
    if (section) {
      // a category between rows (一、做大做强主导产业, or （一） on its own line above its title)
      rows.push({ cells: [section.text], line: k + 1, merged: true, ...(header.sectionColumn ? { side: true } : {}) });
      k = nextFilled(lines, section.next);
      afterSection = true;
      continue;
    }
    if (afterSection && t === '1') seq = 1;
    // the header repeated at the top of the next page
    const underHeader = headerRunEnd(lines, k, header.lines);
    if (underHeader !== null) {
      k = underHeader;
      continue;
    }
    // a category value right before the next 序号 (under the header, or after a row complete to its deadline: it may
    // read like a name, 数字政府)
    const last = rows.at(-1);
    const afterRow = rows.length === 1 || (!last?.merged && rowComplete(last?.cells ?? [], header.columns));
    const beforeSeq = afterRow && t.length <= 16 && !/[。；;，,]/.test(t) && !isDeadlineLine(t) && lines[nextFilled(lines, k + 1)]?.trim() === String(seq);
    if (header.sectionColumn && t !== String(seq) && (isCategoryValue(lines, k, seq) || beforeSeq)) {
      rows.push({ cells: [t], line: k + 1, merged: true, side: true });
      k = nextFilled(lines, k + 1);
      continue;
    }
    // a number written twice (12, then 12 again for the next row): the row is read under it, and the ids tell them apart
    const again = seq > 1 && t === String(seq - 1) && rows.length > 1 && (lines[nextFilled(lines, k + 1)]?.trim().length ?? 0) > REPEATED_ROW_TASK_MIN;
    if (again) {
      const row = cellRowAt(lines, k, seq - 1, header, sink, { rowsAbove: true });
      if (row) {
        rows.push({ cells: row.cells, line: k + 1 });
        k = row.next;
        continue;
      }
    }
    if (t !== String(seq)) break;
    const category = header.categoryAfterSeq ? categoryAfterSeqAt(lines, k) : null;
    if (category) {
      // (a category repeated in each row of its group opens it once)
      if (category.text !== lastCategory) rows.push({ cells: [category.text], line: category.at + 1, merged: true });
      lastCategory = category.text;
      lines[category.at] = '';
    }
    // a row that is only a heading over numbered sub-rows (2 / 推进高标准农田建设 / (1) / 新建… / units … / (2) / …):
    // the heading a row of its own with no units, each sub-row a row numbered (1), (2) … under it
    const sub = subRowsAt(lines, k, seq, header, sink);
    if (sub) {
      rows.push(...sub.rows);
      k = sub.next;
      seq++;
      afterSection = false;
      continue;
    }
    const row = cellRowAt(lines, k, seq, header, sink, { rowsAbove: rows.some((r) => !r.merged && r !== rows[0]) });
    if (!row) {
      sink.diagnostics.push(diag('table-cells-uneven', { row: seq, columns: width }, k + 1));
      break;
    }
    rows.push({ cells: row.cells, line: k + 1 });
    k = row.next;
    seq++;
    afterSection = false;
  }
  if (rows.length < 2) return null;
  return { rows, next: k, ...(header.notes?.length ? { notes: header.notes } : {}) };
}

/**
 * The category cell after row `seq`'s number under a category column right after 序号, a numbered category
 * (一、产业发展) in its group's first row; null in the other rows of the group.
 */
function categoryAfterSeqAt(lines: string[], k: number): { text: string; at: number } | null {
  const at = nextFilled(lines, k + 1);
  return numberedCategoryAt(lines, at) ? { text: lines[at]!.trim(), at } : null;
}

/** A numbered category written with its title in one cell: 一、产业发展, （二）城乡建设. */
function numberedCategoryAt(lines: readonly string[], k: number): boolean {
  const t = lines[k]?.trim() ?? '';
  const mark = matchHeading(foldWidth(t));
  return mark !== null && SECTION_STYLES.has(mark.style) && t.length > mark.length && t.length <= 40;
}

/** The shortest task cell under a number written twice: a sentence, never a figure or a name. */
const REPEATED_ROW_TASK_MIN = 6;

/** A sub-row's number, one rung below the rows' 1, 2, 3: （1）, (2), ① (a regular-expression source). */
const SUB_ROW_NUMBER = '[（(]\\d{1,2}[）)]|[①-⑳]';
/** A sub-row's number alone on its line. */
const SUB_ROW_MARK = compiledPattern(`^(?:${SUB_ROW_NUMBER})$`);
const isSubRowMark = (line: string): boolean => SUB_ROW_MARK.test(line.trim());

/**
 * Row `seq` at line `k` when it is only a number and a heading phrase over numbered sub-rows: the heading row
 * (its other cells empty) and each sub-row's cells, read as a row is up to the next sub-row's number; null when
 * the row is not so, or a sub-row cannot be read.
 */
function subRowsAt(lines: string[], k: number, seq: number, header: CellHeader, sink: LineSink): { rows: Row[]; next: number } | null {
  const title = nextFilled(lines, k + 1);
  const at = nextFilled(lines, title + 1);
  if (!isHeadingPhrase(lines[title]?.trim() ?? '')) return null;
  if (isSubRowMark(lines[at] ?? '')) {
    // the heading is a title row (so no unit cell of the row above is carried into it), numbered as written
    const rows: Row[] = [{ cells: [`${seq}.${lines[title]!.trim()}`], line: k + 1, merged: true }];
    const subs = rowsUnder(lines, at, isSubRowMark, seq, header, sink);
    return subs && { rows: [...rows, ...subs.rows], next: subs.next };
  }
  if (GLUED_SUB_ROW_MARK.test(lines[at]?.trim() ?? '')) {
    const subs = gluedSubRows(lines, at, seq, header);
    return subs && { rows: [{ cells: [`${seq}.${lines[title]!.trim()}`], line: k + 1, merged: true }, ...subs.rows], next: subs.next };
  }
  return dottedRowsAt(lines, k, `${seq}`, seq, header, sink);
}

/** A sub-row's number glued to its measure (①新建5G基站…, （2）推进…): the mark, then the text. */
const GLUED_SUB_ROW_MARK = compiledPattern(`^(${SUB_ROW_NUMBER})(?=\\S)`);

/**
 * Sub-rows whose numbers are glued to their measures, under a row's merged number and task (1 / 加快新型基础设施建设 /
 * ①新建… / 省通信管理局 / 省工信厅 / ②推进… / …): each sub-row its number, its measure in the measures column (else the
 * task column), and the lines after it in the columns after that one, up to the next sub-row or the next row's number.
 * Null when a sub-row holds more lines than those columns.
 */
function gluedSubRows(lines: string[], at: number, seq: number, header: CellHeader): { rows: Row[]; next: number } | null {
  const roles = header.columns.map(classify);
  const seqCol = header.columns.findIndex((c) => SEQ_WORD.test(c));
  const measures = roles.indexOf('measures');
  const target = measures >= 0 ? measures : roles.findIndex((r) => TASK_ROLES.has(r));
  if (seqCol < 0 || target <= seqCol) return null;
  const rows: Row[] = [];
  let m = at;
  while (m < lines.length) {
    const mark = GLUED_SUB_ROW_MARK.exec(lines[m]!.trim());
    if (!mark) break;
    // numbered 1, 2, 3 … in turn: a cell listing its items (①…②… in a 项目内容 cell, ① again in the progress cell) is one row
    if (matchHeading(mark[1]!)?.value !== rows.length + 1) return null;
    const cells = header.columns.map(() => '');
    cells[seqCol] = mark[1]!;
    cells[target] = lines[m]!.trim().slice(mark[1]!.length);
    const row = { cells, line: m + 1 };
    let col = target + 1;
    m = nextFilled(lines, m + 1);
    for (; m < lines.length; m = nextFilled(lines, m + 1)) {
      const t = lines[m]!.trim();
      if (GLUED_SUB_ROW_MARK.test(t) || t === String(seq + 1) || headerRunEnd(lines, m, header.lines) !== null || isPageFooterLine(t) || sectionRowAt(lines, m)) break;
      if (col >= cells.length) return null;
      cells[col++] = t;
    }
    rows.push(row);
  }
  // past a page number between the sub-rows and the next row
  while (m < lines.length && isPageFooterLine(lines[m]!)) m = nextFilled(lines, m + 1);
  return rows.length >= 2 ? { rows, next: m } : null;
}

/** Rows from line `at` on while `isMark` says a line starts one, each read up to the next. */
function rowsUnder(lines: string[], at: number, isMark: (line: string) => boolean, seq: number, header: CellHeader, sink: LineSink): { rows: Row[]; next: number } | null {
  const rows: Row[] = [];
  while (at < lines.length && isMark(lines[at]!)) {
    const row = cellRowAt(lines, at, seq, { ...header, sectionColumn: false }, sink, { rowsAbove: true, otherStart: isMark });
    if (!row) return null;
    rows.push({ cells: row.cells, line: at + 1 });
    at = row.next;
  }
  return { rows, next: at };
}

/** A number of the 1 / 1.1 / 1.1.1 kind alone on its line. */
const DOTTED_NUMBER = /^\d{1,3}(?:\.\d{1,3}){1,3}$/;
/** The rungs a dotted number's depth stands for, under the rows' 1.: 1.1 → （1）, 1.1.1 → ①, 1.1.1.1 → a. */
const dottedToken = (line: string): string => {
  const parts = line.trim().split('.');
  const value = Number(parts.at(-1));
  return parts.length === 2 ? `（${value}）` : parts.length === 3 ? (toCircled(value) ?? `${value}）`) : `${String.fromCharCode(96 + value)}.`;
};

/**
 * Row `prefix` (1, or 1.1) when it is only a heading over rows numbered below it (1 / 加快发展… / 1.1 / 壮大… /
 * 1.1.1 / the task / units …): the heading as a title row, then each child, itself a heading over its own or a
 * row read up to the next dotted number. Null when the line after the heading is no child's number.
 */
function dottedRowsAt(lines: string[], k: number, prefix: string, seq: number, header: CellHeader, sink: LineSink): { rows: Row[]; next: number } | null {
  const title = nextFilled(lines, k + 1);
  let at = nextFilled(lines, title + 1);
  const childOf = (line: string | undefined, p: string) => line !== undefined && DOTTED_NUMBER.test(line.trim()) && line.trim().startsWith(`${p}.`) && !line.trim().slice(p.length + 1).includes('.');
  if (!isHeadingPhrase(lines[title]?.trim() ?? '') || !childOf(lines[at], prefix)) return null;
  const own = prefix.includes('.') ? dottedToken(prefix) : `${prefix}.`;
  const rows: Row[] = [{ cells: [`${own}${lines[title]!.trim()}`], line: k + 1, merged: true }];
  const isDotted = (line: string) => DOTTED_NUMBER.test(line.trim());
  while (at < lines.length && childOf(lines[at], prefix)) {
    const child = lines[at]!.trim();
    const deeper = dottedRowsAt(lines, at, child, seq, header, sink);
    if (deeper) {
      rows.push(...deeper.rows);
      at = deeper.next;
      continue;
    }
    const read = cellRowAt(lines, at, seq, { ...header, sectionColumn: false }, sink, { rowsAbove: true, otherStart: isDotted });
    if (!read) return null;
    rows.push({ cells: [dottedToken(child), ...read.cells.slice(1)], line: at + 1 });
    at = read.next;
  }
  return { rows, next: at };
}

/** A one-cell-a-line table's header: its columns, whether a category column stands before 序号, and its own lines as written. */
interface CellHeader {
  columns: string[];
  sectionColumn: boolean;
  lines: readonly string[];
  /** Bracketed notes after header words, with their 0-based lines. */
  notes?: { text: string; line: number }[];
  /** A category column stood right after 序号 (left out of `columns`): a group's category follows its first row's number. */
  categoryAfterSeq?: true;
}

/** How a row is read: whether rows stand above it (a unit cell may be merged with theirs), and what else starts the next row (a sub-row's number). */
interface RowOptions {
  rowsAbove?: boolean;
  otherStart?: (line: string) => boolean;
}

/** A row read over more lines than it has columns: a wrapped cell, a unit or person cell of a name a line, a merged cell. */
function wideRow(lineCells: string[], columns: string[], roles: ColumnRole[], seq: number, k: number, next: number, sink: LineSink): { cells: string[]; next: number } | null {
  const width = columns.length;
  // (its people's names a line joined into one cell, the row may have its width)
  if (lineCells.length === width && unitCellsRead(lineCells, roles)) return { cells: lineCells, next };
  // a wrapped cell: the task to its first sentence's end, each cell after it running on over its breaks
  const wrapped = wrappedCells(lineCells, roles);
  if (wrapped) {
    sink.diagnostics.push(diag('table-row-by-content', { row: seq, columns: width }, k + 1));
    return { cells: wrapped, next };
  }
  // a unit cell of one name a line: join its lines, but only where every unit cell then reads as units
  // (a wrapped task cell pushes its second line into the unit columns, which then read as prose)
  const joined = joinUnitLines(lineCells, roles);
  if (joined.length === width && unitCellsRead(joined, roles) && !namesAfterUnits(joined, roles)) return { cells: joined, next };
  // a merged or wrapped cell: the cells told apart by what they hold, where that is certain; a task cell of
  // several sentences (推进…培育。 / 新培育…100家。) runs up to the units
  const byContent = wrappedCells(lineCells, roles, 'all') ?? rowByContent(lineCells, roles) ?? keyCellsFirst(lineCells, roles);
  if (byContent) sink.diagnostics.push(diag('table-row-by-content', { row: seq, columns: width }, k + 1));
  return byContent ? { cells: byContent, next } : null;
}

/** A person's name alone, not a short unit's (县商务局 has the shape of a name of four characters). */
const isPersonName = (cell: string): boolean => isPersonCell(cell) && !looksLikeUnitLine(cell.replace(/[ \u3000]/g, ''));

/** The first name of a list (区发改局 of 区发改局、未来科技城). */
const firstName = (cell: string): string => /^[^、，,；;\s]*/.exec(cell.trim())![0];

/** People's names set apart by 、 (梅建胜、顾国煜), as joinPersonLines leaves them. */
const isPersonList = (cell: string): boolean => cell.split('、').every(isPersonName);

/** People's names a line in a row, several under one person column (梅建胜 / 顾国煜): one cell, the names set apart by 、. */
function joinPersonLines(lineCells: string[], roles: readonly ColumnRole[]): string[] {
  const at = roles.indexOf('person');
  if (at < 0) return lineCells;
  const out: string[] = [];
  for (const cell of lineCells) {
    const last = out.at(-1);
    // a person after a person, once the row's cells before the person column are in (the task may be short)
    if (out.length > at && last !== undefined && isPersonName(last) && isPersonName(cell)) out[out.length - 1] = `${last}、${cell}`;
    else out.push(cell);
  }
  return out;
}

/**
 * The cells of row `seq` starting at line `k`: one filled line each, up to the
 * next row's 序号, a category row or the end. A row short of cells at its end
 * is padded when the missing columns hold no task and no units (a 责任领导 or
 * 完成时限 cell merged with the row above); otherwise it cannot be split with
 * certainty (null).
 */
function cellRowAt(lines: string[], k: number, seq: number, header: CellHeader, sink: LineSink, opts: RowOptions = {}): { cells: string[]; next: number } | null {
  const { columns, sectionColumn, lines: headerLines } = header;
  const { rowsAbove = false, otherStart = () => false } = opts;
  const width = columns.length;
  const lineCells: string[] = [];
  // a copy that sets the row's cells apart by blank lines (1 / (blank) / task / (blank) / …): lines together with no
  // blank between them are one cell's (责任单位 省经信厅 / 省发改委 / 各市、州人民政府 after 牵头单位 省通信管理局; a
  // task type 海绵城市 / 建设管理)
  const blankParted = cellsPartedByBlanks(lines, k);
  let previous = -1;
  let m = k;
  // the next group's category value, after the row's task at least; once the row has all its cells, any one line
  // before the next 序号 is that value, though it reads like a name (数字政府)
  const categoryAt = (at: number) => sectionColumn && lineCells.length >= 2 && (isCategoryValue(lines, at, seq + 1) || (rowComplete(lineCells, columns) && lines[nextFilled(lines, at + 1)]?.trim() === String(seq + 1)));
  for (; m < lines.length && lineCells.length < width * 3; m = nextFilled(lines, m + 1)) {
    // website chrome after the last row (打印本页 关闭窗口) ends it, and so does the next group's category value
    // the header repeated at the top of a page, inside the row (a task cell the page break cut) or after it
    const underHeader = m > k ? headerRunEnd(lines, m, headerLines) : null;
    if (underHeader !== null) {
      if (underHeader >= lines.length || lines[underHeader]!.trim() === String(seq + 1)) break;
      m = underHeader - 1;
      continue;
    }
    // (or at its own number written again for the next row, once the row has its task and a cell after it)
    const again = lineCells.length >= 3 && lines[m]!.trim() === String(seq);
    if (m > k && (lines[m]!.trim() === String(seq + 1) || again || otherStart(lines[m]!) || sectionRowAt(lines, m) || isChromeLine(lines[m]!) || DOCUMENT_FOOT.test(lines[m]!.trim()) || categoryAt(m))) break;
    // a note in brackets under the table (（其余实事项目工作举措另行公布）) once the row has all but one of its cells, the
    // table's last row: a bracketed cell before the next row's number (（长期坚持）) is the row's own
    if (m > k && lineCells.length >= width - 1 && isTableNote(lines[m]!.trim()) && lines[nextFilled(lines, m + 1)]?.trim() !== String(seq + 1)) break;
    const line = lines[m]!.trim();
    if (blankParted && previous === m - 1 && lineCells.length > 1) lineCells[lineCells.length - 1] = cellLinesJoined(lineCells.at(-1)!, line);
    else lineCells.push(line);
    previous = m;
  }
  let next = nextFilled(lines, m);
  next = headerRunEnd(lines, next, headerLines) ?? next;
  const endsHere = next >= lines.length || lines[next]!.trim() === String(seq + 1) || (lineCells.length >= 3 && lines[next]!.trim() === String(seq)) || otherStart(lines[next]!) || sectionRowAt(lines, next) !== null || categoryAt(next) || findNextSeq(lines, next, seq + 1, 2 * width) < 0;
  if (!endsHere) return null;
  const roles = columns.map(classify);
  // a cell's list numbered 1. 2. 3. a line (its <p>s) is one cell
  const listed = joinEnumeratedLines(lineCells);
  if (listed.length > width) return wideRow(joinPersonLines(listed, roles), columns, roles, seq, k, next, sink);
  const cells = withUnitCellRunOn([...listed], roles);
  const taskCol = roles.findIndex((r) => TASK_ROLES.has(r));
  // a task cell merged with the row above is left out of the row's lines, its units standing in its place
  // (3 / 交通建设处 / 设施养护处 / …, the 内容 cell written once over rows 2 and 3): the cell is empty, filled from above
  // (names in both unit columns' places, the first opening with no verb: 改建…口袋公园 is a task)
  const unitsInTaskPlace = taskCol > 0 && isUnitColumn(roles[taskCol + 1] ?? 'other') && looksLikeUnitLine(cells[taskCol]) && !VERB_OPENING.test(cells[taskCol] ?? '');
  if (rowsAbove && cells.length < width && unitsInTaskPlace && (looksLikeUnitLine(cells[taskCol + 1]) || EMPTY_MARK.test(cells[taskCol + 1] ?? ''))) cells.splice(taskCol, 0, '');
  // a unit cell merged over this row and the ones above it is left out of the row's lines (it is filled from above),
  // unless a name stands in a column of another kind than the task's (a cell missing before it shifted the row)
  const inPlace = listed.every((cell, i) => isUnitColumn(roles[i]!) || i === taskCol || !looksLikeUnitLine(cell));
  const paddable = (c: string) => PADDABLE.has(classify(c)) || (rowsAbove && inPlace && isUnitColumn(classify(c)));
  if (cells.length < width && columns.slice(cells.length).every(paddable)) while (cells.length < width) cells.push('');
  // a cell missing in the middle shifts the ones after it: a date in a unit column shows it
  // (a unit cell that runs on over its line break into a cell that does not fit its own column (省市场监管局牵头，省直有关 /
  // 部门配合 under 完成时限) shows the row is wrapped, its last cell empty)
  const runsOn = cells.some((c, i) => isUnitColumn(roles[i]!) && i + 1 < cells.length && cellRunsOn(c, cells[i + 1]!) && !fitsColumn(cells[i + 1]!, roles[i + 1]!));
  const shifted = namesAfterUnits(cells, roles);
  if (cells.length === width && unitCellsRead(cells, roles) && !runsOn && !shifted) {
    // names under a column of another kind (a unit under 年度目标): a cell left out before them shifted the row, when an
    // alignment by the lines' content says so; a project named after a body (县人民医院) may stand under its column
    const realigned = namesMisplaced(cells, roles) ? alignedByLines(listed, roles) : null;
    if (realigned && realigned.some((c, i) => c !== cells[i])) sink.diagnostics.push(diag('table-row-by-content', { row: seq, columns: width }, k + 1));
    return { cells: realigned ?? cells, next };
  }
  // a wrapped task cell in a row short of a cell at its end (备注, merged or empty), or a row short of an empty cell
  // inside it (a 任务数 cell left blank): read by what the lines hold; a unit cell of a name a line pushes names
  // into the text columns after it; last, a row whose merged or empty cells were left out, aligned line by line
  const byContent = (shifted ? keyCellsFirst(listed, roles) : null) ?? wrappedCells(listed, roles) ?? alignedAfterTask(listed, roles) ?? alignedByLines(listed, roles);
  if (byContent) sink.diagnostics.push(diag('table-row-by-content', { row: seq, columns: width }, k + 1));
  return byContent ? { cells: byContent, next } : null;
}

/**
 * A line wholly in brackets that names no unit and no document: a note under a table (（其余实事项目工作举措另行公布）,
 * （以下空白）), not a cell's last line (a reference cell's document number, （沪府办发〔2024〕3号）).
 */
const isTableNote = (line: string): boolean => /^[（(][^（）()〔［[]{4,60}[）)]$/.test(line) && !looksLikeUnitLine(line.slice(1, -1));

/** A line that opens with a list's number: 1. or 1、, （1）, ①; not a decimal alone (3.2, an amount's cell). */
const ENUMERATED_LINE = /^(?:(\d{1,2})[.．、](?!\d+$)|[（(](\d{1,2})[）)]|([①-⑳]))/;

function enumeratedNumber(line: string): number | null {
  const m = ENUMERATED_LINE.exec(line);
  if (!m) return null;
  return m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]);
}

/**
 * A row's lines with each list numbered from 1 on lines of its own (a cell's paragraphs: 1.4月底前… / 2.8月底前… /
 * 3.11月底前…) joined into one cell: a line goes on the list when it carries the number after the line before.
 */
function joinEnumeratedLines(lineCells: readonly string[]): string[] {
  const out: string[] = [];
  let next = 0;
  for (const line of lineCells) {
    const n = enumeratedNumber(line);
    if (n !== null && n === next && out.length) {
      out[out.length - 1] += line;
      next++;
      continue;
    }
    out.push(line);
    next = n === 1 ? 2 : 0;
  }
  return out;
}

/** Whether a row's first cells, from its number at `k` on, stand apart by blank lines: two of the first three gaps blank. */
function cellsPartedByBlanks(lines: readonly string[], k: number): boolean {
  let blanks = 0;
  let at = k;
  for (let gap = 0; gap < 3; gap++) {
    const next = nextFilled(lines, at + 1);
    if (next >= lines.length) break;
    if (next > at + 1) blanks++;
    at = next;
  }
  return blanks >= 2;
}

/** A line of whole unit names, no column's header (牵头单位 is a header, not a name). */
const isNameLine = (line: string): boolean => looksLikeUnitLine(line) && !isUnitColumn(classify(line));

/** A cell's next line joined to it: names a line with 、 (省经信厅 / 省发改委), a wrapped text as it runs (海绵城市 / 建设管理). */
const cellLinesJoined = (cell: string, line: string): string => (isNameLine(cell) && isNameLine(line) && !/[、，,]$/.test(cell) ? `${cell}、${line}` : cell + line);

/**
 * A row of as many lines as columns whose unit cell ends in a separator (区绿化市容局、区交通委， / 各街镇): the cell runs on
 * into the short line after it, and the row's last cell, one that may be left empty (参考文件, 备注), was not written.
 */
function withUnitCellRunOn(cells: string[], roles: readonly ColumnRole[]): string[] {
  const at = cells.findIndex((c, i) => isUnitColumn(roles[i]!) && i + 1 < cells.length && /[、，,]$/.test(c));
  const next = at < 0 ? undefined : cells[at + 1];
  if (next === undefined || cells.length !== roles.length || !runsOnAsNames(next) || isDeadlineLine(next) || isTimeCell(next) || !PADDABLE.has(roles.at(-1)!)) return cells;
  return [...cells.slice(0, at), cells[at]! + next, ...cells.slice(at + 2), ''];
}

/** A cell written empty: a dash or a slash (—, －, /, 无). */
const EMPTY_MARK = /^(?:[—－\-–/／、]{1,2}|无)$/;

/**
 * A row whose 序号, task and unit (or deadline) cells come first, a line each and each reading as its column's,
 * and whose last columns hold only text about the work written over several paragraphs (2024年工作任务 / 2025年工作计划 /
 * 备注, each 1.… 2.… 3.…): the first cells in place, the lines after them the text columns' (one a column where they
 * are as many, else all in the first). Null when a unit or deadline column comes after a text column, or a first cell
 * does not fit.
 */
function keyCellsFirst(lineCells: string[], roles: ColumnRole[]): string[] | null {
  const taskCol = roles.findIndex((r) => TASK_ROLES.has(r));
  const lastKey = roles.findLastIndex((r) => isUnitColumn(r) || r === 'deadline');
  if (roles[0] !== 'seq' || taskCol < 0 || lastKey < taskCol || lastKey + 1 >= roles.length || lineCells.length <= lastKey + 1) return null;
  const first = lineCells.slice(0, lastKey + 1);
  const fits = first.every((cell, i) => {
    const role = roles[i]!;
    if (isUnitColumn(role)) return EMPTY_MARK.test(cell) || readsAsUnits(cell);
    if (role === 'deadline') return EMPTY_MARK.test(cell) || isDeadlineLine(cell);
    return i !== taskCol || (!looksLikeUnitLine(cell) && !EMPTY_MARK.test(cell));
  });
  if (!fits || !first.some((cell, i) => isUnitColumn(roles[i]!) && !EMPTY_MARK.test(cell))) return null;
  // the last unit cell may hold a name a line (安全监管处 / 交通建设处 / 设施养护处 / 轨道交通处 under 牵头 and 配合)
  let restStart = lastKey + 1;
  if (isUnitColumn(roles[lastKey]!) && !EMPTY_MARK.test(first[lastKey]!)) {
    while (restStart < lineCells.length && readsAsUnits(lineCells[restStart]!)) first[lastKey] += `、${lineCells[restStart++]!}`;
  }
  const rest = lineCells.slice(restStart);
  const columns = roles.length - lastKey - 1;
  // one a column where they are no more (the last, a 备注, left empty), else all in the first
  const text = rest.length <= columns ? [...rest, ...Array<string>(columns - rest.length).fill('')] : [rest.join(''), ...Array<string>(columns - 1).fill('')];
  return [...first, ...text];
}

/**
 * A text column after the last unit column (2024年工作任务, 推进情况) holds a line of names, in a table whose task column
 * comes before its units: a unit cell of a name a line ran on into it (a 备注 may name a unit; a 项目名称 column after the
 * units holds names such as 县人民医院).
 */
function namesAfterUnits(cells: readonly string[], roles: readonly ColumnRole[]): boolean {
  const lastUnit = roles.findLastIndex((r) => isUnitColumn(r));
  const taskCol = roles.findIndex((r) => TASK_ROLES.has(r));
  return taskCol >= 0 && taskCol < lastUnit && cells.some((cell, i) => i > lastUnit && TEXT_COLUMNS.has(roles[i]!) && looksLikeUnitLine(cell));
}
const TEXT_COLUMNS: ReadonlySet<ColumnRole> = new Set(['task', 'measures', 'progress']);

/**
 * A row short of a cell after its task (序号 / 重点工作 / 区本级任务数 / 责任单位, its count left blank): the cells put
 * back in place by what they hold, the 序号 and the task cell staying first; where the task column is not the second,
 * or a gap would fall before it, none.
 */
function alignedAfterTask(lineCells: string[], roles: ColumnRole[]): string[] | null {
  if (roles[0] !== 'seq' || !TASK_ROLES.has(roles[1]!)) return null;
  const aligned = alignByContent(lineCells, roles);
  return aligned && aligned[0] === lineCells[0] && aligned[1] === lineCells[1] && roles.slice(2).every((r, i) => !TASK_ROLES.has(r) || aligned[i + 2] !== '') ? aligned : null;
}

/** Most lines one cell is read from when a row is aligned line by line: names a line in a unit cell, a wrapped task. */
const ALIGN_LINES_MAX: Partial<Record<ColumnRole, number>> = { lead: 4, cooperating: 4, responsible: 4, task: 3, measures: 3, progress: 3 };
/** What reading two lines as one cell costs: a line break inside a cell is less likely than a cell of its own. */
const ALIGN_JOIN_COST = 0.5;
/** Scores closer than this are a tie. */
const ALIGN_EPSILON = 1e-9;

/**
 * A row of a one-cell-a-line copy whose empty and merged cells were left out and whose unit cell may run over
 * several lines (2 / 农业劳动生产率及增幅 / 万元/人 / 全市统筹 / 县海洋与渔业局 / 县农业农村局 / 市农业农村局, the merged
 * 考核指标 cell written only in the row above): every way of giving each column none, one or (a unit or task
 * column) a few of the lines in order is scored by how well each cell fits its column. The best way is taken only
 * when it is the one best, its 序号 stays first, and every unit column then reads as units; otherwise null.
 * Dynamic programming over lines × columns: linear in the row's size for a table's few columns.
 */
function alignedByLines(lineCells: readonly string[], roles: readonly ColumnRole[]): string[] | null {
  const n = lineCells.length;
  const m = roles.length;
  if (roles[0] !== 'seq' || !roles.some(isUnitColumn) || n < 2 || n > m * 3) return null;
  // best[j][i]: the best score of columns 0..j-1 holding lines 0..i-1, how many ways reach it, and the last step
  type Cell = { score: number; ways: number; take: number };
  const best: Cell[][] = Array.from({ length: m + 1 }, () => Array.from({ length: n + 1 }, () => ({ score: -Infinity, ways: 0, take: 0 })));
  best[0]![0] = { score: 0, ways: 1, take: 0 };
  for (let j = 0; j < m; j++) {
    const role = roles[j]!;
    const most = j === 0 ? 1 : (ALIGN_LINES_MAX[role] ?? 1);
    for (let i = 0; i <= n; i++) {
      const from = best[j]![i]!;
      if (from.ways === 0) continue;
      for (let take = j === 0 ? 1 : 0; take <= most && i + take <= n; take++) {
        const cell = joinedCell(lineCells.slice(i, i + take), role);
        const score = from.score + fitOf(cell, role) + (take === 0 ? (OFTEN_EMPTY[role] ?? 0) : -ALIGN_JOIN_COST * (take - 1));
        const to = best[j + 1]![i + take]!;
        if (score > to.score + ALIGN_EPSILON) Object.assign(to, { score, ways: from.ways, take });
        else if (Math.abs(score - to.score) <= ALIGN_EPSILON) to.ways += from.ways;
      }
    }
  }
  const end = best[m]![n]!;
  if (end.ways !== 1) return null;
  const cells: string[] = new Array<string>(m);
  for (let j = m, i = n; j > 0; j--) {
    const take = best[j]![i]!.take;
    cells[j - 1] = joinedCell(lineCells.slice(i - take, i), roles[j - 1]!);
    i -= take;
  }
  return unitCellsRead(cells, roles) ? cells : null;
}

/** Lines read as one cell: names joined as a list, other text run together. */
function joinedCell(lines: readonly string[], role: ColumnRole): string {
  return isUnitColumn(role) || role === 'oversight' ? lines.map((l) => l.replace(/[、，,]$/, '')).join('、') : lines.join('');
}

/** A row read a line a cell whose names stand under a column of another kind (a unit under 年度目标): a cell left out before them shifted the row. */
function namesMisplaced(cells: readonly string[], roles: readonly ColumnRole[]): boolean {
  return cells.some((cell, i) => !isUnitColumn(roles[i]!) && roles[i] !== 'other' && looksLikeUnitLine(cell) && fitOf(cell, roles[i]!) <= -2);
}

/** The line after a header repeated at the top of a page (序号 / 重点任务 / 责任单位 …, the header's own lines again), or null. */
function headerRunEnd(lines: string[], k: number, header: readonly string[]): number | null {
  if (!header.length) return null;
  let j = k;
  for (const word of header) {
    if (j >= lines.length || cellWord(lines[j]!) !== word) return null;
    j = nextFilled(lines, j + 1);
  }
  return j;
}

/** A header line's words without the spaces that fill its cell (序  号 → 序号). */
const cellWord = (line: string) => line.trim().replace(/[ \t\u3000]+/g, '');

/**
 * Whether a row of a table with a category column before 序号 has all its cells: as many as the
 * columns from 序号 on, the last a time limit under a deadline column. Only
 * then is a line after it, before the next 序号, surely the next group's category.
 */
function rowComplete(cells: readonly string[], columns: readonly string[]): boolean {
  return cells.length === columns.length && classify(columns.at(-1) ?? '') === 'deadline' && isDeadlineLine(cells.at(-1) ?? '');
}

/** A short cell that is a time limit: 12月底前, 5月底前动工, 2024年底, 年内完成 (not a sentence: 2024年完成改造12个小区。). */
const DEADLINE_LINE = /^(?:(?:\d{4}\s*年)?\d{1,2}\s*月|\d{4}\s*年|年底|年内|长期|持续|全年|常年|常态|第?[一二三四1-4]季度|[上下]半年)/;
const isDeadlineLine = (line: string) => line.length <= 12 && DEADLINE_LINE.test(line) && !/[。；;，,！？]/.test(line);

/**
 * A row with more lines than columns (a unit or deadline cell merged over two
 * sub-rows, a wrapped task) read by what each line holds: the 序号 first, lines
 * of unit names in the table's one unit column, the first short time limit in
 * the deadline column, the other lines the task (its first line the title).
 * Null when the table has other than one unit column, or the row names no unit.
 */
function rowByContent(lineCells: string[], roles: ColumnRole[]): string[] | null {
  const unitCols = roles.flatMap((r, i) => (isUnitColumn(r) ? [i] : []));
  const seqCol = roles.indexOf('seq');
  const taskCol = roles.findIndex((r) => r === 'task' || r === 'measures');
  const deadlineCol = roles.indexOf('deadline');
  const progressCol = roles.indexOf('progress');
  const unitCol = unitCols[0];
  if (unitCols.length !== 1 || unitCol === undefined || seqCol !== 0 || taskCol < 0) return null;
  // a unit name wrapped over two lines (市科 / 技局) cannot be told apart
  const lines = lineCells.slice(1);
  if (lines.some((line, i) => i + 1 < lines.length && !readsAsUnits(line) && line.length <= 6 && !/[。，,；;]/.test(line) && !VERB_OPENING.test(line) && !/^[并和及与再又]/.test(line) && looksLikeUnitLine(line + lines[i + 1]!))) return null;
  const cells = roles.map(() => '');
  cells[0] = lineCells[0] ?? '';
  const units: string[] = [];
  const task: string[] = [];
  const progress: string[] = [];
  // a kind-of-task column between 序号 and the task (任务类型: 海绵城市 / 建设管理): its short lines come first
  const sectionCol = roles.indexOf('section');
  let first = 0;
  if (sectionCol > seqCol && sectionCol < taskCol) {
    // (right after the 序号 a short line is the kind's, though it reads like a name: 海绵型公园, 城乡公园 / 体系构建)
    while (first < lines.length - 1 && (isCategoryLine(lines[first]!) || isCategoryWording(lines[first]!))) first++;
    cells[sectionCol] = lines.slice(0, first).join('');
  }
  let runsOn = false;
  for (const line of lines.slice(first)) {
    const names = withoutListEnd(line);
    // a unit cell wrapped after a separator (区绿化市容局、区交通委， / 各街镇) runs on into a short line of names, even a
    // collective's that reads as no unit on its own
    const continues = runsOn && runsOnAsNames(line);
    runsOn = false;
    if (continues || looksLikeUnitLine(names)) {
      units.push(names);
      runsOn = /[、，,]$/.test(line);
    }
    else if (isDeadlineLine(line)) {
      // the first time limit is the row's; a later one belongs to the merged sub-row
      if (deadlineCol >= 0 && !cells[deadlineCol]) cells[deadlineCol] = line;
    } else if (progressCol > taskCol && task.length && /[。；;！？]$/.test(task[task.length - 1]!)) progress.push(line);
    // the task's cell comes first, to the end of its sentence (a wrapped cell: 重点打造总部大厦 / 特色楼宇，…。): in a
    // table with a progress column (进展情况), the prose after it is progress
    else task.push(line);
  }
  if (!units.length || !task.length) return null;
  cells[unitCol] = units.join('、');
  cells[taskCol] = task.join('');
  if (progress.length) cells[progressCol] = progress.join('');
  return cells;
}

/** The longest line a unit cell runs on into after a separator. */
const CELL_RUN_ON_MAX = 24;
/** A line a unit cell broken after a separator may run on into: short, no sentence or label punctuation, no verb opening it. */
const runsOnAsNames = (line: string): boolean => line.length <= CELL_RUN_ON_MAX && !/[。；;：:]/.test(line) && !VERB_OPENING.test(line);

/** A line of a category cell: a short phrase with no punctuation that names no unit (海绵城市, 建设管理). */
const CATEGORY_LINE_MAX = 10;
const isCategoryLine = (line: string): boolean => isCategoryWording(line) && !looksLikeUnitLine(line);
const isCategoryWording = (line: string): boolean => line.length <= CATEGORY_LINE_MAX && !/[。；;，,、：:（(]/.test(line) && !isTimeCell(line);

/**
 * A row whose cells a narrow column wrapped over several lines (a PDF copy): the
 * 序号, then the task to the end of its sentence (or up to the first line of unit
 * names; with `all`, every sentence up to it), then one cell per column after it, each running on over its line breaks
 * while a line ends in 、 or in a name the break cut (县财政局、县自然资 / 源和规划局).
 * Null unless the row splits into exactly the table's columns, each unit cell
 * reading as units.
 */
function wrappedCells(lineCells: string[], roles: ColumnRole[], sentences: 'one' | 'all' = 'one'): string[] | null {
  const taskCol = roles.findIndex((r) => r === 'task' || r === 'measures');
  // a short task phrase on one line, then its measures (加大财政资金支持 / 统筹…技术改造和 / 创新平台建设。): the phrase
  // is the task cell, and the measures are read as a task cell would be
  const phrase = roles[1] === 'task' && roles[2] === 'measures' && isHeadingPhrase(lineCells[1] ?? '');
  if (phrase) {
    const rest = wrappedCells([lineCells[0]!, ...lineCells.slice(2)], [roles[0]!, ...roles.slice(2)], sentences);
    return rest ? [rest[0]!, lineCells[1]!, ...rest.slice(1)] : measurePairs(lineCells, roles);
  }
  // a second column of prose (项目名称, then 主要内容) cannot be told from a task cell wrapped onto its lines
  if (roles.indexOf('seq') !== 0 || taskCol !== 1 || roles.slice(2).some((r) => r === 'task' || r === 'measures')) return null;
  const lines = lineCells.slice(1);
  let k = 0;
  let task = '';
  while (k < lines.length && !(task && startsUnitCell(lines[k]!))) {
    task += lines[k++];
    if (sentences === 'one' && /[。；;]$/.test(task)) break;
  }
  const taskLines = k;
  // the task's numbered measures, a line each (1.完成…； / 2.实施…), stay in its cell
  while (k < lines.length && matchHeading(lines[k]!, 0) && !startsUnitCell(lines[k]!)) task += `\n${lines[k++]}`;
  let cells = [lineCells[0]!, task];
  while (k < lines.length) {
    let cell = lines[k++]!;
    // (people's names never run on into the next line: 梅建胜、顾国煜 / 区科技局)
    while (k < lines.length && !isPersonList(cell) && cellRunsOn(cell, lines[k]!)) cell += lines[k++];
    cells.push(cell);
  }
  // a unit cell of a name a line after a task wrapped over lines (区发改局 / (区金融办) / 区经信局); a task on one line
  // leaves the row to joinUnitLines, which reads the lines as they are
  if (cells.length > roles.length && taskLines > 1) cells = joinUnitLines(cells, roles);
  if (cells.length < roles.length && roles.slice(cells.length).every((r) => PADDABLE.has(r))) while (cells.length < roles.length) cells.push('');
  if (cells.length !== roles.length || !task) return null;
  // (a list opened by a unit may hold a place with no suffix: 区发改局、未来科技城)
  const unitsRead = roles.every((role, i) => !isUnitColumn(role) || !cells[i] || readsAsUnits(cells[i]!) || (readsAsUnits(firstName(cells[i]!)) && unitCellsRead([cells[i]!], [role])));
  return unitsRead ? cells : null;
}

/**
 * A short task phrase over several measures, each with its own unit cell (1 / 加强预期引导 / 加强…政策解读信息公开。/
 * 发展改革委、财政厅 / 召开季度…新闻发布会。/ 发展改革委、统计局), in a table of 序号, task, measures and one unit
 * column: one row, its measures a paragraph each and its units all the measures' units.
 */
function measurePairs(lineCells: string[], roles: ColumnRole[]): string[] | null {
  if (roles.length !== 4 || !isUnitColumn(roles[3]!)) return null;
  const pairs = lineCells.slice(2);
  if (pairs.length < 4 || pairs.length % 2 !== 0) return null;
  const measures: string[] = [];
  const units: string[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const [measure, names] = [pairs[k]!, withoutListEnd(pairs[k + 1]!)];
    if (startsUnitCell(measure) || !looksLikeUnitLine(names)) return null;
    measures.push(measure);
    units.push(names);
  }
  return [lineCells[0]!, lineCells[1]!, measures.join('\n'), units.join('、')];
}

/** A task cell that is a heading phrase: short, with no punctuation (加大财政资金支持). */
const isHeadingPhrase = (line: string): boolean => line.length >= 2 && line.length <= 20 && !/[。；;，,、：:！？]/.test(line) && !looksLikeUnitLine(line);

/** The end of a time limit wrapped onto a line of its own: 底前, 前, 底前完成, 中旬. */
const TIME_TAIL = /^(?=.)(?:底|末|中旬|上旬|下旬)?前?(?:完成)?$/;

/** A line that opens a unit cell: names, or names whose last one the break cut (县财政局、县自然资). */
const startsUnitCell = (line: string): boolean => readsAsUnits(line) || endsInNameHead(line);

/** A unit cell's line of names, a list's separator at its end left out (县财政局、县自然资源局、). */
const readsAsUnits = (line: string): boolean => looksLikeUnitLine(withoutListEnd(line));
const withoutListEnd = (line: string): string => line.replace(/[、，,；;]+$/, '');

/** Whether a cell goes on over its line break: its line ends in 、 or ， or in the head of a name the next line ends. */
function cellRunsOn(cell: string, next: string): boolean {
  if (/[、，,]$/.test(cell)) return true;
  // a time limit wrapped before its last characters (2020年12月 / 底前)
  if (isDeadlineLine(cell) && TIME_TAIL.test(next)) return true;
  // a name never runs on into a time limit (…东林 / 街道 / 2025年11月底前: the street's name is whole before it)
  if (isTimeCell(next.trim())) return false;
  // a name that its role closes (国资委配合) is whole
  if (NAME_ROLE_TAIL.test(cell)) return false;
  const last = /[^、，,]*$/.exec(cell)![0];
  const firstPiece = firstName(next);
  if (bureauBranchRunsOn(last, firstPiece)) return true;
  return endsInNameHead(cell) && (!hasUnitSuffix(last) || branchRunsOn(last, firstPiece)) && nameRunsOnAfterBreak(cell, next);
}

/**
 * Whether every unit column of a row may hold units: empty, names that read as
 * units, or a short text with no date, no full stop and no verb at its start
 * (未来科技城 passes; 2024年底 and 持续推进改革, pushed there by a missing or
 * wrapped cell, do not, nor does a sentence ending in 。).
 */
function unitCellsRead(cells: readonly string[], roles: readonly ColumnRole[]): boolean {
  return roles.every((role, i) => {
    if (!isUnitColumn(role)) return true;
    const written = cells[i] ?? '';
    const cell = written.replace(/[。；;，,、\s]+$/, '');
    if (!cell || looksLikeUnitLine(cell)) return true;
    // a place with no suffix may be units (未来科技城); a sentence (新培育…中小企业100家。) is none
    return !DATE_LIKE.test(cell) && !/[。；;！？]/.test(cell) && !/[。！？]\s*$/.test(written) && !VERB_OPENING.test(cell);
  });
}

/** Whether a cell reads as its column's kind: a time limit under a deadline, names under a unit column (others: any text). */
function fitsColumn(cell: string, role: ColumnRole): boolean {
  if (role === 'deadline') return isTimeCell(cell) || /^(?:持续|长期|常态|年内|年底|每年|每季度|每月)/.test(cell);
  return !isUnitColumn(role) || readsAsUnits(cell);
}

/** A cell that is a time limit or only a date: a deadline, never units. */
const isTimeCell = (cell: string): boolean => isDeadlineLine(cell) || DATE_LIKE.test(cell);

/** A cell that is only a date or a time limit (2024年底, 6月底前, 2024年6月): a deadline, never units. */
const DATE_LIKE = /^(?=.*\d)(?:\d{4}\s*年)?(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:底|末|中旬|上旬|下旬|内)?前?(?:完成)?$/;

/** Verbs that open a task, never a unit name (建设 only before an object: 建设市民服务中心, not 建设局 or 建设管理委). */
const VERB_OPENING = /^(持续|推进|推动|加强|加快|完善|建立|健全|深化|实施|开展|提升|优化|落实|做好|强化|确保|全面|进一步|积极|大力|着力|抓好|促进|提高|扩大|打造|构建|新建|改造|改建|扩建|迁建|新增|建成|启动|开工|建设(?![局厅委部办处]|管理|和|交通|工程|发展|银行|集团|公司))/;

/** A name in brackets alone on its line: (区金融办). */
const OTHER_NAME_LINE = /^[（(]([^（）()]{2,12})[）)]$/;

/**
 * A row with more lines than columns, because a unit cell holds one name a
 * line (县水务局 / 县住建局 / 县护城河指挥部): the extra lines after a unit column that
 * read as unit names join that cell. Otherwise the row stays as it is (and
 * cannot be split with certainty).
 */
function joinUnitLines(lineCells: readonly string[], roles: readonly ColumnRole[]): string[] {
  const cells = [...lineCells];
  for (let c = 0; c < roles.length && cells.length > roles.length; c++) {
    if (!isUnitColumn(roles[c]!)) continue;
    for (;;) {
      if (cells.length <= roles.length || cells[c] === undefined || cells[c + 1] === undefined) break;
      // a line ending in 、 goes on to the next one: a whole name before it ends its own cell (市委政法委 /
      // 市委组织部、 / 市大数据局 is one lead and two cooperating units)
      const open = /[、，,]$/.test(cells[c]!);
      if (!open && /[、，,]$/.test(cells[c + 1]!)) break;
      // a name broken by the cell's wrapping (区财 / 政局) joins its line; a whole name on a line joins with 、; a name in
      // brackets on a line of its own after a name is that name's other name (区发改局 / (区金融办))
      const runsOn = (endsInNameHead(cells[c]!) && nameRunsOnAfterBreak(cells[c]!, cells[c + 1]!)) || bureauBranchRunsOn(/[^、，,]*$/.exec(cells[c]!)![0], cells[c + 1]!);
      const otherName = open ? null : OTHER_NAME_LINE.exec(cells[c + 1]!.trim());
      const joined = `${cells[c]}${runsOn || open || otherName ? '' : '、'}${cells[c + 1]!.trim()}`;
      const reads = otherName ? looksLikeUnitLine(otherName[1]) && looksLikeUnitLine(cells[c]!) : runsOn ? looksLikeUnitLine(joined) : looksLikeUnitLine(cells[c + 1]) && looksLikeUnitLine(cells[c]!.replace(/[、，,]$/, ''));
      if (!reads) break;
      cells.splice(c, 2, joined);
    }
  }
  return cells;
}

/**
 * A unit cell's line whose last piece may be a name's head broken by the wrapping: the
 * names before it read as units, and the piece is short and opens a name (市科 / 技局,
 * 区教育局、区财 / 政局), or follows such names. Prose (持续推进改革) is none.
 */
function endsInNameHead(line: string): boolean {
  const pieces = topLevelParts(line, '、，,');
  const last = pieces.pop()!.trim();
  const before = pieces.join('、');
  // a bracket inside the name counts as one character (各县（市、区） / 人民政府)
  // (a national body's local company runs longer before its suffix: 国网江西省电力 / 有限公司, as does a cell's one name
  // opening with its level in a narrow column: 市人力资源和社 / 会保障局)
  const longest = OWN_ORGANISATION_RE.test(last) || (!before && NAME_OPENING.test(last)) ? 10 : 6;
  if (!last || last.replace(/[（(][^）)]*[）)]/g, '（').length > longest || (before && !looksLikeUnitLine(before))) return false;
  return before !== '' || NAME_OPENING.test(last) || hasUnitSuffix(last);
}

function looksLikeUnitLine(line: string | undefined, max = 40): boolean {
  if (!line || line.length > max || /[。；;！？]/.test(line)) return false;
  // a count (2所, 3个站) is no name, nor is a suffix alone; a 、 inside brackets is part of a name (各县（市、区）人民政府);
  // a name may carry its role (省政府办公厅牵头，省直有关部门按职责分工负责)
  const names = topLevelParts(line, '、，, \t\u3000').filter(Boolean).map((name) => name.replace(NAME_ROLE_TAIL, ''));
  return names.length > 0 && names.every((name) => name.length >= 2 && !/^\d/.test(name) && (hasUnitSuffix(name) || isCatchAll(name) || isRegionCollective(name) || isNamedTownship(name)));
}

const PADDABLE = new Set<ColumnRole>(['person', 'deadline', 'start', 'remark', 'progress', 'other']);

/** A category row between the rows of a one-cell-per-line table: `一、做大做强主导产业`, or `（一）` with its title on the next line. */
function sectionRowAt(lines: string[], k: number): { text: string; next: number } | null {
  const t = lines[k]?.trim() ?? '';
  // a category row's 序号 cell, a numeral alone (一 / 推进碳达峰碳中和综合管理): the category is the two cells
  if (BARE_CN_SEQ.test(t)) return titleBelow(lines, k, `${t}、`, (text) => !BARE_CN_SEQ.test(text) && !matchHeading(foldWidth(text)));
  // a category named with an ordinal (行动一：数字产业化提质行动)
  if (NAMED_ORDINAL.test(t) && t.length <= 40) return { text: t, next: k + 1 };
  const mark = matchHeading(foldWidth(t));
  // a category as a sentence with no number, right before a numbered category or a row's 序号 1
  if (!mark) return plainCategoryAt(lines, k);
  if (!SECTION_STYLES.has(mark.style)) return null;
  if (t.length > mark.length) return t.length <= 40 ? { text: t, next: k + 1 } : null;
  return titleBelow(lines, k, t);
}

/** A category's number alone at line `k`, its title on the next filled line (up to 40 characters, no bare number, and as `fits` says). */
function titleBelow(lines: string[], k: number, number: string, fits: (text: string) => boolean = () => true): { text: string; next: number } | null {
  const title = nextFilled(lines, k + 1);
  const text = lines[title]?.trim() ?? '';
  return text && text.length <= 40 && !/^\d+$/.test(text) && fits(text) ? { text: `${number}${text}`, next: title + 1 } : null;
}

/** A Chinese numeral alone on its line: a category row's 序号 cell (一, 十二). */
const BARE_CN_SEQ = /^[一二三四五六七八九十]{1,3}$/;

/** A category's count of rows after it, in brackets: 经济社会发展主要预期目标分解(15项). */
const CATEGORY_COUNT = /[（(][\d一二三四五六七八九十]+(?:项|个|条|类)[）)]$/;

function plainCategoryAt(lines: string[], k: number): { text: string; next: number } | null {
  const t = lines[k]?.trim() ?? '';
  if (t.length < 4 || t.length > 30 || !(/[。；;]$/.test(t) || CATEGORY_COUNT.test(t)) || /[，,]/.test(t)) return null;
  const next = nextFilled(lines, k + 1);
  const after = lines[next]?.trim() ?? '';
  const mark = matchHeading(foldWidth(after));
  // over a numbered category, only its first (强化科技创新支撑能力。 / (一)): a sentence before 三、 is the last text
  // cell of the row above it (…数字孪生建设。 / 三、…)
  return after === '1' || (mark !== null && SECTION_STYLES.has(mark.style) && (mark.value === 1 || CATEGORY_COUNT.test(t))) ? { text: t, next: k + 1 } : null;
}

const SECTION_STYLES = new Set<NumberStyle>(['part', 'chapter', 'section', 'cn', 'cnParen']);

/**
 * A category column's value standing before its group's first row (危化品安全 / 3 / …): a
 * phrase of up to 40 characters with no punctuation (but the colon of 行动一：) that names no
 * unit, right before the line holding 序号 `seq`, or (`levels` 2) before a sub-group's value that is.
 */
function isCategoryValue(lines: string[], k: number, seq: number, levels: 1 | 2 = 2): boolean {
  const t = lines[k]?.trim() ?? '';
  const colon = /[：:]/.test(t) && !NAMED_ORDINAL.test(t);
  if (!t || t.length > 40 || /^\d+$/.test(t) || /[。；;，,、]/.test(t) || colon || looksLikeUnitLine(t) || isDeadlineLine(t)) return false;
  // a group's value and its sub-group's, one above the other (行动二：重塑美丽新居行动 / 旧区改造 / 4)
  const next = nextFilled(lines, k + 1);
  return lines[next]?.trim() === String(seq) || (levels === 2 && isCategoryValue(lines, next, seq, 1));
}

/** The index of the line holding the 序号 `seq` within `within` filled lines after `from`, or -1. */
function findNextSeq(lines: string[], from: number, seq: number, within: number): number {
  for (let k = nextFilled(lines, from), n = 0; k < lines.length && n < within; k = nextFilled(lines, k + 1), n++) {
    if (lines[k]?.trim() === String(seq)) return k;
  }
  return -1;
}

/** Converts Traditional header words to Simplified for matching (the identity for Simplified text). */
type Simplify = (s: string) => string;

/**
 * Unit cells merged over several rows, copied as text: the first row holds the names, the rows
 * below an empty cell in every unit column. A row whose unit cells are all empty takes those of
 * the row above it, within its group (a category row between ends the merge); a row with a
 * unit cell of its own keeps its cells, save an empty 牵头单位 cell, which takes the one above, and
 * an empty task cell in a numbered row, which takes the task above (one task cell over two rows).
 */
const TASK_ROLES: ReadonlySet<ColumnRole> = new Set(['task', 'measures']);

function fillMergedUnitCells(rows: Row[]): void {
  // the header is among the first rows (a caption may come before it)
  const at = rows.slice(0, 4).findIndex((r) => r.cells.some((h) => isUnitColumn(classify(h))) && r.cells.some((h) => TASK_ROLES.has(classify(h))));
  const header = rows[at];
  if (!header) return;
  const unitCols = header.cells.flatMap((h, c) => (isUnitColumn(classify(h)) ? [c] : []));
  const taskCol = header.cells.findIndex((h) => TASK_ROLES.has(classify(h)));
  const leadCol = header.cells.findIndex((h) => classify(h) === 'lead');
  const seqCol = header.cells.findIndex((h) => classify(h) === 'seq');
  const measuresCol = header.cells.findIndex((h) => classify(h) === 'measures');
  let above: Row | null = null;
  for (const row of rows.slice(at + 1)) {
    if (row.merged) {
      if (!row.side) above = null;
      continue;
    }
    const empty = unitCols.every((c) => !row.cells[c]?.trim());
    // (a row whose task cell is merged with the row above but whose measures cell is its own is a row of its own too)
    const work = row.cells[taskCol]?.trim() || (measuresCol >= 0 && row.cells[measuresCol]?.trim());
    if (empty && above && work) row.cells = row.cells.map((cell, c) => (unitCols.includes(c) ? (above!.cells[c] ?? '') : cell));
    else if (!empty) {
      // a 牵头单位 cell merged alone (the 配合单位 cells each row's own): every task of a table with a lead column has one
      const lead = leadCol >= 0 && !row.cells[leadCol]?.trim() ? above?.cells[leadCol] : undefined;
      if (lead) row.cells = row.cells.map((cell, c) => (c === leadCol ? lead : cell));
      // a task cell merged over this numbered row and the one above (its units its own): the task above, unless the
      // row's own measures cell names its work (工作任务 merged over rows, 细化分工 each row's: the row is its measure)
      const ownMeasures = measuresCol >= 0 && row.cells[measuresCol]?.trim();
      const task = taskCol >= 0 && !row.cells[taskCol]?.trim() && !ownMeasures && seqCol >= 0 && row.cells[seqCol]?.trim() ? above?.cells[taskCol] : undefined;
      if (task) row.cells = row.cells.map((cell, c) => (c === taskCol ? task : cell));
      above = row;
    }
  }
}

export function readTextTables(text: string, encoding: string, simplify: Simplify = (s) => s): SourceText {
  const all = splitLines(text);
  // a double-spaced copy is read without its blank lines, each line keeping its own place
  const spaced = doubleSpacedLines(all);
  const unspaced = spaced?.lines ?? all;
  // a copy's page breaks (— 3 —) part no table's rows: read without them, each line keeping its own place
  const paged = withoutPageBreaks(unspaced);
  const kept = paged?.lines ?? unspaced;
  const keptAt = (n: number) => {
    const m = paged?.at[n - 1] ?? n;
    return spaced?.at[m - 1] ?? m;
  };
  // a table copied onto one line is read from its pieces, each standing at its line and column
  const unfolded = unfoldOneLineTables(kept);
  const lines = unfolded?.lines ?? kept;
  const lineAt = (n: number) => keptAt(unfolded?.at[n - 1] ?? n);
  const placeOf = (n: number): SourceLocation => {
    const col = unfolded?.col[n - 1] ?? 1;
    return col > 1 ? { line: lineAt(n), column: col } : { line: lineAt(n), verbatim: true };
  };
  const sink = new LineSink();
  // a row's number with a mark after it (1*, 3★: a key task, as the table's note may say) is read as the number in a
  // table a cell a line; made once, line for line, so that every table looked for reads the same lines
  const unmarked = lines.some(isMarkedRowNumber) ? lines.map(withoutRowNumberMark) : lines;
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const found: FoundTable | null =
      tabTableAt(lines, i) ?? pipeTableAt(lines, i, sink, simplify) ?? spacedTableAt(lines, i, sink) ?? cellTableAt(unmarked, i, sink, simplify) ?? unnumberedCellTableAt(lines, i, sink, simplify) ?? gluedTableAt(lines, i);
    const width = found?.rows[0]?.cells.length ?? 0;
    if (found && !found.unmerged) fillMergedUnitCells(found.rows);
    const grid = found && buildGrid(found.rows.map((r) => r.cells.map((c) => ({ text: c, rowspan: 1, colspan: r.merged ? width : 1 }))));
    if (!found || !grid || !findHeader(grid)) {
      // not a task table: its lines pass through as they are
      const next = found?.next ?? i + 1;
      lines.slice(i, next).forEach((line, k) => sink.push(line, placeOf(i + k + 1)));
      i = next - 1;
      continue;
    }
    tables++;
    const rows = found.rows;
    sink.blank();
    // what the header's notes say (排在第一位的为牵头单位) stays in the text, where the notice's lead notes are read
    for (const note of found.notes ?? []) sink.push(note.text, { line: lineAt(note.line + 1), column: 1 });
    writeTable(grid, sink, {
      table: tables,
      rowLocation: (r) => {
        const row = rows[r];
        return row ? { line: lineAt(row.line), column: unfolded?.col[row.line - 1] ?? 1 } : {};
      },
    });
    sink.blank();
    i = found.next - 1;
  }
  // the readers placed their findings on the lines they read
  if (spaced || paged || unfolded) sink.diagnostics.forEach((d, k) => (sink.diagnostics[k] = d.line === undefined ? d : { ...d, line: lineAt(d.line) }));
  return sink.result('text', encoding);
}
