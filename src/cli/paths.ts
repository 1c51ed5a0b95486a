/** Where the package's own files are (bundled seeds, sample reports, the report schema), wherever it is run from. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'policy-check') return (root = dir);
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('policy-check: cannot find the package folder');
    dir = up;
  }
}

export const SCHEMA_FILE = 'src/schema/progress-report.schema.json';
export const SCHEMA_NAME = 'progress-report.schema.json';

export function schemaPath(): string {
  return join(packageRoot(), SCHEMA_FILE);
}

/** A path for display: relative to the working folder when it is below it. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
