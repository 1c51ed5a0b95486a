/**
 * Markdown notices, read with unified + remark-parse (+ remark-gfm for pipe
 * tables). Headings, paragraphs (their soft breaks kept as lines, so hard
 * wraps are repaired as in text), ordered lists (the item numbers written back:
 * `1.` at the first level, `（1）` below it, `①` below that) and task tables feed
 * the one parser; every line keeps its Markdown source line.
 */
import type { Heading, Root, RootContent, List, Table, PhrasingContent } from 'mdast';
import { FormatError, HEADING_GAP, isBoldHeading, LineSink, MAX_MARKDOWN_DEPTH, type SourceLocation, type SourceText } from './source.js';
import { splitLines } from '../../model/position.js';
import { buildGrid, writeTable } from './table.js';
import { hasTextTable } from './text.js';
import { matchHeading, toChineseNumeral, toCircled } from '../markers.js';
import { foldWidth } from '../chars.js';

function loc(node: { position?: { start: { line: number; column: number } } | undefined }): SourceLocation {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : {};
}

/** Plain text of inline content; soft line breaks stay line breaks. */
function inlineText(nodes: PhrasingContent[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
        case 'inlineCode':
          return n.value;
        case 'break':
          return '\n';
        case 'html':
          return /^<br\s*\/?>$/i.test(n.value.trim()) ? '\n' : '';
        case 'image':
          return '';
        default:
          return 'children' in n ? inlineText(n.children as PhrasingContent[]) : '';
      }
    })
    .join('');
}

/**
 * A paragraph's text; one that opens with a bold numbered heading and runs on into its body (**（一）培育龙头骨干企业**对…)
 * keeps the bold's end as a wide space, as a page's bold heading does.
 */
function paragraphText(nodes: PhrasingContent[]): string {
  const first = nodes.findIndex((n) => n.type !== 'text' || n.value.trim());
  const head = nodes[first];
  if (head?.type !== 'strong') return inlineText(nodes);
  const bold = inlineText(nodes.slice(0, first + 1));
  const rest = inlineText(nodes.slice(first + 1));
  return rest.trim() && !rest.startsWith('\n') && isBoldHeading(bold) ? `${bold}${HEADING_GAP}${rest}` : bold + rest;
}

/** The number to write for an ordered list item at a nesting depth. */
function listMarker(n: number, depth: number): string {
  if (depth === 0) return `${n}.`;
  if (depth === 1) return `（${n}）`;
  return toCircled(n) ?? `${n}）`;
}

/** Whether an item's text already starts with its own number (people write `1. 1.推进…` rarely, `一、` in a list often). */
function startsNumbered(text: string): boolean {
  return matchHeading(foldWidth(text.trimStart())) !== null;
}

class MarkdownWriter {
  sink = new LineSink();
  tables = 0;

  /**
   * `numbersAsText`: the text holds a task table flattened to lines (a cell a paragraph, `|` rows), which the text's
   * table readers read from lines alone: a list's numbers are written into its lines, not kept as hints beside them.
   */
  constructor(
    private readonly numbersAsText = false,
    /** The numbers to give headings by their levels, in a text that numbers nothing itself (see headingNumbers). */
    private readonly headingNumbers: HeadingNumbers | null = null,
  ) {}

  block(node: RootContent, listDepth: number): void {
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        // (a heading numbered by its level goes as a numbered item, its number in the hint, as a list's item does)
        const token = node.type === 'heading' ? this.headingNumbers?.next(node) : null;
        if (token) this.sink.pushTyped(paragraphText(node.children), loc(node), { kind: 'item', token, length: 0 }, true);
        else this.sink.push(paragraphText(node.children), loc(node), true);
        if (node.type === 'heading') this.sink.blank();
        return;
      }
      case 'list':
        this.list(node, listDepth);
        return;
      case 'table':
        this.table(node);
        return;
      case 'blockquote':
        for (const c of node.children) this.block(c, listDepth);
        return;
      case 'code':
        this.sink.push(node.value, loc(node), true);
        return;
      case 'html':
        this.sink.push(node.value.replace(/<[^>]*>/g, ''), loc(node));
        return;
      case 'thematicBreak':
        this.sink.blank();
        return;
      default:
        return;
    }
  }

  list(node: List, depth: number): void {
    let n = node.start ?? 1;
    for (const item of node.children) {
      const [first, ...rest] = item.children;
      if (first?.type === 'paragraph') {
        const text = inlineText(first.children);
        const marker = node.ordered && !startsNumbered(text) ? listMarker(n, depth) : '';
        // a table's row flattened with | that opens with its number (2. 制定… | 市法制局牵头 |) is no list's item: the row
        // as written, its number with it, for the text's table readers
        if (marker && (this.numbersAsText || PIPE_ROW.test(text))) this.sink.push(`${marker}${text}`, loc(item), true);
        // the number comes from the list itself: it goes in the hint, the line holds the item's own text
        else if (marker) this.sink.pushTyped(text, loc(item), { kind: 'item', token: marker, length: 0 }, true);
        else this.sink.push(text, loc(item), true);
      } else if (first) this.block(first, depth + 1);
      for (const c of rest) this.block(c, c.type === 'list' ? depth + 1 : depth);
      n++;
    }
  }

  table(node: Table): void {
    this.tables++;
    const rows = node.children.map((row) => row.children.map((cell) => ({ text: inlineText(cell.children), rowspan: 1, colspan: 1 })));
    this.sink.blank();
    writeTable(buildGrid(rows), this.sink, { table: this.tables, rowLocation: (r) => loc(node.children[r] ?? node) });
    this.sink.blank();
  }
}

/** Cells of a table's row set apart by | (… | 市法制局牵头 |): a flattened table's row, not a paragraph. */
const PIPE_ROW = /\s[|｜]\s|[|｜]\s*$/;

/**
 * How deep a line's lists and quotes nest: its container markers (`- - - x`,
 * `> > x`, `1. 1. x`) plus one level for each two spaces of indentation before
 * the first marker. Counted line by line with a scan of each line's start,
 * without building a tree.
 */
export function containerDepth(text: string): number {
  let max = 0;
  for (const line of splitLines(text)) {
    let i = 0;
    let width = 0;
    for (; line[i] === ' ' || line[i] === '\t'; i++) width += line[i] === '\t' ? 4 : 1;
    let markers = 0;
    for (;;) {
      const end = markerEnd(line, i);
      if (end < 0) break;
      markers++;
      i = end;
      while (line[i] === ' ' || line[i] === '\t') i++;
    }
    if (markers) max = Math.max(max, markers + Math.floor(width / 2));
  }
  return max;
}

/** The end of a list or quote marker at `i` (- * + > or 1. 1)), followed by a space or the line's end; -1 if none. */
function markerEnd(line: string, i: number): number {
  const c = line[i];
  let j = i;
  if (c === '-' || c === '*' || c === '+' || c === '>') j = i + 1;
  else {
    while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 0x30 && line.charCodeAt(j) <= 0x39) j++;
    if (j === i || (line[j] !== '.' && line[j] !== ')')) return -1;
    j++;
  }
  return j === line.length || line[j] === ' ' || line[j] === '\t' ? j : -1;
}

/** The marks of the levels headings are numbered with, outermost first: 一、 （一） 1. （1）. */
const LEVEL_MARKS: ((n: number) => string)[] = [(n) => `${toChineseNumeral(n)}、`, (n) => `（${toChineseNumeral(n)}）`, (n) => `${n}.`, (n) => `（${n}）`];

/** The numbers headings take by their levels, given in turn as the headings come. */
interface HeadingNumbers {
  next(heading: Heading): string | null;
}

/**
 * A text whose numbers were dropped for heading levels (## 主要预期目标 / ### 地区生产总值增长6%左右, an export or an
 * analyst's copy that folds by heading): where nothing in it is numbered (no heading or paragraph opens with a number,
 * no ordered list, no table) and two levels of headings or more stand below the document's title (the one heading of
 * the top level, if it opens the text), each heading below the title is numbered as its level's place says (the
 * outermost 一、, then （一）, 1., （1）), the counts of a level starting again under each heading above it. Null otherwise.
 */
function headingNumbers(tree: Root): HeadingNumbers | null {
  const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
  const numbered = tree.children.some((n) => (n.type === 'list' && n.ordered) || n.type === 'table' || ((n.type === 'heading' || n.type === 'paragraph') && startsNumbered(inlineText(n.children))));
  if (numbered || headings.length < 3) return null;
  const top = Math.min(...headings.map((h) => h.depth));
  const title = headings[0]!.depth === top && headings.filter((h) => h.depth === top).length === 1 ? headings[0]! : null;
  const depths = [...new Set(headings.filter((h) => h !== title).map((h) => h.depth))].sort((a, b) => a - b);
  if (depths.length < 2 || depths.length > LEVEL_MARKS.length) return null;
  const counts = depths.map(() => 0);
  return {
    next(heading) {
      const level = heading === title ? -1 : depths.indexOf(heading.depth);
      if (level < 0) return null;
      counts[level]!++;
      counts.fill(0, level + 1);
      return LEVEL_MARKS[level]!(counts[level]!);
    },
  };
}

export async function readMarkdown(text: string, encoding: string): Promise<SourceText> {
  if (containerDepth(text) > MAX_MARKDOWN_DEPTH) throw new FormatError('too-deep-markup');
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')]);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text) as Root;
  const w = new MarkdownWriter(hasTextTable(text), headingNumbers(tree));
  for (const node of tree.children) w.block(node, 0);
  return w.sink.result('markdown', encoding);
}
