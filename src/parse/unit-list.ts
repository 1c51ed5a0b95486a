/**
 * The unit-list grammar: `省科技厅、经信委、发改委等省直有关部门，各市、县（区）人民政府`
 * → 省科技厅, 省经信委, 省发改委, 省直有关部门 (open-ended), 各市、县（区）人民政府.
 */
import type { Role, Unit } from '../model/notice.js';
import { type TwinText, sliceTwin, splitTopLevel, trimTwin } from './twin.js';
import { WS } from './chars.js';
import { BRANCH_RE, BRANCH_SUFFIXES, CATCH_ALL_TAIL, GOVERNMENTS_TAIL, SHARED_ORGAN_ALONE, SHARED_ORGAN_MAX, endsWithUnitSuffix, GENERIC_RE, GENERIC_ZONE_RE, hasUnitSuffix, isCatchAll, isDepartmentStem, isNamedTownship, isRegionCollective, LEVEL_BRACKETS, OWN_ORGANISATION_RE, PARTY_DEPARTMENT_RE, PROVINCE_PLACE_RE } from './lexicon/units.js';

export { hasUnitSuffix, isCatchAll, isRegionCollective } from './lexicon/units.js';
import { allMatches, compiledPattern, replaceEvery } from './lexicon/regex.js';
import { BRACKET_ROLE_RE, BRACKET_ROLE_SCOPE_RE, JOINT_BRACKET_ROLES, ROLE_BODY, ROLE_MANNER_END, ROLE_PHRASES, roleOfBracket } from './lexicon/roles.js';
import { PERSON_LABEL_BRACKET, PERSON_TITLE_END } from './lexicon/labels.js';
import { isSurname } from './lexicon/persons.js';

export interface UnitListResult {
  units: Unit[];
  openEnded: boolean;
}

const COUNTED_TAIL = /^[\d一二三四五六七八九十两]+个/;

/**
 * A place-level token inside the name (平潭综合实验区管委会, 人行福州中心支行; 项城市人民政府, 成都市政府, though 城市 and 都市 are
 * words elsewhere, and 水城县 and 武城县, where 城 before 县 is no word of its own; a site named before its kind, 富水湖湿地公园
 * or 九宫山风景区, though a 森林公园管理处 named by its kind alone is the level's own; a village's centre or school, 东村中心, though 农村 is a field: 农业农村中心).
 */
const PLACE_INSIDE = /[\u4e00-\u9fa5]城区(?=人民政府|政府|委|办事处)|[\u4e00-\u9fa5][城都]市(?=人民政府|政府)|[\u4e00-\u9fa5](?:(?<!城|都|超|门)[市区]|[县州盟旗])(?!场|域|直|级|委员)|[\u4e00-\u9fa5]{2}(开发区|新区|实验区|示范区|高新区|科学城|科技城|生态城|新城|保税区|自贸区|综保区|港区)|[\u4e00-\u9fa5]{2}(镇|乡|街道)(?=人民政府|政府|党委|办事处|卫生院|派出所)|[\u4e00-\u9fa5]{1,2}(?<!农)村(?=消防|派出所|卫生院|卫生室|供电所|中心|学校|小学|中学)|[\u4e00-\u9fa5]{2}(?:湿地公园|森林公园|地质公园|风景名胜区|风景区|自然保护区|水库)/;

const LEVEL_WORD_NEAR_START = /[省市县区盟旗]/;

interface Prefix {
  gov: string;
  party: string | null;
}

/** The administrative qualifier that opens a name: 省 (省科技厅), 市委 (市委宣传部), 福州市 (福州市发改委). */
export function levelPrefix(name: string): Prefix | null {
  const partyOf = /^([省市县区州旗盟])委(?!员会)/.exec(name)?.[1];
  if (partyOf !== undefined && name.length > 2) return { gov: partyOf, party: `${partyOf}委` };
  // 市政 is a word (市政局, 市政公用局: municipal works), save in 市政府, 市政法委, 市政协, 市政务服务中心, 市政策研究室
  // 旗 and 盟 are Inner Mongolia's counties and prefectures (旗商务局, 盟行署)
  // a street office's own offices hand on 街道 (街道规划建设办、安监办 → 街道安监办)
  // (市外 is outside the city, save in the offices of foreign affairs and trade: 市外事办, 市外经贸局, 省外侨办)
  const gov = /^(街道(?=[\u4e00-\u9fa5]{2,}(?:办|站|所|中心))(?!办事处)|[省市县区州镇乡旗盟])(?!场|域|直|级|属|内|情|村|镇|舰|帜|友|约|外(?!事|办|经|贸|资|侨|宣|汇|专))(?<!市(?=政(?!府|法|协|务|研|数|策)))/.exec(name)?.[1];
  if (gov !== undefined && name.length > 2) return { gov, party: null };
  // 各…, and names of their own organisation (人民银行大连市中心支行) hand on no place; a province named with its
  // level word does (青海省科学技术厅、市场监督管理局 → 青海省市场监督管理局)
  if (name.startsWith('各') || (OWN_ORGANISATION_RE.test(name) && !PROVINCE_PLACE_RE.test(name))) return null;
  // the cut stands at positions 1 to 8: most names hold no level word there, and need no scan
  if (!LEVEL_WORD_NEAR_START.test(name.slice(1, 9))) return null;
  // 社区, 景区, 矿区, 库区, 校区, 园区, 片区, 辖区, 小区 are no places that hand on a prefix, nor is the 市 of 市容 (绿化市容局)
  for (const cut of name.matchAll(/(?<=^[\u4e00-\u9fa5]{1,8})(?<!城|都|超|社|景|矿|库|校|园|片|辖|小|病|灾|营)(?:省|市|县|区|盟|旗)(?!场|域|直|级|容|貌|委员会)/g)) {
    const end = cut.index + cut[0].length;
    const rest = name.slice(end);
    if (rest.length >= 2 && !/^[省市县区州盟旗](?!场)/.test(rest) && hasUnitSuffix(rest)) return { gov: name.slice(0, end), party: null };
  }
  return null;
}

/** The collective of places that opens a department's name: 各区 of 各区消防救援部门, 各县（市、区） of 各县（市、区）教育局. */
const COLLECTIVE_OPENING = /^各(?:区县|县区|县市区|县（市、区）|县（区）|市（州）|区|县|市|盟|旗|州)(?![场域直级属内外情城])/;
/** A government or its office after the collective: the compound (各区人民政府、管委会) is read elsewhere. */
const GOVERNMENT_BODY = /政府|党委|办事处|管委会|管理委员会/;

/**
 * The collective of places that a department's name opens with, handed on to the bare departments after it in its run:
 * 各区消防救援部门、商务部门 → 各区商务部门 (each district's), as 市发改委、财政局 hands on 市.
 */
function collectivePrefix(name: string): Prefix | null {
  const m = COLLECTIVE_OPENING.exec(name);
  if (!m) return null;
  const rest = name.slice(m[0].length);
  return isBareDepartment(rest) && !GOVERNMENT_BODY.test(rest) ? { gov: m[0], party: null } : null;
}

/** Branch nouns standing alone (乡畜牧站、卫生院、派出所: the township's police station): no place of their own in them. */
const BARE_BRANCHES: ReadonlySet<string> = new Set(BRANCH_SUFFIXES.filter((b) => !['集团', '公司', '股份', '海关', '管委会'].includes(b)));

/** A bare department name such as 经信委 that takes the level prefix of the run it stands in. */
export function isBareDepartment(name: string): boolean {
  // a department with its other name in brackets (综合执法局（安监局）, 交通与建设局（规划局）) is bare as its first name is
  const other = otherNameAt(name);
  if (other > 0) return isBareDepartment(name.slice(0, other));
  if (name.length < 2 || name.length > 12) return false;
  // a branch is named after its own place (静安公安分局) and takes no prefix; the bare branch noun (派出所) names none, nor
  // does a branch named by its field alone (区商务委、公安分局: the district's 公安分局)
  const branch = BRANCH_RE.exec(name);
  if (!endsWithUnitSuffix(name) || GENERIC_RE.test(name) || (branch && !BARE_BRANCHES.has(name) && !fieldBranchStem(name.slice(0, branch.index)))) return false;
  // 市政工程管理处: 市政 (municipal works) names its own field, and a city's office it is already; 市直机关工委 names its level
  // a named place's own government (乐都区人民政府) is no department of the run's level
  if (NAMED_PLACE_GOVERNMENT.test(name)) return false;
  if (levelPrefix(name) || OWN_LEVEL_OPENING.test(name) || OWN_ORGANISATION_RE.test(name) || PLACE_INSIDE.test(name) || isCatchAll(name) || name.startsWith('市政')) return false;
  // a street's or a town's own office is named after its place (西山街办, 凤凰街道办), and so is a station named by its
  // place and its field (灰山港工商所, 城关财政所); one named by the townships' level is theirs (乡镇水利站)
  if (isNamedTownship(name) || isPlaceNamedStation(name) || TOWNSHIPS_OPENING.test(name)) return false;
  // an office inside a bureau (装备科, 基础教育科) is no government's department: it takes no level prefix
  if (name.endsWith('科')) return false;
  return true;
}

/** A government whose zone a zone named by its kind is (市, 区, 福州市), not a zone of its own (平潭综合实验区). */
const ZONE_HOLDER = /^(?:[省市县区州盟旗]|.+[省市县州盟旗])$/;
/** A level word and the word that makes the name its own (市直机关工委, 县级融媒体中心, 省属企业): no prefix is handed to it. */
const OWN_LEVEL_OPENING = /^[省市县区州旗盟镇乡](?:直|级|属)/;
/** The townships' level opening a name: 乡镇水利站 is each township's, not the county's. */
const TOWNSHIPS_OPENING = /^(?:乡镇|镇街|街镇|乡镇街道)/;
/** A township station's noun (工商所, 水利站). */
const STATION_END = /[所站]$/;
/** A level word that opens a name (县财政所 is the county's, not named after a place). */
const LEVEL_OPENING = /^[省市县区镇乡州旗盟村]/;

/**
 * A station named after its own place before its field: 灰山港工商所, 城关财政所 (a place of two to four characters that is no
 * field of its own, then a field: 工商, 财政, 国土), not 国土所 or 水利水保站.
 */
function isPlaceNamedStation(name: string): boolean {
  if (!STATION_END.test(name)) return false;
  const stem = name.slice(0, -1);
  for (let k = 2; k <= 4 && stem.length - k >= 2; k++) {
    const place = stem.slice(0, -k);
    if (place.length <= 4 && isDepartmentStem(stem.slice(-k)) && !isDepartmentStem(place) && !LEVEL_OPENING.test(place)) return true;
  }
  return false;
}

/** A department's own bureau before a field (公安局交警 of 公安局交警支队): the department's unit, not a place's branch. */
const DEPARTMENT_THEN_FIELD = /^(.{2,8}?[局委厅])([\u4e00-\u9fa5]{2,3})$/;
/** Place words a branch may be named after (经开区, 高新, 开发): such a branch takes no prefix. */
const PLACE_HINT = /[省市县区镇乡州旗盟村]|高新|开发|经开|园/;

/**
 * Whether a branch's stem names a field, not a place: 公安 of 公安分局, or a bare department and a field, 公安局交警 of
 * 公安局交警支队 (市住建局、公安局交警支队 → 市公安局交警支队).
 */
function fieldBranchStem(stem: string): boolean {
  if (isDepartmentStem(stem) || isTwoFields(stem)) return true;
  const m = DEPARTMENT_THEN_FIELD.exec(stem);
  return Boolean(m && !PLACE_HINT.test(m[2]!) && isBareDepartment(m[1]!));
}

/** The other name of a department in brackets after its name: 综合执法局（安监局）, 区综合执法局（区安监局）. */
const OTHER_NAME_BRACKET = /[（(]([^（）()]{2,10})[）)]$/;

/** Where the bracket holding a unit's other name opens after its name (综合执法局（安监局） → 5), or -1. */
function otherNameAt(name: string): number {
  const m = OTHER_NAME_BRACKET.exec(name);
  return m && m.index >= 2 && hasUnitSuffix(m[1]!) && hasUnitSuffix(name.slice(0, m.index)) ? m.index : -1;
}

/** A stem of two fields, as a department's branch may be named (公安消防 of 公安消防支队). */
function isTwoFields(stem: string): boolean {
  for (let k = 2; k <= stem.length - 2; k++) if (isDepartmentStem(stem.slice(0, k)) && isDepartmentStem(stem.slice(k))) return true;
  return false;
}

function applyPrefix(prefix: Prefix, bare: string): string {
  if (prefix.party && PARTY_DEPARTMENT_RE.test(bare)) return prefix.party + bare;
  return prefix.gov + bare;
}

const REGION_ONLY = compiledPattern(`^(各(?:有关|相关)?|有关|相关)?(设区的?)?(省辖市|省直管县|省|市|地|州|盟|县|区|旗|乡|镇|街道|辖市|辖区|县级市|市辖区|自治县|自治区|自治州|直辖市|地区|特区|中直|省直|市直|县直|区直|中央|省属|市属)${LEVEL_BRACKETS}$`);
const REGION_START = /^(各)?(省|市|地|州|盟|县|区|旗|乡|镇|街道|自治|直辖市|特区)/;
/** A collective's own 各 (or 有关, 相关) at a name's start: 各街道, 有关设区市. */
const OWN_EACH = /^(?:各|有关|相关)/;
/** The second half of 各乡镇党委、政府: a bare 政府 or 党委 shares the place of the name before it. */
const SHARED_PLACE_TAIL = /^(党委|政府|人民政府|党组|管委会|办事处)$/;
/** A kind of place named bare (功能板块, 园区, 片区): after 各县区 the 各 goes on to it (各县区、功能板块). */
const BARE_PLACE_KIND = /^(?:功能板块|板块|功能区|园区|开发区|片区|景区|管理区|社区)$/;
/** A level's own body named without a place: 街道办事处, 镇人民政府, 社区居委会 (after 各乡镇政府 the 各 goes on to it). */
const LEVEL_BODY = /^(乡镇|乡|镇|街道|社区|村|苏木|嘎查)(党委|政府|人民政府|办事处|街道办事处|居委会|居民委员会|村委会|村民委员会|党工委)$/;

/** A collective named alone (各镇, 有关设区市), not the first half of a compound (中直、省直驻莆单位). */
function standsAlone(name: string): boolean {
  const n = name.trim();
  return isRegionCollective(n) || /^(有关|相关)/.test(n);
}

/** Two items of a 、-run as one name, the 、 kept: 各市、县（区）人民政府. */
const joinedAtComma = (a: TwinText, b: TwinText): TwinText => ({ r: `${a.r}、${b.r}`, n: `${a.n}、${b.n}` });

/**
 * A name with no place of its own that the 各 of the collective before it goes
 * on over: 各乡镇党委、政府 (a shared body), 各乡镇政府、街道办事处 (a level's own
 * body), 各县区、功能板块 (a kind of zone after a collective of places), 各盟行政公署、市人民政府
 * (another level's government).
 */
function goesOnWithCollective(prev: string, name: string): boolean {
  // (a collective of 有关 or 相关 places goes on so after its own organ: 有关盟市行政公署、人民政府, 相关县区党委、政府)
  if (!prev.startsWith('各')) return /^(?:有关|相关)/.test(prev) && COLLECTIVE_ORGAN_END.test(prev) && SHARED_PLACE_TAIL.test(name);
  return SHARED_PLACE_TAIL.test(name) || (LEVEL_BODY.test(name) && hasUnitSuffix(prev)) || (BARE_PLACE_KIND.test(name) && isRegionCollective(prev)) || (LEVEL_GOVERNMENT.test(name) && GOVERNMENT_END.test(prev)) || (ZONES_ALONE.test(prev) && ZONE_COMMITTEE.test(name));
}

/** Kinds of zone a collective may name: 开发区, 园区, 高新区 … */
const ZONE_KINDS = '(?:开发区|经济开发区|经开区|高新区|工业园区|工业园|产业园区|园区|新区|功能区)';
/** A collective of zones with no organ of its own (各开发区), before the kind of zone that names their committee. */
const ZONES_ALONE = compiledPattern(`^各${ZONE_KINDS}$`);
/** Another kind of zone and the committee both share: 园区管委会 of 各开发区、园区管委会. */
const ZONE_COMMITTEE = compiledPattern(`^${ZONE_KINDS}(?:管委会|管理委员会)$`);

/** The organ a collective of places names before a shared tail: 有关盟市行政公署, 相关县区党委. */
const COLLECTIVE_ORGAN_END = /(?:人民政府|政府|行政公署|行署|党委)$/;

/** A named place's government (矿区政府; not a zone's 管委会, which counties do not have): its place two to four characters ending in a level word. */
const NAMED_PLACE_GOVERNMENT = /^(?!各|有关|相关|全)[\u4e00-\u9fa5]{1,3}[区县市旗](?:人民政府|政府)$/;

/** A collective of places with no organ of its own (各县(市), 相关县（市）) before a named place's government, which both share. */
function sharesGovernmentWith(collective: string, name: string): boolean {
  return REGION_ONLY.test(collective) && OWN_EACH.test(collective) && NAMED_PLACE_GOVERNMENT.test(stripRoleWords(name));
}

/** A level's government named without a place (市人民政府 of 各盟行政公署、市人民政府: each city's). */
const LEVEL_GOVERNMENT = /^(市|县|区|旗|盟|州)(人民政府|政府|行政公署|行署)$/;
/** A collective's government before it: 各盟行政公署, 各县人民政府. */
const GOVERNMENT_END = /(人民政府|政府|行政公署|行署)$/;

/** Merges 各市、县（区）人民政府 back into one unit after the split at 、. */
function mergeRegionCompounds(items: TwinText[]): TwinText[] {
  const out: TwinText[] = [];
  let pending: TwinText | null = null;
  for (const item of items) {
    const cur: TwinText = pending ? joinedAtComma(pending, item) : item;
    if (REGION_ONLY.test(item.n.trim())) {
      pending = cur;
      continue;
    }
    const prev = out[out.length - 1];
    // 市直有关部门、单位: a bare noun after a catch-all completes it; 各乡镇政府、街道办事处 is one collective
    if (!pending && prev && ((BARE_NOUN.test(stripRoleWords(item.n.trim())) && isCatchAll(prev.n.trim())) || goesOnWithCollective(prev.n.trim(), stripRoleWords(item.n.trim())))) {
      out[out.length - 1] = joinedAtComma(prev, item);
      continue;
    }
    // a run of complete names is no compound: 各镇、县直各单位 and 有关设区市、省有关部门和单位 are two (a named place's
    // government after a collective shares it: 相关县(市)、矿区政府 is one)
    // (a name that opens with a 各 of its own is whole: 各街道、各乡镇配合 is two)
    // (nor is a level above the run's with its own department: 各镇（街道）、区农业农村局 are the towns and the district's bureau)
    if (pending && ((!REGION_START.test(item.n.trim()) && !sharesGovernmentWith(pending.n.trim(), item.n.trim())) || (isCatchAll(stripRoleWords(item.n.trim())) && standsAlone(pending.n)) || OWN_EACH.test(item.n.trim()) || levelAbove(item.n.trim(), pending.n.trim()))) {
      // the run was not a compound with the name after it
      flushRun(out, pending);
      out.push(item);
    } else {
      out.push(cur);
    }
    pending = null;
  }
  if (pending) flushRun(out, pending);
  return out;
}

/**
 * A run of level words put out: a run without a 各 of its own right after a
 * 各-collective goes on with it (各开发区、镇（街道）: each zone and each town),
 * else as regionRun says.
 */
function flushRun(out: TwinText[], pending: TwinText): void {
  const prev = out[out.length - 1];
  const p = prev?.n.trim() ?? '';
  if (prev && p.startsWith('各') && !p.includes('、') && isRegionCollective(p) && !OWN_EACH.test(pending.n.trim())) {
    out[out.length - 1] = joinedAtComma(prev, pending);
    return;
  }
  out.push(...regionRun(pending));
}

/** How high a level word stands: a province above its cities, a city above its counties and districts, these above their towns. */
const LEVEL_RANK: Readonly<Record<string, number>> = { 省: 4, 自治区: 4, 市: 3, 州: 3, 盟: 3, 地: 3, 县: 2, 区: 2, 旗: 2, 乡: 1, 镇: 1, 街道: 1 };
const LEVEL_AT_START = /^(?:各|有关|相关)?(自治区|街道|省|市|州|盟|地|县|区|旗|乡|镇)/;
/** The townships' rank. */
const TOWNSHIP_RANK = 1;

/**
 * Whether a name is a department of a level above the township collective before it (区财政局 after 各镇（街道）,
 * 县农垦公司 after 各乡镇). Not a government the run shares (各县、市人民政府), and not after a collective of counties or
 * districts, whose 市 is the county-level city beside them (各区、市财政局: each district's and city's bureau).
 */
function levelAbove(name: string, collective: string): boolean {
  const a = LEVEL_AT_START.exec(name)?.[1];
  const b = LEVEL_AT_START.exec(collective)?.[1];
  return a !== undefined && b !== undefined && LEVEL_RANK[b] === TOWNSHIP_RANK && LEVEL_RANK[a]! > TOWNSHIP_RANK && !GOVERNMENT_END.test(name);
}

/**
 * A run of level words: one collective when it opens with 各 (各区、县级市; 各县、自治县), else its pieces; pieces
 * that each open with their own 各 are whole names each (各街道、各乡镇: the streets and the townships).
 */
function regionRun(pending: TwinText): TwinText[] {
  const pieces = splitTopLevel(pending, '、').map((p) => p.part);
  const eachWhole = pieces.slice(1).some((p) => OWN_EACH.test(p.n.trim()));
  return pieces.length >= 2 && pending.n.trim().startsWith('各') && !eachWhole ? [pending] : pieces;
}

const WS_RUN = compiledPattern(`[${WS}]+`);

function cleanName(s: string): string {
  const joined = WS_RUN.test(s) ? replaceEvery(s, WS_RUN, '') : s;
  return joined.includes('(') || joined.includes(')') ? joined.replaceAll('(', '（').replaceAll(')', '）') : joined;
}

/** The role phrases by their last character, longest first as in ROLE_PHRASES: a name is tested against the few that can end it. */
const ROLE_PHRASES_BY_LAST = new Map<string, (readonly [string, Role])[]>();
for (const entry of ROLE_PHRASES) {
  const last = entry[0].slice(-1);
  const list = ROLE_PHRASES_BY_LAST.get(last);
  if (list) list.push(entry);
  else ROLE_PHRASES_BY_LAST.set(last, [entry]);
}

/**
 * How long the manner is that ends `before`, the text before a role phrase (省贸促会按职责分工 + 配合). A phrase that
 * opens with 分工 (分工负责) leaves the manner without it: 各区按照各自 + 分工负责 is 按照各自分工 + 负责.
 */
function mannerLength(before: string, word: string): number {
  const lent = word.startsWith('分工') ? '分工' : '';
  const m = ROLE_MANNER_END.exec(before + lent);
  return m ? Math.max(0, m[0].length - lent.length) : 0;
}

/**
 * The role phrase that ends a name, and where the name ends before it: the manner before the role word goes with it
 * (省贸促会按职责分工配合: a phrase of its own for every role word). `whole`: a phrase may be all the text. Null: none.
 */
function roleSuffix(n: string, whole: boolean): { end: number; role: Role } | null {
  for (const [word, role] of ROLE_PHRASES_BY_LAST.get(n.slice(-1)) ?? []) {
    if (!n.endsWith(word) || n.length < word.length || (!whole && n.length === word.length)) continue;
    const before = n.slice(0, n.length - word.length);
    return { end: before.length - mannerLength(before, word), role };
  }
  return null;
}

function stripRoleSuffix(item: TwinText): { item: TwinText; role: Role | null } {
  const n = item.n.replace(/[。.；;，,：:\s]+$/, '');
  const found = roleSuffix(n, true);
  return found ? { item: trimTwin(sliceTwin(item, 0, found.end)), role: found.role } : { item: sliceTwin(item, 0, n.length), role: null };
}

/**
 * A person's name in brackets after a unit's name, as a 牵头单位（责任人） column writes it: three characters
 * (县住建局（王晓芳）) or two set apart by a space to the width of three (县农业农村局（马 军）). Two together
 * (（文物）, （林业）) name a field, not a person.
 */
const PERSON_BRACKET = /[（(][ \u3000]*([\u4e00-\u9fa5])(?:[ \u3000]+[\u4e00-\u9fa5]|[ \u3000]*[\u4e00-\u9fa5][ \u3000]*[\u4e00-\u9fa5])[ \u3000]*[）)]$/;

/** The name without the person in brackets after it (the person is no part of the unit). */
function withoutPersonBracket(item: TwinText): TwinText {
  if (!item.n.endsWith('）') && !item.n.endsWith(')')) return item;
  const labelled = PERSON_LABEL_BRACKET.exec(item.n);
  if (labelled) return trimTwin(sliceTwin(item, 0, labelled.index));
  const m = PERSON_BRACKET.exec(item.n);
  if (!m || !isSurname(m[1]!) || !hasUnitSuffix(item.n.slice(0, m.index))) return item;
  const inside = m[0].replace(/[\s\u3000（）()]/g, '');
  // a bracket that names a place or a unit (（东区）, （市文旅局）) is no person
  if (hasUnitSuffix(inside) || /[省市县区州旗镇乡村]$/.test(inside)) return item;
  return trimTwin(sliceTwin(item, 0, m.index));
}

/** The short name a text gives a unit, in brackets after its full name: （以下简称“市交安委”）, （简称市文明办）. */
const ALIAS_BRACKET = /[（(](?:以下)?简称[^（）()]{1,20}[）)]$/;

/** A name without the short name given it in brackets (市安全生产委员会道路交通安全专业委员会（以下简称“市交安委”）). */
function withoutAliasBracket(item: TwinText): TwinText {
  const m = ALIAS_BRACKET.exec(item.n);
  return m && m.index >= 2 ? trimTwin(sliceTwin(item, 0, m.index)) : item;
}

function stripBracketRole(item: TwinText): { item: TwinText; role: Role | null; joint?: boolean } {
  if (!item.n.includes('（') && !item.n.includes('(')) return { item, role: null };
  let role: Role | null = null;
  let joint = false;
  const parts: [number, number][] = [];
  for (const m of allMatches(BRACKET_ROLE_RE, item.n)) {
    // group 1, the role word, is required by BRACKET_ROLE_RE
    role = roleOfBracket(m[1]!);
    joint = JOINT_BRACKET_ROLES.has(m[1]!);
    parts.push([m.index, m.index + m[0].length]);
  }
  // the role with the part of the work it covers (（牵头医疗医美板块）): the role is the name's, the part no name
  const scope = parts.length ? null : BRACKET_ROLE_SCOPE_RE.exec(item.n);
  if (scope && !hasUnitSuffix(scope[2]!)) {
    role = roleOfBracket(scope[1]!);
    parts.push([scope.index, scope.index + scope[0].length]);
  }
  if (!parts.length) return { item, role: null };
  let r = '';
  let n = '';
  let last = 0;
  for (const [a, b] of parts) {
    r += item.r.slice(last, a);
    n += item.n.slice(last, a);
    last = b;
  }
  r += item.r.slice(last);
  n += item.n.slice(last);
  return { item: { r, n }, role, joint };
}

interface RawItem {
  span: TwinText;
  role: Role | null;
  catchAll: boolean;
  /** The role was written in brackets after this name (X（牵头）): it covers this name only. */
  ownRole?: boolean;
}

/** The member units of a named group (领导小组成员单位, 联席会议成员单位): a collective of its own. */
const MEMBER_UNITS = /^[^、，,；;。\s]{2,24}(?:成员单位|成员部门)$/;

/** `财政厅等省直有关部门` → 财政厅 + 省直有关部门 (open-ended); `X等` → X (open-ended). */
function splitEtc(item: TwinText): { items: RawItem[]; openEnded: boolean } {
  const n = item.n;
  for (let i = n.indexOf('等'); i > 0; i = n.indexOf('等', i + 1)) {
    const before = n.slice(0, i);
    if (/(高|中|初|同|平|对|相|均|一|二|三|特|超)$/.test(before)) continue;
    const tail = n.slice(i + 1);
    const head: RawItem = { span: sliceTwin(item, 0, i), role: null, catchAll: false };
    if (tail === '') return { items: [head], openEnded: true };
    if (COUNTED_TAIL.test(tail)) return { items: [head], openEnded: false };
    // a named group's members after the named units: 区商务局等数字经济工作领导小组成员单位; the governments of the
    // rest of the places after the named ones: 浦东新区等相关区政府
    if (MEMBER_UNITS.test(tail) || GOVERNMENTS_TAIL.test(tail)) return { items: [head, { span: sliceTwin(item, i + 1), role: null, catchAll: true }], openEnded: true };
    const m = CATCH_ALL_TAIL.exec(tail);
    if (m) {
      const qualified = Boolean(m[1] || m[2] || m[3]);
      const items = [head];
      if (qualified) items.push({ span: sliceTwin(item, i + 1), role: null, catchAll: true });
      return { items, openEnded: true };
    }
  }
  return { items: [{ span: item, role: null, catchAll: false }], openEnded: false };
}

/** Up to this many names, a list is searched rather than indexed: bounded work per name. */
const SHORT_LIST = 32;

const ROLE_RANK: Record<Role, number> = { lead: 3, responsible: 2, cooperating: 1 };

/** Adds units, keeping the first occurrence of a name and the strongest role given to it. */
export function mergeUnits(into: Unit[], more: Unit[]): void {
  // most lists are short: searched as they are; a long one keeps an index beside it (a Map per short list would be most of a large notice's memory)
  if (into.length + more.length <= SHORT_LIST) {
    for (const u of more) {
      const existing = into.find((x) => x.name === u.name);
      if (!existing) into.push(u);
      else if (ROLE_RANK[u.role] > ROLE_RANK[existing.role]) existing.role = u.role;
    }
    return;
  }
  const byName = namesOf(into);
  for (const u of more) {
    const existing = byName.get(u.name);
    if (!existing) {
      into.push(u);
      byName.set(u.name, u);
    } else if (ROLE_RANK[u.role] > ROLE_RANK[existing.role]) existing.role = u.role;
  }
}

/**
 * The units of a list by name, kept beside the list while it grows by
 * mergeUnits (a list of 100,000 names, or as many clauses merged into one
 * item, stays linear). Rebuilt when the list changed some other way.
 */
const UNIT_NAMES = new WeakMap<Unit[], Map<string, Unit>>();
function namesOf(list: Unit[]): Map<string, Unit> {
  let byName = UNIT_NAMES.get(list);
  if (!byName || byName.size !== list.length) {
    byName = new Map();
    for (const u of list) if (!byName.has(u.name)) byName.set(u.name, u);
    UNIT_NAMES.set(list, byName);
  }
  return byName;
}

/**
 * Words that join two whole names: 市发改委和市财政局, 州委编办及州直相关单位,
 * 各区政府及开发区管委会, and the joint verbs of a clause: （国家发展改革委会同有关部门负责）
 * names both, with no lead unless one is marked.
 */
const CONJUNCTION = /以及|及|和|与|会同|协同/;
/** What may follow 和 inside one name: 各有关部门和单位, 部门和单位. */
const BARE_NOUN = /^(单位|部门|机构|企业|个人|群众|社会组织)$/;

/**
 * Splits a piece at 及 / 和 / 与 where both sides are whole names: the left
 * ends like a unit (市发改委, 各区、县（市）政府) and the right is a name of its own
 * (开发区管委会, 州直相关单位). 和 inside a name stays: 工业和信息化局, 中央和国家机关工委,
 * 各有关部门和单位.
 */
function splitConjunction(piece: TwinText): TwinText[] {
  const out: TwinText[] = [];
  let rest = piece;
  for (let guard = 0; guard < 16; guard++) {
    const cut = conjunctionCut(rest);
    if (!cut) break;
    out.push(sliceTwin(rest, 0, cut.at));
    rest = sliceTwin(rest, cut.at + cut.length);
  }
  out.push(rest);
  return out;
}

function conjunctionCut(s: TwinText): { at: number; length: number } | null {
  if (!/[及和与]|会同|协同/.test(s.n)) return null;
  const parts = splitTopLevel(s, '及和与以会协');
  let at = 0;
  for (let k = 0; k + 1 < parts.length; k++) {
    at += parts[k]!.part.n.length;
    const word = CONJUNCTION.exec(s.n.slice(at, at + 2));
    if (word && word.index === 0) {
      const left = s.n.slice(0, at).replace(/等$/, '').trim();
      const right = s.n.slice(at + word[0].length).trim();
      const name = stripRoleWords(right);
      // a bare 政府 or 党委 after 和 shares the place of the name before it (各县市党委和政府 is one), and so does a named
      // place's government after a collective of places (各县(市)和矿区政府 is one); a named place before another's
      // government names two, which share it (井陉县和矿区政府: 井陉县政府, 矿区政府)
      const places = NAMED_PLACE.test(left) && PLACE_GOVERNMENT.test(name);
      if (left.length >= 2 && name.length >= 2 && !BARE_NOUN.test(name) && !ROLE_BODY.test(right) && !SHARED_PLACE_TAIL.test(name) && !sharesGovernmentWith(left, name) && ((wholeName(left) && wholeName(name)) || places)) return { at, length: word[0].length };
    }
    at += 1;
  }
  return null;
}

function wholeName(name: string): boolean {
  return hasUnitSuffix(name) || isCatchAll(name) || isRegionCollective(name);
}

function stripRoleWords(name: string): string {
  // and the manner before the role word (市各相关部门按分管领域负责), as stripRoleSuffix takes it
  const found = roleSuffix(name, false);
  return found ? name.slice(0, found.end) : name;
}

/** The level word a place's name ends in (福州市, 城关镇, 伊敏苏木). */
const PLACE_LEVEL = '[市县区州盟旗镇乡]|苏木';
/** The last name of a run of places sharing one government: 吴忠市人民政府, 绥芬河市政府, 城关镇人民政府, 大明宫街办. */
const PLACE_GOVERNMENT = compiledPattern(`^(?!各|有关|相关)(.{1,8}?)(?:(${PLACE_LEVEL})(人民政府|政府)|(管理区|管委会|街道办事处|街道办|街办))$`);
/** A place named with its own level word. */
const OWN_LEVEL_END = compiledPattern(`(?:${PLACE_LEVEL})$`);
/** A place of two characters ending in 市 (杨市, 横市): a street or a town, as no city has a name of one character. */
const STREET_NAMED_SHI = /^[\u4e00-\u9fa5]市$/;
/** A street's office: 街道办事处, 街道办, 街办. */
const STREET_OFFICE = /^街/;
/** A city or district whose name ends in 州 (达州, 杭州, 通州): two characters; a prefecture written short has more (临夏州, 黔东南州). */
const CITY_NAMED_ZHOU = /^[\u4e00-\u9fa5]州$/;
/** A place named bare before it: 银川市, 石嘴山, 黑河. */
const BARE_PLACE = /^[\u4e00-\u9fa5]{2,6}$/;

/**
 * Places that share the government named after the last of them:
 * 银川市、石嘴山市、吴忠市人民政府 → 银川市人民政府, 石嘴山市人民政府, 吴忠市人民政府;
 * 哈尔滨、黑河、绥芬河市政府 → 哈尔滨市政府, 黑河市政府, 绥芬河市政府; 未央湖、大明宫街办 →
 * 未央湖街办, 大明宫街办. Only names with no
 * unit suffix of their own, right before the last one, take it.
 */
function shareGovernment(items: TwinText[]): TwinText[] {
  if (items.length < 2 || !items.some((it) => /政府|管理区|管委会|街道办|街办/.test(it.n))) return items;
  const out = [...items];
  for (let k = 0; k < out.length; k++) {
    const m = PLACE_GOVERNMENT.exec(stripRoleWords(out[k]!.n.trim()));
    if (!m) continue;
    const level = m[2] ?? '';
    const org = m[3] ?? m[4] ?? '';
    for (let j = k - 1; j >= 0; j--) {
      const place = trimTwin(out[j]!);
      // a department by its field (消防) or a person (王县长) is no place
      if (!BARE_PLACE.test(place.n) || hasUnitSuffix(place.n) || /^(各|有关|相关|全)|等$/.test(place.n) || isDepartmentStem(place.n) || PERSON_TITLE_END.test(place.n)) break;
      // a zone's 管委会 is shared by zones (高新区、经开区管委会), never by a city or county (福州市、平潭综合实验区管委会)
      // (a street's office by streets, never by the district above them: 鄂城区、西山街办)
      // (a street named …市 in two characters is no city, none is named by one character: 园林、杨市、周矶街道办事处)
      if (m[4] && ((/[市县州盟旗]$/.test(place.n) && !STREET_NAMED_SHI.test(place.n)) || (STREET_OFFICE.test(m[4]) && place.n.endsWith('区')))) break;
      // a place with a level word of its own keeps it (川汇区、商水县、项城市、沈丘县人民政府 → 川汇区人民政府 …); a city or a
      // district of two characters ending in 州 has it in its name (达州、南充、绵阳市人民政府 → 达州市人民政府; 通州、大兴区
      // 人民政府 → 通州区人民政府; before 县 it stays as written: 邳州 is a city)
      // (a town of two characters ending in 市 takes the level after it: 横市、城关镇人民政府 → 横市镇人民政府)
      const townNamedShi = STREET_NAMED_SHI.test(place.n) && level !== '' && level !== '市';
      const ownLevel = OWN_LEVEL_END.test(place.n) && !((level === '市' || level === '区') && CITY_NAMED_ZHOU.test(place.n)) && !townNamedShi;
      const tail = !level || ownLevel ? org : level + org;
      out[j] = { r: place.r + tail, n: place.n + tail };
    }
  }
  return out;
}

/** A named place with its level word: 海东市, 临夏州, 兰州市, 河北省 (two to four characters before it: not 各市, 有关县, 市市场…, and 杭州 is no 杭 + 州). */
const NAMED_PLACE = /^(?!各|有关|相关|全|[省市县区州])[\u4e00-\u9fa5]{2,4}?[市州县区盟旗省]$/;
/** The last name of a run of places sharing one department: 临夏州发展改革部门 → 临夏州 + 发展改革部门, 河北省相关部门 → 河北省 + 相关部门. */
const PLACE_THEN_DEPARTMENT = /^((?!各|有关|相关|全|[省市县区州])[\u4e00-\u9fa5]{2,4}?[市州县区盟旗省])(?![市州县区盟旗省])(.{2,})$/;
/** The place's own organs, which another place does not share: 平潭综合实验区管委会, 鼓楼区政府. */
const PLACE_ORGAN = /^(?:人民政府|政府|党委|管委会|管理委员会|办事处|工委|党工委|委员会)$/;

/**
 * Named places that share the department named after the last of them:
 * 海东市、兰州市、临夏州发展改革部门 → 海东市发展改革部门, 兰州市发展改革部门, 临夏州发展改革部门; and so the places
 * before a catch-all (天津市、河北省相关部门 → 天津市相关部门, 河北省相关部门).
 */
function shareDepartment(items: TwinText[]): TwinText[] {
  if (items.length < 2) return items;
  const out = [...items];
  for (let k = 1; k < out.length; k++) {
    const last = PLACE_THEN_DEPARTMENT.exec(stripRoleWords(out[k]!.n.trim()));
    const tail = last?.[2];
    if (!tail || !hasUnitSuffix(tail) || PLACE_ORGAN.test(tail) || /政府$/.test(tail) || !NAMED_PLACE.test(trimTwin(out[k - 1]!).n)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const place = trimTwin(out[j]!);
      if (!NAMED_PLACE.test(place.n) || hasUnitSuffix(place.n)) break;
      out[j] = { r: place.r + tail, n: place.n + tail };
    }
  }
  return out;
}

/** A government's or Party organ's own collective: 省政府各部门, 市委各部委. */
const ORGANISATION_COLLECTIVE = /^(.{1,10}?(?:人民政府|政府|党委|委员会|省委|市委|县委|区委))(?:各|有关)/;
/** A collective that names no organisation of its own: 各直属机构, 各委办局. */
const OWN_COLLECTIVE = /^(?:各|有关)(?:有关)?(直属机构|直属单位|部门|委办局|委、办、局|工作部门|人民团体|事业单位|部委)$/;

/** Longer than the longest real names (国家税务总局…税务局第一税务所, …经济技术开发区管理委员会): with figures in it, not one name. */
const MAX_UNIT_NAME = 40;

/** A 等 alone where a name would stand (…规划局、等按职责分工负责). */
const BARE_ETC = /^\s*等(?:部门|单位)?\s*$/;
/** A name with its other name in brackets, a next name glued after it with its 、 lost: 综合执法局（安监局）规划局. */
const NAME_AFTER_OTHER_NAME = /^(.{2,20}?[）)])([^（）()、，,]{2,20})$/;

/** A piece holding two names where a 、 was lost after the first's bracket (综合执法局（安监局）规划局 → 综合执法局（安监局）, 规划局). */
function splitAfterOtherName(piece: TwinText): TwinText[] {
  const m = NAME_AFTER_OTHER_NAME.exec(piece.n);
  if (!m) return [piece];
  const first = m[1]!;
  if (otherNameAt(first) < 0 || !hasUnitSuffix(m[2]!)) return [piece];
  return [sliceTwin(piece, 0, first.length), sliceTwin(piece, first.length)];
}

/**
 * Where a name glued after another may begin: a level (区环土局, 市文明办), not a word that only starts with one (市场,
 * 区域, 县级); or a collective of governments (相关乡镇人民政府). A collective of anything else after a name is that
 * body's own (国务院相关部门, 市政府各有关部门, 县环保局相关业务科室) and stays with it.
 */
const GLUED_NAME_OPENING = /^(?:[省市县区州盟旗](?![场域级属直内外情])|乡镇|(?:各|相关|有关)(?=乡镇|[乡镇县区市省]|街道))/;
/** How a name that another follows must end: an organ's own word, not a kind of place (园区, 景区) or of party (包片单位). */
const GLUED_NAME_END = /(?:[局委厅办部府院署室所站队会联]|中心)$/;
/** A Party organ written with the government department it shares its offices with is one name (区委社会工委区民政局). */
const PARTY_ORGAN_OPENING = /^[省市县区州盟旗]委./;
/** A branch after its parent's name is one unit with it (市生态环境局市中分局, 市公安局城区派出所). */
const BRANCH_END = /(?:分局|分院|分中心|分公司|支行|支队|大队|中队|派出所)$/;
/** The shortest name either side of a cut: a level and a body (市委, 区委) is kept with what follows it (区委区政府, 市委市政府督查室). */
const GLUED_NAME_MIN = 3;
/** Pieces shorter than this hold at most one name. */
const GLUED_PIECE_MIN = 2 * GLUED_NAME_MIN + 1;
/** The longest name in a run read so: longer text between cuts is no run of names (and no look grows with the text). */
const GLUED_NAME_MAX = 30;

/**
 * A piece holding names run together with no separator, as a table's cell copied without its line breaks leaves them
 * (区规划局区经发局区环土局): cut before each level opening that follows a whole name, when every part then reads as a
 * unit and none is a branch of the one before. Other names stay whole (国家税务总局福建省税务局, 市公安局交警支队), and
 * so does a Party organ's with the department it shares its offices with.
 */
function splitRunTogether(piece: TwinText): TwinText[] {
  const n = piece.n;
  if (n.length < GLUED_PIECE_MIN || !hasUnitSuffix(n)) return [piece];
  const cuts: number[] = [];
  let from = 0;
  for (let i = GLUED_NAME_MIN; i <= n.length - GLUED_NAME_MIN; i++) {
    if (i - from > GLUED_NAME_MAX) return [piece];
    if (i - from < GLUED_NAME_MIN || !GLUED_NAME_OPENING.test(n.slice(i, i + 3))) continue;
    const before = n.slice(from, i);
    if (!GLUED_NAME_END.test(before) || !endsWithUnitSuffix(before) || PARTY_ORGAN_OPENING.test(before)) continue;
    cuts.push(i);
    from = i;
  }
  if (!cuts.length) return [piece];
  const bounds = [0, ...cuts, n.length];
  const parts = bounds.slice(1).map((end, k) => sliceTwin(piece, bounds[k]!, end));
  const units = parts.every((p, k) => p.n.length >= GLUED_NAME_MIN && hasUnitSuffix(p.n) && !(k > 0 && BRANCH_END.test(p.n)));
  return units ? parts : [piece];
}

/** Parses one `、`-run (a group between commas) into units. */
function parseRun(group: TwinText, defaultRole: Role, fieldNames: boolean): UnitListResult {
  let openEnded = false;
  const pieces = shareDepartment(shareGovernment(mergeRegionCompounds(splitTopLevel(group, '、').flatMap((p) => splitConjunction(p.part).flatMap(splitAfterOtherName).flatMap(splitRunTogether)))));
  const items: RawItem[] = [];
  for (const piece of pieces) {
    let s = trimTwin(piece);
    s = stripLeading(s);
    const bracket = stripBracketRole(withoutPersonBracket(withoutAliasBracket(s)));
    const suffix = stripRoleSuffix(bracket.item);
    // …规划局、等: a 等 standing alone after the last 、 closes the list, open-ended
    if (BARE_ETC.test(suffix.item.n)) {
      openEnded = true;
      continue;
    }
    const etc = splitEtc(trimTwin(suffix.item));
    openEnded ||= etc.openEnded;
    const role = bracket.role ?? suffix.role;
    // built field by field: a spread here was the parser's hottest line on large notices (npm run bench)
    // (a joint mark, 省财政厅（共同牵头）, is the run's, as a role word after its last name is)
    for (const it of etc.items) items.push({ span: it.span, role, catchAll: it.catchAll, ownRole: bracket.role !== null && !bracket.joint });
  }
  // A role written after the last name of a run covers the names before it that have none;
  // one in brackets after a name (市财政局、市金融监管局（牵头）) covers that name only.
  let carry: Role = defaultRole;
  for (const it of items.toReversed()) {
    if (it.role && !it.ownRole) carry = it.role;
    else if (!it.role) it.role = carry;
  }
  const units: Unit[] = [];
  let prefix: Prefix | null = null;
  let organisation: string | null = null;
  for (const it of items) {
    const raw = cleanName(it.span.r);
    let name = cleanName(it.span.n);
    // an empty cell's placeholder (/, —, 无) names no unit
    if (!name || /^(?:[、，,；;。./／\\—–\-－~～]+|无)$/.test(name)) continue;
    // no unit's name runs this long with figures in it: a flattened table's heads and numbers after the list
    if (name.length > MAX_UNIT_NAME && /\d/.test(name)) continue;
    // people named in the list by what they are (包村干部, 镇长): no unit
    if (PERSON_TITLE_END.test(name)) continue;
    // a zone named by its kind alone (工业园区, 高新区) opens a run as a place, but inside a government's run it is that
    // government's, like a bare department
    const zone: boolean = prefix !== null && GENERIC_ZONE_RE.test(name);
    const own: Prefix | null = zone ? null : (levelPrefix(name) ?? collectivePrefix(name));
    if (own) prefix = own;
    else if (prefix && !it.catchAll && (zone ? ZONE_HOLDER.test(prefix.gov) : isBareDepartment(name) || (fieldNames && isDepartmentStem(name)))) name = applyPrefix(prefix, name);
    // 省政府各部门、各直属机构: the second collective belongs to the same government
    const whose = ORGANISATION_COLLECTIVE.exec(name);
    if (whose) organisation = whose[1] ?? null;
    else if (organisation && OWN_COLLECTIVE.test(name)) name = organisation + name;
    units.push({ name, raw, role: it.role ?? defaultRole });
  }
  return { units, openEnded };
}

/** A unit's tie to a place or a village before its name with a level word: 包片单位, 陈家坝沿线包片单位, G318沿线包片单位, 帮扶单位. */
const UNIT_KIND_BEFORE_NAME = /^[\u4e00-\u9fa5A-Za-z0-9]{0,12}?(?:包片|包联|包保|包抓|挂钩|挂点|联点|帮扶|结对|共建)(?:单位|部门)(?=[省市县区州盟旗镇乡])/;

function stripLeading(s: TwinText): TwinText {
  // a dash or a colon that sets the clause apart (…增长10%。——县发改局牵头) is no part of a name,
  // nor is a mark set before it (★区发改委: what the mark means, the table's note says)
  const m = /^(?:[—–\-－~～•·:：★☆●◆◇▲△■□※*＊]+\s*)?(?:由|请|其中|以及|及|和|并由)?/.exec(s.n);
  let lead = m && m[0] ? trimTwin(sliceTwin(s, m[0].length)) : s;
  // what the unit is to the place, said before its name (包片单位县文广局, 帮扶单位市农业农村局) is no part of it
  const kind = UNIT_KIND_BEFORE_NAME.exec(lead.n);
  if (kind) lead = trimTwin(sliceTwin(lead, kind[0].length));
  // a mark after a name (市财政局*) likewise
  const end = /[\s]*[★☆●◆▲△※*＊#]+$/.exec(lead.n);
  return end ? trimTwin(sliceTwin(lead, 0, end.index)) : lead;
}

const SPACE_BETWEEN_NAMES = /(?<=[\u4e00-\u9fa5）)])[ \t]+(?=[\u4e00-\u9fa5（(])/;
const LIST_SEPARATOR = /[、，,；;]/;
/** The longest stretch of text read as one name with spaces in it (a bound, so that no look is longer than a name). */
const MAX_NAME_RUN = 40;

/**
 * Spaces between names (`市发改委 市财政局`) separate units, as a comma does;
 * a space inside a name, as text converted from a PDF leaves it (`市 财政局`,
 * `资源规划 局`, `伏羲 山管委 会`), does not: a space separates only when the text
 * before it, back to the last separator, already reads as a unit (a unit
 * suffix, a catch-all, a collective opened by 各, a bracket closing a name)
 * and the text after it is more than one character.
 * Kept spaces are dropped from the name later. Same length as the input.
 */
function spacesAsSeparators(n: string): string {
  let out = '';
  let last = 0;
  // where the current name began (after the last separator): found by one pass, never by looking back
  let from = 0;
  let scanned = 0;
  for (const match of allMatches(SPACE_BETWEEN_NAMES, n)) {
    const at = match.index;
    const run = match[0];
    for (; scanned < at; scanned++) if (LIST_SEPARATOR.test(n[scanned]!)) from = scanned + 1;
    // text longer than any name since the last separator is no name being built: its spaces separate, as they always did
    const long = at - from > MAX_NAME_RUN;
    const before = long ? '' : n.slice(from, at).replace(/[ \t]+/g, '');
    const whole = long || hasUnitSuffix(before) || isCatchAll(before) || isRegionCollective(before) || /^各/.test(before) || /[）)]$/.test(before);
    // and the text after it is a name of its own, not the last character of this one (山管委 会)
    const after = /^[^、，,；; \t]{0,2}/.exec(n.slice(at + run.length, at + run.length + 2))![0];
    // nor the organ its places share (各县（市、区） 人民政府), which names no unit alone
    const separates = whole && after.length >= 2 && !SHARED_ORGAN_ALONE.test(n.slice(at + run.length, at + run.length + SHARED_ORGAN_MAX + 1));
    out += n.slice(last, at) + (separates ? '，'.padEnd(run.length, ' ') : run);
    last = at + run.length;
    if (separates) from = last;
  }
  return out + n.slice(last);
}

/** The units written with a note's mark right before or after their names (市财政局*, ★区发改委, 标*的为牵头单位) lead. */
export function leadByMark(units: Unit[], raws: readonly string[], mark: string): void {
  const marks = mark === '*' || mark === '＊' ? ['*', '＊'] : [mark];
  const marked = (u: Unit) => raws.some((raw) => marks.some((m) => raw.includes(u.raw + m) || raw.includes(m + u.raw)));
  for (const u of units) if (marked(u)) u.role = 'lead';
}

/** A slash between two names (市发改委/市财政局): a separator, as 、 is. */
const SLASH_BETWEEN_NAMES = /(?<=[\u4e00-\u9fa5）)])[/／](?=[\u4e00-\u9fa5（(])/;

/**
 * Parses a unit list. Items are split at 、，,；;, slashes between names and
 * whitespace; names in brackets and region compounds stay whole; role words are
 * dropped from names and set the role; prefixes are handed on.
 * `fieldNames`: the list is one of departments (县经贸、统计、工商、税务等部门要…), so a
 * department named by its field alone (统计) is bare and takes the run's level prefix.
 */
export function parseUnitList(text: TwinText, defaultRole: Role = 'responsible', fieldNames = false): UnitListResult {
  const units: Unit[] = [];
  let openEnded = false;
  const trimmed = trimTwin(text);
  const withSpacesAsSeparators: TwinText = { r: trimmed.r, n: replaceEvery(spacesAsSeparators(trimmed.n), SLASH_BETWEEN_NAMES, '、') };
  const groups: { units: Unit[]; role: Role | null }[] = [];
  for (const { part } of splitTopLevel(withSpacesAsSeparators, '，,；;')) {
    const group = trimTwin(part);
    if (!group.n) continue;
    const roleOnly = stripRoleSuffix(group);
    if (!roleOnly.item.n) continue;
    const res = parseRun(group, defaultRole, fieldNames);
    openEnded ||= res.openEnded;
    groups.push({ units: res.units, role: roleOnly.role });
  }
  cooperatingCarriedBack(groups);
  for (const g of groups) mergeUnits(units, g.units);
  return { units, openEnded };
}

/**
 * `A牵头，B、C，D配合`: the runs with no role word of their own between a leading run and a cooperating one cooperate
 * too (省财政厅牵头，广东省税务局、深圳市税务局，各地配合), as a parenthetical's clauses do (see clauses' carryRoleBack).
 */
function cooperatingCarriedBack(groups: readonly { units: Unit[]; role: Role | null }[]): void {
  let afterLead = false;
  let pending: Unit[] = [];
  for (const g of groups) {
    if (g.role === null && afterLead) pending.push(...g.units);
    else {
      if (g.role === 'cooperating') for (const u of pending) if (u.role === 'responsible') u.role = 'cooperating';
      pending = [];
      afterLead = g.role === 'lead';
    }
  }
}
