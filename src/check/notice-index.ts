/**
 * A notice prepared for checking and for the commands that ask who does what:
 * its tasks by id, and its parties (who report), with unit-name resolution.
 */
import type { ParsedDocument, Section, Task } from '../model/notice.js';
import { isCatchAll } from '../parse/unit-list.js';
import { normaliseUnitName, type OpenCollective, type Resolution, UnitMatcher, unitParts } from '../units/resolve.js';
import type { Entry, Registry } from '../units/registry.js';
import { homePlaces } from '../units/names.js';
import { numberingToId } from '../parse/markers.js';

export interface PartyInfo {
  name: string;
  /** The notice's units this party reports for. */
  covers: string[];
  /** Expected to send a report: not a catch-all, and not a collective (its members report). */
  expected: boolean;
  /** For a member of a collective: the collective as the notice names it. */
  collective: string | null;
  entries: Entry[];
}

/**
 * A notice prepared for checking: its tasks by id, and its parties, who
 * report: each unit it names, except catch-alls (省直有关部门), with
 * collectives (各设区市人民政府) replaced by their members when the registry
 * lists them.
 */
export class NoticeIndex {
  readonly tasks = new Map<string, Task>();
  /** Unit name as the notice writes it → tasks, in document order. */
  readonly byUnit = new Map<string, Task[]>();
  readonly parties = new Map<string, PartyInfo>();
  readonly matcher: UnitMatcher;
  readonly label: string;
  /** The notice's id, doc number and title, normalised for matching a report's `document`. */
  readonly names: Set<string>;
  private taskCache = new Map<string, Task[]>();
  /** Ids of the notice's sections (numbered items that are no task). */
  private readonly sectionIds: Set<string>;
  private innerIds: Map<string, Task[]> | null = null;
  private resolved = new Map<string, Resolution>();

  constructor(
    readonly doc: ParsedDocument,
    readonly registry?: Registry,
    labelById = false,
  ) {
    this.sectionIds = collectSectionIds(doc.sections, new Set());
    for (const t of doc.tasks) {
      this.tasks.set(t.id, t);
      for (const u of t.units) {
        if (!this.byUnit.has(u.name)) this.byUnit.set(u.name, []);
        this.byUnit.get(u.name)!.push(t);
      }
    }
    const open: OpenCollective[] = [];
    for (const unit of this.byUnit.keys()) {
      const entry = registry?.lookup(unit) ?? null;
      if (isCatchAll(unit) || entry?.kind === 'catch-all') continue;
      const collective = entry?.kind === 'collective' || (!entry && unit.startsWith('各'));
      if (!collective) {
        this.addParty(unit, unit, true, null, entry ? [entry] : []);
        continue;
      }
      for (const m of entry ? registry!.members(entry) : []) this.addParty(m.canonical, unit, true, unit, [m]);
      if (entry?.memberPattern) open.push({ unit, pattern: new RegExp(entry.memberPattern) }); // checked when the registry was loaded
      else if (!entry) {
        // no registry knows it: its members are the governments of the level its name says
        const implied = impliedMembers(unit);
        if (implied) open.push({ unit, pattern: implied });
      }
    }
    const home = homePlaces([doc.issuer, doc.title, registry?.files[0]?.data.jurisdiction]);
    this.matcher = new UnitMatcher(
      [...this.parties.values()].map((p) => ({ name: p.name, entries: p.entries })),
      registry,
      open,
      home,
    );
    this.label = labelById ? doc.id : (doc.docNumber ?? doc.id);
    this.names = new Set([doc.id, doc.docNumber, doc.title].filter((k): k is string => Boolean(k)).map(normaliseTitle));
  }

  /** Resolves a written unit name (remembered: many reports name the same units). */
  resolveUnit(written: string): Resolution {
    let r = this.resolved.get(written);
    if (!r) this.resolved.set(written, (r = this.matcher.resolve(written)));
    return r;
  }

  private addParty(name: string, covers: string, expected: boolean, collective: string | null, entries: Entry[]): void {
    // one unit written two ways (省财政厅, 财政厅) is one party: the same registry unit, or the same department with and without its level
    const parts = unitParts(normaliseUnitName(name));
    const same = [...this.parties.values()].find(
      (p) =>
        (entries.length && p.entries.some((e) => entries.some((x) => x.id === e.id))) ||
        (!p.collective && !collective && (() => {
          const q = unitParts(normaliseUnitName(p.name));
          return q.core === parts.core && q.place === parts.place && (!q.level || !parts.level) && q.level !== parts.level;
        })()),
    );
    if (same) {
      if (!same.covers.includes(covers)) same.covers.push(covers);
      return;
    }
    const p = this.parties.get(name);
    if (p) {
      if (!p.covers.includes(covers)) p.covers.push(covers);
      return;
    }
    this.parties.set(name, { name, covers: [covers], expected, collective, entries });
  }

  /** The tasks a party reports on: those of the units it covers, in document order. */
  tasksOf(party: string, collective?: string | null): Task[] {
    const key = `${party}\u0000${collective ?? ''}`;
    const cached = this.taskCache.get(key);
    if (cached) return cached;
    const covers = this.coversOf(party, collective);
    const ids = new Set(covers.flatMap((u) => (this.byUnit.get(u) ?? []).map((t) => t.id)));
    const tasks = this.doc.tasks.filter((t) => ids.has(t.id));
    this.taskCache.set(key, tasks);
    return tasks;
  }

  /** The notice's own names a party reports for (its covers), or the collective for an unlisted member. */
  coversOf(party: string, collective?: string | null): string[] {
    return this.parties.get(party)?.covers ?? (collective ? [collective] : [party]);
  }

  /**
   * For a name that stands for several units (a collective such as 各设区市人民政府,
   * or a catch-all such as 省直有关部门): the members that report, as far as
   * they are known (none for a catch-all). null for any other name.
   */
  membersOf(written: string): string[] | null {
    const n = normaliseUnitName(written);
    const unit = [...this.byUnit.keys()].find((u) => normaliseUnitName(u) === n);
    if (!unit || this.parties.has(unit)) return null;
    return [...this.parties.values()].filter((p) => p.collective === unit).map((p) => p.name);
  }

  /** Parties expected to report, in the order the notice first names them. */
  expectedParties(): PartyInfo[] {
    return [...this.parties.values()].filter((p) => p.expected);
  }

  /**
   * The task a report means: its id, the numbering as written, or the inner
   * part of it when that names one task only (（二）7 or 7 for 二、（二）7.,
   * when item numbers run straight through the notice). Never a task for an id
   * that names a section (1.1.2 is the section 2. under 一、（一）), nor for a
   * dotted id whose outer part is a section or task of the notice (1.3 under
   * 一、 that has no item 3): those are unknown, with a did-you-mean.
   */
  resolveTask(written: string): Task | null {
    const direct = this.tasks.get(written.trim());
    if (direct) return direct;
    const id = numberingToId(written);
    if (!id) return null;
    const exact = this.tasks.get(id);
    if (exact) return exact;
    if (this.sectionIds.has(id) || (DOTTED_ID.test(written) && this.isPlace(outerPart(id)))) return null;
    const inner = this.byInnerId().get(id) ?? [];
    return inner.length === 1 ? inner[0]! : null;
  }

  /** Whether an id names a section or a task of the notice. */
  private isPlace(id: string | null): boolean {
    return id !== null && (this.sectionIds.has(id) || this.tasks.has(id));
  }

  /** Tasks by each inner part of their id (2.2.7 → 2.7 and 7), built once. */
  private byInnerId(): Map<string, Task[]> {
    if (this.innerIds) return this.innerIds;
    const out = new Map<string, Task[]>();
    for (const t of this.tasks.values()) {
      const parts = t.id.split('.');
      for (let k = 1; k < parts.length; k++) {
        const inner = parts.slice(k).join('.');
        const list = out.get(inner);
        if (list) list.push(t);
        else out.set(inner, [t]);
      }
    }
    this.innerIds = out;
    return out;
  }
}

/** An id written as dotted digits only (1.3, 2.1.1): its outer part means a place in the notice. */
const DOTTED_ID = /^\s*[\d０-９]+(?:[.．][\d０-９]+)*\s*$/;

/** The id without its last part (1.1.3 → 1.1), or null for a one-part id. */
function outerPart(id: string): string | null {
  const at = id.lastIndexOf('.');
  return at < 0 ? null : id.slice(0, at);
}

function collectSectionIds(sections: readonly Section[], into: Set<string>): Set<string> {
  for (const s of sections) {
    into.add(s.id);
    collectSectionIds(s.children, into);
  }
  return into;
}

const PLACE = '[\\u4e00-\\u9fa5]{1,8}';
const GOV = '(人民)?政府';

/**
 * The governments a collective stands for when no registry lists them, from
 * its name: 各省辖市人民政府 → any X市人民政府; 各县（市、区）人民政府 → any
 * X县, X市 or X区 government; 各乡镇人民政府 → any X乡 or X镇 government;
 * 各街道办事处 → any X街道办事处. null for other collectives (各有关部门).
 */
export function impliedMembers(collective: string): RegExp | null {
  const n = normaliseUnitName(collective);
  if (!n.startsWith('各')) return null;
  const levels: string[] = [];
  if (/(设区|省辖|地级以上|地级)?市(、|（|政府|人民政府|$)|各市州|市（州）/.test(n) && !/县（市|县级市/.test(n)) levels.push('市');
  if (/县（市、区）|县（区）|县市区|区县|县（市）|县、市、区/.test(n)) levels.push('县', '市', '区', '旗');
  else {
    if (/县(人民)?政府|县（区）/.test(n) || /各县/.test(n)) levels.push('县');
    if (/各区|（区）|区(人民)?政府/.test(n)) levels.push('区');
  }
  if (/乡镇|乡（镇）|镇（街道）|各镇|各乡/.test(n)) levels.push('乡', '镇');
  if (/州/.test(n) && /自治州|市（州）|市州/.test(n)) levels.push('州');
  const streets = /街道/.test(n);
  if (!levels.length && !streets) return null;
  const alternatives = [...(levels.length ? [`${PLACE}(${[...new Set(levels)].join('|')})${GOV}`] : []), ...(streets ? [`${PLACE}街道(办事处)?`] : [])];
  if (!/政府|办事处|街道/.test(n)) return null;
  return new RegExp(`^(${alternatives.join('|')})$`);
}

/** A notice title or doc number as compared with a report's `document`. */
export function normaliseTitle(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000《》〈〉“”"]/g, '').replace(/[[［(（【]/g, '〔').replace(/[\]］)）】]/g, '〕');
}

