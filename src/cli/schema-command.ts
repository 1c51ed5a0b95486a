/** `policy-check schema`: the report schema, for editors and other validators. */
import { readFile } from 'node:fs/promises';
import type { Lang } from '../i18n.js';
import { emit, InputError, type Io, reportError } from './io.js';
import { schemaPath } from './paths.js';

export async function runSchema(opts: { output?: string; lang: Lang }, io: Io): Promise<number> {
  try {
    await emit(io, await readFile(schemaPath(), 'utf8'), opts.output);
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    reportError(io, opts.lang, null, e.code, e.params);
    return 2;
  }
}
