/**
 * Brackets: one set for clauses and their depth (（）()【】〔〕[]), and the same
 * with quotes and title marks for splitting lists (《》“”: a name in a title
 * never splits at its 、).
 */

/** Brackets that enclose a clause or a note: （…） (…) 【…】 〔…〕 […]. */
export const CLAUSE_OPEN = '（(【〔[';
export const CLAUSE_CLOSE = '）)】〕]';
/**
 * The clause brackets with quotes, title marks and 〈〉 (nested in a name: 各县〈市、区〉人民政府, or <> as a page's copy may write
 * them: 各县<市、区>人民政府), for splitting a list at its top level.
 */
export const LIST_OPEN = `${CLAUSE_OPEN}《“〈<`;
export const LIST_CLOSE = `${CLAUSE_CLOSE}》”〉>`;

/**
 * The brackets as a table by UTF-16 code unit (+1 opening, -1 closing): scanners test
 * `charCodeAt`, which allocates nothing per character, and a typed array is read in one step.
 */
function bracketTable(open: string, close: string): Int8Array {
  const table = new Int8Array(0x10000);
  for (const c of open) table[c.charCodeAt(0)] = 1;
  for (const c of close) table[c.charCodeAt(0)] = -1;
  return table;
}
const CLAUSE_CODES = bracketTable(CLAUSE_OPEN, CLAUSE_CLOSE);
const LIST_CODES = bracketTable(LIST_OPEN, LIST_CLOSE);

/** +1 for an opening clause bracket, -1 for a closing one, 0 otherwise (by code unit). */
export function clauseBracketCode(code: number): number {
  return CLAUSE_CODES[code] ?? 0;
}

/** Clause brackets open after `n`, starting from `depth` open before it (a paragraph keeps this as it grows). */
export function bracketDepth(depth: number, n: string): number {
  let d = depth;
  for (let i = 0; i < n.length; i++) {
    const delta = clauseBracketCode(n.charCodeAt(i));
    if (delta > 0) d++;
    else if (delta < 0 && d > 0) d--;
  }
  return d;
}

/** +1 for an opening list bracket (a clause bracket, 《 or “), -1 for a closing one, 0 otherwise (by code unit). */
export function listBracketCode(code: number): number {
  return LIST_CODES[code] ?? 0;
}

/** The positions of the separator characters of `n` that stand outside list brackets (（）()〔〕[]【】《》“”), in order. */
export function topLevelSeparators(n: string, seps: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = 0; i < n.length; i++) {
    const bracket = listBracketCode(n.charCodeAt(i));
    if (bracket > 0) depth++;
    else if (bracket < 0) depth = Math.max(0, depth - 1);
    else if (depth === 0 && seps.includes(n.charAt(i))) out.push(i);
  }
  return out;
}

/** The parts of a text between its separators outside brackets: 各县（市、区）人民政府、市财政局 → 各县（市、区）人民政府 / 市财政局. */
export function topLevelParts(n: string, seps: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const i of topLevelSeparators(n, seps)) {
    out.push(n.slice(last, i));
    last = i + 1;
  }
  out.push(n.slice(last));
  return out;
}
