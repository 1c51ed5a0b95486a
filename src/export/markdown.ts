import { mdText } from './safe.js';

/** Markdown pipe tables (GitHub flavour): text as written (see mdText), pipes escaped, line breaks as <br>. */
export function escapeMdCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return mdText(String(value)).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function mdTable(header: string[], rows: unknown[][]): string {
  const lines = [`| ${header.map(escapeMdCell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(escapeMdCell).join(' | ')} |`);
  return lines.join('\n') + '\n';
}
