/**
 * A task table copied from Excel or WPS, or saved as CSV: its cells apart by a TAB or a comma, a cell that holds a line
 * break (or the comma) written in double quotes ("推进…开发区扩区调位\n（…）"), a quote inside one doubled. The table's
 * lines are given back with the quoting taken off by a real CSV parser (csv-parse, handed in: it loads only for such
 * a text) and the cells set apart by TABs, each cell's own line breaks kept: the form a Word table copied as text has,
 * which the text's table readers read. Every line stays where it was, so every place in the text stays.
 */

/** The CSV parser's call, as csv-parse/sync's `parse` has it: the records, each its cells. */
export type DelimitedParse = (input: string, options: { delimiter: string; relax_quotes: boolean; relax_column_count: boolean }) => string[][];

/** Most lines a row may run over (a quoted cell of several paragraphs) before the table is taken to have ended. */
const ROW_LINES_MAX = 12;
/** Fewest cells a table's row has. */
const CELLS_MIN = 3;

/** A cell opening with a double quote after a TAB, or a line opening with one before a TAB: a table whose cells are quoted. */
const QUOTED_TAB_CELL = /(?:^|\t)"[^\t\n]*(?:\t|$)/m;
/** A line of three cells or more apart by commas whose header names a unit column: a task table saved as CSV. */
const CSV_HEADER = /^[^,\n]*(?:序号|编号|序號|編號)[^,\n]*,(?:[^,\n]*,)+[^\n]*(?:单位|部门|單位|部門)/m;

/** Whether a text holds a table whose cells may be quoted or set apart by commas: the parser is loaded only then. */
export function mayHoldDelimitedTable(text: string): boolean {
  return QUOTED_TAB_CELL.test(text) || CSV_HEADER.test(text);
}

/**
 * The text with each TAB table's quoted cells unquoted, and each CSV table's lines as TAB tables: the same lines, the
 * same line ends. A block the parser cannot read as one table (a quote never closed) is left as it is.
 */
export function unquotedTables(text: string, parse: DelimitedParse): string {
  const lines = text.split('\n');
  const ends = lines.map((l) => (l.endsWith('\r') ? '\r' : ''));
  const bodies = lines.map((l, k) => (ends[k] ? l.slice(0, -1) : l));
  for (let i = 0; i < bodies.length; i++) {
    const delimiter = bodies[i]!.includes('\t') ? '\t' : CSV_HEADER.test(bodies[i]!) ? ',' : null;
    if (!delimiter || cellCount(bodies[i]!, delimiter) < CELLS_MIN) continue;
    const block = readBlock(bodies, i, delimiter, parse);
    // (a block not read is passed over whole: each line is looked at once)
    if (block.lines) bodies.splice(i, block.lines.length, ...block.lines);
    i = block.last;
  }
  return bodies.map((b, k) => b + ends[k]).join('\n');
}

function cellCount(line: string, delimiter: string): number {
  return line.split(delimiter).length;
}

/**
 * The table starting at line `i`: its lines rewritten, as many as it has (null when it is not read), and its last
 * line. Its end is the last line holding the delimiter before a run of more than ROW_LINES_MAX lines that hold none,
 * moved on line by line while a quote stays open.
 */
function readBlock(bodies: readonly string[], i: number, delimiter: string, parse: DelimitedParse): { lines: string[] | null; last: number } {
  let end = i;
  for (let k = i + 1; k < bodies.length && k - end <= ROW_LINES_MAX; k++) if (bodies[k]!.includes(delimiter)) end = k;
  const none = { lines: null, last: end };
  if (end === i) return none;
  // a TAB table with no quote in it is read as it is
  if (delimiter === '\t' && !bodies.slice(i, end + ROW_LINES_MAX + 1).some((l) => l.includes('"'))) return none;
  for (let extra = 0; extra <= ROW_LINES_MAX && end + extra < bodies.length; extra++) {
    const parsed = tryParse(bodies.slice(i, end + extra + 1).join('\n'), delimiter, parse);
    if (!parsed) continue;
    // a quote that opened a cell but closed none (“一网通办” written with an ASCII quote first) swallows the cells after
    // it, TABs and all: that is no table's quoting
    if (parsed.some((record) => record.some((cell) => cell.includes('\t')))) return none;
    // a comma table is its rows of the header's width, up to the first that is not (a note with a comma in it after it)
    const width = parsed[0]!.length;
    const short = delimiter === ',' ? parsed.findIndex((record) => record.length !== width) : -1;
    const records = short < 0 ? parsed : parsed.slice(0, short);
    if (records.length < 2) return none;
    const body = records.findIndex((record) => ROW_NUMBER.test(record[0] ?? ''));
    const lines = records.flatMap((record, k) => (k < body ? headerLines(record) : record.join('\t').split('\n')));
    const taken = short < 0 ? end + extra + 1 - i : lines.length;
    return lines.length === taken ? { lines, last: i + taken - 1 } : none;
  }
  return none;
}

/** A row's number in its first cell: the table's body starts there. */
const ROW_NUMBER = /^\s*\d{1,3}\s*$/;

/**
 * A record above the first numbered row (the header) on its last line, each cell's own line breaks taken out: a
 * header cell typed over two lines ("牵头\n县领导", "完成\n时限") is one word of the header, as the table readers read a
 * header, right above the rows. The lines its cells ran over stay, empty, so that every line keeps its place.
 */
function headerLines(record: readonly string[]): string[] {
  const count = record.join('\t').split('\n').length;
  return [...new Array<string>(count - 1).fill(''), record.map((cell) => cell.replace(/[ \t]*\r?\n[ \t]*/g, '')).join('\t')];
}

function tryParse(input: string, delimiter: string, parse: DelimitedParse): ReturnType<DelimitedParse> | null {
  try {
    return parse(input, { delimiter, relax_quotes: true, relax_column_count: true });
  } catch {
    return null;
  }
}
