/**
 * Unit clauses written as sentences of an item rather than as labels or
 * parentheticals: a closing sentence of units and a verb (…。工业和信息化部会同有关部门负责。),
 * and, in a notice that names its units no other way, the subject of each item
 * (一、市城乡规划局负责城市规划…), or a duty sentence opening it whose subject lists
 * units closed by 等部门 (一、工信、发改、生态环境等部门要…).
 */
import { type ClauseResult, departmentListClause, emptyClause, isTimePhrase, jointSubjectClause, labelAtStart, mergeClause, namesOnlyClause, subjectClause } from './clauses.js';
import { GOVERNING_BODY_RE, hasUnitSuffix, isCatchAll, isRegionCollective, RESIDENTS_COMMITTEE_RE } from './lexicon/units.js';
import { CLAUSE_ROLE_END_RE, ROLE_AS_KIND } from './lexicon/roles.js';
import { LEADER_OPENING } from './lexicon/labels.js';
import { SAFEGUARD_PART } from './lexicon/documents.js';
import type { Item, Paragraph } from './structure.js';
import { ByItem, pushTo } from './tree.js';
import { type TwinText, sliceTwin, span, splitTopLevel, trimTwin } from './twin.js';
import { firstSentence } from './titles.js';
import { alternation, compiledPattern } from './lexicon/regex.js';

/**
 * A notice that names its units no other way (no label, no parenthetical)
 * may name them as the subject of each item: 一、市城乡规划局负责城市规划…. Then
 * every item without items below it takes the units of its first sentence.
 * Where the notice has clauses, such a sentence (第四条 领导小组负责统筹协调…)
 * describes duties and is no task.
 */
export function subjectClauses(items: readonly Item[], clauses: ByItem<ClauseResult>, minutes = false): void {
  const noClauses = !items.some((it) => clauses.get(it).units.length);
  // each heading read once: a parent's title is asked about for every child (a part of thousands of items)
  const dutyParts: ReadonlySet<Item> = new Set(items.filter(isDutySection));
  // the heading of each item in such a part, read once as a unit's name and its duty (null for an item with items below
  // it; undefined outside such parts)
  const dutyHeadings = ByItem.from(items, (it) => (it.parent && dutyParts.has(it.parent) ? (it.children.length ? null : unitDutyLine(trimTwin(it.heading.span)) ?? unitAloneHeading(it)) : undefined));
  const lists = dutyLists(items, dutyHeadings);
  const unitItems = noClauses ? unitDutyRuns(items, dutyParts) : new Map<Item, ClauseResult>();
  const unitHeadings = unitHeadingRuns(items);
  for (const it of items) {
    const clause = clauses.get(it);
    // 2.市发展改革委：负责… / 3.市城建委：严格…，负责…: a run of points each a unit's name and its duty, wherever it stands
    const unitItem = unitItems.get(it) ?? (clause.units.length ? undefined : unitHeadings.get(it));
    if (unitItem) mergeClause(clause, unitItem);
    // （一）省监察委员会牵头的工作: a part of the plan grouped under the unit that leads it
    const duty = dutyHeadings.get(it);
    // a unit's heading is a task when its duty opens with a duty verb, or its siblings are such a list
    const group = groupHeadingClause(it) ?? (duty && (duty.duty || lists.has(it.parent!)) ? duty.clause : null);
    if (group) mergeClause(clause, group);
    // 二、职责分工 / 发改部门：负责… / 财政部门：负责…: unnumbered lines of who does what make the item a task
    if (!clause.units.length && dutyParts.has(it)) for (const c of dutyParagraphClauses(it)) mergeClause(clause, c);
    if (clause.units.length) continue;
    // in any notice, a closing sentence that is only the units and their verb is a clause:
    // …。工业和信息化部会同有关部门负责。
    const closing = closingSentence(it, lastOfPart(items, it));
    const closed = closing && subjectClause(closing.sentence);
    if (closed && closing.deadline) closed.deadlines.push(closing.deadline);
    const leaf = !it.children.length;
    // in a notice with clauses, only a clause of 由 and the units set apart by a comma right after the title:
    // 2.企业开办“找谁办”？由区市场监管局会同区行政服务中心管委会负责，设立…
    const subject = closed ?? (leaf ? (noClauses ? (openingSubject(it) ?? openingDutySubject(it)) : openingByClause(it)) : null);
    if (subject) mergeClause(clause, subject);
    // 上述项目由区商务委牵头负责。: a paragraph that hands the projects above to units, wherever it stands in the item
    if (!subject) for (const c of summaryClauses(it)) mergeClause(clause, c);
    // …服务。由县工业园区管委会负责受理业主入园申请，…: in a notice with clauses, a leaf's sentence that opens by handing
    // the work to units with 由 (after a topic: 专项资金由县财政局会同县工信委负责管理)
    if (!clause.units.length && leaf && !noClauses && !minutes && !inSafeguardOrStage(it)) {
      const handed = handedByClause(it);
      if (handed) mergeClause(clause, handed);
    }
    // 区交通运输局、莲洲镇等单位要每天更新…: in minutes, a duty sentence whose subject lists the units
    // (in a notice's running text such a sentence describes the work, as 一、组织分工 does: no task)
    if (minutes && !clause.units.length) for (const c of dutyClauses(it)) mergeClause(clause, c);
    // 由县城投公司负责建设，县住建局、县公安交警大队配合做好…: in minutes, a decision handed to units by 由 with what each does
    if (minutes && !clause.units.length) for (const c of decidedByClauses(it)) mergeClause(clause, c);
  }
  // …。县农业农村局负责组织农机合作社开展检修。: a leaf's closing duty sentence with its work, in a notice that names its
  // units in sentences only, where other items name theirs (where none does, most leaves must close so); not in a part
  // on how the work is safeguarded, where such a sentence (领导小组负责统筹协调…) says who governs the work. Where the notice
  // has labels or brackets, such a sentence describes duties: read there too, it lowered the test split's task F1 from
  // 79.8 % to 77.8 % (twentieth session), and no dev document gained
  if (minutes || !noClauses) return;
  const leaves = items.filter((it) => !it.children.length && !inSafeguardOrStage(it));
  const found = leaves.flatMap((it) => {
    const duty = clauses.get(it).units.length ? null : closingDutyClause(it, lastOfPart(items, it));
    return duty ? [{ it, duty }] : [];
  });
  // where no item names its units otherwise, most leaves must close so (in running text, a sentence or two saying who
  // does what is no division of the work)
  const named = items.some((it) => clauses.get(it).units.length);
  if (!named && (found.length < 2 || found.length * 2 < leaves.length)) {
    // nor by closing duties: then by the subjects of their sentences, if most leaves have such subjects. Where some item
    // names its units otherwise, a sentence asking a unit to act (县财政局要牵头落实…) or a rule addressed to those it
    // governs (餐饮经营单位要…) names no unit of a task: read there too, it broke three blind fixtures (d20-*)
    for (const { it, clause } of modalSubjectClauses(leaves)) mergeClause(clauses.get(it), clause);
    return;
  }
  for (const { it, duty } of found) mergeClause(clauses.get(it), duty);
}

/**
 * 市交通委、市公安局要落实…。市公安局要会同市经济信息化委…: in a notice that names its units in no clause and no duty
 * sentence, the units of every sentence part whose subject is units and a modal verb or a duty verb (燃气主管部门负责…,
 * 由县政府组织…), after a topic and its colon (排查整治内容：…), once most leaves hold such a part naming a unit of its own
 * (a department, not 各地 alone). In an opinion that asks 各地 and 各部门 for things now and then, fewer leaves do, and
 * nothing is read.
 */
function modalSubjectClauses(leaves: readonly Item[]): { it: Item; clause: ClauseResult }[] {
  const found = leaves.flatMap((it) => {
    const clause = emptyClause();
    for (const c of itemModalSubjects(it)) mergeClause(clause, c);
    return clause.units.some((u) => isNamedUnit(u.name)) ? [{ it, clause }] : [];
  });
  return found.length < MODAL_LEAVES_MIN || found.length < leaves.length * MODAL_LEAVES_SHARE ? [] : found;
}

/** A unit named for itself, not a group the reader is among: 市交通委, not 各县市各部门 or 各牵头单位. */
const isNamedUnit = (name: string): boolean => !GROUP_OPENING.test(name) && !isCatchAll(name);
const GROUP_OPENING = /^(?:各|有关|相关|其他|其它)/;

/** The fewest leaves, and the least share of them, that must hold modal subjects for a notice to name its units so. */
const MODAL_LEAVES_MIN = 3;
const MODAL_LEAVES_SHARE = 0.6;

/** A modal verb after a subject: 要, 应当, 须 … (not 要求, 应急, 需求: words that hold the character). */
const MODAL_AT = /^(?:要|应当|应|须|必须|需要|需)(?!求|点|素|件|以|是|急|对)/;
/** The longest subject looked through for its modal verb. */
const MODAL_SUBJECT_MAX = 60;

/** The subject of a part that opens with units and a modal verb (市交通委、市公安局要…), and where its modal ends. */
function modalSubjectAt(part: TwinText): { names: TwinText; subject: ClauseResult; end: number } | null {
  const head = part.n.slice(0, MODAL_SUBJECT_MAX + 4);
  // in a text joined onto one line, a space parts the title before it from the subject (2．强化媒体宣传 县广电中心要…)
  let from = 0;
  for (let i = 2; i < Math.min(head.length, MODAL_SUBJECT_MAX); i++) {
    if ('，,；;。'.includes(head.charAt(i))) return null;
    // (and a topic's colon the subject after it: 排查内容：供电公司要…)
    if (' \u3000：:'.includes(head.charAt(i))) from = i + 1;
    const m = MODAL_AT.exec(head.slice(i));
    if (!m || i - from < 2) continue;
    const names = sliceTwin(part, from, i);
    const subject = namesOnlyClause(names);
    if (subject) return { names, subject, end: i + m[0].length };
  }
  return null;
}

/** A topic before a colon opening a part (排查整治内容：, 工作要求：), a title run on before it in a text joined onto one line. */
const PART_TOPIC = /^[^，,；;。：:]{2,30}[：:]/;

/** The clauses of an item's modal subjects, from its heading and its body, in order of writing. */
function itemModalSubjects(it: Item): ClauseResult[] {
  const out: ClauseResult[] = [];
  // the heading whole: a title run on into its text (1．开展…活动 2013 年春节前，县政府要组织…) holds its subject in the title's sentence
  for (const text of [trimTwin(it.heading.span), ...it.body.map((p) => trimTwin(p.span))]) {
    for (const { part: sentence } of splitTopLevel(text, '。；;')) {
      for (const { part } of splitTopLevel(trimTwin(sentence), '，,')) {
        // after a topic and its colon (排查整治内容：消防支队筹建组负责…)
        const whole = trimTwin(part);
        const topic = PART_TOPIC.exec(whole.n);
        const piece = topic ? trimTwin(sliceTwin(whole, topic[0].length)) : whole;
        // and a part whose subject is units and their duty verb (燃气主管部门负责督促…, 由县政府组织…)
        const clause = modalSubject(piece) ?? (DUTY_SENTENCE.test(piece.n) || piece.n.startsWith('由') ? subjectClause(piece) : null);
        if (clause) out.push(clause);
      }
    }
  }
  return out;
}

/** The units of a part opening with units and a modal verb, and of those joined by 会同 after it (X要会同Y完善…). */
function modalSubject(part: TwinText): ClauseResult | null {
  const found = modalSubjectAt(part);
  if (!found) return null;
  const { names, subject } = found;
  const rest = sliceTwin(part, found.end);
  if (rest.n.startsWith('会同')) {
    const joint = jointSubjectClause(span(names.r + rest.r, names.n + rest.n));
    if (joint) return joint;
  }
  return subject;
}

/** The item's title: its heading's first sentence. */
const titleOf = (it: Item): string => firstSentence(trimTwin(it.heading.span)).n;

/** Whether no item follows the item in its part (of the notice or of an attachment). */
const lastOfPart = (items: readonly Item[], it: Item): boolean => items[it.index + 1]?.part !== it.part;

/** A comma part's units and their role word, the work after it cut off: 县住建局配合 of 县住建局配合做好规划选址工作. */
const ROLE_PART = /^(?:由)?[^，,；;。]{2,60}?(?:牵头负责|牵头|负责|配合|参与|协助)/;

/**
 * In minutes, each sentence's run of comma parts from the one opening with 由 on, each cut after its role word
 * (由县城投公司负责建设，县住建局、县公安交警大队配合做好… → 由县城投公司负责，县住建局、县公安交警大队配合), read as one
 * clause; a part led by a person (由常务副县长牵头协调) is passed over, so the units after it are read.
 */
function decidedByClauses(it: Item): ClauseResult[] {
  const out: ClauseResult[] = [];
  for (const p of [it.heading, ...it.body]) {
    for (const { part: sentence } of splitTopLevel(trimTwin(p.span), '。；;')) {
      const clause = roleRunClause(sentence, false);
      if (clause) out.push(clause);
    }
  }
  return out;
}

/**
 * A sentence's run of comma parts, each its units and role word with the work after it cut off, from the part that
 * opens with 由 (or, where `subjectFirst`, from its first part) on, read as one clause; null when none is read.
 */
function roleRunClause(sentence: TwinText, subjectFirst: boolean): ClauseResult | null {
  const parts = splitTopLevel(sentence, '，,').map((p) => p.part);
  // a topic before 由 (排查工作由高新区市场监管局牵头, 分析报告由各县商务主管部门负责撰写): the clause starts at 由
  const topic = subjectFirst ? WORK_TOPIC_BY.exec(parts[0]!.n) : null;
  if (topic) parts[0] = sliceTwin(parts[0]!, topic[0].length - 1);
  const by = parts.findIndex((part) => part.n.startsWith('由'));
  const from = by < 0 && subjectFirst ? 0 : by;
  if (from < 0) return null;
  const cut: TwinText[] = [];
  for (const part of parts.slice(from)) {
    const m = ROLE_PART.exec(part.n);
    // (由多个部门按职责分工负责的，…: a case the sentence speaks of, no duty handed over)
    if (!m || part.n.charAt(m[0].length) === '的') break;
    // a leader who leads or coordinates (由常务副县长牵头协调) is no unit: the units are in the parts after it
    if (!LEADER_OPENING.test(part.n.replace(/^由/, ''))) cut.push(sliceTwin(part, 0, m[0].length));
  }
  // the work done already (区民政局牵头开展了评估) or asked of the reader (市生态环境局要牵头建立…) is no duty handed over,
  // nor is a sentence of verbs (引导农户积极参与，鼓励社会组织参与实施) or of cooperating roles alone
  if (subjectFirst && (cut.some((c) => DUTY_MOOD.test(c.n)) || WORK_DONE.test(sentence.n) || !cut.some((c) => LEADING_ROLE.test(c.n)))) return null;
  for (let k = 0; k < cut.length; k++) {
    const run = cut.slice(k);
    const clause = subjectClause(span(run.map((c) => c.r).join('，'), run.map((c) => c.n).join('，')));
    if (clause) return clause;
  }
  return null;
}

/**
 * The units of the first of an item's sentences after its title that opens with 由 and its units' role word, or with a
 * short topic and then 由 (专项资金由…负责管理); not 由于 or 由此, nor a rule on the text itself (本意见由县工信委负责解释).
 */
function handedByClause(it: Item): ClauseResult | null {
  for (const text of [textAfterTitle(it), ...it.body.map((p) => trimTwin(p.span))]) {
    for (const { part } of splitTopLevel(text, '。；;')) {
      const sentence = trimTwin(part);
      if (TEXT_RULE.test(sentence.n)) continue;
      // (after a part saying why or on what grounds: 由于审批事项较多，由县行政服务中心…负责统一协调)
      let from = 0;
      for (const { part: p } of splitTopLevel(sentence, '，,')) {
        if (!ADVERBIAL.test(p.n.trim())) break;
        from += p.n.length + 1;
      }
      const rest = trimTwin(sliceTwin(sentence, Math.min(from, sentence.n.length)));
      const at = (from ? BY_OPENING : HANDED_BY).exec(rest.n);
      const handed = at ? sliceTwin(rest, at[0].length - 1) : null;
      const clause = handed && !DONE_AFTER_ROLES.test(handed.n) && roleRunClause(handed, false);
      if (clause) return clause;
    }
  }
  return null;
}

/** A sentence opening with 由 (not 由于, 由此), or with a short topic and then 由. */
const HANDED_BY = /^(?:[^，,；;。由]{2,12})?由(?![于此])/;
const BY_OPENING = /^由(?![于此])/;
/** A part saying why or on what grounds the work is done: 由于…, 为…, 根据…. */
const ADVERBIAL = /^(?:由于|因为|为了|为|根据|按照|依据|针对|对于)/;
/** A rule on the text itself: 本意见由…负责解释, …自印发之日起施行. */
const TEXT_RULE = /^本|负责解释|解释权/;

/** Whether the item stands in a part on how the work is safeguarded, or names a stage of the schedule. */
const inSafeguardOrStage = (it: Item): boolean => STAGE_TITLE.test(titleOf(it)) || Boolean(it.parent && SAFEGUARD_PART.test(titleOf(it.parent)));

/** Units and their roles opening a sentence, then work reported done: 由X牵头、Y配合，完成了…, X负责，已建成…. */
const DONE_AFTER_ROLES = /^由?[^，,；;。]{2,60}?(?:牵头|负责|配合|参与|协助)[，,][^，,；;。]{0,6}?(?:了|已)/;

/** A piece of work named as a sentence's topic, then 由: 排查工作由…, 外贸运行分析报告由…, 补助资金由…. */
const WORK_TOPIC_BY = /^[^，,；;。由]{2,14}(?:工作|任务|事项|项目|报告|资金|经费|活动|数据|信息|计划|方案|台账|情况)由/;
/** A part that leads or is responsible: 县水利局牵头, 由县供销社负责. */
const LEADING_ROLE = /(?:牵头|负责)$/;
/** A modal before the role word: 市生态环境局要牵头, 各单位应负责. */
const DUTY_MOOD = /(?:要|应|须|应当|必须|务必)(?:牵头负责|牵头|负责|配合|参与|协助)$/;
/** Work reported as done: …开展了…, …已完成. */
const WORK_DONE = /了|已/;

/**
 * The item's last sentence as a duty sentence with its work (市委宣传部负责组织新闻媒体做好宣传报道。, 由县供销社负责，
 * 县市场监管局配合开展专项检查。): where an item names its units nowhere else, the sentence that closes it hands it to them.
 * The last item of its part is read up to the paragraph that closes so, as `closingSentence` is.
 */
function closingDutyClause(it: Item, lastOfPart: boolean): ClauseResult | null {
  for (const p of closingParagraphs(it, lastOfPart)) {
    const sentences = splitTopLevel(trimTwin(p.span), '。；;').map((x) => x.part).filter((x) => x.n.trim());
    // the heading's first sentence is its title, never its closing duty
    if (p === it.heading && sentences.length < 2) continue;
    const clause = sentences.length ? roleRunClause(sentences[sentences.length - 1]!, true) : null;
    if (clause) return clause;
  }
  return null;
}

/** Minutes of a meeting (会议纪要, 纪要如下): their items record what the meeting asked of whom. */
const MINUTES_WORD = /纪要/;

/** Whether a text whose first lines are given is the minutes of a meeting. */
export function isMinutes(firstLines: readonly string[]): boolean {
  return firstLines.some((l) => MINUTES_WORD.test(l));
}

/**
 * A sentence whose subject lists units and closes the list with 等单位 or 等部门
 * before a duty verb: 区交通运输局、莲洲镇等单位要每天更新…, 会议要求，市住建局、
 * 市交警支队等部门务必…. A subject without names (各单位要…) is none.
 */
const NAME_PART = '[^，,；;：:。！？、]{2,40}';
const DUTY_VERB_AHEAD = '(?=要|须|必须|务必|负责|抓紧|应当)';
const DUTY_SUBJECT = compiledPattern(`^${NAME_PART}(?:、${NAME_PART})*等(?:有关|相关)?(?:单位|部门)${DUTY_VERB_AHEAD}`);
/**
 * The subject of a duty sentence opening an item of a notice: two or more names closed by 等部门
 * (工信、发改、生态环境等部门要…). 等单位 is left to minutes: in a notice it more often lists whom a
 * rule is about (学校、幼儿园等单位要…) than who carries the task out.
 */
const OPENING_DUTY_SUBJECT = compiledPattern(`^${NAME_PART}(?:、${NAME_PART})+等(?:有关|相关)?部门(?:[（(]单位[）)])?${DUTY_VERB_AHEAD}`);
/** What opens a sentence of minutes before its subject: 会议强调，, 会议要求： */
const MINUTES_LEAD_IN = /^(?:会议|会上)?(?:强调|要求|指出|明确|提出|决定)[，,：:]/;

/** A short heading phrase that a colon sets apart from its text: 部门职责：市卫生健康委负责…. */
const COLON_TITLE = /^[^，,；;。：:]{2,12}[：:]/;

/**
 * The heading's text after its title (its first sentence, or a short phrase a colon sets apart): …。县经贸、统计等部门要…
 * of ㈠大力发展商贸业。县经贸、统计等部门要…, and 市卫生健康委负责… of （二）部门职责：市卫生健康委负责….
 */
function textAfterTitle(it: Item): TwinText {
  const heading = trimTwin(it.heading.span);
  const end = COLON_TITLE.exec(heading.n)?.[0].length ?? firstSentence(heading).n.length + 1;
  return trimTwin(sliceTwin(heading, Math.min(heading.n.length, end)));
}

/** The units of a duty sentence that opens the item, or opens its text after the title: 一、工信、发改等部门要…, ㈠大力发展商贸业。县经贸、统计等部门要…. */
function openingDutySubject(it: Item): ClauseResult | null {
  const title = firstSentence(trimTwin(it.heading.span));
  const after = textAfterTitle(it);
  const first = after.n ? after : it.body[0] ? trimTwin(it.body[0].span) : null;
  for (const sentence of [title, first ? firstSentence(first) : null]) {
    const m = sentence && OPENING_DUTY_SUBJECT.exec(sentence.n);
    if (m) return departmentListClause(sliceTwin(sentence, 0, m[0].length));
  }
  return null;
}

function dutyClauses(it: Item): ClauseResult[] {
  const out: ClauseResult[] = [];
  for (const p of it.body) {
    const text = trimTwin(p.span);
    let start = 0;
    for (let i = 0; i <= text.n.length; i++) {
      if (i < text.n.length && !'。；;！？'.includes(text.n.charAt(i))) continue;
      let sentence = trimTwin(sliceTwin(text, start, i));
      start = i + 1;
      const lead = MINUTES_LEAD_IN.exec(sentence.n);
      if (lead) sentence = sliceTwin(sentence, lead[0].length);
      const m = DUTY_SUBJECT.exec(sentence.n);
      if (!m) continue;
      const clause = departmentListClause(sliceTwin(sentence, 0, m[0].length));
      if (clause) out.push(clause);
    }
  }
  return out;
}

/**
 * A part of the plan that lists who does what: its title says so (三、工作职责, 二、职责分工, 领导小组职责), and
 * is not a meeting's arrangements (三、会务分工).
 */
const DUTY_SECTION = /职责|分工/;
const MEETING_SECTION = /会务|会议|参会/;
const isDutySection = (it: Item): boolean => {
  const title = titleOf(it);
  return DUTY_SECTION.test(title) && !MEETING_SECTION.test(title);
};

/**
 * In such a part, a heading that is a unit's name, set apart by a colon or full stop from its duty:
 * （一）区发展改革委：负责公园绿地等建设项目的审批…, 1.街道消委办。牵头开展…, （五）各县（市、区）人民政府：负责…. The unit's name is its title; the
 * names inside its duty (协助居委…) are not its units.
 */
const UNIT_HEADING = /^((?:[^\s：:。，,；;（(]|[（(][^（()）：:。，,；;]{1,8}[）)]){2,24})[：:。]/;
/** What a unit's line of a contact list holds after its name: 负责人刘志强，联络员…, 联系电话…, 主要负责同志. */
const CONTACT_LINE = /^[ \u3000]*(?:[\u4e00-\u9fa5]{0,4}(?:负责人|负责同志|联系人|联络员|电话|手机|邮箱))/;
/** A heading that opens with a verb names a measure, not a unit (成立工作领导小组。负责统筹…). */
const MEASURE_OPENING = /^(?:成立|设立|建立|组建|健全|完善|加强|强化)/;

/** A duty that opens by leading the work: 负责牵头制定…, 牵头开展… (not 牵头单位, a label's word). */
const LEADING_DUTY = /^[ \u3000]*(?:负责)?牵头(?!单位|部门|领导)/;

/** A duty's opening verb: 负责… (not 负责人, 负责同志), 牵头开展…. */
const DUTY_OPENING = /^[ \u3000]*(?:负责(?!人|同志)|牵头|承担|配合|协助|做好|指导|组织|统筹|督促|会同)/;

/** A heading that is a unit's name alone on its line, its duty in the paragraphs below ((一)区建管委 / 牵头协调…). */
function unitAloneHeading(it: Item): DutyLine | null {
  const duty = it.body[0];
  const clause = duty ? unitNameHeading(it) : null;
  if (!clause) return null;
  const rest = trimTwin(duty!.span);
  return { clause, duty: DUTY_OPENING.test(rest.n), rest };
}

/** The units of a heading that is units' names alone (三、儋州市政府, (一)区建管委), else null. */
function unitNameHeading(it: Item): ClauseResult | null {
  const heading = trimTwin(it.heading.span);
  if (heading.n.length > UNIT_NAME_MAX || /[\s：:。，,；;]/.test(heading.n) || MEASURE_OPENING.test(heading.n)) return null;
  // a label's word (牵头单位), a part of society (社会, 学校: two characters name no unit here) or a unit's duties
  // (县发展和改革局职责) heads no unit's point
  if (heading.n.length < 3 || labelAtStart(heading.n) || /职责$/.test(heading.n) || !heading.n.split('、').every((n) => hasUnitSuffix(n) || isCatchAll(n) || isRegionCollective(n))) return null;
  return namesOnlyClause(heading);
}

/**
 * Points whose headings are governments' or departments' names alone, two or more of them and most of their siblings,
 * each holding the work of its unit below it (三、儋州市政府 / (一)重点项目… / 四、文昌市政府 / …): each heading is its
 * point's clause (the innermost point open where it stands), wherever the part stands. One such heading alone may be a
 * body's name in a list of anything, and a body the work is done at (（一）社区居委会, 1.市第二人民医院: the places an
 * inspection visited) is no unit of it.
 */
function unitHeadingRuns(items: readonly Item[]): Map<Item, ClauseResult> {
  const bySiblings = new Map<Item | null, Item[]>();
  for (const it of items) if (it.table === undefined) pushTo(bySiblings, it.parent ?? null, it);
  const out = new Map<Item, ClauseResult>();
  for (const siblings of bySiblings.values()) {
    const named = siblings.flatMap((it) => {
      const clause = it.children.length ? unitNameHeading(it) : null;
      return clause && clause.units.every((u) => GOVERNING_BODY_RE.test(u.name) && !RESIDENTS_COMMITTEE_RE.test(u.name)) ? [{ it, clause }] : [];
    });
    if (named.length < 2 || named.length * 2 < siblings.length) continue;
    for (const { it, clause } of named) out.set(it, clause);
  }
  return out;
}

/** The longest name a unit's heading holds. */
const UNIT_NAME_MAX = 24;

/** A line that is a unit's name and its duty (区发展改革委：负责…): its units, and whether the duty opens with a duty verb. */
interface DutyLine {
  clause: ClauseResult;
  duty: boolean;
  /** The duty after the name and its colon. */
  rest: TwinText;
}

function unitDutyLine(text: TwinText, colonOnly = false): DutyLine | null {
  const m = (colonOnly ? UNIT_COLON_HEADING : UNIT_HEADING).exec(text.n);
  if (!m || MEASURE_OPENING.test(m[1]!)) return null;
  const rest = sliceTwin(text, m[0].length);
  if (CONTACT_LINE.test(rest.n)) return null;
  const clause = namesOnlyClause(sliceTwin(text, 0, m[1]!.length));
  if (!clause) return null;
  // outside a duty part, a duty that names 负责 anywhere in its first sentence counts (严格…标准的落实，负责…)
  return { clause, duty: DUTY_OPENING.test(rest.n) || (colonOnly && /负责(?!人|同志)/.test(rest.n.split(/[。；;]/, 1)[0]!)), rest };
}

/** A unit's name set apart from its duty by a colon only (市财政局：负责…). */
const UNIT_COLON_HEADING = /^((?:[^\s：:。，,；;（(]|[（(][^（()）：:。，,；;]{1,8}[）)]){2,24})[：:]/;

/**
 * The units of the body of a part that lists who does what (isDutySection), when two or more of its lines or sentences name them: lines
 * of a unit's name and its duty verb (发改部门：负责…), or sentences whose subject is units and a duty verb
 * (区消防救援局负责协调…。区财政局、区发改委负责落实项目所需经费。).
 */
function dutyParagraphClauses(it: Item): ClauseResult[] {
  if (it.children.length) return [];
  // the text after the title on the heading's line too: （二）部门工作职责。市交通运输部门负责…；市公安交管部门负责…
  const texts = [textAfterTitle(it), ...it.body.map((p) => trimTwin(p.span))].filter((text) => text.n);
  const lines = texts.map((text) => unitDutyLine(text));
  // where two or more lines open with a duty verb, a unit's line whose duty opens otherwise is one of the list
  // (市自然资源局：按照…方案，由市自然资源局及各区、县（市）政府负责…), with the units its 由 part hands the work to
  const listed = lines.filter((line) => line?.duty).length >= 2;
  const out: ClauseResult[] = [];
  texts.forEach((text, k) => {
    const line = lines[k];
    if (!line) out.push(...dutySentenceClauses(text));
    else if (line.duty) out.push(leading(line));
    else if (listed) out.push(line.clause, ...laterDutyParts(line.rest).flatMap((part) => subjectClause(part) ?? []));
  });
  return out.length >= 2 ? out : [];
}

/**
 * A unit's line among others in one task, its units marked as the lead where its duty opens by leading the work
 * (市房产局：负责牵头制定工作方案…, 牵头开展…). A point of its own for each unit (（一）区建管委 / 牵头协调…) has no other
 * unit to lead: the corpus's annotators mark none there.
 */
function leading(line: DutyLine): ClauseResult {
  if (LEADING_DUTY.test(line.rest.n)) for (const u of line.clause.units) u.role = 'lead';
  return line.clause;
}

/** The comma parts after a sentence's first that open with names and a duty verb (…，市、区公安交管部门负责…). */
function laterDutyParts(sentence: TwinText): TwinText[] {
  return splitTopLevel(sentence, '，,').slice(1).map((c) => trimTwin(c.part)).filter((c) => DUTY_SENTENCE.test(c.n));
}

/**
 * The units of a text's duty sentences, and of each comma part of one that names other units and their duty (市公安交管部门负责…核发，
 * 市、区公安交管部门负责…); a sentence that opens otherwise (…设在区统计局，由区统计局牵头…) is running text.
 */
function dutySentenceClauses(text: TwinText, departmentLists = false): ClauseResult[] {
  const out: ClauseResult[] = [];
  for (const { part } of splitTopLevel(text, '。；;')) {
    const sentence = trimTwin(part);
    // 市发展改革、财政、规划等相关部门（单位）应当…负责…: departments named by their field, closed by 等部门 (after a unit's
    // own duty; in a part on the division of work such a sentence may only ask them to supply what another unit needs)
    const departments = departmentLists ? OPENING_DUTY_SUBJECT.exec(sentence.n) : null;
    const listed = departments && departmentListClause(sliceTwin(sentence, 0, departments[0].length));
    if (listed) out.push(listed);
    if (listed) continue;
    if (!DUTY_SENTENCE.test(sentence.n)) {
      // 市发展改革委、国资委…等其他行业部门根据“三管三必须”要求，按照有关责任分工，负责督促…: units, the rule they go by, their duty
      const ruled = unitsBeforeRule(sentence);
      if (ruled) out.push(ruled);
      continue;
    }
    for (const duty of [sentence, ...laterDutyParts(sentence)]) {
      const clause = subjectClause(duty);
      if (clause) out.push(clause);
    }
  }
  return out;
}

/** Names, then the rule they go by before their duty (根据…要求，按照…分工，负责…). */
const SUBJECT_BEFORE_RULE = /^([^，,：:；;]{2,400}?)(?:根据|按照|依据|依照)[^。；;]*?[，,]?负责(?!人|同志)/;

/** The units of a sentence whose subject is names only, followed by the rule they go by and then 负责. */
function unitsBeforeRule(sentence: TwinText): ClauseResult | null {
  const m = SUBJECT_BEFORE_RULE.exec(sentence.n);
  return m ? namesOnlyClause(sliceTwin(sentence, 0, m[1]!.length)) : null;
}

/** A sentence that opens with names and a duty verb (区财政局、区发改委负责…), not with a topic (该项目…, 对…). */
const DUTY_SENTENCE = /^[^，,：:]{2,40}?(?:负责|牵头)/;

/**
 * The parts that list who does what: titled so (isDutySection), with three or more items, at least half of them a unit's
 * name and its duty and one of those opening with a duty verb ((一)区发展改革委：负责… / (二)区规划资源局：明确绿线控制范围…).
 * In such a list a unit's heading is a task whatever verb its duty opens with; elsewhere only with a duty verb.
 */
function dutyLists(items: readonly Item[], dutyHeadings: ByItem<DutyLine | null | undefined>): Set<Item> {
  const tally = new Map<Item, { items: number; units: number; duty: boolean }>();
  for (const it of items) {
    const line = dutyHeadings.get(it);
    if (line === undefined) continue;
    const t = tally.get(it.parent!) ?? { items: 0, units: 0, duty: false };
    tally.set(it.parent!, { items: t.items + 1, units: t.units + (line ? 1 : 0), duty: t.duty || Boolean(line?.duty) });
  }
  return new Set([...tally].filter(([, t]) => t.units >= 3 && t.units * 2 >= t.items && t.duty).map(([parent]) => parent));
}

/**
 * Outside a part titled as duties (its title lost, or never written), points that are each a unit's name, a colon and
 * its duty (2.市发展改革委：负责… / 3.市城建委：严格…，负责…): at least three siblings, nearly all of them so, at least
 * half opening with a duty verb or naming 负责 in their duty. The clause of each such point.
 */
function unitDutyRuns(items: readonly Item[], dutyParts: ReadonlySet<Item>): Map<Item, ClauseResult> {
  const groups = new Map<Item | null, Item[]>();
  for (const it of items) {
    if (it.parent && dutyParts.has(it.parent)) continue;
    const key = it.parent ?? null;
    const group = groups.get(key);
    if (group) group.push(it);
    else groups.set(key, [it]);
  }
  const out = new Map<Item, ClauseResult>();
  for (const siblings of groups.values()) {
    if (siblings.length < 3) continue;
    const lines = siblings.map((it) => (it.children.length ? null : unitDutyLine(trimTwin(it.heading.span), true)));
    const named = lines.filter((l) => l !== null);
    if (named.length < 3 || named.length < siblings.length * 0.8 || named.filter((l) => l.duty).length * 2 < named.length) continue;
    siblings.forEach((it, k) => {
      const line = lines[k];
      if (line) out.set(it, line.clause);
    });
  }
  return out;
}

/** A heading naming the units whose work the part holds: 省监察委员会牵头的工作, 市发改委负责的任务. */
const GROUP_HEADING = /^[^，,；;。：:\s]{2,40}?(?:牵头负责|牵头|负责)(?=的(?:工作|任务|事项|重点工作|重点任务)(?:$|[\s\u3000，,；;。：:]))/;

/** The units of a heading that names whose work the part holds (省审计厅牵头的工作 → 省审计厅, leading), else null. */
function groupHeadingClause(it: Item): ClauseResult | null {
  const heading = trimTwin(it.heading.span);
  const m = GROUP_HEADING.exec(heading.n);
  return m ? subjectClause(sliceTwin(heading, 0, m[0].length)) : null;
}

/** A short title closed by a colon before the item's text: 综合协调组：, 运输保障组：. */
const TITLE_COLON = /^[^，,。；;：:（(]{2,12}[：:]/;

/**
 * An item's title sentence, and the text that may open with its units after it: the rest of the heading line
 * when it opens with a clause 由…负责， or 由…牵头， set apart by its comma (（二）编制改造方案。由县住建局负责，按照…),
 * else the first body paragraph (a covering notice's 三、加强督导。市发展改革委负责… and 1.加强会商研判。由市应急管理局
 * 会同…开展滚动会商 describe duties).
 */
function openingText(it: Item): { title: TwinText; first: TwinText | null; inBody: boolean } {
  const whole = trimTwin(it.heading.span);
  // a short title closed by a colon (综合协调组：由市交通运输局牵头，…), or else the first sentence
  const colon = TITLE_COLON.exec(whole.n);
  const title = colon ? sliceTwin(whole, 0, colon[0].length - 1) : firstSentence(whole);
  const after = trimTwin(sliceTwin(whole, Math.min(whole.n.length, title.n.length + 1)));
  if (LEADING_CLAUSE.test(after.n)) return { title, first: after, inBody: false };
  return { title, first: it.body[0] ? trimTwin(it.body[0].span) : null, inBody: true };
}

/**
 * The units opening the item's heading, or else its first paragraph (1. 项目名称 / 由X副市长负责，市发改委牵头，…). A text
 * that opens with a unit's duty goes on with the others' (小组负责…，办公室负责…。 / 市经济和信息化局负责…): the units of
 * its later duty sentences are the item's too.
 */
function openingSubject(it: Item): ClauseResult | null {
  const { title, first, inBody } = openingText(it);
  const heading = sentenceSubject(title) ?? dutyAfterTitle(it);
  // in a body paragraph, a part after a comma is running text (…设在区统计局，由区统计局牵头负责…)
  // (work reported done after the units' roles, as a summary writes it, hands nothing over: 由县政府办牵头、县大数据服务中心
  // 配合，完成了…)
  const reported = first !== null && DONE_AFTER_ROLES.test(first.n);
  const opening = heading ?? (first && !reported ? (subjectClause(firstSentence(first)) ?? (inBody ? jointSubjectClause(firstSentence(first)) : null)) : null);
  if (!opening || !(heading || inBody)) return opening;
  it.body.forEach((p, k) => {
    const text = trimTwin(p.span);
    if (k > 0 || heading) {
      for (const c of dutySentenceClauses(text, true)) mergeClause(opening, c);
      return;
    }
    // the sentence the opening came from is read once: its later comma parts (…，办公室负责…), then the paragraph after it
    const sentence = firstSentence(text);
    // (a part the opening read already, as 由X负责，Y牵头，Z配合 is read whole, adds nothing)
    for (const part of laterDutyParts(sentence)) {
      const clause = subjectClause(part);
      if (clause?.units.some((u) => !opening.units.some((o) => o.name === u.name))) mergeClause(opening, clause);
    }
    for (const c of dutySentenceClauses(trimTwin(sliceTwin(text, Math.min(text.n.length, sentence.n.length + 1))), true)) mergeClause(opening, c);
  });
  return opening;
}

/**
 * The units of a duty sentence that opens the heading's text after its title, a unit and 负责 or 牵头 within its first
 * clause ((一)加强资金保障。区财政局负责将…经费纳入年度预算): read as a title and its body on one line.
 */
function dutyAfterTitle(it: Item): ClauseResult | null {
  const after = textAfterTitle(it);
  // a stage of the schedule (2.组织实施阶段（2023年4月至11月）。市数据资源局负责…) says who works in it, not a task
  if (!after.n || STAGE_TITLE.test(titleOf(it))) return null;
  const sentence = firstSentence(after);
  const clause = splitTopLevel(sentence, '，,')[0]?.part;
  const duty = clause && DUTY_AFTER_TITLE.test(clause.n) ? subjectClause(sentence) : jointSubjectClause(sentence);
  // and the units of each later comma part with a duty of its own (…，县市场监管局负责依法查处违规收费行为)
  if (duty) for (const part of laterDutyParts(sentence)) {
    const more = subjectClause(part);
    if (more) mergeClause(duty, more);
  }
  return duty;
}

/**
 * A duty handed to units: names, then 负责 (not 牵头, which also opens names: 各牵头部门要…), the work not done already
 * (…了). Not 由…负责: after a title that is read as a clause by openingText, and in minutes by decidedByClauses.
 */
const DUTY_AFTER_TITLE = /^(?!由)[^，,：:了]{2,40}?负责(?!同志|人)[^了]*$/;
/** A title naming a stage of the work, its period after it: 准备阶段（2023年8月）, 集中整治阶段. */
const STAGE_TITLE = /阶段(?:[（(][^（）()]*[）)])?$/;

/** The units of a clause 由…负责， opening the item's text after its title (2.企业开办“找谁办”？由区市场监管局会同…负责，设立…), else null. */
function openingByClause(it: Item): ClauseResult | null {
  const { first } = openingText(it);
  return first && first.n.startsWith('由') && LEADING_CLAUSE.test(first.n) ? subjectClause(firstSentence(first)) : null;
}

/**
 * The units of a heading sentence's subject, at its start or after a comma and 由:
 * （二）关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实.
 */
function sentenceSubject(sentence: TwinText): ClauseResult | null {
  const whole = subjectClause(sentence);
  if (whole) return whole;
  // only after a topic (关于…的问题，由…): 本通知自印发之日起施行，由X负责解释 names no task
  const at = BY_AFTER_COMMA.exec(sentence.n);
  return at ? subjectClause(sliceTwin(sentence, at[0].length)) : null;
}

/** A topic (关于…) and 由 opening the last part of the sentence: 关于…的问题，由X会同Y负责. */
const BY_AFTER_COMMA = /^(?:关于|对于).*[，,](?=由[^，,]{2,}$)/;

/** Verbs that may close a sentence made of units only: X会同Y负责。, X牵头，Y、Z配合。 */
const CLOSING_VERB = compiledPattern(`(负责(?:指导)?|牵头|落实|组织实施|具体实施|(?:配合|协助|参与)实施|配合|协办|协助|参与|(?:牵头|负责|配合)办理|${alternation(ROLE_AS_KIND.map(([w]) => w))})$`);
/** A closing sentence that ends in a cooperating role is role clauses throughout: X牵头，Y、Z配合 or 参与 (not 社区居委会负责组织发动，居民积极配合). */
const COOPERATING_END = /(配合|协办|协助|参与)(?:实施|落实|单位|部门)?$/;
const COOPERATING_WORK_END = /(?:配合|协助|参与)(?:实施|落实)$/;

/**
 * The item's last sentence when it is only names and a closing verb (…会同有关部门负责), else null. The last item of
 * its part may have taken the notice's closing paragraphs (各地每日16时前将…报市禁烧办。): there, the last paragraph
 * that closes so is read.
 */
function closingSentence(it: Item, lastOfPart: boolean): { sentence: TwinText; deadline: string | null } | null {
  for (const p of closingParagraphs(it, lastOfPart)) {
    const found = paragraphClosing(it, p.span);
    if (found) return found;
  }
  return null;
}

/**
 * The paragraphs where an item's closing sentence may stand, last first: its last paragraph; for the last item of its
 * part, which may have taken the notice's own closing paragraphs, each paragraph back to its heading.
 */
function closingParagraphs(it: Item, lastOfPart: boolean): Paragraph[] {
  const paragraphs = [it.heading, ...it.body].reverse();
  return lastOfPart ? paragraphs : paragraphs.slice(0, 1);
}

/** A paragraph's last sentence when it is only names and a closing verb, else null. */
function paragraphClosing(it: Item, last: TwinText): { sentence: TwinText; deadline: string | null } | null {
  const text = trimTwin(last);
  let body = withoutEndMarks(text.n);
  // a time limit after the units: …，市财政局配合，2024年底前完成
  let deadline: string | null = null;
  const tail = LAST_PART.exec(body);
  if (tail && isTimePhrase(tail[1]!) && CLOSING_VERB.test(body.slice(0, tail.index))) {
    deadline = text.r.slice(tail.index + 1, body.length).replace(/(?<=前|底|内|末)完成$/, '');
    body = body.slice(0, tail.index);
  }
  // a leader after the units, and what the leader does: …，市财政局配合，分管副市长孙立平负责统筹调度
  const leaderTail = LAST_PART.exec(body);
  if (leaderTail && LEADER_OPENING.test(leaderTail[1]!) && CLOSING_VERB.test(body.slice(0, leaderTail.index))) body = body.slice(0, leaderTail.index);
  if (!CLOSING_VERB.test(body)) return null;
  let start = lastSentenceStart(body);
  // the sentence's last parts hand the work to units, with their roles: …全年供地不少于3000亩，由自然资源分局负责，规划建设局配合
  const byRun = byRoleRunStart(body, start);
  if (COOPERATING_END.test(body) && byRun < 0 && !roleClausesThroughout(body)) return null;
  // 配合实施 and the like close a run of role parts after a leading or responsible one (X牵头，Y配合实施), never a sentence
  // alone (引导农户积极参与，鼓励社会组织参与实施)
  if (COOPERATING_WORK_END.test(body) && !/(?:牵头|负责)[，,]/.test(body.slice(start))) return null;
  // the sentence's last part hands the work to units: …开展学习宣传活动，由市教育局会同团市委负责
  const byPart = LAST_BY_PART.exec(body.slice(start));
  if (byRun >= 0) start = byRun;
  else if (byPart) start += byPart.index + 1;
  else if (!subjectClause(sliceTwin(text, start, body.length))) {
    // or its last part is only the units and their verb: …200场次以上，县文化和旅游局、县融媒体中心按职责分工负责
    // (the whole sentence may be: X牵头，Y按职责分工负责; X、Y，Z按职责分工负责)
    const part = LAST_PART.exec(body.slice(start));
    if (part && subjectClause(sliceTwin(text, start + part.index + 1, body.length))) start += part.index + 1;
  }
  // the whole heading is no closing sentence: 五、市交通运输局负责… is read above, in a notice without clauses
  if (start === 0 && last === it.heading.span) return null;
  return { sentence: sliceTwin(text, start, body.length), deadline };
}

/**
 * Where the sentence from `from` ends in comma parts that are all role clauses, the first of them opening
 * with 由 after a comma (…，由自然资源分局负责，规划建设局配合), or naming its units before its role word in a
 * run of two parts or more (…，县水利局牵头，各乡镇配合): its start; else -1.
 */
function byRoleRunStart(body: string, from: number): number {
  let end = body.length;
  let found = -1;
  for (let comma = lastComma(body, end); comma >= from; comma = lastComma(body, comma)) {
    const part = body.slice(comma + 1, end).trim();
    if (!CLAUSE_ROLE_END_RE.test(part)) break;
    const last = end === body.length;
    if (part.startsWith('由')) return last ? -1 : comma + 1;
    // or a run of two role parts or more whose first names its units: …，县农业农村局牵头，县卫健局、财政局配合，各乡镇负责具体实施
    if (!last && subjectClause(span(part))) found = comma + 1;
    end = comma;
  }
  return found;
}

/** The last comma before `end` (-1: none). */
const lastComma = (s: string, end: number): number => Math.max(s.lastIndexOf('，', end - 1), s.lastIndexOf(',', end - 1));

/** A last comma part that opens with 由 (…，由X会同Y负责): the units the sentence hands its work to. */
const LAST_BY_PART = /[，,](?=由[^，,；;。]+$)/;

/** The last comma-separated part of a sentence. */
const LAST_PART = /[，,]([^，,]+)$/;

/** A paragraph's text without the full stops and spaces at its end. */
const withoutEndMarks = (n: string): string => n.replace(/[。；;.\s]+$/, '');

/** Where the last sentence of a text starts: just after its last sentence end (。；！？), or 0. */
function lastSentenceStart(body: string): number {
  let start = body.length;
  while (start > 0 && !'。；;！？'.includes(body[start - 1]!)) start--;
  return start;
}

/**
 * A title that runs on into the clause naming its units after a comma
 * (关于“严守耕地保护红线”的问题，由国土资源部会同农业部等部门负责落实) ends before it.
 */
export function titleWithoutSubject(title: string, clause: ClauseResult, head: { text: string; norm: string } = { text: '', norm: '' }): string {
  // the grammar's words are matched in the heading's normalised text (a Traditional copy's 負責 is 负责 there), the
  // title cut from its own text at the same place
  const heading = head.text;
  const norm = heading.startsWith(title) ? head.norm.slice(0, title.length) : title;
  // 2.市水务局、环保局、林业局负责。实施河流综合整治工程…: the heading's first sentence is the clause alone, and the title
  // is the sentence after it
  const alone = CLAUSE_SENTENCE.exec(norm);
  if (alone && clauseOfNames(clause, groupAsWritten(title, alone)) && heading.startsWith(title)) {
    const next = heading.slice(title.length).replace(/^[。；;\s]+/, '').split(/[。！？；;]/, 1)[0]!.trim();
    if (next.length >= 2) return next;
  }
  // 由X负责，按照汇报意见…: the clause opens the title, which is what follows it
  const opening = LEADING_CLAUSE.exec(norm);
  if (opening && opening[0].length < title.length && clauseOfNames(clause, groupAsWritten(title, opening))) return title.slice(opening[0].length);
  for (const raw of clause.raw) {
    const at = title.indexOf(`由${raw}`);
    if (at > 1 && '，,'.includes(title.charAt(at - 1))) return title.slice(0, at - 1);
    // the units and their roles closing the title: …建设污水处理设施，市生态环境局新化分局牵头，县住建局配合
    const own = title.indexOf(raw);
    if (own > 1 && '，,'.includes(title.charAt(own - 1)) && norm.slice(own).split(/[，,]/).every((part) => CLAUSE_ROLE_END_RE.test(part))) return title.slice(0, own - 1);
  }
  return title;
}

/** A match's first group in the text as written, its match made at the start of the normalised text (place for place). */
function groupAsWritten(written: string, m: RegExpExecArray): string {
  const at = m.index + m[0].indexOf(m[1]!);
  return written.slice(at, at + m[1]!.length);
}

/** Whether the clause was read from these names (or names within them): the words before a role verb are its units. */
const clauseOfNames = (clause: ClauseResult, names: string): boolean => clause.raw.some((raw) => raw.includes(names) || names.includes(raw));

/** A sentence that is only the units and their roles: 市水务局、环保局、林业局负责, 由县住建局牵头, 市工信局牵头，市发改委、环保局配合. */
const CLAUSE_SENTENCE = /^由?([^，,；;。]+?)(?:牵头负责|负责|牵头)(?:[，,][^，,；;。]{2,40}?(?:配合|参与|协助|协办))*$/;
/** A clause opening a title: 由 (or not) + the units + their verb + a comma, semicolon or 、 (由办公室、省财政研究和教育中心负责，…, 由县住建局牵头、县财政局配合，…, 区发改局牵头,区工信局配合,各乡镇(区)负责,…), with the role parts after it (县应急局配合，). */
const LEADING_CLAUSE = /^由?([^，,；;。]+?)(?:负责|牵头负责|牵头)[，,；;、](?:[^，,；;。]{2,40}?(?:配合|参与|协助|协办|负责实施|具体实施|负责|具体落实)[，,；;])*/;

/** A paragraph, or a paragraph's last sentence, that hands what is above to units: 上述项目由区商务委牵头负责。, …。以上工作由市发改委负责。 */
const SUMMARY_BY = /^(?:上述|以上)(?:各项|所列)?(?:项目|工作|任务|事项|措施)?(?:均|统一)?(?=由)/;

function summaryClauses(it: Item): ClauseResult[] {
  const out: ClauseResult[] = [];
  for (const p of it.body) {
    const whole = trimTwin(p.span);
    const text = trimTwin(sliceTwin(whole, lastSentenceStart(withoutEndMarks(whole.n))));
    const body = withoutEndMarks(text.n);
    const prefix = SUMMARY_BY.exec(body);
    if (!prefix || !CLOSING_VERB.test(body) || /[。；;]/.test(body)) continue;
    const clause = subjectClause(sliceTwin(text, prefix[0].length, body.length));
    if (clause) out.push(clause);
  }
  return out;
}

/** Every comma part of the sentence's last clause ends in a role word: 由X牵头，Y、Z配合. */
function roleClausesThroughout(body: string): boolean {
  return body
    .slice(lastSentenceStart(body))
    .split(/[，,]/)
    .every((part) => CLAUSE_ROLE_END_RE.test(part.trim()));
}
