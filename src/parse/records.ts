/**
 * Last stage: numbered items → task and section records: texts, the unit
 * clauses of each item (its own, its parentheticals, its sentences), ids,
 * leads by a note, sections. Titles come from titles.ts.
 */
import { diag, type Diagnostic } from '../model/diagnostic.js';
import type { Section, Task } from '../model/notice.js';
import { type ClauseResult, emptyClause, isBareNames, mergeClause } from './clauses.js';
import { extractParentheticals, type Item, type Paragraph, type StructureResult } from './structure.js';
import { trimTwin } from './twin.js';
import { lastAtOrBefore, LineIndex, type Point, type Span } from '../model/position.js';
import { ByItem } from './tree.js';
import { itemTitles } from './titles.js';
import { subjectClauses, titleWithoutSubject } from './item-clauses.js';
import { leadByMark } from './unit-list.js';
import { LEAD_BEFORE_MARK_NOTE, LEAD_BY_ORDER_NOTE, LEAD_NOTE_REST, OTHERS_COOPERATE_NOTE, LEAD_MARK_NOTE, LEAD_NOTE_TWO_OR_MORE, LEAD_NOTE_WORD } from './lexicon/roles.js';

export interface Records {
  tasks: Task[];
  sections: Section[];
  diagnostics: Diagnostic[];
}

function paragraphText(p: Paragraph): { text: string; clauses: ClauseResult[] } {
  const { text, clauses } = extractParentheticals(trimTwin(p.span));
  return { text: trimTwin(text).r, clauses };
}

/** Whether a paragraph stands before a place in the text (its line, then its column). */
const standsBefore = (p: Paragraph, at: { line: number; col: number }): boolean => p.line < at.line || (p.line === at.line && p.col < at.col);

function idOf(it: Item): string[] {
  const parts: string[] = [];
  for (let cur: Item | null = it; cur; cur = cur.parent) parts.unshift(String(cur.mark.value));
  return parts;
}

function ancestors(it: Item): Item[] {
  const out: Item[] = [];
  for (let cur = it.parent; cur; cur = cur.parent) out.unshift(cur);
  return out;
}

/** A note that the first unit of a list leads (列第一位的为牵头单位): from which line on, and whether only lists of two or more. */
interface LeadByOrder {
  fromLine: number;
  needsTwo: boolean;
  /** 其余为配合单位: the note says the units after the first cooperate. */
  othersCooperate: boolean;
}

/** What a notice's notes say of leads, read once from the shadow of its lines. */
export interface LeadNotes {
  /** 列第一位的为牵头单位 */
  order: LeadByOrder | null;
  /** 逗号前为牵头单位 (分号: semicolon): the marks, and the line from which the note holds. */
  beforeMark: { marks: string; fromLine: number } | null;
  /** 标*的为牵头单位: the mark ('' when no note says so). */
  mark: string;
}

export const NO_LEAD_NOTES: LeadNotes = { order: null, beforeMark: null, mark: '' };

/**
 * The lead notes of a text. `shadowOf` gives its lines' normalised shadows, one a line (Simplified,
 * half-width), built only when a note could be there at all; it is read here and not held afterwards.
 */
export function readLeadNotes(fullText: string, shadowOf: () => readonly string[]): LeadNotes {
  // (牵 / 头: a hard wrap may part the word itself)
  if (!LEAD_NOTE_WORD.test(fullText)) return NO_LEAD_NOTES;
  // the lines joined, each without its indent: a note a hard wrap broke (（排 / 在第一位的为牵头单位）) reads whole
  const { text: shadow, lineAt } = unwrapped(shadowOf());
  const byOrder = LEAD_BY_ORDER_NOTE.exec(shadow);
  // a note ending 下同 (the same below) speaks of the lists from where it stands on; others of every list
  const sameBelow = byOrder !== null && shadow.slice(byOrder.index, byOrder.index + 24).includes('下同');
  // 责任单位两个以上的，列第一者为牵头单位: only lists of two or more have a lead by order
  const order = byOrder
    ? {
        fromLine: sameBelow ? lineAt(byOrder.index) : 0,
        needsTwo: LEAD_NOTE_TWO_OR_MORE.test(shadow.slice(Math.max(0, byOrder.index - 16), byOrder.index)),
        othersCooperate: OTHERS_COOPERATE_NOTE.test(shadow.slice(byOrder.index + byOrder[0].length, byOrder.index + byOrder[0].length + OTHERS_NOTE_REACH).replace(LEAD_NOTE_REST, '')),
      }
    : null;
  // 逗号前为牵头单位: in each list the units before its first comma (分号: semicolon) lead, from the note's list on when it says 下同
  const before = LEAD_BEFORE_MARK_NOTE.exec(shadow);
  const beforeMark = before ? { marks: before[1] === '逗号' ? '，,' : '；;', fromLine: shadow.slice(before.index, before.index + 40).includes('下同') ? lineAt(before.index) : 0 } : null;
  return { order, beforeMark, mark: LEAD_MARK_NOTE.exec(shadow)?.[1] ?? '' };
}

/** Lines joined without their breaks and indents, and the 1-based line of an offset in the joined text. */
function unwrapped(lines: readonly string[]): { text: string; lineAt: (offset: number) => number } {
  const parts = lines.map((line, k) => (k ? line.trimStart() : line));
  const starts: number[] = [];
  let at = 0;
  for (const part of parts) {
    starts.push(at);
    at += part.length;
  }
  const lineAt = (offset: number): number => lastAtOrBefore(starts, offset) + 1;
  return { text: parts.join(''), lineAt };
}

/** How far after a lead note what it says of the other units is looked for (…为牵头单位，其他列入单位为参与单位). */
const OTHERS_NOTE_REACH = 24;

/** A clause whose first unit leads by the note: a copy, with its first unit marked, when it has no lead of its own. */
function withLeadByOrder(c: ClauseResult, rule: LeadByOrder): ClauseResult {
  const first = c.units[0];
  if (!first || c.units.some((u) => u.role === 'lead') || (rule.needsTwo && c.units.length < 2)) return c;
  const others = rule.othersCooperate ? c.units.slice(1).map((u) => (u.role === 'responsible' ? { ...u, role: 'cooperating' as const } : u)) : c.units.slice(1);
  return { ...c, units: [{ ...first, role: 'lead' }, ...others] };
}

/** The most names a signature in brackets holds: 某县统计局、国家统计局某县调查队. */
const ATTRIBUTION_NAMES_MAX = 3;

/** A paragraph that is only a name or two in brackets, without a role word, label or date: （万载县统计局）, （某县统计局　国家统计局某县调查队）. */
function isAttribution(pt: { text: string; clauses: ClauseResult[] }): boolean {
  const c = pt.clauses[0];
  return !pt.text && pt.clauses.length === 1 && c !== undefined && c.units.length <= ATTRIBUTION_NAMES_MAX && isBareNames(c);
}

/** Titles (glued headings cut where their body starts), texts and the unit clauses of every item. */
function readItems(items: Item[], diagnostics: Diagnostic[], minutes: boolean, order: LeadByOrder | null): { titles: ByItem<string>; texts: ByItem<string>; clauses: ByItem<ClauseResult> } {
  const { titles, heads } = itemTitles(items, diagnostics);
  const texts = new ByItem<string>(items.length);
  const clauses = new ByItem<ClauseResult>(items.length);
  const last = items.at(-1);
  let attribution: ClauseResult | null = null;
  for (const it of items) {
    const head = heads.get(it);
    const clause = emptyClause();
    // the note speaks of each list: an item with several lists has a lead in each
    const byOrder = (c: ClauseResult) => (order && it.endLine >= order.fromLine ? withLeadByOrder(c, order) : c);
    // the clauses in the order they stand: the heading's, then the labelled lines' and the body's brackets as written
    // (a bracketed clause a hard wrap set at a line's start is read as a label line, after a body bracket before it)
    head.clauses.forEach((c) => mergeClause(clause, byOrder(c)));
    const labelsAt = it.clauseAt ? it.body.filter((p) => standsBefore(p, it.clauseAt!)).length : 0;
    const parts = [head.text];
    for (const [k, p] of it.body.entries()) {
      if (k === labelsAt) mergeClause(clause, byOrder(it.clause));
      const pt = paragraphText(p);
      // the text's last paragraph, a bare name in brackets (（万载县统计局）): who wrote it, unless the notice names units elsewhere
      if (it === last && k === it.body.length - 1 && isAttribution(pt)) attribution = pt.clauses[0]!;
      else pt.clauses.forEach((c) => mergeClause(clause, byOrder(c)));
      if (pt.text) parts.push(pt.text);
    }
    if (labelsAt === it.body.length) mergeClause(clause, byOrder(it.clause));
    clauses.set(it, clause);
    texts.set(it, parts.filter(Boolean).join('\n'));
  }
  subjectClauses(items, clauses, minutes);
  // units named any way at all, subject sentences and duty parts included, make the last bracket a clause like theirs
  if (attribution && last && items.some((it) => clauses.get(it).units.length)) mergeClause(clauses.get(last), attribution);
  for (const it of items) titles.set(it, titleWithoutSubject(titles.get(it), clauses.get(it), heads.get(it)));
  return { titles, texts, clauses };
}

/**
 * Ids from the numbering path. When several parts (the notice, 附件1, 附件2 …)
 * hold numbered items, only the parts with tasks keep plain ids if they are
 * the only such part; otherwise an attachment's ids get `A1.`, `A2.` … and the
 * items of a notice whose own numbered paragraphs name no units get `N.`, so
 * that a plan's tasks keep the ids of the plan (1.1, not 3.1.1) and no section
 * shares an id with a task. A repeated id gets `_2`.
 */
function assignIds(items: Item[], withTasks: ReadonlySet<number>, diagnostics: Diagnostic[]): ByItem<string> {
  const seen = new Map<string, number>();
  const ids = new ByItem<string>(items.length);
  const parts = new Set(items.map((it) => it.part));
  const prefix = (part: number): string => {
    if (parts.size < 2) return '';
    if (withTasks.size === 1 && withTasks.has(part)) return '';
    return part > 0 ? `A${part}.` : withTasks.has(0) ? '' : 'N.';
  };
  for (const it of items) {
    let id = prefix(it.part) + idOf(it).join('.');
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) {
      diagnostics.push(diag('duplicate-id', { id, n }, it.line, it.col));
      id = `${id}_${n}`;
    }
    ids.set(it, id);
  }
  return ids;
}

/** Where a line and column of the text read stand in the source: the same place, unless the text was rewritten (see parse-notice's unwrap). */
export type Place = (line: number, column: number) => Point;

/** Places in the text read as it stands. */
function placesIn(fullText: string): Place {
  const lines = new LineIndex(fullText);
  return (line, column) => lines.point(lines.offset(line, column) ?? lines.text.length);
}

/** The span of an item's own text, from its number to the end of its heading, body and clauses. */
function spanOf(it: Item, place: Place): Span {
  return { start: place(it.line, it.col), end: place(it.endLine, it.endCol) };
}

/**
 * `fullText`: the decoded text (spans count in it); `notes`: what its notes say of leads (readLeadNotes);
 * `minutes`: the text is the minutes of a meeting, whose duty sentences name units (item-clauses).
 */
export function buildRecords(structure: StructureResult, fullText: string, notes: LeadNotes = NO_LEAD_NOTES, minutes = false, place: Place = placesIn(fullText)): Records {
  const diagnostics: Diagnostic[] = [];
  const { order, beforeMark } = notes;
  const { titles, texts, clauses } = readItems(structure.items, diagnostics, minutes, order);
  const withTasks = new Set(structure.items.filter((it) => clauses.get(it).units.length > 0).map((it) => it.part));
  const ids = assignIds(structure.items, withTasks, diagnostics);
  const tasks: Task[] = [];
  const oneString = sharedStrings();
  for (const it of structure.items) {
    const clause = clauses.get(it);
    if (!clause.units.length) continue;
    const units = clause.units.map((u) => ({ ...u, name: oneString(u.name), raw: oneString(u.raw) }));
    const first = units[0];
    if (notes.mark) leadByMark(units, clause.raw, notes.mark);
    if (beforeMark && it.endLine >= beforeMark.fromLine) leadBeforeMark(units, clause.raw[0] ?? '', beforeMark.marks);
    if (order && it.endLine >= order.fromLine && first && !units.some((u) => u.role === 'lead') && (!order.needsTwo || units.length >= 2)) first.role = 'lead';
    tasks.push({
      id: ids.get(it),
      number: [...ancestors(it), it].map((a) => a.mark.token),
      path: ancestors(it).map((a) => titles.get(a)),
      title: titles.get(it),
      text: texts.get(it),
      units,
      openEnded: clause.openEnded,
      deadline: clause.deadlines.length ? clause.deadlines.join('；') : null,
      line: place(it.line, it.col).line,
      span: spanOf(it, place),
      // at their length (a list grown by push has room for sixteen)
      leaders: clause.leaders.slice(),
      unitsRaw: clause.raw.slice(),
      notes: clause.notes.slice(),
    });
  }
  if (order && tasks.length) diagnostics.push(diag('lead-by-note', {}));
  for (const s of structure.strayClauses) {
    diagnostics.push(diag('units-outside-task', { units: s.clause.units.map((u) => u.name).join('、') }, s.line));
  }
  return { tasks, sections: buildSections(structure.items, ids, titles, (it) => clauses.get(it).units.length > 0, place), diagnostics };
}

/**
 * One string for each text however often it is met: a notice names its few units in many tasks, and each mention
 * was cut from its own clause (on a large notice, a tenth of its records' memory).
 */
function sharedStrings(): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    const first = known.get(s);
    if (first !== undefined) return first;
    known.set(s, s);
    return s;
  };
}

/** The units written before the list's first comma (or semicolon) lead, when the list goes on after it and has no lead of its own. */
function leadBeforeMark(units: Task['units'], raw: string, marks: string): void {
  const cut = [...raw].findIndex((ch) => marks.includes(ch));
  if (cut <= 0 || units.some((u) => u.role === 'lead')) return;
  const before = [...raw].slice(0, cut).join('');
  const leading = units.filter((u) => before.includes(u.raw));
  if (leading.length && leading.length < units.length) for (const u of leading) u.role = 'lead';
}

function buildSections(items: Item[], ids: ByItem<string>, titles: ByItem<string>, isTask: (it: Item) => boolean, place: Place): Section[] {
  const roots: Section[] = [];
  const byItem = new ByItem<Section | undefined>(items.length);
  for (const it of items) {
    const id = ids.get(it);
    let parent: Item | null = it.parent;
    while (parent && !byItem.get(parent)) parent = parent.parent;
    if (isTask(it)) {
      if (parent) byItem.get(parent)!.tasks.push(id);
      continue;
    }
    const section: Section = { id, number: it.mark.token, title: titles.get(it), line: place(it.line, it.col).line, tasks: [], children: [] };
    byItem.set(it, section);
    if (parent) byItem.get(parent)!.children.push(section);
    else roots.push(section);
  }
  return roots;
}

