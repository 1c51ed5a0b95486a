#!/usr/bin/env node
/**
 * Compiles the report schema and the config schema into standalone
 * validation code with ajv (npm run schema:compile), so that `check` and the
 * config loader load neither ajv's compiler nor the meta-schema at run time.
 * test/schema/schema.test.ts fails when an output is out of date with its schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';

const standaloneCode = standaloneModule.default ?? standaloneModule;
const here = dirname(fileURLToPath(import.meta.url));

/** The schemas and the validators generated from them. */
export const VALIDATORS = { 'progress-report.schema.json': 'validate-report.js', 'config.schema.json': 'validate-config.js' };

export function compileValidator(schemaFile = 'progress-report.schema.json') {
  const schema = JSON.parse(readFileSync(join(here, schemaFile), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  const validate = ajv.compile(schema);
  // ajv's standalone code requires its small runtime helpers even in ESM output
  const header = [
    `// Generated from ${schemaFile} by src/schema/compile.mjs (npm run schema:compile). Do not edit.`,
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
  ].join('\n');
  return `${header}\n${standaloneCode(ajv, validate)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [schemaFile, out] of Object.entries(VALIDATORS)) writeFileSync(join(here, out), compileValidator(schemaFile));
}
