/** Text placed on pages into lines, and page furniture left out: only at the top and bottom of a page. */
import { pagesToSource } from '../../../src/parse/extract/positioned.js';

test('a page number is left out at the foot or head of a page; a bare number inside the page (a table\'s 序号 cell) is text', () => {
  const page = (n: number) => [`第${'一二三'[n - 1]}部分任务`, `推进第${'一二三'[n - 1]}项重点工作`, '1', '牵头单位：市发改委', `另${'一二三'[n - 1]}行`, `— ${n} —`];
  const src = pagesToSource([page(1), page(2), page(3)], 'pdf');
  expect(src.lines.filter((l) => l === '1')).toHaveLength(3);
  expect(src.lines.some((l) => /— \d —/.test(l))).toBe(false);
  expect(src.locations[2]).toEqual({ page: 1, line: 3 });
});

test('lines repeated at the edges of most pages are running heads; the same line inside a page is kept', () => {
  const pages = [1, 2, 3].map((n) => ['福建省人民政府文件', `正文第${n}页`, '福建省人民政府文件（见上）', `正文末${n}`, `第 ${n} 页 共 3 页`]);
  pages[1]!.splice(2, 0, '福建省人民政府文件');
  const src = pagesToSource(pages, 'pdf');
  expect(src.lines.filter((l) => l === '福建省人民政府文件')).toHaveLength(1);
  expect(src.lines.some((l) => l.startsWith('第 '))).toBe(false);
});
