/** The published package runs: every command works from an unpacked `npm pack` tarball. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, makeTemp, removeTemps } from './helpers.js';

afterAll(removeTemps);

test('parse, check, template, units and schema run from the packed package', () => {
  const dir = makeTemp('pc-pack-');
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' });
  expect(pack.status).toBe(0);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  expect(spawnSync('tar', ['-xzf', join(dir, tarball), '-C', dir]).status).toBe(0);
  const pkg = join(dir, 'package');
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  // outside CI: with no report named, check takes the bundled samples (in CI that is a usage error, tested in check-command)
  const run = (...args: string[]) => spawnSync(process.execPath, [join(pkg, 'bin/policy-check.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' } });
  const seed = join(pkg, 'seeds/fujian-2017-48-industry-university-research.txt');
  const parsed = run('parse', seed, '-f', 'json');
  expect([parsed.status, parsed.stderr.includes('internal error')]).toEqual([0, false]);
  expect(JSON.parse(parsed.stdout).documents[0].tasks[0].units[0].registry).toBe('fj.kjt');
  const checked = run('check', '-f', 'json');
  expect(checked.status).toBe(1);
  expect(JSON.parse(checked.stdout).summary.reports).toBeGreaterThan(10);
  expect(run('template', '-n', seed, '--unit', '省科技厅').status).toBe(0);
  expect(run('units', seed).status).toBe(0);
  expect(JSON.parse(run('schema').stdout).$schema).toContain('2020-12');
});

test('every file an npm script runs exists', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  // group 1, the script's path, is not optional
  const files = Object.values(pkg.scripts).flatMap((cmd) => [...cmd.matchAll(/\bnode (?!-)(\S+\.m?js)\b/g)].map((m) => m[1]!));
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const f of files) expect([f, existsSync(join(ROOT, f))]).toEqual([f, true]);
});

test('npm ci installs nothing that refuses the oldest supported Node (package.json engines): no EBADENGINE on Node 20', async () => {
  const { default: semver } = await import('semver');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
  const oldest = semver.minVersion(pkg.engines.node)!.version;
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }> };
  const refusing = Object.entries(lock.packages)
    .filter(([path, p]) => path && !p.optional && p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(oldest, p.engines.node))
    .map(([path, p]) => `${path} (${(p.engines as { node: string }).node})`);
  expect(refusing).toEqual([]);
});
