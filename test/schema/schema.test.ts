/** The ahead-of-time validator is the schema: up to date, and it judges reports as ajv does at run time. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { compileSchema, validateReportSchema } from '../../src/check/schema.js';

const schemaFile = join(ROOT, 'src/schema/progress-report.schema.json');

test('src/schema/validate-report.js and validate-config.js are generated from the current schemas (npm run schema:compile)', async () => {
  const { compileValidator, VALIDATORS } = (await import(join(ROOT, 'src/schema/compile.mjs'))) as { compileValidator: (schema: string) => string; VALIDATORS: Record<string, string> };
  expect(Object.values(VALIDATORS)).toEqual(['validate-report.js', 'validate-config.js']);
  for (const [schema, out] of Object.entries(VALIDATORS)) expect(readFileSync(join(ROOT, 'src/schema', out), 'utf8')).toBe(compileValidator(schema));
});

test('it gives the same errors as ajv compiling the schema at run time', async () => {
  const runtime = await compileSchema(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const samples: unknown[] = [
    [],
    'x',
    {},
    { unit: '', document: 'd', period: 'p', tasks: [{ id: '1', status: 'done' }] },
    { unit: 'u', document: 'd', period: 'p', submitted: '2019/1/1', tasks: [{ status: 'completed', evidence: [1] }] },
  ];
  for (const dir of ['2018-H1', '2018-H2']) {
    for (const f of readdirSync(join(ROOT, 'fixtures/reports', dir))) {
      try {
        samples.push(JSON.parse(readFileSync(join(ROOT, 'fixtures/reports', dir, f), 'utf8')));
      } catch {
        // the malformed sample is not JSON
      }
    }
  }
  const shape = (errs: { instancePath: string; keyword: string }[]) => errs.map((e) => `${e.instancePath} ${e.keyword}`);
  for (const s of samples) expect(shape(validateReportSchema(s))).toEqual(shape(runtime(s)));
  expect(shape(validateReportSchema({ unit: '', document: 'd', period: 'p', tasks: [{ id: '1', status: 'done' }] }))).toEqual(['/unit minLength', '/unit pattern', '/tasks/0/status enum']);
});
