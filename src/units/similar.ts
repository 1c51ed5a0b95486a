/** Did-you-mean: candidates ranked by edit distance and shared characters. */
import { distance } from 'fastest-levenshtein';

function sharedChars(a: string, b: string): number {
  const set = new Set(b);
  let n = 0;
  for (const ch of new Set(a)) if (set.has(ch)) n++;
  return n;
}

/**
 * Up to `limit` candidates that look like `input`: close in edit distance
 * (relative to length) or sharing most of their characters.
 */
export function suggest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: { c: string; score: number }[] = [];
  for (const c of new Set(candidates)) {
    if (!c || c === input) continue;
    const d = distance(input, c);
    const longest = Math.max(input.length, c.length);
    const shared = sharedChars(input, c) / Math.max(new Set(input).size, 1);
    const score = 1 - d / longest + shared;
    if (d <= Math.max(2, Math.floor(longest / 3)) || shared >= 0.6) scored.push({ c, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((s) => s.c);
}
