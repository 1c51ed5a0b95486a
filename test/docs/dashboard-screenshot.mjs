/**
 * The README's picture of the dashboard: `check --format html` over
 * fixtures/history, opened in headless Chromium (Debian's `chromium`, or
 * CHROMIUM_PATH) by playwright-core, the 2018-H2 period chosen and a cell
 * clicked. Run: npm run docs:screenshot. Writes docs/dashboard.png.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'pc-dash-'));
const html = join(work, 'report.html');
execFileSync(process.execPath, [join(ROOT, 'bin/policy-check.js'), 'check', '-n', join(ROOT, 'seeds/fujian-2017-48-industry-university-research.txt'), join(ROOT, 'fixtures/history'), '-f', 'html', '-o', html, '--fail-on', 'none', '--lang', 'zh'], { cwd: ROOT });
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, deviceScaleFactor: 1 });
await page.goto(`file://${html}`);
await page.selectOption('#period-0', '2018-H2');
await page.locator('td[data-unit="省科协"][data-task="2.2.6"]').click();
await page.screenshot({ path: join(ROOT, 'docs', 'dashboard.png'), clip: { x: 0, y: 0, width: 1100, height: 1400 } });
await browser.close();
rmSync(work, { recursive: true, force: true });
console.log('docs/dashboard.png');
