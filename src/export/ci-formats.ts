/**
 * Findings for CI services: SARIF 2.1.0 (GitHub code scanning, Azure DevOps,
 * SonarQube and every SARIF viewer) and GitLab Code Quality JSON. Both commands
 * that judge their inputs feed them: `check` (findings about reports) and
 * `parse` (diagnostics about notices). Pure: paths come in as shown to the user
 * and go out as URIs; nothing here touches the file system.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Severity } from '../model/diagnostic.js';
import { CODES } from '../model/codes.js';
import { CODE_HELP } from '../model/code-help.js';
import type { Lang } from '../i18n.js';

/** One finding or diagnostic as the CI formats need it. */
export interface CiIssue {
  severity: Severity;
  code: string;
  /** The message in the run's language. */
  message: string;
  /** The file it concerns, as shown to the user (relative to the working folder, or absolute), or null. */
  file: string | null;
  line?: number | undefined;
  column?: number | undefined;
  /** A place in a workbook (sheet and cell), which has no lines. */
  sheet?: string | undefined;
  cell?: string | undefined;
  /** A second place: the task's line in its notice. */
  related?: { file: string; line: number; message: string } | undefined;
  /** What identifies the issue across runs whatever its line (code, file, unit, period, task …). */
  identity: readonly (string | number | null | undefined)[];
}

export interface CiTool {
  name: string;
  version: string;
  informationUri: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** GitLab's severities: an error blocks (major), a warning is minor, a note is info. */
const GITLAB_SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

/** A path as shown (tasks/报告.json, ..\\x.json, /abs/x.json, C:\\x.json) → a URI reference: relative ones percent-encoded with forward slashes, absolute ones as file: URIs. */
export function pathUri(path: string): { uri: string; uriBaseId?: string } {
  const slashed = path.replace(/\\/g, '/');
  if (/^([A-Za-z]:)?\//.test(slashed)) return { uri: pathToFileURL(path).href };
  return { uri: slashed.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * Paths as shown (relative to the working folder) made relative to the root
 * CI services resolve them against (the config file's folder, else the
 * working folder), so that a run from a subfolder gives the same paths and
 * fingerprints; a path outside the root stays absolute. Standard input stays
 * as it is.
 */
export function rebaseIssues(issues: readonly CiIssue[], cwd: string, root: string): CiIssue[] {
  const rebase = (p: string) => {
    if (p === '<stdin>') return p;
    const rel = relative(root, resolve(cwd, p));
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.replace(/\\/g, '/') : resolve(cwd, p);
  };
  return issues.map((i) => {
    const file = i.file === null ? null : rebase(i.file);
    const related = i.related ? { ...i.related, file: rebase(i.related.file) } : undefined;
    // the identity's path is rebased too: the fingerprint does not depend on where the tool ran
    return { ...i, file, related, identity: i.identity.map((x) => (x === i.file && file !== null ? file : x)) };
  });
}

/** Stable fingerprints: a hash of each issue's identity, with a counter for issues that share one (GitLab needs them unique). */
export function fingerprints(issues: readonly CiIssue[]): string[] {
  const seen = new Map<string, number>();
  return issues.map((i) => {
    const key = JSON.stringify(i.identity.map((x) => x ?? null));
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return createHash('sha256').update(n === 1 ? key : `${key}#${n}`).digest('hex').slice(0, 32);
  });
}

/** The rule of a code: its summary and help in the run's language first, then both languages in the help text. */
function rule(code: string, lang: Lang) {
  const h = CODE_HELP[code as keyof typeof CODE_HELP];
  const entry = (CODES as Record<string, { severity?: Severity }>)[code];
  const level = LEVEL[entry?.severity ?? 'warning'];
  if (!h) return { id: code, defaultConfiguration: { level } };
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return {
    id: code,
    name: code.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()),
    shortDescription: { text: h.summary[lang] },
    fullDescription: { text: h.help[lang] },
    help: {
      text: `${h.help[lang]}\n\n${h.help[other]}`,
      markdown: `**${h.summary[lang]}**\n\n${h.help[lang]}\n\n**${h.summary[other]}**\n\n${h.help[other]}`,
    },
    defaultConfiguration: { level },
    properties: { 'summary-zh': h.summary.zh, 'summary-en': h.summary.en, 'help-zh': h.help.zh, 'help-en': h.help.en },
  };
}

/** Where in the file: its line and column, else line 1 (a workbook cell, a notice-level diagnostic), since GitHub places an alert by its start line. */
function region(i: { line?: number | undefined; column?: number | undefined }) {
  return { region: { startLine: i.line ?? 1, ...(i.line && i.column ? { startColumn: i.column } : {}) } };
}

/**
 * SARIF 2.1.0: one run; the rules are the codes of the kind the command
 * reports (every one, so that a viewer can explain a code before it fires);
 * each result at its file and line, the task's line in its notice as a
 * related location, and a finding about no file (a unit that sent no report)
 * placed at the task in the notice instead.
 */
export function toSarif(issues: readonly CiIssue[], codes: readonly string[], tool: CiTool, lang: Lang): string {
  const rules = codes.map((c) => rule(c, lang));
  const index = new Map(codes.map((c, k) => [c, k]));
  const prints = fingerprints(issues);
  const results = issues.map((i, k) => {
    const cell = i.cell ? `${i.sheet ? `${i.sheet}!` : ''}${i.cell}` : '';
    const at = i.file ? { file: i.file, line: i.cell ? undefined : i.line, column: i.cell ? undefined : i.column } : i.related ? { file: i.related.file, line: i.related.line, column: undefined } : null;
    return {
      ruleId: i.code,
      ...(index.has(i.code) ? { ruleIndex: index.get(i.code) } : {}),
      level: LEVEL[i.severity],
      message: { text: cell ? `${i.message} (${cell})` : i.message },
      locations: at ? [{ physicalLocation: { artifactLocation: pathUri(at.file), ...region(at) }, ...(cell ? { logicalLocations: [{ name: cell, kind: 'element' }] } : {}) }] : [],
      ...(i.related && i.file ? { relatedLocations: [{ id: 1, physicalLocation: { artifactLocation: pathUri(i.related.file), region: { startLine: i.related.line } }, message: { text: i.related.message } }] } : {}),
      partialFingerprints: { 'policyCheck/v1': prints[k] },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, semanticVersion: tool.version, informationUri: tool.informationUri, language: lang === 'zh' ? 'zh-CN' : 'en-US', rules } },
        language: lang === 'zh' ? 'zh-CN' : 'en-US',
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: lang === 'zh' ? '运行 policy-check 的目录' : 'the folder policy-check ran in' } } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * GitLab Code Quality: an array of issues, each with a description, its code
 * as check_name, a fingerprint stable across runs, a severity and a path with
 * a line (line 1 for a workbook cell, which the description names). An issue
 * about no file is placed at its task in the notice.
 */
export function toGitlab(issues: readonly CiIssue[]): string {
  const prints = fingerprints(issues);
  const out = issues.map((i, k) => {
    const cell = i.cell ? `${i.sheet ? `${i.sheet}!` : ''}${i.cell}` : '';
    const at = i.file ? { path: i.file, line: i.cell ? 1 : (i.line ?? 1) } : i.related ? { path: i.related.file, line: i.related.line } : { path: '.', line: 1 };
    return {
      description: cell ? `${i.message} (${cell})` : i.message,
      check_name: i.code,
      fingerprint: prints[k],
      severity: GITLAB_SEVERITY[i.severity],
      location: { path: at.path.replace(/\\/g, '/'), lines: { begin: at.line } },
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * A command's findings or diagnostics as the CI format asked for: paths made
 * relative to `root` (see rebaseIssues), then SARIF with `codes` as its rules,
 * or GitLab Code Quality.
 */
export function ciOutput(format: 'sarif' | 'gitlab', issues: readonly CiIssue[], where: { cwd: string; root: string }, codes: readonly string[], tool: CiTool, lang: Lang): string {
  const rebased = rebaseIssues(issues, where.cwd, where.root);
  return format === 'gitlab' ? toGitlab(rebased) : toSarif(rebased, codes, tool, lang);
}
