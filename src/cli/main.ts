/**
 * The command line. Commands load their modules only when they run, so a
 * plain `parse` of a text notice loads neither remark, cheerio nor ajv.
 */
import { Command, CommanderError, Option } from 'commander';
import { detectLang, type Lang } from '../i18n.js';
import { ENCODINGS } from '../text/decode.js';
import { type Io, reportError } from './io.js';

export const VERSION = '0.1.0';

/** Exit codes: 0 fine, 1 findings, 2 usage error or bad input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

function preScanLang(argv: string[], env: Io['env']): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && argv[i + 1]) return detectLang(argv[i + 1], env);
    if (a.startsWith('--lang=')) return detectLang(a.slice(7), env);
  }
  return detectLang(undefined, env);
}

function t(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

function commonOptions(cmd: Command, lang: Lang): Command {
  return cmd
    .addOption(new Option('--lang <lang>', t(lang, '消息语言（默认取 LC_ALL/LANG）', 'message language (default from LC_ALL/LANG)')).choices(['zh', 'en']))
    .option('--color', t(lang, '强制彩色输出', 'force colour'))
    .option('--no-color', t(lang, '关闭彩色输出（也可设 NO_COLOR）', 'no colour (NO_COLOR is honoured too)'));
}

function buildProgram(io: Io, lang: Lang, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('policy-check')
    .description(t(lang, '把政策文件拆成任务记录，并核对各单位的进展报告', 'Parse policy notices into task records and check progress reports against them'))
    .version(VERSION, '-V, --version')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined,
    });

  const parse = program
    .command('parse')
    .description(t(lang, '解析政策文件，输出任务记录', 'parse notices into task records'))
    .argument('<file...>', t(lang, '文件路径，- 表示标准输入', 'notice files; - reads standard input'))
    .addOption(new Option('-f, --format <format>', t(lang, '输出格式', 'output format')).choices(['table', 'json', 'csv', 'md']).default('table'))
    .option('-o, --output <file>', t(lang, '写入文件（原子写入）', 'write to a file (atomically)'))
    .addOption(new Option('--encoding <encoding>', t(lang, '输入编码', 'input encoding')).choices([...ENCODINGS]).default('auto'))
    .addOption(new Option('--output-encoding <encoding>', t(lang, 'CSV 输出编码', 'CSV output encoding')).choices(['utf-8', 'gb18030']).default('utf-8'))
    .option('--no-bom', t(lang, 'UTF-8 CSV 不加 BOM', 'no BOM in UTF-8 CSV'))
    .option('--id <id>', t(lang, '文档编号（默认取文件名）', 'document id (default: the file name without extension)'))
    .option('-q, --quiet', t(lang, '不在标准错误输出诊断', 'print no diagnostics on stderr'))
    .option('--verbose', t(lang, '也输出提示级诊断', 'print info diagnostics too'));
  commonOptions(parse, lang).action(async (files: string[], o) => {
    const { runParse } = await import('./parse-command.js');
    setExit(await runParse(files, { ...o, lang: detectLang(o.lang, io.env) }, io));
  });

  return program;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = preScanLang(argv, io.env);
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
      const reason = e.message.replace(/^error:\s*/i, '');
      reportError(io, lang, null, 'usage-error', { reason });
      io.stderr.write(t(lang, '（用 policy-check --help 查看用法）\n', '(see policy-check --help)\n'));
      return EXIT.usage;
    }
    const err = e as Error;
    reportError(io, lang, null, 'internal-error', { reason: err?.message ?? String(e) });
    if (io.env.POLICY_CHECK_DEBUG) io.stderr.write(`${err?.stack}\n`);
    return EXIT.usage;
  }
}

