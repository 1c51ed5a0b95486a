import { gluedHeaderCells, gluedTableAt } from '../../../src/parse/extract/glued-table.js';

describe('tables whose cells a scraper glued together', () => {
  test('a glued header splits at its column words', () => {
    expect(gluedHeaderCells('类别序号重点督办内容牵头单位全年完成情况')).toEqual(['类别', '序号', '重点督办内容', '牵头单位', '全年完成情况']);
    expect(gluedHeaderCells('序号督办事项责任领导牵头单位配合单位进展情况')).toEqual(['序号', '督办事项', '责任领导', '牵头单位', '配合单位', '进展情况']);
  });

  test('a line that is no header of a task table is none', () => {
    expect(gluedHeaderCells('序号项目名称建设地点总投资')).toBeNull();
    expect(gluedHeaderCells('各责任单位要按照序号逐项落实，确保完成。')).toBeNull();
  });

  test('rows split at their number, their unit names (one cell per glued run) and a person between', () => {
    const lines = [
      '序号督办事项责任领导牵头单位配合单位进展情况',
      '1推进滇池保护治理三年攻坚行动，完成年度投资15亿元王建华市滇池管理局市生态环境局、市水务局已完成投资9.6亿元',
      '2建成市级数据共享交换平台二期张丽萍市数据局市财政局正在开展系统联调测试',
      '3新增城镇就业5.5万人张丽萍市人力资源社会保障局各县（市、区）人民政府已新增城镇就业3.1万人',
    ];
    const found = gluedTableAt(lines, 0);
    expect(found?.rows.slice(1).map((r) => r.cells)).toEqual([
      ['1', '推进滇池保护治理三年攻坚行动，完成年度投资15亿元', '王建华', '市滇池管理局', '市生态环境局、市水务局', '已完成投资9.6亿元'],
      ['2', '建成市级数据共享交换平台二期', '张丽萍', '市数据局', '市财政局', '正在开展系统联调测试'],
      ['3', '新增城镇就业5.5万人', '张丽萍', '市人力资源社会保障局', '各县（市、区）人民政府', '已新增城镇就业3.1万人'],
    ]);
  });

  test('a category before the number becomes a category row; a deadline column takes only a time limit', () => {
    const lines = [
      '类别序号重点任务牵头单位责任单位完成时限',
      '项目建设1实施城市更新项目15个区住房城乡建设局区财政局、区城管局，各街道办事处2023年12月底前',
      '2建成口袋公园20个区城管局各街道办事处2023年10月底前',
      '民生保障3新增城镇就业1.2万人区人力资源社会保障局各镇人民政府2023年12月底前',
    ];
    const rows = gluedTableAt(lines, 0)?.rows.slice(1);
    expect(rows?.map((r) => (r.merged ? `[${r.cells[0]}]` : r.cells.join('|')))).toEqual([
      '[项目建设]',
      '1|实施城市更新项目15个|区住房城乡建设局|区财政局、区城管局，各街道办事处|2023年12月底前',
      '2|建成口袋公园20个|区城管局|各街道办事处|2023年10月底前',
      '[民生保障]',
      '3|新增城镇就业1.2万人|区人力资源社会保障局|各镇人民政府|2023年12月底前',
    ]);
  });

  test('fewer than three rows that split are no table', () => {
    expect(gluedTableAt(['序号重点任务牵头单位完成时限', '1推进工作区财政局2023年底前', '这是一段说明文字'], 0)).toBeNull();
  });
});
