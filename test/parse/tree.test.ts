/** The level stack, driven by heading marks alone (no text): nesting, sequences, weak styles, parts. */
import { ByItem, LevelStack, type Paragraph } from '../../src/parse/tree.js';
import type { HeadingMark, NumberStyle } from '../../src/parse/markers.js';

const mark = (style: NumberStyle, value: number, digitAfter = false): HeadingMark => ({ style, value, token: `${style}${value}`, length: 2, digitAfter });
const heading = (line: number): Paragraph => ({ kind: 'heading', span: { r: '', n: '' }, line, col: 1, joined: false, standalone: true, lastLineLength: 0, depth: 0, tail: '', sentenceEnded: false, endLine: line, endCol: 1 });

/** Opens the marks in order and returns each item's id path. */
function ids(marks: HeadingMark[]): string[] {
  const tree = new LevelStack(false);
  return marks.map((m, i) => {
    const it = tree.open(m, heading(i + 1));
    const path: number[] = [];
    for (let cur: typeof it | null = it; cur; cur = cur.parent) path.unshift(cur.mark.value);
    return path.join('.');
  });
}

test.each([
  ['一、（一）1.', [mark('cn', 1), mark('cnParen', 1), mark('num', 1), mark('num', 2), mark('cnParen', 2), mark('cn', 2)], ['1', '1.1', '1.1.1', '1.1.2', '1.2', '2']],
  ['a skipped rung: 一、 holds 1. directly', [mark('cn', 1), mark('num', 1), mark('cn', 2), mark('cnParen', 1), mark('num', 1)], ['1', '1.1', '2', '2.1', '2.1.1']],
  ['parts above chapters', [mark('part', 1), mark('cn', 1), mark('part', 2), mark('cn', 1)], ['1', '1.1', '2', '2.1']],
])('%s', (_name, marks, expected) => {
  expect(ids(marks)).toEqual(expected);
});

test('a number fits as the next sibling, as a first child, or as the next of a sequence running across sections', () => {
  const tree = new LevelStack(false);
  tree.open(mark('cn', 1), heading(1));
  tree.open(mark('num', 1), heading(2));
  expect(tree.fits(mark('num', 2), true)).toBe(true);
  expect(tree.fits(mark('num', 3), true)).toBe(false);
  expect(tree.fits(mark('cnParen', 1), false)).toBe(true);
  expect(tree.fits(mark('cnParen', 1), true)).toBe(false);
  tree.open(mark('cn', 2), heading(3));
  // 1.…2. under 一、 then 3. under 二、: numbers running across sections
  expect(tree.fits(mark('num', 2), true)).toBe(true);
});

test('weak styles and numbers followed by a digit open items only where they fit', () => {
  const tree = new LevelStack(false);
  tree.open(mark('cn', 1), heading(1));
  expect(tree.accepts(mark('alpha', 3), '项工作')).toBe(false);
  expect(tree.accepts(mark('alpha', 1), '加强领导')).toBe(true);
  expect(tree.accepts(mark('num', 5, true), '月底前')).toBe(false);
  expect(tree.accepts(mark('cn', 2, true), '2023年主要目标')).toBe(true);
  expect(tree.accepts(mark('cnParen', 1), '至（三）项')).toBe(false);
});

test('an attachment starts a new part with no item open and numbering starting again', () => {
  const tree = new LevelStack(false);
  tree.open(mark('cn', 1), heading(1));
  tree.open(mark('cn', 2), heading(2));
  tree.startPart();
  expect(tree.top()).toBeNull();
  const first = tree.open(mark('cn', 1), heading(3));
  expect([first.part, first.parent]).toEqual([1, null]);
});

test('items are numbered in the order they open, and ByItem keeps a value for each at that number', () => {
  const tree = new LevelStack(false);
  const a = tree.open(mark('cn', 1), heading(1));
  const b = tree.open(mark('num', 1), heading(2));
  const c = tree.open(mark('cn', 2), heading(3));
  expect([a.index, b.index, c.index]).toEqual([0, 1, 2]);
  const titles = ByItem.from(tree.items, (it) => `item ${it.line}`);
  titles.set(b, 'changed');
  expect(tree.items.map((it) => titles.get(it))).toEqual(['item 1', 'changed', 'item 3']);
});
