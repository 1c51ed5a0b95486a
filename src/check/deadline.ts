/**
 * Deadlines as notices write them (2019年底前, 2020年6月底, 2021年10月,
 * 2019年上半年, 第三季度, 2018年12月31日前) → the last day they allow, as
 * YYYY-MM-DD; null for open-ended ones (长期坚持, 持续推进).
 */
function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function deadlineDate(text: string): string | null {
  const dates: string[] = [];
  const re = /(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?|\s*(上半年|下半年|年底|年末|底|末)|\s*第?([一二三四1-4])\s*季度)?/g;
  for (const m of text.matchAll(re)) {
    const y = Number(m[1]);
    if (m[2]) {
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) continue;
      const d = m[3] ? Math.min(Number(m[3]), lastDay(y, mo)) : lastDay(y, mo);
      dates.push(iso(y, mo, d));
    } else if (m[4] === '上半年') dates.push(iso(y, 6, 30));
    else if (m[5]) {
      // every quarter the pattern takes is in QUARTER
      const q = QUARTER[m[5]];
      if (q !== undefined) dates.push(iso(y, q * 3, lastDay(y, q * 3)));
    } else dates.push(iso(y, 12, 31));
  }
  return dates.sort().at(-1) ?? null;
}
