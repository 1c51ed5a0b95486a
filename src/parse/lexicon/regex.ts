/**
 * Regular expressions without shared state. A module-level regex with the `g`
 * or `y` flag keeps `lastIndex` between calls: one `.test` leaves it set, and
 * the next `matchAll` or `exec` on another text starts in the middle (so the
 * result for one file could depend on the files parsed before it). Patterns are
 * therefore kept without those flags and used through these helpers; a test
 * checks that no module-level regex has them.
 */

/** A regex built from word lists: the alternation of `words`, longest first so that the longest word wins. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withFlag(re: RegExp, flag: 'g' | 'y'): RegExp {
  return new RegExp(re.source, re.flags.replace(/[gy]/g, '') + flag);
}

/** Every match of `re` in `s` (a fresh global copy per call). */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  return [...s.matchAll(withFlag(re, 'g'))];
}

/** Matches of `re` in `s` from `from` on, lazily (a fresh global copy per call). */
export function* matchesFrom(re: RegExp, s: string, from = 0): Generator<RegExpExecArray> {
  const g = withFlag(re, 'g');
  g.lastIndex = from;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    yield m;
    if (m[0] === '') g.lastIndex++;
  }
}

/** `s` with every match of `re` replaced. */
export function replaceEvery(s: string, re: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): string {
  return typeof replacement === 'string' ? s.replace(withFlag(re, 'g'), replacement) : s.replace(withFlag(re, 'g'), replacement as (m: string) => string);
}

/** A matcher for `re` anchored at a position: the sticky copy is private and its `lastIndex` set before every use. */
export function stickyMatcher(re: RegExp): (s: string, pos: number) => RegExpExecArray | null {
  const y = withFlag(re, 'y');
  return (s, pos) => {
    y.lastIndex = pos;
    return y.exec(s);
  };
}
