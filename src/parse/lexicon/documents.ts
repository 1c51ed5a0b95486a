/**
 * Kinds of official documents (公文种类) and the words around a title. The
 * lists differ on purpose: each says where a title may end in one situation.
 */
import { alternation, compiledPattern } from './regex.js';

/** Every word a complete title may end with (通知, 实施方案, 工作要点, 任务书 …). */
export const DOCUMENT_TYPES = [
  '通知', '意见', '方案', '办法', '规定', '决定', '通报', '函', '批复', '报告', '规划', '计划', '细则', '要点', '清单', '纲要',
  '公告', '通告', '决议', '指引', '指南', '措施', '条例', '分工', '分工表', '任务书', '实施意见', '若干规定', '若干政策', '若干举措', '行动', '工作要点', '安排',
] as const;

/** Types of a title of the canonical form 关于…的X, standing whole on one line. */
export const CANONICAL_TITLE_TYPES = ['通知', '意见', '实施意见', '决定', '通报', '批复', '函', '报告', '方案', '实施方案'] as const;

/** Types that a title broken across lines ends with on its last line alone (…工作任务分工 / 的通知). */
export const TITLE_TAIL_TYPES = CANONICAL_TITLE_TYPES;

/**
 * Types after which addressees may be glued (…的通知各县、区人民政府：). Kept
 * short: longer words (行动, 安排) end phrases inside titles too often.
 */
export const ADDRESSED_TITLE_TYPES = ['通知', '意见', '决定', '通报', '批复', '函'] as const;

/** Types after which a flattened head may be cut before its doc number or addressees. */
export const GLUED_HEAD_TYPES = ['通知', '意见', '方案', '办法', '规定', '决定', '通报', '规划', '计划', '细则', '要点', '清单', '纲要', '措施'] as const;

/** A title that prints or forwards another document (关于印发…方案) ends with one of these. */
export const COVER_TYPES = ['通知', '函'] as const;
export const COVER_VERBS = ['印发', '转发', '下发', '公布', '颁布'] as const;

/** Words of a page title that name the website rather than the document. */
export const SITE_NAME_ENDINGS = ['网', '网站', '门户', '官网', '首页', '频道', '文件', '公报'] as const;
/** Words that show a page-title piece is still the document's title. */
export const TITLE_WORDS = ['关于', '通知', '意见', '方案', '决定'] as const;

/** Keys of the metadata block of a government page (索引号：, 发文字号：, 成文日期：, or a numbered list of [主题分类] …); spaces inside them allowed. */
export const METADATA_KEYS = [
  '索引号', '主题分类', '公文种类', '发文机关', '发文机构', '联合发文单位', '发布机构', '成文日期', '发布日期', '印发日期', '发文日期', '生效日期', '实施日期', '文件来源', '公开方式', '标题', '名称',
  '主题词', '文号', '发文字号', '有效性', '废止日期', '来源', '信息来源', '作者', '浏览次数', '字号', '分类', '体裁分类', '组配分类', '服务对象',
] as const;

/** A pattern for a metadata key, letter-spaced or not (索 引 号, 标  题). */
const keyPattern = (keys: readonly string[]): string => keys.map((k) => [...k].join('[ \\t]*')).sort((a, b) => b.length - a.length).join('|');
export const METADATA_KEY = keyPattern(METADATA_KEYS);
/** The keys that only a page's metadata uses (成文日期, 发文字号): in 【】 a short key (【来源】, 【标题】) may be a task's field. */
export const LONG_METADATA_KEY = keyPattern(METADATA_KEYS.filter((k) => k.length >= 3));

/** What a title may add after its type, in brackets: its years (行动计划（2021-2023年）, （2023年—2025年）), its edition (（2023年修订）, （2024年版）) or its standing (试行, 征求意见稿). */
export const TITLE_QUALIFIERS = ['试行', '暂行', '修订', '修订稿', '修订版', '征求意见稿', '草案', '送审稿'] as const;
const YEAR = '\\d{4}[ \\t]*年?';
const TITLE_QUALIFIER = `[（(](?:${YEAR}[ \\t]*[-—–－~～至到][ \\t]*${YEAR}|${YEAR}(?:修订|修正|版)?|${alternation(TITLE_QUALIFIERS)})[）)]`;
/** A title's bracketed qualifier at its end, to compare titles without it. */
export const TITLE_QUALIFIER_END = compiledPattern(`${TITLE_QUALIFIER}$`);
export const DOCUMENT_TYPE_END = compiledPattern(`(?:${alternation(DOCUMENT_TYPES)})(?:${TITLE_QUALIFIER})?$`);
export const COVER_TITLE = compiledPattern(`关于(?:${alternation(COVER_VERBS)})`);
export const COVER_TYPE_END = compiledPattern(`(?:${alternation(COVER_TYPES)})$`);
export const SITE_NAME_END = compiledPattern(`(?:${alternation(SITE_NAME_ENDINGS)})$`);
export const TITLE_WORD = compiledPattern(alternation(TITLE_WORDS));

/** The attachment list of a cover letter: 附件：1.… (a number may follow 附件). */
export const ATTACHMENT_LIST = /^附[ \t]*件[ \t]*[0-9一二三四五六七八九十]*[ \t]*[：:]/;
/** The first line of an attachment after the signature: 附件 / 附件2. */
export const ATTACHMENT_START = /^附[ \t]*件[ \t]*[0-9一二三四五六七八九十]*$/;
/** 附件: with nothing after its colon: an attachment's first line, or a list of attachments whose items follow on their own lines. */
export const ATTACHMENT_COLON_ALONE = /^附[ \t]*件[ \t]*[0-9一二三四五六七八九十]*[ \t]*[：:][ \t]*$/;

/**
 * Parts of a plan that say how the work is safeguarded, not what it is (四、保障措施, 三、工作要求): a duty sentence in
 * them (领导小组负责统筹协调…) describes who governs the work; only a unit clause makes their items tasks.
 */
export const SAFEGUARD_PARTS = ['保障措施', '保障机制', '工作保障', '组织保障', '工作要求', '有关要求', '组织实施', '实施保障'] as const;
export const SAFEGUARD_PART = compiledPattern(alternation(SAFEGUARD_PARTS));
