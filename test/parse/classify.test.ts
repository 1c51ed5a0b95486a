/**
 * Line-kind golden files: fixtures/lines/<scenario>/input.txt and kinds.txt,
 * one line of kinds for each source line, as the classify pass sees it. A
 * change of classification shows as a diff of kinds.txt; rewrite them on
 * purpose with UPDATE_GOLDEN=1 npm test, and read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeLines } from '../../src/parse/parse-notice.js';
import { loadToSimplified, looksTraditional } from '../../src/parse/extract/traditional.js';
import { FIXTURES } from '../helpers.js';

const dir = join(FIXTURES, 'lines');
const scenarios = readdirSync(dir).sort();
const update = process.env.UPDATE_GOLDEN === '1';

test('there are line-kind scenarios', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(8);
});

test.each(scenarios)('%s', async (scenario) => {
  const text = readFileSync(join(dir, scenario, 'input.txt'), 'utf8').replace(/^\ufeff/, '');
  const toSimplified = looksTraditional(text) ? await loadToSimplified() : undefined;
  const kinds = describeLines(text, toSimplified);
  const numbered = kinds.map((k, i) => `${i + 1}\t${k}`).join('\n') + '\n';
  const golden = join(dir, scenario, 'kinds.txt');
  if (update || !existsSync(golden)) writeFileSync(golden, numbered);
  expect(numbered).toBe(readFileSync(golden, 'utf8'));
  // one entry per source line
  expect(kinds).toHaveLength(text.split(/\r\n|\r|\n/).length);
});
