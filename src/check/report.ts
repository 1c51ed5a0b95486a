/**
 * Reading one progress report (pure): JSON text → a report, with every problem
 * as a finding located at the report's line and column. JSON is parsed with
 * jsonc-parser in strict mode (no comments, no trailing commas) so that each
 * value keeps its offset; schema errors (ajv, JSON Schema 2020-12) are mapped
 * from their JSON pointer to that offset.
 */
import { replaceEvery } from '../parse/lexicon/regex.js';
import type { Params, Reason, SchemaRule } from '../model/codes.js';
import { type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { jsonStructure, pointerPath, Positions } from './json-positions.js';
import { finding, type Finding } from './findings.js';
import { normalisePeriod } from './period.js';
import { distance } from 'fastest-levenshtein';

export { nearPeriod, normalisePeriod, PERIOD_FORM } from './period.js';

export type Status = 'not_started' | 'in_progress' | 'completed' | 'blocked';

const STATUS_WORDS: Record<string, Status> = {
  not_started: 'not_started',
  in_progress: 'in_progress',
  completed: 'completed',
  blocked: 'blocked',
  未启动: 'not_started',
  推进中: 'in_progress',
  进行中: 'in_progress',
  已完成: 'completed',
  受阻: 'blocked',
};

export function normaliseStatus(s: string): Status | null {
  return STATUS_WORDS[s.trim()] ?? null;
}

/** Other ways people write a status: 完成, 已办结, 正在推进, Completed, in progress … */
const STATUS_ALIASES: [RegExp, Status][] = [
  [/^(已?完成|已办结|办结|已落实|已完结|done|complete|completed|finished)$/, 'completed'],
  [/^(正在推进|正在进行|进行|推进|持续推进|已启动|在推进|推进中|进行中|in_?progress|ongoing|started|underway)$/, 'in_progress'],
  [/^(未开始|尚未启动|尚未开始|未开展|未启动|not_?started|todo|pending)$/, 'not_started'],
  [/^(阻滞|遇阻|受阻|暂停|停滞|blocked|stalled|on_?hold)$/, 'blocked'],
];

/** A status written another way, read as one of the allowed values; null when it cannot be read. */
export function statusFromSpelling(written: string): Status | null {
  const t = written.trim().replace(/[。.！!，,；;、\s]+$/, '');
  const folded = t.toLowerCase().replace(/[\s-]+/g, '_');
  for (const [re, status] of STATUS_ALIASES) if (re.test(t) || re.test(folded)) return status;
  return null;
}

const STATUS_ZH: Record<Status, string> = { not_started: '未启动', in_progress: '推进中', completed: '已完成', blocked: '受阻' };

/** The punctuation an empty answer may carry around or inside it, besides white space (暂无。, N / A). */
const PADDING_MARKS = '。.，,；;、…';
/** White space and that punctuation. */
const EMPTY_PADDING = new RegExp(`[\\s\u3000${PADDING_MARKS}]+`);
/** What an answer that says nothing reads, its padding left out. */
const SAYS_NOTHING = /^(|无|暂无|暂无进展|无进展|暂无进度|没有|空|略|待补充|待填写|待定|未填|不详|-+|—+|－+|\/|／|N\/?A|n\/?a|none|None|NONE|TBD|tbd|null|\?+|？+)$/;
/**
 * An answer with more characters than this, besides its padding and the marks a run of which says nothing (---, ？？),
 * says something: the words above are short, and most progress is long.
 */
const SAYS_NOTHING_MAX = 8;

/** Progress text that says nothing: '', 无, 暂无, -, N/A … */
export function isEmptyProgress(s: string | undefined): boolean {
  if (s === undefined) return true;
  if (s.length > SAYS_NOTHING_MAX && !hasAtMostChars(s, SAYS_NOTHING_MAX)) return false;
  return SAYS_NOTHING.test(replaceEvery(s, EMPTY_PADDING, ''));
}

/** Padding (every white space of \\s) and the marks a run of which says nothing, by character code. */
const UNCOUNTED = new Set([...`\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff${PADDING_MARKS}-—－?？`].map((ch) => ch.charCodeAt(0)));

/** Whether a text holds at most `max` characters besides its padding and runs of marks (counted only as far as needed). */
function hasAtMostChars(s: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length && n <= max; i++) if (!UNCOUNTED.has(s.charCodeAt(i))) n++;
  return n <= max;
}

export interface ReportEntry {
  /** The id as written. */
  id: string;
  /** The task title the reporter copied (ignored, but used for did-you-mean). */
  title?: string;
  /** null when the entry breaks the schema (its fields are then not judged). */
  status: Status | null;
  /** The entry breaks the schema: the task counts as answered, but its fields are not judged. */
  invalid?: boolean;
  progress?: string;
  evidence?: string[];
  problems?: string;
  nextSteps?: string;
  /** Position of the entry in the report's `tasks` array. */
  index: number;
  /** A table row with nothing reported in it (a category row such as 一、科技创新, or a row left empty): not an unknown task when its id names none. */
  blank?: boolean;
}

/** Where a value is in a report: line and column in a JSON file; sheet and cell (E7) in a workbook, cell (and line) in a CSV file. */
export interface Place {
  line?: number;
  column?: number;
  sheet?: string;
  cell?: string;
}

/** A cell as people name it: 落实情况!A7, or A7 in a file of one table ('' for a place that is no cell). */
export function placeName(p: Place): string {
  return p.cell ? (p.sheet ? `${p.sheet}!${p.cell}` : p.cell) : '';
}

/** A place in a report file as shown to people: FILE:LINE:COLUMN in a JSON report, FILE:SHEET!CELL in a workbook, FILE:CELL in a CSV file. */
export function locationText(file: string | null, p: Place): string {
  if (!file) return '';
  if (p.cell) return `${file}:${placeName(p)}`;
  return [file, p.line, p.column].filter((x) => x !== undefined && x !== null).join(':');
}

/** Where a table report's unit, notice and period were read: a cell (`落实情况!B2`), the title row, the file name, the sheet name, or the one notice of the run. */
export interface FieldSource {
  from: 'field' | 'cell' | 'title' | 'file-name' | 'sheet-name' | 'only-notice';
  cell?: string;
}

export interface Report {
  file: string;
  unit: string;
  document: string;
  period: string;
  submitted?: string;
  tasks: ReportEntry[];
  /** The sheet of a workbook the report was read from. */
  sheet?: string;
  /** Where unit, document and period were read (table reports). */
  sources?: Partial<Record<'unit' | 'document' | 'period', FieldSource>>;
  /** Position of a value by its path (computed only when a finding needs it). */
  locate(path: (string | number)[]): Place;
}

export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

export type Validate = (value: unknown) => SchemaError[];

export const MAX_DEPTH = 64;

const TOP_FIELDS = new Set(['$schema', 'unit', 'document', 'period', 'submitted', 'contact', 'tasks']);
const TASK_FIELDS = new Set(['id', 'title', 'status', 'progress', 'evidence', 'problems', 'nextSteps']);


/**
 * A schema error as a rule of the code table, with its parameters: the
 * messages in both languages are worded there, never taken from ajv.
 */
function schemaRule(e: SchemaError): { rule: SchemaRule; [k: string]: string } {
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return { rule: 'required', field: String(p.missingProperty) };
    case 'type':
      return { rule: 'type', expected: String(p.type) };
    case 'minLength':
      return { rule: 'empty' };
    case 'pattern':
      // the schema's patterns: \S (not blank) and the YYYY-MM-DD of `submitted`
      return { rule: String(p.pattern).includes('\\d{4}') ? 'date-format' : 'blank' };
    case 'enum':
      return { rule: 'allowed-values', allowed: (p.allowedValues as unknown[]).map(String).join(', ') };
    case 'anyOf':
      return { rule: 'text-or-list' };
    default:
      return { rule: 'other', keyword: e.keyword };
  }
}

/** A value that fits none of its alternatives (evidence: a text or a list) is one error, not one per alternative as well. */
function oneErrorPerAlternative(errors: SchemaError[]): SchemaError[] {
  const anyOfAt = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return anyOfAt.size ? errors.filter((e) => e.keyword === 'anyOf' || !anyOfAt.has(e.instancePath)) : errors;
}

/** jsonc-parser's error codes as reason codes of the code table. */
const JSON_ERRORS: Record<string, Reason> = {
  InvalidSymbol: 'unexpected-character',
  InvalidNumberFormat: 'invalid-number',
  PropertyNameExpected: 'field-name-expected',
  ValueExpected: 'value-expected',
  ColonExpected: 'colon-expected',
  CommaExpected: 'comma-expected',
  CloseBraceExpected: 'close-brace-expected',
  CloseBracketExpected: 'close-bracket-expected',
  EndOfFileExpected: 'text-after-json',
  InvalidCommentToken: 'comment-in-json',
  UnexpectedEndOfComment: 'comment-in-json',
  UnexpectedEndOfString: 'unclosed-string',
  UnexpectedEndOfNumber: 'invalid-number',
  InvalidUnicode: 'invalid-unicode-escape',
  InvalidEscapeCharacter: 'invalid-escape',
  InvalidCharacter: 'control-character-in-string',
};

/** Full-width punctuation that Chinese input methods type where JSON needs ASCII. */
const FULL_WIDTH: Record<string, string> = { '：': ':', '，': ',', '“': '"', '”': '"', '｛': '{', '｝': '}', '［': '[', '］': ']', '＂': '"' };

/** Why JSON text does not parse: a reason code of the code table, with the character where it helps. */
export function describeJsonError(text: string, error: ParseError | undefined): Params {
  if (!error) return { reason: 'not-json' };
  const ch = text[error.offset] ?? '';
  const want = FULL_WIDTH[ch];
  if (want) return { reason: 'full-width-punctuation', char: ch, want };
  const code = printParseErrorCode(error.error);
  const before = text.slice(0, error.offset).trimEnd();
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',') && /^[}\]]/.test(text.slice(error.offset))) return { reason: 'trailing-comma' };
  const reason = JSON_ERRORS[code] ?? code;
  return reason === 'unexpected-character' && ch.trim() ? { reason, char: ch } : { reason };
}

/** Schema errors as findings, one per value (evidence fitting neither a text nor a list is one), each at its value's place. */
export function schemaFindings(errors: SchemaError[], file: string, locate: (path: (string | number)[]) => Place): Finding[] {
  return oneErrorPerAlternative(errors).map((e) => finding('schema-violation', { pointer: e.instancePath || '/', keyword: e.keyword, ...schemaRule(e) }, { file, ...locate(pointerPath(e.instancePath)) }));
}

export interface ReadResult {
  report: Report | null;
  findings: Finding[];
}

export interface ReadOptions {
  /** The file was UTF-8 with a few invalid bytes, decoded as U+FFFD: say where. */
  invalidUtf8?: boolean;
  /** The text again, from what the caller keeps anyway (the file's bytes): when given, the report does not hold its text after the reading. */
  reread?: () => string;
}

export function readReport(text: string, file: string, validate: Validate, opts: ReadOptions = {}): ReadResult {
  const { depth, duplicates } = jsonStructure(text, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    return { report: null, findings: [finding('too-deep', { depth: `>${MAX_DEPTH}`, limit: MAX_DEPTH }, { file, line: 1, column: 1 })] };
  }
  const pos = new Positions(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const e = errors[0];
    return { report: null, findings: [finding('invalid-json', describeJsonError(text, e), { file, ...pos.at(e ? e.offset : 0) })] };
  }
  const findings: Finding[] = [];
  if (opts.invalidUtf8) {
    const at = text.indexOf('\ufffd');
    findings.push(finding('invalid-utf8', { count: text.split('\ufffd').length - 1 }, { file, ...pos.at(Math.max(0, at)) }));
  }
  for (const d of duplicates) findings.push(finding('duplicate-field', { field: d.key }, { file, ...pos.at(d.offset) }));
  readStatusSpellings(value, pos, file, findings);
  const schemaErrors = validate(value);
  findings.push(...schemaFindings(schemaErrors, file, (path) => pos.locate(path)));
  if (!isObject(value)) return { report: null, findings };
  findUnknownFields(value, pos, file, findings);
  const submitted = typeof value.submitted === 'string' ? value.submitted : undefined;
  if (submitted && /^\d{4}-\d{2}-\d{2}$/.test(submitted) && !isCalendarDate(submitted)) {
    findings.push(finding('schema-violation', { pointer: '/submitted', keyword: 'format', rule: 'calendar-date', value: submitted }, { file, ...pos.locate(['submitted']) }));
  }
  const report = buildReport(value, schemaErrors, file, (path) => pos.locate(path));
  if (opts.reread) pos.release(opts.reread);
  return { report, findings };
}

const filled = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/**
 * The report, as far as it can be read: when unit, document and period are
 * sound, a report that breaks the schema elsewhere still counts for its unit
 * (its broken entries are answered but not judged), so that the unit is not
 * also told it sent no report.
 */
export function buildReport(v: Record<string, unknown>, schemaErrors: SchemaError[], file: string, locate: (path: (string | number)[]) => Place): Report | null {
  const unit = filled(v.unit);
  const document = filled(v.document);
  const period = filled(v.period);
  if (!unit || !document || !period || !Array.isArray(v.tasks)) return null;
  const broken = new Set<number>();
  for (const e of schemaErrors) {
    const m = /^\/tasks\/(\d+)/.exec(e.instancePath);
    if (m) broken.add(Number(m[1]));
  }
  const tasks: ReportEntry[] = [];
  (v.tasks as unknown[]).forEach((t, index) => {
    if (!isObject(t) || !filled(t.id)) return;
    const entry: ReportEntry = { id: String(t.id), ...(typeof t.title === 'string' ? { title: t.title } : {}), status: null, index };
    if (broken.has(index)) entry.invalid = true;
    else {
      // the entry passed the schema: each field below is absent or of its type
      entry.status = normaliseStatus(String(t.status));
      if (typeof t.progress === 'string') entry.progress = t.progress;
      if (typeof t.evidence === 'string') entry.evidence = [t.evidence];
      else if (Array.isArray(t.evidence)) entry.evidence = t.evidence as string[];
      if (typeof t.problems === 'string') entry.problems = t.problems;
      if (typeof t.nextSteps === 'string') entry.nextSteps = t.nextSteps;
    }
    tasks.push(entry);
  });
  const submitted = typeof v.submitted === 'string' && isCalendarDate(v.submitted) ? { submitted: v.submitted } : {};
  return { file, unit, document, period: normalisePeriod(period), ...submitted, tasks, locate };
}

/** A status written another way (已完成。, 完成, Completed) is read as the allowed value, with a warning. */
function readStatusSpellings(value: unknown, pos: Positions, file: string, out: Finding[]): void {
  if (!isObject(value) || !Array.isArray(value.tasks)) return;
  value.tasks.forEach((t: unknown, i: number) => {
    if (!isObject(t) || typeof t.status !== 'string' || STATUS_WORDS[t.status] !== undefined) return;
    const status = statusFromSpelling(t.status);
    if (!status) return;
    const read = /[\u4e00-\u9fa5]/.test(t.status) ? STATUS_ZH[status] : status;
    out.push(finding('status-spelling', { written: t.status, read }, { file, ...pos.locate(['tasks', i, 'status']) }));
    t.status = read;
  });
}

export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fields the schema does not know: a warning each (a typo such as `progess` loses data). */
/** A known field a typo may stand for (progess → progress, nextStep → nextSteps): at most two edits away, and not already in the object. */
function nearestField(key: string, known: Set<string>, obj: Record<string, unknown>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance && !Object.hasOwn(obj, k)) [best, bestDistance] = [k, d];
  }
  return best;
}

function findUnknownFields(value: Record<string, unknown>, pos: Positions, file: string, out: Finding[]): void {
  const check = (obj: unknown, known: Set<string>, path: (string | number)[]) => {
    if (!isObject(obj)) return;
    for (const key of Object.keys(obj)) {
      if (known.has(key)) continue;
      out.push(finding('unknown-field', { field: key, where: `/${path.join('/')}`, suggestions: nearestField(key, known, obj) ?? '' }, { file, ...pos.locateKey(path, key) }));
    }
  };
  check(value, TOP_FIELDS, []);
  if (Array.isArray(value.tasks)) value.tasks.forEach((t, i) => check(t, TASK_FIELDS, ['tasks', i]));
}
