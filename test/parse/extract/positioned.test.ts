/** Text placed on pages into lines, and page furniture left out: only at the top and bottom of a page. */
import { pagesToSource } from '../../../src/parse/extract/positioned.js';

/** Lines as text only (no placed pieces): enough for the furniture rules. */
const asLines = (pages: string[][]) => pages.map((lines) => lines.map((text) => ({ text, items: [] })));

test('a page number is left out at the foot or head of a page; a bare number inside the page (a table\'s 序号 cell) is text', () => {
  const page = (n: number) => [`第${'一二三'[n - 1]}部分任务`, `推进第${'一二三'[n - 1]}项重点工作`, '1', '牵头单位：市发改委', `另${'一二三'[n - 1]}行`, `— ${n} —`];
  const src = pagesToSource(asLines([page(1), page(2), page(3)]), 'pdf');
  expect(src.lines.filter((l) => l === '1')).toHaveLength(3);
  expect(src.lines.some((l) => /— \d —/.test(l))).toBe(false);
  expect(src.locations[2]).toEqual({ page: 1, line: 3 });
});

test('lines repeated at the edges of most pages are running heads; the same line inside a page is kept', () => {
  const pages = [1, 2, 3].map((n) => ['福建省人民政府文件', `正文第${n}页`, '福建省人民政府文件（见上）', `正文末${n}`, `第 ${n} 页 共 3 页`]);
  pages[1]!.splice(2, 0, '福建省人民政府文件');
  const src = pagesToSource(asLines(pages), 'pdf');
  expect(src.lines.filter((l) => l === '福建省人民政府文件')).toHaveLength(1);
  expect(src.lines.some((l) => l.startsWith('第 '))).toBe(false);
});

describe('a task table placed on pages', () => {
  // columns: 序号 at 60, 重点任务 at 100, 牵头单位 at 300, 完成时限 at 400; 12-point text, lines 15 points apart
  const piece = (str: string, x: number, y: number, height = 12) => ({ str, x, y, width: [...str].length * height, height });
  const line = (y: number, ...pieces: [string, number][]) => ({ text: pieces.map(([s]) => s).join(' '), items: pieces.map(([s, x]) => piece(s, x, y)) });
  const header = (y: number) => line(y, ['序号', 60], ['重点任务', 140], ['牵头单位', 300], ['完成时限', 400]);
  const pages = [
    [
      line(800, ['关于印发重点工作任务分工的通知', 60]),
      header(770),
      line(750, ['1', 62], ['推进项目建设，', 100], ['市发改委', 300], ['6月底', 400]),
      line(735, ['加快进度', 100]),
      line(715, ['2', 62], ['优化营商环境', 100], ['市商务局', 300], ['9月底', 400]),
      { text: '— 1 —', items: [piece('— 1 —', 250, 20, 9)] },
    ],
    [
      header(800),
      line(780, ['3', 62], ['加强财政保障', 100], ['市财政局', 300], ['12月底', 400]),
      line(740, ['某市人民政府办公室', 60]),
      { text: '— 2 —', items: [piece('— 2 —', 250, 20, 9)] },
    ],
  ];

  test('rows by the numbers under 序号, cells by the columns, over a page break whose repeated header is skipped; the signature after it stays text', () => {
    const src = pagesToSource(pages, 'pdf');
    // each row as the task table writer writes it (its task, its unit cell, its deadline cell, typed by hints); a blank
    // line ends the table, so that the signature never continues the last cell
    expect(src.lines).toEqual(['关于印发重点工作任务分工的通知', '推进项目建设，加快进度', '市发改委', '6月底', '优化营商环境', '市商务局', '9月底', '加强财政保障', '市财政局', '12月底', '', '某市人民政府办公室']);
    expect(src.hints.size).toBeGreaterThan(0);
    // the third row's place is its line on the second page
    expect(src.locations[7]).toEqual(expect.objectContaining({ page: 2, line: 2 }));
  });
});
