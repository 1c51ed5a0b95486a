/** Unit names: normalised for comparison, and split into level (省/市/县/区) and department. */

export function normaliseUnitName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

export interface Parts {
  /** The place written before the level (福建 in 福建省科技厅, 厦门 in 厦门市科技局), or ''. */
  place: string;
  level: string;
  core: string;
}

const PLACE = /^(?:[\u4e00-\u9fa5]{2,3}(?:省|自治区)|[\u4e00-\u9fa5]{2,4}?市(?!场)|[\u4e00-\u9fa5]{2,4}?(?:县|区)(?!域))(?=[\u4e00-\u9fa5]{2,})/;
const LEVEL = /^(省|市|县|区)(?!场|域|直|级)(?=[\u4e00-\u9fa5]{2,})/;

/** Level (省/市/县/区, '' when not written) and the department part of a name. */
export function unitParts(name: string): Parts {
  let rest = name;
  let level = '';
  let where = '';
  const place = PLACE.exec(rest);
  if (place && !rest.startsWith('各')) {
    level = place[0].endsWith('自治区') ? '省' : place[0].slice(-1);
    where = place[0].replace(/(省|市|县|区|自治区)$/, '');
    rest = rest.slice(place[0].length);
  } else {
    const lv = LEVEL.exec(rest)?.[1];
    if (lv !== undefined) {
      level = lv;
      rest = rest.slice(1);
    }
  }
  return { place: where, level, core: rest };
}

export function levelsFit(a: string, b: string): boolean {
  return !a || !b || a === b;
}


/**
 * Whether a name written with a place can mean a unit of the notice: the
 * places agree, or the unit has none and the written place is the notice's
 * own (福建省科技厅 for 省科技厅 in a Fujian notice; never 浙江省科技厅).
 */
export function placesFit(written: Parts, candidate: Parts, home: ReadonlySet<string>): boolean {
  if (!written.place) return true;
  if (candidate.place) return candidate.place === written.place;
  return home.size === 0 || home.has(written.place);
}

const PROVINCE = /^([\u4e00-\u9fa5]{2,3}?)(省|自治区)/;
const CITY = /^(?:[\u4e00-\u9fa5]{2,3}?(?:省|自治区))?([\u4e00-\u9fa5]{2,4}?)(市|州|盟)(?!场)/;

/** The places a notice speaks for, from its issuer and title (福建; 厦门 for 厦门市人民政府). */
export function homePlaces(texts: (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    const province = PROVINCE.exec(t)?.[1];
    if (province !== undefined) out.add(province);
    const city = CITY.exec(t)?.[1];
    if (city !== undefined && !/人民|政府/.test(city)) out.add(city);
  }
  return out;
}
