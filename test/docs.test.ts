/** The README and the messages keep up with the code: every code is documented and has both languages. */
import { join } from 'node:path';
import { ROOT, readText } from './helpers.js';
import { DIAGNOSTIC_CODES } from '../src/model/diagnostic.js';
import { FINDING_CODES } from '../src/check/findings.js';
import { hasMessage, message } from '../src/i18n.js';

const readme = readText(join(ROOT, 'README.md'));

describe.each([
  ['diagnostic', Object.entries(DIAGNOSTIC_CODES)],
  ['finding', Object.entries(FINDING_CODES)],
])('every %s code', (_kind, codes) => {
  test.each(codes)('%s is in the README with its severity, and has a message in Chinese and English', (code, severity) => {
    expect(readme).toMatch(new RegExp(`\\| \`${code}\` \\| ${severity}`));
    const params = { context: 'x', items: 1, title: 't', id: '1', n: 2, units: 'u', encoding: 'gb18030', table: 1, row: 2, number: '3.', declared: 'gb2312', used: 'utf-8', count: 1, reason: 'r', size: '1 MB', limit: '10 MB', depth: 9, pointer: '/', detail: 'd', written: 'w', suggestions: '', first: 1, tasks: 1, other: 'o', field: 'f', where: '/', unit: 'u', problems: '', deadline: 'd', due: '2019-01-01', asOf: '2019-01-02', status: 's' };
    const zh = message('zh', code, params);
    const en = message('en', code, params);
    expect(hasMessage(code)).toBe(true);
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
