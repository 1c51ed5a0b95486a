/**
 * Positions in JSON text: offsets to lines and columns, nesting depth counted
 * without recursion, and the place of a value by its path. The values a
 * finding names (at most three levels down) are placed from one pass over the
 * text, which JSON.parse has already read, skipping strings whole (a third of
 * the time jsonc-parser's visitor took, cold, on 1,000 reports); deeper paths,
 * keys and syntax errors come from jsonc-parser's tree (strict), built only on
 * first use, since most files are clean and never need it.
 */
import { findNodeAtLocation, type Node, type ParseError, parseTree } from 'jsonc-parser';

/** Paths of at most this many steps are located from one streaming pass; deeper ones from the tree. */
const SHALLOW = 3;

/** Offsets → 1-based line and column (UTF-16 code units). */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    // lo and hi (so mid) stay within starts, which is never empty
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** What one pass over a JSON text finds: its deepest nesting, and keys written twice in one object. */
export interface JsonStructure {
  /** Deepest nesting of arrays and objects; the pass stops once it passes `stopAt`. */
  depth: number;
  /** Keys written twice in one object ({"unit": "A", "unit": "B"}: JSON.parse keeps the last silently), at the second. */
  duplicates: { key: string; offset: number }[];
}

/**
 * One linear pass, no recursion: strings are skipped whole (their closing
 * quote found by indexOf), so that only the few characters between them are
 * looked at one by one. Run before JSON.parse (a text nested too deep is not
 * given to it); the duplicates mean something only when JSON.parse then
 * reads the text.
 */
export function jsonStructure(text: string, stopAt: number): JsonStructure {
  const duplicates: { key: string; offset: number }[] = [];
  // per open container: the keys of an object so far, null for an array
  const open: (Set<string> | null)[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = closingQuote(text, i);
      const keys = open[open.length - 1];
      if (keys && isKey(text, end + 1)) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? decodeKey(raw) : raw;
        if (keys.has(key)) duplicates.push({ key, offset: i });
        else keys.add(key);
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      open.push(c === 0x7b ? new Set() : null);
      if (open.length > depth && (depth = open.length) > stopAt) break;
    } else if (c === 0x7d || c === 0x5d) open.pop();
  }
  return { depth, duplicates };
}

/** A key with escapes, as JSON.parse reads it (as written when the escape is broken: the text is invalid JSON then). */
function decodeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The index of the quote that closes the string opening at `open`. */
function closingQuote(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  while (q !== -1) {
    let backslashes = 0;
    for (let k = q - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
  return text.length;
}

/** Whether a colon follows (after white space): the string was a key. */
function isKey(text: string, from: number): boolean {
  let k = from;
  for (let c = text.charCodeAt(k); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++k));
  return text.charCodeAt(k) === 0x3a;
}

/** Positions of values in one JSON text. */
export class Positions {
  private tree: Node | undefined | null = null;
  private lines: LineIndex | null = null;
  private held: string | null;
  private reread: (() => string) | null = null;
  constructor(text: string) {
    this.held = text;
  }
  /** The text: held, or read again after `release`. */
  private get text(): string {
    return (this.held ??= this.reread!());
  }
  /**
   * Lets go of the text and what was built from it, until a place is asked for again, when `reread` gives the text
   * back. A check of thousands of reports then does not keep every report's text on the heap for the few findings
   * placed after the reading (the garbage collector copies what young objects survive, and these survive to the end).
   */
  release(reread: () => string): void {
    this.reread = reread;
    this.held = null;
    this.lines = null;
    this.tree = null;
    this.shallow = null;
  }
  private index(): LineIndex {
    return (this.lines ??= new LineIndex(this.text));
  }
  at(offset: number): { line: number; column: number } {
    return this.index().at(offset);
  }
  root(): Node | undefined {
    if (this.tree === null) this.tree = parseTree(this.text, [], { disallowComments: true, allowTrailingComma: false });
    return this.tree;
  }
  locate(path: (string | number)[]): { line: number; column: number } {
    // the values a finding points at lie at most three levels deep (tasks / 3 / progress): one streaming pass finds them all
    if (path.length <= SHALLOW) {
      const offsets = this.shallowOffsets();
      for (let k = path.length; k >= 0; k--) {
        const at = offsets.get(path.slice(0, k).join('\u0000'));
        if (at !== undefined) return this.at(at);
      }
      return { line: 1, column: 1 };
    }
    const root = this.root();
    if (!root) return { line: 1, column: 1 };
    const node = findNodeAtLocation(root, path) ?? nearestNode(root, path);
    return this.at(node.offset);
  }

  private shallow: Map<string, number> | null = null;

  /**
   * Offsets of the values down to SHALLOW levels, by path, from one pass over
   * the text (valid JSON: JSON.parse has read it). Strings are skipped whole by
   * indexOf; a path is built only for a value at most SHALLOW levels deep.
   */
  private shallowOffsets(): Map<string, number> {
    if (this.shallow) return this.shallow;
    const text = this.text;
    const out = new Map<string, number>();
    const frames: { prefix: string; key: string | number; array: boolean }[] = [];
    const pathOfValue = (): string => {
      const top = frames[frames.length - 1];
      if (!top) return '';
      return frames.length === 1 ? String(top.key) : `${top.prefix}\u0000${top.key}`;
    };
    const record = (offset: number) => {
      if (frames.length > SHALLOW) return;
      const key = pathOfValue();
      if (!out.has(key)) out.set(key, offset);
    };
    let valueNext = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      const top = frames[frames.length - 1];
      if (c === 0x22) {
        const end = closingQuote(text, i);
        if (!valueNext && top && !top.array) {
          const raw = text.slice(i + 1, end);
          top.key = raw.includes('\\') ? decodeKey(raw) : raw;
        } else record(i);
        i = end;
        valueNext = false;
      } else if (c === 0x7b || c === 0x5b) {
        record(i);
        frames.push({ prefix: frames.length ? pathOfValue() : '', key: 0, array: c === 0x5b });
        valueNext = c === 0x5b;
      } else if (c === 0x7d || c === 0x5d) {
        frames.pop();
        valueNext = false;
      } else if (c === 0x3a) valueNext = true;
      else if (c === 0x2c) {
        if (top?.array) top.key = (top.key as number) + 1;
        valueNext = top?.array ?? false;
      } else if (valueNext) {
        record(i);
        valueNext = false;
      }
    }
    this.shallow = out;
    return out;
  }
  /** Position of the first syntax error (strict JSON), for texts JSON.parse refused. */
  firstSyntaxError(): { line: number; column: number } {
    const errors: ParseError[] = [];
    parseTree(this.text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    return this.at(errors[0]?.offset ?? 0);
  }

  /** Position of a property's key. */
  locateKey(path: (string | number)[], key: string): { line: number; column: number } {
    const obj = this.root() && findNodeAtLocation(this.root()!, path);
    const prop = obj?.children?.find((p) => p.children?.[0]?.value === key);
    return prop ? this.at(prop.offset) : this.locate(path);
  }
}

/** The deepest existing node on a path (for errors about a missing property). */
function nearestNode(root: Node, path: (string | number)[]): Node {
  for (let k = path.length - 1; k >= 0; k--) {
    const n = findNodeAtLocation(root, path.slice(0, k));
    if (n) return n;
  }
  return root;
}


/** A JSON pointer (/tasks/0/status) as a path of keys and indices. */
export function pointerPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
