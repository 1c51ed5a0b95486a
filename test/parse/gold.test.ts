/** The seed notices match the expected records in fixtures/gold (copies of ../shared/gold). */
import { join } from 'node:path';
import { FIXTURES, SEEDS, listFiles, readText, runCli } from '../helpers.js';

interface GoldTask {
  id: string;
  number: string[];
  title: string;
  units: string[];
  openEnded: boolean;
}
interface Gold {
  title: string;
  docNumber: string | null;
  issuer: string;
  signedDate: string;
  publishedDate: string | null;
  taskCount: number;
  tasks: GoldTask[];
}

const golds = listFiles(join(FIXTURES, 'gold'), '.gold.json');

test('there is a gold file for each seed', () => {
  expect(golds.map((g) => g.replace('.gold.json', '.txt'))).toEqual(listFiles(SEEDS, '.txt'));
});

describe.each(golds)('%s', (goldFile) => {
  const gold = JSON.parse(readText(join(FIXTURES, 'gold', goldFile))) as Gold;
  const seed = join('seeds', goldFile.replace('.gold.json', '.txt'));

  test('parse --format json matches the gold records', async () => {
    const res = await runCli(['parse', seed, '--format', 'json']);
    expect(res.code).toBe(0);
    const doc = JSON.parse(res.stdout).documents[0];
    expect({
      title: doc.title,
      docNumber: doc.docNumber,
      issuer: doc.issuer,
      signedDate: doc.signedDate,
      publishedDate: doc.publishedDate,
    }).toEqual({ title: gold.title, docNumber: gold.docNumber, issuer: gold.issuer, signedDate: gold.signedDate, publishedDate: gold.publishedDate });
    expect(doc.tasks).toHaveLength(gold.taskCount);
    const got = doc.tasks.map((t: { id: string; number: string[]; title: string; units: { name: string }[]; openEnded: boolean }) => ({
      id: t.id,
      number: t.number,
      title: t.title,
      units: t.units.map((u) => u.name),
      openEnded: t.openEnded,
    }));
    expect(got).toEqual(gold.tasks.map((t) => ({ id: t.id, number: t.number, title: t.title, units: t.units, openEnded: t.openEnded })));
  });
});
