/** The lexicon: each word list, table-driven, through the small predicates built on it. */
import { classifyLabel, labelAtStart } from '../../../src/parse/clauses.js';
import { roleOfBracket, roleOfLabel, ROLE_PHRASES } from '../../../src/parse/lexicon/roles.js';
import { branchRunsOn, hasUnitSuffix, isCatchAll, isNamedTownship, isRegionCollective } from '../../../src/parse/lexicon/units.js';
import { parseChineseNumeral, toChineseNumeral, toCircled, circledValue } from '../../../src/parse/lexicon/numerals.js';
import { DOCUMENT_TYPE_END, METADATA_KEY } from '../../../src/parse/lexicon/documents.js';
import { clauseBracketCode, listBracketCode } from '../../../src/parse/lexicon/brackets.js';
import { columnRoleOf, withMeasureUnitColumn } from '../../../src/parse/lexicon/tables.js';
import { alternation, allMatches, compiledPattern, matchesFrom, replaceEvery, stickyMatcher } from '../../../src/parse/lexicon/regex.js';

describe('labels', () => {
  test.each([
    ['牵头单位', 'unit', 'lead'],
    ['主办单位', 'unit', 'lead'],
    ['牵头责任单位', 'unit', 'lead'],
    ['配合单位', 'unit', 'cooperating'],
    ['协同责任单位', 'unit', 'cooperating'],
    ['责任单位', 'unit', 'responsible'],
    ['责任部门', 'unit', 'responsible'],
    ['具体负责单位', 'unit', 'responsible'],
    ['责任领导', 'person', 'responsible'],
    ['包联领导', 'person', 'responsible'],
    ['联系人', 'person', 'responsible'],
    ['完成时限', 'deadline', 'responsible'],
    ['时间节点', 'deadline', 'responsible'],
    ['督办单位', 'other', 'responsible'],
    ['整改责任单位', 'unit', 'responsible'],
    ['项目牵头单位', 'unit', 'lead'],
    ['整改时限', 'deadline', 'responsible'],
    ['任务目标', 'other', 'responsible'],
    ['整改措施', 'other', 'responsible'],
  ])('%s is a %s label (%s)', (word, kind, role) => {
    expect(classifyLabel(word)).toEqual({ kind, role, text: word });
  });

  test.each([
    ['牵头单位：市发改委', '牵头单位', 5],
    ['【责任单位】：市水利局', '责任单位', 7],
    ['（牵头单位：X', '牵头单位', 6],
    ['责任单位 市水利局', '责任单位', 5],
  ])('%s opens with the label %s', (text, word, contentStart) => {
    expect(labelAtStart(text)).toEqual({ label: expect.objectContaining({ text: word }), contentStart });
  });

  test.each(['责任编辑：张三', '推进落实。', '单位：元'])('%s opens with no label', (text) => {
    expect(labelAtStart(text)).toBeNull();
  });
});

describe('roles', () => {
  test.each([
    ['牵头部门', 'lead'],
    ['参与单位', 'cooperating'],
    ['落实单位', 'responsible'],
  ])('label %s → %s', (w, role) => expect(roleOfLabel(w)).toBe(role));

  test.each([
    ['牵头', 'lead'],
    ['配合单位', 'cooperating'],
    ['责任', 'responsible'],
  ])('bracket mark %s → %s', (w, role) => expect(roleOfBracket(w)).toBe(role));

  test('a longer role phrase comes before every phrase it ends with', () => {
    const words = ROLE_PHRASES.map(([w]) => w);
    words.forEach((w, i) => {
      const shorterEarlier = words.slice(0, i).filter((v) => w.endsWith(v) && v !== w);
      expect([w, shorterEarlier]).toEqual([w, []]);
    });
  });
});

describe('unit words', () => {
  test.each([
    ['省科技厅', true],
    ['福州中心支行', true],
    ['农业农村（农牧）厅（局、委）', true],
    ['各县（市、区）人民政府', true],
    ['加快建设', false],
    ['2019年底前', false],
    ['医药服务管理科', true],
    ['人事科', true],
    ['安全生产科', true],
    ['建设一流学科', false],
    ['儿科', false],
    ['中科', false],
    // 社会 (society) is no 会 of an organisation: 人力资源社会 / 保障厅 is a name a line break cut
    ['人力资源社会', false],
    ['市社会组织促进会', true],
  ])('%s ends like a unit: %s', (name, yes) => expect(hasUnitSuffix(name)).toBe(yes));

  test.each([
    ['省直有关部门', true],
    ['各有关单位', true],
    ['市直各单位', true],
    ['领导小组成员单位', true],
    ['省科技厅', false],
  ])('%s is a catch-all: %s', (name, yes) => expect(isCatchAll(name)).toBe(yes));

  test.each([
    ['各设区市', true],
    ['各县（市、区）', true],
    ['各乡镇街道', true],
    ['各市〔州〕', true],
    ['有关县区', true],
    ['相关乡镇', true],
    ['有关部门', false],
    ['各部门', false],
    // two levels named bare (省直有关部门和市县配合; a 1990s 会同有关部门和市地): every government of both
    ['市县', true],
    ['有关市地', true],
    ['市地', true],
    ['县（市、区）', false],
    ['市', false],
    ['市区', false],
  ])('%s is a collective of places: %s', (name, yes) => expect(isRegionCollective(name)).toBe(yes));

  test.each([
    ['五里镇', true],
    ['江北街道', true],
    ['城关镇', true],
    ['各乡镇', false],
    ['特色小镇', false],
    ['小城镇', false],
    ['城乡', false],
  ])('%s is one township named: %s', (name, yes) => expect(isNamedTownship(name)).toBe(yes));
});

describe('a national body at a line\'s end and its branch on the next', () => {
  test.each([
    ['人民银行', '昆明中心支行', true],
    ['人行哈尔滨中心支行', '哈尔滨银监分局', false],
  ])('%s / %s: one name %s', (last, first, one) => expect(branchRunsOn(last, first)).toBe(one));
});

describe('numerals', () => {
  test.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
    ['一百零一', 101],
    ['两', 2],
    ['7', 7],
    ['甲', NaN],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  test.each([1, 9, 10, 11, 19, 20, 21, 99])('%d round-trips through Chinese numerals', (n) => {
    expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  test.each([1, 20, 21, 35, 36, 50])('%d round-trips through circled numbers', (n) => {
    expect(circledValue(toCircled(n)!)).toBe(n);
  });
  expect(toCircled(51)).toBeNull();
});

describe('documents', () => {
  test.each([
    ['关于印发实施方案的通知', true],
    ['2024年工作要点', true],
    ['任务分工表', true],
    ['加强组织领导', false],
  ])('%s ends with a document type: %s', (t, yes) => expect(DOCUMENT_TYPE_END.test(t)).toBe(yes));

  test('metadata keys may be letter-spaced', () => {
    expect(new RegExp(`^(?:${METADATA_KEY})$`).test('索 引 号')).toBe(true);
    expect(new RegExp(`^(?:${METADATA_KEY})$`).test('标  题')).toBe(true);
  });
});

describe('stateless regex helpers', () => {
  const re = /[0-9]+/;
  test('alternation puts the longest word first and escapes', () => {
    expect(alternation(['a', 'abc', 'a.b'])).toBe('abc|a\\.b|a');
  });
  test('allMatches and matchesFrom leave the pattern without state', () => {
    expect(allMatches(re, 'a1b22c333').map((m) => m[0])).toEqual(['1', '22', '333']);
    expect([...matchesFrom(re, 'a1b22c333', 3)].map((m) => m[0])).toEqual(['22', '333']);
    expect(re.lastIndex).toBe(0);
    expect(re.flags).toBe('');
  });
  test('compiledPattern gives the regex new RegExp gives, without state, whether it is compiled at once or not', () => {
    const long = `(?:${Array.from({ length: 60 }, (_, i) => `词${i}`).join('|')})|\u3000+`;
    expect(long.length).toBeGreaterThan(200);
    for (const source of [long, '\u3000+']) {
      const made = compiledPattern(source, 'g');
      expect([made.source, made.flags]).toEqual([new RegExp(source, 'g').source, 'g']);
      expect(made.lastIndex).toBe(0);
      const plain = new RegExp(source, 'g');
      const subject = 'a\u3000\u3000b词12';
      expect(made.exec(subject)?.index).toBe(1);
      expect([made.exec(subject), made.exec(subject)].map((m) => m?.[0])).toEqual([plain.exec(subject), plain.exec(subject), plain.exec(subject)].slice(1).map((m) => m?.[0]));
    }
  });
  test('replaceEvery replaces all, stickyMatcher matches only at the position', () => {
    expect(replaceEvery('a1b22', re, '#')).toBe('a#b#');
    const at = stickyMatcher(re);
    expect(at('ab12', 2)?.[0]).toBe('12');
    expect(at('ab12', 1)).toBeNull();
    expect(at('ab12', 2)?.[0]).toBe('12');
  });
});

describe('brackets', () => {
  test.each([
    ['（', 1, 1],
    ['(', 1, 1],
    ['【', 1, 1],
    ['〔', 1, 1],
    ['[', 1, 1],
    ['）', -1, -1],
    [')', -1, -1],
    ['】', -1, -1],
    ['〕', -1, -1],
    [']', -1, -1],
    ['《', 0, 1],
    ['》', 0, -1],
    ['“', 0, 1],
    ['”', 0, -1],
    ['〈', 0, 1],
    ['〉', 0, -1],
    ['、', 0, 0],
    ['省', 0, 0],
  ])('%s: clause %i, list %i', (ch, clause, list) => {
    expect(clauseBracketCode(ch.charCodeAt(0))).toBe(clause);
    expect(listBracketCode(ch.charCodeAt(0))).toBe(list);
  });
});

describe('table columns', () => {
  test.each([
    ['序号', 'seq'],
    ['重点任务', 'task'],
    ['具体要求', 'measures'],
    ['牵头单位', 'lead'],
    ['配合单位', 'cooperating'],
    ['责任单位', 'responsible'],
    ['完成时限', 'deadline'],
    ['竣工时间', 'deadline'],
    ['开工时间', 'start'],
    ['开始时间', 'start'],
    ['责任领导', 'person'],
    ['推进情况', 'progress'],
    ['总投资（万元）', 'other'],
    // 支撑 names cooperating units in a label (支撑单位：…), but a column of 支撑材料 holds documents and 重点支撑项目 tasks
    ['支撑材料', 'other'],
    ['重点支撑项目', 'task'],
    ['有关要求', 'measures'],
    // the offices that score or oversee the work are no units of it; the units assessed are
    ['评分部门', 'oversight'],
    ['考核单位', 'oversight'],
    ['牵头考核部门', 'oversight'],
    ['督办单位', 'oversight'],
    ['被考核单位', 'responsible'],
    ['承办单位', 'responsible'],
    ['计量单位', 'other'],
    // a yes-or-no column asks about words that name columns elsewhere (参与)
    ['是否需履行公众参与、风险评估等决策程序', 'other'],
    ['是否完成', 'progress'],
  ])('%s holds %s', (header, role) => expect(columnRoleOf(header)).toBe(role));

  test('a bare 单位 beside another unit column holds units of measure; alone it is the units column', () => {
    expect(withMeasureUnitColumn(['序号', '考核内容', '单位', '年度目标', '责任部门'])).toEqual(['序号', '考核内容', '计量单位', '年度目标', '责任部门']);
    expect(withMeasureUnitColumn(['序号', '工作任务', '单位', '完成时限'])).toEqual(['序号', '工作任务', '单位', '完成时限']);
    expect(withMeasureUnitColumn(['序号', '工作任务', '单 位', '评分部门'])).toEqual(['序号', '工作任务', '单 位', '评分部门']);
  });

  test('a bare 单位 alone over measures only (万吨, 辆, %) holds units of measure; over names it is the units column', () => {
    const header = ['序号', '指标名称', '单位', '2020年目标'];
    expect(withMeasureUnitColumn(header, () => ['万吨', '辆', '%', ''])).toEqual(['序号', '指标名称', '计量单位', '2020年目标']);
    expect(withMeasureUnitColumn(header, () => ['万吨', '县商务局'])).toEqual(header);
    expect(withMeasureUnitColumn(header, () => [])).toEqual(header);
  });
});
