/** Unit names: normalised for comparison, and split into level (省/市/县/区) and department. */

export function normaliseUnitName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

export interface Parts {
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

export function levelsFit(a: string, b: string): boolean {
  return !a || !b || a === b;
}

