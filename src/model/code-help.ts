/**
 * Help for every diagnostic of the parser and readers and every finding of
 * `check`, in Chinese and English: a one-line summary of what the code means
 * and a short explanation of when it fires and what to do about it. It is the
 * rule description of SARIF output (`shortDescription` is the summary,
 * `fullDescription` and `help` the explanation), read in GitHub code scanning
 * and other CI tools by someone who meets the code for the first time, and
 * serves any other per-code help. The messages themselves, with their
 * parameters, stay in `codes.ts`; these texts are static.
 */
import type { DiagnosticCode, FindingCode } from './codes.js';

export interface CodeHelp {
  /** One line, no final full stop: what the code means. */
  readonly summary: { readonly zh: string; readonly en: string };
  /** One to three sentences: when it fires and what to do about it. */
  readonly help: { readonly zh: string; readonly en: string };
}

export const CODE_HELP: Readonly<Record<DiagnosticCode | FindingCode, CodeHelp>> = {
  // parser diagnostics
  'encoding-damage': {
    summary: { zh: '疑似编码损坏：“?”处丢失了一个字符', en: 'Possible encoding damage: a "?" stands for a lost character' },
    help: {
      zh: '通知文本在转码时丢失了字符，只剩下“?”（如“中国?海峡”）；“?”原样保留。请对照原件核对此处文字，最好取得编码完好的文件重新解析。',
      en: 'A character of the notice was lost when the text was re-encoded and only a "?" is left (中国?海峡); the "?" is kept as it is. Compare the place with the original notice, and parse a correctly encoded copy if you can get one.',
    },
  },
  'replacement-char': {
    summary: { zh: '无法解码的字节已替换为 U+FFFD', en: 'Bytes that could not be decoded were replaced by U+FFFD' },
    help: {
      zh: '文件中有按所用编码无法解码的字节，已显示为“�”，此处文字可能有误。请核对此处文字；如编码判断有误，用 --encoding 指定编码后重新解析。',
      en: 'Some bytes of the file could not be decoded in the encoding used and are shown as �, so the text there may be wrong. Check the text at that place; if the encoding was guessed wrongly, parse again with --encoding.',
    },
  },
  'no-numbered-items': {
    summary: { zh: '没有找到编号条目，不像任务分工文件', en: 'No numbered items found: not a notice with tasks' },
    help: {
      zh: '全文没有一条按“一、（一）1.（1）”等编号的条目，文件不予解析（退出码 2）。请确认给出的是通知正文本身，而不是扫描件、目录或其他文件。',
      en: 'The text holds no item numbered 一、, （一）, 1. or （1） at all, so the file is rejected (exit code 2). Make sure the file is the notice itself, not a scan, a list of contents or another document.',
    },
  },
  'pdf-xref-damaged': {
    summary: { zh: 'PDF 的交叉引用表已损坏', en: "The PDF's cross-reference table is damaged" },
    help: {
      zh: '文件末尾指向的交叉引用表不在该处（文件被截断后修补过，或被手工改过）。读取时扫描了全文来找对象，多数这样的文件都能读出，但读到的可能是某页的旧版本。请与原件核对任务是否完整。',
      en: 'The cross-reference table the end of the file points to is not there (the file was cut and mended, or edited by hand). It was read by scanning the whole file for its objects, which reads most such files, but what was read may be an older version of a page. Check the tasks against the original.',
    },
  },
  'doc-no-numbered-items': {
    summary: { zh: '旧版 .doc/.wps 中没有找到编号条目', en: 'No numbered items in a legacy .doc/.wps file' },
    help: {
      zh: '旧版 Word（.doc）和 WPS（.wps）文件把自动编号存放在正文之外，读出的文字里没有“一、”“（一）”等编号，因而找不到任务。请在 Word 或 WPS 中另存为 .docx（其自动编号可以读出）后再读取。',
      en: 'Legacy Word (.doc) and WPS (.wps) files keep automatic list numbers outside the text, so the text read holds no 一、 or （一） and no task is found. Save the file as .docx in Word or WPS (whose automatic numbers are read) and read that.',
    },
  },
  'no-tasks': {
    summary: { zh: '有编号条目，但没有一条写明责任单位', en: 'Numbered items, but none names responsible units' },
    help: {
      zh: '通知有编号条目，但没有识别出任何责任单位，因此没有任务。请查看通知是否写明了责任分工（如“责任单位：”“牵头单位：”或“（X牵头，Y配合）”），写法不同的请告知维护者。',
      en: 'The notice has numbered items, but no responsible unit was recognised, so it yields no task. Check whether the notice assigns units at all (责任单位：, 牵头单位：, （X牵头，Y配合）); if it does in another form, tell the maintainers.',
    },
  },
  'title-uncertain': {
    summary: { zh: '标题与正文粘连，标题为推测截取', en: 'Heading glued to its text: the title is a guess' },
    help: {
      zh: '编号后的标题与正文之间没有标点或换行，标题按正文开始处推测截取。请核对该条目的标题；如截取有误，可在原文标题后加句号或换行再解析。',
      en: 'The heading after the number runs into its text with no punctuation or line break, so the title was cut where the text seems to start. Check the item\'s title; if it is wrong, end the heading with 。 or a line break in the source and parse again.',
    },
  },
  'duplicate-id': {
    summary: { zh: '同一层级下编号重复，后一条已改名', en: 'A number occurs twice under one parent; the second is renamed' },
    help: {
      zh: '同一上级条目下出现了两个相同编号，后一条的编号加上“_2”等后缀。请核对通知是否编号有误或漏识别了某个标题；报告须按改后的编号填报此任务。',
      en: 'The same number occurs twice under one parent item, and the second gets a suffix such as _2. Check whether the notice is misnumbered or a heading was missed; reports must give this task by its renamed id.',
    },
  },
  'units-outside-task': {
    summary: { zh: '责任单位不属于任何编号条目', en: 'Units named outside any numbered item' },
    help: {
      zh: '在第一个编号条目之前出现了责任单位，这些单位没有被分配任务。请核对上方条目的编号是否被识别；如属文件总体要求，可不处理。',
      en: 'A unit clause stands before any numbered item, so these units are given no task. Check whether the numbering of the item above it was recognised; if the clause belongs to the notice as a whole, nothing needs doing.',
    },
  },
  'lead-by-note': {
    summary: { zh: '文件注明列第一位的为牵头单位', en: 'The notice says the first unit listed leads' },
    help: {
      zh: '通知注明“排在首位的为牵头单位”等，各任务中未标明牵头的单位名单，其第一个单位标为牵头单位。仅供知悉；请核对牵头单位是否符合原意。',
      en: 'The notice says that the first unit of a list leads (排在首位的为牵头单位), so the first unit of each list without a marked lead is marked as lead. For information; check that the leads are as the notice means.',
    },
  },
  'html-entities': {
    summary: { zh: '文本中的 HTML 字符实体已按字符读取', en: 'HTML character references in the text read as characters' },
    help: {
      zh: '从网页源代码复制的文本保留了 &nbsp;、&ldquo;、&mdash; 等字符实体。已按它们代表的字符（空格、引号、破折号）读取，使标题和名称完整；之后各行的列位置按解码后的文字计算。仅供知悉。',
      en: 'Text copied from the source of a page kept character references such as &nbsp;, &ldquo; and &mdash;. They are read as the characters they stand for (a space, quotes, a dash), so that titles and names read whole; columns on those lines count the decoded text. For information.',
    },
  },
  'decoded-instead': {
    summary: { zh: '按检测到的编码找不到任务，已改按 UTF-8 解码', en: 'No task in the detected encoding: decoded as UTF-8 instead' },
    help: {
      zh: '按检测到的旧编码（如 GB18030）解码找不到任务，而按 UTF-8 解码（含少量无效字节）可以找到，已采用 UTF-8。请核对无效字节处的文字，最好取得编码完好的文件。',
      en: 'Decoded in the detected legacy encoding (such as GB18030) the text holds no task, while read as UTF-8, with a few invalid bytes, it does; the UTF-8 reading is used. Check the text at the invalid bytes, and use a clean copy of the file if you can get one.',
    },
  },
  'decoded-as': {
    summary: { zh: '文件不是 UTF-8，已按检测到的编码解码', en: 'Not UTF-8: decoded in the detected encoding' },
    help: {
      zh: '文件不是 UTF-8 编码，已按检测到的编码（如 GB18030、Big5）解码。仅供知悉；如文字显示为乱码，请用 --encoding 指定正确的编码。',
      en: 'The file is not UTF-8 and was decoded in the encoding detected (such as GB18030 or Big5). For information; if the text comes out garbled, name the right encoding with --encoding.',
    },
  },
  'traditional-script': {
    summary: { zh: '繁体文本，已按简体识别', en: 'Traditional script, recognised as Simplified' },
    help: {
      zh: '通知为繁体字，已按简体识别编号、责任单位等；单位名称以简体给出，原文、标题和正文保留繁体。仅供知悉，无需处理。',
      en: 'The notice is written in Traditional characters and was read as Simplified: unit names are given in Simplified, while the raw text, titles and item text keep the original. For information; nothing needs doing.',
    },
  },
  'utf8-forced-legacy': {
    summary: { zh: 'UTF-8 文件被指定按旧编码解码', en: 'A UTF-8 file was forced to a legacy encoding' },
    help: {
      zh: '文件是有效的 UTF-8，却用 --encoding 指定了 GB18030、GBK 或 Big5 等旧编码，文字可能成为乱码。--encoding 只管输入文件，请去掉它或改为 auto；输出 CSV 的编码请用 --output-encoding。',
      en: 'The file is valid UTF-8, but --encoding named a legacy encoding (GB18030, GBK, Big5), so the text may come out garbled. --encoding is for the input: drop it or use auto; for the encoding of the CSV output use --output-encoding.',
    },
  },
  // check findings
  'invalid-json': {
    summary: { zh: '报告不是有效的 JSON', en: 'The report is not valid JSON' },
    help: {
      zh: '报告文件无法按 JSON 解析（空文件也算），消息给出第一处错误的行、列和原因，如全角标点、“}”前多余的逗号、注释。请在该处改正后重新报送；其他报告照常检查。',
      en: 'The report file cannot be parsed as JSON (an empty file counts too); the message gives the line and column of the first error and why, such as full-width punctuation, a trailing comma or a comment. Correct it there and send the report again; the other reports are still checked.',
    },
  },
  'report-too-large': {
    summary: { zh: '报告文件过大，未读取', en: 'The report file is too large and was not read' },
    help: {
      zh: '报告文件超过 10 MB 的上限，不予读取。请确认给出的是正确的文件；进展报告一般远小于此。',
      en: 'The report file is larger than the 10 MB limit and is refused without being read. Check that the right file was named; a progress report is normally far smaller.',
    },
  },
  'too-deep': {
    summary: { zh: 'JSON 嵌套过深，未读取', en: 'The JSON is nested too deep and was not read' },
    help: {
      zh: '报告的 JSON 嵌套超过 64 层，解析前即被拒绝。报告格式本身只需几层嵌套，请检查文件是否由程序出错生成或已损坏。',
      en: 'The report\'s JSON is nested more than 64 levels deep and is refused before parsing. The report format needs only a few levels: check whether the file was generated wrongly or is damaged.',
    },
  },
  'schema-violation': {
    summary: { zh: '报告不符合报告格式', en: 'The report does not match the report schema' },
    help: {
      zh: '报告中某个值不符合报告格式，消息给出其位置（JSON 指针）和违反的规则，如缺少必填字段、状态不在允许值内、日期格式不对。请按消息改正；只要填报单位、所属通知和报告期无误，报告仍计入该单位。',
      en: 'A value in the report breaks the report schema; the message gives its place (a JSON pointer) and the rule, such as a missing required field, a status that is not allowed or a wrongly written date. Correct it as the message says; the report still counts for its unit when unit, document and period are sound.',
    },
  },
  'unknown-document': {
    summary: { zh: '报告所属的通知未找到', en: 'The report names a notice that was not given' },
    help: {
      zh: '报告的 document 字段与所给的任何通知都对不上，该报告无法对照检查。请写明通知的编号、发文字号或标题（可参考消息中的建议），或用 --notice 给出该通知。',
      en: 'The report\'s document field matches none of the notices given, so the report cannot be checked. Write the notice\'s id, 发文字号 or title (see the suggestion in the message), or give that notice with --notice.',
    },
  },
  'unknown-unit': {
    summary: { zh: '通知中没有报告所写的单位', en: 'The notice names no such unit' },
    help: {
      zh: '报告的填报单位与通知中的任何单位都对不上（已考虑全称、简称及更名），该报告无法计入任何单位。请按通知的写法或单位全称填写（可参考消息中的建议）。',
      en: 'The reporting unit resolves to none of the notice\'s units (full names, short names and renames are allowed for), so the report counts for no unit. Write the unit as the notice names it or by its full name (see the suggestion in the message).',
    },
  },
  'collective-unit': {
    summary: { zh: '填报单位是多个单位的统称', en: 'The reporting unit stands for several units' },
    help: {
      zh: '报告以统称或泛称填报（如“各设区市人民政府”“省直有关部门”），这类单位不单独报告。请由各成员单位分别以本单位名义报送。',
      en: 'The report is made in the name of a collective or catch-all (各设区市人民政府, 省直有关部门), which does not report itself. Each member unit reports under its own name.',
    },
  },
  'unknown-task': {
    summary: { zh: '通知中没有报告所写的任务编号', en: 'The notice has no task by this id' },
    help: {
      zh: '报告中的任务编号在通知中不存在，或指向的是不含任务的条目，该任务仍算未报。请按通知原文编号（如“二（一）1”）或解析得到的编号（如 2.1.1）填写，可参考消息中的建议。',
      en: 'The report gives a task id the notice does not have, or one that names a section rather than a task, and the task stays unreported. Write the numbering as the notice writes it (二（一）1) or the parsed id (2.1.1); see the suggestion in the message.',
    },
  },
  'duplicate-task': {
    summary: { zh: '同一任务在报告中重复填报', en: 'The same task is reported twice in one report' },
    help: {
      zh: '同一份报告中同一任务出现了两次，消息给出首次出现的位置。请合并为一条。',
      en: 'The same task appears twice in one report; the message says where it first appears. Merge the two entries into one.',
    },
  },
  'missing-task': {
    summary: { zh: '分配给本单位的任务未填报', en: 'A task assigned to the unit is missing from its report' },
    help: {
      zh: '通知分配给该单位的任务（牵头、负责或配合）在其本期报告中没有出现，每项任务一条。请补报该任务的状态和进展。',
      en: 'A task the notice assigns to the unit, in any role, is absent from its report for the period; there is one finding per task. Add the task with its status and progress.',
    },
  },
  'no-header-row': {
    summary: { zh: '表格报告中找不到表头行', en: 'No header row found in a workbook or CSV report' },
    help: {
      zh: '工作簿或 CSV 报告中没有一行同时写有任务列（序号、编号）和进展或状态列（工作进展、完成情况、状态），无法读取。请补上或改正表头，或用 template 命令生成的表格填报。',
      en: 'In the workbook or CSV report no row names both a task column (序号, 编号) and a progress or status column (工作进展, 完成情况, 状态), so it cannot be read. Add or correct the header, or fill in the table that the template command writes.',
    },
  },
  'ambiguous-header': {
    summary: { zh: '一张工作表中有两行像表头', en: 'Two rows of one sheet look like the header' },
    help: {
      zh: '同一张工作表中有两行都像表头（一张表上放了两个表格），该工作表未读取。请把每个进展表放到单独的工作表中。',
      en: 'Two rows of one sheet could be the header (two tables on one sheet), so the sheet is not read. Put each progress table on a sheet of its own.',
    },
  },
  'hidden-sheet': {
    summary: { zh: '隐藏的工作表中有进展表，未检查', en: 'A hidden sheet holds a progress table that was not checked' },
    help: {
      zh: '工作簿中有隐藏的工作表含有进展表，按规则不检查。如该表是要报送的内容，请取消隐藏后重新报送。',
      en: 'A hidden sheet of the workbook holds a progress table, which is not checked. If it is meant to be part of the report, unhide the sheet and send the workbook again.',
    },
  },
  'report-field-missing': {
    summary: { zh: '表格报告中找不到填报单位、所属通知或报告期', en: 'A table report does not say its unit, notice or period' },
    help: {
      zh: '工作簿或 CSV 报告中找不到填报单位、所属通知或报告期。请在表格上方写明（如“填报单位：福建省科学技术厅”“报告期：2018年上半年”），通知名称或发文字号写在标题中，或在文件名中写明（单位-期间.xlsx）。',
      en: 'The workbook or CSV report does not say its unit, notice or period anywhere the tool looks. Write it above the table (填报单位：…, 报告期：…), put the notice\'s title or 发文字号 in the title row, or put it in the file name (unit-period.xlsx).',
    },
  },
  'status-unreadable': {
    summary: { zh: '无法从表格中读出任务状态', en: 'No status can be read from a table row' },
    help: {
      zh: '状态单元格（或没有状态列时的完成情况）读不出状态，该任务算作已报，但不判断状态。请在状态单元格中只填“已完成”“推进中”“未启动”“受阻”之一。',
      en: 'The status cell (or, without one, the 完成情况 sentence) says no status: the task counts as reported, but its status is not judged. Write only one of 已完成, 推进中, 未启动, 受阻 in the status cell.',
    },
  },
  'uncached-formula': {
    summary: { zh: '公式单元格没有保存计算结果，按空值读取', en: 'A formula cell has no saved value and is read as empty' },
    help: {
      zh: '工作簿由不计算公式的程序保存，公式单元格没有结果，按空值读取。请用会计算公式的表格软件打开并重新保存，或把公式改为数值。',
      en: 'The workbook was saved by a program that does not calculate, so the formula cell holds no value and is read as empty. Open and save it again in a spreadsheet program that calculates, or replace the formula by its value.',
    },
  },
  'date-as-number': {
    summary: { zh: '日期写成了数字', en: 'A date is typed as a number' },
    help: {
      zh: '填报时间等日期写成了数字（如 43286、20180705），能读出时按其所代表的日期读取。请把单元格设为日期或文本格式。',
      en: 'A date such as the submission date is typed as a number (43286, 20180705); where possible it is read as the date it stands for. Format the cell as a date or as text.',
    },
  },
  'empty-progress': {
    summary: { zh: '状态为推进中或已完成，但进展为空', en: 'In progress or completed, but no progress written' },
    help: {
      zh: '任务状态为推进中或已完成，但进展情况为空或只写了“无”“暂无”“-”“待补充”之类。请写明本期实际做了什么。',
      en: 'The task is in_progress or completed, but its progress is empty or says nothing (无, 暂无, -, 待补充 and the like). Write what was actually done in the period.',
    },
  },
  'lone-period': {
    summary: { zh: '报告期与其他报告不一致', en: 'The report\'s period is used by no other report' },
    help: {
      zh: '只有这一份报告使用此报告期，其他报告使用的是相近的另一报告期（如其他报告均为 2018-H1，唯独此份写作“2018年下半年度”）。请核对报告期是否写错；不会因此要求其他单位报送该期，如需要请用 --period 指定。',
      en: 'Only this report uses its period, while the others use a near one (2018年下半年度 among 2018-H1 reports). Check whether the period is written wrongly; no other unit is asked for a report for it unless that period is given with --period.',
    },
  },
  'template-unfilled': {
    summary: { zh: '报告未填写，像是未改动的模板', en: 'The report is an unfilled template' },
    help: {
      zh: '报告中所有任务均为“未启动”，进展、佐证材料、存在问题和下步计划都没有填写，像是原样退回的模板。请联系该单位填写后重新报送。',
      en: 'Every task of the report is not_started, with no progress, evidence, problems or next steps written, as the template left them. Ask the unit to fill it in and send it again.',
    },
  },
  'no-report': {
    summary: { zh: '本期没有报告', en: 'No report from the unit for the period' },
    help: {
      zh: '有分配任务的单位在该报告期没有报送报告。请催报；如已报送，请核对报告的填报单位、所属通知和报告期是否写对。',
      en: 'A unit with assigned tasks sent no report for the period. Ask for the report; if it was sent, check that its unit, notice and period are written correctly.',
    },
  },
  'duplicate-report': {
    summary: { zh: '同一单位同一报告期有两份报告', en: 'A second report from one unit for the same period' },
    help: {
      zh: '同一单位就同一通知、同一报告期报送了两份报告，以先报送的一份为准，后一份标出。请删除作废的一份，或改正其报告期。',
      en: 'One unit sent two reports for the same notice and period; the one submitted first counts and the later one is flagged. Remove the one that is superseded, or correct its period.',
    },
  },
  'unreadable-report': {
    summary: { zh: '无法读取报告文件', en: 'The report file cannot be read' },
    help: {
      zh: '报告文件无法读取或解码，如工作簿设有打开密码、旧版 .xls、文件损坏、CSV 引号不成对或没有读取权限，原因见消息。请按原因处理后重新报送；其他报告照常检查。',
      en: 'The report file cannot be read or decoded, for example a password-protected workbook, an old .xls, a damaged file, a CSV with unbalanced quotes or no read permission; the message says why. Fix that and send the report again; the other reports are still checked.',
    },
  },
  'duplicate-field': {
    summary: { zh: '同一对象中字段重复，只有后一个生效', en: 'A field appears twice in one object; only the last counts' },
    help: {
      zh: 'JSON 报告的同一对象中同一字段写了两次，JSON 只保留后一个，前一个的内容被静默丢弃。请删去多余的一个。',
      en: 'A field is written twice in one object of a JSON report; JSON keeps only the last, and the first is lost silently. Remove the extra one.',
    },
  },
  'status-spelling': {
    summary: { zh: '状态写法不规范，已按允许值读取', en: 'Status written another way, read as an allowed value' },
    help: {
      zh: '状态的写法不在允许值内（如“已完成。”“完成”“Completed”），已按其含义读取。请改写为 not_started、in_progress、completed、blocked 或 未启动、推进中、已完成、受阻。',
      en: 'The status is written another way (已完成。, 完成, Completed) and was read as the allowed value it means. Write not_started, in_progress, completed or blocked (or 未启动, 推进中, 已完成, 受阻).',
    },
  },
  'invalid-utf8': {
    summary: { zh: 'UTF-8 报告中有无效字节', en: 'A UTF-8 report holds invalid bytes' },
    help: {
      zh: 'UTF-8 报告中有少量无效字节，已显示为“�”，报告仍按 UTF-8 读取，位置标在第一处。请核对该处文字，并以 UTF-8 重新保存。',
      en: 'The UTF-8 report holds a few invalid bytes, shown as �; it is still read as UTF-8, and the finding stands at the first of them. Check the text there and save the file again as UTF-8.',
    },
  },
  'unknown-field': {
    summary: { zh: '报告中有未知字段，已忽略', en: 'An unknown field in the report is ignored' },
    help: {
      zh: '报告中有报告格式不认识的字段（多为拼写错误，如 progess），其内容被忽略。请改为正确的字段名（消息会给出可能的字段）。',
      en: 'The report has a field the schema does not know, often a typo such as progess, and its content is lost. Rename it to the right field (the message names a likely one).',
    },
  },
  'unassigned-task': {
    summary: { zh: '报告了未分配给本单位的任务', en: 'A task is reported that is not assigned to the unit' },
    help: {
      zh: '报告中填报的任务，通知并未分配给该单位；若任务责任单位以“等省直有关部门”之类结尾且该单位属同一层级，仅作提示。请核对任务编号是否填错。',
      en: 'The report gives a task the notice does not assign to the unit; it is only info when the task\'s unit list is open-ended (等省直有关部门) and the unit is of that level. Check whether the task id is wrong.',
    },
  },
  stalled: {
    summary: { zh: '进展雷同：本期进展与上期基本相同', en: 'Stalled: the progress is as in the previous period' },
    help: {
      zh: '未完成的任务，本期进展与该单位上一报告期基本相同（不计日期、空格和标点，相似度不低于 0.9），或两期均为空。请督促该单位如实报告新的进展。',
      en: 'The progress of a task not completed is the same as in the unit\'s report for the period before (compared without dates, spaces and punctuation, similarity 0.9 or more), or empty both times. Ask the unit for what has actually been done since.',
    },
  },
  'status-regressed': {
    summary: { zh: '状态倒退：本期状态比上期后退', en: 'Status went back since the previous period' },
    help: {
      zh: '任务上期为已完成、本期未完成，或上期为推进中、本期为未启动。请向该单位核实哪一期的状态有误，或请其说明原因。',
      en: 'The task was completed in the unit\'s previous report and is not now, or was in_progress then and is not_started now. Ask the unit which report is wrong, or why the task went back.',
    },
  },
  'late-report': {
    summary: { zh: '报告逾期报送', en: 'The report was sent late' },
    help: {
      zh: '报告的报送日期晚于报告期结束后的期限（默认 10 天，可用 --due-days 调整），如 2018-H2 应于 2019-01-10 前报送。没有报送日期或报告期无法识别的报告不作判断。',
      en: 'The report\'s submitted date is later than its period\'s end plus the grace days (10 by default, set with --due-days): 2018-H2 is due by 2019-01-10. A report without a submitted date, or with a period that cannot be read, is not judged.',
    },
  },
  'no-evidence': {
    summary: { zh: '已完成但没有佐证材料', en: 'Completed without evidence' },
    help: {
      zh: '任务报为已完成，但没有填写佐证材料。请补充文件、链接或文号等佐证材料。',
      en: 'The task is reported as completed, but no evidence is given. Add the documents, links or file numbers that show it.',
    },
  },
  blocked: {
    summary: { zh: '任务受阻', en: 'The task is blocked' },
    help: {
      zh: '任务状态报为受阻，消息引用报告中的存在问题。请跟进该单位反映的问题，协调解决。',
      en: 'The task is reported as blocked; the message quotes the problems the report gives. Follow up the problems with the unit.',
    },
  },
  overdue: {
    summary: { zh: '已过完成时限仍未完成', en: 'Past its deadline and not completed' },
    help: {
      zh: '任务的完成时限已过，但状态不是已完成。时限按报告的报送日期判断，没有报送日期时按 --as-of（默认当天）。请督促该单位加快推进或说明原因。',
      en: 'The task\'s deadline has passed and it is not completed. The deadline is judged on the report\'s submitted date, else on --as-of (today by default). Ask the unit to speed up, or to explain the delay.',
    },
  },
  // reader diagnostics
  'unknown-units': {
    summary: { zh: '单位名录中没有这些单位', en: 'Units that no registry knows' },
    help: {
      zh: '每份通知列出一次单位名录中没有的单位名称，以便扩充名录。如是真实单位，可写入名录（--registry）；如不是单位名称，说明责任单位可能识别有误。',
      en: 'Listed once per notice: unit names that no registry knows, so that the registry can be extended. Add real units to a registry (--registry); a name that is no unit at all suggests a misread unit clause.',
    },
  },
  'table-without-units': {
    summary: { zh: '表格像任务表，但没有责任单位列', en: 'A task-like table has no unit column' },
    help: {
      zh: '通知中的表格像任务表，但没有责任单位列，其各行按不含任务的条目处理。如表格确有责任单位，请核对该列表头（如“责任单位”“牵头单位”）。',
      en: 'A table of the notice looks like a task table but has no unit column, so its rows are read as sections without tasks. If the table does name units, check that column\'s header (责任单位, 牵头单位).',
    },
  },
  'table-cells-uneven': {
    summary: { zh: '文本中表格某行单元格数不对，表格到此为止', en: 'A text table row has the wrong number of cells; the table ends' },
    help: {
      zh: '文本文件中的表格有一行单元格数与列数不符（单元格折行、为空或含空格），表格到该行之前为止，其后按正文读取。请核对此后的任务；可修正该行，或改用网页、Word 原件解析。',
      en: 'A table in a text file has a row with more or fewer cells than columns (a wrapped or empty cell, or one with spaces in it); the table ends before that row and the rest is read as text. Check the tasks after it; repair the row, or parse the HTML or Word original instead.',
    },
  },
  'table-row-by-content': {
    summary: { zh: '文本中表格某行单元格不齐，按内容确定各列', en: 'A text table row was split into cells by what they hold' },
    help: {
      zh: '文本文件中表格的一行单元格数与列数不符（合并、折行或遗漏的单元格），已按内容确定：单位名称为责任单位，日期为完成时限，其余为任务。请核对该行任务的责任单位和完成时限。',
      en: 'A row of a table in a text file does not have one cell per column (a merged, wrapped or dropped cell), so its cells were placed by what they hold: unit names as units, a date as the deadline, the rest as the task. Check that row\'s units and deadline.',
    },
  },
  'table-row-unnumbered': {
    summary: { zh: '表格某行没有序号，已按顺序编号', en: 'A table row without a number was numbered in order' },
    help: {
      zh: '通知表格中的一行没有序号，已按顺序编号，报告须按此编号填报该任务。请核对编号是否与原表一致。',
      en: 'A row of a table in the notice has no 序号 and was numbered in order; reports give the task by that number. Check that the number fits the original table.',
    },
  },
  'charset-mismatch': {
    summary: { zh: '网页声明的编码与实际不符', en: 'The page\'s declared charset does not fit its bytes' },
    help: {
      zh: '网页声明的编码与文件实际字节不符（如另存为 UTF-8 后仍声明 gb2312），已按实际字节解码。一般无需处理；如文字显示为乱码，请用 --encoding 指定编码。',
      en: 'An HTML page declares a charset that does not fit its bytes (a page saved again as UTF-8 that still declares gb2312, or the reverse); it was decoded by its bytes. Usually nothing needs doing; if the text comes out garbled, name the encoding with --encoding.',
    },
  },
};
