/** Positions in a JSON report: shallow paths from one streaming pass agree with the tree, missing values fall back to their nearest ancestor. */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex, Positions } from '../../src/check/json-positions.js';
import { ROOT } from '../helpers.js';

/** The place the tree gives: the node at the path, else its deepest existing ancestor. */
function byTree(text: string, path: (string | number)[]) {
  const root = parseTree(text)!;
  let node: Node | undefined;
  for (let k = path.length; k >= 0 && !node; k--) node = findNodeAtLocation(root, path.slice(0, k));
  return new LineIndex(text).at(node!.offset);
}

const dir = join(ROOT, 'fixtures/reports/2018-H1');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

test.each(files)('%s: every path a finding may name is placed as the tree places it', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const value = JSON.parse(text) as { tasks?: Record<string, unknown>[] };
  const pos = new Positions(text);
  const paths: (string | number)[][] = [[], ['unit'], ['document'], ['period'], ['submitted'], ['tasks'], ['nothing']];
  (value.tasks ?? []).forEach((_task, i) => {
    paths.push(['tasks', i]);
    for (const field of ['id', 'status', 'progress', 'evidence', 'problems', 'nextSteps', 'missing']) paths.push(['tasks', i, field]);
    paths.push(['tasks', i, 'evidence', 0]);
  });
  for (const path of paths) expect([path, pos.locate(path)]).toEqual([path, byTree(text, path)]);
});

test('literals, escapes, nested arrays and compact text are placed as the tree places them', () => {
  const value = { 'a"b': [1, -2.5e3, true, null, [false, 'x\\"y'], { k: 'v' }], 'esc\\u0041': { n: 0, list: [[], {}, ''] }, tasks: [{ id: '1', evidence: ['a', 'b'] }, { id: '2', status: null }] };
  for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2), JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n')]) {
    const pos = new Positions(text);
    const paths: (string | number)[][] = [[], ['a"b'], ['a"b', 0], ['a"b', 1], ['a"b', 2], ['a"b', 3], ['a"b', 4], ['a"b', 4, 1], ['a"b', 5], ['a"b', 5, 'k'], ['esc\\u0041'], ['esc\\u0041', 'n'], ['esc\\u0041', 'list'], ['esc\\u0041', 'list', 0], ['esc\\u0041', 'list', 1], ['esc\\u0041', 'list', 2], ['tasks', 0, 'evidence'], ['tasks', 1, 'status'], ['tasks', 1, 'missing'], ['tasks', 2]];
    for (const path of paths) expect([path, pos.locate(path)]).toEqual([path, byTree(text, path)]);
  }
});

test('a report that let go of its text reads it again once, at the first place asked for, and places values as before', () => {
  const text = readFileSync(join(dir, files[0]!), 'utf8');
  const paths: (string | number)[][] = [['unit'], ['tasks', 0, 'status'], ['tasks', 1, 'evidence', 0], ['tasks', 0, 'progress', 'deeper', 'than', 'shallow']];
  const kept = new Positions(text);
  const expected = paths.map((p) => kept.locate(p));
  const released = new Positions(text);
  released.locate(['unit']);
  let reads = 0;
  released.release(() => {
    reads++;
    return text;
  });
  expect(reads).toBe(0);
  expect(paths.map((p) => released.locate(p))).toEqual(expected);
  expect(released.locateKey(['tasks', 0], 'status')).toEqual(kept.locateKey(['tasks', 0], 'status'));
  expect(reads).toBe(1);
});
