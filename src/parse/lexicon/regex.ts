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

/** Patterns at least this long are compiled as they are made (see `compiledPattern`). */
const LONG_PATTERN = 200;
/** A subject long enough for V8 to compile machine code at a pattern's first use; CJK, since two-byte text has code of its own. */
const WARM_SUBJECT = '\u3000'.repeat(1000);

function warm(re: RegExp): RegExp {
  if (re.source.length >= LONG_PATTERN) {
    re.exec(WARM_SUBJECT);
    re.lastIndex = 0;
  }
  return re;
}

/**
 * A regex, compiled now if it is long. V8 compiles a pattern at its first use, by default to bytecode first, and
 * for the lexicon's patterns of hundreds of words that costs 5 to 25 ms each (the label pattern alone takes longer
 * than the rest of a notice's warm parse); a first use on a subject of 1,000 characters or more compiles machine code
 * at once instead, about a fifth of the time. So a long pattern is run once on such a subject as it is made. The
 * result is the same regex: only when its code is built changes.
 */
export function compiledPattern(source: string, flags?: string): RegExp {
  return warm(new RegExp(source, flags));
}

function withFlag(re: RegExp, flag: 'g' | 'y'): RegExp {
  return warm(new RegExp(re.source, re.flags.replace(/[gy]/g, '') + flag));
}

/**
 * Global copies, made once per pattern. Every use sets `lastIndex` itself
 * before it matches: `replace` and `matchAll` start from 0 (and `matchAll`
 * iterates a copy of its own), `matchesFrom` from the position it keeps in a
 * local variable. So no call sees another's state, even when calls interleave.
 */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (!g) {
    g = withFlag(re, 'g');
    GLOBAL_COPIES.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** Every match of `re` in `s`. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  return [...s.matchAll(globalCopy(re))];
}

/** Matches of `re` in `s` from `from` on, lazily; the position is kept here, so the caller may stop, resume or nest. */
export function* matchesFrom(re: RegExp, s: string, from = 0): Generator<RegExpExecArray> {
  const g = globalCopy(re);
  let pos = from;
  for (;;) {
    g.lastIndex = pos;
    const m = g.exec(s);
    if (!m) return;
    pos = m[0] === '' ? m.index + 1 : g.lastIndex;
    yield m;
  }
}

/** `s` with every match of `re` replaced. */
export function replaceEvery(s: string, re: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): string {
  const g = globalCopy(re);
  return typeof replacement === 'string' ? s.replace(g, replacement) : s.replace(g, replacement as (m: string) => string);
}

/** A matcher for `re` anchored at a position: the sticky copy is private and its `lastIndex` set before every use. */
export function stickyMatcher(re: RegExp): (s: string, pos: number) => RegExpExecArray | null {
  const y = withFlag(re, 'y');
  return (s, pos) => {
    y.lastIndex = pos;
    return y.exec(s);
  };
}
