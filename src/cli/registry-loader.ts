/**
 * Loading unit registries at the edge: the bundled ones (src/registry/*.json,
 * one per jurisdiction) and the user's (--registry FILE, repeatable, later
 * ones overriding earlier entries with the same id). A user's file is checked
 * against the registry schema; any problem is one error line with
 * file:line:column.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type LoadedRegistry, Registry, type RegistryFile, registriesFor } from '../units/registry.js';
import type { ParsedDocument } from '../model/notice.js';
import { decodeBuffer, DecodeError } from '../parse/parse-source.js';
import { fsError, InputError, type Io, reportError } from './io.js';
import type { Lang } from '../i18n.js';
import { displayPath, packageRoot } from './paths.js';

export const REGISTRY_DIR = 'src/registry';

export async function bundledRegistries(): Promise<LoadedRegistry[]> {
  const dir = join(packageRoot(), REGISTRY_DIR);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();
  return Promise.all(files.map(async (f) => ({ file: join(REGISTRY_DIR, f), data: JSON.parse(await readFile(join(dir, f), 'utf8')) as RegistryFile })));
}

/** A registry file that cannot be read at all. */
export class RegistryFileError extends InputError {
  constructor(file: string, cause: InputError) {
    super(cause.code, cause.params, file);
  }
}

/** A problem in a registry file, with its place. */
export class RegistryError extends InputError {
  constructor(file: string, line: number, column: number, reason: string) {
    super('bad-registry', { where: `${file}:${line}:${column}`, reason });
  }
}

async function validator() {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const schema = JSON.parse(await readFile(join(packageRoot(), REGISTRY_DIR, 'registry.schema.json'), 'utf8')) as object;
  return new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
}

/** Reads and checks one user registry file; throws InputError / RegistryError. */
export async function loadRegistryFile(path: string, io: Io): Promise<LoadedRegistry & { text: string }> {
  const shown = displayPath(path, io.cwd);
  let text: string;
  try {
    text = (await decodeBuffer(await readFile(resolve(io.cwd, path)), 'auto')).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(e.code, e.params);
    throw fsError(e);
  }
  // the positions module (jsonc-parser) loads only when a registry file is given
  const { Positions, pointerPath } = await import('../check/json-positions.js');
  const pos = new Positions(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const at = pos.firstSyntaxError();
    throw new RegistryError(shown, at.line, at.column, 'not valid JSON');
  }
  const validate = await validator();
  if (!validate(data)) {
    // ajv lists at least one error when validation fails
    const e = validate.errors?.[0];
    if (!e) throw new RegistryError(shown, 1, 1, '/ does not match the registry schema');
    const at = pos.locate(pointerPath(e.instancePath));
    const detail = e.keyword === 'required' ? `missing "${String(e.params.missingProperty)}"` : e.keyword === 'additionalProperties' ? `unknown field "${String(e.params.additionalProperty)}"` : (e.message ?? e.keyword);
    throw new RegistryError(shown, at.line, at.column, `${e.instancePath || '/'} ${detail}`);
  }
  const file = data as RegistryFile;
  file.units.forEach((u, i) => {
    if (u.memberPattern === undefined) return;
    try {
      new RegExp(u.memberPattern);
    } catch (e) {
      const at = pos.locate(['units', i, 'memberPattern']);
      throw new RegistryError(shown, at.line, at.column, `memberPattern is not a regular expression: ${(e as Error).message}`);
    }
  });
  const ids = new Map<string, number>();
  file.units.forEach((u, i) => {
    if (ids.has(u.id)) {
      const at = pos.locate(['units', i, 'id']);
      throw new RegistryError(shown, at.line, at.column, `duplicate id "${u.id}"`);
    }
    ids.set(u.id, i);
  });
  return { file: shown, data: file, text };
}

/** Every link and member must name a unit of the loaded registries. */
export async function checkReferences(all: LoadedRegistry[], texts: Map<string, string>): Promise<void> {
  const { Positions } = await import('../check/json-positions.js');
  const known = new Set(all.flatMap((r) => r.data.units.map((u) => u.id)));
  for (const r of all) {
    r.data.units.forEach((u, i) => {
      const refs: [string, (string | number)[]][] = [
        ...(u.later ?? []).map((l, k) => [l.id, ['units', i, 'later', k, 'id']] as [string, (string | number)[]]),
        ...(u.former ?? []).map((l, k) => [l.id, ['units', i, 'former', k, 'id']] as [string, (string | number)[]]),
        ...(u.members ?? []).map((m, k) => [m, ['units', i, 'members', k]] as [string, (string | number)[]]),
      ];
      for (const [id, path] of refs) {
        if (known.has(id)) continue;
        const text = texts.get(r.file);
        const at = text ? new Positions(text).locate(path) : { line: 1, column: 1 };
        throw new RegistryError(r.file, at.line, at.column, `no unit with id "${id}"`);
      }
    });
  }
}

/** The bundled registries and the user's, in that order. */
export async function loadRegistries(userFiles: string[] | undefined, io: Io): Promise<LoadedRegistry[]> {
  const bundled = await bundledRegistries();
  const user: LoadedRegistry[] = [];
  const texts = new Map<string, string>();
  for (const f of userFiles ?? []) {
    let loaded: LoadedRegistry & { text: string };
    try {
      loaded = await loadRegistryFile(f, io);
    } catch (e) {
      if (e instanceof InputError && !(e instanceof RegistryError)) throw new RegistryFileError(displayPath(f, io.cwd), e);
      throw e;
    }
    user.push({ file: loaded.file, data: loaded.data });
    texts.set(loaded.file, loaded.text);
  }
  const all = [...bundled, ...user];
  if (user.length) await checkReferences(all, texts);
  return all;
}

/** The registry for a notice: the loaded files that apply to it (cached by selection). */
export class RegistrySelector {
  private cache = new Map<string, Registry>();
  constructor(private all: LoadedRegistry[]) {}
  for(doc: Pick<ParsedDocument, 'title' | 'issuer' | 'docNumber'>): Registry | undefined {
    const files = registriesFor(this.all, doc);
    if (!files.length) return undefined;
    const key = files.map((f) => f.file).join('\u0000');
    if (!this.cache.has(key)) this.cache.set(key, new Registry(files));
    return this.cache.get(key);
  }
}

/** Loads the registries for a command; on a bad file prints its one line and returns null (exit 2). */
export async function registriesOrReport(userFiles: string[] | undefined, io: Io, lang: Lang): Promise<RegistrySelector | null> {
  try {
    return new RegistrySelector(await loadRegistries(userFiles, io));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    reportError(io, lang, e.file, e.code, e.params);
    return null;
  }
}
