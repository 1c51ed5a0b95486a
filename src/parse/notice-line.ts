/**
 * The typed line model: every piece of a source line (a segment) with what it
 * is. `classify` is the only place that decides it; the passes after it
 * switch over `kind` exhaustively.
 */
import type { Label } from './clauses.js';
import type { HeadingMark } from './markers.js';
import type { SegmentRole } from './metadata.js';
import type { Segment } from './segments.js';

interface LineBase {
  readonly seg: Segment;
}

/** A metadata field of the document's head or foot: title, 发文字号, addressees, signature, date … */
export interface MetaLine extends LineBase {
  readonly kind: 'meta';
  readonly field: SegmentRole;
}
/** An item of a cover letter's attachment list: 附件：1.… */
export interface AttachmentListLine extends LineBase {
  readonly kind: 'attachment-list';
}
/** The first line of an attachment after the signature: 附件2. Numbering restarts after it. */
export interface AttachmentStartLine extends LineBase {
  readonly kind: 'attachment-start';
}
/** Text that opens with a heading number (一、 （一） 1. …). Whether it is a heading, the tree decides from the running sequence. */
export interface NumberedLine extends LineBase {
  readonly kind: 'numbered';
  readonly mark: HeadingMark;
  /** A table's row or category: the number of the table (its numbering may start again inside the item open before it). */
  readonly table?: number;
}
/**
 * Text that opens with a label (责任单位：…, 完成时限：…, 责任领导：…), or a
 * table's unit or deadline cell (`cell`), whose label is its column's header
 * and whose text is all content.
 */
export interface LabelLine extends LineBase {
  readonly kind: 'label';
  readonly label: Label;
  readonly cell?: true;
  /** The number the label was written under (（三）责任单位：…): it closes the items at its rank, and takes no item of its own. */
  readonly closes?: HeadingMark;
}
/** Running text: a paragraph, or the continuation of one across a hard line break; `opensParagraph` when a reader says it starts one (a table's measures cell). */
export interface BodyLine extends LineBase {
  readonly kind: 'body';
  readonly opensParagraph?: true;
}

export type NoticeLine = MetaLine | AttachmentListLine | AttachmentStartLine | NumberedLine | LabelLine | BodyLine;
export type NoticeLineKind = NoticeLine['kind'];

/** For exhaustive switches: a kind no case handled is a type error. */
export function assertNever(x: never): never {
  throw new Error(`unhandled line kind: ${JSON.stringify(x)}`);
}
