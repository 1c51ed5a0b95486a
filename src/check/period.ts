/**
 * Reporting periods: the ways people write them (2019年上半年, 二〇一八年下半年度,
 * 2019 h1) read in one form (2019-H1, 2019-Q3, 2019-07, 2019), and which
 * periods are near each other. No imports: the CLI reads `--period` with it
 * at start-up.
 */
/**
 * A period written another way, in one form: `2019 h1`, `2019年上半年` → `2019-H1`;
 * `2019年第三季度` → `2019-Q3`; `2019年7月` → `2019-07`. Anything else is only trimmed.
 */
export function normalisePeriod(written: string): string {
  const t = written.normalize('NFKC').trim();
  const compact = withArabicYear(t.replace(/\s+/g, '').toUpperCase());
  let m = /^(\d{4})(?:年度?)?[-_./]?(H[12]|上半年|下半年)度?$/.exec(compact);
  if (m) return `${m[1]}-${m[2] === '上半年' ? 'H1' : m[2] === '下半年' ? 'H2' : m[2]}`;
  m = /^(\d{4})(?:年度?)?[-_./]?(?:Q([1-4])|第?([一二三四1-4])季度?)$/.exec(compact);
  // Q([1-4]) or 第?([一二三四1-4])季度?: one of groups 2 and 3 always takes part
  if (m) return `${m[1]}-Q${m[2] ?? ('一二三四'.indexOf(m[3]!) + 1 || m[3])}`;
  // in the two patterns below every group is required
  m = /^(\d{4})(?:年|[-_./])(\d{1,2})月?(?:份)?$/.exec(compact);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2]!.padStart(2, '0')}`;
  m = /^(\d{4})年度?$/.exec(compact);
  if (m) return m[1]!;
  // months as a range: 2018年1-6月 → 2018-H1, 2018年7—9月 → 2018-Q3
  m = /^(\d{4})年度?(\d{1,2})月?[-—–~～至到](\d{1,2})月(?:份)?$/.exec(compact);
  if (m) return monthRange(m[1]!, Number(m[2]), Number(m[3])) ?? t;
  return t;
}

/** A year's months from–to as the half or quarter they make (1–6 → H1, 10–12 → Q4), or null. */
function monthRange(year: string, from: number, to: number): string | null {
  if (from === 1 && to === 6) return `${year}-H1`;
  if (from === 7 && to === 12) return `${year}-H2`;
  if (from === 1 && to === 12) return year;
  if (to - from === 2 && from % 3 === 1) return `${year}-Q${(from + 2) / 3}`;
  return null;
}

/**
 * A period written inside a longer text, such as a table's title
 * (2018年上半年重点任务落实情况表): the first half, quarter or month in it. A bare
 * year is not taken, since a title often names the year of its notice.
 */
export function periodIn(text: string): string | null {
  const t = withArabicYearInside(text.normalize('NFKC'));
  const re = /(\d{4})\s*年度?\s*(上半年|下半年|第?[一二三四1-4]季度|\d{1,2}\s*月?\s*[-—–~～至到]\s*\d{1,2}\s*月|\d{1,2}\s*月)/;
  const m = re.exec(t);
  if (!m) return null;
  const p = normalisePeriod(`${m[1]}年${m[2]!.replace(/\s+/g, '')}`);
  return PERIOD_FORM.test(p) && p.length > 4 ? p : null;
}

/** Years in Chinese digits anywhere in a text (二〇一八年 → 2018年). */
function withArabicYearInside(s: string): string {
  return s.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((c) => CN_DIGIT[c]).join(''));
}

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** A year written in Chinese digits (二〇一八年, 二零一八年) in Arabic digits: 2018年. */
function withArabicYear(s: string): string {
  const m = /^([〇零一二三四五六七八九]{4})(?=年)/.exec(s);
  // group 1 is required by the pattern
  return m ? [...m[1]!].map((c) => CN_DIGIT[c]).join('') + s.slice(4) : s;
}

/** A period in the one form the tool reads: 2019, 2019-H1, 2019-Q3, 2019-07. */
export const PERIOD_FORM = /^\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2]))?$/;

/**
 * Whether a period one report alone uses is near one the others use, so that
 * it is more likely a slip than a new round of reporting: it cannot be read,
 * it is of the same year (2018-H2, 2018 or 2018-07 beside 2018-H1), or it is
 * the period next to it (2019-H1 beside 2018-H2).
 */
export function nearPeriod(lone: string, usual: string): boolean {
  if (!PERIOD_FORM.test(lone) || !PERIOD_FORM.test(usual)) return true;
  if (lone.slice(0, 4) === usual.slice(0, 4)) return true;
  const a = periodOrdinal(lone);
  const b = periodOrdinal(usual);
  return a.unit === b.unit && Math.abs(a.n - b.n) === 1;
}

/** A period in the one form as a count of its unit (years, halves, quarters, months). */
function periodOrdinal(period: string): { unit: string; n: number } {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (!rest) return { unit: 'Y', n: year };
  if (rest.startsWith('H')) return { unit: 'H', n: year * 2 + Number(rest.slice(1)) };
  if (rest.startsWith('Q')) return { unit: 'Q', n: year * 4 + Number(rest.slice(1)) };
  return { unit: 'M', n: year * 12 + Number(rest) };
}


/** The first and last day of a period in the one form (2018-H1 → 2018-01-01 … 2018-06-30), or null for a period in no known form. */
export function periodSpan(period: string): { start: string; end: string } | null {
  if (!PERIOD_FORM.test(period)) return null;
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  const [from, to] = !rest ? [1, 12] : rest.startsWith('H') ? (rest === 'H1' ? [1, 6] : [7, 12]) : rest.startsWith('Q') ? [Number(rest[1]) * 3 - 2, Number(rest[1]) * 3] : [Number(rest), Number(rest)];
  const last = new Date(Date.UTC(year, to, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { start: `${year}-${mm(from)}-01`, end: `${year}-${mm(to)}-${mm(last)}` };
}

/** A date plus whole days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
