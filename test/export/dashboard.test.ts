/**
 * The dashboard in a real browser: headless Chromium (Debian's `chromium`
 * package, or CHROMIUM_PATH), driven by playwright-core. The page is written
 * by the CLI from fixtures/history; the test reads it as a person would.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { makeTemp, removeTemps, runCli } from '../helpers.js';

const N48 = 'seeds/fujian-2017-48-industry-university-research.txt';
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

let browser: Browser;
const dir = makeTemp('pc-dash-');
const page = join(dir, 'report.html');

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('no Chromium: apt-get install -y chromium (.ci/run does), or set CHROMIUM_PATH');
  const r = await runCli(['check', '-n', N48, 'fixtures/history', '-f', 'html', '-o', page, '--fail-on', 'none']);
  expect(r.code).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  removeTemps();
});

async function open(width = 1280): Promise<{ p: Page; errors: string[]; requests: string[] }> {
  const p = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('request', (q) => requests.push(q.url()));
  await p.goto(`file://${page}`);
  return { p, errors, requests };
}

test('one self-contained page: no request but the page itself, no console error, under 1 MB', async () => {
  const { p, errors, requests } = await open();
  expect(errors).toEqual([]);
  expect(requests).toEqual([`file://${page}`]);
  expect(statSync(page).size).toBeLessThan(1024 * 1024);
  await p.close();
});

test('every unit, period and task id of the notice is on the page', async () => {
  const { p } = await open();
  const units = JSON.parse((await runCli(['units', N48, '-f', 'json'])).stdout).documents[0].units.map((u: { unit: string }) => u.unit) as string[];
  const tasks = JSON.parse((await runCli(['parse', N48, '-f', 'json'])).stdout).documents[0].tasks.map((t: { id: string }) => t.id) as string[];
  const heatUnits = await p.locator('table.heat tbody th').allTextContents();
  const heatTasks = await p.locator('table.heat th.task').allTextContents();
  const periods = await p.locator('select[id^="period-"] option').allTextContents();
  // 各设区市人民政府 reports through its members, each by name
  expect(heatUnits).toEqual(expect.arrayContaining(units.filter((u) => u !== '各设区市人民政府' && u !== '省直有关部门')));
  expect(heatUnits).toEqual(expect.arrayContaining(['福州市人民政府', '宁德市人民政府']));
  expect(heatTasks).toEqual(tasks);
  expect(periods).toEqual(['2018-H1', '2018-H2', '2019-H1']);
  await p.close();
});

test('switching the period changes the heatmap; a cell tells its status, progress, finding and place', async () => {
  const { p, errors } = await open();
  const state = (unit: string, task: string) => p.locator(`td[data-unit="${unit}"][data-task="${task}"]`).getAttribute('data-state');
  expect(await p.locator('table.heat').getAttribute('data-period')).toBe('2019-H1');
  expect(await state('省教育厅', '2.2.4')).toBe('completed');
  expect(await state('省科协', '2.2.6')).toBe('none');
  await p.selectOption('#period-0', '2018-H2');
  expect(await p.locator('table.heat').getAttribute('data-period')).toBe('2018-H2');
  expect(await state('省教育厅', '2.2.4')).toBe('in_progress');
  expect(await state('省科协', '2.2.6')).toBe('in_progress');
  await p.locator('td[data-unit="省科协"][data-task="2.2.6"]').click();
  const detail = await p.locator('#detail').textContent();
  expect(detail).toContain('[status-regressed]');
  expect(detail).toContain('联合实验室建设方案经双方修改后重新报批。');
  expect(detail).toContain('fixtures/history/2018-H2-kexie.json:');
  expect(await p.locator('table.bars tr[data-unit="省人社厅"] td').nth(1).textContent()).toBe('100% (1/1)');
  expect(errors).toEqual([]);
  await p.screenshot({ path: join(dir, 'dashboard.png'), fullPage: true });
  expect(statSync(join(dir, 'dashboard.png')).size).toBeGreaterThan(10_000);
  await p.close();
});

test('the bars sort by share, the findings filter by unit, code and severity, the trend has a line per unit', async () => {
  const { p } = await open();
  await p.getByRole('button', { name: 'sort by share' }).click();
  const first = await p.locator('table.bars tr[data-unit]').first().getAttribute('data-unit');
  expect(first).toBe('省教育厅');
  const rows = p.locator('#findings-table tbody tr');
  const all = await rows.count();
  await p.selectOption('#findings select >> nth=1', 'stalled');
  expect(await rows.count()).toBe(2);
  expect(await rows.allTextContents()).toEqual([expect.stringContaining('省国资委'), expect.stringContaining('省国资委')]);
  await p.selectOption('#findings select >> nth=1', '');
  await p.selectOption('#findings select >> nth=2', 'warning');
  expect(await rows.count()).toBeLessThan(all);
  expect(await p.locator('tr[data-trend] svg').count()).toBeGreaterThan(20);
  await p.close();
});

test('in Chinese; readable on a phone (no cell wider than the screen but the heatmap, which scrolls)', async () => {
  const zh = join(dir, 'zh.html');
  expect((await runCli(['check', '-n', N48, 'fixtures/history', '-f', 'html', '-o', zh, '--fail-on', 'none', '--lang', 'zh'])).code).toBe(0);
  const html = readFileSync(zh, 'utf8');
  expect(html).toContain('<html lang="zh-CN">');
  const p = await browser.newPage({ viewport: { width: 390, height: 800 } });
  await p.goto(`file://${zh}`);
  expect(await p.locator('h1').textContent()).toBe('政策落实进展');
  expect(await p.locator('#legend').textContent()).toContain('未报送');
  // evaluated in the page: the test's own types know no DOM
  const overflow = await p.evaluate('document.documentElement.scrollWidth - window.innerWidth');
  expect(overflow).toBeLessThanOrEqual(1);
  await p.close();
});

test('text from a report cannot become markup', async () => {
  const hostile = makeTemp('pc-dash-h-');
  const report = { unit: '省国资委', document: '闽政〔2017〕48号', period: '2018-H1', tasks: [{ id: '2.1.3', status: 'in_progress', progress: '</script><img src=x onerror="window.pwned=1">' }] };
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(hostile, 'r.json'), JSON.stringify(report));
  const out = join(hostile, 'x.html');
  await runCli(['check', '-n', N48, hostile, '-f', 'html', '-o', out, '--fail-on', 'none']);
  expect(readFileSync(out, 'utf8')).not.toContain('</script><img');
  const p = await browser.newPage();
  await p.goto(`file://${out}`);
  expect(await p.evaluate('window.pwned')).toBeUndefined();
  expect(await p.locator('img').count()).toBe(0);
  await p.close();
});
