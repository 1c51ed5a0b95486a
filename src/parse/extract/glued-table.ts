/**
 * A task table whose cells a scraper glued together, the table's markup dropped
 * with nothing put in its place: the header one run of column words
 * (类别序号重点任务牵头单位责任单位完成时限), each row one run of its cells
 * (项目建设1加快推进…20亿元区发展改革局区自然资源局、区住房城乡建设局2023年12月底前).
 * The header is split at its column words; a row at its 序号 (the next number, after
 * the category when the table has one), then at its unit names: a run of names set
 * apart by 、 or ， is one cell, and a name glued straight to the one before it opens
 * the next unit cell. The text before the names is the task (a person's name at its end
 * when a person column stands between), the text after them the deadline or progress.
 */
import { classify, type ColumnRole } from './table.js';
import { HEADER_CELL_ENDINGS, isUnitColumn } from '../lexicon/tables.js';
import { alternation, compiledPattern } from '../lexicon/regex.js';
import { hasUnitSuffix } from '../lexicon/units.js';
import { trailingNameLength } from '../lexicon/persons.js';

type Row = { cells: string[]; line: number; merged?: boolean };

const HEADER_CELL_END = compiledPattern(`(?:${alternation(HEADER_CELL_ENDINGS)})$`);
const HEADER_CELL_MAX = 10;

/**
 * A glued header split into its column words: the split with the most cells, each a
 * column word the lexicon knows (see classify); null unless it has 序号, a task and a unit column.
 */
export function gluedHeaderCells(line: string): string[] | null {
  const t = line.trim();
  if (t.length < 8 || t.length > 60 || /[\s|｜，,。；;：:、（）()]/.test(t)) return null;
  // most[i]: the most cells that t.slice(0, i) splits into, from[i] where its last cell starts
  const most = new Array<number>(t.length + 1).fill(-1);
  const from = new Array<number>(t.length + 1).fill(-1);
  most[0] = 0;
  for (let i = 0; i < t.length; i++) {
    if (most[i]! < 0) continue;
    for (let j = i + 2; j <= Math.min(t.length, i + HEADER_CELL_MAX); j++) {
      const cell = t.slice(i, j);
      if (!HEADER_CELL_END.test(cell) || classify(cell) === 'other') continue;
      if (most[i]! + 1 > most[j]!) {
        most[j] = most[i]! + 1;
        from[j] = i;
      }
    }
  }
  if (most[t.length]! < 3) return null;
  const cells: string[] = [];
  for (let j = t.length; j > 0; j = from[j]!) cells.unshift(t.slice(from[j]!, j));
  const roles = cells.map(classify);
  const seq = roles.indexOf('seq');
  return seq >= 0 && seq <= 1 && roles.some((r) => r === 'task' || r === 'measures') && roles.some(isUnitColumn) ? cells : null;
}

/** Characters that open a unit cell's first name: a level (区发展改革局, 市委政法委) or a collective (各街道办事处). */
const NAME_START = /[省市县区州旗盟镇乡各]/;
const SEPARATOR = /[、，,]/;
const LEVELS = /[省市县区州旗盟]/;
/** What a name never holds outside brackets: punctuation, spaces, digits (各县（市、区）人民政府 holds 、 inside them). */
const NOT_IN_NAME = /[、，,；;。：:！？\s\d%“”《》]/;
const NAME_MAX = 16;
const NAME_MIN = 3;
/** The longest task cell looked through for the units after it, and the most names the unit cells hold. */
const TASK_MAX = 300;
const NAMES_MAX = 40;

/** The ends of the names that may start at `at`: each a unit's name (ending like one), shortest first. */
function nameEnds(text: string, at: number): number[] {
  const ends: number[] = [];
  let depth = 0;
  for (let e = at + 1; e <= Math.min(text.length, at + NAME_MAX); e++) {
    const ch = text.charAt(e - 1);
    if (ch === '（' || ch === '(') depth++;
    else if (ch === '）' || ch === ')') {
      if (--depth < 0) break;
    } else if (depth === 0 && NOT_IN_NAME.test(ch)) break;
    if (depth === 0 && e - at >= 2 && hasUnitSuffix(text.slice(at, e))) ends.push(e);
  }
  return ends;
}

/** A name that may open a unit cell glued to the one before: from a level or 各, or a place's own name (呈贡区人民政府). */
const CELL_NAME = /^(?:[省市县区州旗盟镇乡各]|[^局委办厅会社部处室科所站队院、，,]{1,3}[区县市旗镇乡])/;

/** Suffixes that surely end a name (局, 委, 政府 …), unlike 社 or 会, which may stand inside one (人力社保局, 社会保障局). */
const STRONG_END = /(?:局|委|办|厅|政府|中心|办事处|管委会|公司|集团|指挥部)$/;

/**
 * Whether a name that opens a new unit cell can start at `at` (a place's own name too:
 * 呈贡区人民政府): followed by a separator, another name or the row's end; or, while
 * unit columns are still to fill (`more`), by anything, when its suffix surely ends it.
 */
function opensCell(text: string, at: number, more = false): boolean {
  if (!CELL_NAME.test(text.slice(at, at + 5))) return false;
  return nameEnds(text, at).some((e) => e - at >= NAME_MIN && (e === text.length || SEPARATOR.test(text.charAt(e)) || NAME_START.test(text.charAt(e)) || (more && STRONG_END.test(text.slice(at, e)))));
}

/** Where the name from `at` ends: before a separator or the next cell's name (`more`: see opensCell); else at its last sure suffix (区人力社保局, not 区人力社; 各街道办事处, not 各街道办). */
function nameEnd(text: string, at: number, ends: readonly number[], more: boolean): number {
  return ends.find((e) => e === text.length || SEPARATOR.test(text.charAt(e)) || opensCell(text, e, more)) ?? ends.findLast((e) => STRONG_END.test(text.slice(at, e))) ?? ends[0]!;
}

/**
 * The unit cells from `at`: names set apart by 、 or ， in one cell, a name glued to the
 * one before in the next cell. Each name ends at its shortest reading after which the
 * text goes on with a separator, another name, or the rest of the row. Null when no
 * name starts at `at`.
 */
function unitCellsFrom(text: string, at: number, columns: number): { cells: string[]; end: number } | null {
  // a name opens with one level word, never two (覆盖全区区城管局: the name is 区城管局)
  if (!NAME_START.test(text.charAt(at)) || LEVELS.test(text.charAt(at + 1))) return null;
  const cells: string[] = [];
  let cell = '';
  let pos = at;
  for (let names = 0; names < NAMES_MAX; names++) {
    const ends = nameEnds(text, pos);
    if (!ends.length) break;
    // while unit columns remain after this cell, the next one's name may be followed by anything
    const end = nameEnd(text, pos, ends, cells.length + 1 < columns);
    cell += text.slice(pos, end);
    pos = end;
    if (SEPARATOR.test(text.charAt(pos)) && nameEnds(text, pos + 1).length) {
      cell += text.charAt(pos);
      pos++;
      continue;
    }
    cells.push(cell);
    cell = '';
    if (!opensCell(text, pos, cells.length < columns)) break;
  }
  return cells.length ? { cells, end: pos } : null;
}

/** A deadline at a row's end: 2023年12月底前, 2024年8月, 长期坚持, 年底前. */
const DEADLINE_TAIL = /^(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?前?(?:完成)?|长期坚持|持续推进|年底前|年内)$/;

/** How a row's text after its number splits: where its unit names start, and the cells they fill. */
interface Reading {
  at: number;
  found: { cells: string[]; end: number };
}

/**
 * Where a row's unit names start. A task cell is a sentence or two: the names are looked for within
 * its first characters (no scan is longer). The first reading whose names fill the unit columns
 * exactly is taken (a task may end in a name of its own: 新建区级养老服务中心区民政局…), else the first
 * that fills them at all; what follows the names must fit the columns after them (a time limit, progress, nothing).
 */
function chooseReading(rest: string, columns: number, tail: readonly ColumnRole[]): Reading | null {
  let chosen: Reading | null = null;
  for (let at = 2; at < Math.min(rest.length, TASK_MAX); at++) {
    const found = unitCellsFrom(rest, at, columns);
    if (!found) continue;
    const after = rest.slice(found.end);
    if (tail[0] === 'deadline' ? !DEADLINE_TAIL.test(after) : tail.length === 0 && after !== '') continue;
    chosen ??= { at, found };
    if (found.cells.length === columns) return { at, found };
  }
  return chosen;
}

/** The people's names ending a task cell (王建华, or several set apart by 、: 王建华、李强), and the task without them. */
function takePersons(text: string): { task: string; who: string } {
  let task = text;
  let who = '';
  for (let n = trailingNameLength(task); n > 0; n = task.endsWith('、') ? trailingNameLength(task.slice(0, -1)) : 0) {
    if (task.endsWith('、')) {
      who = `、${who}`;
      task = task.slice(0, -1);
    }
    who = task.slice(task.length - n) + who;
    task = task.slice(0, task.length - n);
  }
  return { task, who };
}

/**
 * One glued row split into the header's cells (the category column left out), or null.
 * `roles` are the columns' roles from 序号 on.
 */
function gluedRow(line: string, roles: readonly ColumnRole[], seq: number, withCategory: boolean): { category: string; cells: string[] } | null {
  const t = line.trim();
  const number = String(seq);
  let at = 0;
  if (withCategory) {
    at = t.indexOf(number);
    if (at < 0 || at > 20 || /\d/.test(t.slice(0, at))) return null;
  } else if (!t.startsWith(number)) return null;
  if (/\d/.test(t.charAt(at + number.length))) return null;
  const rest = t.slice(at + number.length);
  const unitCols = roles.flatMap((r, i) => (isUnitColumn(r) ? [i] : []));
  const firstUnit = unitCols[0]!;
  const lastUnit = unitCols.at(-1)!;
  const person = roles[firstUnit - 1] === 'person';
  const tail = roles.slice(lastUnit + 1);
  const reading = chooseReading(rest, unitCols.length, tail);
  if (!reading) return null;
  const { task, who } = person ? takePersons(rest.slice(0, reading.at)) : { task: rest.slice(0, reading.at), who: '' };
  if (task.length < 2) return null;
  const found = reading.found.cells;
  // more runs of names than unit columns: the last column takes the rest
  const units = found.length > unitCols.length ? [...found.slice(0, unitCols.length - 1), found.slice(unitCols.length - 1).join('、')] : found;
  const cells = roles.map(() => '');
  cells[0] = number;
  cells[1] = task;
  if (person) cells[firstUnit - 1] = who;
  unitCols.forEach((c, i) => (cells[c] = units[i] ?? ''));
  if (tail.length) cells[lastUnit + 1] = rest.slice(reading.found.end);
  return { category: t.slice(0, at), cells };
}

/**
 * A glued table at line `i`: its header (without a category column, whose values become
 * category rows) and the rows that split, numbered 1, 2, 3 …; null unless two rows do.
 */
export function gluedTableAt(lines: readonly string[], i: number): { rows: Row[]; next: number } | null {
  const header = gluedHeaderCells(lines[i] ?? '');
  if (!header) return null;
  const withCategory = classify(header[0]!) === 'section';
  const columns = withCategory ? header.slice(1) : header;
  const roles = columns.map(classify);
  if (roles[0] !== 'seq' || (roles[1] !== 'task' && roles[1] !== 'measures')) return null;
  const rows: Row[] = [{ cells: columns, line: i + 1 }];
  let k = i + 1;
  for (let seq = 1; k < lines.length; k++) {
    if (!lines[k]!.trim()) continue;
    const row = gluedRow(lines[k]!, roles, seq, withCategory);
    if (!row) break;
    if (row.category) rows.push({ cells: [row.category], line: k + 1, merged: true });
    rows.push({ cells: row.cells, line: k + 1 });
    seq++;
  }
  return rows.filter((r) => !r.merged).length >= 3 ? { rows, next: k } : null;
}
