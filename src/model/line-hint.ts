/**
 * What a reader already knows about a line it writes for the parser. The line
 * holds only the source's own text; the hint says what it is, so that nothing
 * is written out as made-up text for the grammar to guess again:
 *
 * - `numbered`: the line opens with a number the source shows (Word's automatic
 *   list number, as Word displays it), in its first `length` characters;
 * - `item`: the line is an item's text, and `token` is the number the reader
 *   gives it: a task table row's (from its 序号 cell, or counted: `4.`, `（二）`),
 *   a counted category row's (`三、`), a Markdown ordered list item's by its
 *   depth (`1.`, `（1）`, `①`). `length` characters at the line's start are that
 *   number as written (0 for a task cell; a row whose task cell is empty stands
 *   on its 序号 cell). A task cell that opens with a year or a decimal
 *   (2024年农村公路…) stays row 4; `table` is the number of the table the
 *   row stands in (its numbering may start again inside an open item);
 * - `cell`: the line is the text of a unit or deadline cell under the column
 *   `header` (牵头单位, 责任部门, 完成时限 …);
 * - `paragraph`: the line is a cell of running text (a 具体措施 cell) that opens
 *   a paragraph of its own, never joined to the cell before it.
 */
export type LineHint =
  | { readonly kind: 'numbered'; readonly length: number }
  | { readonly kind: 'item'; readonly token: string; readonly length: number; readonly table?: number }
  | { readonly kind: 'cell'; readonly column: CellColumn; readonly header: string }
  | { readonly kind: 'paragraph' };

export type CellColumn = 'lead' | 'cooperating' | 'responsible' | 'deadline';
