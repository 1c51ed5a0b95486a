/**
 * Report templates in the layout offices fill in (落实情况表): a title naming
 * the notice, the unit and period above the table, a header, then one row per
 * task with 序号 as the notice writes it. As an Excel workbook (exceljs: the
 * task columns locked, a drop-down of the allowed statuses, wrapped text,
 * widths that fit Chinese text, a frozen header, ids stored as text) or as
 * CSV (the same rows, Excel-safe). `check` reads both back.
 */
import { stringWidth } from './table.js';
import { toCsvText } from './csv.js';

export interface TemplateRow {
  /** 序号 as the notice writes it (二（一）1), or the task id when that does not name the task back. */
  number: string;
  title: string;
  deadline: string;
}

export interface ReportTemplate {
  /** The notice as the title row names it: its title and 发文字号. */
  notice: string;
  unit: string;
  /** The period as people write it (2018年上半年). */
  period: string;
  rows: TemplateRow[];
}

/** The allowed statuses, as the drop-down offers them; the first is what a new template holds. */
export const TEMPLATE_STATUSES = ['未启动', '推进中', '已完成', '受阻'] as const;

export const TEMPLATE_HEADER = ['序号', '重点任务', '完成时限', '完成状态', '工作进展', '存在问题', '下步计划', '佐证材料'] as const;

/** Where the layout puts things: the header row, and the columns a person fills in (1-based, as Excel counts). */
export const TEMPLATE_LAYOUT = { headerRow: 4, firstTaskRow: 5, fillColumns: [4, 5, 6, 7, 8] } as const;

/** A period in the one form (2018-H1) as people write it (2018年上半年); other forms as they are. */
export function periodWords(period: string): string {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}))?$/.exec(period);
  if (!m) return period;
  const [, year, part] = m;
  if (!part) return `${year}年度`;
  if (part === 'H1') return `${year}年上半年`;
  if (part === 'H2') return `${year}年下半年`;
  if (part.startsWith('Q')) return `${year}年第${'一二三四'[Number(part[1]) - 1]}季度`;
  return `${year}年${Number(part)}月`;
}

function titleOf(t: ReportTemplate): string {
  return `${t.notice}重点任务落实情况表`;
}

/** The rows above the table, the header and the task rows, as CSV for Excel (BOM added by the caller). */
export function templateCsv(t: ReportTemplate): string {
  const above = [[titleOf(t)], [`填报单位（盖章）：${t.unit}`], [`报告期：${t.period}`, '', '', '填报时间：']];
  const rows = t.rows.map((r) => [r.number, r.title, r.deadline, TEMPLATE_STATUSES[0], '', '', '', '']);
  // the header goes through the same writer as the rows: one call, so that quoting and formula guards are alike
  const text = toCsvText([...TEMPLATE_HEADER], rows);
  return toCsvText(above[0]!, above.slice(1)) + text;
}

/** Column widths in Excel's units (a CJK character counts two), from the header and the text, within bounds. */
function columnWidths(t: ReportTemplate): number[] {
  const widest = (values: string[], min: number, max: number) => Math.min(max, Math.max(min, ...values.map((v) => stringWidth(v) + 2)));
  return [
    widest(t.rows.map((r) => r.number), 8, 16),
    widest(t.rows.map((r) => r.title), 20, 44),
    widest(t.rows.map((r) => r.deadline), 10, 18),
    12,
    44,
    26,
    26,
    22,
  ];
}

/** The template as an .xlsx workbook: one sheet, 落实情况. */
export async function templateXlsx(t: ReportTemplate): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'policy-check';
  const ws = wb.addWorksheet('落实情况', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${TEMPLATE_LAYOUT.headerRow}:${TEMPLATE_LAYOUT.headerRow}` },
    views: [{ state: 'frozen', xSplit: 2, ySplit: TEMPLATE_LAYOUT.headerRow }],
  });
  const last = TEMPLATE_HEADER.length;
  const colLetter = (c: number) => String.fromCharCode(64 + c);
  ws.columns = columnWidths(t).map((width) => ({ width }));

  ws.mergeCells(1, 1, 1, last);
  const title = ws.getCell(1, 1);
  title.value = titleOf(t);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = 36;

  ws.mergeCells(2, 1, 2, 4);
  ws.getCell(2, 1).value = `填报单位（盖章）：${t.unit}`;
  ws.mergeCells(2, 5, 2, last);
  ws.getCell(2, 5).value = `报告期：${t.period}`;
  ws.mergeCells(3, 1, 3, 4);
  ws.getCell(3, 1).value = '填报时间：';
  ws.mergeCells(3, 5, 3, last);
  ws.getCell(3, 5).value = '联系人及电话：';
  for (const [r, c] of [[3, 1], [3, 5]] as const) ws.getCell(r, c).protection = { locked: false };

  const header = ws.getRow(TEMPLATE_LAYOUT.headerRow);
  header.values = [...TEMPLATE_HEADER];
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });

  const border = { style: 'thin' as const, color: { argb: 'FF808080' } };
  t.rows.forEach((r, i) => {
    const row = ws.getRow(TEMPLATE_LAYOUT.firstTaskRow + i);
    row.values = [r.number, r.title, r.deadline, TEMPLATE_STATUSES[0], '', '', '', ''];
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.alignment = { vertical: 'top', wrapText: true, ...(c === 1 || c === 4 ? { horizontal: 'center' as const } : {}) };
      cell.border = { top: border, left: border, bottom: border, right: border };
      // the task columns are the notice's: locked; the report's columns are filled in
      if ((TEMPLATE_LAYOUT.fillColumns as readonly number[]).includes(c)) cell.protection = { locked: false };
    }
    // 3.10 stays 3.10: the number is text
    row.getCell(1).numFmt = '@';
  });
  for (let c = 1; c <= last; c++) header.getCell(c).border = { top: border, left: border, bottom: border, right: border };

  const first = TEMPLATE_LAYOUT.firstTaskRow;
  const end = first + Math.max(t.rows.length, 1) - 1;
  const statusCol = colLetter(TEMPLATE_LAYOUT.fillColumns[0]);
  (ws as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add(`${statusCol}${first}:${statusCol}${end}`, {
    type: 'list',
    allowBlank: false,
    formulae: [`"${TEMPLATE_STATUSES.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '完成状态',
    error: `请从下拉列表中选择：${TEMPLATE_STATUSES.join('、')}`,
    showInputMessage: true,
    promptTitle: '完成状态',
    prompt: TEMPLATE_STATUSES.join(' / '),
  });
  // locked cells stay readable and selectable; rows may grow, columns may be widened
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
