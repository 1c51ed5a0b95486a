/**
 * Labels that introduce a clause: units (责任单位：, 牵头部门：), people
 * (责任领导：, 联系人：), and time (完成时限：, 时间节点：). People are never units.
 */
import { alternation, compiledPattern } from './regex.js';
import { COOPERATING_WORDS, LEAD_WORDS, OVERSIGHT_WORDS, RESPONSIBLE_WORDS } from './roles.js';

/** The noun that ends a unit label: 责任单位, 牵头部门, 配合处室. */
export const UNIT_LABEL_NOUNS = ['单位', '部门', '处室', '科室', '股室', '主体', '机关'] as const;

/** Labels that name the units by another word than a role: 部门分工：省商务厅牵头，各地级以上市配合。; 数据提供单位：市统计局 (the unit that answers for a target's figure). */
export const UNIT_LABEL_ALIASES = ['部门分工', '责任分工', '单位分工', '分工部门', '职责分工', '数据提供单位', '数据来源单位'] as const;

/** The leaders a chief system names (链长制, 河长制, 林长制, 路长制): persons, whose units are labelled apart. */
const CHIEF_TITLES = ['链长', '河长', '湖长', '林长', '路长', '田长'] as const;

/** Labels that name people, not units. */
export const PERSON_LABELS = [
  '责任领导', '分管领导', '牵头负责领导', '牵头领导', '联系领导', '包挂领导', '挂钩领导', '包联领导', '包抓领导', '包保领导',
  '包片领导', '挂点领导', '督导领导', '牵头省领导', '牵头市领导', '省领导', '市领导', '县领导', '区领导', '分管负责同志',
  '分管省领导', '分管市领导', '分管县领导', '分管区领导', '责任省领导', '责任市领导', '责任县领导', '责任区领导', '分管副省长', '分管副市长',
  '分管副县长', '分管副区长', '配合领导', '协调领导', '协助领导', '主管领导', '主要领导', '分管负责人',
  '责任处室负责人', '责任人', '联系人', '负责人', '联络员', '领衔代表', '提案人', '建议人', '议案人',
  ...CHIEF_TITLES.flatMap((t) => [`总${t}`, `副${t}`, t]),
] as const;
/** How a person label ends, for labels not in the list. */
export const PERSON_LABEL_ENDINGS = ['领导', '责任人', '联系人', '负责人', '负责同志', '联络员', '代表', '提案人', '建议人', '议案人', ...CHIEF_TITLES] as const;

/** Labels of a deadline. */
export const TIME_LABELS = [
  '完成时限', '完成时间节点', '完成时间', '完成期限', '完成日期', '时间节点', '时间要求', '时限要求', '进度要求', '进度安排',
  '时间安排', '办结时限', '截止时间', '实施期限', '时间进度', '整改时限', '整改期限', '时限',
] as const;

/**
 * Labels of a task's other fields (its target, measures, content, progress): they name no
 * units, and one glued after a unit list ends it (责任单位：莲塘镇任务目标：…).
 */
export const FIELD_LABELS = [
  '任务目标', '工作目标', '目标任务', '整改目标', '整改措施', '工作措施', '具体措施', '主要措施', '推进措施', '工作内容',
  '主要内容', '建设内容', '项目内容', '任务内容', '实施内容', '实施项目', '建设规模', '工作要求', '整改要求', '进展情况', '推进情况', '完成情况',
  '存在问题', '问题描述', '佐证材料', '建议号', '提案号', '议案号', '整改意见', '处理意见', '处置措施', '处置意见', '办理意见',
] as const;

const ROLE_WORD = `(?:${alternation([...LEAD_WORDS, ...RESPONSIBLE_WORDS, ...COOPERATING_WORDS, ...OVERSIGHT_WORDS])})`;
/** What a unit label may name before its role: the kind of work (整改责任单位, 问题整改责任单位, 巡察整改责任单位, 隐患治理责任单位, 项目牵头单位). */
export const UNIT_LABEL_TOPICS = ['反馈问题整改', '问题整改', '隐患整改', '巡视整改', '巡察整改', '审计整改', '问题整治', '隐患治理', '问题销号', '整改', '整治', '项目', '任务', '共同'] as const;
/**
 * Whose unit a label names, by level, before it (省牵头单位：省农业农村厅 under a city's own units), only where no text runs
 * into it (after 城市 or 全省 the level word ends the text before the label). 区级相关部门 names units, it is no label.
 */
const UNIT_LABEL_LEVELS = '[省市县区]';
const UNIT_LABEL_LEVEL = `(?:(?<![\\u4e00-\\u9fa5])${UNIT_LABEL_LEVELS})`;
/** A role word alone as a label, in a bracketed clause only: [牵头:医药服务管理科;配合:基金监管科] (in running text, 牵头:张明同志 names people; 主办： is a website footer's word). */
export const ROLE_ONLY_LABELS = ['牵头', '配合', '协办', '参与'] as const;
/** What a unit label may add after its noun: the person who answers for the unit (牵头单位及负责人：X局　局长　陈志刚). */
export const UNIT_LABEL_PERSON_TAILS = ['及负责人', '及责任人', '及联系人', '和负责人', '和责任人'] as const;
/**
 * What a unit label may add after its noun: the office that carries the work out (责任单位及承办科室：市自然资源局，储备中心),
 * or another kind of body (责任处室及单位：种植业管理处，…，农技中心), whose names are units too.
 */
const UNIT_LABEL_OFFICE_TAIL = `(?:及|和|、)${ROLE_WORD}?(?:${alternation(UNIT_LABEL_NOUNS)})`;
/**
 * A unit label: a topic optional, one or two role words (协同配合单位), 责任 optional, then a noun (牵头单位, 牵头责任单位, 责任部门,
 * 整改责任单位), and a person or an office after it optional.
 */
export const UNIT_LABEL = `${UNIT_LABEL_LEVEL}?(?:${alternation(UNIT_LABEL_TOPICS)})?(?:${ROLE_WORD}{1,2}(?:责任)?|责任)(?:${alternation(UNIT_LABEL_NOUNS)})(?:${alternation(UNIT_LABEL_PERSON_TAILS)}|${UNIT_LABEL_OFFICE_TAIL})?|${alternation(UNIT_LABEL_ALIASES)}`;
/** Unit labels inside a bracketed clause, where a role word alone is one too. */
export const BRACKET_UNIT_LABEL = `${UNIT_LABEL}|${alternation(ROLE_ONLY_LABELS)}`;
/** Words that may open a person label: 项目责任人, 具体负责人, 第一责任人. */
export const PERSON_LABEL_QUALIFIERS = ['项目', '具体', '第一', '直接', '主要'] as const;
/** Words that may open a field label: 实际完成情况, 目前进展情况, 全年完成情况. */
export const FIELD_LABEL_QUALIFIERS = ['实际', '目前', '当前', '全年', '年度'] as const;
export const PERSON_LABEL = `(?:(?:${alternation(PERSON_LABEL_QUALIFIERS)})?(?:${alternation(PERSON_LABELS)}))`;
/** A bracket after a unit's name naming its person: 镇农业服务中心（责任人：张明）, 各村（社区）（责任人：各村支部书记）. */
export const PERSON_LABEL_BRACKET = compiledPattern(`[（(][ \\u3000]*${PERSON_LABEL}[：:][^（()）]*[）)]$`);
export const TIME_LABEL = `(?:${alternation(TIME_LABELS)})`;
export const FIELD_LABEL = `(?:(?:${alternation(FIELD_LABEL_QUALIFIERS)})?(?:${alternation(FIELD_LABELS)}))`;
/** Any label word; a time label is tried first, then units, then people, then other fields (the longest alternative of each wins). */
export const ANY_LABEL = `${TIME_LABEL}|${UNIT_LABEL}|${PERSON_LABEL}|${FIELD_LABEL}`;
/** Any label inside a bracketed clause. */
export const ANY_BRACKET_LABEL = `${TIME_LABEL}|${BRACKET_UNIT_LABEL}|${PERSON_LABEL}|${FIELD_LABEL}`;

export const TIME_LABEL_EXACT = compiledPattern(`^${TIME_LABEL}$`);
export const FIELD_LABEL_EXACT = compiledPattern(`^${FIELD_LABEL}$`);
/** What a unit label says before its role word: a level, a topic or both (省牵头单位, 项目牵头单位, 市整改责任单位). */
export const UNIT_LABEL_TOPIC_START = compiledPattern(`^${UNIT_LABEL_LEVELS}?(?:${alternation(UNIT_LABEL_TOPICS)})?(?=.{3})`);
export const PERSON_LABEL_END = compiledPattern(`(?:${alternation(PERSON_LABEL_ENDINGS)})$|^分管副`);
/** A unit label with the unit's person after it (牵头单位及负责人): a unit label, whose content's person is a leader. */
export const UNIT_LABEL_WITH_PERSON = compiledPattern(`(?:${alternation(UNIT_LABEL_NOUNS)})(?:${alternation(UNIT_LABEL_PERSON_TAILS)})$`);
export const OVERSIGHT_LABEL_START = compiledPattern(`^(?:${alternation(OVERSIGHT_WORDS)})`);

/** Titles of people: a clause naming only these (分管副省长、协管副秘书长负责) names leaders, not units. */
export const PERSON_TITLES = [
  '局长', '副局长', '厅长', '副厅长', '主任科员', '部长', '副部长', '处长', '副处长', '科长', '副科长', '镇长', '副镇长', '乡长', '副乡长', '站长', '所长', '院长', '校长', '队长', '主任委员',
  '省长', '副省长', '市长', '副市长', '县长', '副县长', '区长', '副区长', '州长', '副州长', '秘书长', '副秘书长', '主席', '副主席', '书记', '副书记',
  '领导', '同志', '负责同志', '负责人', '主任', '副主任', '组长', '副组长', '干部',
] as const;
export const PERSON_TITLE_END = compiledPattern(`(?:${alternation(PERSON_TITLES)})$`);
/** A clause that opens with a leader's title: 分管副市长孙立平负责统筹调度, 市领导张三协调 (a person, never a unit). */
export const LEADER_OPENING = compiledPattern(`^由?(?:分管|主管|协管|联系|包联|包抓|常务)?(?:${alternation(PERSON_TITLES)})`);
/** A person after a unit, set apart by spaces: 市交通运输局　局长　陈志刚 (a title, then a name of two or three characters). */
export const TRAILING_PERSON = compiledPattern(`[ \\u3000]+(?:${alternation(PERSON_TITLES)})[ \\u3000]*[\\u4e00-\\u9fa5]{2,3}$`);
/** What a leader named in a unit clause does: （由徐明金同志协调，区瀛湖管理局负责）. */
export const LEADER_VERBS = ['协调', '督办', '督导', '调度', '统筹', '包抓', '包联', '挂帅', '分管', '联系'] as const;
export const LEADER_VERB_END = compiledPattern(`(?:${alternation(LEADER_VERBS)})$`);
