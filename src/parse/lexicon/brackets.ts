/**
 * Brackets: one set for clauses and their depth (（）()【】〔〕[]), and the same
 * with quotes and title marks for splitting lists (《》“”: a name in a title
 * never splits at its 、).
 */

/** Brackets that enclose a clause or a note: （…） (…) 【…】 〔…〕 […]. */
export const CLAUSE_OPEN = '（(【〔[';
export const CLAUSE_CLOSE = '）)】〕]';
/** The clause brackets with quotes, title marks and 〈〉 (nested in a name: 各县〈市、区〉人民政府), for splitting a list at its top level. */
export const LIST_OPEN = `${CLAUSE_OPEN}《“〈`;
export const LIST_CLOSE = `${CLAUSE_CLOSE}》”〉`;

/** The brackets as UTF-16 code units: scanners test `charCodeAt`, which allocates nothing per character. */
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
const CLAUSE_OPEN_CODES = codes(CLAUSE_OPEN);
const CLAUSE_CLOSE_CODES = codes(CLAUSE_CLOSE);
const LIST_OPEN_CODES = codes(LIST_OPEN);
const LIST_CLOSE_CODES = codes(LIST_CLOSE);

/** +1 for an opening clause bracket, -1 for a closing one, 0 otherwise (by code unit). */
export function clauseBracketCode(code: number): number {
  return CLAUSE_OPEN_CODES.has(code) ? 1 : CLAUSE_CLOSE_CODES.has(code) ? -1 : 0;
}

/** +1 for an opening list bracket (a clause bracket, 《 or “), -1 for a closing one, 0 otherwise (by code unit). */
export function listBracketCode(code: number): number {
  return LIST_OPEN_CODES.has(code) ? 1 : LIST_CLOSE_CODES.has(code) ? -1 : 0;
}
