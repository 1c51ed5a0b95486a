/**
 * Document metadata: title, 发文字号, issuer (署名), 成文日期, 发布日期, 主送机关.
 * Marks the segments it consumes so that the structure pass skips them; an
 * issuer glued to the end of the last line is cut off that segment.
 */
import type { Segment } from './segments.js';
import { ANNOTATION, ANNOTATION_REST, DATE_ONLY, SPACED_DATE, TRAILING_ANNOTATION } from './segments.js';
import { matchHeading, parseChineseNumeral } from './markers.js';
import { hasUnitSuffix } from './unit-list.js';
import { labelAtStart } from './clauses.js';
import { sliceTwin, type TwinText, trimTwin } from './twin.js';
import { alternation, compiledPattern, matchesFrom } from './lexicon/regex.js';
import { ADDRESSED_TITLE_TYPES, ATTACHMENT_START, CANONICAL_TITLE_TYPES, COVER_TITLE, COVER_TYPE_END, DOCUMENT_TYPE_END, GLUED_HEAD_TYPES, LONG_METADATA_KEY, METADATA_KEY, TITLE_TAIL_TYPES } from './lexicon/documents.js';

export type SegmentRole = 'title' | 'docNumber' | 'meta' | 'addressee' | 'signature' | 'date' | 'annotation' | 'banner';

export interface Metadata {
  title: string | null;
  docNumber: string | null;
  issuer: string | null;
  issuers: string[];
  signedDate: string | null;
  publishedDate: string | null;
  addressees: string[];
  /** Line of the title, for diagnostics. */
  titleLine: number | null;
}

const DOC_NUMBER = /^([\u4e00-\u9fa5]{1,12})[ \t]*[〔［[(（【][ \t]*(\d{4})[ \t]*[〕］\])）】][ \t]*(\d{1,5})[ \t]*号$/;
const KEY_WORDS = METADATA_KEY;
// a key with its colon, or in brackets as some sites number their metadata (  1. [主题分类] 综合政务, 5、【成文日期】…): group
// 1, 2 or 3 is the key; in 【】 only a key no task list uses for its items' fields (【来源】…【责任单位】… are an item's)
const KEYED = compiledPattern(`^(?:(${KEY_WORDS})[ \\t]*[：:]|(?:\\d{1,2}[.、．][ \\t]*)?(?:\\[(${KEY_WORDS})\\]|【(${LONG_METADATA_KEY})】)(?:[ \\t]*[：:])?)[ \\t]*`);
const BANNER = /(文件|办公厅|办公室)$|^[\u4e00-\u9fa5]{2,30}文件$/;

/** The end of a title broken before its last words: `…工作任务分工` / `的通知`. */
const TITLE_TAIL = compiledPattern(`^的?(?:${alternation(TITLE_TAIL_TYPES)})$`);

/** A title ends with a document type; one that prints another document (关于印发…方案) ends with 通知 or 函. */
function titleComplete(title: string): boolean {
  const t = title.replace(/\s+/g, '');
  if (!DOCUMENT_TYPE_END.test(t)) return false;
  return !COVER_TITLE.test(t) || COVER_TYPE_END.test(t);
}

/** Most characters of a document's title standing alone on its line. */
const STANDING_TITLE_MAX = 60;

/** A line that is a document's title alone: a whole line ending in a document type, with no sentence punctuation. */
function standsAsDocumentTitle(seg: Segment): boolean {
  const n = seg.span.n.trim();
  return seg.lineStart && seg.lineEnd && n.length <= STANDING_TITLE_MAX && titleComplete(n) && !/[。；;，,：:]/.test(n);
}

export function normaliseDocNumber(raw: string): string | null {
  const m = DOC_NUMBER.exec(raw.replace(/\s+/g, ' ').trim());
  return m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(y > 1900 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// O and o: a scanned 二〇二三 read by OCR as 二O二三
const CN_YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', O: '0', o: '0', Ο: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 2017年11月17日, 二〇一七年十一月十七日, 2018-02-01, 2018/2/1, 2018.2.1 → ISO date. */
export function parseDate(s: string): string | null {
  let m = /(\d{4}|[〇零○OoΟ一二三四五六七八九]{4})[ \t]*年[ \t]*(\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*月[ \t]*(\d{1,2}|[一二三四五六七八九十]{1,3})[ \t]*日/.exec(s);
  if (m) {
    // year, month and day (groups 1–3) are all required by the pattern
    const year = m[1]!;
    const y = /^\d/.test(year) ? Number(year) : Number([...year].map((c) => CN_YEAR_DIGIT[c]).join(''));
    return isoDate(y, parseChineseNumeral(m[2]!), parseChineseNumeral(m[3]!));
  }
  m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function stripAnnotation(n: string): string {
  return n.replace(TRAILING_ANNOTATION, '').trim();
}

export function isDateSegment(seg: Segment): boolean {
  return DATE_ONLY.test(stripAnnotation(seg.span.n));
}

/** An organisation name standing alone: a signature candidate. */
function isOrgName(n: string): boolean {
  const t = n.trim();
  return t.length >= 3 && t.length <= 40 && hasUnitSuffix(t) && !/[。，,、；;：:！？]/.test(t) && !matchHeading(t) && !labelAtStart(t);
}

/** The issuer named in a title: 福建省人民政府办公厅关于… → 福建省人民政府办公厅. */
export function issuerFromTitle(title: string): string | null {
  const named = /^(.{3,40}?)关于/.exec(title)?.[1];
  if (named === undefined) return null;
  const parts = named.split(/[、\s]+/).filter(Boolean);
  return parts.length && parts.every((p) => hasUnitSuffix(p)) ? named.trim() : null;
}

export interface MetadataResult {
  meta: Metadata;
  /** Roles by index into `segments`. */
  roles: Map<number, SegmentRole>;
  /** The segments as the metadata pass read them: a flattened head cut into title, 发文字号 and addressees, an issuer glued to the line before the date cut off. A new array; the one given is not changed. */
  segments: Segment[];
}

/** The same keys anywhere in a line, after a wide space: `文号：…　　发布日期：…` in one row. */
const KEYED_LATER = compiledPattern(`(?<=[ \\t\\u3000]{2}|\\t)(${KEY_WORDS})[ \\t]*[：:][ \\t]*`);

/** The key–value pairs of a metadata line: one, or several set apart by wide spaces. */
function keyedValues(seg: Segment): { key: string; value: TwinText }[] {
  const m = KEYED.exec(seg.span.n);
  if (!m) return [];
  // the key is group 1, 2 or 3 of KEYED (one of them is required), group 1 of KEYED_LATER
  const starts: { key: string; at: number; value: number }[] = [{ key: (m[1] ?? m[2] ?? m[3])!, at: 0, value: m[0].length }];
  for (const k of matchesFrom(KEYED_LATER, seg.span.n, m[0].length)) starts.push({ key: k[1]!, at: k.index, value: k.index + k[0].length });
  return starts.map((st, i) => ({
    key: st.key.replace(/[ \t]/g, ''),
    value: trimTwin(sliceTwin(seg.span, st.value, starts[i + 1]?.at ?? seg.span.n.length)),
  }));
}

/** The longest metadata line: a line longer holds the text (the length past which a line is flattened text). */
const KEYED_LINE_MAX = 300;

/** Metadata lines as government websites print them above the text (发布日期：…, 发文字号：…). */
function readKeyed(segments: Segment[], meta: Metadata, roles: Map<number, SegmentRole>, limit: number): void {
  for (const [i, seg] of segments.slice(0, limit).entries()) {
    // a page flattened onto one line opens with its metadata (标题: … 发布时间: … 正文 …一、…): the line is the text, and
    // a key's value would run to its end
    if (seg.span.n.length > KEYED_LINE_MAX) continue;
    const pairs = keyedValues(seg);
    if (pairs.length) roles.set(i, 'meta');
    for (const kv of pairs) readKeyedValue(kv, meta);
  }
}

function readKeyedValue(kv: { key: string; value: TwinText }, meta: Metadata): void {
  const v = kv.value.r.trim();
  if (kv.key === '发布日期' || kv.key === '印发日期') meta.publishedDate ??= parseDate(v);
  else if (kv.key === '成文日期' || kv.key === '发文日期') meta.signedDate ??= parseDate(v);
  else if (kv.key === '标题' || kv.key === '名称') meta.title ??= v || null;
  else if (kv.key === '发文字号' || kv.key === '文号' || kv.key === '字号') meta.docNumber ??= normaliseDocNumber(v);
  else if (kv.key === '发文机关' || kv.key === '发布机构') {
    if (v && !meta.issuers.length) meta.issuers = v.split(/[、\s]+/).filter(Boolean);
  }
}

/** Title: the first lines before the doc number, the addressees or the body. */
/** A whole title on one line: …关于…的通知 (or 意见, 决定 …). */
const CANONICAL_TITLE = compiledPattern(`^[^。；;：:，,]{0,40}关于[^。；;：:]{2,80}的?(?:${alternation(CANONICAL_TITLE_TYPES)})$`);
/** A title with the addressees glued after it: …的通知各县、区人民政府，…： */
const TITLE_THEN_ADDRESSEES = compiledPattern(`^([^。；;：:，,]{0,40}关于[^。；;：:]{2,80}?的?(?:${alternation(ADDRESSED_TITLE_TYPES)}))(?=各|[^，,。]{2,24}(?:人民政府|政府|管委会|委员会|厅|局)[，,、])`);

/** A sentence opening with 根据, 按照 …: running text quoting a title (根据市政府关于…的通知 / 要求，…), never a title. */
const SENTENCE_OPENING = /^(?:根据|按照|依据|依照|遵照|为了|为(?:进一步|贯彻|落实|深入|加快|推动|切实|全面))/;

/** A book-title mark left open (《…): the words go on past this text. */
const openBookTitle = (t: string): boolean => (t.match(/《/g)?.length ?? 0) > (t.match(/》/g)?.length ?? 0);

/** Whether a whole title (…关于…的通知) starts at segment k: on its line, or on it and the next when the page wrapped it. */
function wholeTitleAt(segments: Segment[], roles: Map<number, SegmentRole>, k: number): boolean {
  const canonical = (t: string): boolean => CANONICAL_TITLE.test(t) && !openBookTitle(t) && !SENTENCE_OPENING.test(t);
  const n = segments[k]!.span.n.replace(/\s+/g, '');
  if (canonical(n)) return true;
  const next = segments[k + 1];
  if (next === undefined || roles.has(k + 1) || next.blankBefore) return false;
  // a wrapped line fills the width and its rest is shorter: a short heading above a long sentence is no broken title
  const rest = next.span.n.replace(/\s+/g, '');
  return n.length >= rest.length && canonical(n + rest);
}

/**
 * Where the title starts: the first line, unless a whole title (…关于…的通知)
 * stands a few lines further down below lines that are not part of it (an
 * article headline, an account name, a breadcrumb left in a copy).
 */
function titleStart(segments: Segment[], roles: Map<number, SegmentRole>, limit: number): number {
  const first = segments.findIndex((_s, i) => i < limit && !roles.has(i));
  for (let k = Math.max(first, 0), seen = 0; k < limit && seen < 12; k++) {
    const seg = segments[k];
    if (seg === undefined || roles.has(k)) continue;
    seen++;
    const n = seg.span.n.trim();
    if (matchHeading(n) || labelAtStart(n)) break;
    if (!wholeTitleAt(segments, roles, k) && !(/[：:]$/.test(n) && TITLE_THEN_ADDRESSEES.test(n))) continue;
    // an issuer line above a title that starts with 关于 belongs to it
    const above = segments[k - 1];
    // (joint issuers too: 中共莆田市委办公室、莆田市人民政府办公室)
    if (k > first && /^关于/.test(n) && above && above.span.n.trim().split('、').every(isOrgName)) return k - 1;
    return k;
  }
  return 0;
}

function readTitle(segments: Segment[], meta: Metadata, roles: Map<number, SegmentRole>, limit: number): number {
  const parts: string[] = [];
  let titleLine: number | null = null;
  const start = titleStart(segments, roles, limit);
  segments.slice(0, start).forEach((seg, k) => {
    if (!roles.has(k) && !normaliseDocNumber(seg.span.n.trim())) roles.set(k, 'banner');
  });
  let i = 0;
  for (; i < limit; i++) {
    const seg = segments[i];
    if (seg === undefined || roles.has(i)) continue;
    const n = seg.span.n.trim();
    // group 1 of TITLE_THEN_ADDRESSEES, the title, is required
    const gluedTitle = !parts.length && /[：:]$/.test(n) ? TITLE_THEN_ADDRESSEES.exec(n)?.[1] : undefined;
    if (gluedTitle !== undefined) {
      // the title and the addressee line on one line: split where the title ends
      parts.push(seg.span.r.trim().slice(0, gluedTitle.length));
      titleLine = seg.line;
      roles.set(i, 'title');
      meta.addressees = splitAddressees(n.slice(gluedTitle.length));
      i++;
      break;
    }
    if (normaliseDocNumber(n)) {
      // a red-header notice prints its number above the title
      if (parts.length) break;
      continue;
    }
    const following = segments[i + 1];
    const next = following?.span.n.trim() ?? '';
    // an attachment's mark above its title (附件 / 附件2) is no part of it
    if (!parts.length && ATTACHMENT_START.test(n)) {
      roles.set(i, 'banner');
      continue;
    }
    if (!parts.length && BANNER.test(n) && !/关于/.test(n) && n.length <= 30 && !DOCUMENT_TYPE_END.test(n) && (n.endsWith('文件') || !next.startsWith('关于'))) {
      roles.set(i, 'banner');
      continue;
    }
    if (/[。；;]/.test(n) || /[：:]$/.test(n) || matchHeading(n) || labelAtStart(n) || isDateSegment(seg)) break;
    // running text quoting a title (根据市政府关于…的通知 / 要求，…) goes on no title
    if (parts.length && SENTENCE_OPENING.test(n)) break;
    if (parts.length && (seg.blankBefore || (titleComplete(parts.join('')) && !TITLE_TAIL.test(n)))) break;
    if (parts.join('').length + n.length > 120) break;
    parts.push(seg.span.r.trim());
    titleLine ??= seg.line;
    roles.set(i, 'title');
    if (titleComplete(parts.join('')) && !TITLE_TAIL.test(next) && !(following && /^[（(]/.test(following.span.n) && !matchHeading(following.span.n))) {
      i++;
      break;
    }
  }
  const title = parts.join('').replace(/\s+/g, '');
  if (title) {
    meta.title ??= title;
    meta.titleLine = titleLine;
  }
  return i;
}

/** Doc number standing on its own line near the top, and the addressee line ending in ：. */
function readHead(segments: Segment[], meta: Metadata, roles: Map<number, SegmentRole>, from: number, limit: number): void {
  for (const [i, seg] of segments.slice(0, limit).entries()) {
    if (roles.has(i)) continue;
    const n = seg.span.n.trim();
    const dn = normaliseDocNumber(n);
    if (dn) {
      meta.docNumber ??= dn;
      roles.set(i, 'docNumber');
      continue;
    }
    if (i < from) continue;
    if (matchHeading(n)) break;
    if (/[：:]$/.test(n) && !labelAtStart(n) && !meta.addressees.length && n.length <= 300 && /[、，,]|政府|部门|单位|机构|委员会|各/.test(n)) {
      roles.set(i, 'addressee');
      meta.addressees = splitAddressees(addresseeLine(segments, roles, from, i));
      continue;
    }
    if (/。/.test(n)) break;
  }
}

/** `各县、区人民政府，市直各单位：` → the addressees. */
function splitAddressees(line: string): string[] {
  return line
    .replace(/[：:]\s*$/, '')
    .split(/[，,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The addressee line with the lines it was wrapped from: `…省人民政府各部` / `门、各直属机构：`. */
function addresseeLine(segments: Segment[], roles: Map<number, SegmentRole>, from: number, at: number): string {
  let n = segments[at]?.span.n.trim() ?? '';
  for (let j = at - 1; j >= from && !roles.has(j) && !segments[j + 1]?.blankBefore; j--) {
    const prev = segments[j]?.span.n.trim();
    if (!prev || /[。；;：:]$/.test(prev) || matchHeading(prev)) break;
    roles.set(j, 'addressee');
    n = prev + n;
  }
  return n;
}

/**
 * Signature blocks: a date standing alone (or cut off a line), with organisation
 * names right before it. The first block gives the issuer and the signing date.
 */
/** A line that finishes the one above it (`…、各` / `市、县（区）人民政府`): never a signature of its own. */
function continuesAbove(segments: Segment[], j: number): boolean {
  const prev = segments[j - 1];
  const cur = segments[j];
  if (!prev || !cur || cur.blankBefore) return false;
  // 等… closes a list (等省直有关部门): no signature starts with it
  return /[、，,（(]$/.test(prev.span.n.trimEnd()) || /^[、，,）)等]/.test(cur.span.n.trim()) || /(各|省直|市直|县直|人行)$/.test(prev.span.n.trimEnd());
}

function readSignatures(segments: Segment[], meta: Metadata, roles: Map<number, SegmentRole>, titleIssuer: string | null): void {
  let found = false;
  const lastText = segments.findLastIndex((seg, i) => {
    const n = seg.span.n.trim();
    return !roles.has(i) && n && !ANNOTATION.test(n);
  });
  // segments before i may be cut (a glued issuer) while this runs; seg itself is not
  // the first numbered line's index, found once when asked
  let firstHeadingAt: number | undefined;
  const firstHeading = (): number => {
    firstHeadingAt ??= segments.findIndex((seg) => seg.lineStart && matchHeading(seg.span.n.trim()) !== null);
    return firstHeadingAt < 0 ? Infinity : firstHeadingAt;
  };
  for (const [i, seg] of segments.entries()) {
    if (roles.has(i) || !isDateSegment(seg)) continue;
    const names: string[] = [];
    let j = i - 1;
    while (j >= 0 && !roles.has(j) && names.length < 6) {
      const above = segments[j];
      if (!above || !isOrgName(above.span.n) || continuesAbove(segments, j)) break;
      names.unshift(above.span.r.trim());
      j--;
      // a blank line above a signature line ends the block
      if (above.blankBefore) break;
    }
    const before = segments[j];
    if (!names.length && j >= 0 && before && !roles.has(j) && titleIssuer) {
      // the issuer glued to the end of the line before the date
      const n = before.span.n.replace(/[ \t]+$/, '');
      if (n.endsWith(titleIssuer) && n.length > titleIssuer.length) {
        segments[j] = { ...before, span: sliceTwin(before.span, 0, n.length - titleIssuer.length), lineEnd: true };
        names.push(titleIssuer);
      }
    }
    // a date with no names above it signs the text when nothing follows it, or when an attachment starts right after it
    const next = segments[i + 1];
    // (or, after the covering notice's numbered paragraphs, the attached document's own title standing alone on its line:
    // …分工方案, the page's 附件 line lost)
    const beforeAttachment = next !== undefined && (ATTACHMENT_START.test(next.span.n.trim()) || (standsAsDocumentTitle(next) && firstHeading() < i));
    if (!names.length && i !== lastText && !beforeAttachment) continue;
    for (let k = j + 1; k < i; k++) roles.set(k, 'signature');
    roles.set(i, 'date');
    const after = segments[i + 1];
    const broken = /[（(]此件[^）)]*$/.test(seg.span.n.trim());
    if (after && (ANNOTATION.test(after.span.n.trim()) || (broken && ANNOTATION_REST.test(after.span.n.trim())))) roles.set(i + 1, 'annotation');
    if (!found) {
      found = true;
      if (names.length && !meta.issuers.length) meta.issuers = names;
      meta.signedDate ??= parseDate(seg.span.n);
    }
  }
  segments.forEach((seg, i) => {
    if (!roles.has(i) && ANNOTATION.test(seg.span.n.trim())) roles.set(i, 'annotation');
  });
}

const GLUED_HEAD =
  compiledPattern(String.raw`^(.{6,100}?(?:${alternation(GLUED_HEAD_TYPES)}))(?=[\u4e00-\u9fa5]{1,12}[ \t]*[〔［[(（【][ \t]*\d{4}[ \t]*[〕］\])）】][ \t]*\d{1,5}[ \t]*号|各|[\u4e00-\u9fa5]{2,30}[：:])`);
const GLUED_DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[ \t]*[〔［[(（【][ \t]*\d{4}[ \t]*[〕］\])）】][ \t]*\d{1,5}[ \t]*号/;

/** The shortest line of text run together in which a signature is looked for (a signature line's own length is far less). */
const RUN_TOGETHER_MIN = 200;
/** The most an issuer's name (or two) before the date holds. */
const SIGNATURE_MAX = 40;

/**
 * In a line of text run together (a page's paragraphs joined with spaces), a signature and its date set apart by
 * spaces, and the attachment's title after them up to the first number of its text (…情况。 蔡甸区人民政府办公室
 * 2023年1月3日 2023年…责任分解方案 一、…): cut apart, so that the readers below see them as the lines they were.
 */
function splitGluedSignatures(segments: Segment[]): void {
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i]!;
    if (seg.span.n.length < RUN_TOGETHER_MIN) continue;
    const cuts = signatureCuts(seg.span.n);
    if (!cuts.length) continue;
    const ends = [...cuts, seg.span.n.length];
    let start = 0;
    const pieces: Segment[] = [];
    for (const end of ends) {
      pieces.push({ ...seg, span: sliceTwin(seg.span, start, end), col: seg.col + start, lineStart: start === 0 ? seg.lineStart : true, lineEnd: end === seg.span.n.length ? seg.lineEnd : true });
      start = end;
    }
    segments.splice(i, 1, ...pieces);
  }
}

/** Where a line run together is cut around each signature in it: before the issuer, the date and the title after it, and before the title's text. */
function signatureCuts(n: string): number[] {
  const cuts: number[] = [];
  for (const m of matchesFrom(SPACED_DATE, n)) {
    const issuer = issuerBefore(n, m.index);
    const dateEnd = m.index + m[0].length;
    const title = issuer === null ? null : titleAfter(n, dateEnd);
    if (issuer === null || title === null) continue;
    cuts.push(issuer, m.index, dateEnd);
    // 附件: and the title after it on lines of their own, as the page had them
    const after = skipSpaces(n, dateEnd, 1);
    const markEnd = after + (ATTACHMENT_MARK.exec(n.slice(after, title))?.[0].length ?? 0);
    if (markEnd > after && markEnd < title && n.slice(markEnd, title).trim()) cuts.push(markEnd);
    if (title > dateEnd) cuts.push(title);
  }
  return cuts;
}

/** How many names a signature set apart by spaces may hold (joint issuers). */
const SIGNATURE_NAMES = 3;

/** Where the issuers' names set apart by spaces right before a date start (… 蔡甸区人民政府办公室 2023年1月3日), or null. */
function issuerBefore(n: string, date: number): number | null {
  let start: number | null = null;
  let end = date;
  for (let k = 0; k < SIGNATURE_NAMES; k++) {
    // the name back to the space before it, looked at no further than a name may reach (each date costs its few characters)
    const nameEnd = skipSpaces(n, end, -1);
    let nameStart = nameEnd;
    while (nameStart > 0 && nameEnd - nameStart <= SIGNATURE_MAX && !isSpaceCode(n.charCodeAt(nameStart - 1))) nameStart--;
    if (nameStart === 0 || nameStart === nameEnd || nameEnd - nameStart > SIGNATURE_MAX || !isOrgName(n.slice(nameStart, nameEnd))) break;
    start = end = nameStart;
  }
  return start;
}

const isSpaceCode = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;

/** The place past the spaces from `at` (forward, step 1) or before it (back, step -1: the place after the last non-space). */
function skipSpaces(n: string, at: number, step: 1 | -1): number {
  let k = at;
  if (step === 1) while (k < n.length && isSpaceCode(n.charCodeAt(k))) k++;
  else while (k > 0 && isSpaceCode(n.charCodeAt(k - 1))) k--;
  return k;
}

/** The longest attachment title looked for after a signature's date. */
const TITLE_AFTER_MAX = 80;

/**
 * Where the text after a signature's date starts its numbering, when what stands between is an attachment's title
 * (…责任分解方案, 附件: …项目) or 附件 alone: null when it is none (a sentence goes on).
 */
function titleAfter(n: string, from: number): number | null {
  const window = n.slice(from, from + TITLE_AFTER_MAX + 4);
  for (let k = 1; k < window.length; k++) {
    if (!/[ \t\u3000]/.test(window.charAt(k - 1)) || !matchHeading(window, k)) continue;
    const title = window.slice(0, k).trim();
    const bare = title.replace(ATTACHMENT_MARK, '').trim();
    // after 附件 any title will do (附件: 2023年连云港市民生实事项目); else one that names a kind of document
    const named = ATTACHMENT_MARK.test(title) || DOCUMENT_TYPE_END.test(bare);
    return bare === '' || (named && !/[。；;，,：:]/.test(bare)) ? from + k : null;
  }
  return null;
}

/** 附件 or 附件2 with or without its colon, before an attachment's title on its line. */
const ATTACHMENT_MARK = /^附[ \t]*件[ \t]*[0-9一二三四五六七八九十]*[ \t]*[：:]?/;

/**
 * A flattened document glues title, doc number and addressees into one segment:
 * cut them apart so that the readers below see them as lines.
 */
function splitGluedHead(segments: Segment[]): void {
  const first = segments[0];
  if (!first || first.span.n.length < 60 || matchHeading(first.span.n)) return;
  const t = GLUED_HEAD.exec(first.span.n);
  if (!t) return;
  // group 1, the title, is required by the pattern
  const titleEnd = t[1]!.length;
  const cuts = [titleEnd];
  const dn = GLUED_DOC_NUMBER.exec(first.span.n.slice(titleEnd));
  if (dn) cuts.push(titleEnd + dn[0].length);
  const pieces: Segment[] = [];
  let start = 0;
  for (const end of [...cuts, first.span.n.length]) {
    pieces.push({ ...first, span: sliceTwin(first.span, start, end), col: first.col + start, lineStart: start === 0, lineEnd: end === first.span.n.length });
    start = end;
  }
  segments.splice(0, 1, ...pieces);
}

/**
 * `typed`: 1-based numbers of the lines a reader typed (a table's cells). They
 * are held while the fields are read, so that no cell (a unit cell above a
 * deadline cell) is taken for a signature, a date or a title, and let go after.
 */
export function readMetadata(given: readonly Segment[], typed: ReadonlySet<number> = new Set()): MetadataResult {
  const segments = [...given];
  splitGluedHead(segments);
  splitGluedSignatures(segments);
  const meta: Metadata = {
    title: null,
    docNumber: null,
    issuer: null,
    issuers: [],
    signedDate: null,
    publishedDate: null,
    addressees: [],
    titleLine: null,
  };
  const roles = new Map<number, SegmentRole>();
  const held: number[] = [];
  if (typed.size) {
    segments.forEach((seg, i) => {
      if (typed.has(seg.line)) held.push(i);
    });
    for (const i of held) roles.set(i, 'banner');
  }
  const head = Math.min(segments.length, 40);
  readKeyed(segments, meta, roles, head);
  const afterTitle = readTitle(segments, meta, roles, head);
  readHead(segments, meta, roles, afterTitle, head);
  readSignatures(segments, meta, roles, meta.title ? issuerFromTitle(meta.title) : null);
  if (!meta.issuers.length && meta.title) {
    const fromTitle = issuerFromTitle(meta.title);
    if (fromTitle) meta.issuers = [fromTitle];
  }
  meta.issuer = meta.issuers.length ? meta.issuers.join('、') : null;
  for (const i of held) roles.delete(i);
  return { meta, roles, segments };
}
