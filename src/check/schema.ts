/** The report schema compiled with ajv (JSON Schema 2020-12), all errors reported. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { SchemaError, Validate } from './report.js';

export function compileSchema(schema: object): Validate {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(schema);
  return (value: unknown) => (validate(value) ? [] : ((validate.errors ?? []) as SchemaError[]));
}
