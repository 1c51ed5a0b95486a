/** The character classes read by code unit agree with the regular expressions they stand for, on every code unit. */
import { foldWidth, isWsCode, plainSpaces, textWidth, WS } from '../../src/parse/chars.js';
import { CLAUSE_CLOSE, CLAUSE_OPEN, clauseBracketCode, LIST_CLOSE, LIST_OPEN, listBracketCode } from '../../src/parse/lexicon/brackets.js';
import { concatTwins, sliceTwin, trimTwin } from '../../src/parse/twin.js';

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, c) => c);

test('isWsCode is the class [WS] on every UTF-16 code unit', () => {
  const ws = new RegExp(`^[${WS}]$`);
  const disagree = everyCodeUnit.filter((c) => isWsCode(c) !== ws.test(String.fromCharCode(c)));
  expect(disagree).toEqual([]);
});

test('the bracket tables give +1 for an opening bracket, -1 for a closing one, 0 for everything else', () => {
  const expected = (open: string, close: string, c: number) => (open.includes(String.fromCharCode(c)) ? 1 : close.includes(String.fromCharCode(c)) ? -1 : 0);
  expect(everyCodeUnit.filter((c) => clauseBracketCode(c) !== expected(CLAUSE_OPEN, CLAUSE_CLOSE, c))).toEqual([]);
  expect(everyCodeUnit.filter((c) => listBracketCode(c) !== expected(LIST_OPEN, LIST_CLOSE, c))).toEqual([]);
  expect(clauseBracketCode(0x10000)).toBe(0);
});

test.each([
  ['  一、任务\u3000 ', '一、任务'],
  ['\ufeff\u00a0任务\u200b', '任务'],
  ['任务', '任务'],
  [' \u3000\t ', ''],
  ['', ''],
])('trimTwin(%j) keeps both texts in step', (text, trimmed) => {
  const t = trimTwin({ r: text.toUpperCase(), n: text });
  expect(t.n).toBe(trimmed);
  expect(t.r).toBe(trimmed.toUpperCase());
});

describe('twin texts that need no normalising stay one string', () => {
  const same = (s: string) => ({ r: s, n: s });
  test('a cut of one string is one string, and a cut of two is two', () => {
    const cut = sliceTwin(same('责任单位：省科技厅'), 5);
    expect(cut).toEqual({ r: '省科技厅', n: '省科技厅' });
    expect(Object.is(cut.r, cut.n)).toBe(true);
    expect(sliceTwin({ r: '２０２４年', n: '2024年' }, 0, 4)).toEqual({ r: '２０２４', n: '2024' });
  });
  test('a join keeps each side in step', () => {
    expect(concatTwins(same('一、'), same('任务'), ' ')).toEqual({ r: '一、 任务', n: '一、 任务' });
    expect(concatTwins(same('完成'), { r: '２０２４', n: '2024' })).toEqual({ r: '完成２０２４', n: '完成2024' });
  });
});

test('textWidth counts ASCII and half-width forms as half a character, CJK and full-width as one', () => {
  expect(textWidth('2020年')).toBe(3);
  expect(textWidth('增长8%以上，')).toBe(6);
  expect(textWidth('ＡＢ：')).toBe(3);
  expect(textWidth('　　配合单位', 2)).toBe(4);
  // a character outside the BMP is one, not two
  expect(textWidth('𠀀字')).toBe(2);
});

test('plainSpaces writes no-break, en, thin and narrow spaces as ASCII spaces and keeps the length; the ideographic space stays', () => {
  const s = '序号\u00a0\u00a0工作任务\u2002责任单位\u202f\u3000';
  expect(plainSpaces(s)).toBe('序号  工作任务 责任单位 \u3000');
  expect(plainSpaces(s)).toHaveLength(s.length);
  expect(plainSpaces('无需改动')).toBe('无需改动');
});

test('foldWidth writes full-width digits, letters and square brackets half-width, and keeps the length', () => {
  const s = '［牵头单位：县发改局（粮食局）；责任单位：２０２４年］';
  expect(foldWidth(s)).toBe('[牵头单位：县发改局（粮食局）；责任单位：2024年]');
  expect(foldWidth(s)).toHaveLength(s.length);
  // the other brackets stay: 【】〔〕（） are brackets of their own
  expect(foldWidth('【〔（）〕】')).toBe('【〔（）〕】');
});
