import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvChunks, parseCsv, toCsv } from '../../lib/db/csv';

describe('CSV for Excel', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', '2']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('"a","b"\r\n"1","2"\r\n');
  });

  it('doubles quotes and keeps commas and newlines inside the cell', () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1234', "'+1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['plain', 'plain'],
    ['价格=39.9', '价格=39.9'],
  ])('neutralises formula-looking text %j', (input, expected) => {
    const [[cell]] = parseCsv(toCsv(['x'], [[input]])).slice(1) as [[string]];
    expect(cell).toBe(expected);
  });

  it('keeps numbers we produce as numbers, negative ones too', () => {
    expect(csvCell(-12.5)).toBe('"-12.5"');
    expect(csvCell(Number.NaN)).toBe('""');
    expect(csvCell(undefined)).toBe('""');
  });

  it('keeps Chinese intact through UTF-8 bytes', async () => {
    const text = toCsv(['商品', '价格'], [['西湖龙井 250g', '¥39.90']]);
    const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = new TextDecoder().decode(bytes);
    expect(parseCsv(back)).toEqual([
      ['商品', '价格'],
      ['西湖龙井 250g', '¥39.90'],
    ]);
  });

  it('chunks join to the same file', () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`r${i}`, i]);
    expect([...csvChunks(['a', 'b'], rows, 7)].join('')).toBe(toCsv(['a', 'b'], rows));
    expect([...csvChunks(['a', 'b'], rows, 7)].length).toBe(4);
  });
});
