/**
 * Brackets: one set for clauses and their depth (（）()【】〔〕[]), and the same
 * with quotes and title marks for splitting lists (《》“”: a name in a title
 * never splits at its 、).
 */

/** Brackets that enclose a clause or a note: （…） (…) 【…】 〔…〕 […]. */
export const CLAUSE_OPEN = '（(【〔[';
export const CLAUSE_CLOSE = '）)】〕]';
/** The clause brackets with quotes and title marks, for splitting a list at its top level. */
export const LIST_OPEN = `${CLAUSE_OPEN}《“`;
export const LIST_CLOSE = `${CLAUSE_CLOSE}》”`;

/** +1 for an opening clause bracket, -1 for a closing one, 0 otherwise. */
export function clauseBracketDelta(ch: string): number {
  return CLAUSE_OPEN.includes(ch) ? 1 : CLAUSE_CLOSE.includes(ch) ? -1 : 0;
}
