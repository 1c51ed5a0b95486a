/** The parser never crashes: pathological and damaged inputs give records or diagnostics. */
import { parse } from './helpers.js';

const HEAD = '关于测试的通知\n一、任务\n1.测试任务。\n责任单位：省科技厅\n';

describe('pathological lines do not crash the parser', () => {
  test.each([
    ['（', 100_000],
    ['、', 100_000],
    ['1.', 50_000],
    ['责任单位：', 20_000],
    ['（一）', 20_000],
    ['一、', 20_000],
    ['省科技厅、', 20_000],
    ['?', 50_000],
  ])('%s × %d', (s, n) => {
    const doc = parse(HEAD + s.repeat(n) + '\n');
    expect(doc.tasks.length).toBeGreaterThanOrEqual(1);
    expect(doc.tasks[0]?.units[0]?.name).toBe('省科技厅');
  });

  test('thousands of glued headings and labels on one line are split iteratively', () => {
    const parts = Array.from({ length: 900 }, (_, i) => `${i + 1}.任务${i + 1}。责任单位：省科技厅、发改委`);
    const doc = parse(`关于测试的通知\n一、任务。${parts.join('')}\n`);
    expect(doc.tasks).toHaveLength(900);
    expect(doc.tasks[899]?.id).toBe('1.900');
    expect(doc.tasks[899]?.units.map((u) => u.name)).toEqual(['省科技厅', '省发改委']);
  });

  test.each([
    ['only whitespace', ' \n\u3000\n'],
    ['a single number', '1.'],
    ['unbalanced brackets', '一、任务（（（（\n1.测试（责任单位：省科技厅\n'],
    ['control characters', '一、任务\u0001\u0002\n1.测\u0007试。\n责任单位：省科技厅\u0000\n'],
    ['lone surrogates', '一、任务\ud800\n1.测试\udc00。\n责任单位：省科技厅\n'],
    ['labels with nothing after them', '一、任务\n1.测试。\n责任单位：\n配合单位：\n完成时限：\n'],
  ])('%s', (_name, text) => {
    expect(() => parse(text)).not.toThrow();
  });
});
