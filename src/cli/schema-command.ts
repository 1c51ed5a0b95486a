/** `policy-check schema`: the report schema, for editors and other validators. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Lang } from '../i18n.js';
import { emitOrReport, type Io } from './io.js';
import { schemaPath } from './paths.js';

export interface SchemaOptions {
  output?: string | undefined;
  lang: Lang;
  /** The config file's schema instead of the report's. */
  config: boolean;
}

export async function runSchema(opts: SchemaOptions, io: Io): Promise<number> {
  const file = opts.config ? join(dirname(schemaPath()), 'config.schema.json') : schemaPath();
  return (await emitOrReport(io, opts.lang, readFile(file, 'utf8'), opts.output)) ? 0 : 2;
}
