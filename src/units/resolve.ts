/**
 * Unit identity: which of a notice's units a name written by a person means.
 * Everything that compares unit names goes through here.
 *
 * Without a registry a name resolves when it is the same name (spaces,
 * bracket widths aside), the same department with or without its level or
 * place prefix (科技厅, 福建省科技厅 → 省科技厅), or the full name of an
 * abbreviation (福建省科学技术厅 → 省科技厅: the abbreviation's characters
 * appear in order in the full name, with the same level and the same last
 * character). A name that fits more than one unit does not resolve.
 */
import { suggest } from '../core/similar.js';

export type ResolvedHow = 'exact' | 'prefix' | 'full-name';

export interface Resolution {
  /** The unit as the notice names it, or null. */
  unit: string | null;
  how: ResolvedHow | null;
  /** Did-you-mean candidates when the name does not resolve. */
  suggestions: string[];
}

export function normaliseUnitName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

interface Parts {
  level: string;
  core: string;
}

const PLACE = /^(?:[\u4e00-\u9fa5]{2,3}(?:省|自治区)|[\u4e00-\u9fa5]{2,4}?市(?!场)|[\u4e00-\u9fa5]{2,4}?(?:县|区)(?!域))(?=[\u4e00-\u9fa5]{2,})/;
const LEVEL = /^(省|市|县|区)(?!场|域|直|级)(?=[\u4e00-\u9fa5]{2,})/;

/** Level (省/市/县/区, '' when not written) and the department part of a name. */
export function unitParts(name: string): Parts {
  let rest = name;
  let level = '';
  const place = PLACE.exec(rest);
  if (place && !rest.startsWith('各')) {
    level = place[0].endsWith('自治区') ? '省' : place[0].slice(-1);
    rest = rest.slice(place[0].length);
  } else {
    const lv = LEVEL.exec(rest);
    if (lv) {
      level = lv[1];
      rest = rest.slice(1);
    }
  }
  return { level, core: rest };
}

function levelsFit(a: string, b: string): boolean {
  return !a || !b || a === b;
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

export class UnitMatcher {
  private exact = new Map<string, string>();
  private parts: { unit: string; parts: Parts }[] = [];

  constructor(units: Iterable<string>) {
    for (const u of units) {
      const n = normaliseUnitName(u);
      if (!this.exact.has(n)) {
        this.exact.set(n, u);
        this.parts.push({ unit: u, parts: unitParts(n) });
      }
    }
  }

  get units(): string[] {
    return this.parts.map((p) => p.unit);
  }

  resolve(written: string): Resolution {
    const n = normaliseUnitName(written);
    const hit = this.exact.get(n);
    if (hit) return { unit: hit, how: 'exact', suggestions: [] };
    const w = unitParts(n);
    const sameCore = this.parts.filter((p) => p.parts.core === w.core && levelsFit(p.parts.level, w.level));
    if (sameCore.length === 1) return { unit: sameCore[0].unit, how: 'prefix', suggestions: [] };
    if (sameCore.length > 1) return { unit: null, how: null, suggestions: sameCore.map((p) => p.unit) };
    const abbr = this.parts.filter(
      (p) => levelsFit(p.parts.level, w.level) && (isAbbreviation(p.parts.core, w.core) || isAbbreviation(w.core, p.parts.core)),
    );
    if (abbr.length === 1) return { unit: abbr[0].unit, how: 'full-name', suggestions: [] };
    return { unit: null, how: null, suggestions: abbr.length ? abbr.map((p) => p.unit) : suggest(n, this.units) };
  }
}
