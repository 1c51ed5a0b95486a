/** Did-you-mean: candidates ranked by edit distance and shared characters. */
import { distance } from 'fastest-levenshtein';
import { compareText } from '../model/order.js';

/** A candidate with its characters as a set, prepared once for many inputs. */
export interface Candidate {
  readonly name: string;
  readonly chars: ReadonlySet<string>;
}

/** Candidates prepared for suggestAmong: each name once, with its characters. */
export function prepareCandidates(names: Iterable<string>): Candidate[] {
  return [...new Set(names)].filter((c) => c).map((name) => ({ name, chars: new Set(name) }));
}

/**
 * Up to `limit` candidates that look like `input`: close in edit distance
 * (relative to length) or sharing most of their characters.
 */
export function suggest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  return suggestAmong(input, prepareCandidates(candidates), limit);
}

/** suggest, among candidates prepared once (a matcher asks for many names against the same ones). */
export function suggestAmong(input: string, candidates: readonly Candidate[], limit = 3): string[] {
  const own = new Set(input);
  const scored: { c: string; score: number }[] = [];
  for (const { name: c, chars } of candidates) {
    if (c === input) continue;
    const d = distance(input, c);
    const longest = Math.max(input.length, c.length);
    let sharedCount = 0;
    for (const ch of own) if (chars.has(ch)) sharedCount++;
    const shared = sharedCount / Math.max(own.size, 1);
    const score = 1 - d / longest + shared;
    if (d <= Math.max(2, Math.floor(longest / 3)) || shared >= 0.6) scored.push({ c, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || compareText(a.c, b.c))
    .slice(0, limit)
    .map((s) => s.c);
}
