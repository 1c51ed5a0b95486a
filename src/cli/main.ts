/**
 * The command line. Commands load their modules only when they run, so a
 * plain `parse` of a text notice loads neither remark, cheerio nor ajv.
 */
import { createRequire } from 'node:module';
import type { Command as CommandType, Option as OptionType } from 'commander';
import { detectLang, type Lang, traditionalLocale } from '../i18n.js';
import { ENCODINGS } from '../model/encodings.js';
import { type Io, reportError } from './io.js';
import { applyConfig, ConfigError, describeOptions, findConfig, type LoadedConfig } from './config.js';
import { normalisePeriod, PERIOD_FORM } from '../check/period.js';
import {
  CHECK_FAIL_ON,
  CHECK_FORMATS,
  checkOptions,
  INPUT_FORMATS,
  LANGS,
  langOption,
  type OptionValues,
  OUTPUT_ENCODINGS,
  PARSE_FAIL_ON,
  PARSE_FORMATS,
  parseOptions,
  readArguments,
  schemaOptions,
  splitFormat,
  UsageError,
  templateOptions,
  progressOptions,
  PROGRESS_FORMATS,
  TEMPLATE_FORMATS,
  UNITS_FORMATS,
  unitsOptions,
} from './options.js';

// commander is CommonJS: required directly, it skips the ESM loader's export analysis (a few ms at every start)
const { Command, CommanderError, InvalidArgumentError, Option } = createRequire(import.meta.url)('commander') as typeof import('commander');
type Command = CommandType;
type Option = OptionType;

import { VERSION } from './version.js';
export { VERSION };

/** Exit codes: 0 fine, 1 findings, 2 usage error or bad input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

function preScanLang(argv: string[], env: Io['env']): Lang {
  return detectLang(langArgument(argv), env);
}

function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

const TITLES_ZH: Record<string, string> = { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：' };

/** Help in Chinese: commander's titles and its (choices: …, default: …) notes. */
const HELP_ZH = {
  styleTitle: (title: string) => TITLES_ZH[title] ?? title,
  optionDescription: (option: Option) => {
    const notes: string[] = [];
    if (option.argChoices) notes.push(`可选：${option.argChoices.join('、')}`);
    if (option.defaultValue !== undefined && (option.required || option.optional)) notes.push(`默认：${option.defaultValueDescription ?? String(option.defaultValue)}`);
    return notes.length ? `${option.description}（${notes.join('；')}）` : option.description;
  },
};

/** commander's usage errors, in Chinese. */
const USAGE_ZH: [RegExp, (...m: string[]) => string][] = [
  [/^missing required argument '(.+)'$/, (a) => `缺少必需的参数“${a}”`],
  [/^option '(.+)' argument missing$/, (o) => `选项“${o}”缺少取值`],
  [/^required option '(.+)' not specified$/, (o) => `缺少必需的选项“${o}”`],
  [/^unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/, (o, d) => `未知选项“${o}”${d ? `（是否指 ${d}？）` : ''}`],
  [/^unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/, (c, d) => `未知命令“${c}”${d ? `（是否指 ${d}？）` : ''}`],
  [/^too many arguments(?: for '(.+)')?\..*$/, (c) => `参数过多${c ? `（${c}）` : ''}`],
  [/^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (o, v, c) => `选项“${o}”的取值“${v}”无效，可选：${c}`],
  [/^option '(.+)' argument '(.*)' is invalid\. (.+)$/, (o, v, r) => `选项“${o}”的取值“${v}”无效：${r}`],
];

export function usageReason(message: string, lang: Lang): string {
  const reason = message.replace(/^error:\s*/i, '').trim();
  if (lang !== 'zh') return reason;
  for (const [re, zh] of USAGE_ZH) {
    const m = re.exec(reason);
    if (m) return zh(...m.slice(1));
  }
  return reason;
}

/** The config file options; `schema` has none (its --config prints the config's schema). */
function configOptions(cmd: Command, lang: Lang): Command {
  if (cmd.name() === 'schema') return cmd;
  return cmd
    .option('--config <file>', t(lang, '使用此配置文件（默认从当前目录向上查找 policy-check.config.json 等）', 'use this config file (default: policy-check.config.json and the like, searched upward from here)'))
    .option('--no-config', t(lang, '不读取任何配置文件', 'read no config file'))
    .option('--print-config', t(lang, '显示合并后的选项及每项的来源（命令行、配置文件、默认），然后退出', 'print the merged options and where each came from (flag, config, default), then exit'));
}

function commonOptions(cmd: Command, lang: Lang): Command {
  return configOptions(cmd, lang)
    .addOption(new Option('--lang <lang>', t(lang, '消息语言（默认取 LC_ALL/LC_MESSAGES/LANG，未设时取系统区域）', 'message language (default from LC_ALL/LC_MESSAGES/LANG, else the system locale)')).choices(LANGS))
    .option('--color', t(lang, '强制彩色输出', 'force colour'))
    .option('--no-color', t(lang, '关闭彩色输出（也可设 NO_COLOR）', 'no colour (NO_COLOR is honoured too)'));
}

const collect = (v: string, prev: string[] | undefined) => [...(prev ?? []), v];

/** An option that may be given once: a second value is a usage error, not silently the winner. */
function once(lang: Lang) {
  return (value: string, previous: string | undefined) => {
    if (previous !== undefined) throw new InvalidArgumentError(t(lang, '只能给一次', 'give it once'));
    return value;
  };
}

/** A period option: read in the one form (2018年下半年 → 2018-H2); a blank value or one that is no period (2019-H3) is a usage error. */
function periodValue(lang: Lang) {
  return (value: string): string => {
    const period = normalisePeriod(value);
    if (!PERIOD_FORM.test(period)) throw new InvalidArgumentError(t(lang, `不是报告期：请写作 2019-H1、2019-Q3、2019-07 或 2019（也可写 2019年上半年）`, `not a period: write 2019-H1, 2019-Q3, 2019-07 or 2019 (2019年上半年 is read too)`));
    return period;
  };
}

/** An option whose value must not be blank. */
function notBlank(lang: Lang) {
  return (value: string) => {
    if (!value.trim()) throw new InvalidArgumentError(t(lang, '不能为空', 'must not be blank'));
    return value;
  };
}

/**
 * -f FORMAT, repeatable, or -f FORMAT:FILE: each value is checked against the
 * choices here and kept in order (outputSpecs in options.ts pairs them with -o).
 */
function formatOption(lang: Lang, choices: readonly string[], def: string, repeatable = false): Option {
  const description = repeatable ? t(lang, '输出格式（可重复，与 -o 按顺序配对；或写 格式:文件）', 'output format (repeatable, paired with -o in order; or FORMAT:FILE)') : t(lang, '输出格式', 'output format');
  const option = new Option('-f, --format <format>', description).default(def);
  option.argChoices = [...choices];
  return option.argParser((value: string, previous: string[] | string) => {
    const { format, file } = splitFormat(value);
    // worded as commander words its choices, so that the Chinese usage line is made the same way
    if (!choices.includes(format)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    if (file !== undefined && !file.trim()) throw new InvalidArgumentError(t(lang, '冒号后的文件名不能为空', 'the file after the colon must not be blank'));
    // the default is a lone string: the first -f given replaces it
    return [...(Array.isArray(previous) ? previous : []), value];
  });
}

function outputOption(cmd: Command, lang: Lang, repeatable = false): Command {
  const description = repeatable ? t(lang, '写入文件（原子写入；- 为标准输出；可重复，与 -f 按顺序配对）', 'write to a file (atomically; - for standard output; repeatable, paired with -f in order)') : t(lang, '写入文件（原子写入；- 为标准输出）', 'write to a file (atomically; - for standard output)');
  return cmd.option('-o, --output <file>', description, (v: string, prev: string[] | undefined) => collect(notBlank(lang)(v), prev));
}

/** How notices are read: their encoding, their format, and extra unit registries. */
function noticeOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(new Option('--encoding <encoding>', t(lang, '政策文件的编码', 'encoding of the notices')).choices([...ENCODINGS]).default('auto'))
    .addOption(
      new Option('--input-format <format>', t(lang, '输入格式（默认按扩展名或内容判断）', 'input format (default: by extension, else by content)')).choices(INPUT_FORMATS),
    )
    .option('--registry <file>', t(lang, '附加的单位名录（可重复）', 'an extra unit registry (repeatable)'), collect);
}

/** Which inputs are read: ignore patterns, and the name standard input stands for. */
function inputOptions(cmd: Command, lang: Lang, what: string): Command {
  return cmd
    .option('--ignore-pattern <pattern>', t(lang, `跳过这些${what}（.gitignore 写法，可重复，!模式 表示不跳过；另读 .policycheckignore）`, `leave these ${what} out (.gitignore syntax, repeatable, !pattern takes one back; .policycheckignore is read too)`), collect)
    .option('--stdin-filename <name>', t(lang, '标准输入（-）所代表的文件名：用于输出和按扩展名判断格式', 'the file name standard input (-) stands for: shown in the output, its extension gives the format'), notBlank(lang));
}

/** CSV output for Excel: the encoding and the BOM. */
function csvOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(new Option('--output-encoding <encoding>', t(lang, 'CSV 输出编码', 'CSV output encoding')).choices(OUTPUT_ENCODINGS).default('utf-8'))
    .option('--no-bom', t(lang, 'UTF-8 CSV 不加 BOM', 'no BOM in UTF-8 CSV'));
}

/**
 * The options every command has, then the action: the option values are read
 * into the command's typed options (`read`, from options.ts), and the
 * command's module loads only when it runs.
 */
function wire<O>(
  cmd: Command,
  lang: Lang,
  io: Io,
  setExit: (code: number) => void,
  read: (values: OptionValues, lang: Lang) => O,
  run: (args: string[], o: O) => Promise<number>,
): void {
  commonOptions(cmd, lang).action(async (...args: unknown[]) => {
    // commander passes the arguments (a command has one variadic list at most), the option values and the command
    const given = readArguments(args.length > 2 ? args[0] : undefined);
    const configured = await configure(cmd, io, lang, given.length > 0);
    if (typeof configured === 'number') return setExit(configured);
    // report paths from the config stand in for none on the command line
    const positional = given.length ? given : (configured.reports ?? []);
    const values: OptionValues = cmd.opts();
    if (values.printConfig) {
      const reports = given.length ? { value: given, from: 'flag' as const } : configured.reports ? { value: configured.reports, from: 'config' as const } : null;
      io.stdout.write(`${JSON.stringify(describeOptions(cmd, reports, configured.config, io.cwd), null, 2)}\n`);
      return setExit(EXIT.ok);
    }
    const chosen = langOption(values) ?? lang;
    let o: O;
    try {
      o = read(values, chosen);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      reportError(io, chosen, null, 'usage-error', { reason: e.reason, ...e.params });
      io.stderr.write(t(chosen, `（用 policy-check ${cmd.name()} --help 查看用法）\n`, `(see policy-check ${cmd.name()} --help)\n`));
      return setExit(EXIT.usage);
    }
    setExit(await run(positional, o));
  });
}

/** The config file of the run (none with --no-config) put into the command's options; an exit code when it cannot be used. */
async function configure(cmd: Command, io: Io, lang: Lang, givenReports: boolean): Promise<number | { config: LoadedConfig | null; reports: string[] | undefined }> {
  const named = cmd.opts().config as string | boolean | undefined;
  if (named === false || cmd.name() === 'schema') return { config: null, reports: undefined };
  try {
    const config = await findConfig(io.cwd, typeof named === 'string' ? named : undefined, io.cwd);
    if (!config) return { config: null, reports: undefined };
    return { config, ...(await applyConfig(cmd, config, io.cwd, givenReports)) };
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    reportError(io, lang, null, 'bad-config', { where: e.where, reason: e.reason, ...e.params });
    return EXIT.usage;
  }
}

function buildProgram(io: Io, lang: Lang, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('policy-check')
    .description(t(lang, '把政策文件拆成任务记录，并核对各单位的进展报告', 'Parse policy notices into task records and check progress reports against them'))
    .version(VERSION, '-V, --version', t(lang, '显示版本号', 'output the version number'))
    .helpOption('-h, --help', t(lang, '显示帮助', 'display help for command'))
    .helpCommand('help [command]', t(lang, '显示某个命令的帮助', 'display help for command'))
    // --lang before the command (policy-check --lang zh parse …) works too: the language is read from anywhere in argv
    .addOption(new Option('--lang <lang>', t(lang, '消息语言', 'message language')).choices(LANGS))
    .showHelpAfterError(false)
    .exitOverride()
    .configureHelp(lang === 'zh' ? HELP_ZH : {})
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined,
    });

  const parse = program
    .command('parse')
    .description(t(lang, '解析政策文件，输出任务记录', 'parse notices into task records'))
    .argument('<file...>', t(lang, '文件路径，- 表示标准输入', 'notice files; - reads standard input'))
    .addOption(formatOption(lang, PARSE_FORMATS, 'table', true))
    .option('--id <id>', t(lang, '文档标识（默认取不含扩展名的文件名）', 'document id (default: the file name without extension)'), notBlank(lang))
    .option('-q, --quiet', t(lang, '不在标准错误输出诊断', 'print no diagnostics on stderr'))
    .option('--verbose', t(lang, '也输出提示级诊断', 'print info diagnostics too'))
    .addOption(new Option('--fail-on <severity>', t(lang, '有此级别的诊断时退出码为 1（供 CI 使用）', 'exit 1 when a diagnostic reaches this severity (for CI)')).choices(PARSE_FAIL_ON).default('none'));
  wire(inputOptions(csvOptions(noticeOptions(outputOption(parse, lang, true), lang), lang), lang, t(lang, '政策文件', 'notices')), lang, io, setExit, parseOptions, async (files, o) => {
    const { runParse } = await import('./parse-command.js');
    return runParse(files, o, io);
  });

  const check = program
    .command('check')
    .description(t(lang, '核对各单位的进展报告，列出缺口', 'check progress reports against notices and list the gaps per unit'))
    .argument('[reports...]', t(lang, '报告文件或目录（目录下找 *.json、*.xlsx、*.csv）；默认 fixtures/reports/', 'report files or folders (searched for *.json, *.xlsx, *.csv); default fixtures/reports/'))
    .option('-n, --notice <file>', t(lang, '政策文件（可重复）；默认随附的两份文件', 'a notice (repeatable); default: the bundled seeds'), collect)
    .addOption(formatOption(lang, CHECK_FORMATS, 'text', true))
    .addOption(new Option('--fail-on <severity>', t(lang, '达到此级别的问题时退出码为 1', 'exit 1 when a finding reaches this severity')).choices(CHECK_FAIL_ON).default('error'))
    .option('--max-warnings <n>', t(lang, '警告超过 n 条时退出码为 1', 'exit 1 when there are more than n warnings'))
    .option('--period <period>', t(lang, '要求每个单位都报告的期次（可重复）', 'a period every unit must report for (repeatable)'), (v: string, prev: string[] | undefined) => collect(periodValue(lang)(v), prev))
    .option('-u, --unit <name>', t(lang, '只显示这些单位（可重复；简称或全称均可）', 'show only these units (repeatable; as the notice names them, or by full name)'), collect)
    .option('-q, --quiet', t(lang, '标准错误输出不显示警告与提示（错误仍显示）', 'no warnings or notes on stderr (error lines stay)'))
    .option('--as-of <date>', t(lang, '判断逾期的日期（YYYY-MM-DD），报告无 submitted 时使用；默认今天', 'date for deadlines when a report has no submitted date (YYYY-MM-DD); default today'))
    .option('--details', t(lang, '文本输出列出每个单位的全部问题及其位置（默认先列单位汇总，每个单位只列几条）', 'text output: every finding of every unit, with its place (by default a line per unit first, then a few findings each)'))
    .option('--due-days <n>', t(lang, '报告期结束后多少天内应报送（late-report），默认 10', 'days after a period ends by which its report is due (late-report); default 10'))
    .option('--since <period>', t(lang, '只判断此期及以后的报告（更早的报告仍作为上一期比较）', 'judge only this period and later ones (earlier reports still serve as the previous period)'), periodValue(lang))
    .option('--until <period>', t(lang, '只判断此期及以前的报告', 'judge only this period and earlier ones'), periodValue(lang));
  wire(inputOptions(csvOptions(noticeOptions(outputOption(check, lang, true), lang), lang), lang, t(lang, '报告', 'reports')), lang, io, setExit, checkOptions, async (reports, o) => {
    const { runCheck } = await import('./check-command.js');
    return runCheck(reports, o, io);
  });

  const progress = program
    .command('progress')
    .description(t(lang, '各通知的完成情况：单位 × 报告期（--unit：任务 × 报告期）', "the share of each notice done: unit × period (--unit: task × period)"))
    .argument('[reports...]', t(lang, '报告文件或文件夹（JSON、xlsx、CSV）', 'report files or folders (JSON, xlsx, CSV)'))
    .option('-n, --notice <file>', t(lang, '政策文件（可重复）；默认随附的两份文件', 'a notice (repeatable); default: the bundled seeds'), collect)
    .option('--period <period>', t(lang, '要求每个单位都报告的期次（可重复）', 'a period every unit must report for (repeatable)'), (v: string, prev: string[] | undefined) => collect(periodValue(lang)(v), prev))
    .option('-u, --unit <name>', t(lang, '一个单位的任务 × 报告期状态表', "one unit's task × period grid of statuses"), collect)
    .option('--since <period>', t(lang, '只显示此期及以后', 'only this period and later ones'), periodValue(lang))
    .option('--until <period>', t(lang, '只显示此期及以前', 'only this period and earlier ones'), periodValue(lang))
    .option('-q, --quiet', t(lang, '标准错误输出不显示警告与提示（错误仍显示）', 'no warnings or notes on stderr (error lines stay)'))
    .addOption(formatOption(lang, PROGRESS_FORMATS, 'table'));
  wire(inputOptions(csvOptions(noticeOptions(outputOption(progress, lang), lang), lang), lang, t(lang, '报告', 'reports')), lang, io, setExit, progressOptions, async (files, o) => {
    const { runProgress } = await import('./progress-command.js');
    return runProgress(files, o, io);
  });

  const template = program
    .command('template')
    .description(t(lang, '生成进展报告模板', 'write progress-report skeletons'))
    .requiredOption('-n, --notice <file>', t(lang, '政策文件（一份）', 'the notice (one)'), once(lang))
    .option('-u, --unit <name>', t(lang, '单位名称（简称或全称均可）', 'the unit (as the notice names it, or its full name)'))
    .option('--all', t(lang, '为每个责任单位各写一个文件（需 --out-dir）', 'one file per unit (needs --out-dir)'))
    .option('--period <period>', t(lang, '报告期次，默认当前半年（如 2026-H2）', 'the period; default the current half-year, e.g. 2026-H2'), periodValue(lang))
    .option('--out-dir <dir>', t(lang, '--all 的输出目录', 'output folder for --all'))
    .option('--force', t(lang, '覆盖已存在的文件', 'overwrite existing files'))
    .option('-q, --quiet', t(lang, '标准错误输出不显示警告与提示（错误仍显示）', 'no warnings or notes on stderr (error lines stay)'))
    .addOption(formatOption(lang, TEMPLATE_FORMATS, 'json'));
  wire(csvOptions(noticeOptions(outputOption(template, lang), lang), lang), lang, io, setExit, templateOptions, async (_none, o) => {
    const { runTemplate } = await import('./template-command.js');
    return runTemplate(o, io);
  });

  const units = program
    .command('units')
    .description(t(lang, '列出文件中的单位及其任务', "list a notice's units and their tasks"))
    .argument('<notice...>', t(lang, '政策文件', 'notices'))
    .option('-u, --unit <name>', t(lang, '列出该单位的任务（编号、标题、角色、其他单位、时限）', "this unit's tasks: id, title, role, co-units, deadline"))
    .option('--matrix', t(lang, '单位 × 任务矩阵', 'a unit × task matrix'))
    .option('-q, --quiet', t(lang, '标准错误输出不显示警告与提示（错误仍显示）', 'no warnings or notes on stderr (error lines stay)'))
    .addOption(formatOption(lang, UNITS_FORMATS, 'table'));
  wire(csvOptions(noticeOptions(outputOption(units, lang), lang), lang), lang, io, setExit, unitsOptions, async (files, o) => {
    const { runUnits } = await import('./units-command.js');
    return runUnits(files, o, io);
  });

  const schema = program
    .command('schema')
    .description(t(lang, '输出进展报告的 JSON Schema（2020-12）；--config：配置文件的 JSON Schema', 'print the JSON Schema (2020-12) of progress reports; --config: of the config file'))
    .option('--config', t(lang, '输出配置文件的 JSON Schema', 'print the JSON Schema of the config file'))
    // accepted on every command, so that scripts can pass it alike; schema prints nothing on stderr but errors
    .option('-q, --quiet', t(lang, '标准错误输出不显示警告与提示（错误仍显示）', 'no warnings or notes on stderr (error lines stay)'));
  wire(outputOption(schema, lang), lang, io, setExit, schemaOptions, async (_none, o) => {
    const { runSchema } = await import('./schema-command.js');
    return runSchema(o, io);
  });

  return program;
}

/** --lang as given anywhere in argv, or undefined. */
function langArgument(argv: string[]): string | undefined {
  for (const [i, a] of argv.entries()) {
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice(7);
  }
  return undefined;
}

/** For the entry script: standard input read up to a limit, as every input is. */
export { readCapped } from './io.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = preScanLang(argv, io.env);
  // a Traditional locale gets Simplified messages: said once, in Traditional characters (-q or --lang silences it)
  if (traditionalLocale(langArgument(argv), io.env) && !argv.includes('-q') && !argv.includes('--quiet')) {
    io.stderr.write('policy-check: 尚未提供繁體中文訊息，以下以簡體中文顯示（用 --lang zh 不再提示，--lang en 改用英文）\n');
  }
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, lang, (c) => (exitCode = c));
  try {
    if (!argv.length) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0) return EXIT.ok;
      reportError(io, lang, null, 'usage-error', { reason: usageReason(e.message, lang) });
      // the help of the command that was run, where there is one: policy-check check --help
      const command = argv.find((a) => program.commands.some((c) => c.name() === a));
      const help = `policy-check ${command ? `${command} ` : ''}--help`;
      io.stderr.write(t(lang, `（用 ${help} 查看用法）\n`, `(see ${help})\n`));
      return EXIT.usage;
    }
    const err = e as Error;
    reportError(io, lang, null, 'internal-error', { reason: err?.message ?? String(e) });
    if (io.env.POLICY_CHECK_DEBUG) io.stderr.write(`${err?.stack}\n`);
    return EXIT.usage;
  }
}

