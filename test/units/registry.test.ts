/** Unit identity through the registry: resolution positive and negative, renames, collectives, the registry file itself. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, parse } from '../helpers.js';
import { makeTemp, removeTemps } from '../helpers.js';

afterAll(removeTemps);
import { Registry, type LoadedRegistry, type RegistryFile } from '../../src/units/registry.js';
import { UnitMatcher } from '../../src/units/resolve.js';
import { NoticeIndex } from '../../src/check/notice-index.js';
import { compileSchema } from '../../src/check/schema.js';
import { loadToSimplified } from '../../src/parse/extract/traditional.js';

const FUJIAN: LoadedRegistry = { file: 'src/registry/fujian.json', data: JSON.parse(readFileSync(join(ROOT, 'src/registry/fujian.json'), 'utf8')) as RegistryFile };
const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';

describe('the bundled registries', () => {
  test.each(readdirSync(join(ROOT, 'src/registry')).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')))('%s matches the registry schema and its links resolve', async (f) => {
    const validate = await compileSchema(JSON.parse(readFileSync(join(ROOT, 'src/registry/registry.schema.json'), 'utf8')));
    const data = JSON.parse(readFileSync(join(ROOT, 'src/registry', f), 'utf8')) as RegistryFile;
    expect(validate(data)).toEqual([]);
    const ids = new Set(data.units.map((u) => u.id));
    expect(ids.size).toBe(data.units.length);
    for (const u of data.units) {
      for (const l of [...(u.later ?? []), ...(u.former ?? [])]) {
        expect([u.id, ids.has(l.id)]).toEqual([u.id, true]);
        if (l.source) expect([u.id, l.source in (data.sources ?? {})]).toEqual([u.id, true]);
      }
      for (const m of u.members ?? []) expect(ids.has(m)).toBe(true);
    }
  });

  test('the Fujian facts asked for are recorded with sources', () => {
    const reg = new Registry([FUJIAN]);
    const later = (canonical: string) => {
      const e = reg.lookup(canonical)!;
      return (e.later ?? []).map((l) => [reg.get(l.id)!.canonical, l.relation, l.date ?? null, Boolean(l.source)]);
    };
    expect(later('省经信委')).toEqual([['省工业和信息化厅', 'renamed', '2018', true]]);
    expect(later('省卫计委')).toEqual([['省卫生健康委员会', 'renamed', '2018-10', true]]);
    expect(later('省农业厅')).toEqual([['省农业农村厅', 'renamed', '2018', true]]);
    expect(later('省环保厅')).toEqual([['省生态环境厅', 'renamed', '2018', true]]);
    expect(later('省知识产权局')).toEqual([['省市场监督管理局', 'placed-under', '2018-11', true]]);
    expect(later('省侨办')).toEqual([['省委统战部', 'merged-into', '2018', true]]);
    expect(later('省金融办')).toEqual([['省地方金融监督管理局', 'renamed', '2018', true]]);
    expect(later('福建银监局')).toEqual([['福建银保监局', 'merged-into', '2018', true]]);
    expect(later('福建银保监局')).toEqual([['国家金融监督管理总局福建监管局', 'renamed', '2023-07-20', true]]);
    expect(later('人行福州中心支行')).toEqual([['中国人民银行福建省分行', 'renamed', '2023-08-18', true]]);
    const members = reg.members(reg.lookup('各设区市人民政府')!).map((m) => m.canonical);
    expect(members).toEqual(['福州市人民政府', '厦门市人民政府', '莆田市人民政府', '三明市人民政府', '泉州市人民政府', '漳州市人民政府', '南平市人民政府', '龙岩市人民政府', '宁德市人民政府']);
    expect(members).not.toContain('平潭综合实验区管委会');
    expect(FUJIAN.data.unknown?.length).toBeGreaterThan(0);
  });
});

describe('resolution', () => {
  const reg = new Registry([FUJIAN]);
  const notice = parse(readFileSync(join(ROOT, N48), 'utf8'), 'n48');
  const index = new NoticeIndex(notice, reg);
  const resolve = (s: string) => index.matcher.resolve(s);

  test.each([
    ['省科技厅', '省科技厅', 'exact'],
    ['科技厅', '省科技厅', 'registry'],
    ['福建省科技厅', '省科技厅', 'registry'],
    ['福建省科学技术厅', '省科技厅', 'registry'],
    ['省科学技术厅', '省科技厅', 'registry'],
    ['经信委', '省经信委', 'registry'],
    ['福建省经济和信息化委员会', '省经信委', 'registry'],
    ['福建省工业和信息化厅', '省经信委', 'successor'],
    ['省工信厅', '省经信委', 'successor'],
    ['福建省市场监督管理局', '省知识产权局', 'successor'],
    ['福建省科学技术协会', '省科协', 'registry'],
    ['中国科学院海西研究院', '中科院海西研究院', 'registry'],
    ['福建省平潭综合实验区管理委员会', '平潭综合实验区管委会', 'registry'],
    ['平潭综合实验区管委会', '平潭综合实验区管委会', 'exact'],
    ['厦门市人民政府', '厦门市人民政府', 'exact'],
    ['厦门市政府', '厦门市人民政府', 'registry'],
    [' 省 科技厅 ', '省科技厅', 'exact'],
  ])('%s → %s (%s)', (written, unit, how) => {
    expect(resolve(written)).toEqual(expect.objectContaining({ unit, how }));
  });

  test('half- and full-width brackets are one name', () => {
    const m = new UnitMatcher(['各县（市、区）人民政府']);
    expect(m.resolve('各县(市、区)人民政府').unit).toBe('各县（市、区）人民政府');
  });

  test('Traditional characters resolve to the same unit', async () => {
    const t2s = await loadToSimplified();
    const trad = new Registry([FUJIAN], t2s);
    const idx = new NoticeIndex(notice, trad);
    expect(idx.matcher.resolve('福建省科學技術廳').unit).toBe('省科技厅');
    expect(idx.matcher.resolve('福建省工業和信息化廳').unit).toBe('省经信委');
  });

  test.each(['省科技馆', '福建省科技馆', '厦门市科技局', '省工商局', '泉州市发改委', '省科技厅办公室', '中国科学院'])('%s does not resolve', (written) => {
    expect(resolve(written).unit).toBeNull();
  });

  test('a name that resolves has the registry id; one that does not gets did-you-mean from every known name, as the notice writes it', () => {
    expect(resolve('福建省科学技术厅').registry).toBe('fj.kjt');
    expect(resolve('省科技馆').suggestions).toContain('省科技厅');
    // suggested as the notice names the unit (省工业和信息化厅 is the registry's later name of 省经信委)
    expect(resolve('福建省工业与信息化厅').suggestions).toEqual(['省经信委']);
  });

  test('the old name resolves to a notice written after the rename', () => {
    const later = parse('关于2019年工业稳增长的通知\n一、任务\n（一）推进技术改造。\n责任单位：省工信厅、省卫健委\n', 'n2019');
    const idx = new NoticeIndex(later, reg);
    expect(idx.matcher.resolve('福建省经济和信息化委员会').unit).toBe('省工信厅');
    expect(idx.matcher.resolve('省卫计委').unit).toBe('省卫健委');
  });

  test('a merger goes one way: the successor speaks for the merged unit, not the reverse', () => {
    const a = new NoticeIndex(parse('关于侨务工作的通知\n一、任务\n（一）联系侨胞。\n责任单位：省侨办\n', 'qiao'), reg);
    expect(a.matcher.resolve('省委统战部').unit).toBe('省侨办');
    const b = new NoticeIndex(parse('关于统战工作的通知\n一、任务\n（一）团结各界。\n责任单位：省委统战部\n', 'tz'), reg);
    expect(b.matcher.resolve('省侨办').unit).toBeNull();
  });

  test('collectives: members are parties, the collective and catch-alls are not', () => {
    const parties = [...index.parties.keys()];
    expect(parties).toEqual(expect.arrayContaining(['福州市人民政府', '厦门市人民政府', '宁德市人民政府', '平潭综合实验区管委会']));
    expect(parties).not.toContain('各设区市人民政府');
    expect(parties).not.toContain('省直有关部门');
    expect(index.tasksOf('厦门市人民政府').map((t) => t.id)).toEqual(['2.4.14', '2.4.15']);
  });
});

describe('check with the registry', () => {
  const report = (unit: string, tasks: string[]) =>
    JSON.stringify({ unit, document: '闽政〔2017〕48号', period: 'P', tasks: tasks.map((id) => ({ id, status: 'completed', progress: '已完成。', evidence: ['文号'] })) });

  test('a report signed 福建省工业和信息化厅 checks clean against a notice that assigns tasks to 经信委', async () => {
    const dir = makeTemp('pc-reg-');
    writeFileSync(join(dir, 'gxt.json'), report('福建省工业和信息化厅', ['2.1.1', '2.1.2', '2.1.3', '2.2.4', '2.2.5', '2.3.8', '2.3.10', '2.3.13', '2.4.14', '2.4.15']));
    const r = await runCli(['check', '-n', N48, dir, '-f', 'json']);
    const out = JSON.parse(r.stdout);
    const mine = out.units.find((u: { unit: string }) => u.unit === '省经信委');
    expect(mine).toEqual(expect.objectContaining({ reports: [join(dir, 'gxt.json')], assigned: 10, reported: 10, gaps: 0 }));
    expect(out.findings.filter((f: { unit: string }) => f.unit === '省经信委')).toEqual([]);
  });

  test('a report from 厦门市人民政府 removes Xiamen, and only Xiamen, from the collective missing list', async () => {
    const dir = makeTemp('pc-reg-');
    writeFileSync(join(dir, 'kjt.json'), report('省科技厅', ['2.1.1']));
    const before = JSON.parse((await runCli(['check', '-n', N48, dir, '-f', 'json'])).stdout);
    const missingCities = (out: { findings: { code: string; unit: string; params: { collective?: string } }[] }) =>
      out.findings.filter((f) => f.code === 'no-report' && f.params.collective === '各设区市人民政府').map((f) => f.unit);
    expect(missingCities(before)).toHaveLength(9);
    writeFileSync(join(dir, 'xm.json'), report('厦门市人民政府', ['2.4.14', '2.4.15']));
    const after = JSON.parse((await runCli(['check', '-n', N48, dir, '-f', 'json'])).stdout);
    expect(missingCities(after)).toEqual(missingCities(before).filter((u) => u !== '厦门市人民政府'));
    expect(after.findings.filter((f: { unit: string }) => f.unit === '厦门市人民政府')).toEqual([]);
  });

  test('the no-report gap of a collective names the member and the collective', async () => {
    const r = await runCli(['check', '-n', N48, 'fixtures/reports/2018-H2', '--no-color']);
    // units that only sent no report share one line per notice and period, each with its tasks and, for a member, its collective
    expect(r.stdout).toMatch(/No report from \d+ units \(闽政〔2017〕48号 · 2018-H2\) \[no-report\]\n {2}.*福州市人民政府 \(member of 各设区市人民政府, 2 tasks\)/);
  });
});

describe('parse adds canonical names and registry ids', () => {
  test('units of a Fujian notice', async () => {
    const doc = JSON.parse((await runCli(['parse', N48, '-f', 'json'])).stdout).documents[0];
    const u = doc.tasks.find((t: { id: string }) => t.id === '2.4.15').units;
    expect(u.map((x: { name: string; canonical: string; registry: string | null }) => [x.name, x.canonical, x.registry])).toEqual([
      ['省科技厅', '省科技厅', 'fj.kjt'],
      ['省发改委', '省发改委', 'fj.fgw'],
      ['省经信委', '省经信委', 'fj.jxw'],
      ['省教育厅', '省教育厅', 'fj.jyt'],
      ['省财政厅', '省财政厅', 'fj.czt'],
      ['省直有关部门', '省直有关部门', 'fj.szyg'],
      ['各设区市人民政府', '各设区市人民政府', 'fj.sqsrmzf'],
      ['平潭综合实验区管委会', '平潭综合实验区管委会', 'fj.pt'],
    ]);
    expect(doc.diagnostics.filter((d: { code: string }) => d.code === 'unknown-units')).toEqual([]);
  });

  test('names no registry knows: one info diagnostic per notice listing them', async () => {
    const file = 'fixtures/parse/zhejiang-provincial-lead-coop-lines.txt';
    const doc = JSON.parse((await runCli(['parse', file, '-f', 'json'])).stdout).documents[0];
    const info = doc.diagnostics.filter((d: { code: string }) => d.code === 'unknown-units');
    expect(info).toHaveLength(1);
    expect(info[0].severity).toBe('info');
    expect(info[0].params.units).toContain('省经信厅');
    // a Zhejiang notice is not matched against the Fujian registry
    expect(doc.tasks[0].units[0].registry).toBeNull();
  });
});

describe('--registry', () => {
  const dir = makeTemp('pc-reg-');
  const extra = {
    jurisdiction: '福建省',
    appliesTo: ['福建', '闽'],
    units: [
      { id: 'fj.kjt', canonical: '省科技厅', fullName: '福建省科学技术厅', aliases: ['科技主管部门'], level: '省', kind: 'government-department' },
      { id: 'fj.kjg', canonical: '省科技馆', fullName: '福建省科学技术馆', level: '省', kind: 'mass-organisation' },
    ],
  };
  writeFileSync(join(dir, 'extra.json'), JSON.stringify(extra, null, 2));

  test('adds and overrides entries', async () => {
    const dirR = makeTemp('pc-reg-');
    writeFileSync(join(dirR, 'r.json'), JSON.stringify({ unit: '科技主管部门', document: '闽政〔2017〕48号', period: 'P', tasks: [] }));
    const without = JSON.parse((await runCli(['check', '-n', N48, dirR, '-f', 'json'])).stdout);
    expect(without.findings.map((f: { code: string }) => f.code)).toContain('unknown-unit');
    const withIt = JSON.parse((await runCli(['check', '-n', N48, dirR, '-f', 'json', '--registry', join(dir, 'extra.json')])).stdout);
    expect(withIt.findings.filter((f: { code: string }) => f.code === 'unknown-unit')).toEqual([]);
    expect(withIt.findings.filter((f: { code: string; unit: string }) => f.code === 'missing-task' && f.unit === '省科技厅')).toHaveLength(15);
  });

  test.each([
    ['not JSON', '{"jurisdiction": "福建省",\n  "units": [\n}', 3, 1, 'not valid JSON'],
    ['a missing field', '{\n  "jurisdiction": "福建省",\n  "units": [\n    { "id": "fj.x", "kind": "government-department" }\n  ]\n}', 4, 5, 'missing "canonical"'],
    ['a bad kind', '{\n  "jurisdiction": "福建省",\n  "units": [\n    { "id": "fj.x", "canonical": "省某局", "kind": "bureau" }\n  ]\n}', 4, 49, '/units/0/kind'],
    ['an unknown field', '{\n  "jurisdiction": "福建省",\n  "unitz": []\n}', 1, 1, 'missing "units"'],
    ['a link to nothing', '{\n  "jurisdiction": "福建省",\n  "units": [\n    { "id": "fj.x", "canonical": "省某局", "kind": "government-department",\n      "later": [{ "id": "fj.nowhere", "relation": "renamed" }] }\n  ]\n}', 5, 25, 'no unit with id "fj.nowhere"'],
    ['a duplicate id', '{\n  "jurisdiction": "福建省",\n  "units": [\n    { "id": "fj.x", "canonical": "省某局", "kind": "government-department" },\n    { "id": "fj.x", "canonical": "省某厅", "kind": "government-department" }\n  ]\n}', 5, 13, 'duplicate id'],
  ])('a bad registry file (%s) is one line with file:line:column, exit 2', async (_name, text, line, column, reason) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, text);
    const r = await runCli(['parse', N48, '--registry', file, '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`bad registry ${file}:${line}:${column}:`);
    expect(lines[0]).toContain(reason);
  });

  test('a registry file that does not exist', async () => {
    const r = await runCli(['check', '--registry', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`policy-check: ${join(dir, 'nope.json')}: no such file`);
  });
});
