/**
 * Words of unit names: the suffixes that make a name a department or an
 * organisation, catch-alls (省直有关部门), collectives of places (各设区市),
 * names of their own organisation that take no level prefix, branch offices,
 * Party departments, provinces. Data first, compiled once below.
 */
import { alternation, compiledPattern } from './regex.js';
import { NAME_ROLE_TAIL } from './roles.js';

/** The last characters of names that are departments or organisations (省科技厅, 市委宣传部, 福州中心支行). */
export const UNIT_SUFFIXES = [
  '厅', '局', '委', '办', '委员会', '部', '室', '处', '署', '中心', '协', '联', '会', '院', '站', '队', '所', '社',
  '银行', '分行', '支行', '人行', '中行', '农行', '工行', '建行', '交行', '商行', '开行', '储行', '邮行',
  '司', '馆', '校', '园', '政府', '管委会', '集团', '公司', '小组', '法院', '检察院', '团委', '海关', '总队', '支队',
  '分局', '办公室', '银保监局', '监管局', '工会', '科协', '妇联', '残联', '团', '军区', '军分区', '武装部', '大学',
  '学院', '总台', '电视台', '报社', '日报社', '指挥部', '部门', '单位', '党委', '党组', '办事处', '管理区',
  // task forces set up for the work (联合执法工作组, 创卫工作专班), and the groups that prepare a body not yet set up
  // (消防支队筹建组, 街道办事处筹备组)
  '工作组', '专班', '筹建组', '筹备组',
  // a bureau's own offices (待遇保障科, 人事科; a county bureau's 计划财务股, 安全股) in its work points
  '科', '股',
  // the same in Traditional characters, for the readers that look at a table's cells as written (單位, 管委會, 辦公室)
  '廳', '辦', '委員會', '處', '協', '聯', '會', '隊', '銀行', '農行', '開行', '儲行', '郵行', '館', '園', '管委會', '集團', '小組',
  '檢察院', '團委', '海關', '總隊', '支隊', '辦公室', '銀保監局', '監管局', '工會', '科協', '婦聯', '殘聯', '團', '軍區', '軍分區',
  '武裝部', '大學', '學院', '總檯', '總台', '電視臺', '報社', '日報社', '指揮部', '部門', '單位', '黨委', '黨組', '辦事處', '管理區',
] as const;
/**
 * Words ending in 科 that name a field of study or medicine, not an office (学科, 本科, 儿科), and 科 after one character only
 * (中科 / 院…, cut by a line break); shares, not an office (入股, 控股); events, not bodies (十五运会, 残特奥会, 博览会, 座谈会);
 * a suffix's character right after 和 (人力资源和社 / 会保障局: a name a line break cut).
 */
const NOT_AN_OFFICE = /[和与及][社局厅委办处所站队院部]$|(?:运动|运|奥|博览|交易|展览|洽谈|推介|座谈|研讨|发布|招聘|表彰|动员|见面|联欢|运动大|社)会$|(?:学|本|专|内|外|儿|妇|眼|牙|骨|百|皮肤|口腔|预|(?<!安)全|(?<!生)产)科$|^.科$|(?:入|持|控|参|配|炒|新|老|原始|个|A|B|H)股$|^.股$/;

/** Generic categories that take no level prefix (科研院所 is not 省科研院所, 运营单位 not 省运营单位: a role, no government's department). */
export const GENERIC_CATEGORIES = [
  '大学', '学院', '报社', '日报社', '电视台', '总台', '院所', '院校', '机构', '企业', '医院', '学校', '高校', '媒体',
  '行业协会', '金融机构', '银行', '园区', '社团', '组织', '单位',
] as const;

/** The organ a run of places shares (各县（市、区） 人民政府), or a name's last line leaves for its own (县经济开发区 / 管委会): no unit alone. */
export const SHARED_ORGANS = ['人民政府', '政府', '党委', '管委会', '管理委员会', '委员会', '办事处'] as const;
/** One of SHARED_ORGANS standing alone, up to the next separator or the text's end. */
export const SHARED_ORGAN_ALONE = compiledPattern(`^(?:${alternation(SHARED_ORGANS)})(?=$|[、，,；;。 \\t）)])`);
/** The longest of SHARED_ORGANS, for a look that goes no further. */
export const SHARED_ORGAN_MAX = Math.max(...SHARED_ORGANS.map((w) => w.length));

/** Branch offices and central agencies' local offices, named after their own place (静安公安分局, 福州中心支行, 深圳银保监局). */
export const BRANCH_SUFFIXES = [
  '银保监局', '银监局', '证监局', '保监局', '金融监管分局', '调查队', '分局', '分行', '支行', '分公司', '支队', '大队',
  '中队', '派出所', '分所', '分院', '分中心', '供电公司', '供电局', '检验检疫局', '海关', '边检站', '海事局', '集团', '公司', '股份',
  '铁路局', '管委会',
] as const;

/**
 * A government or one of its departments (儋州市政府, 区发改委, 市住建局), not a body the work is done at or for (a hospital,
 * a station, a residents' committee): a point headed by such names alone holds their work.
 */
export const GOVERNING_BODY_RE = /(?:政府|管委会|管理委员会|办事处|局|委|厅|办)$/;
export const RESIDENTS_COMMITTEE_RE = /[居村]委$|[居村]委会$|居民委员会$|村民委员会$/;

/**
 * Kinds of zone named without a place (工业园区, 高新区): standing alone in a run, like a bare department, they are the run's
 * level's own (市发改委、工业园区 → 市工业园区), where a named zone (平潭综合实验区) is not; a zone's own body (高新区管委会)
 * is read as a place's office, and keeps its name.
 */
export const GENERIC_ZONES = [
  '经济技术开发区', '经济开发区', '高新技术产业开发区', '高新技术开发区', '高新技术产业园区', '高新区', '工业园区', '产业园区',
  '工业集中区', '综合保税区', '保税区',
] as const;
export const GENERIC_ZONE_RE = compiledPattern(`^(?:${alternation(GENERIC_ZONES)})$`);

export const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
] as const;

/** A province named with its level word (青海省科学技术厅, 北京市财政局, 广西壮族自治区…): a place that hands on its name. */
export const PROVINCE_PLACE_RE = compiledPattern(`^(?:${alternation(PROVINCES)})(?:省|市|(?:壮族|回族|维吾尔)?自治区)`);

/** Openings of names of their own organisation: they neither take nor hand on a level prefix. */
export const OWN_ORGANISATION_OPENINGS = [
  ...PROVINCES, '中国', '中共', '中华', '国家', '国务院', '中央', '全国', '中科院', '中国科学院', '人行', '人民银行', '国网',
  '南网', '武警', '解放军', '兵团', '团省委', '团市委', '团县委', '团区委', '团州委', '新疆生产建设兵团', '驻', '海关', '各',
  // a zone's own party body (工委组织部, 党工委办公室): no level prefix is handed to it
  '工委', '党工委',
  // the central state's enterprises and railways by their short names (中铁济南局, 国铁集团, 中石化山东分公司): the nation's
  '中铁', '国铁', '中石油', '中石化', '中海油', '中储粮', '中粮', '中核', '中航', '中建', '中交', '中车', '中化', '中信', '中移', '民航',
  '有关', '相关', '其他', '其它', '全省', '全市', '全县', '全区', '本级', '省外', '境外',
] as const;

/** Party departments: a 市委/省委 prefix goes to them (市委宣传部、组织部 → 市委组织部). */
export const PARTY_DEPARTMENTS = [
  '组织部', '宣传部', '统战部', '政法委', '政研室', '编办', '网信办', '改革办', '深改办', '农办', '外办', '台办', '610办',
  '督查室', '保密办', '机要局', '老干部局', '编委办', '党校', '纪委', '监委', '人才办', '巡察办', '党建办', '国安办',
  '党史研究室', '军民融合办',
] as const;

/** Level words that may open a catch-all: 省直有关部门, 县级相关单位, 中直. */
export const CATCH_ALL_LEVELS = ['国务院', '省直', '市直', '县直', '区直', '州直', '盟直', '旗直', '镇直', '乡直', '省级', '市级', '县级', '区级', '州级', '镇级', '乡级', '中直', '省政府', '市政府', '县政府', '区政府', '州政府', '旗政府'] as const;
/** Qualifiers of a catch-all: 有关部门, 其他单位, 成员单位. */
export const CATCH_ALL_QUALIFIERS = ['有关', '相关', '其他', '其它', '成员'] as const;
/** What a catch-all names: 部门, 单位, 机构. */
export const CATCH_ALL_NOUNS = ['部门', '单位', '机构', '部门和单位', '单位和部门', '部门单位'] as const;
/** The kind of department a catch-all may name between its qualifier and its noun: 其他行业部门, 有关职能部门, 相关主管部门. */
export const CATCH_ALL_KINDS = ['行业', '职能', '主管', '监管', '执法'] as const;

/**
 * Collectives that name doers only inside a list of them, beside a role word (省财政厅牵头，省税务局，各地配合): as a
 * sentence's subject (各地开展的督查情况…) they are no doer.
 */
export const LISTED_COLLECTIVES = ['各地'] as const;

/** Collectives of every government of a level, named without 政府: 各地区, 各设区市, 各乡镇街道. */
export const REGION_COLLECTIVES = ['地区', '地方', '级', '地市', '市地', '设区市', '省辖市', '省直管县', '开发区', '经济功能区', '功能区', '县市区', '市县区', '县区', '区县', '市县', '县市', '市州', '乡镇街道', '乡镇', '镇街道', '镇街', '街镇', '街道', '镇', '乡', '村', '社区', '省', '市', '县', '区', '州', '盟', '旗'] as const;

const UNIT_SUFFIX_RE = compiledPattern(`(?:${alternation(UNIT_SUFFIXES)})$`);
const BRACKETED_TAIL = /(?:[（(][^（()）]*[）)])+$/;

/** Whether a name ends like a department or organisation; bracketed alternatives after the suffix (农业农村（农牧）厅（局、委）) do not hide it. */
export function hasUnitSuffix(name: string): boolean {
  const bare = name.replace(BRACKETED_TAIL, '');
  return UNIT_SUFFIX_RE.test(bare) && !NOT_AN_OFFICE.test(bare);
}

/** Whether a name (without brackets after it) ends in a unit suffix. */
export function endsWithUnitSuffix(name: string): boolean {
  return UNIT_SUFFIX_RE.test(name) && !NOT_AN_OFFICE.test(name);
}

export const GENERIC_RE = compiledPattern(`(?:${alternation(GENERIC_CATEGORIES)})$`);
export const BRANCH_RE = compiledPattern(`(?:${alternation(BRANCH_SUFFIXES)})$`);
export const OWN_ORGANISATION_RE = compiledPattern(`^(?:${alternation(OWN_ORGANISATION_OPENINGS)})`);
export const PARTY_DEPARTMENT_RE = compiledPattern(`^(?:${alternation(PARTY_DEPARTMENTS)})`);

/** The other noun a catch-all stands for, in brackets after it: 相关部门（单位） (a regular-expression source). */
const OTHER_NOUN_BRACKET = '(?:[（(](?:单位|部门|机构)[）)])?';
const OTHER_NOUN_BRACKET_END = /[（(](?:单位|部门|机构)[）)]$/;

/** `等相关区政府` after a list: the governments of the rest of the places, a collective (浦东新区等相关区政府). */
export const GOVERNMENTS_TAIL = /^(?:各|有关|相关|各有关|各相关)(?:区|县|市|州|旗|乡|镇|乡镇|街道|区县|县区|市县|县市区|县（市、区）)(?:人民)?政府$/;

/** `等省直有关部门` (or `等相关区直部门`, `等省有关部门`) after a list: the tail that names the rest of a group. Groups 1 to 3 (各, a level, a qualifier) mark it qualified. */
export const CATCH_ALL_TAIL = compiledPattern(
  `^(各)?(${alternation(CATCH_ALL_LEVELS)}|[省市县区州盟旗](?=${alternation(CATCH_ALL_QUALIFIERS)}))?(${alternation(CATCH_ALL_QUALIFIERS)})?(?:${alternation(CATCH_ALL_LEVELS)})?(?:${alternation(CATCH_ALL_KINDS)})?(${alternation(CATCH_ALL_NOUNS)})${OTHER_NOUN_BRACKET}$`,
);

const CATCH_ALL_FORMS = [
  compiledPattern(`(有关|相关|其他|其它|各)(?:${alternation(CATCH_ALL_KINDS)})?(部门|单位|机构|方面|部门和单位|单位和部门)$`),
  /^(省|市|县|区|州|盟|旗|镇|乡|中)直(各|有关|相关)?[\u4e00-\u9fa5]{0,8}(部门|单位|机构)$/,
  /成员单位$/,
  /^(各|有关|相关)(部门|单位)$/,
] as const;

/** A unit name that stands for "all the relevant units": not expected to report by itself. */
export function isCatchAll(name: string): boolean {
  // 市直有关部门、单位: the bare noun after the 、 completes the catch-all, as the other noun in brackets does (相关部门（单位）)
  const whole = name.replace(/、(?:单位|部门|机构)$/, '').replace(OTHER_NOUN_BRACKET_END, '');
  return CATCH_ALL_FORMS.some((re) => re.test(whole));
}

/** The other levels a level word stands for, in brackets after it: 县（市、区）, 市〔州〕 (a regular-expression source). */
export const LEVEL_BRACKETS = '(?:[（(〔][^（()）〔〕]{1,8}[）)〕])?';
/** A level word, with the other levels it stands for in brackets. */
const REGION_WORD = `(?:${alternation([...REGION_COLLECTIVES, '县级市', '自治县', '自治区', '自治州', '市辖区'])})${LEVEL_BRACKETS}`;
/**
 * Words of two levels that name every government of both without 各 before them, in a list of doers (省直有关部门和市县配合,
 * 会同有关部门和市地组织落实): 市县 is the cities and counties, never one place.
 */
export const BARE_REGION_COLLECTIVES = ['市县', '市地', '地市', '县区', '区县', '县市区', '市县区', '市州', '县市', '乡镇', '镇街', '街镇'] as const;
/** 各设区市, 各县（市、区）, 有关县区, 各属地街道 (each place's own), and runs of level words: 各区、县级市, 各县、自治县, 各县（市）区; 市县 alone. */
const REGION_COLLECTIVE_RE = compiledPattern(`^(?:(?:各(?:有关|相关|属地)?|有关|相关|属地)${REGION_WORD}(?:、?${REGION_WORD})*|(?:${alternation(BARE_REGION_COLLECTIVES)})${LEVEL_BRACKETS})$`);

/** 各地区, 各设区市, 各县（市、区）: every government of a level, named without 政府. */
export function isRegionCollective(name: string): boolean {
  return REGION_COLLECTIVE_RE.test(name);
}

/** Words ending like a township that name a kind of place, never one township: 小城镇, 特色小镇, 集镇. */
export const TOWNSHIP_KINDS = ['城镇', '乡镇', '小城镇', '特色小镇', '小镇', '集镇', '村镇', '重点镇', '中心镇', '建制镇', '城乡', '农村乡', '民族乡'] as const;
const NAMED_TOWNSHIP_RE = /^[\u4e00-\u9fa5]{2,4}(?:镇|乡|街道|街道办|街办|苏木)$/;
const TOWNSHIP_KIND_END = compiledPattern(`(?:${alternation(TOWNSHIP_KINDS)})$`);

/** Words ending like a city, county or district that name a kind of place, never one: 城市, 地级市, 县级市, 市辖区. */
const PLACE_KINDS = /(?:城市|都市|地级市|县级市|市辖区|城区|郊区|园区|景区|社区|片区|小区|新区|示范区|试验区|开发区|高新区|保护区|功能区|集聚区)$/;
const NAMED_PLACE_RE = /^[\u4e00-\u9fa5]{2,5}(?:市|县|区|州|盟|旗)$/;

/** One city, county or district named as a doer (合肥市, 平潭县): its government. Read as a unit only where a role word says the clause names doers. */
export function isNamedPlace(name: string): boolean {
  return NAMED_PLACE_RE.test(name) && !PLACE_KINDS.test(name) && !/^(?:各|有关|相关|全|本|该|每|其他|其它)/.test(name);
}

/** One township named in a unit list (五里镇, 城关镇, 江北街道): its government reports; a kind of place (特色小镇) or a collective (各乡镇) is no such name. */
export function isNamedTownship(name: string): boolean {
  return NAMED_TOWNSHIP_RE.test(name) && !TOWNSHIP_KIND_END.test(name) && !/^(?:各|有关|相关|全|本|该|每)/.test(name);
}

/**
 * Departments named by their field alone (消防, 交警, 环卫, 园区): never a place, so
 * they take no government shared by the places before it (县应急局、消防、城关镇人民政府).
 */
export const DEPARTMENT_STEMS = [
  '消防', '交警', '公安', '环卫', '城管', '税务', '工商', '质监', '市监', '供电', '电力', '电信', '移动', '联通', '邮政', '气象', '水文',
  '林业', '水务', '水利', '交通', '教育', '卫生', '卫健', '民政', '财政', '国土', '规划', '住建', '文旅', '文化', '体育', '统计', '审计',
  '人社', '商务', '农业', '农机', '畜牧', '环保', '生态', '应急', '医保', '信访', '司法', '法院', '检察院', '武装部', '人武部', '团委',
  '妇联', '工会', '科协', '残联', '供销', '粮食', '金融', '园区', '景区', '社区', '街道', '乡镇',
  // departments named by their field in a subject (工信、发改、生态环境等部门要…)
  '工信', '经信', '发改', '经贸', '经发', '科技', '生态环境', '市场监管', '自然资源', '交通运输', '农业农村', '住房城乡建设',
  '文广旅', '文广', '外事', '网信', '宣传', '政法', '编办', '人防', '海事', '海关', '边检', '消防救援', '退役军人', '城市管理', '综合执法', '行政执法', '城管执法',
  '发展改革', '国土资源', '房管', '房产', '城建', '建设', '人力资源社会保障', '人力社保', '旅游', '物价', '安监', '国资', '民宗',
] as const;
const DEPARTMENT_STEM_RE = compiledPattern(`^(?:${alternation(DEPARTMENT_STEMS)})$`);
export const isDepartmentStem = (name: string): boolean => DEPARTMENT_STEM_RE.test(name);

/**
 * Whether a unit cell's line break falls inside a name, so that the next line goes on
 * with it (区教育局、区财 / 政局, 各街道办 / 事处): the line ends with no separator, and
 * its last name has no unit suffix yet, or the next line opens with a piece of two
 * characters that names nothing of its own (not a field such as 税务 or 团委, nor a
 * name's opening such as 县税).
 */
export function nameRunsOnAfterBreak(line: string, next: string): boolean {
  const before = line.trimEnd();
  if (!before || /[、，,；;。\s]$/.test(before)) return false;
  const lastName = /[^、，,；;\s]*$/.exec(before)![0];
  const firstPiece = /^[^、，,；;\s]*/.exec(next.trimStart())![0];
  if (!lastName || !firstPiece) return false;
  if (!hasUnitSuffix(lastName)) return true;
  if (branchRunsOn(lastName, firstPiece)) return true;
  // (a county of one character is a place of its own: 改革发展局（牵头） / 雄县、容城县…)
  return firstPiece.length <= 2 && !NAME_OPENING.test(firstPiece) && !isDepartmentStem(firstPiece) && !isCatchAll(firstPiece) && !ONE_CHARACTER_PLACE.test(firstPiece);
}

/** A place named by one character and its level: 雄县, 蠡县, 沛县. */
const ONE_CHARACTER_PLACE = /^[\u4e00-\u9fa5][县区旗]$/;

/**
 * A national body at a line's end, then its local branch named after its place on the next (人民银行 / 昆明中心支行配合),
 * or a city's or a province's bureau, then its branch in a district or county: one name.
 */
export function branchRunsOn(lastName: string, firstPiece: string): boolean {
  if (bureauBranchRunsOn(lastName, firstPiece)) return true;
  // (a body already named down to its branch, 人行哈尔滨中心支行, is whole: the next line's branch is another's)
  return OWN_ORGANISATION_RE.test(lastName) && !BRANCH_RE.test(lastName) && !lastName.startsWith('各') && !NAME_OPENING.test(firstPiece) && BRANCH_RE.test(firstPiece.replace(NAME_ROLE_TAIL, ''));
}

/** A city's or a province's bureau whole at a line's end, then its branch in a district or county (市规划和自然资源局 / 花都区分局). */
export function bureauBranchRunsOn(lastName: string, firstPiece: string): boolean {
  return UPPER_BUREAU.test(lastName) && PLACE_BRANCH.test(firstPiece.replace(NAME_ROLE_TAIL, ''));
}
/** A city's or a province's bureau: 市规划和自然资源局, 省生态环境厅. */
const UPPER_BUREAU = /^[省市][\u4e00-\u9fa5]{2,14}[局厅]$/;
/** A bureau's branch named after a district or county, with its level word or without (花都区分局, 长兴县分局, 番禺分局), never a level's own (区公安分局). */
const PLACE_BRANCH = /^(?![省市县区州盟旗乡镇各])[\u4e00-\u9fa5]{2,5}分局$/;

/** A level word that opens a name (县税 / 务局 is a name opening, not the end of the one before). */
export const NAME_OPENING = /^(?:省|市|县|区|各|乡|镇|州|旗|盟|中|国)/;
/** A named place with its level word opening a name of its own: 荷塘区人民政府, 金凤区住建局, 高新区管委会. */
export const NAMED_PLACE_OPENING = /^[\u4e00-\u9fa5]{2,4}?[区县市州旗盟](?=[\u4e00-\u9fa5]{2})/;
