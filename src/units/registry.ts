/**
 * The unit registry (pure): names as notices write them, full names, other
 * names, renames and mergers with dates and sources, kinds, and the members
 * of collective units. Registries are JSON files, one per jurisdiction
 * (src/registry/*.json), read at the edge and indexed here.
 */
import { normaliseUnitName, unitParts } from './names.js';

export type UnitKind =
  | 'government-department'
  | 'party-body'
  | 'mass-organisation'
  | 'central-vertical'
  | 'government'
  | 'special-region'
  | 'research-institute'
  | 'catch-all'
  | 'collective';

export type Relation = 'renamed' | 'merged-into' | 'placed-under';

export interface RegistryLink {
  id: string;
  relation: Relation;
  date?: string;
  source?: string;
  certain?: boolean;
}

export interface RegistryUnit {
  id: string;
  canonical: string;
  fullName?: string;
  aliases?: string[];
  level?: string;
  kind: UnitKind;
  former?: RegistryLink[];
  later?: RegistryLink[];
  members?: string[];
  memberPattern?: string;
  notes?: string;
}

export interface RegistryFile {
  jurisdiction: string;
  appliesTo?: string[];
  sources?: Record<string, { title: string; url?: string | null; date?: string | null; note?: string }>;
  unknown?: string[];
  units: RegistryUnit[];
}

/** Where a registry file came from, for messages. */
export interface LoadedRegistry {
  file: string;
  data: RegistryFile;
}

/** A registry unit with the jurisdiction it belongs to. */
export interface Entry extends RegistryUnit {
  jurisdiction: string;
}

/** All the names a unit is known by, for lookups and did-you-mean. */
export function namesOf(u: RegistryUnit): string[] {
  return [u.canonical, u.fullName, ...(u.aliases ?? [])].filter((x): x is string => Boolean(x));
}

/** A lookup key: the name without spaces, brackets full-width, and without its province (福建省科技厅 → 省科技厅). */
function keys(name: string, province: string | null): string[] {
  const n = normaliseUnitName(name);
  const out = [n];
  if (province && n.startsWith(province)) {
    const rest = n.slice(province.length);
    out.push(rest.startsWith('省') ? rest : `省${rest}`);
  }
  return out;
}

export class Registry {
  private byKey = new Map<string, Entry[]>();
  private byId = new Map<string, Entry>();
  /** Per id: the ids it became (renamed, merged into, placed under), transitively. */
  private successors = new Map<string, Set<string>>();

  constructor(
    readonly files: LoadedRegistry[],
    private toSimplified?: (s: string) => string,
  ) {
    // later files override earlier entries with the same id
    for (const f of files) for (const u of f.data.units) this.byId.set(u.id, { ...u, jurisdiction: f.data.jurisdiction });
    for (const e of this.byId.values()) {
      const province = e.jurisdiction.replace(/(省|市|自治区)$/, '');
      for (const name of namesOf(e)) for (const k of keys(name, province)) this.index(k, e);
    }
    for (const e of this.byId.values()) {
      for (const l of e.later ?? []) this.link(e.id, l.id);
      for (const l of e.former ?? []) this.link(l.id, e.id);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  private index(key: string, e: Entry): void {
    const list = this.byKey.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    this.byKey.set(key, list);
  }

  private link(from: string, to: string): void {
    if (!this.successors.has(from)) this.successors.set(from, new Set());
    this.successors.get(from)!.add(to);
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  entries(): Entry[] {
    return [...this.byId.values()];
  }

  /** The unit a name denotes: by any of its names, with or without province or level prefix, Traditional or Simplified. */
  lookup(name: string): Entry | null {
    const simplified = this.toSimplified ? this.toSimplified(name) : name;
    for (const candidate of new Set([name, simplified])) {
      const n = normaliseUnitName(candidate);
      const hit = this.byKey.get(n);
      if (hit?.length === 1) return hit[0]!;
      // 科技厅 → 省科技厅, 福建省科学技术厅 → 省科学技术厅: try the level prefixes the registry uses
      const { level, core } = unitParts(n);
      if (!level) {
        const found = ['省', '市', '县', '区'].map((lv) => this.byKey.get(lv + core)).filter((l): l is [Entry] => l?.length === 1);
        if (found.length === 1) return found[0]![0];
      }
    }
    return null;
  }

  /** Ids reachable from `id` through renames, mergers and placements, the id itself included. */
  descendants(id: string): Set<string> {
    const seen = new Set<string>([id]);
    const queue = [id];
    while (queue.length) {
      for (const next of this.successors.get(queue.shift()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  }

  /** Whether a report signed by `reporter` speaks for `assigned`: the same unit, a successor, or the same unit renamed. */
  speaksFor(reporter: Entry, assigned: Entry): boolean {
    if (reporter.id === assigned.id) return true;
    if (this.descendants(assigned.id).has(reporter.id)) return true;
    // an old name used after a rename: renames run both ways
    const renamedOnly = (from: string, to: string) => (this.byId.get(from)?.later ?? []).some((l) => l.id === to && l.relation === 'renamed') || (this.byId.get(to)?.former ?? []).some((l) => l.id === from && l.relation === 'renamed');
    return renamedOnly(reporter.id, assigned.id);
  }

  /** Member ids of a collective unit. */
  members(e: Entry): Entry[] {
    return (e.members ?? []).map((id) => this.byId.get(id)).filter((x): x is Entry => Boolean(x));
  }

  /** Every name of every unit: candidates for did-you-mean. */
  allNames(): string[] {
    return this.entries().flatMap(namesOf);
  }
}

/** The registries that apply to a notice: those whose `appliesTo` words appear in its title, issuer or doc number. */
export function registriesFor(files: LoadedRegistry[], doc: { title: string | null; issuer: string | null; docNumber: string | null }): LoadedRegistry[] {
  const text = [doc.title, doc.issuer, doc.docNumber].filter(Boolean).join(' ');
  return files.filter((f) => !f.data.appliesTo?.length || f.data.appliesTo.some((w) => text.includes(w)));
}
