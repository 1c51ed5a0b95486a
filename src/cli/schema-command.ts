/** `policy-check schema`: the report schema, for editors and other validators. */
import { readFile } from 'node:fs/promises';
import type { Lang } from '../i18n.js';
import { emitOrReport, type Io } from './io.js';
import { schemaPath } from './paths.js';

export interface SchemaOptions {
  output?: string | undefined;
  lang: Lang;
}

export async function runSchema(opts: SchemaOptions, io: Io): Promise<number> {
  return (await emitOrReport(io, opts.lang, readFile(schemaPath(), 'utf8'), opts.output)) ? 0 : 2;
}
