/**
 * The level stack of the structure pass: which numbered item is open at each
 * rank, whether a number fits the running sequence, the items it opens, and
 * the parts of a file (the notice, 附件1 …). It sees heading marks only, never
 * text: no pattern matching here.
 */
import { LADDER_RANK, isItemReference, type HeadingMark, type NumberStyle } from './markers.js';
import { type ClauseResult, emptyClause, type Label } from './clauses.js';
import type { TwinText } from './twin.js';

/** An article's rank where chapters are numbered 一、: between 一、 (2) and （一） (3). */
const ARTICLE_UNDER_CN_RANK = 2.5;
/** Styles that head chapters above articles. */
const CHAPTER_STYLES: ReadonlySet<NumberStyle> = new Set(['part', 'chapter', 'section']);

export type ParagraphKind = 'heading' | 'body' | 'label';

export interface Paragraph {
  kind: ParagraphKind;
  span: TwinText;
  line: number;
  col: number;
  /** The paragraph's last physical line was joined into it (a hard wrap was repaired). */
  joined: boolean;
  /** The heading paragraph ended at the end of its physical line with no other text after it. */
  standalone: boolean;
  /** Length of the paragraph's last physical line. */
  lastLineLength: number;
  /** Clause brackets still open at the paragraph's end, kept as it grows (so that no join rescans the paragraph). */
  depth: number;
  /** The paragraph's last characters (up to 64), kept as it grows: a join reads its end here, not in the whole span. */
  tail: string;
  /** The paragraph holds a sentence end (。！？), kept as it grows. */
  sentenceEnded: boolean;
  /** Where the paragraph's text ends: 1-based line, and the 1-based column just past its last character. */
  endLine: number;
  endCol: number;
  /** A table's unit or deadline cell: the label of its column (the text holds none). */
  cellLabel?: Label;
}

export interface Item {
  /** The item's place in the structure's items (0-based): per-item values are kept in arrays at it (ByItem). */
  readonly index: number;
  mark: HeadingMark;
  rank: number;
  parent: Item | null;
  children: Item[];
  line: number;
  col: number;
  heading: Paragraph;
  body: Paragraph[];
  clause: ClauseResult;
  /** Where the first labelled clause merged into `clause` stands (set only when one is): its units are read in that order. */
  clauseAt?: { line: number; col: number };
  /** Attachment part (0 = the notice itself). */
  part: number;
  /** Where the item's own text ends (its heading, body and clauses; not its children): line and column past the end. */
  endLine: number;
  endCol: number;
  /** A table's row or category: the number of the table. */
  table?: number;
}

/**
 * A value for each item of one structure, kept in an array at the item's index:
 * a large notice has tens of thousands of items, and a Map keyed by them costs
 * several times the memory of an array (and its growth is garbage the size of the table).
 */
export class ByItem<T> {
  private readonly values: (T | undefined)[];
  constructor(count: number) {
    this.values = new Array<T | undefined>(count).fill(undefined);
  }

  static from<T>(items: readonly Item[], f: (it: Item) => T): ByItem<T> {
    const out = new ByItem<T>(items.length);
    for (const it of items) out.set(it, f(it));
    return out;
  }

  /** The item's value; every item was given one (ByItem.from, or set for each item before it is read). */
  get(it: Item): T {
    return this.values[it.index] as T;
  }

  set(it: Item, value: T): void {
    this.values[it.index] = value;
  }
}

/** Added to the ranks of a table's numbering that starts again inside an open item: more than any two ranks differ, so that all of it nests. */
const TABLE_NESTING = 4;

/** Styles whose number cannot be confused with a quantity when a digit follows. */
const DIGIT_SAFE_STYLES = new Set<NumberStyle>(['cn', 'cnParen', 'numParen', 'part', 'chapter']);
/** Styles outside the ladder, taken as headings only where they fit the sequence. */
const WEAK_STYLES = new Set<NumberStyle>(['alpha', 'roman', 'numHalfParen']);

export class LevelStack {
  readonly items: Item[] = [];
  private stack: Item[] = [];
  private dynamicRank = new Map<NumberStyle, number>();
  /** Whether the part's articles stand below its 一、 (decided at its first article). */
  private articlesUnderCn: boolean | undefined;
  private lastAtRank = new Map<number, number>();
  private part = 0;
  /** The table the current line stands in, and the rank added to its numbering's styles. */
  private table: number | undefined;
  private offset = 0;
  /** Whether the table's first number is still to show whether its numbering nests. */
  private pending = false;
  /** The item the last nested table's numbering went under, and its offset: a table going on under it nests the same way. */
  private nest: { anchor: Item; offset: number } | null = null;

  /** `flattened`: the document is one long line, where a first child may open anywhere. */
  constructor(private readonly flattened: boolean) {}

  /** The innermost open item. */
  top(): Item | null {
    return this.stack[this.stack.length - 1] ?? null;
  }

  /** The innermost open item that is not a table's. */
  private outerTop(): Item | null {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const it = this.stack[k];
      if (it && it.table === undefined) return it;
    }
    return null;
  }

  /**
   * The table a line stands in (undefined: none). A table whose numbering starts again inside
   * an open item (the notice's 一、 holds a table whose categories are 一、 二、 again) nests all
   * its numbering under that item; a table whose first number goes on with the open sequence does not.
   */
  enterTable(table: number | undefined, first?: HeadingMark): void {
    if (table !== this.table) {
      this.table = table;
      this.offset = 0;
      const anchor = this.outerTop();
      const same = table !== undefined && anchor !== null && this.nest?.anchor === anchor;
      if (same && this.nest) this.offset = this.nest.offset;
      this.pending = table !== undefined && anchor !== null && !same;
    }
    if (this.pending && first) this.settleTable(first);
  }

  private settleTable(first: HeadingMark): void {
    this.pending = false;
    const anchor = this.outerTop();
    const rank = this.rankOf(first.style, false);
    const sibling = this.stack.find((it) => it.rank === rank);
    const goesOn = sibling !== undefined && first.value === sibling.mark.value + 1;
    if (!anchor || anchor.rank < rank || goesOn) return;
    this.offset = anchor.rank + TABLE_NESTING;
    this.nest = { anchor, offset: this.offset };
  }

  /** Rank of a numbering style: fixed on the ladder, or set where an outside style first appears; inside a nested table, below the item it nests under. */
  rankOf(style: NumberStyle, commit: boolean): number {
    return this.offset + this.styleRank(style, commit);
  }

  private styleRank(style: NumberStyle, commit: boolean): number {
    if (style === 'enum') return this.enumRank();
    if (style === 'article') return this.articleRank(commit);
    const fixed = LADDER_RANK[style];
    if (fixed !== null) return fixed;
    const known = this.dynamicRank.get(style);
    if (known !== undefined) return known;
    const top = this.top();
    const base = top ? top.rank - this.offset : -3;
    const used = [...Object.values(LADDER_RANK).filter((r): r is number => r !== null), ...this.dynamicRank.values()].filter((r) => r > base);
    const next = used.length ? Math.min(...used) : base + 2;
    const rank = (base + next) / 2;
    if (commit) this.dynamicRank.set(style, rank);
    return rank;
  }

  /**
   * Articles (第五条) rank above 一、 on the ladder, as under 第一章; but where the part's first article opens inside a
   * part headed 一、 with no chapter open (三、成员单位工作职责 / 第五条…), the rules' chapters are numbered 一、二、三、,
   * and the part's articles stand below them, above （一）.
   */
  private articleRank(commit: boolean): number {
    if (this.articlesUnderCn !== undefined) return this.articlesUnderCn ? ARTICLE_UNDER_CN_RANK : LADDER_RANK.article!;
    const top = this.outerTop();
    const under = top !== null && top.mark.style === 'cn' && !this.stack.some((it) => CHAPTER_STYLES.has(it.mark.style));
    if (commit) this.articlesUnderCn = under;
    return under ? ARTICLE_UNDER_CN_RANK : LADDER_RANK.article!;
  }

  /**
   * 一是…二是… run inside the paragraph of the item open before them: they nest under the innermost
   * item that is not one of them, whatever its rank, between it and the next rank below.
   */
  private enumRank(): number {
    let base = -3;
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const it = this.stack[k];
      if (it && it.mark.style !== 'enum') {
        base = it.rank - this.offset;
        break;
      }
    }
    const below = [...Object.values(LADDER_RANK), ...this.dynamicRank.values()].filter((r): r is number => r !== null && r > base);
    return (base + (below.length ? Math.min(...below) : base + 2)) / 2;
  }

  /**
   * Whether a number fits the running sequence: the next sibling of the open
   * item at its rank, the next number of a sequence running across sections,
   * or (unless `strict`, or in flattened text) a first child.
   */
  fits(mark: HeadingMark, strict: boolean, step = 1): boolean {
    const rank = this.rankOf(mark.style, false);
    const sibling = this.stack.find((it) => it.rank === rank);
    // (`step`: the largest step from the sibling before it that is taken, where a document skips numbers: （三） then （六）)
    if (sibling) return mark.value > sibling.mark.value && mark.value <= sibling.mark.value + step;
    const last = this.lastAtRank.get(rank);
    if (last !== undefined && mark.value === last + 1) return true;
    if (mark.value === 1) return !strict || this.flattened;
    // a page that starts in the middle of its document (a law database's second page: 三、…（七）…) goes on from numbers it
    // does not show: the first of a rank below the first item may stand at any number
    return this.midway && last === undefined && rank > (this.items[0]?.rank ?? Infinity);
  }

  /** The text's first number was not the first of its sequence (三、 or （四） at the top): a page from the middle of a document. */
  private get midway(): boolean {
    const first = this.items[0];
    return first !== undefined && first.mark.value > 1 && this.part === 0;
  }

  /** Whether a number at the start of a line opens an item; `after` is the text right after the number. */
  accepts(mark: HeadingMark, after: string): boolean {
    // 一是…二是… inside a numbered item are its wording: its clauses are the item's (a notice's tasks are its numbered
    // items); only a report's running text outside any item lists tasks that way
    if (mark.style === 'enum') return this.stack.every((it) => it.mark.style === 'enum');
    // `1、2号楼` is prose; `一、2023年主要目标` at a line start is a heading
    if (mark.digitAfter && !this.fits(mark, !DIGIT_SAFE_STYLES.has(mark.style))) return false;
    if (WEAK_STYLES.has(mark.style) && !this.fits(mark, false)) return false;
    // a reference in running text, not a heading: （一）至（三）项…, 第三条规定的…, （二）中所列…
    return !isItemReference(after);
  }

  /** Opens an item for a number: closes the items at its rank and below, and nests it under the one above. */
  open(mark: HeadingMark, heading: Paragraph): Item {
    const rank = this.closeAt(mark);
    const parent = this.top();
    const item: Item = { index: this.items.length, mark, rank, parent, children: [], line: heading.line, col: heading.col, heading, body: [], clause: emptyClause(), part: this.part, endLine: heading.line, endCol: heading.col, ...(this.table === undefined ? {} : { table: this.table }) };
    if (parent) parent.children.push(item);
    this.items.push(item);
    this.stack.push(item);
    return item;
  }

  /** The item a number would open its item under: the innermost open item of an outer rank (null at the top). */
  parentAt(mark: HeadingMark): Item | null {
    const rank = this.rankOf(mark.style, false);
    for (let k = this.stack.length - 1; k >= 0; k--) if (this.stack[k]!.rank < rank) return this.stack[k]!;
    return null;
  }

  /**
   * Takes a number: closes the items at its rank and below, and the sequence goes on after it; returns the rank. A
   * number that opens no item (a label written under it) is taken so alone.
   */
  closeAt(mark: HeadingMark): number {
    const rank = this.rankOf(mark.style, true);
    while (this.stack.length && (this.top()?.rank ?? -Infinity) >= rank) this.stack.pop();
    this.lastAtRank.set(rank, mark.value);
    return rank;
  }

  /** An attachment starts: no item stays open, and numbering starts again. */
  startPart(): void {
    this.stack = [];
    this.lastAtRank.clear();
    this.articlesUnderCn = undefined;
    this.part++;
    this.nest = null;
    this.table = undefined;
    this.offset = 0;
    this.pending = false;
  }
}

/** Adds a value to the list a map holds under a key, making the list where there is none. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
