/**
 * Task tables (任务分工表) from HTML, Markdown and Word: a grid with merged
 * cells filled in, its header recognised (序号, 重点任务, 工作措施, 牵头单位,
 * 配合单位, 责任单位, 完成时限, 备注 …), and each row written as its cells' own
 * text, each line with a hint of what it is (the row's task and number, a unit
 * or deadline cell of its column), so that the one parser gives tables and text
 * the same records without guessing what a reader already knew.
 */
import { diag } from '../../model/diagnostic.js';
import type { DiagnosticCode } from '../../model/codes.js';
import { matchHeading, toChineseNumeral, toCircled } from '../markers.js';
import { foldWidth } from '../chars.js';
import { hasUnitSuffix, isCatchAll, isRegionCollective, NAME_OPENING, nameRunsOnAfterBreak } from '../lexicon/units.js';
import { columnRoleOf, headerWords, isUnitColumn, SEQ_UNDER_CATEGORY, withMeasureUnitColumn, type ColumnRole, type UnitColumn } from '../lexicon/tables.js';
import { CN_NUMERAL_CHARS } from '../lexicon/numerals.js';
import { CLAUSE_ROLE_END_RE } from '../lexicon/roles.js';
import { ROLE_ONLY_LABELS } from '../lexicon/labels.js';
import type { LineSink, SourceLocation } from './source.js';
import { alternation, compiledPattern } from '../lexicon/regex.js';

export interface GridCell {
  text: string;
  /** The cell this one copies when it lies under a rowspan / colspan: its origin's row and column. */
  originRow: number;
  originCol: number;
}

/** A table as rows of cells; merged cells appear in every position they cover. */
export type Grid = GridCell[][];

/** Builds a grid from rows of cells with spans (HTML rowspan/colspan, Word gridSpan/vMerge). */
export function buildGrid(rows: { text: string; rowspan: number; colspan: number }[][]): Grid {
  const grid: Grid = [];
  rows.forEach((cells, r) => {
    const row = (grid[r] ??= []);
    let c = 0;
    for (const cell of cells) {
      while (row[c]) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowspan); dr++) {
        const covered = (grid[r + dr] ??= []);
        for (let dc = 0; dc < Math.max(1, cell.colspan); dc++) {
          covered[c + dc] = { text: cell.text, originRow: r, originCol: c };
        }
      }
      c += Math.max(1, cell.colspan);
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((row, r) => Array.from({ length: width }, (_, c) => row[c] ?? { text: '', originRow: r, originCol: c }));
}

export type { ColumnRole } from '../lexicon/tables.js';

/** What a header cell names: 序号 → seq, 牵头单位 → lead, 完成时限 → deadline … (the vocabulary is in the lexicon). */
export const classify = (header: string): ColumnRole => columnRoleOf(header);

interface Header {
  /** Index of the first header row: rows above it are the table's caption (附件2 / 任务分工表). */
  start: number;
  /** Index of the last header row. */
  end: number;
  roles: ColumnRole[];
  texts: string[];
}

/** The header: one or two rows (责任单位 over 牵头单位 | 配合单位) within the first four. */
/**
 * A category column groups the tasks to its right (类别 | 重点任务 | …); one after
 * the task column describes each task (… | 责任单位 | 目标类型) and is no category.
 */
function withCategoriesFirst(roles: ColumnRole[]): ColumnRole[] {
  const task = roles.findIndex((x) => x === 'task' || x === 'measures');
  return task < 0 ? roles : roles.map((x, i) => (x === 'section' && i > task ? 'other' : x));
}

/** Whether a row is one merged cell across the table. */
function isOneCell(row: GridCell[]): boolean {
  return row.length > 1 && row.every((c) => c.originRow === row[0]!.originRow && c.originCol === row[0]!.originCol);
}

/** A Chinese character: what a cell holding words rather than figures, dates or telephone numbers has. */
const CJK = /[\u4e00-\u9fa5]/;

export function findHeader(grid: Grid): Header | null {
  for (const [r, row] of grid.slice(0, 4).entries()) {
    if (isOneCell(row)) continue; // a caption across the table (附件2 / …任务分工表) heads no column
    // (a bare 单位 beside a unit column, or over measures only, holds units of measure, in every table read)
    const roles = withMeasureUnitColumn(row.map((c) => c.text), (i) => grid.slice(r + 1).filter((cells) => !isOneCell(cells)).map((cells) => cells[i]?.text ?? '')).map(classify);
    const known = roles.filter((x) => x !== 'other').length;
    const hasTask = roles.some((x) => x === 'task' || x === 'measures');
    const hasUnits = roles.some(isUnitColumn);
    if (known < 2 || !(hasTask || hasUnits)) continue;
    // a list of units with nothing to do (序号 | 单位 | 带班领导 | 值班电话: a duty roster, a contact list) heads no task
    // table: no task column, and no other column whose cells hold words that could be a task's
    if (!hasTask && !roles.some((x, i) => x === 'other' && grid.slice(r + 1).some((cells) => !isOneCell(cells) && CJK.test(cells[i]?.text ?? '')))) continue;
    const texts = row.map((c) => c.text);
    let end = r;
    const next = grid[r + 1];
    if (next) {
      const own = next.map((c) => c.originRow === r + 1);
      const sub = next.map((c, i) => (own[i] ? classify(c.text) : 'other'));
      const underSpan = next.some((_, i) => {
        const above = row[i];
        return own[i] && above !== undefined && row.filter((h) => h.originCol === above.originCol && h.originRow === above.originRow).length > 1;
      });
      // a second header row refines the columns under a spanning cell (责任单位 over 牵头单位 | 配合单位)
      if (underSpan && sub.every((x, i) => !own[i] || x !== 'other')) {
        next.forEach((c, i) => {
          const x = sub[i];
          if (x !== undefined && x !== 'other') {
            roles[i] = x;
            texts[i] = c.text;
          }
        });
        end = r + 1;
      }
    }
    return { start: r, end, roles: withCategoriesFirst(roles), texts };
  }
  return null;
}

const BARE_CN_NUMBER = compiledPattern(`^[${CN_NUMERAL_CHARS}]{1,3}$`);

/** The heading number to write for a 序号 cell: 1 → `1.`, （一） as it is, 一 → `（一）` under sections or `一、`. */

function seqToken(seq: string, underSection: boolean): string | null {
  const s = foldWidth(seq.trim()).replace(/\s+/g, '');
  if (!s) return null;
  if (/^\d{1,3}$/.test(s)) return `${Number(s)}.`;
  const sub = SEQ_UNDER_CATEGORY.exec(s);
  if (sub) return `${Number(sub[1])}.`;
  const mark = matchHeading(s);
  if (mark && mark.length >= s.length) return s;
  if (BARE_CN_NUMBER.test(s)) return underSection ? `（${s}）` : `${s}、`;
  return null;
}

/**
 * A cell's first paragraph when it is a heading phrase standing alone (no comma, no
 * enumeration mark, no sentence end, at most 30 characters) and more paragraphs follow;
 * else ['', ''] (the cell is one text, as a wrapped sentence is).
 */
function titleParagraph(cell: string): [string, string] {
  const lines = cell.split('\n').map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ?? '';
  if (lines.length < 2) return ['', ''];
  // a task sentence, then its measures a numbered line each (推进黄河流域生态保护。 / 1.完成… / 2.实施…): they stay lines
  if (first.length <= 60 && lines.slice(1).every((l) => matchHeading(foldWidth(l)) !== null)) return [first, lines.slice(1).join('\n')];
  if (first.length > 30 || /[，,、；;：:。！？]/.test(first)) return ['', ''];
  return [first, cellText(lines.slice(1).join('\n'))];
}

/** A sub-item's number one rung below its row's: 1. → （1）, （1） → ①, others → 1. */
function subToken(rowToken: string, value: number): string {
  if (/^\d+\.$/.test(rowToken)) return `（${value}）`;
  if (/^（\d+）$/.test(rowToken)) return toCircled(value) ?? `${value}.`;
  return `${value}.`;
}

/** A title without its heading number: 三、要素保障 → 要素保障. */
function stripNumber(t: string): string {
  const mark = matchHeading(foldWidth(t));
  return (mark ? t.slice(mark.length) : t).trim();
}

const cellText = (s: string) => s.replace(/\s*\n\s*/g, '').trim();

/**
 * A unit cell with one name per line (paragraphs or line breaks in the cell):
 * a line that ends a unit name is a separator, one that does not is the name
 * wrapping. `县行政审批服务局` / `县市场监管局` → `县行政审批服务局、县市场监管局`.
 */
function unitCellText(s: string): string {
  const lines = s.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length > 1 && ROLE_WORD_LINE.test(lines[0]!)) return withRoleLines(lines);
  return joinNameLines(lines);
}

/** A role word alone on a cell's line (牵头, 配合): the cell gives its roles itself, one group of names under each. */
const ROLE_WORD_LINE = compiledPattern(`^(?:${alternation(ROLE_ONLY_LABELS)})[：:]?$`);

/**
 * A unit cell whose names stand under role words of their own lines (a table nested in the cell, 牵头 | 市旅游局 /
 * 配合 | 市发展改革委、…, as it reads a line a cell): written as labels (牵头：市旅游局；配合：市发展改革委、…).
 */
function withRoleLines(lines: string[]): string {
  const groups: { role: string; names: string[] }[] = [];
  for (const line of lines) {
    if (ROLE_WORD_LINE.test(line)) groups.push({ role: line.replace(/[：:]$/, ''), names: [] });
    else groups[groups.length - 1]!.names.push(line);
  }
  return groups.map((g) => `${g.role}：${joinNameLines(g.names)}`).join('；');
}

/** Name lines of a unit cell joined: a line that ends a name is followed by a separator, one that does not wraps. */
function joinNameLines(lines: string[]): string {
  let out = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const wraps = /[、，,；;]$/.test(out) || (!placeBeforeName(out, line) && (!(hasUnitSuffix(out) || isCatchAll(out)) || nameRunsOnAfterBreak(out, line)));
    out += wraps ? line : `、${line}`;
  }
  return out;
}

/** A township or street named alone (簇桥街道), then a name of its own that opens with a level word (区网络理政办): two units. */
const PLACE_UNIT_END = /[\u4e00-\u9fa5]{2,}(?:街道|镇|乡)$/;

function placeBeforeName(above: string, line: string): boolean {
  return PLACE_UNIT_END.test(above) && NAME_OPENING.test(line) && hasUnitSuffix(line.replace(/[（(][^（）()]*[）)]$/, ''));
}

/**
 * Whether a cell may name units: at least one name ends like a department, a
 * catch-all or a collective of places, or the cell is short and has no sentence
 * in it (未来科技城（海创园）). Progress text (已进场施工，完成30%。) names none.
 */
const BRACKET_ROLE_AFTER = /[（(][^（）()]{1,6}[）)]$/;

function namesUnits(cell: string): boolean {
  // a name may carry its role after it (市商务局牵头，市市场监管局配合; 市发改局（牵头）)
  const bare = (name: string) => name.replace(BRACKET_ROLE_AFTER, '').replace(CLAUSE_ROLE_END_RE, '');
  if (cell.split(/[、，,；;\s]+/).map(bare).some((name) => hasUnitSuffix(name) || isCatchAll(name) || isRegionCollective(name))) return true;
  return cell.length <= 40 && !/[。，,；;！？%]/.test(cell);
}

export interface TableOptions {
  /** Number of this table in the document (1-based), for locations. */
  table: number;
  /** The location of a row (HTML source line of the <tr>, Word paragraph …). */
  rowLocation: (row: number) => SourceLocation;
}


/** A table row as one line, each merged cell once, two wide spaces between cells (as between the fields of one metadata line, 文号：…　　发布日期：…). */
function writePlainRow(row: GridCell[], r: number, sink: LineSink, loc: (row: number, col: number) => SourceLocation): void {
  const seen = new Set<string>();
  const cells = row.filter((c) => {
    const k = `${c.originRow}:${c.originCol}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  sink.push(cells.map((c) => c.text.trim()).filter(Boolean).join('　　'), loc(r, 0));
}

/** A table that is not a task table: one line per row. */
function writePlainTable(grid: Grid, sink: LineSink, loc: (row: number, col: number) => SourceLocation): void {
  grid.forEach((row, r) => writePlainRow(row, r, sink, loc));
}

/** Writes the rows of a task table as notice lines, keeping track of categories, tasks and what was written. */
class TaskTableWriter {
  private col: (role: ColumnRole) => number;
  private unitCols: (readonly [UnitColumn, number])[];
  private sectionOrigin = -1;
  private sectionCount = 0;
  private lastSection = '';
  private taskKey = '';
  private running = 0;
  /** Cells already written for the current task (a merged cell is written once). */
  private written = new Set<string>();
  /** The units last written in each unit column, for a cell that says 同上. */
  private lastUnits = new Map<number, string>();
  /** The current row's number, and the value of its last numbered sub-item (null: none). */
  private rowToken = '';
  private subValue: number | null = null;

  constructor(
    private header: Header,
    private sink: LineSink,
    private opts: TableOptions,
    private loc: (row: number, col: number) => SourceLocation,
    /** The 序号 column starts again at some row (its numbers are not always rising). */
    private seqRestarts: boolean,
  ) {
    this.col = (role) => header.roles.indexOf(role);
    this.unitCols = header.roles.flatMap((r, i) => (isUnitColumn(r) ? [[r, i] as const] : []));
    if (!this.unitCols.length) sink.diagnostics.push(this.rowDiag('table-without-units', { table: opts.table }, header.end));
  }

  /** A diagnostic at a row: its source line (HTML, text), or its Word paragraph with the table and row. */
  private rowDiag(code: DiagnosticCode, params: Record<string, string | number>, r: number) {
    const at = this.opts.rowLocation(r);
    const d = diag(code, params, at.line ?? at.paragraph);
    if (at.line === undefined) d.source = { ...at, table: this.opts.table, row: r + 1 };
    return d;
  }

  /** A column's header as written, without the spaces of a letter-spaced header (牵 头 单 位). */
  private headerText(c: number): string {
    return headerWords(this.header.texts[c] ?? '');
  }

  private once(row: GridCell[], c: number): boolean {
    const cell = row[c];
    if (cell === undefined) return false;
    const k = `${cell.originRow}:${c}`;
    if (this.written.has(k)) return false;
    this.written.add(k);
    return true;
  }

  /** A numbered line of the table (a category or a task row), with the table it stands in. */
  private pushItem(text: string, at: SourceLocation, token: string, length: number): void {
    this.sink.pushTyped(text, at, { kind: 'item', token, length, table: this.opts.table });
  }

  private section(t: string, r: number, c: number): void {
    const bare = stripNumber(t);
    if (bare === this.lastSection) return; // the category column repeats a title row just written
    this.lastSection = bare;
    const mark = matchHeading(foldWidth(t.trim()));
    // a category row written as a sentence with no number (强化科技创新支撑能力。) heads the rows as text, with no level of its own
    if (!mark && /[。；;]$/.test(t)) {
      this.sink.push(t, this.loc(r, c));
      return;
    }
    this.sectionCount++;
    if (mark) this.pushItem(t, this.loc(r, c), mark.token, mark.length);
    // a category with no number of its own is a level only where the 序号 starts again under it (1–3, 1–2 …):
    // where the numbers run on across the categories, the rows' ids are their numbers (corpus rule 2)
    else if (this.seqRestarts) this.pushItem(t, this.loc(r, c), `${toChineseNumeral(this.sectionCount)}、`, 0);
    // otherwise it is no text of the task above it (新建幼儿园2所 / 卫生): it is left out
  }

  /** The heading line of a new task: its number from 序号 (or in order), its title and measures. */
  private taskHeading(row: GridCell[], texts: string[], r: number, next: GridCell[] | undefined): void {
    const seqCol = this.col('seq');
    const taskCol = this.col('task');
    const measuresCol = this.col('measures');
    const seq = seqCol >= 0 ? texts[seqCol] : undefined;
    let token = seq === undefined ? null : seqToken(seq, this.sectionCount > 0);
    if (!token) {
      this.running++;
      token = `${this.running}.`;
      if (seqCol >= 0) this.sink.diagnostics.push(this.rowDiag('table-row-unnumbered', { table: this.opts.table, row: r + 1, number: token }, r));
    } else if (/^\d+\.$/.test(token)) this.running = Number(token.slice(0, -1));
    // an empty task cell leaves the row's measures as its text
    // a task cell of several paragraphs whose first is a heading phrase (深化“证照分离”改革 / 全面实行…): that is its title line
    const [headLine, restLines] = taskCol >= 0 ? titleParagraph(row[taskCol]?.text ?? '') : ['', ''];
    const taskText = taskCol >= 0 ? (restLines ? headLine : (texts[taskCol] ?? '')) : '';
    const title = taskText || (measuresCol >= 0 ? (texts[measuresCol] ?? '') : '');
    const measures = taskText && measuresCol >= 0 ? (texts[measuresCol] ?? '') : '';
    const at = this.loc(r, taskCol >= 0 ? taskCol : Math.max(0, seqCol));
    // a row with an empty task cell still stands, on its 序号 cell
    if (title.trim() || !seq?.trim()) this.pushItem(title, at, token, 0);
    else this.pushItem(seq.trim(), this.loc(r, seqCol), token, seq.trim().length);
    if (restLines) this.sink.pushBody(restLines, at);
    this.rowToken = token;
    // the measures cell is the task's body, a paragraph of its own; or the first of numbered
    // sub-items when the rows under it (merged 序号) go on with the next number and units of their own
    const sub = measures && next && this.ownUnits(row, r) ? this.subItem(measures) : null;
    const nextTexts = next?.map((c) => cellText(c.text));
    // the next row continues this one: its 序号 empty, or the same merged cell
    const nextSeq = next?.[seqCol];
    const continued = seqCol >= 0 && (!nextTexts?.[seqCol] || (nextSeq !== undefined && nextSeq.originRow === row[seqCol]?.originRow));
    const goesOn = sub && next && nextTexts && continued && this.ownUnits(next, r + 1) && this.subItem(nextTexts[measuresCol] ?? '')?.value === sub.value + 1;
    if (goesOn) this.pushSubItem(measures, sub, r, measuresCol);
    else if (measures) this.sink.pushBody(measures, this.loc(r, measuresCol));
    if (taskCol >= 0) this.once(row, taskCol);
    if (measuresCol >= 0) this.once(row, measuresCol);
  }

  /** A measure cell that opens with a number (1.地区生产总值…): its number's value and length. */
  private subItem(text: string): { value: number; length: number } | null {
    const mark = matchHeading(foldWidth(text.trim()));
    return mark && mark.length < text.trim().length ? { value: mark.value, length: mark.length } : null;
  }

  /** Whether a row names units in a cell of its own (not one merged from the row above). */
  private ownUnits(row: GridCell[], r: number): boolean {
    return this.unitCols.some(([, i]) => {
      const cell = row[i];
      return cell !== undefined && cell.originRow === r && namesUnits(cellText(cell.text));
    });
  }

  /** A numbered measure written as a sub-item of the row's task, one rung below the row's number. */
  private pushSubItem(text: string, sub: { value: number; length: number }, r: number, c: number): void {
    const trimmed = text.trim();
    this.pushItem(trimmed, this.loc(r, c), subToken(this.rowToken, sub.value), sub.length);
    this.subValue = sub.value;
  }

  row(row: GridCell[], r: number, next?: GridCell[]): void {
    const texts = row.map((c) => cellText(c.text));
    if (texts.every((t) => !t)) return;
    if (texts.every((t, i) => t.replace(/\s/g, '') === this.header.texts[i]?.replace(/\s/g, ''))) return; // a header repeated on a new page
    const first = texts[0];
    // a row that is one merged cell: a category title; or one whose first cell alone is filled with more than a row's
    // number, as a format without merged cells writes it (| **一、主要预期目标** |  |  |  |  | in Markdown)
    // (under a 序号 or category column: a task cell alone is a task whose other cells were left empty)
    const firstAlone = (this.col('seq') === 0 || this.col('section') === 0) && Boolean(first) && texts.slice(1).every((t) => !t) && !ROW_NUMBER_ONLY.test(first!.trim());
    if (first !== undefined && (firstAlone || new Set(row.map((c) => `${c.originRow}:${c.originCol}`)).size === 1)) {
      this.section(first, r, 0);
      this.written.clear();
      return;
    }
    const sectionCol = this.col('section');
    const sectionCell = sectionCol >= 0 ? row[sectionCol] : undefined;
    const sectionText = texts[sectionCol];
    if (sectionCell && sectionText && sectionCell.originRow !== this.sectionOrigin) {
      this.sectionOrigin = sectionCell.originRow;
      this.section(sectionText, r, sectionCol);
    }
    const seqCol = this.col('seq');
    const seqCell = seqCol >= 0 ? row[seqCol] : undefined;
    // an empty 序号 continues the task above: a merged cell written only in its first row
    const continues = seqCol >= 0 && !texts[seqCol] && this.taskKey !== '';
    const key = seqCell && texts[seqCol] ? `${seqCell.originRow}:${seqCol}` : continues ? this.taskKey : `row:${r}`;
    let subItemRow = false;
    if (key !== this.taskKey) {
      this.taskKey = key;
      this.written.clear();
      this.subValue = null;
      this.taskHeading(row, texts, r, next);
    } else {
      // a continuation row: its own task or measure text joins the task's text; a measure numbered in
      // sequence with units of its own in the row is the next sub-item
      for (const c of [this.col('task'), this.col('measures')]) {
        const text = c >= 0 ? texts[c] : undefined;
        if (!text || !this.once(row, c)) continue;
        const sub = c === this.col('measures') && this.ownUnits(row, r) ? this.subItem(text) : null;
        if (sub && this.subValue !== null && sub.value === this.subValue + 1) {
          this.pushSubItem(text, sub, r, c);
          subItemRow = true;
        }
        // a measure is a paragraph of its own, as in the row's first line: its 2. is no heading of the table's
        else if (c === this.col('measures')) this.sink.pushTyped(text, this.loc(r, c), { kind: 'paragraph' });
        else this.sink.push(text, this.loc(r, c));
      }
    }
    for (const [role, i] of this.unitCols) {
      const cell = row[i];
      // 同上 (as above): the units of the row above in the column
      const sameAsAbove = texts[i] !== undefined && SAME_AS_ABOVE.test(texts[i]!) ? this.lastUnits.get(i) : undefined;
      const text = sameAsAbove ?? texts[i];
      // a cell that names no unit (progress text in a column the copy shifted) is not a unit list; a unit
      // cell merged over sub-items (a 牵头单位 over three stages) is each sub-item's
      const shared = subItemRow && cell !== undefined && cell.originRow !== r;
      if (cell && text && namesUnits(text) && (this.once(row, i) || shared)) {
        const units = sameAsAbove ?? unitCellText(cell.text);
        this.sink.pushTyped(units, this.loc(r, i), { kind: 'cell', column: role, header: this.headerText(i) });
        this.lastUnits.set(i, units);
      }
    }
    const deadlineCol = this.col('deadline');
    if (deadlineCol >= 0 && texts[deadlineCol] && this.once(row, deadlineCol)) {
      this.sink.pushTyped(texts[deadlineCol], this.loc(r, deadlineCol), { kind: 'cell', column: 'deadline', header: this.headerText(deadlineCol) });
    }
  }
}

/** A unit cell that says its units are the row above's: 同上, 同上。. */
const SAME_AS_ABOVE = /^同上[。.]?$/;

/** Whether the numbers of a table's 序号 column fall back anywhere (1, 2, 3, 1, 2 …): they start again under each category. */
function seqRestarts(grid: Grid, header: Header): boolean {
  const seqCol = header.roles.indexOf('seq');
  if (seqCol < 0) return false;
  let last = 0;
  for (const [r, row] of grid.entries()) {
    if (r <= header.end) continue;
    const seq = foldWidth(cellText(row[seqCol]?.text ?? ''));
    // 1-1, 1-2, 2-1: numbered under the category, it starts again under each
    const value = Number(SEQ_UNDER_CATEGORY.exec(seq)?.[1] ?? seq);
    if (!Number.isInteger(value) || value <= 0 || row[seqCol]!.originRow !== r) continue;
    if (value <= last) return true;
    last = value;
  }
  return false;
}

/** A cell that holds a row's number and nothing more (5, 5., 5、). */
const ROW_NUMBER_ONLY = /^[0-9０-９]+[.．、]?$/;

/**
 * Writes a table into the sink: a task table as notice lines, any other table
 * as one line per row. Returns whether it was a task table.
 */
export function writeTable(grid: Grid, sink: LineSink, opts: TableOptions): boolean {
  const header = findHeader(grid);
  const loc = (row: number, col: number): SourceLocation => ({ ...opts.rowLocation(row), table: opts.table, row: row + 1, cell: col + 1 });
  if (!header) {
    writePlainTable(grid, sink, loc);
    return false;
  }
  const writer = new TaskTableWriter(header, sink, opts, loc, seqRestarts(grid, header));
  // rows above the header are its caption (附件2 / …任务分工表 in a cell across the table): lines as written
  for (const [r, row] of grid.entries()) {
    if (r < header.start) writePlainRow(row, r, sink, loc);
    else if (r > header.end) writer.row(row, r, grid[r + 1]);
  }
  return true;
}
