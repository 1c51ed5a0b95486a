/**
 * Unit clauses written as sentences of an item rather than as labels or
 * parentheticals: a closing sentence of units and a verb (…。工业和信息化部会同有关部门负责。),
 * and, in a notice that names its units no other way, the subject of each item
 * (一、市城乡规划局负责城市规划…).
 */
import { type ClauseResult, mergeClause, subjectClause } from './clauses.js';
import type { Item } from './structure.js';
import { type TwinText, sliceTwin, trimTwin } from './twin.js';
import { firstSentence } from './titles.js';

/**
 * A notice that names its units no other way (no label, no parenthetical)
 * may name them as the subject of each item: 一、市城乡规划局负责城市规划…. Then
 * every item without items below it takes the units of its first sentence.
 * Where the notice has clauses, such a sentence (第四条 领导小组负责统筹协调…)
 * describes duties and is no task.
 */
export function subjectClauses(items: readonly Item[], clauses: Map<Item, ClauseResult>): void {
  const noClauses = !items.some((it) => clauses.get(it)!.units.length);
  for (const it of items) {
    const clause = clauses.get(it)!;
    if (clause.units.length) continue;
    // in any notice, a closing sentence that is only the units and their verb is a clause:
    // …。工业和信息化部会同有关部门负责。
    const closing = closingSentence(it);
    const subject = (closing && subjectClause(closing)) ?? (noClauses && !it.children.length ? openingSubject(it) : null);
    if (subject) mergeClause(clause, subject);
  }
}

/** The units opening the item's heading, or else its first paragraph (1. 项目名称 / 由X副市长负责，市发改委牵头，…). */
function openingSubject(it: Item): ClauseResult | null {
  const heading = subjectClause(firstSentence(trimTwin(it.heading.span)));
  if (heading) return heading;
  const first = it.body[0];
  return first ? subjectClause(firstSentence(trimTwin(first.span))) : null;
}

/** Verbs that may close a sentence made of units only: X会同Y负责。 */
const CLOSING_VERB = /(负责|牵头|落实|组织实施)$/;

/** The item's last sentence when it is only names and a closing verb (…会同有关部门负责), else null. */
function closingSentence(it: Item): TwinText | null {
  const last = it.body.length ? it.body[it.body.length - 1]!.span : it.heading.span;
  const text = trimTwin(last);
  const body = text.n.replace(/[。；;.\s]+$/, '');
  if (!CLOSING_VERB.test(body)) return null;
  let start = body.length;
  while (start > 0 && !'。；;！？'.includes(body[start - 1]!)) start--;
  // the whole heading is no closing sentence: 五、市交通运输局负责… is read above, in a notice without clauses
  if (start === 0 && it.body.length === 0) return null;
  return sliceTwin(text, start, body.length);
}

