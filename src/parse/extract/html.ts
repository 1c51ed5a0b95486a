/**
 * HTML notices as government sites serve them, read with cheerio: the
 * charset from the BOM, <meta charset> or http-equiv (gb2312/gbk pages decode
 * as GB18030), the metadata table (索引号, 发文字号, 成文日期 …), the title, and
 * the article body without navigation, scripts, share bars, breadcrumbs and
 * footers. Paragraph and <br> breaks become lines; each line remembers the
 * element's line and column in the HTML file; task tables become task lines.
 */
import type { AnyNode, Element } from 'domhandler';
import { decodeBuffer, type EncodingName, isValidNonAsciiUtf8, normaliseCharset } from './decode.js';
import { diag } from '../../model/diagnostic.js';
import { splitLines } from '../../model/position.js';
import { SITE_NAME_END, TITLE_WORD } from '../lexicon/documents.js';
import { FormatError, HEADING_GAP, isBoldHeading, LineSink, MAX_HTML_DEPTH, type SourceLocation, type SourceText } from './source.js';
import { matchesFrom } from '../lexicon/regex.js';
import { buildGrid, writeTable } from './table.js';

/** The charset a page declares in its first bytes (<meta charset>, http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

export async function decodeHtml(bytes: Uint8Array, requested: EncodingName): Promise<{ text: string; encoding: string; diagnostics: ReturnType<typeof diag>[] }> {
  const diagnostics: ReturnType<typeof diag>[] = [];
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (requested !== 'auto' || hasBom) {
    const d = await decodeBuffer(bytes, requested);
    return { text: d.text, encoding: d.encoding, diagnostics };
  }
  const declared = declaredCharset(bytes);
  const enc = declared ? normaliseCharset(declared) : null;
  if (enc && enc !== 'utf-8' && isValidNonAsciiUtf8(bytes)) {
    // a page saved again as UTF-8 keeps its old gb2312 declaration: the bytes say otherwise
    const d = await decodeBuffer(bytes, 'utf-8');
    diagnostics.push(diag('charset-mismatch', { declared: declared!, used: 'utf-8' }));
    return { text: d.text, encoding: 'utf-8', diagnostics };
  }
  if (enc && enc !== 'utf-8') {
    const d = await decodeBuffer(bytes, enc);
    return { text: d.text, encoding: `${d.encoding} (declared ${declared})`, diagnostics };
  }
  const d = await decodeBuffer(bytes, 'auto');
  if (enc === 'utf-8' && d.encoding !== 'utf-8' && d.encoding !== 'utf-8-bom') diagnostics.push(diag('charset-mismatch', { declared: declared!, used: d.encoding }));
  return { text: d.text, encoding: d.encoding, diagnostics };
}

const JUNK = [
  'script',
  'style',
  'noscript',
  'iframe',
  'nav',
  'form',
  'button',
  'select',
  'header',
  'footer',
  'object',
  'embed',
  '[class*="share"]',
  '[id*="share"]',
  '[class*="breadcrumb"]',
  '[class*="crumb"]',
  '[class*="footer"]',
  '[id*="footer"]',
  '[class*="header"]',
  '[id*="header"]',
  '[class*="navbar"]',
  '[class*="menu"]',
  '[id*="menu"]',
  '.position',
  '#position',
  '.location',
  '.print',
  '.close',
  '[class*="related"]',
  '[class*="relevant"]',
];

/**
 * Furniture known by its tag alone: never the page's text, whatever it holds (a script's code may be all Chinese). A
 * form is furniture by its name (a search box), but a page's whole text may stand in one (Visual SiteBuilder's pages
 * put the article in `<form name="_newscontent_fromname">`): it goes like a block named so.
 */
const JUNK_TAGS = new Set(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'button', 'select', 'nav']);
/** The share of the page's Chinese text above which a block named like furniture (a div.headerDiv around the whole page) is the page. */
const WHOLE_PAGE_SHARE = 0.8;

/** Removes page furniture; a block named like a header or footer that holds nearly all of the page's text stays (its own furniture inside it goes). */
function removeJunk($: Cheerio): void {
  $([...JUNK_TAGS].join(',')).remove();
  const counts = cjkCounts($.root()[0]!);
  const total = counts.get($.root()[0]!) ?? 0;
  for (const el of $(JUNK.join(',')).toArray() as Element[]) {
    if (total > 0 && (counts.get(el) ?? 0) >= total * WHOLE_PAGE_SHARE) continue;
    // a form around the article's body
    if (el.tagName === 'form' && $(el).find(BODY_SELECTOR).length) continue;
    $(el).remove();
  }
}

/** The Chinese characters under each node, counted in one walk (a count per element asked of its text would read nested blocks again and again). */
function cjkCounts(root: AnyNode): Map<AnyNode, number> {
  const counts = new Map<AnyNode, number>();
  // post-order without recursion: a node's count is its children's sum once they are counted
  const stack: { node: AnyNode; done: boolean }[] = [{ node: root, done: false }];
  while (stack.length) {
    const top = stack.pop()!;
    const children = 'children' in top.node ? (top.node.children as AnyNode[]) : [];
    if (!top.done) {
      stack.push({ node: top.node, done: true });
      for (const c of children) stack.push({ node: c, done: false });
      continue;
    }
    const own = top.node.type === 'text' ? cjkCount((top.node as unknown as { data: string }).data ?? '') : 0;
    counts.set(top.node, children.reduce((sum, c) => sum + (counts.get(c) ?? 0), own));
  }
  return counts;
}

/** Selectors of article bodies on government sites, most specific first. */
const BODY = ['#zoom', '#Zoom', '.TRS_Editor', '#UCAP-CONTENT', '.v_news_content', '.view.TRS_UEDITOR', '.trs_editor_view', '.pages_content', '.xxgk_content', '.article-content', '.article_content', '.articleContent', '#article', '.article', 'article', '.zw', '#zw', '.main-txt', '#mainText', '.detail-content', '.content', '#content', '.con', 'main'];
/** The body containers as one selector. */
const BODY_SELECTOR = BODY.join(',');

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'address', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'hr', 'figure', 'figcaption']);

function cjkCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) n++;
  }
  return n;
}

function locOf(node: AnyNode): SourceLocation {
  const l = (node as Element).sourceCodeLocation;
  const tag = (node as Element).tagName;
  return l ? { line: l.startLine, column: l.startCol, ...(tag ? { element: tag } : {}) } : {};
}

/** Where a text node's first visible character stands, with the element around it. */
function textLoc(node: AnyNode, data: string, parent: string | undefined): SourceLocation {
  const l = (node as Element).sourceCodeLocation;
  if (!l) return {};
  const lead = /^[ \t\r\n]*/.exec(data)![0];
  const breaks = splitLines(lead);
  const line = l.startLine + breaks.length - 1;
  const lastBreak = breaks.at(-1);
  const column = breaks.length > 1 && lastBreak !== undefined ? lastBreak.length + 1 : l.startCol + lead.length;
  return { line, column, ...(parent ? { element: parent } : {}) };
}

/** Text of a node with HTML whitespace collapsed but &nbsp; and full-width spaces kept; <br> and blocks as line breaks. */
function textWithBreaks($: import('cheerio').CheerioAPI, node: AnyNode): string {
  if (node.type === 'text') return ((node as unknown as { data: string }).data ?? '').replace(/[ \t\r\n]+/g, ' ');
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
  const el = node as Element;
  if (el.tagName === 'br') return '\n';
  const inner = el.children.map((c) => textWithBreaks($, c)).join('');
  return BLOCK.has(el.tagName) ? `\n${inner}\n` : inner;
}

type Cheerio = import('cheerio').CheerioAPI;

/** Tags that set a run in bold. */
const BOLD = new Set(['b', 'strong']);

const isBreak = (n: AnyNode) => n.type === 'tag' && (BLOCK.has((n as Element).tagName) || (n as Element).tagName === 'br');

/** Keys of a page's metadata table besides 索引号. */
const INFO_KEYS = /发文字号|成文日期|发布日期|发文机关|发布机构|发文日期/;
/** The most text a metadata table holds (its keys, a title and a few dates), in characters. */
const INFO_MAX = 1000;

/** The metadata table government pages print above the article (索引号, 发文机关, 发文字号 …), as `key：value` lines. */
function readInfoTable($: Cheerio, sink: LineSink): void {
  // the smallest block that holds the keys, and never one around the article (a layout table whose rows hold the
  // whole page and its 发布日期 line: read as key–value rows, its paragraphs' text would be lost)
  const candidates = $('table, div, ul')
    .toArray()
    .map((el) => ({ el, t: $(el).text() }))
    .filter(({ el, t }) => /索\s*引\s*号/.test(t) && INFO_KEYS.test(t) && t.length < INFO_MAX && !$(el).is(BODY_SELECTOR) && !$(el).find(BODY_SELECTOR).length && !holdsParagraph($, el));
  if (!candidates.length) return;
  const info = $(candidates.reduce((a, b) => (b.t.length < a.t.length ? b : a)).el);
  const rows = info.find('td, th, li, span, dd, dt, p').length ? info.find('tr, li, p, dl, div').toArray() : [info.get(0)!];
  for (const row of rows) {
    const t = $(row)
      .children()
      .toArray()
      .map((c) => $(c).text().replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    // label cells end in a colon and run into their value; pairs are kept apart by two spaces
    const line = t.length
      ? t
          .map((c, i) => {
            const prev = t[i - 1];
            return prev !== undefined && !/[:：]$/.test(prev) ? `  ${c}` : c;
          })
          .join('')
      : $(row).text().trim();
    if (line) sink.push(line, locOf(row));
  }
  info.remove();
}

/** The most a metadata row holds (a key and its value, a title); a longer line is a paragraph of the notice. */
const INFO_ROW_MAX = 120;

/**
 * Whether a block holds a paragraph of running text: then it is an article that opens with its metadata lines (a short
 * notice whose page prints 索引号 … at its top), not the metadata table.
 */
function holdsParagraph($: Cheerio, el: AnyNode): boolean {
  const blocks = $(el).find('p, div, li, td').toArray();
  // or a block holding more lines than a metadata table has (its keys, a title, dates: a dozen or two): a notice's
  // lines, each a block, or apart by <br>
  const lines = (b: Element) => $(b).children('p, div, li, br').length;
  return [el as Element, ...blocks].some((b) => lines(b) > INFO_ROWS_MAX) || blocks.some((row) => $(row).text().replace(/\s+/g, '').length > INFO_ROW_MAX && !$(row).find('p, div, li, td').length);
}

/** The most rows a metadata table has: 索引号, 发布机构, 生成日期, 名称, 文号, 主题分类 … with their values. */
const INFO_ROWS_MAX = 16;

/** The article body: a known container with Chinese text, else the block whose paragraphs hold the most. */
function findArticle($: Cheerio): Element | undefined {
  const known = BODY.map((sel) => $(sel).toArray()).flat();
  const hit = known.find((el) => cjkCount($(el).text()) >= 50) as Element | undefined;
  if (hit) return hit;
  let best = 0;
  let body: Element | undefined;
  $('div, td, section, article').each((_, el) => {
    // text written straight into the block (old CMS pages: <td>text<br><br>text</td>) counts too, and so do <div> and
    // <section> used as paragraphs (a copy from a WeChat editor sets each paragraph in a <section>)
    const own = $(el)
      .contents()
      .toArray()
      .filter((c) => c.type === 'text' || (c.type === 'tag' && (/^(p|span|font)$/.test((c as Element).tagName) || isLeafBlock(c as Element))))
      .reduce((n, c) => n + cjkCount($(c).text()), 0);
    if (own > best) {
      best = own;
      body = el as Element;
    }
  });
  return (body && dataTableAround($, body)) ?? body ?? ($('body').get(0) as Element | undefined);
}

/** Rows of a grid of data: a table of task rows, not a page's layout. */
const GRID_ROWS = 3;
const GRID_CELLS = 3;

/**
 * A cell that holds only part of a data table's text (a page that is all a task table, whose longest
 * cell outweighs the title above it): the article is the block around the table, not that cell.
 * A layout table's cell that holds most of the page (old CMS pages) stays the article.
 */
function dataTableAround($: Cheerio, cell: Element): Element | undefined {
  if (cell.tagName !== 'td') return undefined;
  const table = $(cell).closest('table');
  const grid = table.find('tr').toArray().filter((tr) => $(tr).children('td, th').length >= GRID_CELLS).length >= GRID_ROWS;
  if (!grid || cjkCount($(cell).text()) * 2 > cjkCount(table.text())) return undefined;
  return table.parent().get(0) as Element | undefined;
}

/** A <div> or a <section> used as a paragraph: no block inside it. */
function isLeafBlock(el: Element): boolean {
  return (el.tagName === 'div' || el.tagName === 'section') && !el.children.some((c) => c.type === 'tag' && BLOCK.has((c as Element).tagName));
}

/** A page title without the site's name after it: `…的通知_国务院文件_中国政府网` → `…的通知`. */
export function withoutSiteName(title: string): string {
  let t = title.trim();
  for (;;) {
    const m = /(?:\s*[_|｜—–]\s*|\s+-\s+|-)([^_|｜—–-]+)$/.exec(t);
    const site = m?.[1];
    if (!m || site === undefined || !SITE_NAME_END.test(site.trim()) || TITLE_WORD.test(site)) return t || title;
    t = t.slice(0, m.index).trim();
  }
}

/** The page's title first, when the article does not start with it. */
function pushTitle($: Cheerio, body: Element, sink: LineSink): void {
  const h = $('h1, .title, #title, .article-title, .tit').first();
  const title = h.text().trim() || withoutSiteName($('title').text().trim());
  const bodyText = $(body).text().replace(/\s+/g, '');
  if (title && !bodyText.startsWith(title.replace(/\s+/g, '').slice(0, 12))) sink.push(title, h.length ? locOf(h.get(0)!) : {});
}

/** Walks the article: blocks and <br> are line breaks, tables go to the task-table reader. */
class HtmlWriter {
  tables = 0;
  constructor(
    private $: Cheerio,
    private sink: LineSink,
  ) {}

  table(el: Element): void {
    const $ = this.$;
    this.tables++;
    const rows = $(el)
      .find('tr')
      .toArray()
      .filter((tr) => $(tr).closest('table').get(0) === el);
    const cells = rows.map((tr) =>
      $(tr)
        .children('td, th')
        .toArray()
        .map((td) => ({ text: textWithBreaks($, td).replace(/\n+/g, '\n').trim(), rowspan: Number($(td).attr('rowspan')) || 1, colspan: Number($(td).attr('colspan')) || 1 })),
    );
    this.sink.blank();
    writeTable(buildGrid(cells), this.sink, { table: this.tables, rowLocation: (r) => (rows[r] ? locOf(rows[r]) : locOf(el)) });
    this.sink.blank();
  }

  walk(node: AnyNode): void {
    if (node.type !== 'tag') return;
    const el = node as Element;
    if (el.tagName === 'table') return this.table(el);
    if (!el.children.some(isBreak)) return this.pushText([el], locOf(el));
    // mixed content: runs of inline content between blocks are lines of their own
    let run: AnyNode[] = [];
    let runLoc: SourceLocation = locOf(el);
    const flush = () => {
      this.pushText(run, runLoc);
      run = [];
    };
    for (const c of el.children) {
      if (isBreak(c)) {
        flush();
        if ((c as Element).tagName !== 'br') this.walk(c);
        runLoc = locOf(c);
      } else {
        if (!run.length && c.type === 'tag') runLoc = locOf(c);
        run.push(c);
      }
    }
    flush();
  }

  /**
   * Pushes the text of nodes as lines (<br> and blocks break them), each line
   * located at the first text in it, so that paragraphs of one <td> split by
   * <br><br> keep their own source lines.
   */
  pushText(nodes: AnyNode[], fallback: SourceLocation): void {
    type Line = { text: string; loc: SourceLocation | null };
    let cur: Line = { text: '', loc: null };
    const lines: Line[] = [cur];
    const newline = () => {
      cur = { text: '', loc: null };
      lines.push(cur);
    };
    const visit = (node: AnyNode, parent: string | undefined): void => {
      if (node.type === 'text') {
        const data = (node as unknown as { data: string }).data ?? '';
        if (!cur.loc && data.trim()) cur.loc = textLoc(node, data, parent);
        cur.text += data.replace(/[ \t\r\n]+/g, ' ');
        return;
      }
      if (node.type !== 'tag') return;
      const el = node as Element;
      if (el.tagName === 'br') {
        newline();
        return;
      }
      const block = BLOCK.has(el.tagName);
      if (block) newline();
      const opensLine = !cur.text.trim();
      for (const c of el.children) visit(c, el.tagName);
      if (block) newline();
      // a bold numbered heading at the line's start, its body run on after it (<b>（一）培育龙头骨干企业</b>对年营业收入…):
      // the page's own boundary, kept as a wide space after the heading
      else if (opensLine && BOLD.has(el.tagName) && isBoldHeading(cur.text)) cur.text += HEADING_GAP;
    };
    for (const n of nodes) visit(n, (n.parent as Element | null)?.tagName);
    const first = lines.findIndex((l) => l.text.trim());
    if (first < 0) return;
    const last = lines.findLastIndex((l) => l.text.trim());
    for (const l of lines.slice(first, last + 1)) this.sink.push(l.text, l.loc ?? fallback);
  }
}

/** Elements that hold no content (void) or whose end tag may be left out (p, li, td …): they set no depth when counted from the tags. */
const NO_DEPTH = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rt', 'rp', 'html', 'head', 'body']);
/** A start or end tag; a slash before `>` is ignored, as HTML ignores it (<div/> opens a div). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/;

/** How deep the page's elements nest, counted from its tags in one pass (no tree is built). */
export function tagDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of matchesFrom(TAG, html)) {
    const name = m[2]!.toLowerCase();
    if (NO_DEPTH.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

export async function readHtml(bytes: Uint8Array, requested: EncodingName): Promise<SourceText> {
  const { text, encoding, diagnostics } = await decodeHtml(bytes, requested);
  if (tagDepth(text) > MAX_HTML_DEPTH) throw new FormatError('too-deep-markup');
  const cheerio = await import('cheerio');
  const $ = cheerio.load(text, { sourceCodeLocationInfo: true });
  const sink = new LineSink();
  sink.diagnostics.push(...diagnostics);
  // the metadata table first: some sites put it in a block named like a page header
  readInfoTable($, sink);
  removeJunk($);
  const body = findArticle($);
  if (!body || cjkCount($(body).text()) < 20) throw new FormatError('html-no-body');
  pushTitle($, body, sink);
  new HtmlWriter($, sink).walk(body);
  return sink.result('html', encoding);
}
