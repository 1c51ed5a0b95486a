/** Text placed on pages into lines, and page furniture left out: only at the top and bottom of a page. */
import { drawnPage, pagesToSource } from '../../../src/parse/extract/positioned.js';

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

describe('a printed task table as Word prints it', () => {
  // columns: 序号 at 60, 重点任务 at 100 (to about 290), 牵头单位 at 300 (four characters wide), 完成时限 at 400
  const piece = (str: string, x: number, y: number, height = 12) => ({ str, x, y, width: [...str].length * height, height });
  const line = (y: number, ...pieces: [string, number][]) => ({ text: pieces.map(([s]) => s).join(' '), items: pieces.map(([s, x]) => piece(s, x, y)) });
  const header = (y: number) => line(y, ['序号', 60], ['重点任务', 140], ['牵头单位', 300], ['完成时限', 400]);

  test('a category row across the table stays in it, one cell across; the rows after it are read', () => {
    const src = pagesToSource([[header(770), line(750, ['一、持续精简行政审批', 60]), line(730, ['1', 62], ['取消一批许可事项', 100], ['市编办', 300], ['6月底', 400]), line(710, ['二、加强事中事后监管', 60]), line(690, ['2', 62], ['推行双随机监管', 100], ['市工商局', 300], ['9月底', 400])]], 'pdf');
    expect(src.lines).toEqual(['一、持续精简行政审批', '取消一批许可事项', '市编办', '6月底', '二、加强事中事后监管', '推行双随机监管', '市工商局', '9月底', '']);
  });

  test('rows numbered 1. or （1） under 序号 are rows as 1 is', () => {
    const src = pagesToSource([[header(770), line(750, ['1.', 62], ['开展背街小巷整治', 100], ['市城管局', 300], ['6月底', 400]), line(730, ['（2）', 60], ['推进垃圾分类', 100], ['市机关事务局', 300], ['9月底', 400])]], 'pdf');
    expect(src.lines.slice(0, 6)).toEqual(['开展背街小巷整治', '市城管局', '6月底', '推进垃圾分类', '市机关事务局', '9月底']);
  });

  test('a unit cell of one name a line: a line short of the column\'s reach is a break, one reaching it wraps', () => {
    const src = pagesToSource([[header(770), line(750, ['1', 62], ['开展背街小巷整治', 100], ['市城管局', 300], ['6月底', 400]), line(735, ['市住建局', 300]), line(720, ['2', 62], ['推进垃圾分类', 100], ['市机关事务', 300], ['9月底', 400]), line(705, ['管理局', 300])]], 'pdf');
    // 市城管局 left room for 市 (the column reaches five characters): a break; 市机关事务 reaches the column's edge: 管理局 goes on with it
    expect(src.lines.slice(0, 4)).toEqual(['开展背街小巷整治', '市城管局、市住建局', '6月底', '推进垃圾分类']);
    expect(src.lines[4]).toBe('市机关事务管理局');
  });

  test('续表 atop the next page is none of the table\'s text; an attachment\'s label ends the table', () => {
    const pages = [
      [header(770), line(750, ['1', 62], ['开展背街小巷整治', 100], ['市城管局', 300], ['6月底', 400]), { text: '— 1 —', items: [piece('— 1 —', 250, 20, 9)] }],
      [line(800, ['续表', 60]), header(780), line(760, ['2', 62], ['推进垃圾分类', 100], ['市城管局', 300], ['9月底', 400]), line(700, ['附件2', 60]), line(680, ['3', 62], ['另一份文件的事项', 100])],
    ];
    const src = pagesToSource(pages, 'pdf');
    expect(src.lines).not.toContain('续表');
    expect(src.lines.slice(0, 6)).toEqual(['开展背街小巷整治', '市城管局', '6月底', '推进垃圾分类', '市城管局', '9月底']);
    expect(src.lines).toContain('附件2');
  });

  test('attachments\' labels atop their pages (附件1, 附件2) are no running head; one label atop every page is', () => {
    const labelled = pagesToSource([['关于印发的通知', '正文'], ['附件1', '某某工作方案'], ['附件2', '某某任务清单']].map((lines) => lines.map((text) => ({ text, items: [] }))), 'pdf');
    expect(labelled.lines).toEqual(expect.arrayContaining(['附件1', '附件2']));
    const running = pagesToSource([['附件1', '方案第一页'], ['附件1', '方案第二页'], ['附件1', '方案第三页']].map((lines) => lines.map((text) => ({ text, items: [] }))), 'pdf');
    expect(running.lines.filter((l) => l === '附件1')).toHaveLength(0);
  });
});

describe('a drawn table over pages', () => {
  const piece = (str: string, x: number, y: number) => ({ str, x, y, width: [...str].length * 12, height: 12 });
  const h = (y: number) => ({ x1: 50, y1: y, x2: 400, y2: y });
  const v = (x: number, top: number, bottom: number) => ({ x1: x, y1: bottom, x2: x, y2: top });
  /** A page whose table has rows between `ys` (top first), columns at 50 | 100 | 300 | 400, and `rows` of text. */
  const page = (ys: number[], rows: string[][], before: string[] = [], after: string[] = []) => {
    const segments = [...ys.map(h), ...[50, 100, 300, 400].map((x) => v(x, ys[0]!, ys[ys.length - 1]!))];
    const items = rows.flatMap((cells, r) => cells.map((text, c) => piece(text, [55, 105, 305][c]!, ys[r]! - 15)));
    const text = [...before.map((t, k) => piece(t, 50, 820 - 15 * k)), ...after.map((t, k) => piece(t, 50, 100 - 15 * k))];
    return drawnPage([...text, ...items], segments);
  };
  const header = ['序号', '重点任务', '牵头单位'];

  test("is one table: the header the next page repeats is left out, and a row the page break split goes on in the row above", () => {
    const first = page([700, 680, 660, 640], [header, ['1', '推进项目建设', '市发改委'], ['2', '优化营商环境', '市商务局']], ['关于印发任务分工的通知']);
    const second = page([800, 780, 760, 740], [header, ['', '加快审批', '、市政数局'], ['3', '加强财政保障', '市财政局']], [], ['某市人民政府办公室']);
    const src = pagesToSource([first, second], 'pdf');
    const text = src.lines.join('\n');
    expect(text.match(/序号|重点任务/g)).toBeNull();
    expect(src.lines).toEqual(expect.arrayContaining(['优化营商环境加快审批', '市商务局、市政数局', '加强财政保障', '某市人民政府办公室']));
    expect(src.lines.indexOf('关于印发任务分工的通知')).toBe(0);
    expect(src.locations[src.lines.indexOf('加强财政保障')]).toMatchObject({ page: 2, table: 1 });
  });

  test("a unit cell's names one a line, split by the page break between two of them, stay two names", () => {
    const first = page([700, 680, 660, 640], [header, ['1', '推进项目建设', '市发改委'], ['2', '优化营商环境', '市发展改革委']]);
    const second = page([800, 780, 760], [header, ['', '加快审批', '市市场监管局'], ['3', '加强财政保障', '市财政局']]);
    const src = pagesToSource([first, second], 'pdf');
    expect(src.lines.join('\n')).not.toContain('市发展改革委市市场监管局');
    expect(src.lines.join('\n')).toContain('优化营商环境加快审批');
  });

  test("a table's last row alone on the next page (one row of cells, its number under 序号) is the table's row", () => {
    const first = page([700, 680, 660], [header, ['1', '推进项目建设', '市发改委']]);
    const second = page([800, 780], [['2', '加强督促检查', '市政府办']], [], ['某市人民政府办公室']);
    const src = pagesToSource([first, second], 'pdf');
    expect(src.locations[src.lines.indexOf('加强督促检查')]).toMatchObject({ page: 2, table: 1 });
    expect(src.hints.get(src.lines.indexOf('加强督促检查'))).toMatchObject({ kind: 'item', token: '2.' });
  });

  test('text between two drawn tables keeps them apart', () => {
    const first = page([700, 680, 660], [header, ['1', '推进项目建设', '市发改委']], [], ['二、保障措施']);
    const second = page([800, 780, 760], [header, ['1', '加强组织领导', '市政府办']]);
    const src = pagesToSource([first, second], 'pdf');
    expect(src.locations[src.lines.indexOf('加强组织领导')]).toMatchObject({ table: 2 });
  });
});

describe('a line indented from the page\'s left edge', () => {
  // 12-point text whose left edge is at 72: a paragraph's first line starts two characters in (96), a centred title further
  const piece = (str: string, x: number, y: number, height = 12) => ({ str, x, y, width: [...str].length * height, height });
  const at = (x: number, y: number, str: string) => ({ text: str, items: [piece(str, x, y)] });

  test('keeps its indent as full-width spaces of its own size, so that a wrapped first line is known as full', () => {
    const src = pagesToSource([[at(108, 800, '关于做好重点工作的通知'), at(96, 780, '配合单位：县商务局、县财政局、县经济开发'), at(72, 765, '区管委会等，各乡镇人民政府。'), at(71, 750, '（另起一行）')]], 'pdf');
    expect(src.lines).toEqual(['\u3000\u3000\u3000关于做好重点工作的通知', '\u3000\u3000配合单位：县商务局、县财政局、县经济开发', '区管委会等，各乡镇人民政府。', '（另起一行）']);
  });

  test('no indent where fewer than two lines start together, or for a lone line further left (a stamp)', () => {
    expect(pagesToSource([[at(96, 800, '一行'), at(150, 780, '另一行')]], 'pdf').lines).toEqual(['一行', '另一行']);
    const src = pagesToSource([[at(20, 800, '印章'), at(96, 780, '正文第一行'), at(72, 765, '正文第二行'), at(72, 750, '正文第三行')]], 'pdf');
    expect(src.lines).toEqual(['印章', '\u3000\u3000正文第一行', '正文第二行', '正文第三行']);
  });

  test('a centred line far in takes at most twenty characters of indent', () => {
    const src = pagesToSource([[at(72, 800, '正文'), at(72, 780, '正文'), at(72 + 40 * 12, 760, '落款')]], 'pdf');
    expect(src.lines[2]).toBe(`${'\u3000'.repeat(20)}落款`);
  });
});
