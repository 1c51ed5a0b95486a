/**
 * commander's option values → each command's typed options. commander has
 * already checked the choices and filled in the defaults; these readers check
 * every value's type once more at the boundary, so that a runner gets exactly
 * what its options interface says (a value of another type is a bug here, and
 * fails as an internal error rather than travelling on).
 *
 * Only types are imported from the command modules: they still load when
 * their command runs.
 */
import { ENCODINGS, type EncodingName } from '../model/encodings.js';
import type { InputFormat } from '../parse/parse-source.js';
import type { Lang } from '../i18n.js';
import type { CheckCommandOptions, CheckFormat } from './check-command.js';
import type { ParseCommandOptions, ParseFormat } from './parse-command.js';
import type { TemplateOptions } from './template-command.js';
import type { ProgressCommandOptions } from './progress-command.js';
import type { UnitsOptions } from './units-command.js';
import type { SchemaOptions } from './schema-command.js';

/** The choices of the options that have them, shared by the option definitions and the readers. */
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];
export const INPUT_FORMATS = ['text', 'markdown', 'html', 'docx', 'doc', 'pdf', 'ofd'] as const satisfies readonly InputFormat[];
export const OUTPUT_ENCODINGS = ['utf-8', 'gb18030'] as const;
export const PARSE_FORMATS = ['table', 'json', 'csv', 'xlsx', 'md', 'sarif', 'gitlab'] as const satisfies readonly ParseFormat[];
export const PARSE_FAIL_ON = ['warning', 'none'] as const;
export const CHECK_FORMATS = ['text', 'json', 'csv', 'xlsx', 'junit', 'github', 'md', 'html', 'sarif', 'gitlab'] as const satisfies readonly CheckFormat[];
export const CHECK_FAIL_ON = ['error', 'warning', 'none'] as const;
export const PROGRESS_FORMATS = ['table', 'json', 'csv', 'md', 'xlsx', 'html'] as const satisfies readonly ProgressCommandOptions['format'][];

export const TEMPLATE_FORMATS = ['json', 'xlsx', 'csv'] as const satisfies readonly TemplateOptions['format'][];

export const UNITS_FORMATS = ['table', 'json', 'csv', 'md'] as const satisfies readonly UnitsOptions['format'][];

/** Option values as commander holds them (`cmd.opts()`), keyed by the camel-cased long name. */
export type OptionValues = Readonly<Record<string, unknown>>;

type Guard<T> = (v: unknown) => v is T;

const isString: Guard<string> = (v): v is string => typeof v === 'string';
const isBoolean: Guard<boolean> = (v): v is boolean => typeof v === 'boolean';
const isStrings: Guard<string[]> = (v): v is string[] => Array.isArray(v) && v.every(isString);
function oneOf<T extends string>(choices: readonly T[]): Guard<T> {
  return (v): v is T => choices.some((c) => c === v);
}

/** A value that may be missing (an option not given, without a default). */
function optional<T>(values: OptionValues, key: string, is: Guard<T>): T | undefined {
  const v = values[key];
  if (v === undefined) return undefined;
  if (!is(v)) throw new Error(`option ${key}: unexpected value ${JSON.stringify(v)}`);
  return v;
}

/** A value commander always sets (a default, a required option, a negatable flag). */
function required<T>(values: OptionValues, key: string, is: Guard<T>): T {
  const v = optional(values, key, is);
  if (v === undefined) throw new Error(`option ${key}: no value`);
  return v;
}

/** The command's arguments: one variadic list at most, so always a list of strings (empty when none were given). */
export function readArguments(v: unknown): string[] {
  if (v === undefined) return [];
  if (!isStrings(v)) throw new Error(`arguments: unexpected value ${JSON.stringify(v)}`);
  return v;
}

/** A usage error found while reading the option values: one error line, exit 2. */
export class UsageError extends Error {
  constructor(
    readonly reason: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(reason);
  }
}

/** One format and where it goes (undefined: standard output). */
export interface OutputSpec<F extends string> {
  format: F;
  output: string | undefined;
}

/** -f values as given: `json`, or `junit:junit.xml` (the first colon parts the format from its file, so C:\\x.xml stays whole). */
export function splitFormat(value: string): { format: string; file: string | undefined } {
  const colon = value.indexOf(':');
  return colon < 0 ? { format: value, file: undefined } : { format: value.slice(0, colon), file: value.slice(colon + 1) };
}

/**
 * The formats and outputs of a run. `-f A -o a -f B -o b` pairs each -f with
 * the -o of the same rank (Spectral's shape), `-f B:b` carries its own file, a
 * lone -f (or none: the default) goes to -o or standard output. Refused, as
 * usage errors: several -f without as many -o (nothing is silently dropped),
 * an -o with no -f, two formats on standard output, two formats to one file,
 * and several outputs where the command writes one.
 */
export function outputSpecs<F extends string>(values: OptionValues, choices: readonly F[], command: string, many: boolean): OutputSpec<F>[] {
  const raw = values.format;
  const given = Array.isArray(raw) ? readArguments(raw) : [required(values, 'format', isString)];
  const outs = optional(values, 'output', isStrings) ?? [];
  const formats = given.map(splitFormat).map(({ format, file }) => {
    if (!oneOf(choices)(format)) throw new Error(`option format: unexpected value ${JSON.stringify(format)}`);
    return { format, file };
  });
  const plain = formats.filter((f) => f.file === undefined);
  if (plain.length >= 2 && outs.length !== plain.length) throw new UsageError('format-needs-output');
  if (outs.length > Math.max(plain.length, 0) || (plain.length === 0 && outs.length)) throw new UsageError('output-without-format');
  let next = 0;
  const specs = formats.map(({ format, file }) => {
    const target = file ?? outs[next++];
    return { format, output: target === undefined || target === '-' ? undefined : target };
  });
  if (specs.length > 1 && !many) throw new UsageError('one-output-only', { command });
  if (specs.filter((s) => s.output === undefined).length > 1) throw new UsageError('two-to-stdout');
  const files = specs.map((s) => s.output).filter((o): o is string => o !== undefined);
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) throw new UsageError('same-output-twice', { file: twice });
  return specs;
}

/** The one format and output of a command that writes one. */
function single<F extends string>(values: OptionValues, choices: readonly F[], command: string): { format: F; output: string | undefined } {
  const [spec] = outputSpecs(values, choices, command, false);
  return spec!;
}

/** --encoding, --input-format, --registry: how notices are read. */
function noticeOptions(values: OptionValues): { encoding: EncodingName; inputFormat: InputFormat | undefined; registry: string[] | undefined } {
  return {
    encoding: required(values, 'encoding', oneOf(ENCODINGS)),
    inputFormat: optional(values, 'inputFormat', oneOf(INPUT_FORMATS)),
    registry: optional(values, 'registry', isStrings),
  };
}

/** --ignore-pattern (with the folder its patterns are relative to, when they come from a config file) and --stdin-filename. */
function inputOptions(values: OptionValues): { ignorePattern: string[] | undefined; ignoreBase: string | undefined; stdinFilename: string | undefined; configBase: string | undefined } {
  return {
    configBase: optional(values, 'configBase', isString),
    ignorePattern: optional(values, 'ignorePattern', isStrings),
    ignoreBase: optional(values, 'ignoreBase', isString),
    stdinFilename: optional(values, 'stdinFilename', isString),
  };
}

/** --output-encoding and --no-bom: CSV for Excel. */
function csvOptions(values: OptionValues): { outputEncoding: (typeof OUTPUT_ENCODINGS)[number]; bom: boolean } {
  return { outputEncoding: required(values, 'outputEncoding', oneOf(OUTPUT_ENCODINGS)), bom: required(values, 'bom', isBoolean) };
}

export function parseOptions(values: OptionValues, lang: Lang): ParseCommandOptions {
  const outputs = outputSpecs(values, PARSE_FORMATS, 'parse', true);
  return {
    ...outputs[0]!,
    outputs,
    ...noticeOptions(values),
    ...inputOptions(values),
    ...csvOptions(values),
    id: optional(values, 'id', isString),
    lang,
    color: optional(values, 'color', isBoolean),
    quiet: optional(values, 'quiet', isBoolean),
    verbose: optional(values, 'verbose', isBoolean),
    failOn: optional(values, 'failOn', oneOf(PARSE_FAIL_ON)),
  };
}

/** --period, --since, --until, --unit and -q: which periods and units check and progress look at, and what they say on stderr. */
function reportSelection(values: OptionValues) {
  return {
    period: optional(values, 'period', isStrings),
    since: optional(values, 'since', isString),
    until: optional(values, 'until', isString),
    unit: optional(values, 'unit', isStrings),
    quiet: optional(values, 'quiet', isBoolean),
  };
}

export function checkOptions(values: OptionValues, lang: Lang): CheckCommandOptions {
  const outputs = outputSpecs(values, CHECK_FORMATS, 'check', true);
  return {
    notice: optional(values, 'notice', isStrings),
    ...outputs[0]!,
    outputs,
    ...noticeOptions(values),
    ...inputOptions(values),
    ...csvOptions(values),
    lang,
    color: optional(values, 'color', isBoolean),
    failOn: required(values, 'failOn', oneOf(CHECK_FAIL_ON)),
    maxWarnings: optional(values, 'maxWarnings', isString),
    asOf: optional(values, 'asOf', isString),
    dueDays: optional(values, 'dueDays', isString),
    details: optional(values, 'details', isBoolean),
    ...reportSelection(values),
  };
}

export function progressOptions(values: OptionValues, lang: Lang): ProgressCommandOptions {
  return {
    notice: optional(values, 'notice', isStrings),
    ...single(values, PROGRESS_FORMATS, 'progress'),
    ...noticeOptions(values),
    ...inputOptions(values),
    ...csvOptions(values),
    lang,
    color: optional(values, 'color', isBoolean),
    ...reportSelection(values),
  };
}

export function templateOptions(values: OptionValues, lang: Lang): TemplateOptions {
  return {
    notice: required(values, 'notice', isString),
    ...single(values, TEMPLATE_FORMATS, 'template'),
    ...csvOptions(values),
    unit: optional(values, 'unit', isString),
    all: optional(values, 'all', isBoolean),
    period: optional(values, 'period', isString),
    outDir: optional(values, 'outDir', isString),
    force: optional(values, 'force', isBoolean),
    quiet: optional(values, 'quiet', isBoolean),
    ...noticeOptions(values),
    lang,
  };
}

export function unitsOptions(values: OptionValues, lang: Lang): UnitsOptions {
  return {
    unit: optional(values, 'unit', isString),
    matrix: optional(values, 'matrix', isBoolean),
    quiet: optional(values, 'quiet', isBoolean),
    ...single(values, UNITS_FORMATS, 'units'),
    ...noticeOptions(values),
    ...csvOptions(values),
    lang,
    color: optional(values, 'color', isBoolean),
  };
}

export function schemaOptions(values: OptionValues, lang: Lang): SchemaOptions {
  const outs = optional(values, 'output', isStrings) ?? [];
  if (outs.length > 1) throw new UsageError('one-output-only', { command: 'schema' });
  return { output: outs[0] === '-' ? undefined : outs[0], lang, config: optional(values, 'config', isBoolean) ?? false };
}

/** --lang given to the command, if any (it is read from anywhere in argv before parsing too). */
export function langOption(values: OptionValues): Lang | undefined {
  return optional(values, 'lang', oneOf(LANGS));
}
