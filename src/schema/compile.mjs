#!/usr/bin/env node
/**
 * Compiles the report schema into standalone validation code with ajv
 * (npm run schema:compile), so that `check` loads neither ajv's compiler nor
 * the meta-schema at run time. test/schema.test.ts fails when the output is
 * out of date with the schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const here = dirname(fileURLToPath(import.meta.url));

export function compileValidator() {
  const schema = JSON.parse(readFileSync(join(here, 'progress-report.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  const validate = ajv.compile(schema);
  // ajv's standalone code requires its small runtime helpers even in ESM output
  const header = [
    '// Generated from progress-report.schema.json by src/schema/compile.mjs (npm run schema:compile). Do not edit.',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
  ].join('\n');
  return `${header}\n${standaloneCode(ajv, validate)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(here, 'validate-report.js'), compileValidator());
}
