/**
 * Tables copied from Excel (TAB cells, a cell with line breaks in double quotes) or saved as CSV: read by csv-parse
 * into the lines of a Word table's text copy, every line kept in its place.
 */
import { parse } from 'csv-parse/sync';
import { mayHoldDelimitedTable, unquotedTables, type DelimitedParse } from '../../../src/parse/extract/delimited.js';

const csv = parse as unknown as DelimitedParse;
const unquoted = (text: string) => unquotedTables(text, csv);

describe('unquotedTables', () => {
  test('a quoted TAB cell over two lines loses its quotes and keeps its break; a doubled quote is one', () => {
    const text = ['序号\t重点任务\t牵头单位\t责任单位', '1\t"推进开发区扩区', '（含调区）"\t县发改局\t"县自然资源局', '县住建局"', '2\t"开展""清河""行动"\t县水利局\t县环保局'].join('\r\n');
    expect(unquoted(text).split('\r\n')).toEqual(['序号\t重点任务\t牵头单位\t责任单位', '1\t推进开发区扩区', '（含调区）\t县发改局\t县自然资源局', '县住建局', '2\t开展"清河"行动\t县水利局\t县环保局']);
  });

  test('a table saved as CSV is given TABs between its cells, a quoted comma staying in its cell', () => {
    const text = ['附件,,,', '序号,重点任务,牵头单位,配合单位', '1,推进口岸通道建设,市发改委,"市交通局,市商务局"', '2,培育外贸主体,市商务局,海关'].join('\n');
    expect(unquoted(text).split('\n')).toEqual(['附件,,,', '序号\t重点任务\t牵头单位\t配合单位', '1\t推进口岸通道建设\t市发改委\t市交通局,市商务局', '2\t培育外贸主体\t市商务局\t海关']);
  });

  test('text with no such table is given back as it is, and the parser is not asked', () => {
    const text = '一、推进工作。（责任单位：市发改委、市财政局）\n二、加强保障。';
    expect(mayHoldDelimitedTable(text)).toBe(false);
    const tabs = '序号\t任务\t责任单位\n1\t推进\t市发改委';
    expect(mayHoldDelimitedTable(tabs)).toBe(false);
    expect(unquoted(tabs)).toBe(tabs);
  });

  test('a quote never closed leaves the block as written (nothing is lost or moved)', () => {
    const text = ['序号\t任务\t责任单位', '1\t"推进\t市发改委', '2\t加强\t市财政局'].join('\n');
    const out = unquoted(text);
    expect(out.split('\n')).toHaveLength(3);
  });

  test('prose with commas after a CSV-like line is no table: rows must keep the header’s width', () => {
    const text = ['序号,任务,责任单位', '1,推进,市发改委', '这是一句话,里面有逗号'].join('\n');
    expect(unquoted(text).split('\n')[2]).toBe('这是一句话,里面有逗号');
  });
});
