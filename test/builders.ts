/**
 * Builders for format fixtures: a text notice as a government site would serve
 * it (HTML), as Markdown (paragraphs or lists), and as Word (numbers typed, or
 * Word's automatic numbering). The tests parse each and compare with the text.
 */
import iconv from 'iconv-lite';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { matchHeading, type HeadingMark } from '../src/parse/markers.js';
import { foldWidth } from '../src/parse/chars.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function splitTitle(text: string): { title: string; rest: string[] } {
  const [title = '', ...rest] = text.split('\n');
  return { title: title.trim(), rest };
}

/** A page like a provincial government site's: header, navigation, breadcrumb, metadata table, article, share bar, footer. */
export function textToHtml(text: string, opts: { charset?: 'utf-8' | 'gb2312'; meta?: Record<string, string> } = {}): Buffer {
  const charset = opts.charset ?? 'utf-8';
  const { title, rest } = splitTitle(text);
  const meta = opts.meta ?? {};
  const metaRows = Object.entries(meta)
    .map(([k, v]) => `      <tr><td class="t1">${escapeHtml(k)}：</td><td class="t2">${escapeHtml(v)}</td></tr>`)
    .join('\n');
  const paragraphs = rest
    .map((l) => (l.trim() ? `      <p style="text-indent:2em">${escapeHtml(l.replace(/^[\u3000 ]+/, '')).replace(/\u3000/g, '&#12288;')}</p>` : '      <p>&nbsp;</p>'))
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=${charset}">
  <title>${escapeHtml(title)}_政府文件_福建省人民政府门户网站</title>
  <script type="text/javascript">var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
  <style>.t1{width:90px} p{line-height:2}</style>
</head>
<body>
  <div class="header"><div class="logo">福建省人民政府门户网站</div><ul class="menu"><li>首页</li><li>要闻动态</li><li>政府信息公开</li><li>政务服务</li></ul></div>
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府文件</div>
  <div class="xxgk-info">
    <table class="xxgk_table">
      <tr><td class="t1">索&nbsp;引&nbsp;号：</td><td class="t2">FJ00100-0200-2018-00012</td><td class="t1">主题分类：</td><td class="t2">科技</td></tr>
${metaRows}
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">${escapeHtml(title)}</h1>
    <div class="article-info">来源：省政府办公厅　　字号：<a>大</a> <a>中</a> <a>小</a></div>
    <div id="zoom" class="TRS_Editor">
${paragraphs}
    </div>
    <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
  </div>
  <div class="related"><h3>相关文件</h3><ul><li>关于印发一、二、三产业融合发展方案的通知</li></ul></div>
  <div class="footer">主办单位：福建省人民政府办公厅　闽ICP备05000000号　网站标识码：3500000001</div>
</body>
</html>
`;
  return charset === 'gb2312' ? iconv.encode(html, 'gb18030') : Buffer.from(html, 'utf8');
}

/** Markdown: the title as `#`, 一、 and （一） headings as `##` / `###`, the rest as it is (soft breaks kept). */
export function textToMarkdown(text: string): string {
  const { title, rest } = splitTitle(text);
  const out = [`# ${title}`, ''];
  for (const raw of rest) {
    const line = raw.replace(/^[\u3000 ]+/, '');
    const mark = line ? matchHeading(foldWidth(line)) : null;
    if (mark?.style === 'cn' && line.length < 40) out.push('', `## ${line}`, '');
    else if (mark?.style === 'cnParen' && line.length < 40 && !/。/.test(line)) out.push('', `### ${line}`, '');
    else out.push(line);
  }
  return out.join('\n') + '\n';
}

/**
 * Markdown with `1.` and `（1）` items as ordered lists (their numbers in the
 * list markers, not the text) and the lines under an item as its continuation.
 */
export function textToMarkdownLists(text: string): string {
  const { title, rest } = splitTitle(text);
  const out = [`# ${title}`, ''];
  let indent = '';
  let itemIndent = '';
  for (const raw of rest) {
    const line = raw.replace(/^[\u3000 ]+/, '');
    if (!line) continue;
    const mark = matchHeading(foldWidth(line));
    if ((mark?.style === 'cn' || mark?.style === 'cnParen') && line.length < 40 && !/。/.test(line)) {
      indent = itemIndent = '';
      out.push('', mark.style === 'cn' ? `## ${line}` : `### ${line}`, '');
    } else if (mark?.style === 'num') {
      out.push('', `${mark.value}. ${line.slice(mark.length)}`);
      indent = itemIndent = ' '.repeat(String(mark.value).length + 2);
    } else if (mark?.style === 'numParen') {
      // nested under the current `1.` item: indented to its content
      out.push('', `${itemIndent}${mark.value}. ${line.slice(mark.length)}`);
      indent = itemIndent + ' '.repeat(String(mark.value).length + 2);
    } else out.push(`${indent}${line}`);
  }
  return out.join('\n') + '\n';
}

const LEVELS: Record<string, { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; single: string }> = {
  cn: { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', single: '%1、' },
  cnParen: { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', single: '（%1）' },
  num: { level: 2, format: LevelFormat.DECIMAL, text: '%3.', single: '%1.' },
  numParen: { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', single: '（%1）' },
};

/**
 * Word: one paragraph per line. With `autoNumbering` the typed numbers of
 * 一、/（一）/1./（1） headings are removed and Word's list numbering writes them:
 * - `multilevel`: one list with four levels (deeper levels restart when a
 *   shallower one advances, as Word does);
 * - `separate`: one single-level list per style, a new instance (restart)
 *   where the typed number is 1 again, so that numbers may run across sections.
 */
export async function textToDocx(text: string, opts: { autoNumbering?: 'multilevel' | 'separate' } = {}): Promise<Buffer> {
  const { title, rest } = splitTitle(text);
  const children: Paragraph[] = [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true })] })];
  const instances: Record<string, number> = {};
  for (const raw of rest) {
    const line = raw.replace(/^[\u3000 ]+/, '');
    const mark: HeadingMark | null = opts.autoNumbering && line ? matchHeading(foldWidth(line)) : null;
    const lvl = mark ? LEVELS[mark.style] : undefined;
    if (!mark || !lvl) {
      children.push(new Paragraph({ children: [new TextRun(line)] }));
      continue;
    }
    const body = [new TextRun(line.slice(mark.length))];
    if (opts.autoNumbering === 'multilevel') {
      children.push(new Paragraph({ numbering: { reference: 'notice', level: lvl.level }, children: body }));
    } else {
      if (mark.value === 1) instances[mark.style] = (instances[mark.style] ?? 0) + 1;
      children.push(new Paragraph({ numbering: { reference: `single-${mark.style}`, level: 0, instance: instances[mark.style] ?? 1 }, children: body }));
    }
  }
  return buildDocx(children);
}

function buildDocx(children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'notice', levels: Object.values(LEVELS).map((l) => ({ level: l.level, format: l.format, text: l.text, start: 1 })) },
        ...Object.entries(LEVELS).map(([style, l]) => ({ reference: `single-${style}`, levels: [{ level: 0, format: l.format, text: l.single, start: 1 }] })),
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** A Word task table: header cells, then rows of cells with optional row and column spans. */
export async function docxWithTable(title: string, intro: string[], header: string[], rows: { text: string; rowSpan?: number; columnSpan?: number }[][]): Promise<Buffer> {
  const cell = ({ text, ...spans }: { text: string; rowSpan?: number; columnSpan?: number }) => new TableCell({ children: text.split('\n').map((t) => new Paragraph(t)), ...spans });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell({ text: h })) }), ...rows.map((r) => new TableRow({ children: r.map(cell) }))],
  });
  return buildDocx([new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true })] }), ...intro.map((t) => new Paragraph(t)), table]);
}

/* ---------------------------------------------------------------- Word packages written by hand */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A run of text (`rPr` inside <w:rPr>). */
export const wr = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escXml(text)}</w:t></w:r>`;
/** A paragraph of runs (a string is one run); numbered when `num` is given. */
export function wp(content: string | string[], num?: { numId: number; ilvl?: number }): string {
  const runs = typeof content === 'string' ? (content ? wr(content) : '') : content.join('');
  const pPr = num ? `<w:pPr><w:numPr><w:ilvl w:val="${num.ilvl ?? 0}"/><w:numId w:val="${num.numId}"/></w:numPr></w:pPr>` : '';
  return `<w:p>${pPr}${runs}</w:p>`;
}
/** A table: rows of cells, each cell its inner XML (paragraphs, tables). */
export const wtbl = (rows: string[][]) => `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${c || '<w:p/>'}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
/** A list level: `<w:lvl>` with its format and text, and extra children (lvlRestart, isLgl). */
export const wlvl = (ilvl: number, fmt: string, text: string, extra = '') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;

/**
 * A .docx package from hand-written WordprocessingML: the body, and the
 * numbering and styles parts' contents. `main` puts the document part
 * elsewhere (as Word Online does); `prefix` writes another namespace prefix.
 */
export async function wordPackage(opts: { body: string; numbering?: string; styles?: string; main?: string; prefix?: string }): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const main = opts.main ?? 'word/document.xml';
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const ns = (xml: string) => (opts.prefix ? xml.replace(/(<\/?)w:/g, `$1${opts.prefix}:`).replace(/ w:/g, ` ${opts.prefix}:`) : xml);
  const xmlns = `xmlns:${opts.prefix ?? 'w'}="${W_NS}"`;
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`);
  const rels: string[] = [];
  if (opts.numbering !== undefined) {
    zip.file(`${folder}numbering.xml`, ns(`<?xml version="1.0" encoding="UTF-8"?><w:numbering ${xmlns}>${opts.numbering}</w:numbering>`));
    rels.push('<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>');
  }
  if (opts.styles !== undefined) {
    zip.file(`${folder}styles.xml`, ns(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${xmlns}>${opts.styles}</w:styles>`));
    rels.push('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>');
  }
  zip.file(`${folder}_rels/${main.slice(folder.length)}.rels`, `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  const mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
  zip.file(main, ns(`<?xml version="1.0" encoding="UTF-8"?><w:document ${xmlns} ${mc}><w:body>${opts.body}</w:body></w:document>`));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * An OFD package (GB/T 33190-2016) of a text, built by the standard: OFD.xml
 * naming Doc_0/Document.xml, which lists the pages; each page's Content.xml a
 * layer of TextObjects, one a line (Boundary in millimetres, y downward; a
 * TextCode at X, Y with its DeltaX written with `g` runs). `perPage` lines a
 * page; `header`: a 红头 on a page template (not page content); `pageNumbers`:
 * a — n — line at the foot of each page; `split`: each line written as two
 * TextObjects (a line of pieces, as converters write them).
 */
export async function textToOfd(text: string, opts: { perPage?: number; header?: string; pageNumbers?: boolean; split?: boolean } = {}): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  const lines = text.split('\n');
  const perPage = opts.perPage ?? 40;
  const size = 4.2333;
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  let id = 1;
  const textObject = (x: number, y: number, s: string) => {
    const chars = [...s].length;
    const delta = chars > 1 ? ` DeltaX="g ${chars - 1} ${size}"` : '';
    return `<ofd:TextObject ID="${id++}" Boundary="${x} ${y} ${Math.max(chars, 1) * size} 7" Font="1" Size="${size}"><ofd:TextCode X="0" Y="5.5"${delta}>${escXml(s)}</ofd:TextCode></ofd:TextObject>`;
  };
  zip.file('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  const template = opts.header ? `<ofd:TemplatePage ID="${id++}" BaseLoc="Tpls/Tpl_0/Content.xml"/>` : '';
  zip.file('Doc_0/Document.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${template}</ofd:CommonData><ofd:Pages>${pages.map((_, p) => `<ofd:Page ID="${id++}" BaseLoc="Pages/Page_${p}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`);
  zip.file('Doc_0/PublicRes.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${ns} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="宋体"/></ofd:Fonts></ofd:Res>`);
  if (opts.header) zip.file('Doc_0/Tpls/Tpl_0/Content.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="${id++}">${textObject(40, 20, opts.header)}</ofd:Layer></ofd:Content></ofd:Page>`);
  pages.forEach((pageLines, p) => {
    const objects = pageLines.map((line, k) => {
      const y = 35 + k * 6;
      if (!opts.split || [...line].length < 4) return textObject(25, y, line);
      const chars = [...line];
      const half = Math.floor(chars.length / 2);
      return textObject(25, y, chars.slice(0, half).join('')) + textObject(25 + half * size, y, chars.slice(half).join(''));
    });
    if (opts.pageNumbers) objects.push(textObject(100, 280, `— ${p + 1} —`));
    const templateRef = opts.header ? `<ofd:Template TemplateID="1"/>` : '';
    zip.file(`Doc_0/Pages/Page_${p}/Content.xml`, `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}>${templateRef}<ofd:Content><ofd:Layer ID="${id++}">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`);
  });
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A one-page OFD package whose page holds the given objects (TextObject, PathObject … as written in a layer). */
export async function ofdPage(objects: string): Promise<Buffer> {
  const { default: JZip } = await import('jszip');
  const zip = new JZip();
  const ns = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  zip.file('OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`);
  zip.file('Doc_0/Document.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${ns}><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="2" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>`);
  zip.file('Doc_0/Pages/Page_0/Content.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${ns}><ofd:Content><ofd:Layer ID="3">${objects}</ofd:Layer></ofd:Content></ofd:Page>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}
