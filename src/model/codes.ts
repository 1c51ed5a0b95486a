/**
 * The one code table: every diagnostic of the parser and readers, every
 * finding of \`check\`, and every error line, with its kind, its default
 * severity and its message in Chinese and English, declared once. The
 * README's tables list the same codes (a test checks it).
 */
import type { Severity } from './diagnostic.js';

export type Params = Record<string, string | number>;
export type CodeKind = 'diagnostic' | 'finding' | 'error';

export interface CodeEntry {
  /** diagnostic: the parser's; finding: check's; error: one line on stderr, exit 2. */
  readonly kind: CodeKind;
  /** Default severity of a diagnostic or finding. */
  readonly severity?: Severity;
  readonly zh: (p: Params) => string;
  readonly en: (p: Params) => string;
}

/**
 * Reasons that several messages quote (cannot write: …, cannot read the report: …,
 * not valid JSON: …), declared once in both languages. A message's `reason`
 * parameter is one of these codes (stable for scripts reading JSON output), with
 * its own parameters beside it (`char`, `want`, `kind`); a reason that is no code
 * here (an operating-system error code such as EIO) is shown as it is.
 */
export const REASONS = {
  'no-such-folder': { zh: () => '目录不存在', en: () => 'the folder does not exist' },
  'no-such-file': { zh: () => '文件不存在', en: () => 'no such file' },
  'no-write-permission': { zh: () => '没有写入权限', en: () => 'permission denied' },
  'no-read-permission': { zh: () => '没有读取权限', en: () => 'permission denied' },
  'is-a-directory': { zh: () => '是目录', en: () => 'is a directory' },
  'disk-full': { zh: () => '磁盘已满', en: () => 'the disk is full' },
  'read-only-file-system': { zh: () => '只读文件系统', en: () => 'read-only file system' },
  'name-taken': { zh: () => '已有同名文件', en: () => 'a file of that name exists' },
  'file-busy': { zh: () => '文件正被占用', en: () => 'the file is in use' },
  'too-many-open-files': { zh: () => '打开的文件过多', en: () => 'too many open files' },
  'io-error': { zh: () => '读写出错（磁盘或网络盘故障）', en: () => 'input/output error (a failing disk or network drive)' },
  'link-loop': { zh: () => '符号链接循环', en: () => 'a loop of symbolic links' },
  'no-such-device': { zh: () => '设备不存在', en: () => 'no such device' },
  'name-too-long': { zh: () => '文件名过长', en: () => 'the file name is too long' },
  'read-only-file': { zh: () => '文件是只读的，不予覆盖（请先去掉只读属性或换一个文件名）', en: () => 'the file is read-only: not replaced (make it writable or choose another name)' },
  'disk-quota-exceeded': { zh: () => '超出磁盘配额', en: () => 'disk quota exceeded' },
  'stdin-is-terminal': { zh: () => '标准输入是终端', en: () => 'standard input is a terminal' },
  'not-a-file': { zh: () => '不是普通文件（设备或套接字）', en: () => 'not a regular file (a device or socket)' },
  'office-file': { zh: () => 'ZIP 或 Office 文件（是否为另存为 .json 的 Excel 工作簿？），不是 JSON', en: () => 'a ZIP or Office file (an Excel workbook saved as .json?), not JSON' },
  'binary-file': { zh: (p) => `二进制文件（${p.kind}），不是 JSON`, en: (p) => `a binary file (${p.kind}), not JSON` },
  'undecodable-text': { zh: () => '无法解码为文本', en: () => 'the bytes cannot be decoded as text' },
  'empty-file': { zh: () => '空文件', en: () => 'empty file' },
  'not-json': { zh: () => '不是 JSON', en: () => 'not JSON' },
  'full-width-punctuation': { zh: (p) => `全角符号“${p.char}”，JSON 中应为半角“${p.want}”`, en: (p) => `full-width "${p.char}" where JSON needs "${p.want}"` },
  'trailing-comma': { zh: () => '“}”或“]”前多了逗号', en: () => 'a comma before "}" or "]" (trailing comma)' },
  'unexpected-character': { zh: (p) => `意外的字符${p.char ? `“${p.char}”` : ''}`, en: (p) => `unexpected character${p.char ? ` "${p.char}"` : ''}` },
  'invalid-number': { zh: () => '数字格式不正确', en: () => 'invalid number' },
  'field-name-expected': { zh: () => '此处应为双引号括起的字段名', en: () => 'a field name in double quotes expected' },
  'value-expected': { zh: () => '此处应为一个值', en: () => 'a value expected' },
  'colon-expected': { zh: () => '缺少冒号“:”', en: () => '":" expected' },
  'comma-expected': { zh: () => '值之间缺少逗号“,”', en: () => '"," expected between values' },
  'close-brace-expected': { zh: () => '缺少“}”', en: () => '"}" expected' },
  'close-bracket-expected': { zh: () => '缺少“]”', en: () => '"]" expected' },
  'text-after-json': { zh: () => 'JSON 结束后还有多余内容', en: () => 'more text after the end of the JSON value' },
  'comment-in-json': { zh: () => 'JSON 中不允许注释', en: () => 'comments are not allowed in JSON' },
  'unclosed-string': { zh: () => '字符串缺少结尾的引号', en: () => 'a string is not closed' },
  'invalid-unicode-escape': { zh: () => '字符串中的 \\u 转义不正确', en: () => 'invalid \\u escape in a string' },
  'invalid-escape': { zh: () => '字符串中的转义字符不正确', en: () => 'invalid escape in a string' },
  'control-character-in-string': { zh: () => '字符串中有控制字符（如未转义的换行）', en: () => 'a control character (such as a line break) inside a string' },
  'not-a-zip-package': { zh: () => '不是可读的压缩包', en: () => 'not a readable zip package' },
  'excel-workbook': { zh: () => 'Excel 工作簿', en: () => 'an Excel workbook' },
  'encrypted-workbook': { zh: () => '工作簿设有打开密码（已加密），请去掉密码后另存再报送', en: () => 'the workbook is password-protected (encrypted): save a copy without the password' },
  'legacy-xls': { zh: () => '旧版 Excel 97-2003 工作簿（.xls），请另存为 .xlsx', en: () => 'an Excel 97-2003 workbook (.xls): save it as .xlsx' },
  'not-a-workbook': { zh: () => '不是 Excel 工作簿（.xlsx）', en: () => 'not an Excel workbook (.xlsx)' },
  'merged-cells-too-many': { zh: (p) => `工作簿的合并单元格范围过大（超过 ${p.limit} 个单元格），不予读取`, en: (p) => `the workbook's merged ranges cover too many cells (more than ${p.limit}): not read` },
  'damaged-csv': { zh: () => 'CSV 文件无法解析（引号不成对？）', en: () => 'the CSV file cannot be parsed (unbalanced quotes?)' },
  'damaged-workbook': { zh: () => '工作簿已损坏或不完整', en: () => 'the workbook is damaged or truncated' },
  'workbook-too-large': { zh: (p) => `工作簿解压后过大（${p.part} 超过 ${p.limit}），疑为压缩炸弹`, en: (p) => `the workbook inflates too far (${p.part} beyond ${p.limit}): refused as a possible zip bomb` },
  'powerpoint-presentation': { zh: () => 'PowerPoint 演示文稿', en: () => 'a PowerPoint presentation' },
  // usage errors the commands find themselves (commander's own are translated in cli/main.ts)
  'unit-with-matrix': { zh: () => '--unit 与 --matrix 不能同时使用', en: () => '--unit and --matrix do not go together' },
  'unit-or-all': { zh: () => '请给出 --unit 单位名称 或 --all', en: () => 'give --unit NAME or --all' },
  'all-needs-out-dir': { zh: () => '--all 需要 --out-dir 目录', en: () => '--all needs --out-dir DIR' },
  'xlsx-needs-output': { zh: () => '--format xlsx 需要 -o 文件名（或用管道）', en: () => '--format xlsx needs -o FILE (or a pipe)' },
  'one-unit': { zh: () => 'progress 的 --unit 只能给一个单位', en: () => 'progress takes one --unit' },
  'due-days-not-whole': { zh: (p) => `--due-days ${p.value}（应为 0 到 3660 之间的整数）`, en: (p) => `--due-days ${p.value} (a whole number of days, 0 to 3660)` },
  'since-after-until': { zh: (p) => `--since ${p.since} 在 --until ${p.until} 之后，没有可判断的报告期`, en: (p) => `--since ${p.since} is after --until ${p.until}: no period would be judged` },
  'max-warnings-not-whole': { zh: (p) => `--max-warnings ${p.value}（应为整数）`, en: (p) => `--max-warnings ${p.value} (a whole number)` },
  'as-of-not-date': { zh: (p) => `--as-of ${p.value}（应为 YYYY-MM-DD 格式的日期）`, en: (p) => `--as-of ${p.value} (YYYY-MM-DD)` },
  'no-reports-in-ci': { zh: () => '在持续集成环境（CI）中请给出要检查的报告文件或文件夹：不会默认检查随附的示例报告', en: () => 'in CI, name the report files or folders to check: the bundled sample reports are not checked by default there' },
  'stdin-filename-without-stdin': { zh: () => '--stdin-filename 只用于从标准输入读取（输入写作 -）', en: () => '--stdin-filename names standard input: give - as an input' },
  'format-needs-output': { zh: () => '给了几个 -f 时，每个 -f 都要有自己的 -o（按顺序配对），或写作 -f 格式:文件', en: () => 'with several -f, give each its own -o (paired in order), or write -f FORMAT:FILE' },
  'output-without-format': { zh: () => '多出的 -o 没有对应的 -f', en: () => 'an -o without its -f' },
  'two-to-stdout': { zh: () => '只能有一种格式写到标准输出：其余的请用 -o 文件', en: () => 'only one format can go to standard output: give the others -o FILE' },
  'same-output-twice': { zh: (p) => `两种格式写到同一个文件 ${p.file}`, en: (p) => `two formats write the same file ${p.file}` },
  'one-output-only': { zh: (p) => `${p.command} 一次只写一种格式`, en: (p) => `${p.command} writes one format at a time` },
  'missing-part': { zh: () => '缺少文件包中的部件', en: () => 'a part of the package is missing' },
  'malformed-xml': { zh: () => 'XML 格式有误', en: () => 'malformed XML' },
  'no-document-root': { zh: () => 'OFD.xml 没有指明文档（DocRoot）', en: () => 'OFD.xml names no document (DocRoot)' },
  'config-not-json': { zh: () => '不是有效的 JSON', en: () => 'not valid JSON' },
  'config-not-object': { zh: () => '配置应为一个对象（{ … }）', en: () => 'the config must be an object ({ … })' },
  'config-module-failed': { zh: (p) => `无法加载：${p.message}`, en: (p) => `cannot be loaded: ${p.message}` },
  'config-unreadable': { zh: (p) => `无法读取（${p.code}）`, en: (p) => `cannot be read (${p.code})` },
  'config-unknown-key': { zh: (p) => `${p.pointer} 中有未知的键“${p.key}”`, en: (p) => `unknown key "${p.key}" in ${p.pointer}` },
  'config-allowed-values': { zh: (p) => `${p.pointer} 应为以下之一：${String(p.allowed).split(', ').join('、')}`, en: (p) => `${p.pointer} must be one of: ${p.allowed}` },
  'config-type': { zh: (p) => `${p.pointer} 应为${TYPE_ZH[String(p.expected)] ?? p.expected}`, en: (p) => `${p.pointer} must be ${TYPE_EN[String(p.expected)] ?? p.expected}` },
  'config-missing': { zh: (p) => `${p.pointer} 缺少“${p.key}”`, en: (p) => `${p.pointer} needs "${p.key}"` },
  'config-rule': { zh: (p) => `${p.pointer} 不符合规则 ${p.keyword}${p.limit ? `（${p.limit}）` : ''}`, en: (p) => `${p.pointer} breaks the rule ${p.keyword}${p.limit ? ` (${p.limit})` : ''}` },
  'config-minimum': { zh: (p) => `${p.pointer} 不能小于 ${p.limit}`, en: (p) => `${p.pointer} must be at least ${p.limit}` },
  'config-maximum': { zh: (p) => `${p.pointer} 不能大于 ${p.limit}`, en: (p) => `${p.pointer} must be at most ${p.limit}` },
  'config-empty-value': { zh: (p) => `${p.pointer} 不能为空`, en: (p) => `${p.pointer} must not be empty` },
  'config-not-period': { zh: (p) => `“${p.value}”不是报告期：请写作 2019-H1、2019-Q3、2019-07 或 2019`, en: (p) => `"${p.value}" is not a period: write 2019-H1, 2019-Q3, 2019-07 or 2019` },
  'config-no-match': { zh: (p) => `模式 ${p.pattern} 没有匹配到文件`, en: (p) => `the pattern ${p.pattern} matches no file` },
  'config-unknown-type': { zh: (p) => `不能读取 ${p.ext || '无扩展名'} 文件：配置文件应为 .json、.js 或 .mjs`, en: (p) => `cannot read a ${p.ext} file: a config is .json, .js or .mjs` },
  'config-empty': { zh: () => '配置文件是空的（删去它，或写入 { … }）', en: () => 'the config file is empty (remove it, or write { … } in it)' },
  'config-is-folder': { zh: () => '这是一个文件夹，不是配置文件', en: () => 'this is a folder, not a config file' },
  'config-no-package-key': { zh: (p) => `package.json 中没有“${p.key}”键`, en: (p) => `package.json has no "${p.key}" key` },
  'config-not-found': { zh: () => '找不到该配置文件', en: () => 'no such config file' },
  'no-reports-named': { zh: () => '请给出要对照 --notice 检查的报告文件或文件夹', en: () => 'name the report files or folders to check against --notice' },
} as const satisfies Record<string, { zh: (p: Params) => string; en: (p: Params) => string }>;

export type Reason = keyof typeof REASONS;

/** The reason a message quotes, in a language: a reason code's text, or the parameter as it is. */
function reasonText(lang: 'zh' | 'en', p: Params, key = 'reason'): string {
  const r = p[key];
  if (r === undefined) return '';
  const entry = (REASONS as Record<string, { zh: (p: Params) => string; en: (p: Params) => string }>)[String(r)];
  return entry ? entry[lang](p) : String(r);
}

/**
 * Why a report does not match its schema: one rule for each schema keyword the
 * report schema uses, worded here in both languages (ajv's own messages are
 * English only). `schema-violation` carries the rule as `params.rule` with its
 * own parameters beside it (`field`, `expected`, `allowed`, `value`).
 */
export const SCHEMA_RULES = {
  required: { zh: (p: Params) => `缺少必填字段“${p.field}”`, en: (p: Params) => `missing "${p.field}"` },
  type: { zh: (p: Params) => `应为${TYPE_ZH[String(p.expected)] ?? p.expected}`, en: (p: Params) => `must be ${TYPE_EN[String(p.expected)] ?? p.expected}` },
  empty: { zh: () => '不能为空', en: () => 'must not be empty' },
  blank: { zh: () => '不能只有空白', en: () => 'must not be blank' },
  'date-format': { zh: () => '应为 YYYY-MM-DD 格式的日期', en: () => 'must be a date written YYYY-MM-DD' },
  'calendar-date': { zh: (p: Params) => `${p.value} 不是真实的日期`, en: (p: Params) => `${p.value} is not a calendar date` },
  'allowed-values': { zh: (p: Params) => `应为以下之一：${String(p.allowed).split(', ').join('、')}`, en: (p: Params) => `must be one of: ${p.allowed}` },
  'text-or-list': { zh: () => '应为文字或文字列表', en: () => 'must be a text or a list of texts' },
  other: { zh: (p: Params) => `不符合规则 ${p.keyword}`, en: (p: Params) => `breaks the schema rule ${p.keyword}` },
} as const;

export type SchemaRule = keyof typeof SCHEMA_RULES;

const TYPE_ZH: Record<string, string> = { string: '文字', array: '列表', object: '对象（{…}）', number: '数字', integer: '整数', boolean: '真假值' };
const TYPE_EN: Record<string, string> = { string: 'a text', array: 'a list', object: 'an object ({…})', number: 'a number', integer: 'a whole number', boolean: 'true or false' };

function schemaRuleText(lang: 'zh' | 'en', p: Params): string {
  const rule = (SCHEMA_RULES as Record<string, { zh: (p: Params) => string; en: (p: Params) => string }>)[String(p.rule)] ?? SCHEMA_RULES.other;
  return rule[lang](p);
}

/** Report statuses in Chinese, for messages that quote one. */
const STATUS_ZH: Record<string, string> = { not_started: '未启动', in_progress: '推进中', completed: '已完成', blocked: '受阻' };

export const CODES = {
  // parser diagnostics
  'encoding-damage': { kind: 'diagnostic', severity: 'warning',
    zh: (p) => `疑似编码损坏：“?”处丢失了一个字符（${p.context}）`,
    en: (p) => `possible encoding damage: "?" stands for a lost character (${p.context})`,
  },
  'replacement-char': { kind: 'diagnostic', severity: 'warning',
    zh: (p) => `无法解码的字节已替换为 U+FFFD（${p.context}）`,
    en: (p) => `undecodable bytes replaced by U+FFFD (${p.context})`,
  },
  'no-numbered-items': { kind: 'diagnostic', severity: 'error', zh: () => '没有找到编号条目（一、（一）1.（1）…），不像任务分工文件', en: () => 'no numbered items (一、 （一） 1. （1） …) found: this does not look like a notice with tasks' },
  'pdf-xref-damaged': { kind: 'diagnostic', severity: 'warning', zh: () => 'PDF 的交叉引用表已损坏，已通过扫描全文读取；请核对任务是否完整', en: () => "the PDF's cross-reference table is damaged; it was read by scanning the file: check that the tasks are complete" },
  'doc-no-numbered-items': { kind: 'diagnostic', severity: 'error', zh: () => '没有找到编号条目：旧版 .doc/.wps 文件的自动编号不在正文中，请在 Word 或 WPS 中另存为 .docx 后再读', en: () => 'no numbered items found: a legacy .doc/.wps keeps automatic list numbers outside its text; save it as .docx in Word or WPS and read that' },
  'no-tasks': { kind: 'diagnostic', severity: 'warning', zh: (p) => `有 ${p.items} 个编号条目，但没有一条写明责任单位`, en: (p) => `${p.items} numbered items, but none names responsible units` },
  'title-uncertain': { kind: 'diagnostic', severity: 'info', zh: (p) => `标题与正文粘连，按推测截取为“${p.title}”`, en: (p) => `heading glued to its text; title guessed as "${p.title}"` },
  'duplicate-id': { kind: 'diagnostic', severity: 'warning', zh: (p) => `编号 ${p.id} 重复出现（第 ${p.n} 次），已改为 ${p.id}_${p.n}`, en: (p) => `number ${p.id} occurs again (time ${p.n}); renamed ${p.id}_${p.n}` },
  'units-outside-task': { kind: 'diagnostic', severity: 'warning', zh: (p) => `责任单位不属于任何编号条目：${p.units}`, en: (p) => `units named outside any numbered item: ${p.units}` },
  'lead-by-note': { kind: 'diagnostic', severity: 'info', zh: () => '文件注明“列第一位的为牵头单位”，各任务的第一个单位标为牵头', en: () => 'the notice says the first unit listed leads: first units marked lead' },
  'html-entities': { kind: 'diagnostic', severity: 'info', zh: (p) => `文本中有 ${p.count} 处 HTML 字符实体（如 &nbsp; &ldquo;），已按所代表的字符读取`, en: (p) => `the text holds ${p.count} HTML character reference${p.count === 1 ? '' : 's'} (such as &nbsp; &ldquo;), read as the characters they stand for` },
  'decoded-instead': { kind: 'diagnostic', severity: 'warning', zh: (p) => `按 ${p.tried} 解码找不到任务，已改按 ${p.encoding} 解码（找到 ${p.tasks} 项任务，${p.bad} 处无效字节）`, en: (p) => `decoded as ${p.tried} the text holds no task; decoded as ${p.encoding} instead (${p.tasks} task${p.tasks === 1 ? '' : 's'}, ${p.bad} invalid byte${p.bad === 1 ? '' : 's'})` },
  'decoded-as': { kind: 'diagnostic', severity: 'info', zh: (p) => `文件不是 UTF-8，已按 ${p.encoding} 解码`, en: (p) => `not UTF-8: decoded as ${p.encoding}` },
  'traditional-script': { kind: 'diagnostic', severity: 'info', zh: () => '繁体文本：按简体识别，原文保留', en: () => 'Traditional script: recognised as Simplified, original text kept' },
  'utf8-forced-legacy': { kind: 'diagnostic', severity: 'warning',
    zh: (p) => `文件是有效的 UTF-8，却指定了 --encoding ${p.encoding}；输出 CSV 的编码请用 --output-encoding`,
    en: (p) => `the file is valid UTF-8 but --encoding ${p.encoding} was given; for the CSV output encoding use --output-encoding`,
  },
  // check findings
  'invalid-json': { kind: 'finding', severity: 'error', zh: (p) => `不是有效的 JSON：${reasonText('zh', p)}`, en: (p) => `not valid JSON: ${reasonText('en', p)}` },
  'report-too-large': { kind: 'finding', severity: 'error', zh: (p) => `报告文件过大（${p.size}），上限 ${p.limit}`, en: (p) => `report too large (${p.size}); the limit is ${p.limit}` },
  'too-deep': { kind: 'finding', severity: 'error', zh: (p) => `JSON 嵌套过深（超过 ${p.limit} 层）`, en: (p) => `JSON nested too deep (more than ${p.limit} levels)` },
  'schema-violation': { kind: 'finding', severity: 'error', zh: (p) => `不符合报告格式：${p.pointer} ${schemaRuleText('zh', p)}`, en: (p) => `does not match the report schema: ${p.pointer} ${schemaRuleText('en', p)}` },
  'unknown-document': { kind: 'finding', severity: 'error',
    zh: (p) => `未找到通知“${p.written}”${p.suggestions ? `，是否指 ${p.suggestions}？` : ''}`,
    en: (p) => `unknown notice "${p.written}"${p.suggestions ? `; did you mean ${p.suggestions}?` : ''}`,
  },
  'unknown-unit': { kind: 'finding', severity: 'error',
    zh: (p) => `通知中没有单位“${p.written}”${p.suggestions ? `，是否指 ${p.suggestions}？` : ''}`,
    en: (p) => `the notice names no unit "${p.written}"${p.suggestions ? `; did you mean ${p.suggestions}?` : ''}`,
  },
  'collective-unit': { kind: 'finding', severity: 'error',
    zh: (p) => `“${p.written}”是多个单位的统称，请由各单位分别以本单位名义报告${p.members ? `（如 ${p.members}）` : ''}`,
    en: (p) => `"${p.written}" stands for several units: each reports under its own name${p.members ? ` (e.g. ${p.members})` : ''}`,
  },
  'unknown-task': { kind: 'finding', severity: 'error',
    zh: (p) => `通知中没有任务 ${p.written}${p.suggestions ? `，是否指 ${p.suggestions}？` : ''}`,
    en: (p) => `the notice has no task ${p.written}${p.suggestions ? `; did you mean ${p.suggestions}?` : ''}`,
  },
  'duplicate-task': { kind: 'finding', severity: 'error',
    zh: (p) => `同一任务重复填报（首次在${p.firstCell ? ` ${p.firstCell}` : `第 ${p.first} 行`}）`,
    en: (p) => `task reported twice (first at ${p.firstCell ?? `line ${p.first}`})`,
  },
  'missing-task': { kind: 'finding', severity: 'error', zh: () => '分配给本单位的任务未填报', en: () => 'assigned to the unit but missing from the report' },
  'no-header-row': { kind: 'finding', severity: 'error',
    zh: () => '未找到表头行：需要一行同时写有任务列（序号、编号）和进展或状态列（工作进展、完成情况、状态）',
    en: () => 'no header row found: a row naming a task column (序号, 编号) and a progress or status column (工作进展, 完成情况, 状态) is needed',
  },
  'ambiguous-header': { kind: 'finding', severity: 'error',
    zh: (p) => `第 ${p.first} 行和第 ${p.second} 行都像表头：一张工作表只能有一个进展表，请分开放到不同工作表`,
    en: (p) => `rows ${p.first} and ${p.second} both look like the header: one progress table per sheet (put the other on a sheet of its own)`,
  },
  'hidden-sheet': { kind: 'finding', severity: 'info', zh: (p) => `隐藏的工作表“${p.sheet}”中有进展表，未检查`, en: (p) => `the hidden sheet "${p.sheet}" holds a progress table: not checked` },
  'report-field-missing': { kind: 'finding', severity: 'error',
    zh: (p) => `找不到报告的${({ unit: '填报单位', document: '所属通知', period: '报告期' } as Record<string, string>)[String(p.field)] ?? p.field}：请在表格上方写明（如“${({ unit: '填报单位：福建省科学技术厅', document: '标题中写明通知名称或发文字号', period: '报告期：2018年上半年' } as Record<string, string>)[String(p.field)] ?? ''}”），或在文件名中写明（单位-期间.xlsx）`,
    en: (p) => `the report's ${({ unit: 'unit', document: 'notice', period: 'period' } as Record<string, string>)[String(p.field)] ?? p.field} was not found: write it above the table (${({ unit: '填报单位：福建省科学技术厅', document: 'the notice\'s title or 发文字号 in the title row', period: '报告期：2018年上半年' } as Record<string, string>)[String(p.field)] ?? ''}) or in the file name (unit-period.xlsx)`,
  },
  'status-unreadable': { kind: 'finding', severity: 'warning',
    zh: (p) => `无法从“${p.written}”读出状态（已完成、推进中、未启动、受阻）：此任务算作已报，但不判断状态`,
    en: (p) => `no status can be read from "${p.written}" (已完成, 推进中, 未启动, 受阻): the task counts as reported, its status is not judged`,
  },
  'uncached-formula': { kind: 'finding', severity: 'warning', zh: () => '公式单元格没有保存计算结果（文件由不计算公式的程序保存），按空值读取', en: () => 'a formula cell without a saved value (saved by a program that does not calculate): read as empty' },
  'date-as-number': { kind: 'finding', severity: 'warning',
    zh: (p) => `日期写成了数字 ${p.written}${p.read ? `，按 ${p.read} 读取` : '，无法读取'}：请把单元格设为日期或文本`,
    en: (p) => `a date typed as the number ${p.written}${p.read ? `: read as ${p.read}` : ': cannot be read'} (format the cell as a date or as text)`,
  },
  'empty-progress': { kind: 'finding', severity: 'error', zh: (p) => `状态为${STATUS_ZH[String(p.status)] ?? p.status}，但进展情况为空`, en: (p) => `status ${p.status} but no progress written` },
  'lone-period': { kind: 'finding', severity: 'warning', zh: (p) => `报告期“${p.written}”只有这一份报告使用，其他报告写的是“${p.usual}”：请核对；不因此要求其他单位报送该期`, en: (p) => `period "${p.written}" is used by this report alone while the others say "${p.usual}": check it; no other unit is asked for a report for it` },
  'template-unfilled': { kind: 'finding', severity: 'warning', zh: (p) => `报告未填写：${p.tasks} 项任务均为“未启动”且无任何内容，像是未改动的模板`, en: (p) => `the report is unfilled: all ${p.tasks} task${p.tasks === 1 ? '' : 's'} not_started with nothing written, as the template left them` },
  'no-report': { kind: 'finding', severity: 'error', zh: (p) => `本期没有报告（分配任务 ${p.tasks} 项）`, en: (p) => `no report for the period (${p.tasks} task${p.tasks === 1 ? '' : 's'} assigned)` },
  'duplicate-report': { kind: 'finding', severity: 'error', zh: (p) => `同一单位同一期有两份报告（另一份：${p.other}）`, en: (p) => `a second report from the unit for the same period (the other: ${p.other})` },
  'unreadable-report': { kind: 'finding', severity: 'error', zh: (p) => `无法读取报告：${reasonText('zh', p)}`, en: (p) => `cannot read the report: ${reasonText('en', p)}` },
  'duplicate-field': { kind: 'finding', severity: 'warning', zh: (p) => `字段“${p.field}”在同一对象中出现两次，只有后一个生效`, en: (p) => `field "${p.field}" appears twice in one object; only the last counts` },
  'status-spelling': { kind: 'finding', severity: 'warning', zh: (p) => `状态“${p.written}”按“${p.read}”读取；请写作允许的值`, en: (p) => `status "${p.written}" read as "${p.read}"; write one of the allowed values` },
  'invalid-utf8': { kind: 'finding', severity: 'warning', zh: (p) => `UTF-8 文件中有 ${p.count} 处无效字节，已显示为 �`, en: (p) => `${p.count} invalid byte${p.count === 1 ? '' : 's'} in a UTF-8 file, shown as �` },
  'unknown-field': { kind: 'finding', severity: 'warning', zh: (p) => `未知字段“${p.field}”（${p.where}），将被忽略${p.suggestions ? `；是否指“${p.suggestions}”？` : ''}`, en: (p) => `unknown field "${p.field}" at ${p.where} is ignored${p.suggestions ? `; did you mean "${p.suggestions}"?` : ''}` },
  'unassigned-task': { kind: 'finding', severity: 'warning', zh: (p) => `此任务未分配给${p.unit}`, en: (p) => `this task is not assigned to ${p.unit}` },
  stalled: { kind: 'finding', severity: 'warning',
    zh: (p) => `进展雷同：本期进展与上期（${p.previous}）基本相同（相似度 ${p.similarity}），自 ${p.since} 起未见推进`,
    en: (p) => `stalled: the progress is as in the previous period (${p.previous}, similarity ${p.similarity}), unchanged since ${p.since}`,
  },
  'status-regressed': { kind: 'finding', severity: 'warning',
    zh: (p) => `状态倒退：上期（${p.previous}）为${STATUS_ZH[String(p.from)] ?? p.from}，本期为${STATUS_ZH[String(p.to)] ?? p.to}`,
    en: (p) => `status went back: ${p.from} in the previous period (${p.previous}), ${p.to} now`,
  },
  'late-report': { kind: 'finding', severity: 'warning',
    zh: (p) => `报告逾期报送：${p.submitted} 报送，应于 ${p.due} 前（报告期结束后 ${p.grace} 天内）报送，晚了 ${p.days} 天`,
    en: (p) => `report sent late: submitted ${p.submitted}, due by ${p.due} (${p.grace} days after the period's end), ${p.days} day${p.days === 1 ? '' : 's'} late`,
  },
  'no-evidence': { kind: 'finding', severity: 'warning', zh: () => '已完成但没有佐证材料', en: () => 'completed without evidence' },
  blocked: { kind: 'finding', severity: 'warning', zh: (p) => `任务受阻${p.problems ? `：${p.problems}` : ''}`, en: (p) => `blocked${p.problems ? `: ${p.problems}` : ''}` },
  overdue: { kind: 'finding', severity: 'warning', zh: (p) => `已过完成时限（${p.deadline}，截至 ${p.asOf}）仍未完成`, en: (p) => `past its deadline (${p.deadline}, as of ${p.asOf}) and not completed` },
  // input errors (one line, exit 2)
  'file-not-found': { kind: 'error', zh: () => '文件不存在', en: () => 'no such file' },
  'is-directory': { kind: 'error', zh: () => '是目录，不是文件', en: () => 'is a directory, not a file' },
  'permission-denied': { kind: 'error', zh: () => '没有读取权限', en: () => 'permission denied' },
  'read-error': { kind: 'error', zh: (p) => `读取失败：${reasonText('zh', p)}`, en: (p) => `cannot read: ${reasonText('en', p)}` },
  'empty-file': { kind: 'error', zh: () => '文件为空', en: () => 'empty file' },
  'binary-file': { kind: 'error', zh: (p) => `二进制文件（${p.kind}），不是文本`, en: (p) => `binary file (${p.kind}), not text` },
  undecodable: { kind: 'error', zh: (p) => `无法按 ${p.encoding} 解码，请用 --encoding 指定编码`, en: (p) => `cannot be decoded as ${p.encoding}; name the encoding with --encoding` },
  'not-a-file': { kind: 'error', zh: () => '不是普通文件（设备或套接字），不予读取', en: () => 'not a regular file (a device or socket): not read' },
  'too-large': { kind: 'error', zh: (p) => `文件过大（${p.size}），上限 ${p.limit}`, en: (p) => `file too large (${p.size}); the limit is ${p.limit}` },
  'write-error': { kind: 'error', zh: (p) => `无法写入：${reasonText('zh', p)}`, en: (p) => `cannot write: ${reasonText('en', p)}` },
  'usage-error': { kind: 'error', zh: (p) => `用法错误：${reasonText('zh', p)}`, en: (p) => `usage error: ${reasonText('en', p)}` },
  'id-needs-one-file': { kind: 'error', zh: () => '--id 只能用于单个输入文件', en: () => '--id needs exactly one input file' },
  'bad-config': { kind: 'error', zh: (p) => `配置文件有误 ${p.where}：${reasonText('zh', p)}`, en: (p) => `bad config ${p.where}: ${reasonText('en', p)}` },
  'bad-registry': { kind: 'error', zh: (p) => `单位名录有误 ${p.where}：${p.reason}`, en: (p) => `bad registry ${p.where}: ${p.reason}` },
  'unknown-units': { kind: 'diagnostic', severity: 'info', zh: (p) => `单位名录中没有这些单位：${p.units}`, en: (p) => `units no registry knows: ${p.units}` },
  'pdf-no-text': { kind: 'error', zh: () => 'PDF 没有文字层（扫描件），需要先做文字识别（OCR）', en: () => 'the PDF has no text layer (a scan): it needs OCR first' },
  'pdf-encrypted': { kind: 'error', zh: () => 'PDF 设有打开密码，请去掉密码后再试', en: () => 'the PDF needs a password to open: remove it and try again' },
  'pdf-damaged': { kind: 'error', zh: () => 'PDF 已损坏或不完整，无法读取', en: () => 'the PDF is damaged or truncated and cannot be read' },
  'html-no-body': { kind: 'error', zh: () => '网页中找不到正文', en: () => 'no article body found in the page' },
  'docx-not-word': { kind: 'error', zh: (p) => `这是${reasonText('zh', p, 'kind')}，不是 Word 文件`, en: (p) => `this is ${reasonText('en', p, 'kind')}, not a Word file` },
  'docx-damaged': { kind: 'error', zh: (p) => `Word 文件已损坏或不完整${p.reason ? `（${reasonText('zh', p)}）` : ''}`, en: (p) => `damaged or truncated Word file${p.reason ? ` (${reasonText('en', p)})` : ''}` },
  'zip-too-large': { kind: 'error', zh: (p) => `压缩包内的 ${p.part} 解压后超过 ${p.limit}，不予读取（可能是压缩炸弹）`, en: (p) => `${p.part} in the package inflates to more than ${p.limit}: not read (a zip bomb?)` },
  'doc-damaged': { kind: 'error', zh: () => '旧版 Word（.doc/.wps）文件已损坏，或不是 Word 文档', en: () => 'damaged legacy Word (.doc/.wps) file, or no Word document in it' },
  'pdf-too-deep': { kind: 'error', zh: (p) => `PDF 的页面内容中图形状态嵌套超过 ${p.limit} 层（炸弹？），未读取`, en: (p) => `the PDF's page content nests graphics states more than ${p.limit} deep (a bomb?): not read` },
  'pdf-too-large': { kind: 'error', zh: (p) => `PDF 中的压缩内容解压后超过 ${p.limit}（压缩炸弹？），未读取`, en: (p) => `the PDF's compressed content inflates past ${p.limit} (a bomb?): not read` },
  'ofd-damaged': { kind: 'error', zh: (p) => `OFD 文件已损坏或不完整（${reasonText('zh', p)}${p.part ? `：${p.part}` : ''}）`, en: (p) => `damaged or truncated OFD file (${reasonText('en', p)}${p.part ? `: ${p.part}` : ''})` },
  'ofd-no-text': { kind: 'error', zh: () => 'OFD 文件中没有文字（扫描件？需要先做文字识别）', en: () => 'the OFD file holds no text (a scan?): it needs OCR first' },
  'docx-encrypted': { kind: 'error', zh: () => '加密（设有密码）的 Word 文件，请取消密码后另存', en: () => 'password-protected Word file; save it without a password' },
  'rtf-unsupported': { kind: 'error', zh: () => 'RTF 格式不受支持，请另存为 .docx、网页或文本', en: () => 'RTF is not supported; save it as .docx, HTML or text' },
  'too-deep-markup': { kind: 'error', zh: () => '标记嵌套过深，无法读取', en: () => 'markup nested too deep to read' },
  'table-without-units': { kind: 'diagnostic', severity: 'warning', zh: (p) => `第 ${p.table} 个表格像任务表，但没有责任单位列`, en: (p) => `table ${p.table} looks like a task table but has no unit column` },
  'table-cells-uneven': { kind: 'diagnostic', severity: 'warning',
    zh: (p) => `正文中的表格第 ${p.row} 行不是 ${p.columns} 个单元格（有单元格折行、为空或含空格），表格到此为止，其后按正文读取`,
    en: (p) => `row ${p.row} of a table in the text does not have ${p.columns} cells (a wrapped or empty cell, or one with spaces in it); the table ends there and the rest is read as text`,
  },
  'table-row-by-content': { kind: 'diagnostic', severity: 'warning',
    zh: (p) => `正文中的表格第 ${p.row} 行不是 ${p.columns} 个单元格（有合并、折行或被遗漏的单元格），按内容确定各单元格：单位名称为责任单位，日期为完成时限，其余为任务`,
    en: (p) => `row ${p.row} of a table in the text does not have ${p.columns} cells (a merged, wrapped or dropped cell); its cells were placed by what they hold: unit names as the units, a date as the deadline, the rest as the task`,
  },
  'table-row-unnumbered': { kind: 'diagnostic', severity: 'info', zh: (p) => `第 ${p.table} 个表格第 ${p.row} 行没有序号，按顺序编为 ${p.number}`, en: (p) => `table ${p.table}, row ${p.row} has no number; numbered ${p.number} in order` },
  'charset-mismatch': { kind: 'diagnostic', severity: 'warning', zh: (p) => `网页声明编码 ${p.declared}，实际按 ${p.used} 解码`, en: (p) => `the page declares ${p.declared} but was decoded as ${p.used}` },
  'no-reports': { kind: 'error', zh: (p) => `没有找到报告文件（${p.paths}）；若要求各单位报告，请用 --period 指定期次`, en: (p) => `no report files found in ${p.paths}; to require reports from every unit, name the period with --period` },
  'all-ignored': { kind: 'error', zh: (p) => `找到的 ${p.count} 个文件都被忽略规则跳过（--ignore-pattern、ignorePatterns 或 .policycheckignore），没有可处理的文件`, en: (p) => `all ${p.count} files found match an ignore pattern (--ignore-pattern, ignorePatterns or .policycheckignore): nothing left to read` },
  'ignored-file': { kind: 'error', zh: () => '按忽略规则（--ignore-pattern、ignorePatterns 或 .policycheckignore）跳过此文件', en: () => 'skipped: it matches an ignore pattern (--ignore-pattern, ignorePatterns or .policycheckignore)' },
  'duplicate-notice-id': { kind: 'error', zh: (p) => `通知编号 ${p.id} 重复，此份改称 ${p.renamed}`, en: (p) => `notice id ${p.id} is used twice; this one is called ${p.renamed}` },
  'exists-no-force': { kind: 'error', zh: () => '文件已存在，未覆盖（用 --force 覆盖）', en: () => 'exists; not overwritten (use --force)' },
  'internal-error': { kind: 'error', zh: (p) => `内部错误：${p.reason}（请报告此问题）`, en: (p) => `internal error: ${p.reason} (please report this)` },
  'stdin-twice': { kind: 'error', zh: () => '标准输入只能读取一次', en: () => 'standard input can be read only once' },
  'output-is-input': { kind: 'error', zh: () => '输出文件就是输入文件之一，写入会毁掉原文件；请换一个输出文件名', en: () => 'the output file is one of the inputs: writing it would destroy the original; choose another output file' },
  'no-match': { kind: 'error', zh: () => '没有文件与此模式匹配', en: () => 'no files match this pattern' },
  'stdin-tty': { kind: 'error', zh: () => '标准输入是终端；请用管道输入或给出文件名', en: () => 'standard input is a terminal; pipe a file in or name one' },
} as const satisfies Record<string, CodeEntry>;

export type Code = keyof typeof CODES;
type CodesOf<K extends CodeKind> = { [C in Code]: (typeof CODES)[C]['kind'] extends K ? C : never }[Code];
export type DiagnosticCode = CodesOf<'diagnostic'>;
export type FindingCode = CodesOf<'finding'>;

function severities(kind: CodeKind): Readonly<Record<string, Severity>> {
  const out: Record<string, Severity> = {};
  for (const [code, e] of Object.entries(CODES) as [string, CodeEntry][]) if (e.kind === kind && e.severity) out[code] = e.severity;
  return out;
}

/** Every code the parser and readers report, with its severity. */
export const DIAGNOSTIC_CODES = severities('diagnostic');
/** Every finding code and its usual severity. */
export const FINDING_CODES = severities('finding');

export function severityOf(code: DiagnosticCode | FindingCode): Severity {
  return (CODES[code] as CodeEntry).severity ?? 'error';
}
