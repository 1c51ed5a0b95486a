/**
 * What a reader already knows about a line it writes for the parser: that a
 * table row opens with its 序号, or that a line holds a unit or deadline cell.
 * The classify pass takes the hint instead of guessing from the text, so that
 * a task cell that starts with a year or a decimal (4 | 2024年农村公路…) is
 * still row 4, whatever the number grammar would make of `4.2024年`.
 */
export type LineHint =
  /** The line opens with the row's number, written in its first `length` characters (`4.`). */
  | { readonly kind: 'numbered'; readonly length: number }
  /** The line is a cell of a unit or deadline column, written after a label of `length` characters (`牵头单位：`). */
  | { readonly kind: 'label'; readonly column: 'lead' | 'cooperating' | 'responsible' | 'deadline'; readonly length: number };
