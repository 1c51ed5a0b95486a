/**
 * Classify: segments → typed lines. The only place that decides what a piece
 * of a line is: a metadata field (from the metadata pass), an attachment list
 * item or start, a numbered line, a labelled line, or body text.
 */
import type { Segment } from './segments.js';
import type { SegmentRole } from './metadata.js';
import type { NoticeLine } from './notice-line.js';
import { matchHeading } from './markers.js';
import { labelAtStart } from './clauses.js';
import { trimTwin } from './twin.js';
import { ATTACHMENT_LIST, ATTACHMENT_START } from './lexicon/documents.js';

/** A cover letter's list (附件：1.… 2.…) and the starts of attachments after the signature. */
function attachmentLines(segments: readonly Segment[], roles: ReadonlyMap<number, SegmentRole>): Map<number, 'attachment-list' | 'attachment-start'> {
  const out = new Map<number, 'attachment-list' | 'attachment-start'>();
  let inList = false;
  let signed = false;
  segments.forEach((seg, i) => {
    const n = seg.span.n.trim();
    const role = roles.get(i);
    if (role === 'date' || role === 'signature') {
      inList = false;
      signed = true;
      return;
    }
    if (ATTACHMENT_LIST.test(n)) {
      out.set(i, 'attachment-list');
      inList = true;
      return;
    }
    if (inList && seg.lineStart && !seg.blankBefore && matchHeading(n) && !n.includes('。') && n.length <= 80) {
      out.set(i, 'attachment-list');
      return;
    }
    inList = false;
    if (signed && seg.lineStart && seg.lineEnd && ATTACHMENT_START.test(n)) out.set(i, 'attachment-start');
  });
  return out;
}

function textLine(seg: Segment): NoticeLine {
  const n = trimTwin(seg.span).n;
  const mark = matchHeading(n, 0);
  if (mark) return { kind: 'numbered', seg, mark };
  const label = labelAtStart(n);
  if (label) return { kind: 'label', seg, label: label.label };
  return { kind: 'body', seg };
}

export function classify(segments: readonly Segment[], roles: ReadonlyMap<number, SegmentRole>): NoticeLine[] {
  const attachments = attachmentLines(segments, roles);
  return segments.map((seg, i): NoticeLine => {
    const role = roles.get(i);
    const att = attachments.get(i);
    // an attachment start stands after the signature, where the metadata pass marks no role
    if (att === 'attachment-start') return { kind: att, seg };
    if (role) return { kind: 'meta', seg, field: role };
    if (att) return { kind: att, seg };
    return textLine(seg);
  });
}
