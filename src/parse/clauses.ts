/**
 * Unit clauses: labelled lines (责任单位：…, 牵头单位：…, 完成时限：…) and inline
 * parentheticals ending a task paragraph (（市发改委牵头，市科技局配合）).
 */
import type { Role, Unit } from '../model/notice.js';
import { type TwinText, sliceTwin, splitTopLevel, trimTwin } from './twin.js';
import { hasUnitSuffix, isCatchAll, isRegionCollective, leadByMark, levelPrefix, mergeUnits, parseUnitList, type UnitListResult } from './unit-list.js';
import { isDepartmentStem, isNamedPlace, isNamedTownship, LISTED_COLLECTIVES } from './lexicon/units.js';
import { allMatches, alternation, compiledPattern } from './lexicon/regex.js';
import { clauseBracketCode } from './lexicon/brackets.js';
import { ANY_BRACKET_LABEL, ANY_LABEL, PERSON_TITLES, ROLE_ONLY_LABELS, UNIT_LABEL, FIELD_LABEL_EXACT, LEADER_VERB_END, UNIT_LABEL_TOPIC_START, OVERSIGHT_LABEL_START, PERSON_LABEL_END, PERSON_TITLE_END, TIME_LABEL_EXACT, TRAILING_PERSON, UNIT_LABEL_WITH_PERSON } from './lexicon/labels.js';
import { CLAUSE_ROLE_END_RE, LEAD_BY_ORDER_NOTE, LEAD_MARK_NOTE, ROLE_MANNERS, roleOfLabel } from './lexicon/roles.js';
import { foldWidth } from './chars.js';

export type LabelKind = 'unit' | 'deadline' | 'person' | 'other';

export interface Label {
  kind: LabelKind;
  role: Role;
  /** The label as written, e.g. 牵头单位. */
  text: string;
}

export interface ClauseResult {
  units: Unit[];
  openEnded: boolean;
  deadlines: string[];
  leaders: string[];
  /** Unit clause texts as written. */
  raw: string[];
  /** Notes with the clause that name no unit (下同, 不再单列 …). */
  notes: string[];
}

export function emptyClause(): ClauseResult {
  return { units: [], openEnded: false, deadlines: [], leaders: [], raw: [], notes: [] };
}

export function mergeClause(into: ClauseResult, more: ClauseResult): void {
  mergeUnits(into.units, more.units);
  into.openEnded ||= more.openEnded;
  for (const d of more.deadlines) if (!into.deadlines.includes(d)) into.deadlines.push(d);
  into.leaders.push(...more.leaders);
  into.raw.push(...more.raw);
  for (const n of more.notes) if (!into.notes.includes(n)) into.notes.push(n);
}

/** Any label followed by a colon; the longest alternative wins. */
export const LABEL_RE = compiledPattern(`[【\\[〔]?(${ANY_LABEL})[】\\]〕]?[ \\t]*[：:]`);
/** A role word alone as a label opening a unit cell: 牵头：市应急局 配合：…. */
const ROLE_ONLY_START = compiledPattern(`^(?:${alternation(ROLE_ONLY_LABELS)})[ \\t]*[：:]`);
/** A label inside a bracketed clause, where a role word alone is one too ([牵头:X;配合:Y]). */
const BRACKET_LABEL_RE = compiledPattern(`[【\\[〔]?(${ANY_BRACKET_LABEL})[】\\]〕]?[ \\t]*[：:]`);
/**
 * A label at the start of a segment, colon or (for unit labels) whitespace after it, or alone on its line (责任主体 /
 * 区应急管理局…), or closed by its own bracket with the names right after it (【责任主体】县教育体育局…).
 */
const LABEL_START_RE = compiledPattern(`^[（(]?(?:[【〔](${ANY_LABEL})[】〕](?![ \\t]*[：:])|[【\\[〔]?(${ANY_LABEL})[】\\]〕]?(?:[ \\t]*[：:]|[ \\t]+(?=[\\u4e00-\\u9fa5])|[ \\t]*$))`);

export function classifyLabel(word: string): Label {
  if (TIME_LABEL_EXACT.test(word)) return { kind: 'deadline', role: 'responsible', text: word };
  if (PERSON_LABEL_END.test(word) && !UNIT_LABEL_WITH_PERSON.test(word)) return { kind: 'person', role: 'responsible', text: word };
  if (OVERSIGHT_LABEL_START.test(word) || FIELD_LABEL_EXACT.test(word)) return { kind: 'other', role: 'responsible', text: word };
  // the role word follows the topic: 项目牵头单位 leads
  return { kind: 'unit', role: roleOfLabel(word.replace(UNIT_LABEL_TOPIC_START, '')), text: word };
}

/** A unit label that lost its colon, its first name right after it: 责任单位市政府办、市发改… */
const GLUED_UNIT_LABEL_RE = compiledPattern(`^(${UNIT_LABEL})(?=[省市县区州旗盟各])`);

/** Words of a sentence, never inside a unit's name: 市教育局要主动对接…, 各县区要及时报告…. */
const SENTENCE_VERB = /要|须|应当|将|把|对接|及时|报告|报送|做好|加强|确保|共同/;

/** The glued label when the name after it reads as a unit's (责任单位市政府办、…, not 责任单位要…). */
function gluedUnitLabel(norm: string): RegExpExecArray | null {
  const m = GLUED_UNIT_LABEL_RE.exec(norm);
  if (!m) return null;
  // the rest of the line is a list of names, nearly all reading as units' (牵头单位市教育局要主动对接… is a sentence)
  const names = norm.slice(m[0].length).replace(/[。；;\s]+$/, '').split(/[、，,]/);
  if (names.some((n) => n.length < 2 || n.length > 24 || SENTENCE_VERB.test(n.slice(1, -1)))) return null;
  return names.filter((n) => hasUnitSuffix(n) || isCatchAll(n)).length >= names.length * 0.75 ? m : null;
}

/** The label that opens a segment, if any, and where its content starts. */
export function labelAtStart(norm: string): { label: Label; contentStart: number } | null {
  const m = LABEL_START_RE.exec(norm) ?? gluedUnitLabel(norm);
  if (!m) return null;
  // one of groups 1 and 2 (the label, bracketed or not) is always there
  return { label: classifyLabel((m[1] ?? m[2])!), contentStart: m[0].length };
}


const TIME_PHRASE =
  /(\d{4}|[〇零一二三四五六七八九]{4})[ \t]*年|年底|年内|年末|月底|月末|月内|季度|上半年|下半年|长期|持续|常态化|每年|每季度|每月|定期|逐年|前完成|底前|之前|以前|起实施|期间/;

/** A clause that opens with a date or a time limit: 6月30日前出台…, 2024年底前建成…, 年内完成…. */
const TIME_LED = /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前|以前)|^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年)?(?:年底|年内|上半年|下半年|年末)(?:前)?/;

export function isTimePhrase(s: string): boolean {
  return TIME_PHRASE.test(s) && !hasUnitSuffix(s.replace(/(完成|前|底|内)+$/, ''));
}

/** A deadline as written, without the punctuation around it. */
function cleanDeadline(s: string): string {
  return s
    .trim()
    .replace(/^[（(]|[）)]$/g, '')
    .replace(/[。；;，,.]+$/, '')
    .trim();
}

/** A time phrase inside a parenthetical loses its verb: （2019年6月底前完成） → 2019年6月底前. */
function phraseDeadline(s: string): string {
  return cleanDeadline(s)
    .replace(/(?<=前|底|内|末|止)(完成|完成任务|落实到位|到位|办结)$/, '')
    .trim();
}

/** What opens a sentence telling units what they must do (要…, 应当…, 须…): no unit's name starts so (应急管理局 and 要素市场 do not count). */
const MODAL_OPENING = /^(?:要(?!素)|应当|应(?![急用])|须|必须|需要|务必)/;

/** Parses a labelled clause body (`省科技厅、经信委` after `责任单位：`). */
export function parseLabelled(label: Label, content: TwinText): ClauseResult {
  const res = emptyClause();
  const text = trimTwin(content);
  if (!text.n) return res;
  if (label.kind === 'deadline') {
    res.deadlines.push(cleanDeadline(text.r));
  } else if (label.kind === 'person') {
    res.leaders.push(text.r.trim());
  } else if (label.kind === 'unit') {
    // 责任单位：要对照问题清单逐项建立台账…: a sentence addressed to the units, not their names
    if (MODAL_OPENING.test(text.n)) return res;
    // 牵头单位及负责人：市交通运输局　局长　陈志刚: the person answering for the unit is a leader, never part of its name
    const person = TRAILING_PERSON.exec(text.n);
    if (person) res.leaders.push(text.r.slice(person.index).trim());
    const end = person ? person.index : listEndBeforeSentence(text.n);
    const { list, deadlines, notes } = splitUnitClause(sliceTwin(text, 0, end));
    // (the sentence after the names is a note, as one after their full stop is)
    if (!person) notes.push(...splitTopLevel(sliceTwin(text, end, text.n.length), '。').map(({ part }) => part.r.trim()).filter(Boolean));
    const units = parseUnitList(list, label.role);
    for (const u of units.units) cutDuty(u);
    // 责任单位（标*的为牵头单位）: the label (or a table's header) says what a mark means
    const mark = LEAD_MARK_NOTE.exec(foldWidth(label.text))?.[1];
    if (mark) leadByMark(units.units, [list.r], mark);
    // 责任单位（排在第一位的为牵头单位）: the first leads
    const first = units.units[0];
    if (first && LEAD_BY_ORDER_NOTE.test(foldWidth(label.text)) && !units.units.some((u) => u.role === 'lead')) first.role = 'lead';
    mergeUnits(res.units, units.units);
    res.openEnded = units.openEnded;
    res.deadlines.push(...deadlines);
    res.notes.push(...notes);
    res.raw.push(list.r.replace(/[。；;，,]+$/, '').trim());
  } else if (RECTIFICATION_MEASURES_LABEL.test(label.text)) {
    for (const clause of measuresHandedBy(text)) mergeClause(res, clause);
  }
  return res;
}

/**
 * Where a unit label's names end when a sentence follows them after a space (a page run onto one line: 责任单位:各片区管理局、
 * 区农业农村局 各片区、相关单位要提高…认识，…): at that space, the sentence's subject and its 要 (应当, 必须) within its first
 * clause. The whole content otherwise.
 */
function listEndBeforeSentence(n: string): number {
  return SENTENCE_AFTER_SPACE.exec(n)?.index ?? n.length;
}
const SENTENCE_AFTER_SPACE = /[ \u3000]+(?=[^，,。；;： \u3000]{1,30}?(?:要(?![素求点闻件])|应当|必须|务必)[^，,。；;\s]{2})/;

/** Labels of the measures a listed problem calls for: 整改措施, 整改要求, 处理意见. */
const RECTIFICATION_MEASURES_LABEL = /^(?:整改|处理|处置|办理)(?:措施|要求|意见)$/;

/**
 * The units a problem's measures are handed to by 由 (整改措施：由县住建局督促商户更换。, 整改要求：按照…的要求，由X负责…,
 * 立即停止…。由X负责督促…): in the first sentence holding a part that opens with 由, that part's subject and those of the
 * parts after it that name units with their verb (由X牵头，Y配合做好…); a person's part (由…组长负责督办) is passed over.
 */
function measuresHandedBy(text: TwinText): ClauseResult[] {
  for (const { part: sentence } of splitTopLevel(text, '。；;')) {
    const parts = splitTopLevel(sentence, '，,').map((p) => trimTwin(p.part));
    const by = parts.findIndex((p) => p.n.startsWith('由'));
    if (by < 0) continue;
    const out: ClauseResult[] = [];
    for (const [k, part] of parts.slice(by).entries()) {
      const clause = subjectClause(part) ?? (k > 0 ? rolePartClause(part) : null);
      // the time limit after the units (由县水利局负责，2024年3月底前清理完毕)
      const time = !clause && k > 0 && out.length ? TIME_LED.exec(part.n) : null;
      if (clause) out.push(clause);
      else if (time) {
        const deadline = emptyClause();
        deadline.deadlines.push(phraseDeadline(part.r.slice(0, time[0].length)));
        out.push(deadline);
        break;
      } else if (k > 0 || !PERSON_PART.test(part.n)) break;
    }
    return out;
  }
  return [];
}

/** A part of names and their role before the work (相关街道办事处配合, 各街道配合做好群众工作, 县消防救援大队、各街道办事处抓好落实). */
const ROLE_BEFORE_WORK = /^([^，,；;。：:]{2,60}?)(配合|参与|协助|抓好落实|负责落实)/;

/** The units of a part that names them with their role before the work, or null. */
function rolePartClause(part: TwinText): ClauseResult | null {
  const m = ROLE_BEFORE_WORK.exec(part.n);
  const units = m ? unitsOfList(sliceTwin(part, 0, m[1]!.length)) : null;
  if (!m || !units) return null;
  const res = emptyClause();
  const role: Role = /配合|参与|协助/.test(m[2]!) ? 'cooperating' : 'responsible';
  for (const u of units.units) u.role = role;
  mergeUnits(res.units, units.units);
  res.raw.push(part.r.slice(0, m[0].length));
  return res;
}
/** A part led by a person: 由县安委会第二督导工作组组长负责督办, 由县分管领导牵头. */
const PERSON_PART = compiledPattern(`^由[^，,；;。]{0,20}?(?:${alternation(PERSON_TITLES)})(?:负责|牵头)`);

/**
 * What a unit does, written after its name in a label's list (责任分工：区规划局负责开展规划编制工作，区交通与建设局业务
 * 检查指导…，嘉源公司作为业主单位): the verb opening it.
 */
const DUTY_AFTER_NAME = /^(?:负责|组织|牵头|配合|协助|协同|参与|作为|全力|业务|各司其职|做好|开展|指导|统筹|督促|落实|承担)/;
/** The longest name a duty may follow. */
const NAME_BEFORE_DUTY_MAX = 24;

/** A unit whose name runs on into what it does (区规划局负责开展…) keeps the name only (区规划局). */
function cutDuty(u: Unit): void {
  // 作为 (acting as) is in no unit's name: 嘉源公司作为业主单位 is 嘉源公司, though the whole ends as a unit's name does
  const acting = u.name.indexOf('作为');
  if (acting >= 2 && looksLikeUnit(u.name.slice(0, acting))) return keepName(u, acting);
  // (a name that ends as a unit's does is whole; one opening with a level word, 区规划局负责…, may still run on)
  if (hasUnitSuffix(u.name) || isCatchAll(u.name) || isRegionCollective(u.name)) return;
  for (let k = 3; k <= Math.min(u.name.length - 2, NAME_BEFORE_DUTY_MAX); k++) {
    if (DUTY_AFTER_NAME.test(u.name.slice(k)) && looksLikeUnit(u.name.slice(0, k))) return keepName(u, k);
  }
}

/** A unit's name (and its text as written) cut to its first `length` characters. */
function keepName(u: Unit, length: number): void {
  u.name = u.name.slice(0, length);
  u.raw = u.raw.slice(0, Math.min(u.raw.length, length));
}

/**
 * A labelled unit list and what is written after it: the sentence after a full
 * stop is a note (…按职责分工负责。涉及各市（州）的任务不再单列，下同。), and a
 * part between commas that is a time phrase (6月底完成) or a note (下同,
 * 不再逐项列出, 排在首位的为牵头单位) is no unit either.
 */
export function splitUnitClause(whole: TwinText): { list: TwinText; deadlines: string[]; notes: string[] } {
  const deadlines: string[] = [];
  const { text, notes } = takeBracketNotes(whole);
  const sentences = text.n.includes('。') ? splitTopLevel(text, '。') : [{ part: text, sep: '' }];
  const head = sentences[0]!.part;
  for (const { part } of sentences.slice(1)) {
    const note = part.r.replace(/^[\s。，,；;]+|[\s。，,；;]+$/g, '');
    if (note) notes.push(note);
  }
  const parts = splitTopLevel(head, '，,；;');
  const starts: number[] = [];
  parts.reduce((at, p) => (starts.push(at), at + p.part.n.length + 1), 0);
  let end = head.n.length;
  // time phrases and notes come after the names: cut them off the end
  for (let k = parts.length - 1; k > 0; k--) {
    const part = trimTwin(parts[k]!.part);
    if (part.n && isTimePhrase(part.n)) deadlines.unshift(phraseDeadline(part.r));
    else if (part.n && (NOTE_WORDS.test(part.n) || PROGRESS_PART.test(part.n))) notes.unshift(part.r.trim());
    else if (part.n) break;
    end = starts[k]! - 1;
  }
  return { list: sliceTwin(head, 0, Math.max(0, end)), deadlines, notes };
}

/** A clause that names only people by their titles: 分管副省长、协管副秘书长负责, 由徐明金同志协调. */
function namesPeople(clause: string): boolean {
  const names = clause.replace(/^由/, '').replace(CLAUSE_ROLE_END_RE, '').replace(LEADER_VERB_END, '').split(/[、和及]/).filter(Boolean);
  return names.length > 0 && names.every((n) => PERSON_TITLE_END.test(n));
}

/** A parenthetical that is only a note about the unit lists: （排在首位的为牵头单位，下同）. */
function noteOnly(inner: TwinText): ClauseResult | null {
  const text = trimTwin(inner);
  // （涉及各区的任务均由各区人民政府负责落实，下同）: a note on which tasks others carry, naming no unit of this one
  if (!(LEAD_BY_ORDER_NOTE.test(text.n) || /^(注|说明)[：:]/.test(text.n) || INVOLVING_NOTE.test(text.n)) || !NOTE_WORDS.test(text.n)) return null;
  const res = emptyClause();
  res.notes.push(text.r);
  return res;
}

/** A part after a unit list that reports progress, never a name: 已完成投资60%, 正在施工, 累计完成12个, 完工项目12个. */
const PROGRESS_PART = /^(?:已|正在|累计|目前|截至|截止|完成|完工|建成|开工)|\d+(?:%|％|个|项|座|家|户|人|亿|万)/;

/** A note that opens with what it concerns: 涉及各区的任务…, 凡涉及… */
const INVOLVING_NOTE = /^凡?涉及/;

/**
 * A note in brackets inside a list: 市发改委、市财政局（第一责任单位为牵头单位，下同）; 〈〉 where OCR read the brackets so; what
 * a name closed by the bracket includes (各区县政府（含南太湖新区、长合区管委会）), not one inside a name (各市（含定州、辛集市）人民政府).
 */
const BRACKET_NOTE = /[（(〈](?:[^（()）〈〉]|[（(][^（()）〈〉]*[）)])*?(?:下同|不再|为牵头单位|是牵头单位)(?:[^（()）〈〉]|[（(][^（()）〈〉]*[）)])*[）)〉]|[（(〈](?:含|包括)[^（()）〈〉]*[）)〉](?=$|[、，,；;])/;

/** The list without its bracketed notes (a level in brackets inside one: （以下各项均需各乡(镇)落实，不再列出）), and the notes. */
function takeBracketNotes(text: TwinText): { text: TwinText; notes: string[] } {
  const notes: string[] = [];
  let out = text;
  for (let m = BRACKET_NOTE.exec(out.n); m; m = BRACKET_NOTE.exec(out.n)) {
    notes.push(out.r.slice(m.index + 1, m.index + m[0].length - 1));
    out = { r: out.r.slice(0, m.index) + out.r.slice(m.index + m[0].length), n: out.n.slice(0, m.index) + out.n.slice(m.index + m[0].length) };
  }
  return { text: out, notes };
}

/** Who takes part rather than who is responsible: 各中小学校组队, 各单位组织职工. */
const PARTICIPANTS = /^(?:各|有关|相关)|组队|组织(?!部)/;

/** Words of a note about the unit list rather than a unit: 下同, 不再单列, 以下各项均由…负责. */
const NOTE_WORDS = compiledPattern(`下同|不再|均由|均需|以下各|排在首位|列第一|为牵头单位|具体任务|${LEAD_BY_ORDER_NOTE.source}`);

/** Splits a text at every label (with colon) and parses each labelled part. */
export function parseLabelledText(whole: TwinText, inBrackets = false): ClauseResult | null {
  const res = emptyClause();
  const text = unwrapBrackets(whole);
  const matches = topLevelMatches(allMatches(inBrackets ? BRACKET_LABEL_RE : LABEL_RE, text.n), text.n);
  if (!matches.length) {
    // a label with no colon, alone on its line with its names on the next (责任主体 / 区城市管理局、…)
    const start = labelAtStart(trimTwin(text).n);
    return start ? parseLabelled(start.label, stripSeparators(sliceTwin(trimTwin(text), start.contentStart))) : null;
  }
  matches.forEach((m, k) => {
    const end = matches[k + 1]?.index ?? text.n.length;
    const content = sliceTwin(text, m.index + m[0].length, end);
    // a name never holds a colon: a label no lexicon knows ends the list (负责部门：X、Y，适用范围：浙江自贸试验区), a note
    const other = OTHER_LABEL.exec(content.n);
    // LABEL_RE's group 1 (the label) always takes part in a match
    mergeClause(res, parseLabelled(classifyLabel(m[1]!), stripSeparators(other ? sliceTwin(content, 0, other.index) : content)));
    if (other) res.notes.push(trimTwin(sliceTwin(content, other.index + 1)).r);
  });
  return res;
}

/**
 * The label matches outside the brackets of the text: a label inside a name's bracket (镇农业服务中心（责任人：张明）)
 * belongs to that bracket, a note on the name. Matches come in order, so one scan serves them all.
 */
function topLevelMatches(matches: RegExpExecArray[], n: string): RegExpExecArray[] {
  let depth = 0;
  let pos = 0;
  return matches.filter((m) => {
    for (; pos < m.index; pos++) depth = Math.max(0, depth + clauseBracketCode(n.charCodeAt(pos)));
    return depth === 0;
  });
}

/** A label of another kind after a list, set apart by a comma or semicolon: ，适用范围：…, ；工作要求：… */
const OTHER_LABEL = /[，,；;][ \u3000]*[\u4e00-\u9fa5]{2,8}[：:]/;

/**
 * A table's unit or deadline cell: all of its text is the content of its
 * column's label. A cell that writes labels of its own (牵头单位：X；配合单位：Y)
 * is read by them.
 */
export function parseCellText(label: Label, cell: TwinText): ClauseResult | null {
  const n = trimTwin(cell).n;
  // a unit cell that gives its roles itself (牵头：市应急局 配合：市公安局): a role word alone is a label there, as in brackets
  if (ROLE_ONLY_START.test(n)) return parseLabelledText(cell, true);
  if (labelAtStart(n)) return parseLabelledText(cell);
  return parseLabelled(label, stripSeparators(cell));
}

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕' };

/** `（牵头单位：X；配合单位：Y）` or `【责任单位：X】` standing alone → the text inside the brackets. */
function unwrapBrackets(s: TwinText): TwinText {
  const t = trimTwin(s);
  const open = t.n.charAt(0);
  const close = PAIRS[open];
  if (!close) return s;
  const body = t.n.replace(/[。；;，,\s]+$/, '');
  if (!body.endsWith(close) || !LABEL_START_RE.test(t.n)) return s;
  // the brackets must enclose everything: no closing bracket of the same kind before the end
  if (body.slice(1, -1).includes(close) && !balancedInside(body.slice(1, -1), open, close)) return s;
  return sliceTwin(t, 1, body.length - 1);
}

function balancedInside(s: string, open: string, close: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}

/** A clause's content without the separators before the next label: punctuation, spaces, a slash or bar set between labels (市住建局 / 配合单位：…). */
function stripSeparators(s: TwinText): TwinText {
  const t = trimTwin(s);
  const m = /[；;，,。.\s/／｜|]+$/.exec(t.n);
  return m ? sliceTwin(t, 0, m.index) : t;
}


/** A conjunction opening a bracket's words, which no name opens with: （或公建配套建成后移交政府）, （以及…）. */
const CONJUNCTION_OPENING = /^(?:或|以及|并且?|及其?)/;

/** Words of a sentence, never of a unit name: （具体标准按照最高人民法院…执行）, 取得…证书或者经市建设行政主管部门组织…; 执行 names a body in 执行小组, 执行局, 执行庭, 执行指挥中心. */
const PROSE_WORD = /按照|依照|依据|根据|参照|对照|通过|结合|或者|取得|执行(?!小组|组|局|庭|裁决庭|指挥|委员会|委|办公室|办|难)|进行/;
/** What opens a sentence's words, never a name: an adverb of manner (认真研究所负责的… is no 研究所), an enumeration (一是, 即：). */
const PROSE_OPENING = /^(?:认真|切实|积极|主动|全面|进一步|加快|大力|着力|努力|深入|扎实|及时|严格|坚决|不断|持续|即[:：]|[一二三四五六七八九十]是)/;

/**
 * Whether a list names units: every name looks like one, or, in a list of three
 * or more, all but a quarter do (中储粮株洲直属库 among city departments), and none
 * reads as prose.
 */
function namesUnitsMostly(names: string[], placesAreUnits = false): boolean {
  if (!names.length || names.some((n) => PROSE_WORD.test(n) || CONJUNCTION_OPENING.test(n))) return false;
  const unitLike = names.filter((n) => looksLikeUnit(n) || (placesAreUnits && isNamedPlace(n))).length;
  return unitLike === names.length || (names.length >= 3 && unitLike >= names.length * 0.75);
}

function looksLikeUnit(name: string): boolean {
  // one character (所, 局) is a suffix, never a name; a person (区政府分管副区长刘建国同志, 市领导) is none
  if (PROSE_WORD.test(name) || PROSE_OPENING.test(name.trim()) || name.trim().length < 2 || PERSON_TITLE_END.test(name)) return false;
  return hasUnitSuffix(name) || isCatchAll(name) || isRegionCollective(name) || levelPrefix(name) !== null || isNamedTownship(name);
}

const LISTED_COLLECTIVE_NAMES: ReadonlySet<string> = new Set(LISTED_COLLECTIVES);

/** Whether a clause's names are units: with its role word, a collective that names doers only so (各地配合) counts too. */
function namesDoers(names: string[], hasRoleWord: boolean, placesAreUnits: boolean): boolean {
  const others = hasRoleWord ? names.filter((n) => !LISTED_COLLECTIVE_NAMES.has(n)) : names;
  return others.length ? namesUnitsMostly(others, placesAreUnits) : names.length > 0;
}

/**
 * Classifies the inside of a parenthetical. Returns a clause when it names units
 * (with a label, or with role words such as 牵头/负责/配合) or a deadline.
 * `atEnd`: the parenthetical ends its paragraph, so a bare list of unit names counts too.
 */
export function parseParenthetical(inner: TwinText, atEnd: boolean): ClauseResult | null {
  // a note on which tasks others carry (（涉及各区的任务均由各区人民政府负责落实，下同）) names no unit of this one
  if (INVOLVING_NOTE.test(trimTwin(inner).n)) return noteOnly(inner);
  // an alias, what a figure includes, an example, or where an office sits (（设在市环保局）): no clause
  if (/以下简称|简称|含|包括|例如|如[:：]|即|设在|设于|位于|挂靠|隶属/.test(inner.n.slice(0, 6))) return null;
  const labelled = parseLabelledText(inner, true);
  if (labelled && (labelled.units.length || labelled.deadlines.length || labelled.leaders.length)) return withUnlabelledHead(inner, labelled, atEnd);
  const res = emptyClause();
  let strong = false;
  let unitClauses = 0;
  let otherClauses = 0;
  let unmarked: Unit[] = [];
  // a sentence after the list is a note: （省商务厅牵头，各地级以上市配合。涉及各市的任务不再单列）
  const [first, ...after] = inner.n.includes('。') ? splitTopLevel(inner, '。') : [{ part: inner, sep: '' }];
  for (const { part } of after) {
    const note = trimTwin(part).r;
    if (note) res.notes.push(note);
  }
  const clauses = splitTopLevel(first!.part, '，,；;');
  // a role word in the parenthetical says it names doers: a named city or county in it is its government (（合肥市，省发展改革委牵头）)
  const doers = clauses.some(({ part }) => CLAUSE_ROLE_END_RE.test(trimTwin(part).n));
  // a time phrase right after another is one deadline in stages, as written (2018年3月底前取得阶段性成果，2018年4月至2019年10月深化提升)
  let deadlineBefore: string | null = null;
  for (const { part, sep } of clauses) {
    const after = deadlineBefore;
    deadlineBefore = null;
    const whole = unitClauses > 0 ? withoutJointOpening(trimTwin(part)) : trimTwin(part);
    // the role word, then the work in a word or two (区文明办负责统筹调度): the names and their role
    const work = ROLE_THEN_WORK.exec(whole.n);
    const clause = work ? sliceTwin(whole, 0, work.index + work[1]!.length) : whole;
    if (!clause.n) continue;
    if (unitClauses > 0 && NOTE_WORDS.test(clause.n)) {
      res.notes.push(clause.r);
      continue;
    }
    if (namesPeople(clause.n)) {
      res.leaders.push(clause.r.trim());
      continue;
    }
    // after the units and their role, a time and what is due by it: （…负责，6月30日前出台实施细则）
    if (isTimePhrase(clause.n) || (strong && TIME_LED.test(clause.n))) {
      const phrase = phraseDeadline(clause.r);
      if (after !== null && res.deadlines.length) res.deadlines.push(`${res.deadlines.pop()!}${after}${phrase}`);
      else res.deadlines.push(phrase);
      deadlineBefore = sep;
      continue;
    }
    const bare = clause.n.replace(/(按职责分工|按职能分工|按照职责分工|根据职责分工|按职责|分别|共同|具体)?(负责|落实)$/, '');
    const hasRoleWord = CLAUSE_ROLE_END_RE.test(clause.n);
    const list = parseUnitList(clause);
    // who takes part, after the units (…负责，各中小学校组队参加, 各单位组织职工参加): a note, unless it names units
    // as the cooperating ones do (…牵头，市委组织部、国家统计局济宁调查队参加)
    if (unitClauses > 0 && clause.n.endsWith('参加') && list.units.some((u) => PARTICIPANTS.test(u.name) || !hasUnitSuffix(u.name))) {
      res.notes.push(clause.r);
      continue;
    }
    const unitLike = namesDoers(list.units.map((u) => u.name), hasRoleWord, doers);
    if (!unitLike || (!bare && !hasRoleWord)) {
      if (/^(按职责分工|按职责|分别|共同)?负责$/.test(clause.n)) continue;
      otherClauses++;
      continue;
    }
    if (strong && !hasRoleWord) unmarked.push(...list.units);
    else if (hasRoleWord) unmarked = carryRoleBack(unmarked, list.units);
    strong ||= hasRoleWord;
    unitClauses++;
    mergeUnits(res.units, list.units);
    res.openEnded ||= list.openEnded;
    // the clause as written, its work too (区文明办负责统筹调度)
    res.raw.push(whole.r);
  }
  if (otherClauses > 0) return null;
  if (unitClauses === 0) return res.deadlines.length && atEnd ? res : null;
  if (!strong && !atEnd) return null;
  // a bare （城关镇） after a project says where it is, not who does it: townships alone name units only with a role word
  if (!strong && res.units.every((u) => isNamedTownship(u.name))) return null;
  return res;
}

/** A role word, then the work in a word or two that closes the clause: 负责统筹调度, 牵头推进, 配合落实, 协同推进. */
const ROLE_THEN_WORK = /(负责|牵头|配合|协助|协同)(?:统筹|协调|调度|督导|督办|督促|落实|实施|推进|推动|指导|组织|监督){1,2}$/;

/**
 * `（X牵头，Y配合；完成时限：…）`: the clauses before the first label are read as
 * an unlabelled parenthetical and come first.
 */
function withUnlabelledHead(inner: TwinText, labelled: ClauseResult, atEnd: boolean): ClauseResult {
  const first = LABEL_RE.exec(inner.n);
  if (!first || first.index === 0) return labelled;
  const head = stripSeparators(sliceTwin(inner, 0, first.index));
  if (!head.n) return labelled;
  const unlabelled = parseParenthetical(head, atEnd);
  if (!unlabelled) return labelled;
  mergeClause(unlabelled, labelled);
  return unlabelled;
}

/**
 * `A牵头，B、C，D配合`: names between two role-marked clauses take the role written
 * after them (B and C cooperate). Returns the emptied pending list.
 */
function carryRoleBack(unmarked: Unit[], marked: Unit[]): Unit[] {
  const role = marked[marked.length - 1]?.role;
  if (role === 'cooperating') for (const u of unmarked) u.role = role;
  return [];
}

function labelledUnits(inner: TwinText): ClauseResult | null {
  if (!BRACKET_LABEL_RE.test(inner.n)) return null;
  const res = parseLabelledText(inner, true);
  return res && res.units.length ? res : null;
}

/** Whether a paragraph ends with a parenthetical that names units (so a line break after it ends the paragraph). */
export function endsWithUnitParenthetical(text: TwinText): boolean {
  const found = findParentheticals(text);
  const last = found[found.length - 1];
  return last !== undefined && last.end >= text.n.trimEnd().length && last.clause.units.length > 0;
}

export interface Parenthetical {
  start: number;
  end: number;
  clause: ClauseResult;
}


/** A span of years in brackets (2019—2025年, 2021-2035, 2021年至2025年) or a revision's year (2024年修订, 2023年版). */
const PLAN_PERIOD = /^\s*\d{4}\s*年?\s*(?:[—–\-－~～至到]{1,2}\s*\d{4}\s*年?|(?<=年)\s*(?:修订|修正|修订版|版|本))\s*$/;
/** A document's or a plan's name ends so before its period: …规划, …行动方案, …纲要, …应急预案. */
const NAME_BEFORE_PERIOD = /(?:规划|方案|计划|纲要|意见|办法|行动|要点|战略|预案|条例|规定|细则|标准|指南)$/;

/**
 * Finds unit parentheticals in a paragraph: groups at a clause end (followed by
 * punctuation or the end) whose content is a unit clause or a deadline.
 */
export function findParentheticals(text: TwinText, unclosedAtEnd = false): Parenthetical[] {
  const out: Parenthetical[] = [];
  const n = text.n;
  let depth = 0;
  let start = -1;
  for (let i = 0; i < n.length; i++) {
    const bracket = clauseBracketCode(n.charCodeAt(i));
    if (bracket > 0) {
      if (depth === 0) start = i;
      depth++;
    } else if (bracket < 0 && depth > 0) {
      depth--;
      if (depth === 0 && start >= 0) {
        let k = i + 1;
        while (k < n.length && (n[k] === ' ' || n[k] === '\t')) k++;
        const next = n[k];
        let end = k + (next !== undefined && '。；;.，,'.includes(next) ? 1 : 0);
        while (end < n.length && (n[end] === ' ' || n[end] === '\t')) end++;
        const atEnd = end >= n.length;
        const before = n[start - 1];
        // a clause end after the group, a sentence end before it (…。（X牵头）推动…),
        // or the start of the text, where some notices put the clause: 1.【牵头单位：X】推动…
        const atClauseEnd = atEnd || start === 0 || (next !== undefined && '。；;，,'.includes(next)) || (before !== undefined && '。；;'.includes(before));
        const inner = sliceTwin(text, start + 1, i);
        // a plan's period after its name (…布局规划(2019—2025年)) is part of the name, no deadline
        const period = PLAN_PERIOD.test(inner.n) && NAME_BEFORE_PERIOD.test(n.slice(Math.max(0, start - 4), start));
        // a labelled group (牵头单位：…) counts wherever it stands; others only at a clause end
        const clause = period ? null : atClauseEnd ? (parseParenthetical(inner, atEnd) ?? noteOnly(inner)) : labelledUnits(inner);
        if (clause) out.push({ start, end: i + 1, clause });
        start = -1;
      }
    }
  }
  // a labelled clause whose closing bracket the copy dropped at the paragraph's end (…。（牵头单位：县人社局): the paragraph
  // is whole here (a wrapped line's bracket, closed on the next line, is joined before this is asked)
  if (unclosedAtEnd && depth > 0 && start >= 0) {
    const clause = labelledUnits(sliceTwin(text, start + 1, n.length));
    if (clause) out.push({ start, end: n.length, clause });
  }
  return out;
}

/**
 * Role clauses that open a sentence before what is to be done:
 * `由杨志武副市长负责，市发改委牵头，相关部门配合，尽快完成…`. People named by title
 * are leaders; each unit clause must end with its role word.
 */
function leadingRoleClauses(sentence: TwinText): ClauseResult | null {
  const whole = withoutTopicOpening(trimTwin(sentence));
  // role clauses set apart by commas, or by 、 after a role word (区教育局牵头、区卫生健康委配合)
  const parts = splitTopLevel(whole, ROLE_BEFORE_ENUMERATION.test(whole.n) ? '，,、' : '，,');
  if (parts.length < 2) return null;
  const res = emptyClause();
  for (const { part } of parts) {
    let clause = trimTwin(part);
    if (clause.n.startsWith('由')) clause = sliceTwin(clause, 1);
    if (res.units.length) clause = withoutJointOpening(clause);
    // names only: no 由 inside (会务工作由市政府办公室负责), no 的, no request (请各单位…)
    if (/[由的]/.test(clause.n) || clause.n.startsWith('请')) break;
    if (namesPeople(clause.n)) {
      res.leaders.push(clause.r.trim());
      continue;
    }
    if (!CLAUSE_ROLE_END_RE.test(clause.n)) break;
    const list = parseUnitList(clause);
    if (!list.units.length || !list.units.every((u) => looksLikeUnit(u.name) && !PROSE_WORD.test(u.name))) break;
    mergeUnits(res.units, list.units);
    res.raw.push(clause.r.trim());
  }
  return res.units.length ? res : null;
}

/**
 * The word opening a role part whose units join the units before it: 会同 before any name (会同雄安新区公共服务局协同推进),
 * 协同 and 联合 before a level word or a collective (协同各街道配合; not a name of its own: 联合执法办公室, 协同创新中心);
 * never 会同县人民政府, a county's government.
 */
const JOINT_OPENING = /^(?:会同|(?:协同|联合)(?=[省市县区]|各|有关|相关))(?![县区市](?:人民)?政府|[县区市][、，,])/;

/** A role part after the first without its joining word: (由区民政局牵头，)会同区财政局负责 → 区财政局负责. */
function withoutJointOpening(clause: TwinText): TwinText {
  const jointly = JOINT_OPENING.exec(clause.n);
  return jointly ? sliceTwin(clause, jointly[0].length) : clause;
}
/** A role word then 、 and more names: the role clauses are set apart by 、 (区教育局牵头、区卫生健康委配合). */
const ROLE_BEFORE_ENUMERATION = /(?:牵头|负责)、/;
/** What the sentence is about, before 由: 此项工作由区卫生健康委负责 (the units follow 由). */
const TOPIC_OPENING = /^(?:此|该|本|这)项(?:工作|任务)?(?=由)/;

function withoutTopicOpening(text: TwinText): TwinText {
  const m = TOPIC_OPENING.exec(text.n);
  return m ? sliceTwin(text, m[0].length) : text;
}

/** Verbs whose word also stands inside names, each with what never follows it as a verb (负责人, 研究室, 组织部, 推进办). */
const IN_CHARGE = '负责(?!同志|人(?!员))';
const STUDY = '研究(?![室院所会组]|中心|小组)';
const ORGANISE = '组织(?!部|人事)';
const ADVANCE = '推进(?![办室组]|中心|小组|委员会)';
/**
 * Verbs that end a sentence's subject: 市城乡规划局负责…, 由发展改革委会同有关部门研究提出… (负责同志, 负责人: people,
 * no verb; 组织人事部, 政策研究室, 项目推进办, 工作推进小组: the verb's word inside a name).
 */
const SUBJECT_VERB = compiledPattern(`${IN_CHARGE}|牵头|${STUDY}|${ORGANISE}|承担|制定|落实|提出|${ADVANCE}|开展|做好|督促(?!组|办|室)`);
/** How the units do it, written between them and the verb: 按职责分工负责, 分别负责, 共同牵头. */
const MANNER_BEFORE_VERB = compiledPattern(`(?:${alternation(ROLE_MANNERS)}|分别|共同|具体|联合)$`);
/** Words that join the units who do a thing together: A会同B负责, A、B协同C负责 (联合 inside a name is none: 联合执法工作组, 工商业联合会). */
const JOINTLY = /会同|协同|联合(?!执法|会|体|社)|配合/;

/** A modal verb before 会同: 市商务局要会同…, 各地应会同…. */
const MODAL_BEFORE_JOINT = /(?:要|应当?|须|必须|需要?|务必)$/;

/** Where a unit list after 会同 may end and the work begin: 按照有关规定…, 做好…, 建立…, 将…纳入…. */
const WORK_AFTER_UNITS = compiledPattern(`按照|依照|根据|依托|结合|围绕|加强|做好|做实|开展|${ORGANISE}|建立|制定|落实|${ADVANCE}|${STUDY}|将|对|进一步|共同|联合|实施|${IN_CHARGE}|牵头|抓好|完善|健全|统筹|指导|督促|确定|编制|出台|启动|发布`);

/**
 * A sentence opening with units, 会同 and more units, then their work (省财政厅会同省农业农村厅按照有关规定做好…,
 * 北京市经济和信息化局会同专区监管部门、数据提供部门和运营单位建立…): the units on both sides, the list after 会同
 * ending at the first place where the work may begin and the words before it are names only. Null otherwise.
 */
export function jointSubjectClause(sentence: TwinText): ClauseResult | null {
  const text = trimTwin(sentence);
  const at = text.n.indexOf('会同');
  // 由X会同Y开展… and X要会同Y… in a notice's running text say how the work goes, as the corpus's negatives read them
  // …会同市发展改革委出台了…: work done, as a summary reports it, is no duty
  const clause = text.n.split(/[，,；;]/, 1)[0]!;
  if (at < 2 || at > 40 || text.n.startsWith('由') || /[，,；;：:。]/.test(text.n.slice(0, at)) || MODAL_BEFORE_JOINT.test(text.n.slice(0, at)) || clause.includes('了')) return null;
  const left = namesOnlyClause(sliceTwin(text, 0, at));
  if (!left) return null;
  const rest = sliceTwin(text, at + 2);
  const head = rest.n.slice(0, 64);
  for (const m of allMatches(WORK_AFTER_UNITS, head)) {
    if (m.index < 2 || /[，,；;：:。]/.test(head.slice(0, m.index))) break;
    const right = namesOnlyClause(sliceTwin(rest, 0, m.index));
    if (!right) continue;
    mergeClause(left, right);
    return left;
  }
  return null;
}

/** Whether every clause bracket a text opens is closed in it (各区、县（市）人民政府). */
function bracketsClosed(n: string): boolean {
  let depth = 0;
  for (let i = 0; i < n.length; i++) {
    depth += clauseBracketCode(n.charCodeAt(i));
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A list's units when every name reads as a unit (in a list of departments, a field name too: 统计), else null. */
function unitsOfList(part: TwinText, departments = false): UnitListResult | null {
  const list = parseUnitList(part, 'responsible', departments);
  const reads = (name: string) => !PROSE_WORD.test(name) && (looksLikeUnit(name) || (departments && isDepartmentStem(name)));
  return list.units.length && list.units.every((u) => reads(u.name)) ? list : null;
}

/**
 * The units of a duty sentence's subject, a list closed by 等部门 or 等单位 (县经贸、统计、
 * 工商、税务等部门): every name is a department, those named by their field alone (统计)
 * included, and they take the run's level prefix (县统计). Null when a name reads as prose.
 */
export function departmentListClause(subject: TwinText): ClauseResult | null {
  return listClause(subject, true);
}

/** Whether a clause is names only, as a bracket written alone holds them: no role word, label, deadline or person (（万载县统计局）). */
export function isBareNames(c: ClauseResult): boolean {
  const raw = c.raw[0];
  return c.units.length > 0 && c.raw.length === 1 && raw !== undefined && !c.deadlines.length && !c.leaders.length && !CLAUSE_ROLE_END_RE.test(raw) && !/[：:]/.test(raw);
}

/** The units of a text that is names only, each reading as a unit's (区发展改革委 of （一）区发展改革委：负责…), else null. */
export function namesOnlyClause(names: TwinText): ClauseResult | null {
  return listClause(names, false);
}

function listClause(subject: TwinText, departments: boolean): ClauseResult | null {
  const list = unitsOfList(subject, departments);
  if (!list) return null;
  const res = emptyClause();
  mergeUnits(res.units, list.units);
  res.openEnded = list.openEnded;
  res.raw.push(subject.r.trim());
  return res;
}

/**
 * Units named as the subject of an item's first sentence, with no clause of
 * their own: `市城乡规划局负责城市规划…`, `市工商局、市水利局协同市建委负责…`,
 * `由发展改革委会同中央农办、农业部等部门研究提出落实意见`. Every name before the verb
 * must be a unit (各地要负责… is no such sentence). No lead unless written
 * (X牵头).
 */
export function subjectClause(sentence: TwinText): ClauseResult | null {
  const leading = leadingRoleClauses(sentence);
  if (leading) return leading;
  let text = withoutTopicOpening(trimTwin(sentence));
  // 请各单位做好…: a request to the reader, not a unit's task; 原则同意县教育局提出的…: a decision on a unit's proposal
  if (/^(?:请|(?:原则)?(?:同意|批准))/.test(text.n)) return null;
  if (text.n.startsWith('由')) text = sliceTwin(text, 1);
  const verb = SUBJECT_VERB.exec(text.n);
  // the subject is names only: no punctuation but the commas between lists, no 由 inside (会务工作由市应急管理局负责), no 的
  if (!verb || verb.index < 2 || verb.index > 80 || /[；;：:。由的]/.test(text.n.slice(0, verb.index)) || !bracketsClosed(text.n.slice(0, verb.index))) return null;
  // a case the sentence speaks of, not a duty handed over: 由多个部门按职责分工负责的，第一个部门为主要责任部门
  if (verb[0] === '负责' && text.n.charAt(verb.index + verb[0].length) === '的') return null;
  // the verb's manner belongs to the verb: 市人社局、市教育局按职责分工负责
  const manner = MANNER_BEFORE_VERB.exec(text.n.slice(0, verb.index));
  const subject = sliceTwin(text, 0, manner ? manner.index : verb.index);
  const res = emptyClause();
  let joint = false;
  // lists of units apart by commas share the verb: 省人力资源社会保障厅、财政厅，国家税务总局四川省税务局按职责分工负责
  for (const { part: list } of splitTopLevel(subject, '，,')) {
    const jointly = JOINTLY.exec(list.n);
    joint ||= Boolean(jointly);
    for (const part of jointly ? [sliceTwin(list, 0, jointly.index), sliceTwin(list, jointly.index + jointly[0].length)] : [list]) {
      const units = unitsOfList(part);
      if (!units) return null;
      mergeUnits(res.units, units.units);
      res.openEnded ||= units.openEnded;
    }
  }
  // X牵头…, X负责牵头…: the units lead
  if ((verb[0] === '牵头' || text.n.startsWith('牵头', verb.index + verb[0].length)) && !joint) for (const u of res.units) u.role = 'lead';
  res.raw.push(subject.r.trim());
  return res;
}
