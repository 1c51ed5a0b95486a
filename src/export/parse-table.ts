/**
 * The task table of `parse` for terminals: a table per notice, aligned by
 * display width. Its own module, so that `--format json` and the other
 * formats do not load the width tables.
 */
import type { ParsedDocument } from '../model/notice.js';
import type { Lang } from '../i18n.js';
import { docHeader, HEAD, taskRow } from './parse-formats.js';
import { oneLine } from './safe.js';
import { renderTable, wrapText, type TableStyle } from './table.js';

export function toTable(docs: ParsedDocument[], lang: Lang, width: number | null, style: TableStyle & { title: (s: string) => string }): string {
  const h = HEAD[lang];
  const columns = [
    { header: h.id },
    { header: h.title, flex: true, min: 16 },
    { header: h.units, flex: true, min: 16 },
    { header: h.deadline, flex: true, min: 8 },
    { header: h.line, align: 'right' as const },
  ];
  return docs
    .map((doc) => {
      const [title, facts] = docHeader(doc, lang).map(oneLine) as [string, string];
      // a tab or line break kept in a title (（五）严格督查问责\t对出现…) would break the columns
      const rows = doc.tasks.map((t) => taskRow(t, lang).map(oneLine));
      const table = doc.tasks.length ? renderTable(columns, rows, width, style) : `${h.none}\n`;
      const wrap = (s: string) => (width ? wrapText(s, width).join('\n') : s);
      return `${style.title(wrap(title))}\n${style.dim(wrap(facts))}\n\n${table}`;
    })
    .join('\n');
}

