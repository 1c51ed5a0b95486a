/**
 * Column headers of task tables (任务分工表, 责任清单): what each column holds.
 * 序号 → seq, 重点任务 → task, 牵头单位 → lead, 完成时限 → deadline …
 */
import { alternation, compiledPattern, replaceEvery } from './regex.js';
import { COOPERATING_WORDS, LEAD_WORDS, OVERSIGHT_WORDS } from './roles.js';
import { PERSON_LABEL_END } from './labels.js';

export type ColumnRole =
  | 'seq'
  | 'section'
  | 'task'
  | 'measures'
  | 'lead'
  | 'cooperating'
  | 'responsible'
  | 'deadline'
  /** A start date (开工时间): never the deadline. */
  | 'start'
  | 'remark'
  /** People (责任领导, 分管领导): never units. */
  | 'person'
  /** Text about the work (推进情况, 完成情况): never units. */
  | 'progress'
  /** The offices that score or oversee the work (评分部门, 督办单位): names, never the units that do it. */
  | 'oversight'
  | 'other';

/** A 序号 numbered under its category: 1-1, 1-2, 2-1 (the row's own number is the second). */
export const SEQ_UNDER_CATEGORY = /^\d{1,3}[-－–—](\d{1,3})$/;

export const SEQ_HEADERS = ['序号', '编号', '序', 'NO.', 'No.', 'no.', 'NO', 'No', 'no'] as const;
/** Nouns that end a unit column's header: 责任单位, 牵头部门, 责任主体, 责任分工 (its cells: X牵头，Y配合). */
export const UNIT_COLUMN_ENDINGS = ['责任分工', '职责分工', '部门分工', '责任单位', '责任部门', '责任主体', '行使主体', '实施单位', '承办单位', '负责单位', '落实单位', '责任处室', '主体单位', '单位', '部门', '科室', '处室', '股室'] as const;
export const DEADLINE_HEADERS = ['完成时限', '时间节点', '完成时间', '时限', '进度安排', '进度要求', '时间要求', '完成期限', '截止时间', '时间'] as const;
export const REMARK_HEADERS = ['备注', '说明'] as const;
export const MEASURE_HEADERS = ['细化分工', '细化任务', '细化内容', '措施', '举措', '具体内容', '具体要求', '工作要求', '任务要求', '有关要求', '相关要求', '主要要求', '实施内容', '具体工作', '工作目标', '主要目标', '预期成效'] as const;
export const TASK_HEADERS = ['任务', '事项名称', '权力名称', '职权名称', '权责名称', '权力责任名称', '事项', '工作内容', '主要内容', '项目名称', '内容', '重点工作', '工作', '项目', '目标', '实事', '指标名称', '题目', '案由', '问题'] as const;
export const SECTION_HEADERS = ['类别', '类型', '领域', '分类', '板块', '方面', '专项', '方向', '部分'] as const;
/** The words a header cell ends with, where a scrape glued the cells together (序号, 重点督办内容, 牵头单位, 完成时限, 全年完成情况). */
export const HEADER_CELL_ENDINGS = ['序号', '类别', '类型', '领域', '内容', '任务', '事项', '措施', '目标', '单位', '部门', '领导', '责任人', '时限', '时间', '期限', '节点', '情况', '备注', '名称', '主体', '处室', '科室', '题目', '案由', '分工'] as const;
/** Columns of a progress table that hold text about the work, never units (1-10月推进情况, 完成情况). */
export const PROGRESS_HEADERS = ['推进情况', '进展情况', '完成情况', '落实情况', '进度情况', '是否达序', '是否完成'] as const;
/** Columns of the offices that score or oversee the work (评分部门, 考核单位, 督办单位): never the units that do it (被考核单位 are). */
export const OVERSIGHT_HEADERS = ['评分', '考核', '考评', '评价', ...OVERSIGHT_WORDS] as const;
/** A column of units of measure (计量单位; a bare 单位 beside another unit column): its cells are %, 万亩, 个, never names. */
export const MEASURE_UNIT_HEADER = '计量单位';

const anyOf = (words: readonly string[]) => compiledPattern(alternation(words));
const SEQ = compiledPattern(`^(?:${alternation(SEQ_HEADERS)})$`);
const UNIT_END = compiledPattern(`(?:${alternation(UNIT_COLUMN_ENDINGS)})$`);
const LEAD = anyOf(LEAD_WORDS);
// 联合 and 相关 open labels (相关单位：) but also other headers (相关政策): not a cooperating column by themselves
const COOPERATING = anyOf(COOPERATING_WORDS.filter((w) => w !== '联合' && w !== '相关' && w !== '支撑'));
const DEADLINE = anyOf(DEADLINE_HEADERS);
const REMARK = anyOf(REMARK_HEADERS);
const MEASURES = anyOf(MEASURE_HEADERS);
const TASK = anyOf(TASK_HEADERS);
const SECTION = anyOf(SECTION_HEADERS);
const SECTION_END = /(?:类别|类型|分类)$/;
const QUANTITY_END = /(?:数|数量|额)$/;
const PROGRESS = anyOf(PROGRESS_HEADERS);
const OVERSIGHT = compiledPattern(`^(?:牵头)?(?:${alternation(OVERSIGHT_HEADERS)})(?:部门|单位|处室|科室)$`);
/** Words of a start date column: 开工时间, 开始时间, 启动时间. */
export const START_DATE_WORDS = ['开工', '开始', '启动', '起始', '动工'] as const;
/** Words of an end date: a header with one of these (开工及竣工时间) holds the deadline too. */
export const END_DATE_WORDS = ['竣工', '完工', '完成', '截止', '办结', '结束'] as const;
const START_DATE = anyOf(START_DATE_WORDS);
const END_DATE = anyOf(END_DATE_WORDS);
/**
 * A date header wrapped in a one-cell-a-line copy: its first half (开工, 竣工, 完成, 计划 …)
 * names no column, its second half (时间, 日期, 时限 …) is the date word.
 */
export const WRAPPED_DATE_HEADS = [...START_DATE_WORDS, ...END_DATE_WORDS, '计划', '实施'] as const;
export const WRAPPED_DATE_TAILS = ['时间', '日期', '时限', '期限'] as const;
/** A category named with an ordinal and a colon: 行动一：…, 任务二：…, 专项三： (its colon sets no label apart). */
export const NAMED_ORDINAL = /^[\u4e00-\u9fa5]{1,4}[一二三四五六七八九十]{1,3}[：:]/;

/** A note in brackets after a header: 责任单位（加黑为牵头单位）. */
const BRACKETED = /[（(][^（）()]*[）)]/;

/** The roles of a column that names units. */
export type UnitColumn = 'lead' | 'cooperating' | 'responsible';
export const isUnitColumn = (role: ColumnRole): role is UnitColumn => role === 'lead' || role === 'cooperating' || role === 'responsible';

/** A header's words without the spaces of letter spacing: 牵 头 单 位 → 牵头单位. */
export function headerWords(header: string): string {
  return header.replace(/[\s\u3000]/g, '');
}

/** What a column holds, from its header (Simplified, spaces allowed: 牵 头 单 位). */
export function columnRoleOf(header: string): ColumnRole {
  const spaced = headerWords(header);
  const h = replaceEvery(spaced, BRACKETED, '') || spaced.replace(/[（）()]/g, '');
  if (!h) return 'other';
  if (SEQ.test(h)) return 'seq';
  // 牵头领导, 责任领导, 分管领导: people, never a unit column; 推进情况: text about the work
  if (PERSON_LABEL_END.test(h)) return 'person';
  if (PROGRESS.test(h)) return 'progress';
  // 是否需履行公众参与…程序: a yes-or-no column, whatever words it asks about
  if (h.startsWith('是否')) return 'other';
  if (OVERSIGHT.test(h)) return 'oversight';
  if (h === MEASURE_UNIT_HEADER) return 'other';
  if (UNIT_END.test(h) || LEAD.test(h) || COOPERATING.test(h)) return unitColumnRole(h);
  // a start date (开工时间, 开始时间) is no deadline: the 竣工/完成 column beside it is (开工及竣工时间 holds both)
  if (DEADLINE.test(h)) return START_DATE.test(h) && !END_DATE.test(h) ? 'start' : 'deadline';
  if (REMARK.test(h)) return 'remark';
  if (MEASURES.test(h)) return 'measures';
  // 任务类别, 项目类型: a kind of task is a category, not the task
  if (SECTION_END.test(h)) return 'section';
  // 区本级任务数, 项目数量, 投资额: a count or an amount of the tasks, not the task
  if (QUANTITY_END.test(h)) return 'other';
  if (TASK.test(h)) return 'task';
  if (SECTION.test(h)) return 'section';
  return 'other';
}

/** 牵头单位 → lead; 配合单位 → cooperating; 责任单位, 责任主体与协同单位 → responsible. */
function unitColumnRole(h: string): ColumnRole {
  if (h.startsWith('责任')) return 'responsible';
  if (LEAD.test(h)) return 'lead';
  if (COOPERATING.test(h)) return 'cooperating';
  return 'responsible';
}

/** A cell that is a figure or a unit of measure (42, ≥2%, 0.07, 万亩, 万元/人, -): a value or its measure, never a task. */
export const MEASURE_VALUE = /^(?:[-—－/／]|[≥≤<>＞＜约]?[\d.,]+\s*(?:%|％|‰)?|(?:万|亿|千|百)?(?:元|人|亩|吨|斤|头|只|个|家|户|座|处|项|件|台|辆|套|次|公里|千米|米|平方米|立方米|千瓦|兆瓦|公顷|床|张|所|条|场|人次)(?:[/／](?:人|户|亩|年|千人|万人))?|%|％)$/;

/**
 * A header's cells with a bare 单位 named as the units of measure it holds when another column names units
 * (考核内容 / 单位 / 年度目标 / 责任部门: 单位 holds %, 万亩), or when, given the column's cells (`values`), every one
 * is a measure (万吨, 辆, %: an indicator table); alone, 单位 is the units column.
 */
export function withMeasureUnitColumn(header: readonly string[], values?: (column: number) => string[]): string[] {
  const bare = (h: string) => headerWords(h) === '单位';
  if (!header.some(bare)) return [...header];
  const beside = header.some((h) => !bare(h) && isUnitColumn(columnRoleOf(h)));
  const measures = (i: number) => {
    const cells = (values?.(i) ?? []).map((v) => v.trim()).filter(Boolean);
    return cells.length > 0 && cells.every((v) => MEASURE_VALUE.test(v));
  };
  return header.map((h, i) => (bare(h) && (beside || measures(i)) ? MEASURE_UNIT_HEADER : h));
}
