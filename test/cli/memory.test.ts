/** The collection after a large notice: it runs, and what was let go is gone from the heap. */
import { collectGarbage } from '../../src/cli/memory.js';

test('collectGarbage frees what nothing holds any longer', () => {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let held: { n: number; s: string }[] | null = Array.from({ length: 400_000 }, (_, n) => ({ n, s: `item ${n}` }));
  const grown = process.memoryUsage().heapUsed - before;
  expect(held.length).toBe(400_000);
  held = null;
  collectGarbage();
  expect(held).toBeNull();
  // at least nine tenths of what the array took is free again
  expect(process.memoryUsage().heapUsed - before).toBeLessThan(grown / 10);
});
