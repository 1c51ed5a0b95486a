/**
 * The seeds as other copies of them look: the same notice with the changes a web
 * page, a Word export, a PDF copy or another editor brings gives the same records
 * as fixtures/gold.
 */
import { join } from 'node:path';
import { FIXTURES, SEEDS, readText } from '../helpers.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

interface GoldTask {
  id: string;
  title: string;
  units: string[];
}
interface Gold {
  title: string;
  docNumber: string;
  issuer: string;
  signedDate: string;
  tasks: GoldTask[];
}

const SEED_2017 = 'fujian-2017-48-industry-university-research';
const SEED_2018 = 'fujian-2018-technology-transfer-division';

const toFullWidthDigits = (d: string) => [...d].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');

/** Breaks every line longer than `width` into lines of `width` characters, as a PDF copy does. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const s = line.trim();
      if (s.length <= width) return line;
      const out: string[] = [];
      for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
      return out.join('\n');
    })
    .join('\n');
}

const CHANGES: [string, (t: string) => string][] = [
  ['Windows line ends', (t) => t.replace(/\n/g, '\r\n')],
  ['half-width brackets', (t) => t.replace(/（/g, '(').replace(/）/g, ')')],
  ['half-width colons', (t) => t.replace(/：/g, ':')],
  ['no indentation', (t) => t.replace(/^[ \t\u3000]+/gm, '')],
  ['tab indentation', (t) => t.replace(/^[ \t\u3000]+/gm, '\t')],
  ['no-break-space indentation', (t) => t.replace(/^[ \t\u3000]+/gm, '\u00a0\u00a0')],
  ['full-width item numbers', (t) => t.replace(/^(\s*)(\d+)\./gm, (_m, sp: string, d: string) => `${sp}${toFullWidthDigits(d)}．`)],
  ['item numbers written 1、', (t) => t.replace(/^(\s*)(\d+)\./gm, '$1$2、')],
  ['a space after item numbers', (t) => t.replace(/^(\s*)(\d+)\./gm, '$1$2. ')],
  ['a blank line after every line', (t) => t.replace(/\n/g, '\n\n')],
  ['trailing spaces', (t) => t.replace(/\n/g, '  \n')],
];

function load(name: string): { text: string; gold: Gold } {
  return {
    text: readText(join(SEEDS, `${name}.txt`)).replace(/^\ufeff/, ''),
    gold: JSON.parse(readText(join(FIXTURES, 'gold', `${name}.gold.json`))) as Gold,
  };
}

function expectGold(text: string, gold: Gold): void {
  const doc = parseNotice(text, { id: 'x', file: 'x.txt' });
  expect({ title: doc.title, docNumber: doc.docNumber, issuer: doc.issuer, signedDate: doc.signedDate }).toEqual({
    title: gold.title,
    docNumber: gold.docNumber,
    issuer: gold.issuer,
    signedDate: gold.signedDate,
  });
  expect(doc.tasks.map((t) => ({ id: t.id, title: t.title, units: t.units.map((u) => u.name) }))).toEqual(
    gold.tasks.map((t) => ({ id: t.id, title: t.title, units: t.units })),
  );
}

describe.each([SEED_2017, SEED_2018])('%s', (name) => {
  const { text, gold } = load(name);
  test.each(CHANGES)('with %s', (_label, change) => expectGold(change(text), gold));
});

test(`${SEED_2017} hard-wrapped at 30 and at 24 characters`, () => {
  // The other seed is not wrapped here: its own lines already glue headings and the
  // signature to unit lines, and wrapping those again cuts the glued pieces apart.
  const { text, gold } = load(SEED_2017);
  expectGold(hardWrap(text, 30), gold);
  expectGold(hardWrap(text, 24), gold);
});

test(`${SEED_2018} with its title broken before 的通知`, () => {
  const { text, gold } = load(SEED_2018);
  const broken = text.replace(gold.title, gold.title.replace(/的通知$/, '\n的通知'));
  expect(broken).not.toBe(text);
  expectGold(broken, gold);
});
