/**
 * Titles of numbered items: the first sentence of the heading, cut where a
 * heading runs into its body with no punctuation (加强组织领导省级科技行政主管部门要…),
 * judged against how the item's siblings stand (alone on their line, or run on
 * after a full stop).
 */
import { diag, type Diagnostic } from '../model/diagnostic.js';
import type { ClauseResult } from './clauses.js';
import { extractParentheticals, type Item, type Paragraph } from './structure.js';
import { ByItem, pushTo } from './tree.js';
import { type TwinText, sliceTwin, trimTwin } from './twin.js';
import { alternation, compiledPattern, matchesFrom } from './lexicon/regex.js';
import { FIELD_LABEL } from './lexicon/labels.js';

/** Where a title's first sentence ends: a full stop, a question or exclamation mark, or a semicolon (a half-width `.` typed for 。 too). */
const SENTENCE_END = /[。！？!?；;.]/;
const CJK = /[\u4e00-\u9fa5]/;
const CJK_OR_CLOSE = /[\u4e00-\u9fa5”）)》]/;

/** How many quotations are open at a position (“ not yet closed by ”), asked at positions that only grow: one scan in all. */
class QuoteDepth {
  private pos = 0;
  private depth = 0;
  constructor(private readonly n: string) {}

  at(i: number): number {
    for (; this.pos < i; this.pos++) {
      const ch = this.n[this.pos];
      if (ch === '“') this.depth++;
      else if (ch === '”' && this.depth > 0) this.depth--;
    }
    return this.depth;
  }
}

/**
 * Where the first sentence of a span ends, or -1. A `?` between two Chinese
 * characters in the original text stands for a lost character (中国?海峡), not a question.
 */
export function sentenceEnd(span: TwinText): number {
  const quotes = new QuoteDepth(span.n);
  // the regex engine scans for the candidates; a lost-character ? between two characters is passed over
  for (const m of matchesFrom(SENTENCE_END, span.n)) {
    const i = m.index;
    if (span.r[i] === '?' && CJK.test(span.r[i - 1] ?? '') && CJK.test(span.r[i + 1] ?? '')) continue;
    // a half-width full stop ends a sentence only after Chinese text, before no digit or letter (not 2.5亿元, 3.0版,
    // www.gov.cn, an ellipsis ...) and outside quotes (推广“湘易办.com”)
    if (span.n[i] === '.' && (!CJK_OR_CLOSE.test(span.n[i - 1] ?? '') || /[0-9A-Za-z.]/.test(span.n[i + 1] ?? '') || quotes.at(i) > 0)) continue;
    return i;
  }
  return -1;
}

/** The first sentence of a span (the whole span when it has no sentence end). */
export function firstSentence(span: TwinText): TwinText {
  const end = sentenceEnd(span);
  return end < 0 ? span : sliceTwin(span, 0, end);
}

/** Words that open a body sentence, never a heading title. */
const STRONG_OPENERS = [
  '全面', '进一步', '按照', '根据', '围绕', '依托', '切实', '认真', '严格', '强化对', '加强对', '加大对', '坚持以', '贯彻落实',
  '充分发挥', '建立健全', '到20',
];
/** Subjects that open a body sentence: 各有关部门要…, 省级科技行政主管部门要…. */
const SUBJECT_OPENERS = [
  '各级各部门', '各有关部门', '各有关单位', '各设区市', '各地各部门', '各级', '各地', '各部门', '各单位',
  '省直有关部门', '省级', '市级', '县级', '区级', '省直', '市直', '县直', '全省', '全市', '全县', '全区', '我省', '我市', '我县', '我区',
];
/** Verbs that often open the first sentence of a body. */
const WEAK_OPENERS = ['推动', '强化', '加强', '建立', '完善', '健全', '加快', '深化', '推进', '实施', '开展', '鼓励', '支持', '引导', '发挥', '提升', '优化', '落实', '做好', '组织', '统筹', '注重', '坚持', '积极', '着力', '大力', '定期'];
/** A verb of guidance and the doers it guides (引导银行业金融机构, 鼓励社会资本, 支持民营企业): their own verb comes next. */
const GUIDED_DOERS = /^(?:引导|鼓励|支持|督促|指导|动员|帮助|激励|吸引|带动)[^，,；;。]{0,12}(?:机构|企业|银行|单位|部门|公司|主体|资本|群众|农民|农户|高校|院所|个人|力量|组织)$/;
/** A modal at the end of a cut: the cut is inside a sentence whose subject comes before it. */
const MODAL_END = /(?:要|应|须|应当|必须)$/;
/** A modal that opens what someone must do. */
const MODAL_START = /^(要(?![素求点闻件害])|应当|应(?![对用急变])|须(?!知)|必须)/;

/** Whether a heading opens with a verb (加强…, 完善…, 推进…), as titles do, rather than with a subject. */
function headIsVerbPhrase(title: string): boolean {
  return [...STRONG_OPENERS, ...WEAK_OPENERS].some((w) => title.startsWith(w)) || VERB_START.test(title);
}
/** More verbs that open titles: 抓好, 提高, 促进, 保障, 规范, 创新, 扩大, 打造 … */
const VERB_START = /^(抓好|抓实|提高|促进|保障|规范|创新|扩大|打造|构建|培育|拓展|夯实|压实|严格|狠抓|全力|持续|稳步|有序|不断|努力|确保|落实|做实|做强|做优|做大)/;

/** A level word that may open a subject (省/市/县/区/各/全/我/本). */
const LEVEL_START = /^(省|市(?!场)|县|区(?!域)|各|全(?=[省市县区国镇乡州盟旗])|我|本)/;
/** A preposition that opens a body sentence (将/对/把/由/通过/以/在/从). */
const PREPOSITION_START = /^(将|对|把|由|通过|以|在|从)/;
/** A preposition opening a heading's phrase (对/把/将/通过/从/以); not the words 对标, 对接, 对象, 对策, 把握, 把好, 将来, 通过率, 从业, 从事, 以上, 以便 …. */
const PREPOSITION_HEAD = /^(?:对(?![标接照口表外象话策应])|把(?![握关好])|将(?![来近])|通过(?![率性])|从(?![严实快业事])|以(?![上下前后及来便免致]))/;
/** Verbs whose object a 对 phrase can be (继续实施对种粮农民直接补贴, 做好对口帮扶): a title never ends in one before 对. */
const VERB_BEFORE_DUI = /(?:实施|开展|进行|执行|落实|加强|加大|强化|做好|抓好|完善|推进)$/;

/**
 * A body's opening phrase naming its focus, set apart by a comma: `以县城周边、乡镇政府驻地和中心村为重点，…`, `以“三清一改”为
 * 抓手，…` (never `以人为核心的…`, a phrase inside a title).
 */
const FOCUS_PHRASE = /^以[^，,；;。]{1,30}?为(?:重点|主线|抓手|核心|目标|导向|载体|突破口|引领|方向|基础|依托|契机|中心|龙头|平台|切入点)[，,]/;

/** A subject, then what it must do: `各县（市、区）要…`, `市应急管理局应…`. */
const SUBJECT_THEN_MUST = /^(?:[^，,；;。、（(]|[（(][^（()）]{0,8}[）)]){1,14}?(要(?![素求点])|应当|应(?![对用急变])|须(?!知)|必须|负责|牵头|将)/;
/** A time phrase, then what must be done: `汛前要…`, `年底前须…`. */
const TIME_THEN_MUST = /^(汛前|汛期|汛后|年底前|年内|年前|年初|年底|当年|每年|今年|明年|近期|目前|当前|届时|平时|同时|此外|[上下]半年|[一二三四]季度)(要|应当|应|须|必须|，)/;
/** Verbs of a year's work that a time phrase opening a body goes on with: 今年完成…, 全年启动…, 年底前接入…. */
const WORK_VERBS = ['完成', '启动', '开工', '建成', '新建', '新增', '改造', '打通', '接入', '实现', '达到', '组织', '开展', '举办', '召开', '培训', '发放', '推进', '实施', '建设', '引进', '创建', '争取', '培育', '整治', '清理', '排查', '检查', '督查'] as const;
/** A time phrase, then the work done in it: `今年完成城镇老旧小区改造42个`, `每半月组织一次暗访督查`. */
const TIME_THEN_WORK = compiledPattern(`^(?:今年|全年|年内|年底前|当年|明年|每年|每半年|每季度?|每半月|每月|每周|[上下]半年|20\\d{2}年(?:底前|内)?)(?:${alternation(WORK_VERBS)})`);

/**
 * Splits `加强组织领导省级科技行政主管部门要…` after the title. Each cut point
 * from 4 to 16 characters is scored by what follows it (a body-sentence
 * opener, a subject, a verb) and by how common the title length is (6, then 4
 * or 8 characters); the first cut with enough evidence wins.
 */
export function splitGluedTitle(title: string, siblingLengths: number[] = []): { title: string; certain: boolean; bodyStart: boolean; firm: boolean } | null {
  // a heading that opens with a preposition (对未取得许可从事燃气经营的企业，要…) is a sentence: its first clause is the
  // preposition's phrase, waiting for its verb after the comma, and no title ends inside it unless the body's start is
  // certain (对重点企业实施分类监管 | 各地要…)
  const prepositional = PREPOSITION_HEAD.test(title);
  const max = Math.min(16, title.length - 2);
  const head = /^[^，,；;。]*/.exec(title)![0];
  const quoted = insideQuotes(title);
  for (let p = 4; p <= Math.min(max, head.length - 1); p++) {
    // never inside a quoted title or phrase: 《广元市昭化区妇女发展纲要》 is one name; nor inside 以…为依托 (以乡村振兴为 /
    // 依托 is one phrase, its 依托 no body's opener)
    if (quoted[p] || (title.startsWith('以') && title[p - 1] === '为')) continue;
    // nor inside a number (2018 | 年底前完成…: the year opens the sentence)
    if (/[0-9０-９]/.test(title[p - 1]!)) continue;
    const rest = title.slice(p);
    // 要 right after a verb phrase opens the body (完善工作机制要建立…); after a subject it is the
    // sentence's own verb (未来科技城要围绕…), so the head is no title
    const strong = STRONG_OPENERS.some((w) => rest.startsWith(w)) || (MODAL_START.test(rest) && headIsVerbPhrase(title)) || FOCUS_PHRASE.test(rest);
    let score = 0;
    // a time phrase and what must be done in it, or a subject and what it must do, open a body whatever the heading
    let firm = TIME_THEN_MUST.test(rest) || TIME_THEN_WORK.test(rest);
    if (strong || firm) score += 3;
    // a level word opens the body only as a subject that must do something (各县（市、区）要…); without
    // that it belongs to the title's own phrase: 推进滨海旅游区建设, 抓好蔬菜主产县, 主动对接省级部门
    else if (SUBJECT_OPENERS.some((w) => rest.startsWith(w)) || LEVEL_START.test(rest)) {
      const m = SUBJECT_THEN_MUST.exec(rest);
      // a verb joined to the title's own (制定青狮库区水面…方案并负责实施) is no subject's duty
      const must = m && !/[并和及]$/.test(m[0].slice(0, m[0].length - m[1]!.length)) ? m : null;
      score += must ? 3 : 0;
      // firm only for a collective that must do something (各乡镇（街道）要…): 区水面…并负责, 市建委协同…负责 may be inside a title
      firm = Boolean(must && rest.startsWith('各') && /^(?:要|应|须|必须)/.test(must[1]!));
    }
    else if (PREPOSITION_START.test(rest)) score += rest.startsWith('对') && VERB_BEFORE_DUI.test(title.slice(0, p)) ? 0 : 2;
    else if (WEAK_OPENERS.some((w) => rest.startsWith(w))) score += 1;
    if (score === 0 || (prepositional && score < 3)) continue;
    // what follows the cut opens a body sentence for certain (a strong opener, a time or a subject and what it must do),
    // whatever the length
    const bodyStart = score >= 3;
    score += p === 6 ? 1.5 : p === 4 || p === 8 ? 0.5 : 0;
    if (siblingLengths.includes(p)) score += 1;
    if (/[的和与及、之或]$/.test(title.slice(0, p))) score -= 3;
    // no title ends in a modal: 工信、发改等部门要 | 按照… is a subject and its verb, not a title and a body
    if (MODAL_END.test(title.slice(0, p))) continue;
    // nor in the doers a verb of guidance names, whose own verb follows: 引导银行业金融机构 | 加大对…的信贷投放 is one sentence
    if (GUIDED_DOERS.test(title.slice(0, p))) continue;
    // the first cut with enough evidence wins: titles are short
    if (score >= 2.5) return { title: title.slice(0, p), certain: strong || score >= 3.5, bodyStart, firm };
  }
  return null;
}

/** For each position of a text, whether it lies inside a matched 《…》 or “…” (a cut there would split a name). */
function insideQuotes(text: string): boolean[] {
  const out = new Array<boolean>(text.length + 1).fill(false);
  const open: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = open[open.length - 1];
    // a pair closes at its closing mark; a second “ inside “ (a typed-over ”) closes it too; an unmatched mark quotes nothing
    if ((ch === '》' && top?.ch === '《') || ((ch === '”' || ch === '“') && top?.ch === '“')) {
      open.pop();
      for (let k = top.at + 1; k <= i; k++) out[k] = true;
    } else if (ch === '《' || ch === '“') open.push({ ch, at: i });
  }
  return out;
}

/**
 * Whether a heading's first sentence is really its title run into the body:
 * siblings stand alone on their lines, or (no evidence either way) the first
 * clause is too long for a title or says what someone must do (要, 应, 须, 将).
 */
function looksGlued(title: string, style: TitleStyle): boolean {
  if (style === 'inline' || !(/[，,；;]/.test(title) || title.length > 40)) return false;
  if (style === 'standalone') return true;
  const firstClause = /^[^，,；;]*/.exec(title)![0];
  return firstClause.length > 16 || /^.{4,}?(要|应当|应|须|必须|将)/.test(firstClause);
}

export interface TitleParts {
  title: string;
  /** The heading text without the number and without unit parentheticals. */
  text: string;
  /** The same heading text normalised (Simplified, half-width), place for place: what the grammar's words match. */
  norm: string;
  clauses: ClauseResult[];
}

/** A wide space or a tab after the title sets the body apart: `（二）广泛宣传发动　各镇街要…`, `（五）严格督查问责\t对出现…`. */
const TITLE_GAP = /\u3000+|\t|[ \t]{2,}/;
/**
 * One space after a heading phrase of Chinese words alone sets the body apart when a sentence follows (a bold title
 * copied from a page or a PDF: `（一）加快设施农业发展 全年新建日光温室5000亩，…`): the phrase is the title.
 */
const SPACED_TITLE = /^([\u4e00-\u9fa5]{4,20})[ \u00a0\u2000-\u200a](?=\S.{5,}?[，,。；;])/;

/** The least text before a unit clause that may be a title (a clause opening the heading leaves the title after it). */
const MIN_TITLE_BEFORE_CLAUSE = 2;

export function headingParts(heading: Paragraph): TitleParts {
  const span = trimTwin(heading.span);
  const { text, clauses, firstAt } = extractParentheticals(span);
  const t = trimTwin(text);
  let end = sentenceEnd(t);
  // a unit clause ends the title that no stop ends before it: `6、严肃查处…突出问题（牵头单位：…） 平潭县…局 2012年6月26日`
  const clauseAt = firstAt - (text.r.length - text.r.trimStart().length);
  if (clauseAt >= MIN_TITLE_BEFORE_CLAUSE && (end < 0 || clauseAt < end)) end = clauseAt;
  const wide = TITLE_GAP.exec(t.r.slice(2));
  const gap = wide ? wide.index + 2 : (SPACED_TITLE.exec(t.r)?.[1]?.length ?? -1);
  if (gap >= 0 && (end < 0 || gap < end)) end = gap;
  const repeated = repeatedSubjectAt(t.n, end < 0 ? t.n.length : end);
  if (repeated > 0) end = repeated;
  else {
    const colon = headPhraseColon(t.n, end < 0 ? t.n.length : end);
    if (colon > 0) end = colon;
  }
  const title = (end >= 0 ? t.r.slice(0, end) : t.r).replace(/[：:；;，,\s]+$/, '').trim();
  const from = t.r.length - t.r.trimStart().length;
  return { title, text: t.r.trim(), norm: t.n.slice(from, from + t.r.trim().length), clauses };
}

/**
 * Where the body starts when a title runs into it with no punctuation but a
 * subject repeated before a colon: `农贸市场专项整治农贸市场：要求经营户…` → 8 (the
 * title is 农贸市场专项整治). The word before the colon opens with the title's own
 * first two characters. 0 when there is no such place.
 */
function repeatedSubjectAt(n: string, limit: number): number {
  const colon = n.slice(0, limit).search(/[：:]/);
  if (colon < 6 || colon > 30) return 0;
  const opening = n.slice(0, 2);
  // (never inside brackets: 市通信管理办公室（市通管办）： names its short name there, repeating its opening)
  for (let k = 4; k <= colon - 2; k++) if (n.startsWith(opening, k) && colon - k <= 8 && openBrackets(n.slice(0, k)) === 0) return k;
  return 0;
}

/** The longest heading phrase a colon sets apart from its body. */
const COLON_HEAD_MAX = 20;

/**
 * Where a short heading phrase ends at a colon that opens its body:
 * `医疗健康惠民工程：实施基层医疗…，…；…` → 8. The phrase holds no comma,
 * enumeration mark or quotation, and the text after the colon is a sentence
 * (it holds a comma or a sentence end); a name with its colon inside
 * (`精准扶贫：农村饮用水安全巩固提升`) stays whole. 0 when there is none.
 */
function headPhraseColon(n: string, limit: number): number {
  const colon = n.slice(0, Math.min(limit, COLON_HEAD_MAX + 1)).search(/[：:]/);
  const phrase = n.slice(0, colon);
  // a quotation closed before the colon is part of the phrase (“一江一河”地区：…); one still open holds the colon (“精准扶贫：…”),
  // and so does a bracket (新建农村公路200公里（其中：县道50公里…）)
  if (colon < 2 || /[，,《"]/.test(phrase) || count(phrase, '“') !== count(phrase, '”') || openBrackets(phrase) > 0) return 0;
  // a clock time or a ratio (17:00, 3:3:4) is no colon of a heading; a field's name (项目名称：…) is no title
  if (/\d/.test(n.charAt(colon - 1)) && /\d/.test(n.charAt(colon + 1))) return 0;
  if (FIELD_NAME_END.test(n.slice(0, colon))) return 0;
  if (!/[，,；;。！？!?]/.test(n.slice(colon + 1))) return 0;
  // a field's label glued to the phrase (打造城市完整社区实施项目：潭城镇…) is no part of the title
  const field = FIELD_LABEL_END.exec(phrase);
  return field && field.index >= 2 ? field.index : colon;
}

/** A task's field label at a phrase's end: 实施项目, 建设内容 (the lexicon's field labels). */
const FIELD_LABEL_END = compiledPattern(`(?:${FIELD_LABEL})$`);

/** How many times a character occurs in a text. */
const count = (text: string, ch: string): number => text.split(ch).length - 1;

/** Round brackets opened and not yet closed (full- or half-width). */
const openBrackets = (text: string): number => count(text, '（') + count(text, '(') - count(text, '）') - count(text, ')');

/** Words that end the name of a field rather than a heading: 项目名称, 建设地点, 资金来源, 完成时间, 2024年目标 …. */
const FIELD_NAME_END = /(?:名称|地点|地址|内容|来源|时间|时限|期限|规模|标准|方式|对象|范围|金额|主体|单位|部门|领导|人员|电话|目标|任务|要求)$/;

type TitleStyle = 'standalone' | 'inline' | 'unknown';

function headingStyle(it: Item): TitleStyle {
  const n = it.heading.span.n;
  const end = sentenceEnd(it.heading.span);
  if (end < 0 && it.heading.standalone) return 'standalone';
  if (end >= 0 && end <= 40 && !/[，,]/.test(n.slice(0, end))) return 'inline';
  return 'unknown';
}

function majority(styles: TitleStyle[]): TitleStyle {
  const standalone = styles.filter((s) => s === 'standalone').length;
  const inline = styles.filter((s) => s === 'inline').length;
  return standalone > inline ? 'standalone' : inline > standalone ? 'inline' : 'unknown';
}

/** Do the headings of a sibling group stand alone on their line, or run into their text after a full stop? Falls back to the rank. */
function titleStyles(items: Item[]): ByItem<TitleStyle> {
  const byGroup = new Map<string, TitleStyle[]>();
  const byRank = new Map<number, TitleStyle[]>();
  const key = (it: Item) => `${it.parent ? it.parent.index : -1}:${it.rank}`;
  for (const it of items) {
    const st = headingStyle(it);
    pushTo(byGroup, key(it), st);
    pushTo(byRank, it.rank, st);
  }
  // one majority per group and per rank, not one per item: a group may hold thousands
  const groupStyle = new Map([...byGroup].map(([k, members]) => [k, { style: majority(members), size: members.length }]));
  const rankStyle = new Map([...byRank].map(([k, members]) => [k, majority(members)]));
  const out = new ByItem<TitleStyle>(items.length);
  for (const it of items) {
    const group = groupStyle.get(key(it))!;
    out.set(it, group.style !== 'unknown' || group.size > 1 ? group.style : rankStyle.get(it.rank)!);
  }
  return out;
}

/** What a sibling group tells about glued titles: how many are glued, and the lengths of the standalone titles. */
interface SiblingEvidence {
  standaloneLengths: Map<number, number>;
}
function siblingEvidence(items: Item[], ownStyles: ByItem<TitleStyle>, heads: ByItem<TitleParts>): Map<Item | null, SiblingEvidence> {
  const out = new Map<Item | null, SiblingEvidence>();
  for (const it of items) {
    const parent = it.parent ?? null;
    let ev = out.get(parent);
    if (!ev) out.set(parent, (ev = { standaloneLengths: new Map() }));
    if (ownStyles.get(it) === 'standalone') {
      const len = heads.get(it).title.length;
      ev.standaloneLengths.set(len, (ev.standaloneLengths.get(len) ?? 0) + 1);
    }
  }
  return out;
}

/** The standalone title lengths of an item's siblings (itself left out), as splitGluedTitle takes them. */
function otherLengths(ev: SiblingEvidence, self: number | null): number[] {
  const out: number[] = [];
  for (const [len, count] of ev.standaloneLengths) if (count - (len === self ? 1 : 0) > 0) out.push(len);
  return out;
}

/** The title of every item, with the heading parts it was taken from. */
export function itemTitles(items: Item[], diagnostics: Diagnostic[]): { titles: ByItem<string>; heads: ByItem<TitleParts> } {
  const styles = titleStyles(items);
  const ownStyles = ByItem.from(items, headingStyle);
  const titles = new ByItem<string>(items.length);
  const heads = ByItem.from(items, (it) => headingParts(it.heading));
  const glued = ByItem.from(items, (it) => it.table === undefined && looksGlued(heads.get(it).title, styles.get(it)));
  const evidence = siblingEvidence(items, ownStyles, heads);
  // the titles of standalone siblings are the evidence for a glued title's length
  const splitOf = (it: Item) => {
    const { title } = heads.get(it);
    return splitGluedTitle(title, otherLengths(evidence.get(it.parent ?? null)!, ownStyles.get(it) === 'standalone' ? title.length : null));
  };
  const splits = ByItem.from(items, (it) => (glued.get(it) ? splitOf(it) : null));
  // a cut is sure where what follows it opens a body for certain, or where the siblings' headings are known to stand
  // alone or run on; where their style is unknown, a long first clause alone is weak evidence, and a cut before a verb
  // that merely may open a body (（四）组织新闻媒体 | 开展多种形式的宣传报道，…) stands only beside a sibling cut for sure
  const sure = (it: Item) => Boolean(splits.get(it)?.bodyStart || (splits.get(it) && styles.get(it) !== 'unknown'));
  const cutSiblings = new Map<Item | null, number>();
  for (const it of items) if (sure(it)) cutSiblings.set(it.parent ?? null, (cutSiblings.get(it.parent ?? null) ?? 0) + 1);
  for (const it of items) {
    let title = heads.get(it).title;
    const cutSibling = (cutSiblings.get(it.parent ?? null) ?? 0) - (sure(it) ? 1 : 0) > 0;
    // a heading is glued when the evidence says so, or when a sibling's was cut and its title reads like a sentence; a
    // table's task cell is a cell, never a heading glued to its body (完成公共空间优化项目，推进…)
    const asSibling = () => it.table === undefined && styles.get(it) === 'unknown' && /[，,；;]/.test(title) && cutSibling;
    // where the titles run on after a full stop (or may), a first sentence is the title unless the body plainly starts
    // inside it: 推进老旧小区改造今年完成…改造42个，惠及居民… (a time and its work), 清理农村生活垃圾各乡镇（街道）要… (a subject and its duty)
    const runOn = () => it.table === undefined && styles.get(it) !== 'standalone' && title.length > 16 ? splitOf(it) : null;
    const firmCut = (split: ReturnType<typeof splitOf>) => (split?.firm ? split : null);
    const split = glued.get(it) ? (sure(it) || cutSibling ? splits.get(it) : null) : asSibling() ? splitOf(it) : firmCut(runOn());
    if (split) {
      title = split.title;
      if (!split.certain) diagnostics.push(diag('title-uncertain', { title }, it.line, it.col));
    }
    titles.set(it, title);
  }
  return { titles, heads };
}
