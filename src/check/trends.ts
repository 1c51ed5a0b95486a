/**
 * A unit's reports across periods (pure): what one period says against the
 * period before it. Progress written again as it was (进展雷同, 连续两期未推进)
 * is `stalled`; a task that went back (completed → not completed, or
 * in_progress → not_started) is `status-regressed`.
 */
import type { ReportEntry, Status } from './report.js';
import { isEmptyProgress } from './report.js';
import { replaceEvery } from '../parse/lexicon/regex.js';

/** Progress at least this similar to the period before (character-bigram Jaccard, after normalising) is the same progress. */
export const STALLED_SIMILARITY = 0.9;

/** Dates and amounts of time that change from period to period in a text that otherwise does not: 2018年7月5日, 6月底, 2018-07-05, 上半年. */
const DATES = /\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|份|底|初|中旬|上旬|下旬)?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日|份|底|初|中旬|上旬|下旬)?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|[上下]半年|第[一二三四]季度|截至|截止/u;
const NOISE = /[\s\p{P}\p{S}]+/u;

/** A progress text as compared: dates, spaces and punctuation taken out. */
export function comparable(text: string): string {
  return replaceEvery(replaceEvery(text.normalize('NFKC'), DATES, ''), NOISE, '');
}

/** A text's character bigrams as numbers (two UTF-16 units in one), so that no string is made per pair. */
function bigrams(s: string): Set<number> {
  const out = new Set<number>();
  if (s.length === 1) out.add(s.charCodeAt(0));
  for (let i = 0; i + 1 < s.length; i++) out.add(s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1));
  return out;
}

/** A text's comparable form and bigrams, kept per text: each period's entry is compared twice (with the one before and the one after). */
const PREPARED = new Map<string, { text: string; grams: Set<number> | null }>();
const MAX_PREPARED = 4096;

function prepared(s: string): { text: string; grams: Set<number> | null } {
  let p = PREPARED.get(s);
  if (!p) {
    if (PREPARED.size >= MAX_PREPARED) PREPARED.clear();
    PREPARED.set(s, (p = { text: comparable(s), grams: null }));
  }
  return p;
}

/** Character-bigram Jaccard similarity of two progress texts (1 for two texts that differ only in dates, spaces and punctuation). */
export function progressSimilarity(a: string, b: string): number {
  const pa = prepared(a);
  const pb = prepared(b);
  if (pa.text === pb.text) return 1;
  const bx = (pa.grams ??= bigrams(pa.text));
  const by = (pb.grams ??= bigrams(pb.text));
  let shared = 0;
  for (const g of bx) if (by.has(g)) shared++;
  const union = bx.size + by.size - shared;
  return union ? shared / union : 1;
}

export interface Snapshot {
  period: string;
  entry: ReportEntry;
}

export type Trend = { kind: 'stalled'; since: string; similarity: number } | { kind: 'status-regressed'; from: Status; to: Status; previous: string };

/** How far along a status is: blocked → in progress is a step forward. */
const RANK: Record<Status, number> = { not_started: 0, blocked: 1, in_progress: 2, completed: 3 };

/** What a task's entry says against the same unit's entry for the period before; `since` is where a run of the same progress began. */
export function compare(previous: Snapshot, current: Snapshot, since: string): Trend | null {
  const was = previous.entry.status;
  const now = current.entry.status;
  if (!was || !now) return null;
  if ((was === 'completed' && now !== 'completed') || (was === 'in_progress' && now === 'not_started')) return { kind: 'status-regressed', from: was, to: now, previous: previous.period };
  if (now === 'completed' || RANK[now] > RANK[was]) return null;
  const a = previous.entry.progress ?? '';
  const b = current.entry.progress ?? '';
  if (isEmptyProgress(a) && isEmptyProgress(b)) return { kind: 'stalled', since, similarity: 1 };
  if (isEmptyProgress(a) || isEmptyProgress(b)) return null;
  const similarity = progressSimilarity(a, b);
  return similarity >= STALLED_SIMILARITY ? { kind: 'stalled', since, similarity } : null;
}
