import { parseUnitList, isBareDepartment, levelPrefix, isCatchAll, mergeUnits } from '../../src/parse/unit-list.js';
import { span } from '../../src/parse/twin.js';
import { hasUnitSuffix } from '../../src/parse/lexicon/units.js';

const names = (s: string) => parseUnitList(span(s)).units.map((u) => u.name);
const roles = (s: string) => parseUnitList(span(s)).units.map((u) => `${u.name}/${u.role}`);

describe('unit-list grammar', () => {
  test('splits at 、，,；; and hands the level prefix to bare names in the same run', () => {
    expect(names('省科技厅、经信委、发改委；教育厅')).toEqual(['省科技厅', '省经信委', '省发改委', '教育厅']);
    expect(names('市发改委、科技局,财政局')).toEqual(['市发改委', '市科技局', '财政局']);
  });

  test('a run longer than any unit name, with figures in it (a flattened table after the list), is no unit', () => {
    expect(names('市公安局、江北镇海北仑合计新辟线路年度目标251210实际完成12036优化调整线路年度目标691420')).toEqual(['市公安局']);
    expect(names('国家税务总局福州市鼓楼区税务局第一税务所')).toEqual(['国家税务总局福州市鼓楼区税务局第一税务所']);
  });

  test('a collective of places opening a department (各区, 各县（市、区）) is handed on like a level prefix; a government compound stays whole', () => {
    expect(names('各区消防救援部门、商务部门、应急部门')).toEqual(['各区消防救援部门', '各区商务部门', '各区应急部门']);
    expect(names('各县（市、区）教育局、财政局')).toEqual(['各县（市、区）教育局', '各县（市、区）财政局']);
    expect(names('各区教育局、市财政局、民政局')).toEqual(['各区教育局', '市财政局', '市民政局']);
    expect(names('各区人民政府、管委会')).toEqual(['各区人民政府、管委会']);
    // 各市场监管所 opens with 市场, 各区域… with 区域: no collective of places
    expect(names('各市场监管所、派出所')).toEqual(['各市场监管所', '派出所']);
    expect(names('各区域养老服务中心、敬老院')).toEqual(['各区域养老服务中心', '敬老院']);
  });

  test('runs with no role word between a leading run and a cooperating one cooperate (A牵头，B、C，D配合)', () => {
    expect(roles('省财政厅牵头，广东省税务局、深圳市税务局，各地配合')).toEqual(['省财政厅/lead', '广东省税务局/cooperating', '深圳市税务局/cooperating', '各地/cooperating']);
    // with no leading run before them, or a responsible run after them, they keep the list's role
    expect(roles('市发改委，市财政局配合')).toEqual(['市发改委/responsible', '市财政局/cooperating']);
    expect(roles('市发改委牵头，市财政局，市税务局负责')).toEqual(['市发改委/lead', '市财政局/responsible', '市税务局/responsible']);
  });

  test('two levels named bare after 和 (省直有关部门和市县) are a collective of places, not a word of the list', () => {
    expect(names('省直有关部门和市县')).toEqual(['省直有关部门', '市县']);
    expect(names('有关部门和市地')).toEqual(['有关部门', '市地']);
  });

  test('旗 and 盟 (Inner Mongolia) hand on their prefix like 县 and 市, 旗委 to Party departments', () => {
    expect(names('旗商务局、发改委、财政局')).toEqual(['旗商务局', '旗发改委', '旗财政局']);
    expect(names('旗委宣传部、组织部，团旗委')).toEqual(['旗委宣传部', '旗委组织部', '团旗委']);
    expect(names('盟财政局、教育局')).toEqual(['盟财政局', '盟教育局']);
  });

  test('a person in brackets after a unit (a 牵头单位（责任人） column) is no part of its name; a place, a unit or a field in brackets stays', () => {
    expect(names('县住建局（王晓芳）、县财政局')).toEqual(['县住建局', '县财政局']);
    // two characters together name a field (文物, 林业), not a person: only a name spaced to three characters' width is one
    expect(names('市文旅局（文物）、市自然资源局（林业）')).toEqual(['市文旅局（文物）', '市自然资源局（林业）']);
    expect(names('贺兰工业园区管委会（李 强）')).toEqual(['贺兰工业园区管委会']);
    expect(names('市文化广电旅游局（市文物局）')).toEqual(['市文化广电旅游局（市文物局）']);
    expect(names('市政务服务中心（筹）')).toEqual(['市政务服务中心（筹）']);
  });

  test('a named group\'s member units after 等 are a unit of their own', () => {
    expect(names('区商务局等数字经济工作领导小组成员单位')).toEqual(['区商务局', '数字经济工作领导小组成员单位']);
    expect(names('市发改委等部门')).toEqual(['市发改委']);
  });

  test('a mark after a name (市财政局*) is no part of it', () => {
    expect(names('市财政局*、★市税务局')).toEqual(['市财政局', '市税务局']);
  });

  test('the prefix does not cross a comma', () => {
    expect(names('省科技厅，经信委')).toEqual(['省科技厅', '经信委']);
  });

  test('raw keeps the name as written', () => {
    const u = parseUnitList(span('省科技厅、经信委')).units;
    expect(u.map((x) => x.raw)).toEqual(['省科技厅', '经信委']);
  });

  test('compound region names stay whole', () => {
    expect(names('省科技厅、发改委，各市、县（区）人民政府，平潭综合实验区管委会')).toEqual(['省科技厅', '省发改委', '各市、县（区）人民政府', '平潭综合实验区管委会']);
    expect(names('各县（市、区）人民政府、市直有关部门')).toEqual(['各县（市、区）人民政府', '市直有关部门']);
    expect(names('各市、县、区人民政府')).toEqual(['各市、县、区人民政府']);
  });

  test('own-organisation names take no prefix', () => {
    expect(names('省财政厅、发改委，人行福州中心支行、福建银监局')).toEqual(['省财政厅', '省发改委', '人行福州中心支行', '福建银监局']);
    expect(names('省科技厅、中科院海西研究院')).toEqual(['省科技厅', '中科院海西研究院']);
    expect(names('省科技厅、平潭综合实验区管委会')).toEqual(['省科技厅', '平潭综合实验区管委会']);
    expect(names('省科技厅、各设区市人民政府')).toEqual(['省科技厅', '各设区市人民政府']);
  });

  test('等省直有关部门 becomes a catch-all unit and makes the list open-ended', () => {
    const r = parseUnitList(span('省科技厅、教育厅等省直有关部门'));
    expect(r.units.map((u) => u.name)).toEqual(['省科技厅', '省教育厅', '省直有关部门']);
    expect(r.openEnded).toBe(true);
    expect(parseUnitList(span('省科技厅、教育厅')).openEnded).toBe(false);
  });

  test('等 and a level word with its qualifier (等省有关部门, 等市相关单位) give the catch-all too', () => {
    expect(names('省发展改革委、能源局等省有关部门和各地级以上市人民政府')).toEqual(['省发展改革委', '省能源局', '省有关部门', '各地级以上市人民政府']);
    expect(names('市住建局、城管局等市相关单位')).toEqual(['市住建局', '市城管局', '市相关单位']);
  });

  test('a county named with 城 before 县 (水城县, 武城县) has a place of its own: no prefix of the name before it', () => {
    expect(names('六枝特区、盘县、水城县人民政府')).toEqual(['六枝特区人民政府', '盘县人民政府', '水城县人民政府']);
    expect(names('盘县人民政府、水城县人民政府')).toEqual(['盘县人民政府', '水城县人民政府']);
    expect(names('市发改委、城市管理局')).toEqual(['市发改委', '市城市管理局']);
  });

  test('compound collectives: 特区 among the levels (各县、特区、区人民政府), 有关 places\' organ and a shared tail (有关盟市行政公署、人民政府)', () => {
    expect(names('各县、特区、区人民政府')).toEqual(['各县、特区、区人民政府']);
    expect(names('自治区农牧厅、财政厅，有关盟市行政公署、人民政府')).toEqual(['自治区农牧厅', '自治区财政厅', '有关盟市行政公署、人民政府']);
    expect(names('相关县区党委、政府')).toEqual(['相关县区党委、政府']);
    expect(names('有关部门、政府')).toEqual(['有关部门', '政府']);
  });

  test('a site named before its kind (富水湖湿地公园, 九宫山风景区, 东风水库) takes no prefix; one named by its kind alone does', () => {
    expect(names('县水利和湖泊局、县农业农村局、富水湖湿地公园管理处')).toEqual(['县水利和湖泊局', '县农业农村局', '富水湖湿地公园管理处']);
    expect(names('县文旅局、九宫山风景区管委会')).toEqual(['县文旅局', '九宫山风景区管委会']);
    expect(names('市园林局、森林公园管理处')).toEqual(['市园林局', '市森林公园管理处']);
    expect(names('市绿化市容局、公园管理中心')).toEqual(['市绿化市容局', '市公园管理中心']);
  });

  test('levels noted in angle brackets inside a name, 〈〉 or <> as a page\'s copy writes them, keep the name whole', () => {
    expect(names('市教育局,市委农办,各县<市、区>人民政府')).toEqual(['市教育局', '市委农办', '各县<市、区>人民政府']);
    expect(names('市应急局、各县〈市、区〉人民政府')).toEqual(['市应急局', '各县〈市、区〉人民政府']);
  });

  test('named sumu share the government named after the last of them, as towns do', () => {
    expect(names('伊敏苏木、辉苏木人民政府')).toEqual(['伊敏苏木人民政府', '辉苏木人民政府']);
    expect(names('巴彦托海镇、锡尼河西苏木人民政府')).toEqual(['巴彦托海镇人民政府', '锡尼河西苏木人民政府']);
  });

  test('a place of two characters ending in 市 is a street or a town, and shares the office or government after it', () => {
    expect(names('园林、杨市、周矶街道办事处')).toEqual(['园林街道办事处', '杨市街道办事处', '周矶街道办事处']);
    expect(names('横市、城关镇人民政府')).toEqual(['横市镇人民政府', '城关镇人民政府']);
    // a city keeps its own level, and never shares a street's office
    expect(names('吴忠市、银川市人民政府')).toEqual(['吴忠市人民政府', '银川市人民政府']);
    expect(names('鄂州市、西山街办')).toEqual(['鄂州市', '西山街办']);
  });

  test("a named place's own government takes no level prefix from the run", () => {
    expect(names('市发展改革委、乐都区、平安区人民政府')).toEqual(['市发展改革委', '乐都区人民政府', '平安区人民政府']);
    expect(names('市住建局、乐都区人民政府')).toEqual(['市住建局', '乐都区人民政府']);
    expect(names('市住建局、财政局')).toEqual(['市住建局', '市财政局']);
  });

  test('a collective of zones and another kind of zone share one committee', () => {
    expect(names('各街道办事处、各开发区、园区管委会')).toEqual(['各街道办事处', '各开发区、园区管委会']);
  });

  test('a prefix is handed on from a name with its former or other name in brackets', () => {
    expect(names('自治区农牧厅（乡村振兴局）、财政厅')).toEqual(['自治区农牧厅（乡村振兴局）', '自治区财政厅']);
    expect(names('省市场监管局（知识产权局）、商务厅')).toEqual(['省市场监管局（知识产权局）', '省商务厅']);
  });

  test('a dash or colon that sets a clause apart is no part of the first name', () => {
    expect(roles('——县发改局牵头，县直各单位配合')).toEqual(['县发改局/lead', '县直各单位/cooperating']);
    expect(roles('：市财政局负责')).toEqual(['市财政局/responsible']);
  });

  test('等 + a qualified group before or after its level word is a catch-all unit', () => {
    expect(names('区发改委、区市场监管局等相关区直部门')).toEqual(['区发改委', '区市场监管局', '相关区直部门']);
    expect(names('省科技厅等省直有关部门')).toEqual(['省科技厅', '省直有关部门']);
  });

  test('等 + a qualified group of a kind of department (其他行业部门, 有关职能部门) is a catch-all; without its qualifier, nothing', () => {
    expect(names('市检察院等其他行业部门')).toEqual(['市检察院', '其他行业部门']);
    expect(names('区教育局、区卫健局等有关职能部门')).toEqual(['区教育局', '区卫健局', '有关职能部门']);
    expect(names('市应急局等行业部门')).toEqual(['市应急局']);
  });

  test('a collective of places and a named place share the government after them: one name; a zone\'s 管委会 is not shared', () => {
    expect(names('各县（市）和矿区政府')).toEqual(['各县（市）和矿区政府']);
    expect(names('市环保局、财政局和相关县（市）、矿区政府')).toEqual(['市环保局', '市财政局', '相关县（市）、矿区政府']);
    expect(names('各县和高新区管委会')).toEqual(['各县', '高新区管委会']);
    expect(names('各乡镇和县直有关部门')).toEqual(['各乡镇', '县直有关部门']);
    expect(names('黄埔区、南沙区政府')).toEqual(['黄埔区政府', '南沙区政府']);
    // two named places share the government after 和 as after 、
    expect(names('井陉县和矿区政府')).toEqual(['井陉县政府', '矿区政府']);
    expect(names('市水务局和矿区政府')).toEqual(['市水务局', '矿区政府']);
  });

  test('a province\'s cities and its directly administered counties are one collective (各省辖市、省直管县（市）人民政府)', () => {
    expect(names('各省辖市、省直管县（市）人民政府')).toEqual(['各省辖市、省直管县（市）人民政府']);
    expect(names('省公安厅、各省辖市')).toEqual(['省公安厅', '各省辖市']);
    expect(names('各省辖市、省直有关部门')).toEqual(['各省辖市', '省直有关部门']);
  });

  test('a station named by its place before its field takes no prefix; a bare one does', () => {
    expect(names('镇市场办、灰山港工商所、食品药品监管站')).toEqual(['镇市场办', '灰山港工商所', '镇食品药品监管站']);
    expect(names('县农业局、城关财政所')).toEqual(['县农业局', '城关财政所']);
    expect(names('镇水利站、国土所、财政所')).toEqual(['镇水利站', '镇国土所', '镇财政所']);
    expect(names('乡政府、农业综合服务站、水利水保站')).toEqual(['乡政府', '乡农业综合服务站', '乡水利水保站']);
    // named by the townships' level: each township's, not the county's
    expect(names('县水利局、乡镇水利站')).toEqual(['县水利局', '乡镇水利站']);
  });

  test('a collective of levels run together (各县（市）区) is whole, and splits from a catch-all at 和', () => {
    expect(names('各县（市）区和市直有关部门')).toEqual(['各县（市）区', '市直有关部门']);
    expect(isCatchAll('各县（市）区')).toBe(false);
  });

  test('等 + a count closes the list', () => {
    const r = parseUnitList(span('市发改委、财政局等2个部门'));
    expect(r.units.map((u) => u.name)).toEqual(['市发改委', '市财政局']);
    expect(r.openEnded).toBe(false);
  });

  test('named places share the department named after the last of them, not a place organ', () => {
    expect(names('海东市、兰州市、临夏州发展改革部门')).toEqual(['海东市发展改革部门', '兰州市发展改革部门', '临夏州发展改革部门']);
    expect(names('福州市、平潭综合实验区管委会')).toEqual(['福州市', '平潭综合实验区管委会']);
    expect(names('各市、县发展改革部门')).toEqual(['各市、县发展改革部门']);
  });

  test('a bare 政府 after 和 shares the place of the name before it', () => {
    expect(names('州委办公室，各县市党委和政府')).toEqual(['州委办公室', '各县市党委和政府']);
    expect(names('市住建局和市发改委')).toEqual(['市住建局', '市发改委']);
  });

  test('高等 inside a name is not the enumerating 等', () => {
    expect(names('各高等院校、省教育厅')).toEqual(['各高等院校', '省教育厅']);
  });

  test('role words are dropped from names and set the role', () => {
    expect(roles('市发改委牵头，市科技局、市财政局按职责分工负责')).toEqual(['市发改委/lead', '市科技局/responsible', '市财政局/responsible']);
    expect(roles('市发改委牵头、市财政局配合')).toEqual(['市发改委/lead', '市财政局/cooperating']);
    expect(roles('省发改委（牵头）、省财政厅')).toEqual(['省发改委/lead', '省财政厅/responsible']);
  });

  test('a role given by the label is the default', () => {
    expect(parseUnitList(span('市财政局、市科技局'), 'cooperating').units.every((u) => u.role === 'cooperating')).toBe(true);
  });

  test('Party prefixes go to Party departments only', () => {
    expect(names('市委组织部、宣传部')).toEqual(['市委组织部', '市委宣传部']);
    expect(names('市委宣传部、市文旅局、体育局')).toEqual(['市委宣传部', '市文旅局', '市体育局']);
  });

  test('names with a place of their own are not bare', () => {
    expect(isBareDepartment('经信委')).toBe(true);
    expect(isBareDepartment('市场监管局')).toBe(true);
    expect(isBareDepartment('福建银监局')).toBe(false);
    expect(isBareDepartment('人行福州中心支行')).toBe(false);
    expect(isBareDepartment('科研院所')).toBe(false);
    expect(isBareDepartment('静安公安分局')).toBe(false);
    expect(levelPrefix('福州市发改委')?.gov).toBe('福州市');
    expect(levelPrefix('市场监管局')).toBeNull();
  });

  test("a department's own unit for a field takes the run's prefix; a branch named after a place does not", () => {
    expect(names('市住建局、市交通运输局、公安局交警支队')).toEqual(['市住建局', '市交通运输局', '市公安局交警支队']);
    expect(names('市发改委、公安局治安支队、财政局')).toEqual(['市发改委', '市公安局治安支队', '市财政局']);
    expect(isBareDepartment('公安局经开区分局')).toBe(false);
    expect(isBareDepartment('公安局高新分局')).toBe(false);
  });

  test('the offices of foreign affairs and trade open with their level (市外事办, 市外经贸局): no second prefix; 市外 as outside the city is none', () => {
    expect(names('市发展改革委、市财政局、市外经贸局、市外事办、省外侨办')).toEqual(['市发展改革委', '市财政局', '市外经贸局', '市外事办', '省外侨办']);
    expect(levelPrefix('市外经贸局')?.gov).toBe('市');
    expect(levelPrefix('市外来人口服务中心')).toBeNull();
  });

  test('a zone named before 市场监管局 hands on its name (经开区市场监管局、综合行政执法局)', () => {
    expect(levelPrefix('经开区市场监管局')?.gov).toBe('经开区');
    expect(names('经开区市场监管局、综合行政执法局')).toEqual(['经开区市场监管局', '经开区综合行政执法局']);
  });

  test('a law-enforcement squad named by its field (综合执法中队) takes the run\'s level, as 交警大队 does', () => {
    expect(names('镇城建办、综合执法中队、各行政村')).toEqual(['镇城建办', '镇综合执法中队', '各行政村']);
    expect(names('区城管局、综合执法大队')).toEqual(['区城管局', '区综合执法大队']);
    expect(names('县公安局、交警大队')).toEqual(['县公安局', '县交警大队']);
  });

  test('what a unit is to a place, said before its name (包片单位, 帮扶单位), is no part of it; a task force (工作组, 专班) is a unit', () => {
    expect(names('包片单位县文广局')).toEqual(['县文广局']);
    expect(names('帮扶单位市农业农村局、县民政局')).toEqual(['市农业农村局', '县民政局']);
    expect(names('包片单位')).toEqual(['包片单位']);
    expect(hasUnitSuffix('城区联合执法工作组')).toBe(true);
    expect(hasUnitSuffix('创卫工作专班')).toBe(true);
  });

  test("a street's office is named after its street: it takes no level prefix, and the district before it does not share it (鄂城区、西山街办)", () => {
    expect(names('市林业局、西山街办、市旅游局')).toEqual(['市林业局', '西山街办', '市旅游局']);
    expect(names('市林业局、市交通局、鄂城区、西山街办')).toEqual(['市林业局', '市交通局', '鄂城区', '西山街办']);
    expect(names('区教育局、凤凰街道办')).toEqual(['区教育局', '凤凰街道办']);
    // streets share their office, zones their 管委会
    expect(names('未央湖、大明宫街办')).toEqual(['未央湖街办', '大明宫街办']);
    expect(names('高新区、经开区管委会')).toEqual(['高新区管委会', '经开区管委会']);
  });

  test("another level's government after a collective's is one compound with it (各盟行政公署、市人民政府)", () => {
    expect(names('自治区发展改革委、各盟行政公署、市人民政府')).toEqual(['自治区发展改革委', '各盟行政公署、市人民政府']);
    expect(names('各县人民政府、市直有关部门')).toEqual(['各县人民政府', '市直有关部门']);
  });

  test('collectives each opening with their own 各 are two; a department of a level above a township collective is a name of its own', () => {
    expect(roles('各街道、各乡镇配合')).toEqual(['各街道/cooperating', '各乡镇/cooperating']);
    expect(names('各镇（街道）、区农垦集团')).toEqual(['各镇（街道）', '区农垦集团']);
    expect(names('各乡镇、县财政局')).toEqual(['各乡镇', '县财政局']);
    // a department word the levels share, and a shared government, stay one collective
    expect(names('各市、县民政局')).toEqual(['各市、县民政局']);
    expect(names('各市、县（区）人民政府')).toEqual(['各市、县（区）人民政府']);
    // a county-level city beside the counties or districts is their peer, not a level above them
    expect(names('各县、市人民政府')).toEqual(['各县、市人民政府']);
    expect(names('各区、市财政局')).toEqual(['各区、市财政局']);
  });

  test("a zone collective named by its kind (各经济功能区) is a unit; a joint lead mark in brackets is the run's (X、Y（共同牵头）)", () => {
    expect(roles('各街道、各经济功能区配合')).toEqual(['各街道/cooperating', '各经济功能区/cooperating']);
    expect(roles('省工信厅、省财政厅（共同牵头）、各市（地）政府（行署）')).toEqual(['省工信厅/lead', '省财政厅/lead', '各市（地）政府（行署）/responsible']);
    // a lead mark on one name stays that name's
    expect(roles('省工信厅、省财政厅（牵头）')).toEqual(['省工信厅/responsible', '省财政厅/lead']);
  });

  test('catch-alls', () => {
    expect(isCatchAll('省直有关部门')).toBe(true);
    expect(isCatchAll('各有关单位')).toBe(true);
    expect(isCatchAll('市安委会各成员单位')).toBe(true);
    expect(isCatchAll('其他行业部门')).toBe(true);
    expect(isCatchAll('相关主管部门')).toBe(true);
    expect(isCatchAll('各设区市人民政府')).toBe(false);
  });
});

describe('mergeUnits', () => {
  const unit = (name: string, role: 'lead' | 'responsible' | 'cooperating' = 'responsible') => ({ name, raw: name, role });

  test('keeps each name once, in first order, with the strongest role written', () => {
    const into = [unit('市发改委'), unit('市财政局', 'cooperating')];
    mergeUnits(into, [unit('市财政局', 'lead'), unit('市科技局'), unit('市发改委', 'cooperating')]);
    expect(into.map((u) => `${u.name}/${u.role}`)).toEqual(['市发改委/responsible', '市财政局/lead', '市科技局/responsible']);
  });

  test('a list changed by other means between merges is still merged by name', () => {
    const into = [unit('市发改委')];
    mergeUnits(into, [unit('市财政局')]);
    into.push(unit('市科技局'));
    mergeUnits(into, [unit('市科技局', 'lead'), unit('市水利局')]);
    expect(into.map((u) => `${u.name}/${u.role}`)).toEqual(['市发改委/responsible', '市财政局/responsible', '市科技局/lead', '市水利局/responsible']);
  });

  test('short lists (searched) and long ones (indexed) merge alike, also across the length where one becomes the other', () => {
    for (const size of [3, 31, 32, 33, 100]) {
      const into = Array.from({ length: size }, (_, i) => unit(`市第${i}局`));
      const more = [unit('市第0局', 'lead'), unit(`市第${size - 1}局`, 'cooperating'), unit('新单位'), unit('新单位', 'lead')];
      mergeUnits(into, more);
      expect(into).toHaveLength(size + 1);
      expect(into[0]!.role).toBe('lead');
      expect(into[size - 1]!.role).toBe('responsible');
      expect(into[size]).toEqual(expect.objectContaining({ name: '新单位', role: 'lead' }));
    }
  });
});
