/** Tables a page draws: cells from the ruling lines, merged cells where a line is missing, a cell's lines joined where they wrapped. */
import { MAX_RULINGS, ruledTables, type Segment } from '../../../src/parse/extract/ruled-table.js';
import type { TextItem } from '../../../src/parse/extract/positioned.js';

const h = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });
/** A piece of 12-point text: a Chinese character is 12 points wide, a digit or a letter 6. */
const piece = (str: string, x: number, y: number): TextItem => ({ str, x, y, width: [...str].reduce((w, c) => w + (/[\x21-\x7e]/.test(c) ? 6 : 12), 0), height: 12 });

/** Every line of a grid: columns at `xs`, rows between `ys` (top first), leaving out the lines `skip` names. */
function grid(xs: number[], ys: number[], skip: (s: Segment, kind: 'h' | 'v', at: number, cell: number) => boolean = () => false): Segment[] {
  const out: Segment[] = [];
  ys.forEach((y, r) => xs.slice(0, -1).forEach((x, c) => !skip(h(y, x, xs[c + 1]!), 'h', r, c) && out.push(h(y, x, xs[c + 1]!))));
  xs.forEach((x, c) => ys.slice(0, -1).forEach((y, r) => !skip(v(x, ys[r + 1]!, y), 'v', c, r) && out.push(v(x, ys[r + 1]!, y))));
  return out;
}

const texts = (g: { text: string }[][]) => g.map((row) => row.map((c) => c.text));

test('a grid of two columns and three rows gives its cells, each with the text whose first character stands in it', () => {
  const segments = grid([50, 100, 300], [700, 680, 660, 640]);
  const items = [piece('序号', 55, 685), piece('重点任务', 105, 685), piece('1', 55, 665), piece('推进项目建设', 105, 665), piece('2', 55, 645), piece('优化营商环境', 105, 645), piece('正文在表外', 50, 600)];
  const [table, ...more] = ruledTables(segments, items);
  expect(more).toEqual([]);
  expect(texts(table!.grid)).toEqual([['序号', '重点任务'], ['1', '推进项目建设'], ['2', '优化营商环境']]);
  expect(table!.items.size).toBe(6);
  expect([table!.top, table!.bottom]).toEqual([700, 640]);
});

test('a line missing between two boxes merges them: a unit cell over two rows, a category row across the table', () => {
  // no line under row 2's last box (its 牵头单位 goes on into row 3); no inner line in row 1 (a category row)
  const segments = grid([50, 100, 300, 400], [720, 700, 680, 660], (_, kind, at, cell) => (kind === 'h' && at === 2 && cell === 2) || (kind === 'v' && (at === 1 || at === 2) && cell === 0));
  const items = [piece('一、稳增长', 55, 705), piece('1', 55, 685), piece('推进项目建设', 105, 685), piece('市发改委', 305, 675), piece('2', 55, 665), piece('扩大有效投资', 105, 665)];
  const [table] = ruledTables(segments, items);
  expect(texts(table!.grid)).toEqual([
    ['一、稳增长', '一、稳增长', '一、稳增长'],
    ['1', '推进项目建设', '市发改委'],
    ['2', '扩大有效投资', '市发改委'],
  ]);
  expect(table!.grid[2]![2]).toMatchObject({ originRow: 1, originCol: 2 });
  expect(table!.grid[0]![2]).toMatchObject({ originRow: 0, originCol: 0 });
});

test('a table left open at its sides (no outer column lines) ends where its row lines end', () => {
  const segments = [...[700, 680, 660].map((y) => h(y, 50, 300)), v(100, 660, 700)];
  const [table] = ruledTables(segments, [piece('序号', 55, 685), piece('任务', 105, 685), piece('1', 55, 665), piece('推进项目', 105, 665)]);
  expect(texts(table!.grid)).toEqual([['序号', '任务'], ['1', '推进项目']]);
});

test('a box around a paragraph, a single line (a 红头 rule) and a drawing whose merged boxes are no rectangle are no tables', () => {
  const box = [h(700, 50, 300), h(600, 50, 300), v(50, 600, 700), v(300, 600, 700)];
  expect(ruledTables(box, [piece('注：本表由办公室填报', 60, 650)])).toEqual([]);
  expect(ruledTables([h(750, 50, 500)], [piece('某市人民政府文件', 60, 760)])).toEqual([]);
  // an L-shaped region: the lines around box (1,1) are missing on its left and top only
  const l = grid([50, 100, 150], [700, 680, 660], (_, kind, at, cell) => (kind === 'v' && at === 1 && cell === 1) || (kind === 'h' && at === 1 && cell === 1));
  expect(ruledTables(l, [piece('甲', 55, 685)])).toEqual([]);
});

test('a page with more ruling lines than a table has (a chart) is read as text', () => {
  const many = Array.from({ length: MAX_RULINGS + 1 }, (_, k) => h(100 + k * 3, 50, 300));
  expect(ruledTables([...many, v(50, 100, 100 + MAX_RULINGS * 3), v(300, 100, 100 + MAX_RULINGS * 3)], [piece('图', 60, 110)])).toEqual([]);
});

test('a border drawn cell by cell is one line; lines within two points are one', () => {
  const segments = [h(700, 50, 100), h(700.5, 100, 300), h(680, 50, 300), h(660, 50, 300), v(50, 660, 700), v(100, 660, 680), v(101, 680, 700), v(300, 660, 700)];
  const [table] = ruledTables(segments, [piece('序号', 55, 685), piece('任务', 105, 685), piece('1', 55, 665), piece('推进', 105, 665)]);
  expect(texts(table!.grid)).toEqual([['序号', '任务'], ['1', '推进']]);
});

describe("a cell's lines", () => {
  // one column 100–250 wide: text from 105 (5 points of padding) to 245, 11 characters a line
  const cell = (...lines: string[]) => {
    const top = 700;
    const bottom = top - 20 * lines.length - 20;
    const segments = grid([50, 100, 250], [top, top - 20, bottom]);
    const items = [piece('序号', 55, top - 15), piece('内容', 105, top - 15), piece('1', 55, top - 35), ...lines.map((s, k) => piece(s, 105, top - 35 - 18 * k))];
    return ruledTables(segments, items)[0]!.grid[1]![1]!.text;
  };

  test('a line that reaches the right edge wrapped there: it goes on with the next', () => {
    expect(cell('推进区人民医院新院区建', '设，年内完成主体结构封', '顶。')).toBe('推进区人民医院新院区建设，年内完成主体结构封顶。');
  });

  test('a line that stopped short was broken on purpose', () => {
    expect(cell('加强组织领导', '各地要建立工作专班。')).toBe('加强组织领导\n各地要建立工作专班。');
  });

  test('a comma never starts a line and a number is not broken: a line with room for one character wrapped all the same', () => {
    expect(cell('新增公办幼儿园学位30', '个，公办幼儿园在园幼儿。')).toBe('新增公办幼儿园学位30个，公办幼儿园在园幼儿。');
    expect(cell('新建污水处理厂计划于', '2024年底前完成。')).toBe('新建污水处理厂计划于2024年底前完成。');
    expect(cell('新建污水处理厂计划于', '年底前完成。')).toBe('新建污水处理厂计划于\n年底前完成。');
  });

  test("a full line that ends a unit's name before a line opening another with a level word is two names; a name cut at the edge runs on", () => {
    expect(cell('县农业农村局、县财政局', '县住房城乡建设局')).toBe('县农业农村局、县财政局\n县住房城乡建设局');
    expect(cell('县发展和改革委、县住房', '城乡建设局')).toBe('县发展和改革委、县住房城乡建设局');
    expect(cell('市政务服务中心管理大厅', '管理办公室')).toBe('市政务服务中心管理大厅管理办公室');
  });

  test("a full line that ends a unit's name before a line opening another with a named place is two names; a sub-unit's name runs on", () => {
    expect(cell('金凤区住房和城乡建设局', '西夏区住房和城乡建设局')).toBe('金凤区住房和城乡建设局\n西夏区住房和城乡建设局');
    expect(cell('银川市住房和城乡建设局', '城建档案馆')).toBe('银川市住房和城乡建设局城建档案馆');
  });

  test('a justified line of a narrow cell loses the spaces that spread it; names set apart keep a space', () => {
    expect(cell('市 政 府 办')).toBe('市政府办');
    const segments = grid([50, 100, 250], [700, 680, 660]);
    const [table] = ruledTables(segments, [piece('序号', 55, 685), piece('单位', 105, 685), piece('1', 55, 665), piece('市发改委', 105, 665), piece('市财政局', 173, 665)]);
    expect(table!.grid[1]![1]!.text).toBe('市发改委 市财政局');
  });

  test('a number after Chinese text is set apart by the word processor, not by a space: no space unless the gap is half a character', () => {
    const segments = grid([50, 100, 250], [700, 680, 660]);
    const read = (gap: number) => ruledTables(segments, [piece('序号', 55, 685), piece('内容', 105, 685), piece('1', 55, 665), piece('增长', 105, 665), piece('7.5%', 129 + gap, 665)])[0]!.grid[1]![1]!.text;
    expect([read(3), read(7)]).toEqual(['增长7.5%', '增长 7.5%']);
  });
});

test("one piece of text across two cells (a reader joined them on one baseline) is cut at the column line, at its space; punctuation hanging past a cell's edge stays", () => {
  const segments = grid([50, 100, 200, 300], [700, 680, 660]);
  const joined = { str: '市市场监管局 市公安局', x: 105, y: 665, width: 72 + 6 + 40 + 48, height: 12 };
  const [table] = ruledTables(segments, [piece('序号', 55, 685), piece('牵头', 105, 685), piece('配合', 205, 685), piece('1', 55, 665), joined]);
  expect(texts(table!.grid)[1]).toEqual(['1', '市市场监管局', '市公安局']);
  const hanging = { str: '加快推进项目建设。', x: 105, y: 665, width: 108, height: 12 };
  const [other] = ruledTables(grid([50, 100, 200, 300], [700, 680, 660]), [piece('序号', 55, 685), piece('任务', 105, 685), piece('备注', 205, 685), piece('1', 55, 665), hanging]);
  expect(texts(other!.grid)[1]).toEqual(['1', '加快推进项目建设。', '']);
});

