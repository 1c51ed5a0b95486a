/**
 * Unit identity: which of a notice's units a name written by a person means.
 * Everything that compares unit names goes through here.
 *
 * With a registry (src/units/registry.ts) a name resolves through any name
 * the registry gives the unit, through renames and mergers, and to the
 * members of collective units. Beyond the registry a name resolves when it is the same name (spaces,
 * bracket widths aside), the same department with or without its level or
 * place prefix (科技厅, 福建省科技厅 → 省科技厅), or the full name of an
 * abbreviation (福建省科学技术厅 → 省科技厅: the abbreviation's characters
 * appear in order in the full name, with the same level and the same last
 * character). A name that fits more than one unit does not resolve.
 */
import { type Candidate, prepareCandidates, suggestAmong } from './similar.js';
import { namesOf, type Entry, type Registry } from './registry.js';
import { normaliseUnitName, unitParts, levelsFit, placesFit, type Parts } from './names.js';

export { normaliseUnitName, unitParts } from './names.js';

export type ResolvedHow = 'exact' | 'prefix' | 'full-name' | 'registry' | 'successor' | 'member';

export interface Resolution {
  /** The unit as the notice names it, or null. */
  unit: string | null;
  how: ResolvedHow | null;
  /** Did-you-mean candidates when the name does not resolve. */
  suggestions: string[];
  /** The registry unit the written name denotes, when the registry knows it. */
  registry?: string;
  /** For an unlisted member of a collective: the collective as the notice names it. */
  collective?: string;
}

/** Long suffixes as abbreviations shorten them: 委员会 → 委, 联合会 → 联, 协会 → 协, 办公室 → 办. */
function shortenSuffix(core: string): string {
  return core
    .replace(/^人民政府(?=[\u4e00-\u9fa5]{3,})/, '')
    .replace(/委员会$/, '委')
    .replace(/联合会$/, '联')
    .replace(/(?<!行业)协会$/, '协')
    .replace(/办公室$/, '办');
}

/**
 * Whether `short` is an abbreviation of `long` (科技厅 of 科学技术厅, 发改委 of
 * 发展和改革委员会): its characters in order, the same first and last character
 * once long suffixes are shortened.
 */
export function isAbbreviation(shortName: string, longName: string): boolean {
  const short = shortenSuffix(shortName);
  const long = shortenSuffix(longName);
  if (short === long) return shortName !== longName;
  if (short.length >= long.length || short.length < 2) return false;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** Someone who may send a report: a unit the notice names, or a member of a collective it names. */
export interface Party {
  name: string;
  /** Registry units whose reports speak for this party. */
  entries: Entry[];
}

/** A collective whose unlisted members are recognised by a pattern (county governments …). */
export interface OpenCollective {
  unit: string;
  pattern: RegExp;
}

export class UnitMatcher {
  private exact = new Map<string, string>();
  private parts: { unit: string; parts: Parts }[] = [];
  private parties: Party[] = [];

  constructor(
    parties: Iterable<string | Party>,
    private registry?: Registry,
    private open: OpenCollective[] = [],
    /** The notice's own places (see homePlaces): a name written with another place never resolves. */
    private home: ReadonlySet<string> = new Set(),
  ) {
    for (const p of parties) {
      const party = typeof p === 'string' ? { name: p, entries: [] } : p;
      const n = normaliseUnitName(party.name);
      if (this.exact.has(n)) continue;
      this.exact.set(n, party.name);
      this.parts.push({ unit: party.name, parts: unitParts(n) });
      this.parties.push(party);
    }
  }

  get units(): string[] {
    return this.parts.map((p) => p.unit);
  }

  /**
   * Resolves a written name to a party: exactly; through the registry (any
   * name of the unit, a successor after a rename or merger, a member of a
   * collective); by level prefix; by abbreviation. Ambiguous names do not resolve.
   */
  resolve(written: string): Resolution {
    return this.resolveWith(written, true);
  }

  /** `withSuggestions`: on a miss, suggest the notice's names the closest known names stand for. */
  private resolveWith(written: string, withSuggestions: boolean): Resolution {
    const n = normaliseUnitName(written);
    const hit = this.exact.get(n);
    if (hit) return { unit: hit, how: 'exact', suggestions: [] };
    const viaRegistry = this.byRegistry(written);
    if (viaRegistry) return viaRegistry;
    const w = unitParts(n);
    const fits = (p: Parts) => levelsFit(p.level, w.level) && placesFit(w, p, this.home);
    const sameCore = this.parts.filter((p) => p.parts.core === w.core && fits(p.parts));
    if (sameCore.length === 1) return { unit: sameCore[0]!.unit, how: 'prefix', suggestions: [] };
    if (sameCore.length > 1) return { unit: null, how: null, suggestions: sameCore.map((p) => p.unit) };
    const abbr = this.parts.filter((p) => fits(p.parts) && (isAbbreviation(p.parts.core, w.core) || isAbbreviation(w.core, p.parts.core)));
    if (abbr.length === 1) return { unit: abbr[0]!.unit, how: 'full-name', suggestions: [] };
    const open = this.open.find((o) => o.pattern.test(n));
    if (open) return { unit: n, how: 'member', suggestions: [], collective: open.unit };
    if (!withSuggestions) return { unit: null, how: null, suggestions: [] };
    const close = abbr.length ? abbr.map((p) => p.unit) : suggestAmong(n, this.knownNames(), 8);
    // only names that resolve, each as the notice writes it: a suggestion that fails too helps nobody
    const names = [...new Set(close.map((c) => this.resolveWith(c, false).unit).filter((u): u is string => u !== null))];
    return { unit: null, how: null, suggestions: names.slice(0, 3) };
  }

  private known: Candidate[] | null = null;

  /** The names a miss is compared with (the notice's units, the registry's names), prepared once. */
  private knownNames(): Candidate[] {
    return (this.known ??= prepareCandidates([...this.units, ...(this.registry ? this.registry.allNames() : this.parties.flatMap((p) => p.entries.flatMap(namesOf)))]));
  }

  private byRegistry(written: string): Resolution | null {
    const r = this.registry?.lookup(written);
    if (!r) return null;
    const same = this.parties.filter((p) => p.entries.some((e) => e.id === r.id));
    if (same.length === 1) return { unit: same[0]!.name, how: 'registry', suggestions: [], registry: r.id };
    const successors = this.parties.filter((p) => p.entries.some((e) => this.registry!.speaksFor(r, e)));
    if (successors.length === 1) return { unit: successors[0]!.name, how: 'successor', suggestions: [], registry: r.id };
    return null;
  }
}
