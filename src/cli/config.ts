/**
 * The config file: what a repository keeps fixed (notices, report folders,
 * registries, periods, --fail-on, outputs …), found the usual way by lilconfig
 * (upward from the working folder to the home folder), or named by --config.
 * Checked against src/schema/config.schema.json (compiled ahead of time);
 * a bad file is one error line with file:line:column. Paths in it are relative
 * to the file. Flags given on the command line win over it; a command's own
 * section wins over the shared keys.
 */
import { statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import type { Positions as PositionsType } from '../check/json-positions.js';
import { normalisePeriod, PERIOD_FORM } from '../check/period.js';
import { expandGlob, hasGlobChars } from './inputs.js';
import { displayPath } from './paths.js';
import type { Params } from '../model/codes.js';

/** Where a config is looked for in each folder, in this order (the first found wins). */
export const CONFIG_FILES = ['package.json', '.policycheckrc', '.policycheckrc.json', 'policy-check.config.json', 'policy-check.config.js', 'policy-check.config.mjs'] as const;

/** The kinds of file --config reads: JSON (also without an extension) and JavaScript modules. */
const CONFIG_EXTENSIONS = new Set(['', '.json', '.js', '.mjs']);

/** The key of package.json that holds the config. */
export const PACKAGE_KEY = 'policy-check';

export type ConfigData = Record<string, unknown>;

export interface LoadedConfig {
  /** The file, absolute. */
  file: string;
  data: ConfigData;
  /** The place of a value in a JSON config (none for a JavaScript one). */
  locate: (path: (string | number)[]) => { line: number; column: number } | null;
}

/** A config that cannot be used: one error line, `where` being file[:line:column]. */
export class ConfigError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
    readonly params: Params = {},
  ) {
    super(reason);
  }
}

/** How each config key reaches the command: the option it stands for and how its value is read. */
type Kind = 'paths' | 'globs' | 'periods' | 'period' | 'value' | 'count' | 'outputs';
const KEYS: Record<string, { option: string; kind: Kind }> = {
  notices: { option: 'notice', kind: 'globs' },
  reports: { option: '', kind: 'globs' },
  registries: { option: 'registry', kind: 'paths' },
  periods: { option: 'period', kind: 'periods' },
  since: { option: 'since', kind: 'period' },
  until: { option: 'until', kind: 'period' },
  lang: { option: 'lang', kind: 'value' },
  encoding: { option: 'encoding', kind: 'value' },
  inputFormat: { option: 'inputFormat', kind: 'value' },
  outputEncoding: { option: 'outputEncoding', kind: 'value' },
  bom: { option: 'bom', kind: 'value' },
  ignorePatterns: { option: 'ignorePattern', kind: 'value' },
  failOn: { option: 'failOn', kind: 'value' },
  verbose: { option: 'verbose', kind: 'value' },
  details: { option: 'details', kind: 'value' },
  maxWarnings: { option: 'maxWarnings', kind: 'count' },
  dueDays: { option: 'dueDays', kind: 'count' },
  format: { option: 'format', kind: 'outputs' },
  output: { option: 'output', kind: 'outputs' },
  outputs: { option: 'format', kind: 'outputs' },
};

/** The commands a config speaks to, and the shared keys each takes (its own section may hold its own keys too). */
const SHARED: Record<string, readonly string[]> = {
  check: ['notices', 'reports', 'registries', 'periods', 'since', 'until', 'lang', 'encoding', 'inputFormat', 'outputEncoding', 'bom', 'ignorePatterns'],
  progress: ['notices', 'reports', 'registries', 'periods', 'since', 'until', 'lang', 'encoding', 'inputFormat', 'outputEncoding', 'bom', 'ignorePatterns'],
  parse: ['registries', 'lang', 'encoding', 'inputFormat', 'outputEncoding', 'bom', 'ignorePatterns'],
  units: ['registries', 'lang', 'encoding', 'inputFormat', 'outputEncoding', 'bom'],
  template: ['registries', 'lang', 'encoding', 'inputFormat', 'outputEncoding', 'bom'],
  schema: ['lang'],
};

/** The positions module (jsonc-parser) loads only when a config is found: a run without one does not pay for it. */
const positionsModule = () => import('../check/json-positions.js');

/** A JSON config's loader; `texts` keeps each text read, for the places of its values. */
const jsonLoader = (texts: Map<string, string>) => async (file: string, content: string): Promise<unknown> => {
  const text = content.replace(/^\ufeff/, '');
  texts.set(file, text);
  try {
    return JSON.parse(text);
  } catch {
    const at = new (await positionsModule()).Positions(text).firstSyntaxError();
    throw new ConfigError(`${file}:${at.line}:${at.column}`, 'config-not-json');
  }
};

/** A JavaScript config: its default export (or module.exports). */
async function moduleLoader(file: string): Promise<unknown> {
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (e) {
    // a syntax error names its line in the stack (file.js:3)
    const line = new RegExp(`${escapeRe(file)}:(\\d+)`).exec(String((e as Error)?.stack))?.[1];
    throw new ConfigError(line ? `${file}:${line}` : file, 'config-module-failed', { message: oneLineMessage(e) });
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneLineMessage = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0]!.slice(0, 200);

/**
 * The config of a run: the file named by --config, else the first found
 * upward from `cwd`; null when there is none. Throws ConfigError.
 */
export async function findConfig(cwd: string, explicit: string | undefined, shownFrom: string): Promise<LoadedConfig | null> {
  const { lilconfig } = createRequire(import.meta.url)('lilconfig') as typeof import('lilconfig');
  const texts = new Map<string, string>();
  const searcher = lilconfig(PACKAGE_KEY, {
    searchPlaces: [...CONFIG_FILES],
    loaders: { '.json': jsonLoader(texts), noExt: jsonLoader(texts), '.js': moduleLoader, '.mjs': moduleLoader },
    cache: false,
    // an empty config file is a mistake to report, not a reason to look further up
    ignoreEmptySearchPlaces: false,
  });
  let found;
  try {
    if (explicit !== undefined) {
      const file = resolve(cwd, explicit);
      if (!CONFIG_EXTENSIONS.has(extname(file).toLowerCase())) throw new ConfigError(file, 'config-unknown-type', { ext: extname(file) });
      let folder: boolean;
      try {
        folder = statSync(file).isDirectory();
      } catch (e) {
        const code = String((e as NodeJS.ErrnoException).code ?? e);
        throw new ConfigError(file, code === 'ENOENT' ? 'config-not-found' : 'config-unreadable', { code });
      }
      if (folder) throw new ConfigError(file, 'config-is-folder');
      found = await searcher.load(file);
    } else found = await searcher.search(cwd);
  } catch (e) {
    if (e instanceof ConfigError) throw new ConfigError(shownPlace(e.where, shownFrom), e.reason, e.params);
    throw e;
  }
  if (!found) return null;
  const file = found.filepath;
  if (found.isEmpty) throw new ConfigError(displayPath(file, shownFrom), 'config-empty');
  if (found.config === null && file.endsWith('package.json')) throw new ConfigError(displayPath(file, shownFrom), 'config-no-package-key', { key: PACKAGE_KEY });
  const inPackage = file.endsWith('package.json');
  const text = texts.get(file);
  const base: (string | number)[] = inPackage ? [PACKAGE_KEY] : [];
  const { Positions, pointerPath } = await positionsModule();
  const positions: PositionsType | null = text !== undefined ? new Positions(text) : null;
  const loaded: LoadedConfig = {
    file,
    data: found.config as ConfigData,
    locate: (path) => positions?.locate([...base, ...path]) ?? null,
  };
  const { default: validate } = await import('../schema/validate-config.js');
  check(loaded, shownFrom, validate, pointerPath);
  return loaded;
}

function shownPlace(where: string, from: string): string {
  const m = /^(.*?)((?::\d+){0,2})$/.exec(where)!;
  return `${displayPath(m[1]!, from)}${m[2]}`;
}

/** Where a value of the config is, as an error line names it: file:line:column (file alone for a JavaScript config). */
export function placeOf(config: LoadedConfig, path: (string | number)[], from: string): string {
  const at = config.locate(path);
  return `${displayPath(config.file, from)}${at ? `:${at.line}:${at.column}` : ''}`;
}

/** The config against its schema: the first problem, with its place, as a ConfigError. */
function check(config: LoadedConfig, from: string, validate: typeof import('../schema/validate-config.js').default, pointerPath: (p: string) => (string | number)[]): void {
  if (config.data === null || typeof config.data !== 'object' || Array.isArray(config.data)) throw new ConfigError(placeOf(config, [], from), 'config-not-object');
  if (validate(config.data)) return;
  const e = validate.errors?.[0];
  if (!e) return;
  const path = pointerPath(e.instancePath);
  const p = e.params;
  const pointer = e.instancePath || '/';
  switch (e.keyword) {
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const key = String(p.unevaluatedProperty ?? p.additionalProperty);
      // the place of the key's value, not of the object that holds it
      throw new ConfigError(placeOf(config, [...path, key], from), 'config-unknown-key', { pointer, key });
    }
    case 'enum':
      throw new ConfigError(placeOf(config, path, from), 'config-allowed-values', { pointer, allowed: (p.allowedValues as unknown[]).map(String).join(', ') });
    case 'type':
      throw new ConfigError(placeOf(config, path, from), 'config-type', { pointer, expected: String(p.type) });
    case 'required':
      throw new ConfigError(placeOf(config, path, from), 'config-missing', { pointer, key: String(p.missingProperty) });
    case 'minimum':
    case 'maximum':
      throw new ConfigError(placeOf(config, path, from), e.keyword === 'minimum' ? 'config-minimum' : 'config-maximum', { pointer, limit: String(p.limit ?? '') });
    case 'minItems':
    case 'minLength':
      throw new ConfigError(placeOf(config, path, from), 'config-empty-value', { pointer });
    default:
      throw new ConfigError(placeOf(config, path, from), 'config-rule', { pointer, keyword: e.keyword, limit: String(p.limit ?? '') });
  }
}

/** What the config sets for one command: the shared keys it takes, then its own section over them. */
export function settingsFor(config: LoadedConfig, command: string): { key: string; value: unknown; path: (string | number)[] }[] {
  const shared = SHARED[command] ?? [];
  const out = new Map<string, { key: string; value: unknown; path: (string | number)[] }>();
  for (const key of shared) if (config.data[key] !== undefined) out.set(key, { key, value: config.data[key], path: [key] });
  const section = config.data[command];
  if (section && typeof section === 'object') for (const [key, value] of Object.entries(section)) out.set(key, { key, value, path: [command, key] });
  // format and output stand for one entry of outputs
  if (out.has('outputs')) {
    out.delete('format');
    out.delete('output');
  }
  return [...out.values()];
}

/** Where each option's value came from, for --print-config. */
export type Origin = 'flag' | 'config' | 'default';

/**
 * Puts the config's values into the command's options where no flag was
 * given (commander's value source says which). Returns the report paths the
 * config names (used when none are given on the command line). Throws
 * ConfigError for a period that is no period or a pattern that matches no file.
 */
export async function applyConfig(cmd: Command, config: LoadedConfig, from: string, givenReports = false): Promise<{ reports: string[] | undefined }> {
  const dir = dirname(config.file);
  const fromFlag = (option: string) => cmd.getOptionValueSource(option) === 'cli';
  let reports: string[] | undefined;
  // the repository's root, as CI services see it: SARIF and GitLab paths are made relative to it
  cmd.setOptionValueWithSource('configBase', dir, 'config');
  for (const { key, value, path } of settingsFor(config, cmd.name())) {
    const spec = KEYS[key];
    if (!spec) continue;
    if (key === 'reports') {
      // report paths on the command line replace the config's, which are then not looked at
      if (!givenReports) reports = await globs(value as string[], dir, config, path, from);
      continue;
    }
    // a flag replaces its own key only (-o beside the config's format keeps that format); the outputs list stands for both
    if (key === 'outputs' ? fromFlag('format') || fromFlag('output') : fromFlag(spec.option)) continue;
    const set = (option: string, v: unknown) => cmd.setOptionValueWithSource(option, v, 'config');
    switch (spec.kind) {
      case 'globs':
        set(spec.option, await globs(value as string[], dir, config, path, from));
        break;
      case 'paths':
        set(spec.option, (value as string[]).map((p) => resolve(dir, p)));
        break;
      case 'periods':
        set(spec.option, (value as string[]).map((p, i) => period(p, config, [...path, i], from)));
        break;
      case 'period':
        set(spec.option, period(value as string, config, path, from));
        break;
      case 'count':
        set(spec.option, String(value));
        break;
      case 'outputs':
        applyOutputs(key, value, dir, set);
        break;
      default:
        set(spec.option, value);
        // ignore patterns of the config are relative to its folder, as those of a .gitignore are to theirs
        if (key === 'ignorePatterns') set('ignoreBase', dir);
    }
  }
  return { reports };
}

/** format / output / outputs of the config as -f FORMAT:FILE values (files relative to the config). */
function applyOutputs(key: string, value: unknown, dir: string, set: (option: string, v: unknown) => void): void {
  const file = (o: string | undefined) => (o === undefined || o === '-' ? undefined : resolve(dir, o));
  if (key === 'outputs') {
    set('format', (value as { format: string; output?: string }[]).map((o) => (file(o.output) ? `${o.format}:${file(o.output)}` : o.format)));
    set('output', undefined);
  } else if (key === 'format') set('format', value);
  else set('output', [file(value as string) ?? '-']);
}

function period(value: string, config: LoadedConfig, path: (string | number)[], from: string): string {
  const p = normalisePeriod(value);
  if (!PERIOD_FORM.test(p)) throw new ConfigError(placeOf(config, path, from), 'config-not-period', { value });
  return p;
}

/** Files and patterns of the config, relative to it; a pattern that matches nothing is an error (a typo must not check nothing). */
async function globs(values: string[], dir: string, config: LoadedConfig, path: (string | number)[], from: string): Promise<string[]> {
  const out: string[] = [];
  for (const [i, v] of values.entries()) {
    if (!hasGlobChars(v)) {
      out.push(resolve(dir, v));
      continue;
    }
    const matched = await expandGlob(v, dir);
    if (!matched.length) throw new ConfigError(placeOf(config, [...path, i], from), 'config-no-match', { pattern: v });
    out.push(...matched);
  }
  return out;
}

/** The merged options of a command with the origin of each, for --print-config. */
export function describeOptions(cmd: Command, reports: { value: string[]; from: Origin } | null, config: LoadedConfig | null, from: string) {
  const origin = (key: string): Origin => {
    const source = cmd.getOptionValueSource(key);
    return source === 'cli' ? 'flag' : source === 'config' ? 'config' : 'default';
  };
  const options: Record<string, { value: unknown; from: Origin }> = {};
  const values = cmd.opts();
  for (const o of cmd.options) {
    const key = o.attributeName();
    if (key === 'printConfig' || key === 'config' || values[key] === undefined) continue;
    options[key] = { value: values[key], from: origin(key) };
  }
  // the command's arguments: report paths for check and progress, notices for the others
  const arguments_ = cmd.name() === 'check' || cmd.name() === 'progress' ? 'reports' : 'notices';
  return {
    command: cmd.name(),
    config: config ? displayPath(config.file, from) : null,
    ...(reports ? { [arguments_]: reports } : {}),
    options,
  };
}
