/** Operating-system errors are one line in words, for reads and writes, in both languages. */
import { fsError, writeError } from '../../src/cli/io.js';
import { message } from '../../src/i18n.js';

const err = (code: string) => Object.assign(new Error(code), { code });

test.each([
  ['EEXIST', 'cannot write: a file of that name exists', '无法写入：已有同名文件'],
  ['EBUSY', 'cannot write: the file is in use', '无法写入：文件正被占用'],
  ['ENAMETOOLONG', 'cannot write: the file name is too long', '无法写入：文件名过长'],
  ['EMFILE', 'cannot write: too many open files', '无法写入：打开的文件过多'],
])('a write failing with %s says why in words', (code, en, zh) => {
  const e = writeError('out.json', err(code));
  expect([message('en', e.code, e.params), message('zh', e.code, e.params)]).toEqual([en, zh]);
});

test.each([
  ['EIO', 'cannot read: input/output error (a failing disk or network drive)'],
  ['ELOOP', 'cannot read: a loop of symbolic links'],
  ['EWEIRD', 'cannot read: EWEIRD'],
])('a read failing with %s says why in words (an error the tool does not know by its code)', (code, en) => {
  const e = fsError(err(code));
  expect(message('en', e.code, e.params)).toBe(en);
});

describe('a large output is written in blocks, one block serving throughout a file', () => {
  test('pieces of every size, blocks filled and refilled, come out as they went in', async () => {
    const { writeAtomic } = await import('../../src/cli/io.js');
    const { makeTemp, removeTemps } = await import('../helpers.js');
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    // distinct pieces (a block written late or refilled early would show), one longer than a block, three-byte characters
    const pieces = Array.from({ length: 40_000 }, (_, k) => `${k}:${'任务'.repeat(k % 37)}\n`);
    pieces.splice(20_000, 0, '长'.repeat(700_000));
    const file = join(makeTemp('pc-blocks-'), 'out.txt');
    try {
      await writeAtomic(file, pieces, process.cwd());
      const written = readFileSync(file, 'utf8');
      expect(Buffer.byteLength(written)).toBeGreaterThan(4 << 20);
      expect(written === pieces.join('')).toBe(true);
    } finally {
      removeTemps();
    }
  });
});
