/**
 * The report validator: the schema (JSON Schema 2020-12) compiled ahead of
 * time by ajv into standalone code (src/schema/validate-report.js), all errors
 * reported. `compileSchema` compiles any schema at run time, for tests.
 */
import validateReport from '../schema/validate-report.js';
import type { SchemaError, Validate } from './report.js';

export const validateReportSchema: Validate = (value: unknown) => (validateReport(value) ? [] : ((validateReport.errors ?? []) as SchemaError[]));

export async function compileSchema(schema: object): Promise<Validate> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);
  return (value: unknown) => (validate(value) ? [] : ((validate.errors ?? []) as SchemaError[]));
}
