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
