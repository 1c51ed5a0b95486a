/**
 * The unit-list grammar: `省科技厅、经信委、发改委等省直有关部门，各市、县（区）人民政府`
 * → 省科技厅, 省经信委, 省发改委, 省直有关部门 (open-ended), 各市、县（区）人民政府.
 */
import type { Role, Unit } from './model.js';
import { type Span, sliceSpan, splitTopLevel, trimSpan } from './span.js';
import { WS } from './chars.js';

export interface UnitListResult {
  units: Unit[];
  openEnded: boolean;
}

/** Role phrases written after a unit or a run of units, longest first. */
const ROLE_SUFFIXES: [string, Role][] = [
  ['按职责分工负责', 'responsible'],
  ['按职能分工负责', 'responsible'],
  ['按职责分工落实', 'responsible'],
  ['按照职责分工负责', 'responsible'],
  ['根据职责分工负责', 'responsible'],
  ['按职责配合', 'cooperating'],
  ['按职责负责', 'responsible'],
  ['按职责落实', 'responsible'],
  ['分别负责', 'responsible'],
  ['共同负责', 'responsible'],
  ['具体负责', 'responsible'],
  ['各负其责', 'responsible'],
  ['负责落实', 'responsible'],
  ['组织实施', 'responsible'],
  ['共同牵头负责', 'lead'],
  ['共同牵头', 'lead'],
  ['联合牵头', 'lead'],
  ['分别牵头', 'lead'],
  ['牵头负责', 'lead'],
  ['牵头抓总', 'lead'],
  ['牵头落实', 'lead'],
  ['为牵头单位', 'lead'],
  ['总牵头', 'lead'],
  ['牵头', 'lead'],
  ['主办', 'lead'],
  ['主抓', 'lead'],
  ['协同配合', 'cooperating'],
  ['共同参与', 'cooperating'],
  ['配合', 'cooperating'],
  ['参与', 'cooperating'],
  ['协同', 'cooperating'],
  ['协助', 'cooperating'],
  ['协办', 'cooperating'],
  ['负责', 'responsible'],
  ['落实', 'responsible'],
];

/** Role markers written in brackets after a name: 省发改委（牵头）. */
const BRACKET_ROLE = /[（(](牵头(?:单位|部门)?|主办(?:单位)?|配合(?:单位)?|参与(?:单位)?|协办(?:单位)?|责任(?:单位)?)[）)]/g;

const CATCH_ALL_TAIL = /^(各)?(省直|市直|县直|区直|州直|盟直|旗直|镇直|乡直|省级|市级|县级|区级|州级|镇级|乡级|中直)?(有关|相关|其他|其它|成员)?(部门|单位|机构|部门和单位|单位和部门|部门单位)$/;
const COUNTED_TAIL = /^[\d一二三四五六七八九十两]+个/;

/** A unit name that stands for "all the relevant units": not expected to report by itself. */
export function isCatchAll(name: string): boolean {
  return (
    /(有关|相关|其他|其它|各)(部门|单位|机构|方面|部门和单位|单位和部门)$/.test(name) ||
    /^(省|市|县|区|州|盟|旗|镇|乡|中)直(各|有关|相关)?[\u4e00-\u9fa5]{0,8}(部门|单位|机构)$/.test(name) ||
    /成员单位$/.test(name) ||
    /^(各|有关|相关)(部门|单位)$/.test(name)
  );
}

/** 各地区, 各设区市, 各县（市、区）: every government of a level, named without 政府. */
export function isRegionCollective(name: string): boolean {
  return /^各(地区|地方|级|地市|设区市|县市区|乡镇街道|乡镇|镇街道|镇街|街道|镇|乡|村|社区|[省市县区州盟旗])(?:[（(][^（()）]{1,8}[）)])?$/.test(name);
}

/** The last characters of names that are departments or organisations. */
const UNIT_SUFFIX = /(厅|局|委|办|委员会|部|室|处|署|中心|协|联|会|院|站|队|所|社|[银分支人中农工建交商开储邮]行|司|馆|校|园|政府|管委会|集团|公司|小组|法院|检察院|团委|海关|总队|支队|分局|办公室|银保监局|监管局|工会|科协|妇联|残联|团|军区|军分区|武装部|大学|学院|总台|电视台|报社|日报社|指挥部|部门|单位|党委|党组|办事处)$/;

export function hasUnitSuffix(name: string): boolean {
  // 农业农村（农牧）厅（局、委）: the alternatives in brackets after the suffix do not hide it
  return UNIT_SUFFIX.test(name.replace(/(?:[（(][^（()）]*[）)])+$/, ''));
}

/** Generic categories that take no level prefix (科研院所 is not 省科研院所). */
const GENERIC = /(大学|学院|报社|日报社|电视台|总台|院所|院校|机构|企业|医院|学校|高校|媒体|行业协会|金融机构|银行|园区|社团|组织)$/;
/** Branch offices and central agencies' local offices are named after their own place (静安公安分局, 福州中心支行, 深圳银保监局). */
const BRANCH = /(银保监局|银监局|证监局|保监局|金融监管分局|调查队|分局|分行|支行|分公司|支队|大队|中队|派出所|分所|分院|分中心|供电公司|海关|边检站|海事局|集团|公司|股份)$/;

const PROVINCES =
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门';
/** Names of their own organisation: they neither take nor need a level prefix. */
const OWN_ORG = new RegExp(
  `^(${PROVINCES}|中国|中共|中华|国家|国务院|中央|全国|中科院|中国科学院|人行|人民银行|国网|南网|武警|解放军|兵团|团[省市县区州]委|新疆生产建设兵团|驻|海关|各|有关|相关|其他|其它|全省|全市|全县|全区|本级|省外|境外)`,
);
/** A place-level token inside the name (平潭综合实验区管委会, 人行福州中心支行). */
const PLACE_INSIDE = /[\u4e00-\u9fa5]城区(?=人民政府|政府|委|办事处)|[\u4e00-\u9fa5](?<!城|都|超|门)(市|县|区|州|盟|旗)(?!场|域|直|级|委员)|[\u4e00-\u9fa5]{2}(开发区|新区|实验区|示范区|高新区|科学城|科技城|生态城|新城|保税区|自贸区|综保区|港区)|[\u4e00-\u9fa5]{2}(镇|乡|街道)(?=人民政府|政府|党委|办事处|卫生院|派出所)/;

interface Prefix {
  gov: string;
  party: string | null;
}

/** The administrative qualifier that opens a name: 省 (省科技厅), 市委 (市委宣传部), 福州市 (福州市发改委). */
export function levelPrefix(name: string): Prefix | null {
  let m = /^([省市县区州])委(?!员会)/.exec(name);
  if (m && name.length > 2) return { gov: m[1], party: `${m[1]}委` };
  m = /^([省市县区州镇乡])(?!场|域|直|级|属|内|外|情|村|镇)/.exec(name);
  if (m && name.length > 2) return { gov: m[1], party: null };
  // 各…, and names of their own organisation (人民银行大连市中心支行) hand on no place
  if (name.startsWith('各') || OWN_ORG.test(name)) return null;
  for (const cut of name.matchAll(/(?<=^[\u4e00-\u9fa5]{1,8})(?<!城|都|超)(?:省|市|县|区|盟|旗)(?!场|域|直|级|委员会)/g)) {
    const end = cut.index + cut[0].length;
    const rest = name.slice(end);
    if (rest.length >= 2 && !/^[省市县区州盟旗]/.test(rest) && UNIT_SUFFIX.test(rest)) return { gov: name.slice(0, end), party: null };
  }
  return null;
}

/** A bare department name such as 经信委 that takes the level prefix of the run it stands in. */
export function isBareDepartment(name: string): boolean {
  if (name.length < 2 || name.length > 12) return false;
  if (!UNIT_SUFFIX.test(name) || GENERIC.test(name) || BRANCH.test(name)) return false;
  if (levelPrefix(name) || OWN_ORG.test(name) || PLACE_INSIDE.test(name) || isCatchAll(name)) return false;
  return true;
}

const PARTY_DEPARTMENT = /^(组织部|宣传部|统战部|政法委|政研室|编办|网信办|改革办|深改办|农办|外办|台办|610办|督查室|保密办|机要局|老干部局|编委办|党校|纪委|监委|人才办|巡察办|党建办|国安办|党史研究室|军民融合办)/;

function applyPrefix(prefix: Prefix, bare: string): string {
  if (prefix.party && PARTY_DEPARTMENT.test(bare)) return prefix.party + bare;
  return prefix.gov + bare;
}

const REGION_ONLY = /^(各)?(设区的?)?(省|市|地|州|盟|县|区|旗|乡|镇|街道|辖市|辖区|县级市|市辖区|自治县|自治区|自治州|直辖市|地区|中直|省直|市直|县直|区直|中央|省属|市属)$/;
const REGION_START = /^(各)?(省|市|地|州|盟|县|区|旗|乡|镇|街道|自治|直辖市)/;
/** The second half of 各乡镇党委、政府: a bare 政府 or 党委 shares the place of the name before it. */
const SHARED_PLACE_TAIL = /^(党委|政府|人民政府|党组|管委会|办事处)$/;

/** Merges 各市、县（区）人民政府 back into one unit after the split at 、. */
function mergeRegionCompounds(items: Span[]): Span[] {
  const out: Span[] = [];
  let pending: Span | null = null;
  for (const item of items) {
    const cur: Span = pending ? { r: `${pending.r}、${item.r}`, n: `${pending.n}、${item.n}` } : item;
    const lastPart = item.n;
    if (REGION_ONLY.test(lastPart.trim())) {
      pending = cur;
      continue;
    }
    const prev = out[out.length - 1];
    if (!pending && prev && SHARED_PLACE_TAIL.test(item.n.trim()) && prev.n.trim().startsWith('各')) {
      out[out.length - 1] = { r: `${prev.r}、${item.r}`, n: `${prev.n}、${item.n}` };
      continue;
    }
    if (pending && !REGION_START.test(item.n.trim())) {
      // the run was not a compound after all: flush the pieces separately
      const pieces = splitTopLevel(pending, '、').map((p) => p.part);
      out.push(...pieces, item);
    } else {
      out.push(cur);
    }
    pending = null;
  }
  if (pending) out.push(...splitTopLevel(pending, '、').map((p) => p.part));
  return out;
}

const WS_RE = new RegExp(`[${WS}]+`, 'g');

function cleanName(s: string): string {
  return s.replace(WS_RE, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function stripRoleSuffix(item: Span): { item: Span; role: Role | null } {
  const n = item.n.replace(/[。.；;，,：:\s]+$/, '');
  for (const [word, role] of ROLE_SUFFIXES) {
    if (n.endsWith(word) && n.length >= word.length) {
      return { item: trimSpan(sliceSpan(item, 0, n.length - word.length)), role };
    }
  }
  return { item: sliceSpan(item, 0, n.length), role: null };
}

function stripBracketRole(item: Span): { item: Span; role: Role | null } {
  let role: Role | null = null;
  const parts: [number, number][] = [];
  for (const m of item.n.matchAll(BRACKET_ROLE)) {
    const w = m[1];
    role = w.startsWith('牵头') || w.startsWith('主办') ? 'lead' : w.startsWith('责任') ? 'responsible' : 'cooperating';
    parts.push([m.index, m.index + m[0].length]);
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
  return { item: { r, n }, role };
}

interface RawItem {
  span: Span;
  role: Role | null;
  catchAll: boolean;
  /** The role was written in brackets after this name (X（牵头）): it covers this name only. */
  ownRole?: boolean;
}

/** `财政厅等省直有关部门` → 财政厅 + 省直有关部门 (open-ended); `X等` → X (open-ended). */
function splitEtc(item: Span): { items: RawItem[]; openEnded: boolean } {
  const n = item.n;
  for (let i = n.indexOf('等'); i > 0; i = n.indexOf('等', i + 1)) {
    const before = n.slice(0, i);
    if (/(高|中|初|同|平|对|相|均|一|二|三|特|超)$/.test(before)) continue;
    const tail = n.slice(i + 1);
    const head: RawItem = { span: sliceSpan(item, 0, i), role: null, catchAll: false };
    if (tail === '') return { items: [head], openEnded: true };
    if (COUNTED_TAIL.test(tail)) return { items: [head], openEnded: false };
    const m = CATCH_ALL_TAIL.exec(tail);
    if (m) {
      const qualified = Boolean(m[1] || m[2] || m[3]);
      const items = [head];
      if (qualified) items.push({ span: sliceSpan(item, i + 1), role: null, catchAll: true });
      return { items, openEnded: true };
    }
  }
  return { items: [{ span: item, role: null, catchAll: false }], openEnded: false };
}

const ROLE_RANK: Record<Role, number> = { lead: 3, responsible: 2, cooperating: 1 };

/** Adds units, keeping the first occurrence of a name and the strongest role given to it. */
export function mergeUnits(into: Unit[], more: Unit[]): void {
  for (const u of more) {
    const existing = into.find((x) => x.name === u.name);
    if (!existing) into.push(u);
    else if (ROLE_RANK[u.role] > ROLE_RANK[existing.role]) existing.role = u.role;
  }
}

/** Parses one `、`-run (a group between commas) into units. */
function parseRun(group: Span, defaultRole: Role): UnitListResult {
  let openEnded = false;
  const pieces = mergeRegionCompounds(splitTopLevel(group, '、').map((p) => p.part));
  const items: RawItem[] = [];
  for (const piece of pieces) {
    let s = trimSpan(piece);
    s = stripLeading(s);
    const bracket = stripBracketRole(s);
    const suffix = stripRoleSuffix(bracket.item);
    const etc = splitEtc(trimSpan(suffix.item));
    openEnded ||= etc.openEnded;
    const role = bracket.role ?? suffix.role;
    etc.items.forEach((it) => items.push({ ...it, role, ownRole: bracket.role !== null }));
  }
  // A role written after the last name of a run covers the names before it that have none;
  // one in brackets after a name (市财政局、市金融监管局（牵头）) covers that name only.
  let carry: Role = defaultRole;
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i];
    if (it.role && !it.ownRole) carry = it.role;
    else if (!it.role) it.role = carry;
  }
  const units: Unit[] = [];
  let prefix: Prefix | null = null;
  for (const it of items) {
    const raw = cleanName(it.span.r);
    let name = cleanName(it.span.n);
    if (!name || /^[、，,；;。.]+$/.test(name)) continue;
    const own = levelPrefix(name);
    if (own) prefix = own;
    else if (prefix && !it.catchAll && isBareDepartment(name)) name = applyPrefix(prefix, name);
    units.push({ name, raw, role: it.role ?? defaultRole });
  }
  return { units, openEnded };
}

function stripLeading(s: Span): Span {
  const m = /^(由|请|其中|以及|及|和|并由)/.exec(s.n);
  return m ? trimSpan(sliceSpan(s, m[0].length)) : s;
}

/**
 * Parses a unit list. Items are split at 、，,；; and whitespace; names in brackets
 * and region compounds stay whole; role words are dropped from names and set the role.
 */
export function parseUnitList(text: Span, defaultRole: Role = 'responsible'): UnitListResult {
  const units: Unit[] = [];
  let openEnded = false;
  const trimmed = trimSpan(text);
  const withSpacesAsSeparators: Span = { r: trimmed.r, n: trimmed.n.replace(/(?<=[\u4e00-\u9fa5）)])[ \t]+(?=[\u4e00-\u9fa5（(])/g, (m) => '，'.padEnd(m.length, ' ')) };
  for (const { part } of splitTopLevel(withSpacesAsSeparators, '，,；;')) {
    const group = trimSpan(part);
    if (!group.n) continue;
    const roleOnly = stripRoleSuffix(group);
    if (!roleOnly.item.n) continue;
    const res = parseRun(group, defaultRole);
    openEnded ||= res.openEnded;
    mergeUnits(units, res.units);
  }
  return { units, openEnded };
}
