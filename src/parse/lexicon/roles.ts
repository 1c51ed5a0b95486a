/**
 * Role words: how a notice says who leads (牵头), who cooperates (配合) and who
 * is responsible (负责). One table for labels (牵头单位：), role phrases after
 * names (市发改委牵头), role marks in brackets (省发改委（牵头）) and table headers.
 */
import { alternation, compiledPattern } from './regex.js';

export type RoleName = 'lead' | 'responsible' | 'cooperating';

/** Words that open a lead label or column: 牵头单位, 主办单位, 主责部门. */
export const LEAD_WORDS = ['牵头', '主办', '主责', '主要责任', '主体责任'] as const;
/** Words that open a cooperating label or column: 配合单位, 协办单位, 支撑单位. */
export const COOPERATING_WORDS = ['配合', '参与', '参加', '协同', '协办', '会办', '协助', '协作', '联合', '相关', '支撑'] as const;
/** Words that open a plain responsibility label: 责任单位, 承办单位, 落实单位. */
export const RESPONSIBLE_WORDS = ['承办', '实施', '落实', '具体负责', '负责'] as const;
/** Oversight labels (督办单位): not a unit's own task. */
export const OVERSIGHT_WORDS = ['督办', '督查', '监督'] as const;

/** A role written as the kind of unit its names are (省农业农村厅为牵头单位，省教育厅为配合单位). */
export const ROLE_AS_KIND: readonly (readonly [string, RoleName])[] = [
  ['为牵头单位', 'lead'],
  ['为牵头部门', 'lead'],
  ['为配合单位', 'cooperating'],
  ['为配合部门', 'cooperating'],
  ['为协办单位', 'cooperating'],
  ['为参与单位', 'cooperating'],
  ['为责任单位', 'responsible'],
  ['为责任部门', 'responsible'],
];

/** Role phrases written after a unit or a run of units; longest first, so that 牵头负责 wins over 负责. */
export const ROLE_PHRASES: readonly (readonly [string, RoleName])[] = [
  ['按职责分工牵头负责', 'lead'],
  ['按职责分工负责落实', 'responsible'],
  ['按职责分工负责', 'responsible'],
  ['按职能分工负责', 'responsible'],
  ['按职责分工落实', 'responsible'],
  ['按职能分工落实', 'responsible'],
  ['按照职责分工负责', 'responsible'],
  ['根据职责分工负责', 'responsible'],
  ['按职责配合', 'cooperating'],
  ['按职责负责', 'responsible'],
  ['按职责落实', 'responsible'],
  ['分工负责', 'responsible'],
  ['分别负责', 'responsible'],
  ['共同负责', 'responsible'],
  ['具体负责', 'responsible'],
  ['各负其责', 'responsible'],
  ['负责具体落实', 'responsible'],
  ['负责具体实施', 'responsible'],
  ['牵头办理', 'lead'],
  ['负责办理', 'responsible'],
  ['配合办理', 'cooperating'],
  ['协助办理', 'cooperating'],
  ['配合实施', 'cooperating'],
  ['协助实施', 'cooperating'],
  ['参与实施', 'cooperating'],
  ['配合落实', 'cooperating'],
  ['协助落实', 'cooperating'],
  ['具体实施', 'responsible'],
  ['负责实施', 'responsible'],
  ['负责落实', 'responsible'],
  ['具体落实', 'responsible'],
  ['负责组织实施', 'responsible'],
  ['负责组织落实', 'responsible'],
  ['负责指导', 'responsible'],
  ['负责监管', 'responsible'],
  ['配合监管', 'cooperating'],
  ['协助监管', 'cooperating'],
  ['组织实施', 'responsible'],
  ['组织落实', 'responsible'],
  ['共同牵头负责', 'lead'],
  ['共同牵头', 'lead'],
  ['联合牵头', 'lead'],
  ['分别牵头', 'lead'],
  ['牵头负责', 'lead'],
  ['负责牵头', 'lead'],
  ['牵头抓总', 'lead'],
  ['牵头落实', 'lead'],
  ...ROLE_AS_KIND,
  ['总牵头', 'lead'],
  ['牵头', 'lead'],
  ['主办', 'lead'],
  ['主抓', 'lead'],
  ['协同配合', 'cooperating'],
  ['配合落实', 'cooperating'],
  ['共同参与', 'cooperating'],
  ['配合', 'cooperating'],
  ['参与', 'cooperating'],
  ['参加', 'cooperating'],
  ['协同', 'cooperating'],
  ['协助', 'cooperating'],
  ['协办', 'cooperating'],
  ['负责', 'responsible'],
  ['承办', 'responsible'],
  ['指导', 'responsible'],
  ['落实', 'responsible'],
];

/** How a role phrase may say the units act, before its role word (省贸促会按职责分工配合): no part of a name. */
export const ROLE_MANNERS = [
  '按照各自职责分工', '按各自职责分工', '根据各自职责分工', '按照职责分工', '根据职责分工', '按照职能分工', '按职责分工', '按职能分工',
  '按照各自职责', '按各自职责', '根据各自职责', '结合各自职责', '按照职责', '根据职责', '结合职责', '依据职责', '按职责', '依职责', '按照职能', '结合职能', '按职能',
  // by the fields each oversees, by the division of work, within their remits (各区、市各相关部门按分管领域负责)
  '按照分管领域', '按分管领域', '按照各自分工', '按各自分工', '按照分工', '根据分工', '按分工', '按照职责范围', '按职责范围', '在各自职责范围内',
] as const;
export const ROLE_MANNER_END = compiledPattern(`(?:${alternation(ROLE_MANNERS)})$`);

/** Role marks in brackets after one name: 省发改委（牵头）, 市财政局（配合单位）. */
export const BRACKET_ROLES: readonly (readonly [string, RoleName])[] = [
  ['共同牵头', 'lead'],
  ['联合牵头', 'lead'],
  ['牵头', 'lead'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['主办', 'lead'],
  ['主办单位', 'lead'],
  ['配合', 'cooperating'],
  ['配合单位', 'cooperating'],
  ['参与', 'cooperating'],
  ['参与单位', 'cooperating'],
  ['参加', 'cooperating'],
  ['参加单位', 'cooperating'],
  ['协办', 'cooperating'],
  ['协办单位', 'cooperating'],
  ['承办', 'responsible'],
  ['承办单位', 'responsible'],
  ['责任', 'responsible'],
  ['责任单位', 'responsible'],
];

/** A role and the part of the work it covers, in brackets after one name: 区社会事业局（牵头医疗医美板块）, 市财政局（配合资金保障）. */
export const BRACKET_ROLE_SCOPE_RE = /[（(](牵头|配合|协办|主办)([^（()）：:]{2,16})[）)]$/;

/** A role written right after a name in a list or a unit cell: 牵头, （牵头）, 配合, 等按职责分工负责. */
export const NAME_ROLE_TAIL = /(?:[（(](?:牵头|负责|配合|协办|主办)[）)]|(?:等)?(?:按职责分工|按职能分工|按职责|分别)?(?:牵头负责|牵头|负责|配合|参与|协办|主办|落实))$/;

/** A clause that ends in one of these names its units by role: （市发改委牵头，市财政局配合）. */
export const CLAUSE_ROLE_ENDINGS = ['牵头', ...ROLE_AS_KIND.map(([w]) => w), '负责实施', '负责', '配合', '参与', '参加', '协同', '协助', '协办', '主办', '承办', '落实', '组织实施', '具体实施', '配合实施', '协助实施', '参与实施', '各负其责', '办理', '指导', '配合监管', '协助监管'] as const;

/** A note that the first unit of each list leads: 排在首位的为牵头单位, 列第一位的为牵头单位. */
/** The note's condition: 责任单位两个以上的, 有多个责任单位的. */
export const LEAD_NOTE_TWO_OR_MORE = /两个以上|两个及以上|多个|两家以上/;
/** A note that the units before the first comma (or semicolon) of each list lead: 逗号前为牵头单位, 分号前的单位为牵头单位. */
export const LEAD_BEFORE_MARK_NOTE = /(逗号|分号)(?:之)?前(?:面)?(?:的)?(?:单位|部门)?[为是]牵头/;

/** The word a lead note names the lead with, a hard wrap's line break and indent allowed inside it (牵 / 头). */
export const LEAD_NOTE_WORD = /[牵牽][\s\u3000]*[头頭]/;

/** A note that a mark set on a unit's name makes it the lead: 标*的为牵头单位, 带★者为牵头单位, 加“▲”的单位为牵头单位. */
export const LEAD_MARK_NOTE = /(?:标注?有?|带有?|加注?|注有|有)[“"”'‘]?([*＊★☆▲△●◆※#])[”"'’]?(?:号|符号)?(?:的|者)(?:单位|部门)?[为是](?:工作)?牵头/;

export const LEAD_BY_ORDER_NOTE = /(?:[列排][在名序]?(?:第一|首|前)(?:位|者|个){0,2}的?(?:责任|主要责任)?(?:单位|部门)?|(?:第一|首位)的?(?:责任)?(?:单位|部门))[为是](?:工作|主要|总)?牵头/;

/** The rest of the lead word a lead note ends with (…为牵头单位): what follows it may say what the others are. */
export const LEAD_NOTE_REST = /^(?:单位|部门)/;

/** What such a note says of the other units, when it says they cooperate: 其余为配合单位, 其他列入单位为参与单位. */
export const OTHERS_COOPERATE_NOTE = /^[，,；;]?(?:其[余他它]|余下)(?:列入|所列|列出)?的?(?:责任|主要)?(?:单位|部门)?[为是](?:主要)?(?:配合|参与|协办|协助|参加)/;

/**
 * A role word named as a kind of body (配合部门, 牵头单位): after 和 it shares the qualifier before it (各场景牵头部门和配合部门
 * is one group, each scene's lead and cooperating departments), no name of its own.
 */
export const ROLE_BODY = compiledPattern(`^(?:${alternation([...LEAD_WORDS, ...COOPERATING_WORDS, ...RESPONSIBLE_WORDS, '责任'])})(?:部门|单位)$`);
export const BRACKET_ROLE_RE = compiledPattern(`[（(](${alternation(BRACKET_ROLES.map(([w]) => w))})[）)]`);
export const CLAUSE_ROLE_END_RE = compiledPattern(`(?:${alternation(CLAUSE_ROLE_ENDINGS)})$`);
const LEAD_START = compiledPattern(`^(?:${alternation(LEAD_WORDS)})`);
const COOPERATING_START = compiledPattern(`^(?:${alternation(COOPERATING_WORDS)})`);
const BRACKET_ROLE_OF = new Map<string, RoleName>(BRACKET_ROLES);

/** The role a label or column header opens with: 牵头单位 → lead, 配合部门 → cooperating, others → responsible. */
export function roleOfLabel(word: string): RoleName {
  if (LEAD_START.test(word)) return 'lead';
  if (COOPERATING_START.test(word)) return 'cooperating';
  return 'responsible';
}

/** Bracketed marks that the names before them share: 省工信厅、省财政厅（共同牵头）, both lead. */
export const JOINT_BRACKET_ROLES: ReadonlySet<string> = new Set(['共同牵头', '联合牵头']);

/** The role of a bracketed mark (牵头, 配合单位 …). */
export function roleOfBracket(word: string): RoleName {
  return BRACKET_ROLE_OF.get(word) ?? 'responsible';
}
