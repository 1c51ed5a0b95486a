/**
 * The metadata pass reads the head and foot of a notice. Like every pass, it
 * returns what it read without changing what it was given: a flattened head
 * is cut into title, 发文字号 and addressees, and an issuer glued to the line
 * before the date is cut off, in a new array of segments.
 */
import { prepareLines } from '../../src/parse/prepare.js';
import { toSegments } from '../../src/parse/segments.js';
import { readMetadata } from '../../src/parse/metadata.js';

const segmentsOf = (text: string) => toSegments(prepareLines(text).lines);

test.each([
  ['a flattened head', '福建省人民政府办公厅关于印发科技成果转化任务分工方案的通知闽政办〔2018〕5号各设区市人民政府，省直有关单位：现将方案印发给你们，请认真贯彻执行。一、加强组织领导。'],
  ['an issuer glued to the line before the date', '关于做好防汛工作的通知\n各县（市、区）人民政府：\n请认真贯彻执行。福建省人民政府办公厅\n2018年1月29日'],
])('%s is cut in a new array: the segments given are not changed', (_name, text) => {
  const given = segmentsOf(text);
  const before = JSON.stringify(given);
  Object.freeze(given);
  given.forEach((s) => Object.freeze(s));
  const { segments, meta } = readMetadata(given);
  expect(JSON.stringify(given)).toBe(before);
  expect(segments.length).toBeGreaterThanOrEqual(given.length);
  expect(segments).not.toBe(given);
  expect(meta.title).toMatch(/^(福建省人民政府办公厅)?关于/);
});

test('a line a reader typed (a table cell) is never metadata: an organisation over a date in cells is no signature', () => {
  const given = segmentsOf('关于印发重点事项目录的通知\n菜市场运营管理项目\n某某镇人民政府\n2024年12月31日');
  expect(readMetadata(given).meta.signedDate).toBe('2024-12-31');
  const { meta, roles } = readMetadata(given, new Set([2, 3, 4]));
  expect([meta.signedDate, meta.issuer, roles.size]).toEqual([null, null, 1]);
});
