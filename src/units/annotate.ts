/**
 * Registry facts on a parsed notice (pure): each unit gets its canonical
 * name, registry id and kind, and its current name after a rename or merger;
 * names no registry knows are listed in one info diagnostic per notice.
 */
import { diag } from '../model/diagnostic.js';
import type { ParsedDocument, Unit } from '../model/notice.js';
import { isCatchAll } from '../parse/unit-list.js';
import type { Entry, Registry } from './registry.js';

/** The unit a registry entry ends up as, following renames and mergers (not placements: 知识产权局 keeps its name). */
export function currentOf(registry: Registry, e: Entry): Entry {
  let cur = e;
  const seen = new Set([e.id]);
  for (;;) {
    const next = (cur.later ?? [])
      .filter((l) => l.relation !== 'placed-under')
      .map((l) => registry.get(l.id))
      .find((x): x is Entry => Boolean(x) && !seen.has(x!.id));
    if (!next) return cur;
    seen.add(next.id);
    cur = next;
  }
}

/** What annotation sets on every unit, and the current name when there is a later one. */
type Facts = Required<Pick<Unit, 'canonical' | 'registry' | 'kind'>> & Pick<Unit, 'current'>;

export function annotateUnits(doc: ParsedDocument, registry: Registry | undefined): ParsedDocument {
  const unknown = new Set<string>();
  // a notice names few units many times: look each name up once
  const facts = new Map<string, Facts>();
  const factsOf = (name: string): Facts => {
    let f = facts.get(name);
    if (f) return f;
    const e = registry?.lookup(name) ?? null;
    if (!e) {
      if (!isCatchAll(name)) unknown.add(name);
      f = { canonical: name, registry: null, kind: isCatchAll(name) ? 'catch-all' : null };
    } else {
      const now = registry ? currentOf(registry, e) : e;
      f = { canonical: e.canonical, registry: e.id, kind: e.kind, ...(now.id !== e.id ? { current: now.canonical } : {}) };
    }
    facts.set(name, f);
    return f;
  };
  const annotate = (u: Unit): Unit => {
    const f = factsOf(u.name);
    const out: Unit = { name: u.name, raw: u.raw, role: u.role, canonical: f.canonical, registry: f.registry, kind: f.kind };
    if (f.current) out.current = f.current;
    return out;
  };
  const tasks = doc.tasks.map((t) => ({ ...t, units: t.units.map(annotate) }));
  const diagnostics = unknown.size ? [...doc.diagnostics, diag('unknown-units', { units: [...unknown].join('、'), count: unknown.size })] : doc.diagnostics;
  return { ...doc, tasks, diagnostics };
}
