/**
 * SARIF and GitLab Code Quality output: validated against the official SARIF
 * 2.1.0 schema (test/export/schemas/sarif-schema-2.1.0.json, from the OASIS
 * repository oasis-tcs/sarif-spec, sarif-2.1/schema/) with ajv, and against
 * GitLab's documented shape, for check findings and parse diagnostics, from
 * the CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fingerprints, pathUri, toGitlab, toSarif, type CiIssue } from '../../src/export/ci-formats.js';
import { CODE_HELP } from '../../src/model/code-help.js';
import { CODES, DIAGNOSTIC_CODES, FINDING_CODES } from '../../src/model/codes.js';
import { makeTemp, removeTemps, ROOT, runCli } from '../helpers.js';

const require = createRequire(import.meta.url);
// the SARIF schema is draft-04: ajv's draft-04 build, with the uri, uri-reference and date-time formats checked
const Ajv04 = require('ajv-draft-04') as new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } };
const addFormats = require('ajv-formats') as (ajv: unknown) => void;
const ajv = new Ajv04({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/export/schemas/sarif-schema-2.1.0.json'), 'utf8')));

function expectValidSarif(text: string) {
  const log = JSON.parse(text);
  const ok = validateSarif(log);
  if (!ok) throw new Error(JSON.stringify(validateSarif.errors, null, 2));
  return log;
}

afterAll(removeTemps);

const issue = (over: Partial<CiIssue>): CiIssue => ({ severity: 'error', code: 'missing-task', message: 'm', file: 'reports/a.json', line: 3, column: 5, identity: ['missing-task', 'reports/a.json', '1.1'], ...over });
const TOOL = { name: 'policy-check', version: '0.1.0', informationUri: 'https://www.npmjs.com/package/policy-check' };

describe('the pieces', () => {
  test('the schema check can fail: a level SARIF does not know, or a result without a message, is refused', () => {
    const log = (result: object) => ({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [result] }] });
    expect(validateSarif(log({ message: { text: 'm' }, level: 'note' }))).toBe(true);
    expect(validateSarif(log({ message: { text: 'm' }, level: 'fatal' }))).toBe(false);
    expect(validateSarif(log({ level: 'note' }))).toBe(false);
    expect(validateSarif(log({ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' } } }] }))).toBe(false);
  });

  test('every diagnostic and finding code has help in both languages', () => {
    for (const code of [...Object.keys(DIAGNOSTIC_CODES), ...Object.keys(FINDING_CODES)]) {
      const h = CODE_HELP[code as keyof typeof CODE_HELP];
      expect(h?.summary.zh && h.summary.en && h.help.zh && h.help.en).toBeTruthy();
    }
    // and no other: a code taken out of the table takes its help with it
    expect(Object.keys(CODE_HELP).filter((c) => !(c in CODES))).toEqual([]);
  });

  test('paths become URI references: relative ones encoded with forward slashes under %SRCROOT%, absolute ones file: URIs', () => {
    expect(pathUri('reports/省科技厅 报告.json')).toEqual({ uri: 'reports/%E7%9C%81%E7%A7%91%E6%8A%80%E5%8E%85%20%E6%8A%A5%E5%91%8A.json', uriBaseId: '%SRCROOT%' });
    expect(pathUri('reports\\a#1.json')).toEqual({ uri: 'reports/a%231.json', uriBaseId: '%SRCROOT%' });
    expect(pathUri('/tmp/x y.json').uri).toBe('file:///tmp/x%20y.json');
  });

  test('fingerprints follow the identity, not the line, and two issues sharing one still differ', () => {
    const [a, b, c, d] = fingerprints([issue({ line: 3 }), issue({ line: 90 }), issue({ identity: ['missing-task', 'reports/a.json', '1.2'] }), issue({})]);
    expect(fingerprints([issue({ line: 3 })])[0]).toBe(a);
    expect(fingerprints([issue({ line: 40 })])[0]).toBe(a);
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  test('a workbook cell is named in the message and as a logical location; a finding about no file stands at its task in the notice', () => {
    const log = expectValidSarif(
      toSarif(
        [issue({ file: 'r.xlsx', sheet: '落实情况', cell: 'E7', line: undefined, column: undefined }), issue({ file: null, related: { file: 'notice.txt', line: 12, message: 'task 1.1' } })],
        ['missing-task'],
        TOOL,
        'en',
      ),
    );
    const [cell, none] = log.runs[0].results;
    expect(cell.message.text).toBe('m (落实情况!E7)');
    expect(cell.locations[0].logicalLocations).toEqual([{ name: '落实情况!E7', kind: 'element' }]);
    // GitHub places an alert by its start line: a cell's is line 1
    expect(cell.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(none.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'notice.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 12 } });
    for (const res of log.runs[0].results) expect(res.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    const gitlab = JSON.parse(toGitlab([issue({ file: 'r.xlsx', sheet: 'S', cell: 'B2' }), issue({ file: null, related: { file: 'n.txt', line: 7, message: '' } })]));
    expect(gitlab.map((g: { location: unknown }) => g.location)).toEqual([
      { path: 'r.xlsx', lines: { begin: 1 } },
      { path: 'n.txt', lines: { begin: 7 } },
    ]);
  });
});

describe('check --format sarif and gitlab', () => {
  test('SARIF of the bundled reports is valid SARIF 2.1.0: every finding a result with its rule, place, the task in the notice, and a fingerprint', async () => {
    const json = JSON.parse((await runCli(['check', '--fail-on', 'none', '-f', 'json'])).stdout);
    const r = await runCli(['check', '--fail-on', 'none', '-f', 'sarif']);
    expect(r.code).toBe(0);
    const log = expectValidSarif(r.stdout);
    const run = log.runs[0];
    const rules = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(rules).toEqual(Object.keys(FINDING_CODES));
    expect(run.results).toHaveLength(json.findings.length);
    for (const [k, res] of run.results.entries()) {
      const f = json.findings[k];
      expect(res.ruleId).toBe(f.code);
      expect(rules[res.ruleIndex]).toBe(f.code);
      expect(res.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity as string]);
      expect(res.message.text).toContain(f.message);
      if (f.file && f.line) expect(res.locations[0].physicalLocation.region.startLine).toBe(f.line);
      if (f.file && f.noticeLine) expect(res.relatedLocations[0].physicalLocation.region.startLine).toBe(f.noticeLine);
    }
    const missing = run.results.find((x: { ruleId: string }) => x.ruleId === 'missing-task');
    expect(missing.relatedLocations[0].physicalLocation.artifactLocation.uri).toMatch(/^seeds\/fujian-.*\.txt$/);
    expect(new Set(run.results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['policyCheck/v1'])).size).toBe(run.results.length);
    // the rules explain themselves in the run's language, and carry the other language too
    const zh = expectValidSarif((await runCli(['check', '--fail-on', 'none', '-f', 'sarif', '--lang', 'zh'])).stdout);
    const rule = zh.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'missing-task');
    expect(rule.shortDescription.text).toBe(CODE_HELP['missing-task'].summary.zh);
    expect(rule.help.text).toContain(CODE_HELP['missing-task'].help.en);
  });

  test('GitLab Code Quality: each finding with description, check_name, severity, path and line; fingerprints unique and the same run after run', async () => {
    const json = JSON.parse((await runCli(['check', '--fail-on', 'none', '-f', 'json'])).stdout);
    const a = JSON.parse((await runCli(['check', '--fail-on', 'none', '-f', 'gitlab'])).stdout);
    const b = JSON.parse((await runCli(['check', '--fail-on', 'none', '-f', 'gitlab'])).stdout);
    expect(a).toHaveLength(json.findings.length);
    for (const [k, g] of a.entries()) {
      expect(Object.keys(g).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(g.check_name).toBe(json.findings[k].code);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(g.severity);
      expect(g.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(g.location.path).not.toMatch(/\\/);
    }
    expect(new Set(a.map((g: { fingerprint: string }) => g.fingerprint)).size).toBe(a.length);
    expect(b.map((g: { fingerprint: string }) => g.fingerprint)).toEqual(a.map((g: { fingerprint: string }) => g.fingerprint));
  });

  test('control characters and escapes from a report stay escaped in SARIF', async () => {
    const dir = makeTemp('pc-sarif-');
    const report = join(dir, 'r.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(report, JSON.stringify({ document: '闽政〔2017〕48号', unit: '省科技厅\u001b[31m', period: '2018-H1', tasks: [] }));
    const r = await runCli(['check', report, '-f', 'sarif', '--fail-on', 'none']);
    expect(r.stdout).not.toMatch(/\u001b/);
    expectValidSarif(r.stdout);
  });
});

test('paths are relative to the config file\'s folder wherever the tool runs, and so are the fingerprints', async () => {
  const { cpSync, mkdirSync, writeFileSync: write } = await import('node:fs');
  const dir = makeTemp('pc-sarif-root-');
  cpSync(join(ROOT, 'fixtures/reports'), join(dir, 'reports'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(dir, 'notices'), { recursive: true });
  mkdirSync(join(dir, 'sub'));
  write(join(dir, 'policy-check.config.json'), JSON.stringify({ notices: ['notices/*.txt'], reports: ['reports'] }));
  const fromRoot = JSON.parse((await runCli(['check', '-f', 'sarif', '--fail-on', 'none'], { cwd: dir })).stdout).runs[0].results;
  const fromSub = JSON.parse((await runCli(['check', '-f', 'sarif', '--fail-on', 'none'], { cwd: join(dir, 'sub') })).stdout).runs[0].results;
  const uris = (rs: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]) => rs.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
  expect(uris(fromSub)).toEqual(uris(fromRoot));
  expect(uris(fromRoot).every((u) => u.startsWith('reports/') || u.startsWith('notices/'))).toBe(true);
  const prints = (rs: { partialFingerprints: Record<string, string> }[]) => rs.map((x) => x.partialFingerprints['policyCheck/v1']);
  expect(prints(fromSub)).toEqual(prints(fromRoot));
});

describe('parse --format sarif and gitlab', () => {
  test('diagnostics of a notice are SARIF results at their lines, with the parser codes as rules', async () => {
    const r = await runCli(['parse', 'fixtures/parse/shaanxi-encoding-damage-question-marks.txt', '-f', 'sarif']);
    const log = expectValidSarif(r.stdout);
    const json = JSON.parse((await runCli(['parse', 'fixtures/parse/shaanxi-encoding-damage-question-marks.txt', '-f', 'json'])).stdout);
    const diags = json.documents[0].diagnostics;
    expect(diags.length).toBeGreaterThan(0);
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(Object.keys(DIAGNOSTIC_CODES));
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(diags.map((d: { code: string }) => d.code));
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(diags[0].line);
    const gitlab = JSON.parse((await runCli(['parse', 'fixtures/parse/shaanxi-encoding-damage-question-marks.txt', '-f', 'gitlab'])).stdout);
    expect(gitlab.map((g: { check_name: string }) => g.check_name)).toEqual(diags.map((d: { code: string }) => d.code));
  });

  test('a notice that cannot be read still gives a valid, empty SARIF log on standard output, and exit 2', async () => {
    const r = await runCli(['parse', 'no/such/notice.txt', '-f', 'sarif']);
    expect(r.code).toBe(2);
    expect(expectValidSarif(r.stdout).runs[0].results).toEqual([]);
  });
});
