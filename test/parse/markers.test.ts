import { circledValue, isItemReference, matchHeading, parseChineseNumeral, toChineseNumeral, toCircled } from '../../src/parse/markers.js';
import { foldWidth } from '../../src/parse/chars.js';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一百零一', 101], ['两', 2], ['12', 12],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  test('not a numeral', () => expect(parseChineseNumeral('甲')).toBeNaN());
});

describe('matchHeading', () => {
  const m = (s: string) => {
    const r = matchHeading(foldWidth(s));
    return r && { style: r.style, value: r.value, token: r.token };
  };
  test.each([
    ['一、总体要求', 'cn', 1, '一、'],
    ['十二、保障措施', 'cn', 12, '十二、'],
    ['（三）重点任务', 'cnParen', 3, '（三）'],
    ['(三)重点任务', 'cnParen', 3, '（三）'],
    ['12.推进', 'num', 12, '12.'],
    ['1、推进', 'num', 1, '1.'],
    ['1．推进', 'num', 1, '1.'],
    ['1﹒推进', 'num', 1, '1.'],
    ['1. 推进', 'num', 1, '1.'],
    ['１．推进', 'num', 1, '1.'],
    ['（2）推进', 'numParen', 2, '（2）'],
    ['(2)推进', 'numParen', 2, '（2）'],
    ['①推进', 'circled', 1, '①'],
    ['⑫推进', 'circled', 12, '⑫'],
    ['第十一条 为了', 'article', 11, '第十一条'],
    ['第二章 总则', 'chapter', 2, '第二章'],
    ['第一部分 总体要求', 'part', 1, '第一部分'],
    ['3）推进', 'numHalfParen', 3, '3）'],
    // a photo's caption in an inspection bulletin
    ['图③：东方广场内流动摊点占道经营。', 'circled', 3, '③'],
  ])('%s', (s, style, value, token) => expect(m(s)).toEqual({ style, value, token }));

  test.each(['1.5亿元', '2018年', '一是加强', '第一批', '推进一、二、三产业融合', '一、二、三产业融合发展', '100%', '图③东方广场', '图1：示意图'])('%s is not a heading', (s) => {
    expect(m(s)).toBeNull();
  });

  test('a digit after the separator is flagged as a weak heading', () => {
    expect(matchHeading('3、4月份开展')?.digitAfter).toBe(true);
    expect(matchHeading('3、开展')?.digitAfter).toBe(false);
  });
});

describe('writing numbers', () => {
  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [99, '九十九'],
  ])('toChineseNumeral(%d) = %s, and back', (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
    expect(parseChineseNumeral(s)).toBe(n);
  });
  test.each([
    [1, '①'],
    [20, '⑳'],
    [21, '㉑'],
    [50, '㊿'],
  ])('toCircled(%d) = %s, and back', (n, s) => {
    expect(toCircled(n)).toBe(s);
    expect(circledValue(s)).toBe(n);
  });
  test('beyond ㊿', () => expect(toCircled(51)).toBeNull());
});

describe('item references', () => {
  test.each([
    ['至（三）项所列', true],
    ['和（二）规定的', true],
    ['及第四条', true],
    ['到3的要求', true],
    ['项规定', true],
    ['所列事项', true],
    ['的规定', true],
    ['及时承接落实行政权力事项', false],
    ['及早谋划', false],
    ['和谐社区建设', false],
    ['与时俱进', false],
    ['到位率提升', false],
    ['推进简政放权', false],
    ['项目审批提速', false],
    ['款项拨付', false],
  ])('text after a number «%s» makes it a reference: %s', (after, reference) => {
    expect(isItemReference(after)).toBe(reference);
  });
});

describe('a year right after a number', () => {
  test('1.2024年… opens item 1 with no doubt; 2. 2024年… (after a space) and 1、2号楼 stay in doubt', () => {
    expect(matchHeading('1.2024年农村公路工程')).toEqual(expect.objectContaining({ value: 1, digitAfter: false }));
    expect(matchHeading('2. 2024年民生实事项目清单')).toEqual(expect.objectContaining({ value: 2, digitAfter: true }));
    expect(matchHeading('1、2号楼')).toEqual(expect.objectContaining({ value: 1, digitAfter: true }));
    expect(matchHeading('1.5亿元')).toBeNull();
  });
});

describe('digits right after a number and its dot', () => {
  test('are no mark, unless they are a year: a wrapped amount (3.125亿元…) or 11.121人才… would open an item wherever the integer fits', () => {
    expect(matchHeading('11.121人才梯队项目')).toBeNull();
    expect(matchHeading('3.125亿元，新建改建道路12条')).toBeNull();
    expect(matchHeading('2.5亿元专项资金')).toBeNull();
    expect(matchHeading('3.14')).toBeNull();
  });
});

describe('a lower-case word right after a number and its dot', () => {
  test('is no mark: the tail of a web address a hard wrap set at a line start (8.html, 3.shtml)', () => {
    expect(matchHeading('8.html')).toBeNull();
    expect(matchHeading('3.shtml?id=12')).toBeNull();
  });
  test('an item whose text opens with an acronym or a single letter stays one', () => {
    expect(matchHeading('8.PPP项目推进')).toEqual(expect.objectContaining({ style: 'num', value: 8 }));
    expect(matchHeading('4.e租宝案件处置')).toEqual(expect.objectContaining({ style: 'num', value: 4 }));
  });
});

describe('a numeral in black lenticular brackets (【一】)', () => {
  test('numbers a part at the rank of 一、, as an article copied from a social-media account writes it', () => {
    expect(matchHeading('【一】减负稳岗留工并举')).toEqual(expect.objectContaining({ style: 'cn', value: 1, token: '【一】' }));
    expect(matchHeading('【十二】加强组织保障')).toEqual(expect.objectContaining({ style: 'cn', value: 12 }));
  });
  test('a label in those brackets is no number', () => {
    expect(matchHeading('【责任单位】市财政局')).toBeNull();
  });
});

describe('a number padded to two digits and set apart by spaces (01 项目名称)', () => {
  test('numbers an item, as a page listing its projects writes 01, 02 … 10', () => {
    expect(matchHeading('01 项目名称:提升县域生态环境')).toEqual(expect.objectContaining({ style: 'num', value: 1, token: '1.' }));
    expect(matchHeading('10　项目名称：加大文化惠民力度')).toEqual(expect.objectContaining({ style: 'num', value: 10 }));
  });
  test('a count, a measure or a time opening a line is none (12 个, 20 日, 50 公里, 15 项任务)', () => {
    for (const line of ['12 个乡镇完成', '20 日前报送', '50 公里农村公路', '15 项任务', '2024 年底前', '3 个月内']) expect(matchHeading(line)).toBeNull();
  });
});

describe('a padded number before a part\'s own number (01 一、…, a page\'s decoration)', () => {
  test('is no mark of its own', () => {
    expect(matchHeading('01 一、基础设施互联互通')).toBeNull();
  });
});

describe("OCR's readings of a number at a line's start", () => {
  test('一，/一, for 一、, (-) and (=) for （一） and （二）, l. for 1., 3, for 3.', () => {
    expect(matchHeading('一,总体目标')).toEqual(expect.objectContaining({ style: 'cn', value: 1, token: '一、' }));
    expect(matchHeading('二， 主要措施')).toEqual(expect.objectContaining({ style: 'cn', value: 2 }));
    expect(matchHeading('(-)加强规划计划源头管控')).toEqual(expect.objectContaining({ style: 'cnParen', value: 1, token: '（一）' }));
    expect(matchHeading('(=)推进存量土地盘活利用')).toEqual(expect.objectContaining({ style: 'cnParen', value: 2 }));
    expect(matchHeading('l. 将节约集约用地理念贯穿')).toEqual(expect.objectContaining({ style: 'num', value: 1, token: '1.' }));
    expect(matchHeading('3,推广升级千兆光纤网络')).toEqual(expect.objectContaining({ style: 'num', value: 3 }));
  });
  test('inside a line, before figures, or as an enumeration they are none', () => {
    expect(matchHeading('重点之一，加快建设', 2)).toBeNull();
    expect(matchHeading('一，二，三产业融合发展')).toBeNull();
    expect(matchHeading('3,4月完成')).toBeNull();
    expect(matchHeading('1,000元')).toBeNull();
    expect(matchHeading('l.abc')).toBeNull();
    expect(matchHeading('完成3,推广', 2)).toBeNull();
  });
});

describe('decimal section numbers, as emergency plans number their sections (2.1, 2.1.3)', () => {
  test('number a section at a line\'s start before its Chinese title, by their last part', () => {
    expect(matchHeading('2.2应急工作组')).toEqual(expect.objectContaining({ style: 'dotted', value: 2, token: '2.2' }));
    expect(matchHeading('1.3 事件分级')).toEqual(expect.objectContaining({ style: 'dotted', value: 3 }));
    expect(matchHeading('2.1.3综合协调组')).toEqual(expect.objectContaining({ style: 'dotted3', value: 3, token: '2.1.3' }));
  });
  test('an amount, a bare decimal or a number inside a line is none', () => {
    for (const line of ['1.5亿元以上', '3.5万人', '2.5倍', '2.1', '4.5%以内']) expect(matchHeading(line)).toBeNull();
    expect(matchHeading('见2.2应急工作组', 1)).toBeNull();
  });
});
