/**
 * Words of the progress tables departments fill in (落实情况表, 进展情况表):
 * the names their columns go by, the labels of the lines above the table, the
 * rows that end it, and the phrases a 完成情况 sentence opens with. Data only.
 */

export type TableField = 'id' | 'title' | 'units' | 'deadline' | 'status' | 'progress' | 'problems' | 'nextSteps' | 'evidence' | 'note';

/** Column headers by field, as written once parenthetical remarks, spaces and marks are taken out (工作进展（截至6月底） → 工作进展). */
export const HEADER_WORDS: Record<TableField, readonly string[]> = {
  id: ['序号', '编号', '任务编号', '任务序号', '条目编号', '任务号'],
  title: ['重点任务', '任务内容', '工作任务', '任务', '任务名称', '主要任务', '工作内容', '具体任务', '重点工作', '工作事项', '任务事项', '改革任务', '目标任务', '工作措施', '重点任务及措施', '具体工作', '主要内容'],
  units: ['责任单位', '牵头单位', '配合单位', '责任部门', '牵头部门', '配合部门', '牵头责任单位', '责任主体'],
  deadline: ['完成时限', '时限', '完成时间', '时间节点', '时限要求', '完成期限'],
  status: ['完成状态', '状态', '进度状态', '推进状态', '任务状态', '是否完成', '进度', '完成进度'],
  progress: ['工作进展', '进展情况', '推进情况', '落实情况', '完成情况', '工作进展情况', '进展', '落实进展', '工作推进情况', '贯彻落实情况', '进度情况', '工作完成情况', '推进落实情况', '工作落实情况', '目前进展'],
  problems: ['存在问题', '困难问题', '存在的问题', '问题', '存在困难和问题', '存在问题及原因', '存在的困难和问题', '困难和问题', '问题及困难'],
  nextSteps: ['下步计划', '下一步工作', '下一步计划', '下步工作打算', '下一步工作计划', '下步打算', '下一步打算', '下一步工作打算', '下步工作', '下步工作计划', '下一步措施'],
  evidence: ['佐证材料', '附件', '佐证', '证明材料', '佐证材料目录', '佐证材料清单', '相关附件'],
  note: ['备注', '说明'],
};

/** A progress column whose words are also used for the status (完成情况: 已完成 / 推进中): read as the status when another column holds the progress and none is called 状态. */
export const STATUS_OR_PROGRESS = ['完成情况', '完成进度'];

/** Labels of the lines above the table, by what they give. */
export const META_LABELS = {
  unit: ['填报单位', '报送单位', '单位名称', '填报部门', '报送部门', '责任单位', '牵头单位', '报告单位', '填表单位', '单位'],
  period: ['报告期', '报告期间', '报送期', '填报期间', '所属期间', '统计期间', '报告时段', '时间段', '期间', '所属期'],
  submitted: ['填报时间', '填报日期', '报送时间', '报送日期', '填表时间', '填表日期', '日期'],
  /** Read and left aside, so that their values are never taken for another field's. */
  other: ['联系人', '联系电话', '联系方式', '填表人', '填报人', '审核人', '负责人', '单位负责人', '分管领导', '手机', '电话', '邮箱'],
} as const;

/** The first cell of a row that ends the table or stands outside it: totals and signatures. */
export const END_ROW = /^(合计|总计|小计|填表人|填报人|审核人|单位负责人|负责人|分管领导|联系人|联系电话|签字|盖章|注[:：]|说明[:：]|备注[:：])/;

/** Sheet names that say nothing about the unit (Sheet1, 落实情况). */
export const GENERIC_SHEET = /^(sheet\d*|工作表\d*|表\d*|落实情况(表)?|进展情况(表)?|推进情况(表)?|完成情况(表)?|汇总(表)?|任务清单|说明|填报说明)$/i;

/** Words of a file name that are not the unit (省科技厅-2018H1-落实情况表.xlsx). */
export const FILE_NAME_WORDS = /(落实情况|进展情况|推进情况|完成情况|工作进展|任务清单|填报|报送|报告|模板|汇总)(表|单)?|^(表|附件\d*)$/;

/** How a 完成情况 sentence opens, by the status it gives: 已完成…, 正在推进…, 按计划推进… */
export const STATUS_PHRASES: readonly (readonly [RegExp, 'completed' | 'in_progress' | 'not_started' | 'blocked'])[] = [
  [/^(目前|现已|截至\S{0,12}[，,])?(尚未启动|尚未开展|尚未开始|未启动|未开展|未开始|暂未启动|暂未开展)/, 'not_started'],
  [/^(目前|现已|截至\S{0,12}[，,])?(受阻|停滞|暂缓|暂停|推进受阻|进展滞后|滞后)/, 'blocked'],
  [/^(目前|截至\S{0,12}[，,])?(正在|推进中|进行中|按计划推进|按序时推进|稳步推进|持续推进|有序推进|加快推进|扎实推进|积极推进|已启动|部分完成|基本完成|大部分完成|序时推进|已开展|已开工|持续开展)/, 'in_progress'],
  // the whole task done: 已完成。, 已全面完成年度目标任务; not 已完成招标工作（a step of it）, 已完成80%
  [/^(目前|现已|截至\S{0,12}[，,])?(已经?|均已|全部|已全面|全面|已按期|按期)(完成|办结|落实到位|建成|竣工|实现)(?:(?:年度|全年|全部|各项|既定|预定)[\u4e00-\u9fa5]{0,6}?(?:目标任务|目标|任务|工作))?(?:[。！!；;，,]|$)/, 'completed'],
  [/^(完成|办结|已完成)[。，,；;]?$/, 'completed'],
];
